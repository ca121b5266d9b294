"""Indicator status (R5, R6): is an indicator on track towards its target?

The rule
--------
1. The planned path runs in a straight line from the baseline at the start of the agreement year (1 January,
   start of the day) to the year's end point at the end of the day: the target at the deadline, or, for a
   multi-year goal (deadline after the agreement year), this year's milestone (delmål, R2) at the end of the year
   (`indicator.milestone_target`; without one, the point the straight line to the final target passes then).
   Before the start it is the baseline, after the end the end point. A measurement is compared with the path at
   the end of its period's last day. Time is counted in whole days, so the end of October 2026 lies 304/365 of
   the way through 2026. A missing deadline means the end of the agreement year (R2).
   Hook: pass `path=` (any `ExpectedPath`) to `indicator_report` for another shape.
2. Seasonal measures (`indicator.compare_last_year`): a figure is compared with the same period one year
   earlier, moved by the improvement planned since then: expected = last year's figure + (path now − baseline).
   Without last year's figure the path is used.
3. The latest measurement is the one with the newest period that has begun by `today` (a period in the future,
   e.g. a mistyped year, is ignored). Its shortfall is how much worse than expected it is, in the good direction:
   - no worse than expected by more than the tolerance (the band) → på sporet: noise raises no flag;
   - worse than the band, but within two bands (`RISK_BANDS`) → i risiko;
   - worse still → bagud.
   (The old rule, `classify_legacy`, flagged any shortfall below the line as i risiko.)
   The tolerance is `indicator.tolerance` in the indicator's unit when the holder set one (> 0), else the
   default for the kind of measure (agreements.indicators.tolerance: ±0,3 points for absence, ±1 point for percentages,
   0,1 on a 1–5 score, 5 % of a count's target, …).
4. mangler data (NO_DATA), with a `reason` saying why, comes first when:
   - the indicator has no numeric target (MISSING_TARGET) or no baseline (MISSING_BASELINE);
   - there is no measurement (NO_MEASUREMENTS);
   - the data are stale (STALE): each frequency has a grace period after a period ends (`GRACE_DAYS`: monthly 20,
     quarterly 45, yearly 90 days). Once today is past a period's end plus the grace, that period must be
     present: on 20 November October may still be missing, from 21 November it may not;
5. ikke fulgt op endnu (NOT_FOLLOWED_YET): the agreement was approved (`judged_from`) after the latest figure's
   period ended. Figures from before the approval are history: the months before it are neither judged against a
   plan nor missing data (nobody owed them), so an agreement approved on 8 December is followed up from its
   December figure, and until that comes its indicators are not followed up yet – not «mangler data», not «bagud».
   Stale data still comes first once the first figure after approval is overdue.
6. `is_due`: in a monthly status report, monthly indicators are always due; quarterly and yearly indicators only
   in the month after their period ends (January, April, July, October; yearly in January), so they are shown
   once per period rather than repeated every month.

Worked example
--------------
Sygefravær i dagtilbud: lower is better, baseline 6,1 %, target 5,5 % by 31 December 2026, no tolerance set,
agreement year 2026, monthly.

- The tolerance is the default for absence: 0,3 percentage point (the old rule gave 10 % of 0,6 = 0,06).
- The end of October is day 304 of 365, so the expected value is 6,1 − 0,6 × 304/365 = 5,600 %.
- October measured 5,55 %, 5,64 % or 5,9 %: at most 0,30 worse than expected → på sporet.
- October measured 5,95 %: 0,35 worse, within two bands (0,6) → i risiko.
- October measured 6,3 %: 0,70 worse → bagud. The report reads
  "6,3 % i oktober 2026 – forventet 5,6 %; målværdien er 5,5 % ved udgangen af 2026".
- Seasonal: January 2026 measured 6,6 % against 6,7 % in January 2025: expected 6,7 − 0,05 = 6,65 → på sporet.
- Staleness: on 20 November October's figure may still be missing; on 21 November, without October, the status
  is mangler data: "Seneste tal er fra september 2026 – tallet for oktober 2026 mangler".
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from agreements.danish import format_number
from agreements.indicators.periods import Period, PeriodError, latest_complete, parse_period
from agreements.indicators.tolerance import tolerance_for
from agreements.types import Direction, Frequency, Indicator, Measurement

MONTHLY_GRACE_DAYS = 20
QUARTERLY_GRACE_DAYS = 45
YEARLY_GRACE_DAYS = 90
GRACE_DAYS: dict[Frequency, int] = {
    Frequency.MONTHLY: MONTHLY_GRACE_DAYS,
    Frequency.QUARTERLY: QUARTERLY_GRACE_DAYS,
    Frequency.YEARLY: YEARLY_GRACE_DAYS,
}
# The old rule's band, 10 % of |target − baseline|; kept for comparison (bench.status_flags).
LEGACY_TOLERANCE_SHARE = 0.10
# i risiko reaches this many bands below the path; beyond it, bagud.
RISK_BANDS = 2.0
# Relative slack for comparing floats, so a value exactly on the line is on track despite binary rounding.
_EPSILON = 1e-9


class IndicatorStatus(enum.StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"
    NOT_FOLLOWED_YET = "not_followed_yet"  # approved after the latest figure's period: followed from approval on

    @property
    def label(self) -> str:
        """Danish, as shown to users."""
        return STATUS_LABELS[self]


STATUS_LABELS: dict[IndicatorStatus, str] = {
    IndicatorStatus.ON_TRACK: "på sporet",
    IndicatorStatus.AT_RISK: "i risiko",
    IndicatorStatus.OFF_TRACK: "bagud",
    IndicatorStatus.NO_DATA: "mangler data",
    IndicatorStatus.NOT_FOLLOWED_YET: "ikke fulgt op endnu",
}


class NoDataReason(enum.StrEnum):
    MISSING_TARGET = "missing_target"
    MISSING_BASELINE = "missing_baseline"
    NO_MEASUREMENTS = "no_measurements"
    STALE = "stale"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS: dict[NoDataReason, str] = {
    NoDataReason.MISSING_TARGET: "mangler mål",
    NoDataReason.MISSING_BASELINE: "mangler udgangspunkt",
    NoDataReason.NO_MEASUREMENTS: "ingen målinger",
    NoDataReason.STALE: "mangler nye tal",
}


# ---------------------------------------------------------------- the expected path


class ExpectedPath(Protocol):
    def value_at(self, day: date) -> float:
        """The expected value at the end of `day`."""
        ...


@dataclass(frozen=True, slots=True)
class LinearPath:
    """`start_value` at the start of `start`, `end_value` at the end of `end`, a straight line between."""

    start: date
    start_value: float
    end: date
    end_value: float

    def value_at(self, day: date) -> float:
        elapsed = (day - self.start).days + 1
        total = (self.end - self.start).days + 1
        if total <= 0 or elapsed >= total:
            return self.end_value
        if elapsed <= 0:
            return self.start_value
        return self.start_value + (self.end_value - self.start_value) * elapsed / total


def effective_deadline(indicator: Indicator, year: int) -> date:
    """The indicator's deadline, or the end of the agreement year."""
    return indicator.deadline or date(year, 12, 31)


def year_end_point(indicator: Indicator, year: int) -> tuple[date, float] | None:
    """Where this year's path ends: the target at its deadline, or for a multi-year goal this year's milestone
    (R2) at the end of the agreement year; None without baseline and target."""
    if indicator.baseline is None or indicator.target is None:
        return None
    deadline = effective_deadline(indicator, year)
    year_end = date(year, 12, 31)
    if deadline <= year_end:
        return deadline, indicator.target
    if indicator.milestone_target is not None:
        return year_end, indicator.milestone_target
    whole = LinearPath(date(year, 1, 1), indicator.baseline, deadline, indicator.target)
    return year_end, whole.value_at(year_end)


def is_multi_year(indicator: Indicator, year: int) -> bool:
    return effective_deadline(indicator, year) > date(year, 12, 31)


def linear_path(indicator: Indicator, year: int) -> LinearPath | None:
    """The path from the baseline on 1 January of the agreement year to this year's end point; None without
    baseline and target."""
    end = year_end_point(indicator, year)
    if end is None or indicator.baseline is None:
        return None
    return LinearPath(date(year, 1, 1), indicator.baseline, end[0], end[1])


def expected_value(indicator: Indicator, period: Period, year: int) -> float | None:
    """The value expected at the end of `period` on the linear path; None without baseline or target."""
    path = linear_path(indicator, year)
    return None if path is None else path.value_at(period.end)


def effective_tolerance(indicator: Indicator) -> float | None:
    """The holder's `indicator.tolerance` if positive, else the default for the kind of measure; None without a
    target."""
    if indicator.target is None:
        return None
    return tolerance_for(indicator)


def legacy_tolerance(indicator: Indicator) -> float | None:
    """The old rule's band: `indicator.tolerance` if positive, else 10 % of |target − baseline|."""
    if indicator.tolerance > 0:
        return indicator.tolerance
    if indicator.baseline is None or indicator.target is None:
        return None
    return LEGACY_TOLERANCE_SHARE * abs(indicator.target - indicator.baseline)


def classify(value: float, expected: float, direction: Direction, tolerance: float) -> IndicatorStatus:
    """The band rule: within `tolerance` of the path (or better) → på sporet; worse by up to twice the tolerance
    → i risiko; worse still → bagud. Noise inside the band raises no flag."""
    shortfall = expected - value if direction is Direction.HIGHER_IS_BETTER else value - expected
    slack = _EPSILON * max(1.0, abs(expected), abs(value))
    if shortfall <= tolerance + slack:
        return IndicatorStatus.ON_TRACK
    if shortfall <= RISK_BANDS * tolerance + slack:
        return IndicatorStatus.AT_RISK
    return IndicatorStatus.OFF_TRACK


def classify_legacy(value: float, expected: float, direction: Direction, tolerance: float) -> IndicatorStatus:
    """The old rule, kept for comparison (bench.status_flags): any shortfall below the line is i risiko, more
    than the tolerance bagud."""
    shortfall = expected - value if direction is Direction.HIGHER_IS_BETTER else value - expected
    slack = _EPSILON * max(1.0, abs(expected), abs(value))
    if shortfall <= slack:
        return IndicatorStatus.ON_TRACK
    if shortfall <= tolerance + slack:
        return IndicatorStatus.AT_RISK
    return IndicatorStatus.OFF_TRACK


# ---------------------------------------------------------------- freshness and cadence


def required_period(frequency: Frequency, today: date) -> Period:
    """The newest period whose figure must be present today: its end plus the grace period has passed."""
    return latest_complete(frequency, today - timedelta(days=GRACE_DAYS[frequency]))


def is_due(indicator: Indicator, today: date) -> bool:
    """Whether the indicator belongs in the monthly status report of `today`'s month.

    Monthly indicators always; quarterly and yearly ones only in the month after their period ends
    (the first month of the next quarter or year), so each figure is reported once."""
    this_month = Period.containing(Frequency.MONTHLY, today)
    return Period.containing(indicator.frequency, today).start == this_month.start


# ---------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class IndicatorReport:
    key: str
    name: str
    measure_unit: str
    direction: Direction
    status: IndicatorStatus
    reason: NoDataReason | None  # set exactly when status is NO_DATA
    explanation: str  # one Danish line
    latest_value: float | None
    latest_period: Period | None
    expected: float | None  # on the path at the end of latest_period
    baseline: float | None
    target: float | None
    deadline: date  # the effective deadline (the end of the agreement year when the indicator has none)
    tolerance: float | None  # the effective tolerance
    change: float | None  # latest_value minus the previous measurement's value
    previous_period: Period | None
    required_period: Period  # the newest period that must be present today (see GRACE_DAYS)
    frequency: Frequency = Frequency.MONTHLY
    milestone: float | None = None  # this year's end point of a multi-year goal (R2)
    milestone_year: int | None = None
    compared_with: Period | None = None  # seasonal: the same period last year, when its figure was used
    compared_value: float | None = None
    judged_from: date | None = None  # the approval day: figures of periods ending before it are history, not followed

    @property
    def label(self) -> str:
        return self.status.label


def indicator_report(
    indicator: Indicator,
    measurements: Iterable[Measurement],
    year: int,
    today: date,
    *,
    path: ExpectedPath | None = None,
    judged_from: date | None = None,
) -> IndicatorReport:
    """The status of one indicator in agreement year `year`, as of `today`.

    `measurements` are the indicator's own (the caller filters by indicator); their periods are parsed with
    `parse_period`, and one that cannot be read is skipped. Two measurements for one period: the last one wins.
    `judged_from`: the day the agreement was approved; until a figure of a period ending on or after it arrives,
    the indicator is not followed up yet (NOT_FOLLOWED_YET) instead of being judged on history or missing data.
    """
    series = _series(measurements, today)
    latest = series[-1] if series else None
    previous = series[-2] if len(series) > 1 else None
    deadline = effective_deadline(indicator, year)
    required = required_period(indicator.frequency, today)
    tolerance = effective_tolerance(indicator)
    line = path if path is not None else linear_path(indicator, year)
    expected = line.value_at(latest[0].end) if line is not None and latest is not None else None
    compared: tuple[Period, float] | None = None
    if indicator.compare_last_year and latest is not None and expected is not None and indicator.baseline is not None:
        compared = _same_period_last_year(series, latest[0])
        if compared is not None:
            expected = compared[1] + (expected - indicator.baseline)
    end = year_end_point(indicator, year)
    multi = is_multi_year(indicator, year)

    status, reason = _judge(indicator, latest, expected, tolerance, required, judged_from)
    report = IndicatorReport(
        key=indicator.key,
        name=indicator.name,
        measure_unit=indicator.measure_unit,
        direction=indicator.direction,
        status=status,
        reason=reason,
        explanation="",
        latest_value=latest[1] if latest else None,
        latest_period=latest[0] if latest else None,
        expected=expected,
        baseline=indicator.baseline,
        target=indicator.target,
        deadline=deadline,
        tolerance=tolerance,
        change=latest[1] - previous[1] if latest and previous else None,
        previous_period=previous[0] if previous else None,
        required_period=required,
        frequency=indicator.frequency,
        milestone=end[1] if multi and end is not None else None,
        milestone_year=year if multi else None,
        compared_with=compared[0] if compared else None,
        compared_value=compared[1] if compared else None,
        judged_from=judged_from,
    )
    return _with_explanation(report)


def _same_period_last_year(series: list[tuple[Period, float]], period: Period) -> tuple[Period, float] | None:
    for candidate, value in series:
        if (candidate.frequency is period.frequency and candidate.year == period.year - 1
                and candidate.start.month == period.start.month):
            return candidate, value
    return None


def _series(measurements: Iterable[Measurement], today: date) -> list[tuple[Period, float]]:
    by_period: dict[Period, float] = {}
    for measurement in measurements:
        try:
            period = parse_period(measurement.period)
        except PeriodError:
            continue
        if period.start <= today:
            by_period[period] = measurement.value
    # By end, then start: a month, its quarter and its year line up in the order they close.
    return sorted(by_period.items(), key=lambda item: (item[0].end, item[0].start))


def _judge(
    indicator: Indicator,
    latest: tuple[Period, float] | None,
    expected: float | None,
    tolerance: float | None,
    required: Period,
    judged_from: date | None = None,
) -> tuple[IndicatorStatus, NoDataReason | None]:
    if indicator.target is None:
        return IndicatorStatus.NO_DATA, NoDataReason.MISSING_TARGET
    if indicator.baseline is None:
        return IndicatorStatus.NO_DATA, NoDataReason.MISSING_BASELINE
    if latest is None:
        return IndicatorStatus.NO_DATA, NoDataReason.NO_MEASUREMENTS
    if latest[0].end < required.end:
        return IndicatorStatus.NO_DATA, NoDataReason.STALE
    if judged_from is not None and latest[0].end < judged_from:
        return IndicatorStatus.NOT_FOLLOWED_YET, None
    assert expected is not None and tolerance is not None
    return classify(latest[1], expected, indicator.direction, tolerance), None


# ---------------------------------------------------------------- Danish text


def format_change(change: float, unit: str = "", decimals: int | None = None) -> str:
    """A signed difference: "+0,3 procentpoint" for a percentage, "-2 dage", or "uændret"."""
    number = format_number(abs(change), decimals=decimals)
    if not any(c in "123456789" for c in number):
        return "uændret"
    unit_text = "procentpoint" if unit.strip() == "%" else unit
    sign = "+" if change > 0 else "-"
    return f"{sign}{number} {unit_text}" if unit_text else f"{sign}{number}"


def format_deadline(deadline: date) -> str:
    """ "ved udgangen af 2026", "ved udgangen af juni 2027" or "senest 15. marts 2027"."""
    month = Period.for_month(deadline.year, deadline.month)
    if deadline == month.end:
        if deadline.month == 12:
            return f"ved udgangen af {deadline.year}"
        return f"ved udgangen af {month.label}"
    return f"senest {deadline.day}. {month.label}"


def display_decimals(*values: float | None) -> int:
    """The decimals (0–2) needed to show all the given values as written."""
    needed = 0
    for value in values:
        if value is None or not math.isfinite(value) or abs(value) >= 1e15:
            continue  # above 1e15 a float holds no decimals
        hundredths = round(value * 100)  # one rounding per value: cards show hundreds of trend points
        if abs(hundredths / 100 - value) >= 1e-9 * max(1.0, abs(value)) or hundredths % 10:
            return 2
        if hundredths % 100:
            needed = 1
    return needed


def _span_label(first: Period, last: Period) -> str:
    """ "fra august til oktober 2026", "fra 2. til 4. kvartal 2026", "fra november 2025 til januar 2026"."""
    if first.year == last.year and first.frequency is not Frequency.YEARLY:
        head = first.label.removesuffix(f" {first.year}")
        if first.frequency is Frequency.QUARTERLY:
            head = head.removesuffix(" kvartal")
        return f"fra {head} til {last.label}"
    return f"fra {first.label} til {last.label}"


def _with_explanation(report: IndicatorReport) -> IndicatorReport:
    return replace(report, explanation=explain(report))


def explain(report: IndicatorReport) -> str:
    """The Danish one-liner of a report, e.g.
    "5,9 % i oktober 2026 – forventet 5,6 %; målværdien er 5,5 % ved udgangen af 2026"."""
    unit = report.measure_unit
    places = display_decimals(report.baseline, report.target, report.latest_value)
    goal = (
        f"målværdien er {format_number(report.target, unit)} {format_deadline(report.deadline)}"
        if report.target is not None
        else ""
    )
    if report.milestone is not None and report.milestone_year is not None and goal:
        milestone = format_number(report.milestone, unit, display_decimals(report.milestone))
        goal = f"delmålet for {report.milestone_year} er {milestone}; {goal}"
    latest = (
        f"{format_number(report.latest_value, unit)} i {report.latest_period.label}"
        if report.latest_value is not None and report.latest_period is not None
        else ""
    )
    if report.reason is NoDataReason.MISSING_TARGET:
        return f"{latest} – der er ikke sat en målværdi" if latest else "Der er ikke sat en målværdi for indikatoren"
    if report.reason is NoDataReason.MISSING_BASELINE:
        text = f"{latest} – udgangspunktet mangler" if latest else "Udgangspunktet mangler"
        return f"{text}; {goal}"
    if report.reason is NoDataReason.NO_MEASUREMENTS:
        return f"Ingen målinger endnu; {goal}"
    if report.status is IndicatorStatus.NOT_FOLLOWED_YET:
        assert report.latest_period is not None and report.judged_from is not None
        first = Period.containing(report.frequency, report.judged_from)
        return f"{latest} er fra før aftalen blev godkendt – den følges op fra tallet for {first.label}; {goal}"
    if report.reason is NoDataReason.STALE:
        assert report.latest_period is not None
        required = report.required_period
        first_missing = Period.containing(required.frequency, report.latest_period.end + timedelta(days=1))
        if first_missing >= required:
            missing = f"tallet for {required.label} mangler"
        else:
            missing = f"tallene {_span_label(first_missing, required)} mangler"
        return f"Seneste tal er fra {report.latest_period.label} – {missing}"
    assert report.expected is not None
    expected = f"forventet {format_number(report.expected, unit, places)}"
    if report.compared_with is not None and report.compared_value is not None:
        before = format_number(report.compared_value, unit, places)
        expected += f" ud fra {before} i {report.compared_with.label}"
    return f"{latest} – {expected}; {goal}"
