"""Domain objects (an AgreementReport) → the view data of the status card."""

from __future__ import annotations

from functools import lru_cache

from agreements.danish import format_number
from agreements.periods import Period
from agreements.status import IndicatorStatus, display_decimals, format_change
from agreements.status_report import AgreementReport, IndicatorLine
from agreements.types import Frequency
from cards import status_texts as texts
from cards.escape import fill
from cards.status import GoalView, IndicatorView, RegisterView, StatusCardView, TrendPoint

TREND_POINTS = 24
FALLBACK_POINTS = 6
MAX_CHANGE_LINES = 5
STATEMENT_PREVIEW = 140
COUNT_ORDER = (IndicatorStatus.OFF_TRACK, IndicatorStatus.AT_RISK, IndicatorStatus.ON_TRACK, IndicatorStatus.NO_DATA)
# For "better or worse": no data is neither.
_RANK = {IndicatorStatus.OFF_TRACK: 0, IndicatorStatus.AT_RISK: 1, IndicatorStatus.ON_TRACK: 2}


def status_card_view(
    report: AgreementReport,
    *,
    monthly: bool = False,
    recipient_is_holder: bool | None = None,
    can_register: bool = False,
    trend_points: int = TREND_POINTS,
) -> StatusCardView:
    """`monthly`: titled for the month and with «Siden sidste måned»; else titled with the day, on demand."""
    today = report.today
    assert report.agreement.id is not None
    if monthly:
        title = texts.MONTHLY_TITLE.format(month=Period.containing(Frequency.MONTHLY, today).label)
    else:
        title = texts.ON_DEMAND_TITLE.format(day=f"{today.day}.{today.month}.{today.year}")
    role = None
    if recipient_is_holder is not None:
        role = texts.ROLE_HOLDER if recipient_is_holder else texts.ROLE_GIVER
    counts = report.counts()
    lines = report.lines
    register = None
    if can_register and lines:
        register = RegisterView(
            agreement_id=report.agreement.id,
            indicators=tuple(dict.fromkeys((line.indicator.key, line.indicator.name) for line in lines)),
            example_period=Period.containing(Frequency.MONTHLY, today).previous().key,
        )
    return StatusCardView(
        title=title,
        subtitle=fill(texts.SUBTITLE, year=report.agreement.year, unit=report.unit_name),
        role_note=role,
        counts=tuple((status.value, counts[status]) for status in COUNT_ORDER if counts[status]),
        changes=_change_lines(lines),
        change_summary=_change_summary(lines),
        goals=tuple(
            GoalView(goal.number, _preview(goal.goal.statement),
                     tuple(indicator_view(line, trend_points) for line in goal.indicators))
            for goal in report.goals
        ),
        register=register,
        show_changes=monthly,
    )


def indicator_view(line: IndicatorLine, trend_points: int = TREND_POINTS) -> IndicatorView:
    report = line.report
    return IndicatorView(
        key=report.key,
        name=report.name,
        status=report.status.value,
        status_label=report.status.label,
        explanation=report.explanation,
        since_last=since_last(line),
        trend=trend(line, trend_points),
        fallback_points=FALLBACK_POINTS,
    )


def trend(line: IndicatorLine, points: int = TREND_POINTS) -> tuple[TrendPoint, ...]:
    recent = line.series[-points:] if points > 0 else ()
    unit = line.report.measure_unit
    places = display_decimals(*(value for _, value in recent))
    return tuple(
        TrendPoint(x=short_label(period), y=round(value, 4), label=period.label,
                   value=format_number(value, unit, places))
        for period, value in recent
    )


@lru_cache(maxsize=1024)
def short_label(period: Period) -> str:
    """ "okt 26", "K4 26" or "2026": short enough for a chart axis."""
    if period.frequency is Frequency.MONTHLY:
        return f"{texts.SHORT_MONTHS[period.first_month - 1]} {period.year % 100:02d}"
    if period.frequency is Frequency.QUARTERLY:
        return f"K{period.quarter} {period.year % 100:02d}"
    return str(period.year)


def since_last(line: IndicatorLine) -> str | None:
    """What moved since last month, in words; None when nothing did."""
    parts: list[str] = []
    if line.status_changed:
        parts.append(texts.STATUS_MOVE.format(before=line.previous.status.label, after=line.report.status.label))
    if line.new_figure and line.report.latest_period is not None:
        period = line.report.latest_period.label
        if line.report.change is not None:
            change = format_change(line.report.change, line.report.measure_unit,
                                   display_decimals(line.report.change))
            parts.append(texts.NEW_FIGURE_CHANGE.format(period=period, change=change))
        else:
            parts.append(texts.NEW_FIGURE.format(period=period))
    if not parts:
        return None
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _change_lines(lines: list[IndicatorLine]) -> tuple[str, ...]:
    moved = sorted((line for line in lines if line.status_changed), key=_worse_first)
    result = [
        texts.CHANGE_LINE.format(name=line.report.name, what=texts.STATUS_MOVE.format(
            before=line.previous.status.label, after=line.report.status.label))
        for line in moved[:MAX_CHANGE_LINES]
    ]
    if len(moved) > MAX_CHANGE_LINES:
        result.append(texts.MORE_CHANGES.format(count=len(moved) - MAX_CHANGE_LINES))
    return tuple(result)


def _worse_first(line: IndicatorLine) -> int:
    before, after = _RANK.get(line.previous.status), _RANK.get(line.report.status)
    if before is None or after is None:
        return 0
    return after - before


def _change_summary(lines: list[IndicatorLine]) -> str | None:
    better = worse = 0
    for line in lines:
        before, after = _RANK.get(line.previous.status), _RANK.get(line.report.status)
        if before is not None and after is not None:
            better += after > before
            worse += after < before
    new = sum(line.new_figure for line in lines)
    parts = []
    if better:
        parts.append(texts.SUMMARY_BETTER.format(count=better))
    if worse:
        parts.append(texts.SUMMARY_WORSE.format(count=worse))
    if new:
        parts.append(texts.SUMMARY_NEW_ONE if new == 1 else texts.SUMMARY_NEW.format(count=new))
    return ", ".join(parts).capitalize() + "." if parts else None


def _preview(statement: str) -> str:
    statement = " ".join(statement.split())
    return statement if len(statement) <= STATEMENT_PREVIEW else statement[: STATEMENT_PREVIEW - 1].rstrip() + "…"
