"""A status people trust (#17): bands per kind of measure, frequency, seasonal comparison, this year's milestone
(R2) and no verdict before the first figure after approval."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.indicators.periods import parse_period
from agreements.indicators.status import IndicatorStatus, NoDataReason, expected_value, indicator_report, year_end_point
from agreements.indicators.tolerance import (
    MeasureKind,
    default_tolerance,
    measure_kind,
    suggested_frequency,
    tolerance_for,
)
from agreements.types import Direction, Frequency, Indicator, Measurement

ON, RISK, OFF, NONE = (
    IndicatorStatus.ON_TRACK, IndicatorStatus.AT_RISK, IndicatorStatus.OFF_TRACK, IndicatorStatus.NO_DATA,
)


def indicator(name: str, unit: str, baseline: float, target: float, **changes: object) -> Indicator:
    direction = Direction.LOWER_IS_BETTER if target < baseline else Direction.HIGHER_IS_BETTER
    made = Indicator(tenant_id="t", key=name.lower().replace(" ", "-"), name=name, direction=direction,
                     measure_unit=unit, baseline=baseline, target=target, deadline=date(2026, 12, 31))
    for field, value in changes.items():
        setattr(made, field, value)
    return made


def series(*pairs: tuple[str, float]) -> list[Measurement]:
    return [Measurement(tenant_id="t", indicator_id=1, period=period, value=value) for period, value in pairs]


SICK = indicator("Sygefravær i dagtilbud", "%", 6.1, 5.5)


@pytest.mark.parametrize(
    ("made", "kind", "band"),
    [
        (SICK, MeasureKind.ABSENCE, 0.3),
        (indicator("Elever med mindst 02", "%", 86.0, 90.0), MeasureKind.PERCENTAGE, 1.0),
        (indicator("Tilfredshed med dagtilbuddet", "", 3.9, 4.2), MeasureKind.SCORE, 0.1),
        (indicator("Forældretilfredshed (skala 1-10)", "", 7.1, 7.8), MeasureKind.SCORE, 0.2),
        (indicator("Unge i fritidsjob", "unge", 120.0, 160.0), MeasureKind.COUNT, 8.0),
        (indicator("Sagsbehandlingstid", "dage", 14.0, 7.0), MeasureKind.DURATION, 1.0),
        (indicator("Gennemløb", "", 0.8, 1.2), MeasureKind.OTHER, pytest.approx(0.08)),
    ],
)
def test_default_band_per_kind_of_measure(made: Indicator, kind: MeasureKind, band: object) -> None:
    assert measure_kind(made) is kind
    assert default_tolerance(made) == band


def test_the_holders_band_wins() -> None:
    assert tolerance_for(indicator("Sygefravær", "%", 6.1, 5.5, tolerance=0.5)) == 0.5


def test_a_winter_month_of_absence_is_no_longer_red() -> None:
    # The end of February: expected 6,1 − 0,6 × 59/365 ≈ 6,003; 6,25 is 0,25 above, inside the band: på sporet
    # (the old rule: bagud, its band being 0,06).
    report = indicator_report(SICK, series(("2026-02", 6.25)), 2026, date(2026, 3, 10))
    assert report.status is ON
    assert indicator_report(SICK, series(("2026-02", 6.4)), 2026, date(2026, 3, 10)).status is RISK
    assert indicator_report(SICK, series(("2026-02", 6.7)), 2026, date(2026, 3, 10)).status is OFF


@pytest.mark.parametrize(
    ("texts", "frequency"),
    [
        (("Elever med mindst 02", "Nøgletal fra afgangsprøverne (LIS)"), Frequency.YEARLY),
        (("Elever der trives", "Den nationale trivselsmåling (brugerundersøgelse)"), Frequency.YEARLY),
        (("Gode læsere", "Nationale test i læsning"), Frequency.YEARLY),
        (("Budget", "Opfølgning hvert kvartal"), Frequency.QUARTERLY),
        (("Sygefravær i dagtilbud", "Sygefraværsstatistik (nøgletal i LIS)"), Frequency.MONTHLY),
    ],
)
def test_frequency_follows_the_source(texts: tuple[str, ...], frequency: Frequency) -> None:
    assert suggested_frequency(*texts) is frequency


def test_seasonal_measure_is_compared_with_the_same_month_last_year() -> None:
    seasonal = indicator("Sygefravær i dagtilbud", "%", 6.1, 5.5, compare_last_year=True, tolerance=0.1)
    history = series(("2025-01", 6.8), ("2025-12", 6.0), ("2026-01", 6.7))
    report = indicator_report(seasonal, history, 2026, date(2026, 2, 10))
    # Planned by the end of January: 6,1 − 0,6 × 31/365 ≈ 6,049, i.e. 0,051 better than the baseline.
    assert report.expected == pytest.approx(6.8 - 0.6 * 31 / 365)
    assert report.status is ON
    assert report.compared_with == parse_period("2025-01")
    assert "ud fra 6,8 % i januar 2025" in report.explanation
    # Against the straight line the same figure is 0,7 above the path: bagud.
    plain = indicator_report(indicator("Sygefravær i dagtilbud", "%", 6.1, 5.5, tolerance=0.1), history, 2026,
                             date(2026, 2, 10))
    assert plain.status is OFF
    # Without last year's figure: the path.
    alone = indicator_report(seasonal, series(("2026-01", 6.7)), 2026, date(2026, 2, 10))
    assert alone.compared_with is None and alone.status is OFF


def test_a_multi_year_goal_is_judged_against_this_years_milestone() -> None:
    three_years = indicator("Elever i almenskolen", "%", 94.5, 97.5, deadline=date(2028, 12, 31),
                            milestone_target=95.0)
    assert year_end_point(three_years, 2026) == (date(2026, 12, 31), 95.0)
    assert expected_value(three_years, parse_period("2026-12"), 2026) == 95.0
    report = indicator_report(three_years, series(("2026", 95.1)), 2026, date(2027, 1, 20))
    assert report.status is ON and report.milestone == 95.0
    assert "delmålet for 2026 er 95 %; målværdien er 97,5 % ved udgangen af 2028" in report.explanation
    # Against the final target it would be bagud.
    final = indicator("Elever i almenskolen", "%", 94.5, 97.5)
    assert indicator_report(final, series(("2026", 95.1)), 2026, date(2027, 1, 20)).status is OFF


def test_without_a_milestone_a_multi_year_goal_ends_the_year_on_the_line() -> None:
    two_years = indicator("Unge", "unge", 0.0, 730.0, deadline=date(2027, 12, 31))
    assert year_end_point(two_years, 2026) == (date(2026, 12, 31), pytest.approx(365.0))


def test_nothing_is_bagud_before_the_first_figure_after_approval() -> None:
    approved = date(2026, 2, 12)
    history = series(("2026-01", 7.0))  # far above the path, but January ended before the approval
    report = indicator_report(SICK, history, 2026, date(2026, 2, 20), judged_from=approved)
    assert (report.status, report.reason) == (IndicatorStatus.NOT_FOLLOWED_YET, None)
    assert report.status.label == "ikke fulgt op endnu"
    assert report.explanation.startswith("7 % i januar 2026 er fra før aftalen blev godkendt – den følges op fra "
                                         "tallet for februar 2026;"), report.explanation
    later = indicator_report(SICK, series(("2026-01", 7.0), ("2026-02", 7.0)), 2026, date(2026, 3, 10),
                             judged_from=approved)
    assert later.status is OFF
    # Stale still wins once the first figure after approval is overdue.
    overdue = indicator_report(SICK, history, 2026, date(2026, 3, 25), judged_from=approved)
    assert overdue.reason is NoDataReason.STALE
