"""The coordinator's overview card, and the annual cycle's reminder and summary cards. Pure functions of typed view
data (built by cards/overview_views.py).

The overview has one row per expected agreement, those behind a deadline first. Teams refuses a message much over
28 KB, so when the rows would not fit in `MAX_CARD_BYTES` the last ones are left out behind a «… og N mere» line
(the rows are sorted most urgent first). A filter (fagområde, year, only those behind) re-runs the overview with
`Action.Execute` verb `overview.refresh` (payload: cards.overview_payloads).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from cards import overview_texts as texts
from cards.elements import Element, card, execute, heading, text
from cards.escape import plain

REFRESH_VERB = "overview.refresh"
ALL_AREAS = "*"  # the filter's «Alle fagområder» (a choice needs a non-empty value)
MAX_CARD_BYTES = 26 * 1024  # Teams' limit is about 28 KB for the whole message


@dataclass(frozen=True, slots=True)
class RowView:
    title: str  # "Skoleområdet · Børn og Skole"
    status: str  # "Godkendt" / "Ingen aftale endnu"
    people: str  # "Mette Kjær ↔ Henrik Thomsen"
    details: str  # "4 mål · 1 mål mangler noget (R4) · næste dialogmøde 10. december 2026"
    behind: str | None  # "Bagud: Godkendelse (31. januar 2026)"


@dataclass(frozen=True, slots=True)
class FilterView:
    areas: tuple[str, ...]
    area: str | None
    years: tuple[int, ...]
    year: int
    behind_only: bool


@dataclass(frozen=True, slots=True)
class OverviewCardView:
    title: str
    subtitle: str
    counts: str  # "12 aftaler · 3 bagud"
    deadlines: str  # "Årshjul: Udkast 1. december 2025 · …"
    next_deadline: str
    rows: tuple[RowView, ...]
    empty: str
    filter: FilterView
    without_agreement: str = ""  # "2 enheder uden aftale: A, B." ("" when every unit has one)
    hidden: int = 0  # rows left out to fit the card (set by `overview_card`)


def overview_card(view: OverviewCardView, *, max_bytes: int = MAX_CARD_BYTES) -> Element:
    """The card; rows are left out from the end (behind a «… og N mere» line) until it fits in `max_bytes`."""
    built = _overview(view)
    if _size(built) < max_bytes:
        return built
    low, high = 0, len(view.rows)  # the most rows that fit lie in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if _size(_overview(_clipped(view, middle))) < max_bytes:
            low = middle
        else:
            high = middle
    return _overview(_clipped(view, low))


def _clipped(view: OverviewCardView, keep: int) -> OverviewCardView:
    return replace(view, rows=view.rows[:keep], hidden=view.hidden + len(view.rows) - keep)


def _size(element: Element) -> int:
    return len(json.dumps(element).encode())


def _overview(view: OverviewCardView) -> Element:
    body: list[Element] = [
        heading(view.title),
        text(view.subtitle, isSubtle=True, spacing="None"),
        text(view.counts, weight="Bolder"),
        *([text(plain(view.without_agreement), spacing="None")] if view.without_agreement else []),
        text(view.next_deadline, spacing="Small"),
        text(view.deadlines, isSubtle=True, size="Small", spacing="None"),
    ]
    if not view.rows:
        body.append(text(view.empty))
    body.extend(_row(row) for row in view.rows)
    if view.hidden:
        more = texts.CLIPPED_ONE if view.hidden == 1 else texts.CLIPPED.format(count=view.hidden)
        body.append(text(more, isSubtle=True, separator=True))
    body.extend(_filter_inputs(view.filter))
    return card(body, [_refresh_action(view.filter)])


def _row(row: RowView) -> Element:
    items: list[Element] = [
        text(f"**{plain(row.title)}** – {row.status}"),
        text(" · ".join(plain(p) for p in (row.people, row.details) if p), isSubtle=True, size="Small",
             spacing="None"),
    ]
    if row.behind:
        items.append(text(row.behind, color="Attention", size="Small", spacing="None"))
    return {"type": "Container", "separator": True, "spacing": "Small", "items": items}


def _filter_inputs(view: FilterView) -> list[Element]:
    area_choices = [{"title": texts.FILTER_ALL_AREAS, "value": ALL_AREAS}]
    area_choices += [{"title": area, "value": area} for area in view.areas]
    return [
        {
            "type": "ColumnSet", "separator": True, "spacing": "Medium",
            "columns": [
                {"type": "Column", "width": "stretch", "items": [{
                    "type": "Input.ChoiceSet", "id": "area", "label": texts.FILTER_AREA, "style": "compact",
                    "value": view.area or ALL_AREAS, "choices": area_choices,
                }]},
                {"type": "Column", "width": "auto", "items": [{
                    "type": "Input.ChoiceSet", "id": "year", "label": texts.FILTER_YEAR, "style": "compact",
                    "value": str(view.year),
                    "choices": [{"title": str(year), "value": str(year)} for year in view.years],
                }]},
            ],
        },
        {
            "type": "Input.Toggle", "id": "behind_only", "title": texts.FILTER_BEHIND,
            "value": "true" if view.behind_only else "false", "valueOn": "true", "valueOff": "false",
        },
    ]


def _refresh_action(view: FilterView) -> Element:
    # The inputs arrive merged into this data (keyed by id) and override these defaults; the verb is in the data
    # too, for the Action.Submit fallback.
    data = {
        "verb": REFRESH_VERB, "area": view.area or ALL_AREAS, "year": str(view.year),
        "behind_only": "true" if view.behind_only else "false",
    }
    return execute(texts.BUTTON_REFRESH, REFRESH_VERB, data)


# ---------------------------------------------------------------- the annual cycle's cards


@dataclass(frozen=True, slots=True)
class ReminderLine:
    text: str
    hint: str


@dataclass(frozen=True, slots=True)
class ReminderView:
    title: str  # "Påmindelse: Indsendelse"
    intro: str  # "Fristen var 15. december 2026, og den er ikke nået endnu for:"
    lines: tuple[ReminderLine, ...]
    button: tuple[str, dict[str, Any]] | None  # (title, the button's «ask» payload: cards.payloads.ask_data)
    footer: str | None = texts.REMINDER_COORDINATOR


def deadline_reminder_card(view: ReminderView) -> Element:
    body: list[Element] = [heading(view.title), text(view.intro)]
    for line in view.lines:
        body.append(text(f"• {line.text}", spacing="Small"))
        body.append(text(line.hint, isSubtle=True, size="Small", spacing="None"))
    if view.footer:
        body.append(text(view.footer, isSubtle=True, size="Small"))
    actions = [execute(view.button[0], "ask", view.button[1])] if view.button else None
    return card(body, actions)


@dataclass(frozen=True, slots=True)
class SummaryView:
    title: str  # "Bagud med godkendelse 2027"
    intro: str  # "Fristen var 31. januar 2027. 3 aftaler er bagud:"
    lines: tuple[str, ...]
    hidden: int  # lines left out
    overview_button: dict[str, Any]  # ask_data("who_is_behind", year=2027)


MAX_SUMMARY_LINES = 40


def deadline_summary_card(view: SummaryView) -> Element:
    body: list[Element] = [heading(view.title), text(view.intro)]
    body.extend(text(f"• {line}", spacing="None") for line in view.lines)
    if view.hidden:
        body.append(text(texts.SUMMARY_MORE.format(count=view.hidden), isSubtle=True))
    body.append(text(texts.SUMMARY_REMINDED, isSubtle=True, size="Small"))
    return card(body, [execute(texts.BUTTON_OVERVIEW, "ask", view.overview_button)])
