"""The status card: per goal its indicators with a coloured status and one line of figures; the chart and what
changed are one click away («Vis graf og detaljer», an Action.ShowCard per goal), so the card fits a screen or
two. A pure function of typed view data (built by cards/status_views.py).

The chart is a Teams `Chart.Line` with the measured figures, the planned path, the edges of the tolerance band and
the målværdi, and a y-axis fitted to them (`yMin`/`yMax` chosen so the five intervals are round steps); clients
that cannot draw charts render its `fallback`, a FactSet of the last values in Danish notation. The card stays
valid for schema 1.5 and under 80 KB for 10 goals × 3 indicators × 24 months.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from cards import status_texts as texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import fill, plain
from cards.payloads import ask_data, command_data

REGISTER_VERB = "measurement.register"
MAX_CARD_BYTES = 78 * 1024
TRIMMED_TREND_POINTS = (12, 6, 0)


@dataclass(frozen=True, slots=True)
class TrendPoint:
    x: str  # a short label: "okt 26", "K4 26", "2026"
    y: float
    label: str  # the period in words, for the fallback: "oktober 2026"
    value: str  # the value in Danish notation: "5,9 %"


@dataclass(frozen=True, slots=True)
class ChartSeries:
    legend: str  # "Målt", "Plan", "Bånd +0,3", "Målværdi 5,5 %"
    color: str  # a Teams chart colour name
    points: tuple[tuple[str, float], ...]  # (x label, y)


@dataclass(frozen=True, slots=True)
class ChartView:
    x_title: str  # "2026"
    y_title: str  # "%"
    y_min: float
    y_max: float
    series: tuple[ChartSeries, ...]


@dataclass(frozen=True, slots=True)
class IndicatorView:
    key: str
    name: str
    status: str  # an IndicatorStatus value: on_track, at_risk, off_track, no_data, not_followed_yet
    status_label: str  # "bagud"
    explanation: str  # "5,9 % i oktober 2026 – forventet 5,6 %; målet er 5,5 % ved udgangen af 2026"
    since_last: str | None  # "fra i risiko til bagud; nyt tal for oktober 2026 (+0,3 procentpoint)"
    trend: tuple[TrendPoint, ...]
    fallback_points: int = 6
    chart: ChartView | None = None


@dataclass(frozen=True, slots=True)
class GoalView:
    number: int
    statement: str
    indicators: tuple[IndicatorView, ...]


@dataclass(frozen=True, slots=True)
class RegisterView:
    """The «Registrér en værdi» form: which indicators, and a period to suggest."""

    agreement_id: int
    indicators: tuple[tuple[str, str], ...]  # (key, name)
    example_period: str  # "2026-10"


@dataclass(frozen=True, slots=True)
class SharedGoalLine:
    """A tværgående goal another unit owns and shares with this one: who owns it, what it says, its indicators'
    status as the owner's agreement reports it («Sygefravær: på sporet»)."""

    owner: str
    statement: str
    indicators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatusCardView:
    title: str
    subtitle: str
    role_note: str | None
    counts: tuple[tuple[str, int], ...]  # (status value, count), in display order
    changes: tuple[str, ...]  # lines for «Siden sidste måned»
    change_summary: str | None  # "2 forbedret, 1 forværret, 5 nye tal"
    goals: tuple[GoalView, ...]
    register: RegisterView | None = None
    show_changes: bool = True
    shared_goals: tuple[SharedGoalLine, ...] = ()  # other units' tværgående goals this unit accepted, read-only


def status_card(view: StatusCardView, *, max_bytes: int = MAX_CARD_BYTES) -> Element:
    """The card; if it would reach `max_bytes` serialised (Teams allows about 100 KB, aim under 80 KB), the trends
    are shortened (24 → 12 → 6 points) and then left out, the full values staying in the text."""
    built = _build(view)
    for points in TRIMMED_TREND_POINTS:
        if _size(built) < max_bytes:
            break
        built = _build(_with_trend(view, points))
    return built


def _size(element: Element) -> int:
    # As the SDK sends it: json.dumps defaults (ASCII escapes for æ, ø, å).
    return len(json.dumps(element).encode())


def _with_trend(view: StatusCardView, points: int) -> StatusCardView:
    goals = tuple(
        replace(goal, indicators=tuple(
            replace(i, trend=i.trend[-points:] if points else (), chart=_trimmed(i.chart, points))
            for i in goal.indicators
        ))
        for goal in view.goals
    )
    return replace(view, goals=goals)


def _trimmed(chart: ChartView | None, points: int) -> ChartView | None:
    if chart is None or not points:
        return None
    return replace(chart, series=tuple(replace(s, points=s.points[-points:]) for s in chart.series))


def _build(view: StatusCardView) -> Element:
    body: list[Element] = [heading(view.title), text(view.subtitle, isSubtle=True, spacing="None")]
    if view.role_note:
        body.append(text(view.role_note, size="Small", isSubtle=True, spacing="None"))
    if view.counts:
        body.append(_counts(view.counts))
    if view.show_changes:
        body.extend(_changes(view))
    if not view.goals:
        body.append(text(texts.NOTHING_DUE, spacing="Medium"))
    for goal in view.goals:
        body.append(_goal(goal))
    if view.shared_goals:
        body.append(text(texts.SHARED_GOALS_TITLE, weight="Bolder", spacing="Medium"))
        for shared in view.shared_goals:
            body.append({"type": "Container", "spacing": "Small", "items": [
                text(fill(texts.SHARED_GOAL_FROM, owner=shared.owner) + f" – {plain(shared.statement)}"),
                *(text(plain(line), size="Small", isSubtle=True, spacing="None")
                  for line in shared.indicators or (texts.SHARED_GOAL_NO_INDICATOR,)),
            ]})
    actions: list[Element] = []
    if view.register is not None and view.register.indicators:
        actions.append(_register_action(view.register))
    actions.append(execute(texts.BUTTON_MY_AGREEMENT, "ask", ask_data("show_agreement")))
    return card(body, actions)


Choice = str | dict[str, Any]  # a command as typed, or a typed payload's data (cards.payloads.ask_data)


def choices_card(prompt: str, choices: Sequence[tuple[str, Choice]]) -> Element:
    """A question with one button per choice (title, what it sends): a typed payload's data (its verb with it), or
    a command sent as if typed."""
    return card(
        [text(prompt, weight="Bolder")],
        [execute(title, choice["verb"], choice) if isinstance(choice, dict)
         else execute(title, "command", command_data(choice)) for title, choice in choices[:6]],
    )


def _counts(counts: tuple[tuple[str, int], ...]) -> Element:
    columns = [
        {
            "type": "Column",
            "width": "auto",
            "items": [
                text(f"{texts.STATUS_MARK} {count} {texts.COUNT_LABELS[status]}",
                     color=texts.STATUS_COLORS[status], weight="Bolder", size="Small")
            ],
        }
        for status, count in counts
    ]
    return {"type": "ColumnSet", "spacing": "Medium", "columns": columns}


def _changes(view: StatusCardView) -> list[Element]:
    items: list[Element] = [text(texts.SINCE_LAST_TITLE, weight="Bolder", spacing="Medium")]
    if view.change_summary:
        items.append(text(view.change_summary, size="Small", spacing="None"))
    elif not view.changes:
        items.append(text(texts.SINCE_LAST_NONE, size="Small", isSubtle=True, spacing="None"))
    items.extend(text(f"• {line}", size="Small", spacing="None") for line in view.changes)
    return items


def _goal(goal: GoalView) -> Element:
    items: list[Element] = [
        text(texts.GOAL_TITLE.format(number=goal.number, statement=plain(goal.statement)), weight="Bolder")
    ]
    items.extend(_indicator(indicator) for indicator in goal.indicators)
    details = [element for indicator in goal.indicators for element in _details(indicator)]
    if details:
        items.append({
            "type": "ActionSet",
            "spacing": "Small",
            "actions": [{
                "type": "Action.ShowCard",
                "title": texts.BUTTON_DETAILS,
                "card": {"type": "AdaptiveCard", "body": details},
            }],
        })
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def _indicator(view: IndicatorView) -> Element:
    color = texts.STATUS_COLORS.get(view.status, "Default")
    return {
        "type": "Container",
        "spacing": "Small",
        "items": [
            {
                "type": "ColumnSet",
                "columns": [
                    {"type": "Column", "width": "auto", "items": [
                        text(f"{texts.STATUS_MARK} {view.status_label}", color=color, weight="Bolder")
                    ]},
                    {"type": "Column", "width": "stretch", "items": [text(plain(view.name))]},
                ],
            },
            text(view.explanation, size="Small", spacing="None"),
        ],
    }


def _details(view: IndicatorView) -> list[Element]:
    items: list[Element] = [text(plain(view.name), weight="Bolder", spacing="Medium")]
    if view.since_last:
        items.append(text(view.since_last, size="Small", isSubtle=True, spacing="None"))
    if view.trend or view.chart is not None:
        items.append(_chart(view))
    elif not view.since_last:
        items.append(text(texts.NO_TREND, size="Small", isSubtle=True, spacing="None"))
    return items


def _chart(view: IndicatorView) -> Element:
    recent = view.trend[-view.fallback_points:]
    fallback: Element = facts([(point.label, point.value) for point in reversed(recent)])
    fallback["spacing"] = "Small"
    chart = view.chart
    if chart is None:
        return {
            "type": "Chart.Line",
            "spacing": "Small",
            "data": [{"legend": view.name, "values": [{"x": p.x, "y": p.y} for p in view.trend]}],
            "fallback": fallback,
        }
    return {
        "type": "Chart.Line",
        "spacing": "Small",
        "xAxisTitle": chart.x_title,
        "yAxisTitle": chart.y_title,
        "yMin": chart.y_min,
        "yMax": chart.y_max,
        "data": [
            {"legend": s.legend, "color": s.color, "values": [{"x": x, "y": y} for x, y in s.points]}
            for s in chart.series
        ],
        "fallback": fallback,
    }


def _register_action(view: RegisterView) -> Element:
    inputs: list[Element] = [
        {
            "type": "Input.ChoiceSet", "id": "indicator", "label": texts.INPUT_INDICATOR, "isRequired": True,
            "errorMessage": texts.INPUT_INDICATOR_ERROR, "style": "compact",
            "value": view.indicators[0][0],
            "choices": [{"title": name, "value": key} for key, name in view.indicators],
        },
        {
            "type": "Input.Text", "id": "period", "label": texts.INPUT_PERIOD, "isRequired": True,
            "errorMessage": texts.INPUT_PERIOD_ERROR, "maxLength": 20,
            "placeholder": texts.INPUT_PERIOD_PLACEHOLDER.format(example=view.example_period),
        },
        {
            "type": "Input.Text", "id": "value", "label": texts.INPUT_VALUE, "isRequired": True,
            "errorMessage": texts.INPUT_VALUE_ERROR, "maxLength": 30, "placeholder": texts.INPUT_VALUE_PLACEHOLDER,
        },
        {"type": "Input.Text", "id": "comment", "label": texts.INPUT_COMMENT, "maxLength": 500,
         "isMultiline": True},
    ]
    data = {"verb": REGISTER_VERB, "agreement": view.agreement_id}
    save = execute(texts.BUTTON_SAVE_VALUE, REGISTER_VERB, data)
    save["style"] = "positive"
    return {
        "type": "Action.ShowCard",
        "title": texts.BUTTON_REGISTER,
        "card": {"type": "AdaptiveCard", "body": inputs, "actions": [save]},
    }
