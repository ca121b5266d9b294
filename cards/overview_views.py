"""Domain objects (agreements.cycle.overview, agreements.cycle.annual_cycle) → the view data of cards.overview."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from agreements.cycle.annual_cycle import Behind, BehindReason, DatedDeadline, Slot
from agreements.cycle.overview import Overview, OverviewRow
from agreements.dialogue.meeting_time import format_date_short, format_meeting_time
from cards import overview_texts as texts
from cards.overview import (
    MAX_SUMMARY_LINES,
    FilterView,
    OverviewCardView,
    ReminderLine,
    ReminderView,
    RowView,
    SummaryView,
)
from cards.payloads import ask_data

PAST_YEARS, FUTURE_YEARS = 1, 1


def _day(day: date) -> str:
    return format_date_short(day)


def unit_title(slot: Slot, *, with_level: bool = False) -> str:
    parts = [slot.unit.name.strip() or texts.UNNAMED_UNIT]
    if slot.unit.area.strip() and slot.unit.area.strip() != slot.unit.name.strip():
        parts.append(slot.unit.area.strip())
    if with_level and slot.level is not None:
        parts.append(texts.LEVEL_LABELS.get(slot.level.value, slot.level.value))
    return " · ".join(parts)


def behind_text(behind: Sequence[Behind]) -> str | None:
    if not behind:
        return None
    items = [texts.BEHIND_ITEM.format(label=b.deadline.label, day=_day(b.deadline.on)) for b in behind]
    return texts.BEHIND.format(items=", ".join(items))


def _details(row: OverviewRow) -> str:
    if row.slot.agreement is None:
        return ""
    parts = [texts.GOALS_ONE if row.goals == 1 else texts.GOALS.format(count=row.goals)]
    if row.goals_missing_r4:
        parts.append(texts.R4_GAPS_ONE if row.goals_missing_r4 == 1
                     else texts.R4_GAPS.format(count=row.goals_missing_r4))
    if row.indicators_without_data:
        parts.append(texts.NO_DATA_ONE if row.indicators_without_data == 1
                     else texts.NO_DATA.format(count=row.indicators_without_data))
    if row.next_meeting is not None:
        parts.append(texts.NEXT_MEETING.format(when=format_meeting_time(row.next_meeting.starts_at)))
    else:
        parts.append(texts.NO_MEETING)
    return " · ".join(parts)


def row_view(row: OverviewRow, *, with_level: bool = False) -> RowView:
    status = row.status
    people = texts.PEOPLE.format(holder=row.holder or texts.UNKNOWN_PERSON, giver=row.giver or texts.UNKNOWN_PERSON)
    if row.slot.agreement is None and row.slot.previous is not None:
        people = texts.PEOPLE_LAST_YEAR.format(people=people)
    elif row.slot.agreement is None and not row.holder:  # no agreement, and no leader in the organisation
        people = texts.NO_HOLDER
    return RowView(
        title=unit_title(row.slot, with_level=with_level),
        status=texts.STATUS_LABELS.get(status.value, status.value) if status else texts.NO_AGREEMENT,
        people=people,
        details=_details(row),
        behind=behind_text(row.behind),
    )


def overview_card_view(overview: Overview) -> OverviewCardView:
    per_unit = Counter(row.slot.unit.id for row in overview.rows)
    title = (texts.TITLE_BEHIND if overview.behind_only else texts.TITLE).format(year=overview.year)
    day = _day(overview.today)
    subtitle = texts.SUBTITLE_AREA.format(day=day, area=overview.area) if overview.area \
        else texts.SUBTITLE.format(day=day)
    count = overview.agreement_count  # a unit without an agreement is no agreement: named on its own line
    total = texts.AGREEMENTS_NONE if count == 0 else texts.AGREEMENTS_ONE if count == 1 \
        else texts.AGREEMENTS_MANY.format(count=count)
    behind = overview.agreements_behind  # of the agreements counted: «1 aftale · 4 bagud» counted units too
    if count == 0:
        counts = total
    elif behind:
        counts = texts.COUNTS.format(total=total, behind=texts.BEHIND_SOME.format(count=behind))
    else:
        counts = texts.COUNTS.format(total=total, behind=texts.BEHIND_NONE_OF_THEM if overview.without_agreement
                                     else texts.BEHIND_NONE)
    upcoming = overview.next_deadline
    next_deadline = texts.NEXT_DEADLINE.format(label=upcoming.label, day=_day(upcoming.on)) if upcoming \
        else texts.NO_NEXT_DEADLINE
    years = tuple(sorted({*range(overview.today.year - PAST_YEARS, overview.today.year + FUTURE_YEARS + 2),
                          overview.year}))
    return OverviewCardView(
        title=title,
        subtitle=subtitle,
        counts=counts,
        without_agreement=without_agreement_text(overview.without_agreement),
        deadlines=deadlines_text(overview.deadlines),
        next_deadline=next_deadline,
        rows=tuple(row_view(row, with_level=per_unit[row.slot.unit.id] > 1) for row in overview.rows),
        empty=texts.EMPTY_BEHIND if overview.behind_only and overview.total else texts.EMPTY,
        filter=FilterView(overview.areas, overview.area, years, overview.year, overview.behind_only),
    )


def without_agreement_text(units: Sequence[str]) -> str:
    """«3 enheder uden aftale: A, B og C.» (a long list ends «… og N mere»); "" when every unit has one."""
    names = list(dict.fromkeys(units))
    if not names:
        return ""
    shown = names[:texts.MAX_UNITS_NAMED]
    listed = (texts.WITHOUT_AGREEMENT_MORE.format(names=", ".join(shown), count=len(names) - len(shown))
              if len(names) > len(shown) else ", ".join(shown))
    if len(names) == 1:
        return texts.WITHOUT_AGREEMENT_ONE.format(units=listed)
    return texts.WITHOUT_AGREEMENT_MANY.format(count=len(names), units=listed)


def deadlines_text(deadlines: Sequence[DatedDeadline]) -> str:
    items = [texts.DEADLINE_ITEM.format(label=d.label, day=_day(d.on)) for d in deadlines]
    return texts.DEADLINES.format(deadlines=" · ".join(items))


def reminder_view(deadline: DatedDeadline, behind: Sequence[Behind], today: date | None = None) -> ReminderView:
    """The reminder for one person: the slots they are responsible for that are behind `deadline`."""
    lines = tuple(
        ReminderLine(
            texts.REMINDER_LINES[b.reason.value].format(unit=unit_title(b.slot), year=deadline.year),
            texts.REMINDER_HINTS[b.reason.value],
        )
        for b in behind
    )
    button = _button(behind)
    return ReminderView(
        title=texts.REMINDER_TITLE.format(label=deadline.label.lower()),
        intro=(texts.REMINDER_INTRO.format(day=_day(deadline.on)) if today is None or deadline.year <= today.year
               else f"{texts.DRAFTING_YEAR.format(year=deadline.year)} "
                    f"{texts.REMINDER_INTRO.format(day=_day(deadline.on))}"),
        lines=lines,
        button=button,
    )


def upcoming_view(deadline: DatedDeadline, behind: Sequence[Behind], days: int, today: date,
                  budget_question: str) -> ReminderView:
    """The reminder before `deadline` for one person; a budget follow-up asks the R8 question."""
    season = texts.DRAFTING_YEAR.format(year=deadline.year) if deadline.year > today.year else ""
    if behind and all(b.reason is BehindReason.BUDGET_FOLLOWUP for b in behind):
        return ReminderView(
            title=texts.BUDGET_TITLE.format(label=deadline.label, day=_day(deadline.on)),
            intro=texts.BUDGET_INTRO.format(days=days, day=_day(deadline.on)),
            lines=tuple(ReminderLine(texts.BUDGET_LINE.format(unit=unit_title(b.slot), question=budget_question),
                                     texts.BUDGET_HINT) for b in behind),
            button=("Min aftale", ask_data("show_agreement")),
            footer=None,
        )
    lines = tuple(
        ReminderLine(texts.UPCOMING_LINES[b.reason.value].format(unit=unit_title(b.slot), year=deadline.year),
                     texts.REMINDER_HINTS[b.reason.value])
        for b in behind
    )
    intro = (texts.UPCOMING_INTRO_ONE if days == 1 else texts.UPCOMING_INTRO).format(day=_day(deadline.on),
                                                                                     days=days)
    return ReminderView(
        title=texts.UPCOMING_TITLE.format(label=deadline.label.lower()),
        intro=f"{season} {intro}".strip(),
        lines=lines,
        button=_button(behind),
        footer=None,
    )


def summary_view(deadline: DatedDeadline, behind: Sequence[Behind], names: Mapping[int, str]) -> SummaryView:
    """The coordinator's summary of everyone behind `deadline`."""
    lines = []
    for b in sorted(behind, key=lambda b: unit_title(b.slot).casefold()):
        responsible = b.responsible_id
        name = names.get(responsible, "") if responsible is not None else ""
        lines.append(texts.SUMMARY_LINE.format(
            unit=unit_title(b.slot), reason=texts.SUMMARY_REASONS[b.reason.value],
            holder=texts.SUMMARY_HOLDER.format(name=name or texts.SUMMARY_NOT_REMINDED),
        ))
    without = sum(1 for b in behind if b.reason.value == "no_agreement")
    counts = [_counted(forms, count) for forms, count in ((texts.SUMMARY_AGREEMENTS_BEHIND, len(behind) - without),
                                                          (texts.SUMMARY_UNITS_WITHOUT, without)) if count]
    return SummaryView(
        title=texts.SUMMARY_TITLE.format(label=deadline.label.lower(), year=deadline.year),
        intro=texts.SUMMARY_INTRO.format(day=_day(deadline.on), counts=texts.SUMMARY_AND.join(counts)),
        lines=tuple(lines[:MAX_SUMMARY_LINES]),
        hidden=max(0, len(lines) - MAX_SUMMARY_LINES),
        overview_button=ask_data("who_is_behind", year=deadline.year),
    )


def _counted(forms: tuple[str, str], count: int) -> str:
    """«1 aftale er bagud» or «3 aftaler er bagud»: the singular or the plural of `forms`."""
    return forms[0] if count == 1 else forms[1].format(count=count)


def _button(behind: Sequence[Behind]) -> tuple[str, dict[str, Any]] | None:
    """The reminder's button for what the first one behind is missing: (title, its «ask» payload)."""
    if not behind or behind[0].reason.value not in texts.REMINDER_BUTTONS:
        return None
    title, intent = texts.REMINDER_BUTTONS[behind[0].reason.value]
    return title, ask_data(intent)
