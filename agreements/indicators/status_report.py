"""An agreement's status at a date: each goal with its indicators' reports, series and change since last month.

Built from domain objects only (agreements.indicators.status does the judging); the monthly card and the answers to
status
questions both read it. "Last month" is the same report computed as of one month earlier (the same day, or the
month's last day), over the stored measurements of the periods that had ended by then.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from agreements.indicators.path_start import path_start, stored_approval_days
from agreements.indicators.periods import Period, PeriodError, parse_period
from agreements.indicators.status import (
    IndicatorReport,
    IndicatorStatus,
    LinearPath,
    NoDataReason,
    indicator_report,
    is_due,
    year_end_point,
)
from agreements.ports import UnitOfWork
from agreements.types import Agreement, Goal, Indicator, Measurement

# Worst first: the order a summary lists statuses in.
SEVERITY: dict[IndicatorStatus, int] = {
    IndicatorStatus.OFF_TRACK: 0,
    IndicatorStatus.AT_RISK: 1,
    IndicatorStatus.NO_DATA: 2,
    IndicatorStatus.NOT_FOLLOWED_YET: 3,
    IndicatorStatus.ON_TRACK: 4,
}


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    indicator: Indicator
    report: IndicatorReport
    previous: IndicatorReport  # the same indicator as of one month earlier
    series: tuple[tuple[Period, float], ...]  # every measurement that has begun by the report date, oldest first

    @property
    def status(self) -> IndicatorStatus:
        return self.report.status

    @property
    def status_changed(self) -> bool:
        return self.previous.status is not self.report.status

    @property
    def new_figure(self) -> bool:
        """A period newer than last month's latest has arrived."""
        latest, before = self.report.latest_period, self.previous.latest_period
        return latest is not None and (before is None or latest.end > before.end)

    @property
    def missing_report(self) -> bool:
        """A figure the holder (or LIS) still has to deliver: none yet, or the required period is missing."""
        return self.report.reason in (NoDataReason.NO_MEASUREMENTS, NoDataReason.STALE)

    @property
    def setup_gap(self) -> bool:
        return self.report.reason in (NoDataReason.MISSING_TARGET, NoDataReason.MISSING_BASELINE)


@dataclass(frozen=True, slots=True)
class GoalLine:
    number: int  # 1-based, as the agreement card shows it
    goal: Goal
    indicators: tuple[IndicatorLine, ...]

    @property
    def worst(self) -> IndicatorStatus | None:
        if not self.indicators:
            return None
        return min((line.status for line in self.indicators), key=lambda s: SEVERITY[s])


@dataclass(frozen=True, slots=True)
class AgreementReport:
    agreement: Agreement
    unit_name: str
    today: date
    goals: tuple[GoalLine, ...]

    @property
    def lines(self) -> list[IndicatorLine]:
        return [line for goal in self.goals for line in goal.indicators]

    def counts(self) -> dict[IndicatorStatus, int]:
        counts = dict.fromkeys(IndicatorStatus, 0)
        for line in self.lines:
            counts[line.status] += 1
        return counts

    def goal(self, number: int) -> GoalLine | None:
        return next((g for g in self.goals if g.number == number), None)

    def only(self, goal_numbers: Iterable[int] = (), indicator_keys: Iterable[str] = ()) -> AgreementReport:
        """The same report narrowed to some goals and/or indicators (nothing given: unchanged)."""
        numbers, keys = set(goal_numbers), set(indicator_keys)
        if not numbers and not keys:
            return self
        goals = []
        for goal in self.goals:
            if goal.number in numbers:
                goals.append(goal)
                continue
            lines = tuple(line for line in goal.indicators if line.indicator.key in keys)
            if lines:
                goals.append(GoalLine(goal.number, goal.goal, lines))
        return AgreementReport(self.agreement, self.unit_name, self.today, tuple(goals))


def month_before(day: date) -> date:
    """The same day one month earlier, or that month's last day."""
    first = day.replace(day=1)
    previous_end = first - timedelta(days=1)
    return previous_end.replace(day=min(day.day, previous_end.day))


def _ended_before(measurements: Iterable[Measurement], day: date) -> list[Measurement]:
    """What could have been known on `day`: the measurements of periods that had ended by then."""
    kept = []
    for measurement in measurements:
        try:
            if parse_period(measurement.period).end < day:
                kept.append(measurement)
        except PeriodError:
            continue
    return kept


def series(measurements: Iterable[Measurement], today: date) -> tuple[tuple[Period, float], ...]:
    by_period: dict[Period, float] = {}
    for measurement in measurements:
        try:
            period = parse_period(measurement.period)
        except PeriodError:
            continue
        if period.start <= today:
            by_period[period] = measurement.value
    return tuple(sorted(by_period.items(), key=lambda item: (item[0].end, item[0].start)))


def agreement_report(
    agreement: Agreement,
    unit_name: str,
    measurements: Mapping[int, Sequence[Measurement]],
    today: date,
    *,
    due_only: bool = False,
    approved_on: Mapping[int, date] | None = None,
) -> AgreementReport:
    """Every goal with its indicators; `due_only` keeps quarterly and yearly indicators only in the month after
    their period ends (`status.is_due`), as the monthly card does. Goals left without indicators are dropped.

    `approved_on`: goal id → the day the goal was first approved (agreements.indicators.path_start). An approved
    goal's path
    starts then (never before 1 January of the year), and its figures of periods that ended before that start are
    history: it is not followed up yet (neither «bagud» nor «mangler data») until its first figure after that.
    `report_for` reads it from the store."""
    before = month_before(today)
    approvals = approved_on or {}
    goals: list[GoalLine] = []
    for number, goal in enumerate(agreement.goals, start=1):
        approved = approvals.get(goal.id) if goal.id is not None else None
        start = path_start(agreement.year, approved) if approved is not None else None
        lines: list[IndicatorLine] = []
        for indicator in goal.indicators:
            if due_only and not is_due(indicator, today):
                continue
            own = measurements.get(indicator.id or -1, ())
            path = _path_from(indicator, agreement.year, start)
            lines.append(
                IndicatorLine(
                    indicator=indicator,
                    report=indicator_report(indicator, own, agreement.year, today, path=path, judged_from=start),
                    previous=indicator_report(indicator, _ended_before(own, before), agreement.year, before,
                                              path=path, judged_from=start),
                    series=series(own, today),
                )
            )
        if lines:
            goals.append(GoalLine(number, goal, tuple(lines)))
    return AgreementReport(agreement, unit_name, today, tuple(goals))


def _path_from(indicator: Indicator, year: int, start: date | None) -> LinearPath | None:
    """The planned path from the baseline on `start` to this year's end point; None: the default (1 January)."""
    if start is None or indicator.baseline is None:
        return None
    end = year_end_point(indicator, year)
    if end is None or start > end[0]:
        return None
    return LinearPath(start, indicator.baseline, end[0], end[1])


async def report_for(
    uow: UnitOfWork,
    agreement: Agreement,
    unit_name: str,
    measurements: Mapping[int, Sequence[Measurement]],
    today: date,
    *,
    due_only: bool = False,
) -> AgreementReport:
    """`agreement_report` with each goal's approval day read from the agreement's stored versions, so every caller
    (the monthly card, the channels, status questions, the overview, the export) starts the paths alike."""
    return agreement_report(agreement, unit_name, measurements, today, due_only=due_only,
                            approved_on=await stored_approval_days(uow, agreement))
