"""Domain objects (an AgreementReport) → the view data of the status card."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from agreements.agreement.shared_goals import ACCEPTED, SharedGoalView
from agreements.danish import format_number
from agreements.indicators.periods import Period
from agreements.indicators.status import IndicatorStatus, display_decimals, format_change, linear_path
from agreements.indicators.status_report import AgreementReport, IndicatorLine
from agreements.types import Frequency
from cards import status_texts as texts
from cards.escape import fill
from cards.status import (
    ChartSeries,
    ChartView,
    GoalView,
    IndicatorView,
    RegisterView,
    SharedGoalLine,
    StatusCardView,
    TrendPoint,
)

TREND_POINTS = 24
FALLBACK_POINTS = 6
MAX_CHANGE_LINES = 5
STATEMENT_PREVIEW = 140
COUNT_ORDER = (IndicatorStatus.OFF_TRACK, IndicatorStatus.AT_RISK, IndicatorStatus.ON_TRACK, IndicatorStatus.NO_DATA,
               IndicatorStatus.NOT_FOLLOWED_YET)
# For "better or worse": no data is neither.
_RANK = {IndicatorStatus.OFF_TRACK: 0, IndicatorStatus.AT_RISK: 1, IndicatorStatus.ON_TRACK: 2}


def status_card_view(
    report: AgreementReport,
    *,
    monthly: bool = False,
    recipient_is_holder: bool | None = None,
    can_register: bool = False,
    trend_points: int = TREND_POINTS,
    shared: Sequence[SharedGoalView] = (),
) -> StatusCardView:
    """`monthly`: titled for the month and with «Siden sidste måned»; else titled with the day, on demand.
    `shared`: the tværgående goals other units share with this unit (agreements.agreement.shared_goals
    .shared_into); the accepted ones are shown read-only with their status."""
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
                     tuple(indicator_view(line, trend_points, report.agreement.year) for line in goal.indicators))
            for goal in report.goals
        ),
        register=register,
        show_changes=monthly,
        shared_goals=tuple(SharedGoalLine(g.owner, _preview(g.statement), g.indicators)
                           for g in shared if g.status == ACCEPTED),
    )


def indicator_view(line: IndicatorLine, trend_points: int = TREND_POINTS, year: int | None = None) -> IndicatorView:
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
        chart=chart_view(line, year) if year is not None and trend_points > 0 else None,
    )


# Round steps for the y-axis: the chart draws five intervals between yMin and yMax.
_STEPS = (1.0, 2.0, 2.5, 3.0, 4.0, 5.0)
Y_INTERVALS = 5


def nice_axis(low: float, high: float) -> tuple[float, float]:
    """yMin and yMax around [low, high] whose five intervals are round steps (0,1; 0,2; 0,25; 0,5; 1; 2; …), so
    the ticks read 5,4 · 5,6 · 5,8 rather than 4,57; the axis is fitted to the data, not from 0."""
    if high < low:
        low, high = high, low
    span = max(high - low, abs(high) * 0.02, 1e-6)
    exponent = math.floor(math.log10(span / Y_INTERVALS))
    for power in (exponent, exponent + 1, exponent + 2):
        for base in _STEPS:
            step = base * 10.0 ** power
            bottom = math.floor(low / step + 1e-9) * step
            if bottom + Y_INTERVALS * step >= high - 1e-9:
                return round(bottom, 6), round(bottom + Y_INTERVALS * step, 6)
    return low, high  # not reached: a step of 10 × the span always covers it


def chart_periods(frequency: Frequency, year: int) -> list[Period]:
    """The periods a chart shows: the agreement year's months or quarters; for a yearly measure the two years
    before it and the year itself."""
    if frequency is Frequency.YEARLY:
        return [Period.containing(Frequency.YEARLY, date(y, 1, 1)) for y in (year - 2, year - 1, year)]
    first = Period.containing(frequency, date(year, 1, 1))
    periods = [first]
    while periods[-1].end < date(year, 12, 31):
        periods.append(periods[-1].next())
    return periods


def axis_label(period: Period) -> str:
    """ "jan", "K1", "2026": short enough for twelve labels side by side (the axis title gives the year)."""
    if period.frequency is Frequency.MONTHLY:
        return texts.SHORT_MONTHS[period.first_month - 1]
    if period.frequency is Frequency.QUARTERLY:
        return f"K{period.quarter}"
    return str(period.year)


def chart_view(line: IndicatorLine, year: int) -> ChartView | None:
    """Measured figures against the planned path, the edges of the tolerance band and the målværdi (or this
    year's delmål), over the agreement year; None when there is no path (no baseline or target)."""
    indicator, report = line.indicator, line.report
    path = linear_path(indicator, year)
    if path is None or report.tolerance is None or report.target is None:
        return None
    periods = chart_periods(indicator.frequency, year)
    by_period = dict(line.series)
    unit = report.measure_unit
    measured = tuple((axis_label(p), round(by_period[p], 4)) for p in periods if p in by_period)
    planned = [(axis_label(p), path.value_at(p.end)) for p in periods]
    band = report.tolerance
    end_value = path.end_value
    band_text = format_number(band, unit if unit != "%" else "", display_decimals(band))
    goal_text = format_number(end_value, unit, display_decimals(end_value))
    goal_legend = (texts.CHART_MILESTONE if report.milestone is not None else texts.CHART_TARGET).format(
        target=goal_text)
    # The path is straight between its corners (the first period, the one it reaches its end value in, the last):
    # the chart draws a line through each series' own points, so the corners are enough and keep the card small.
    # The målværdi line comes first with every period, so the x-axis has all of them in order.
    corners = [planned[0]] + [
        point for point, period in zip(planned[1:-1], periods[1:-1], strict=True)
        if period.start <= path.end <= period.end
    ] + ([planned[-1]] if len(planned) > 1 else [])
    series = (
        ChartSeries(goal_legend, "good", tuple((axis_label(p), round(end_value, 4)) for p in periods)),
        ChartSeries(texts.CHART_MEASURED, "categoricalMarigold", measured),
        ChartSeries(texts.CHART_PATH, "neutral", tuple((x, round(y, 3)) for x, y in corners)),
        ChartSeries(texts.CHART_BAND_UPPER.format(band=band_text), "categoricalLavender",
                    tuple((x, round(y + band, 3)) for x, y in corners)),
        ChartSeries(texts.CHART_BAND_LOWER.format(band=band_text), "categoricalLavender",
                    tuple((x, round(y - band, 3)) for x, y in corners)),
    )
    values = [y for s in series for _, y in s.points]
    low, high = nice_axis(min(values), max(values))
    yearly = periods[0].frequency is Frequency.YEARLY
    x_title = f"{periods[0].year}–{periods[-1].year}" if yearly else str(year)
    return ChartView(x_title=x_title, y_title=unit or texts.CHART_VALUE, y_min=low, y_max=high, series=series)


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
