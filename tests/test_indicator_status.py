"""Periods and indicator status (R5, R6): the expected path, the four statuses, staleness and the due rule."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.indicators.periods import HINT, Period, PeriodError, latest_complete, parse_period, period_from_date
from agreements.indicators.status import (
    GRACE_DAYS,
    LEGACY_TOLERANCE_SHARE,
    IndicatorStatus,
    LinearPath,
    NoDataReason,
    classify,
    classify_legacy,
    display_decimals,
    effective_tolerance,
    expected_value,
    format_change,
    format_deadline,
    format_number,
    indicator_report,
    is_due,
    legacy_tolerance,
    required_period,
)
from agreements.types import Direction, Frequency, Indicator, Measurement

ON, RISK, OFF, NONE = (
    IndicatorStatus.ON_TRACK,
    IndicatorStatus.AT_RISK,
    IndicatorStatus.OFF_TRACK,
    IndicatorStatus.NO_DATA,
)


def sick_leave(**changes: object) -> Indicator:
    """The worked example of agreements/indicators/status.py: lower is better, 6,1 % → 5,5 % by the end of 2026."""
    indicator = Indicator(
        tenant_id="t",
        key="demo-sygefravaer",
        name="Sygefravær i dagtilbud",
        direction=Direction.LOWER_IS_BETTER,
        measure_unit="%",
        baseline=6.1,
        target=5.5,
        deadline=date(2026, 12, 31),
    )
    for name, value in changes.items():
        setattr(indicator, name, value)
    return indicator


def jobs(**changes: object) -> Indicator:
    """Higher is better, in whole numbers: 100 → 465 young people, i.e. one more a day through 2026."""
    indicator = Indicator(
        tenant_id="t",
        key="demo-fritidsjob",
        name="Unge i fritidsjob",
        direction=Direction.HIGHER_IS_BETTER,
        measure_unit="unge",
        baseline=100.0,
        target=465.0,
        deadline=date(2026, 12, 31),
    )
    for name, value in changes.items():
        setattr(indicator, name, value)
    return indicator


def series(*pairs: tuple[str, float]) -> list[Measurement]:
    return [Measurement(tenant_id="t", indicator_id=1, period=period, value=value) for period, value in pairs]


NOV_10 = date(2026, 11, 10)


# ---------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2026", "2026"),
        (" 2026 ", "2026"),
        ("2026-10", "2026-10"),
        ("2026-3", "2026-03"),
        ("2026/10", "2026-10"),
        ("2026.10", "2026-10"),
        ("202610", "2026-10"),
        ("10-2026", "2026-10"),
        ("3/2026", "2026-03"),
        ("oktober 2026", "2026-10"),
        ("Okt. 2026", "2026-10"),
        ("okt-26", "2026-10"),
        ("maj 2026", "2026-05"),
        ("Oct 2026", "2026-10"),
        ("2026-10-01", "2026-10"),
        ("2026-10-01 00:00:00", "2026-10"),
        ("01-10-2026", "2026-10"),
        ("1.10.2026", "2026-10"),
        ("2026-Q1", "2026-Q1"),
        ("2026q2", "2026-Q2"),
        ("2026 Q3", "2026-Q3"),
        ("2026-K4", "2026-Q4"),
        ("2026K1", "2026-Q1"),
        ("K1 2026", "2026-Q1"),
        ("Q2-2026", "2026-Q2"),
        ("1. kvartal 2026", "2026-Q1"),
        ("3. kvt. 2026", "2026-Q3"),
        ("2026 4. kvartal", "2026-Q4"),
    ],
)
def test_parse_period_accepts_what_people_and_spreadsheets_write(text: str, key: str) -> None:
    assert parse_period(text).key == key


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Perioden mangler."),
        ("2026-13", "«2026-13»: måneden skal være mellem 1 og 12, ikke 13."),
        ("2026-K5", "«2026-K5»: kvartalet skal være mellem 1 og 4, ikke 5."),
        ("1850", "«1850»: året 1850 skal ligge mellem 1900 og 2100."),
        ("2026-10-15", f"«2026-10-15» er en dato, ikke en periode. {HINT}"),
        ("31-02-2026", f"«31-02-2026» er ikke en gyldig dato eller periode. {HINT}"),
        ("foo 2026", f"«foo 2026» er ikke en periode. {HINT}"),
        ("2026-H1", f"«2026-H1» er ikke en periode. {HINT}"),
    ],
)
def test_parse_period_refuses_with_a_danish_message(text: str, message: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert str(caught.value) == message
    assert HINT == "Skriv fx 2026-10 (måned), 2026-K4 (kvartal) eller 2026 (år)."
    assert isinstance(caught.value, ValueError)


def test_period_values() -> None:
    october, q4, year = parse_period("2026-10"), parse_period("2026-K4"), parse_period("2026")
    assert (october.start, october.end, october.frequency) == (date(2026, 10, 1), date(2026, 10, 31), Frequency.MONTHLY)
    assert (q4.start, q4.end, q4.frequency) == (date(2026, 10, 1), date(2026, 12, 31), Frequency.QUARTERLY)
    assert (year.start, year.end, year.frequency) == (date(2026, 1, 1), date(2026, 12, 31), Frequency.YEARLY)
    assert parse_period("2028-02").end == date(2028, 2, 29)
    assert [p.label for p in (october, q4, year)] == ["oktober 2026", "4. kvartal 2026", "2026"]
    assert str(q4) == "2026-Q4"
    assert october == Period.for_month(2026, 10) and hash(october) == hash(Period.for_month(2026, 10))
    assert q4.contains(date(2026, 11, 5)) and not q4.contains(date(2027, 1, 1))


def test_previous_and_next_cross_year_boundaries() -> None:
    assert parse_period("2026-01").previous().key == "2025-12"
    assert parse_period("2025-12").next().key == "2026-01"
    assert parse_period("2026-Q1").previous().key == "2025-Q4"
    assert parse_period("2026-Q4").next().key == "2027-Q1"
    assert parse_period("2026").previous().key == "2025"


def test_periods_order_by_start_then_length() -> None:
    keys = ["2026-02", "2026", "2025-12", "2026-Q1", "2026-01", "2025-Q4"]
    assert [p.key for p in sorted(parse_period(k) for k in keys)] == [
        "2025-Q4", "2025-12", "2026-01", "2026-Q1", "2026", "2026-02",
    ]  # fmt: skip
    assert parse_period("2026-09") < parse_period("2026-10") < parse_period("2027-01")


def test_latest_complete_is_the_newest_period_that_has_ended() -> None:
    assert latest_complete(Frequency.MONTHLY, date(2026, 10, 31)).key == "2026-09"
    assert latest_complete(Frequency.MONTHLY, date(2026, 11, 1)).key == "2026-10"
    assert latest_complete(Frequency.MONTHLY, date(2026, 1, 15)).key == "2025-12"
    assert latest_complete(Frequency.QUARTERLY, date(2026, 11, 1)).key == "2026-Q3"
    assert latest_complete(Frequency.QUARTERLY, date(2026, 2, 1)).key == "2025-Q4"
    assert latest_complete(Frequency.YEARLY, date(2026, 6, 1)).key == "2025"
    assert Period.containing(Frequency.QUARTERLY, date(2026, 8, 15)).key == "2026-Q3"


def test_a_date_cell_is_a_month_only_on_the_first() -> None:
    assert period_from_date(date(2026, 10, 1)).key == "2026-10"
    with pytest.raises(PeriodError):
        period_from_date(date(2026, 10, 31))


# ---------------------------------------------------------------- Danish numbers


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "text"),
    [
        (5.9, "%", None, "5,9 %"),
        (5.5, "%", None, "5,5 %"),
        (1250.5, "", None, "1.250,5"),
        (1234567.891, "kr.", None, "1.234.567,89"  + " kr."),
        (160.0, "unge", None, "160 unge"),
        (100.0, "", None, "100"),
        (-3.25, "dage", None, "-3,25 dage"),
        (-0.001, "%", None, "0 %"),
        (5.600274, "%", 1, "5,6 %"),
        (5.6, "%", 2, "5,60 %"),
        (153.333, "unge", 0, "153 unge"),
    ],
)  # fmt: skip
def test_format_number(value: float, unit: str, decimals: int | None, text: str) -> None:
    assert format_number(value, unit, decimals) == text


def test_format_change_and_deadline() -> None:
    assert format_change(-0.3, "%") == "-0,3 procentpoint"
    assert format_change(12, "unge") == "+12 unge"
    assert format_change(0.0001, "%") == "uændret"
    assert format_change(2.5) == "+2,5"
    assert format_deadline(date(2026, 12, 31)) == "ved udgangen af 2026"
    assert format_deadline(date(2027, 6, 30)) == "ved udgangen af juni 2027"
    assert format_deadline(date(2027, 3, 15)) == "senest 15. marts 2027"
    assert display_decimals(6.1, 5.5, 5.64) == 2
    assert display_decimals(100.0, 465.0, None) == 0


# ---------------------------------------------------------------- the expected path


def test_the_path_runs_from_the_baseline_on_1_january_to_the_target_at_the_deadline() -> None:
    indicator = jobs()
    assert expected_value(indicator, parse_period("2026-01"), 2026) == pytest.approx(131.0)
    assert expected_value(indicator, parse_period("2026-Q2"), 2026) == pytest.approx(281.0)  # 181 days
    assert expected_value(indicator, parse_period("2026-12"), 2026) == 465.0
    assert expected_value(indicator, parse_period("2026"), 2026) == 465.0
    # Before the agreement year: the baseline; after the deadline: the target.
    assert expected_value(indicator, parse_period("2025-12"), 2026) == 100.0
    assert expected_value(indicator, parse_period("2027-03"), 2026) == 465.0
    assert expected_value(jobs(target=None), parse_period("2026-01"), 2026) is None


def test_a_missing_deadline_means_the_end_of_the_agreement_year() -> None:
    assert expected_value(jobs(deadline=None), parse_period("2026-01"), 2026) == pytest.approx(131.0)
    report = indicator_report(jobs(deadline=None), series(("2026-10", 400.0)), 2026, NOV_10)
    assert report.deadline == date(2026, 12, 31)


def test_a_multi_year_deadline_stretches_the_path() -> None:
    two_years = jobs(baseline=0.0, target=730.0, deadline=date(2027, 12, 31))  # 730 days
    assert expected_value(two_years, parse_period("2026-12"), 2026) == pytest.approx(365.0)


def test_linear_path_with_the_deadline_before_the_start_is_the_target() -> None:
    path = LinearPath(date(2026, 1, 1), 1.0, date(2025, 6, 30), 2.0)
    assert path.value_at(date(2026, 3, 31)) == 2.0


def test_a_custom_path_can_replace_the_line() -> None:
    class Stairs:
        def value_at(self, day: date) -> float:
            return 6.1 if day < date(2026, 7, 1) else 5.5

    report = indicator_report(sick_leave(), series(("2026-05", 6.1)), 2026, date(2026, 6, 5), path=Stairs())
    assert (report.status, report.expected) == (ON, 6.1)


# ---------------------------------------------------------------- the worked example (lower is better)


@pytest.mark.parametrize(
    ("value", "status"), [(5.55, ON), (5.6, ON), (5.64, ON), (5.9, ON), (5.95, RISK), (6.2, RISK), (6.3, OFF)]
)
def test_worked_example_sick_leave_in_october(value: float, status: IndicatorStatus) -> None:
    report = indicator_report(sick_leave(), series(("2026-09", 5.8), ("2026-10", value)), 2026, NOV_10)
    assert report.expected == pytest.approx(6.1 - 0.6 * 304 / 365)
    assert report.expected == pytest.approx(5.6003, abs=1e-4)
    assert report.tolerance == pytest.approx(0.3)  # the default band for absence
    assert report.status is status and report.reason is None
    assert report.latest_period == parse_period("2026-10")
    assert report.previous_period == parse_period("2026-09")
    assert report.change == pytest.approx(value - 5.8)


def test_worked_example_explanations() -> None:
    off = indicator_report(sick_leave(), series(("2026-10", 6.3)), 2026, NOV_10)
    assert off.explanation == "6,3 % i oktober 2026 – forventet 5,6 %; målværdien er 5,5 % ved udgangen af 2026"
    assert (off.status.label, off.label) == ("bagud", "bagud")
    risk = indicator_report(sick_leave(), series(("2026-10", 5.95)), 2026, NOV_10)
    assert risk.status is RISK
    assert risk.explanation == "5,95 % i oktober 2026 – forventet 5,60 %; målværdien er 5,5 % ved udgangen af 2026"
    count = indicator_report(jobs(), series(("2026-10", 390.0)), 2026, NOV_10)
    assert count.explanation == (
        "390 unge i oktober 2026 – forventet 404 unge; målværdien er 465 unge ved udgangen af 2026"
    )


# ---------------------------------------------------------------- higher is better


@pytest.mark.parametrize(
    ("value", "status"),
    [(131.0, ON), (140.0, ON), (108.0, ON), (107.9, RISK), (85.0, RISK), (84.9, OFF), (60.0, OFF)],
)
def test_higher_is_better_in_january(value: float, status: IndicatorStatus) -> None:
    # Expected 131 at the end of January; a count's default band is 5 % of the target 465 ≈ 23: 108 is the band's
    # edge, 85 that of the second band (i risiko).
    report = indicator_report(jobs(), series(("2026-01", value)), 2026, date(2026, 2, 5))
    assert report.status is status


def test_exactly_on_the_line_is_on_track_despite_float_rounding() -> None:
    indicator = sick_leave(baseline=0.3, target=0.1, direction=Direction.LOWER_IS_BETTER)
    for month in range(1, 13):
        period = Period.for_month(2026, month)
        expected = expected_value(indicator, period, 2026)
        assert expected is not None
        on_the_line = 0.3 + (0.1 - 0.3) * ((period.end - date(2026, 1, 1)).days + 1) / 365
        assert classify(on_the_line, expected, indicator.direction, 0.0) is ON
    december = indicator_report(sick_leave(), series(("2026-12", 5.5)), 2026, date(2027, 1, 5))
    assert december.status is ON and december.expected == 5.5


def test_the_band_boundaries() -> None:
    assert classify(90.0, 100.0, Direction.HIGHER_IS_BETTER, 10.0) is ON
    assert classify(89.99, 100.0, Direction.HIGHER_IS_BETTER, 10.0) is RISK
    assert classify(80.0, 100.0, Direction.HIGHER_IS_BETTER, 10.0) is RISK
    assert classify(79.99, 100.0, Direction.HIGHER_IS_BETTER, 10.0) is OFF
    assert classify(110.0, 100.0, Direction.LOWER_IS_BETTER, 10.0) is ON
    assert classify(120.01, 100.0, Direction.LOWER_IS_BETTER, 10.0) is OFF
    assert classify(100.0, 100.0, Direction.LOWER_IS_BETTER, 0.0) is ON


def test_the_legacy_rule_flags_any_shortfall() -> None:
    assert classify_legacy(99.99, 100.0, Direction.HIGHER_IS_BETTER, 10.0) is RISK
    assert classify_legacy(89.99, 100.0, Direction.HIGHER_IS_BETTER, 10.0) is OFF


def test_zero_tolerance_means_the_default_for_the_kind_of_measure() -> None:
    assert LEGACY_TOLERANCE_SHARE == 0.10
    assert legacy_tolerance(sick_leave()) == pytest.approx(0.06)  # the old rule: inside a month's noise
    assert effective_tolerance(sick_leave()) == pytest.approx(0.3)
    assert effective_tolerance(jobs(tolerance=0.0)) == 23.0
    assert effective_tolerance(jobs(tolerance=5.0)) == 5.0
    assert effective_tolerance(jobs(tolerance=-1.0)) == 23.0
    assert effective_tolerance(jobs(target=None)) is None
    # With an explicit tolerance of 5, 126 (5 below the line) is on track, 125,9 at risk and 120,9 off track.
    assert indicator_report(jobs(tolerance=5.0), series(("2026-01", 126.0)), 2026, date(2026, 2, 5)).status is ON
    assert indicator_report(jobs(tolerance=5.0), series(("2026-01", 125.9)), 2026, date(2026, 2, 5)).status is RISK
    assert indicator_report(jobs(tolerance=5.0), series(("2026-01", 120.9)), 2026, date(2026, 2, 5)).status is OFF


def test_a_target_equal_to_the_baseline_still_has_a_band() -> None:
    hold = jobs(baseline=95.0, target=95.0, measure_unit="%", name="Elever i almenskolen")
    assert effective_tolerance(hold) == 1.0
    assert indicator_report(hold, series(("2026-03", 95.0)), 2026, date(2026, 4, 2)).status is ON
    assert indicator_report(hold, series(("2026-03", 94.0)), 2026, date(2026, 4, 2)).status is ON
    assert indicator_report(hold, series(("2026-03", 93.9)), 2026, date(2026, 4, 2)).status is RISK
    assert indicator_report(hold, series(("2026-03", 92.9)), 2026, date(2026, 4, 2)).status is OFF


def test_measurements_before_the_agreement_year_are_held_to_the_baseline() -> None:
    report = indicator_report(sick_leave(), series(("2025-12", 6.1)), 2026, date(2026, 1, 10))
    assert (report.status, report.expected) == (ON, 6.1)


# ---------------------------------------------------------------- no data


def test_missing_target_is_no_data_with_its_own_reason() -> None:
    indicator = sick_leave(target=None, target_text="Lavere sygefravær")
    report = indicator_report(indicator, series(("2026-10", 5.9)), 2026, NOV_10)
    assert (report.status, report.reason) == (NONE, NoDataReason.MISSING_TARGET)
    assert report.reason is not None and report.reason.label == "mangler mål"
    assert report.latest_value == 5.9 and report.expected is None
    assert report.explanation == "5,9 % i oktober 2026 – der er ikke sat en målværdi"
    empty = indicator_report(indicator, [], 2026, NOV_10)
    assert empty.explanation == "Der er ikke sat en målværdi for indikatoren"


def test_missing_baseline_is_no_data_with_its_own_reason() -> None:
    report = indicator_report(sick_leave(baseline=None), series(("2026-10", 5.9)), 2026, NOV_10)
    assert (report.status, report.reason) == (NONE, NoDataReason.MISSING_BASELINE)
    assert report.explanation == (
        "5,9 % i oktober 2026 – udgangspunktet mangler; målværdien er 5,5 % ved udgangen af 2026"
    )


def test_no_measurements() -> None:
    report = indicator_report(sick_leave(), [], 2026, NOV_10)
    assert (report.status, report.reason) == (NONE, NoDataReason.NO_MEASUREMENTS)
    assert report.status.label == "mangler data"
    assert report.latest_value is None and report.change is None
    assert report.explanation == "Ingen målinger endnu; målværdien er 5,5 % ved udgangen af 2026"


def test_grace_periods() -> None:
    assert GRACE_DAYS == {Frequency.MONTHLY: 20, Frequency.QUARTERLY: 45, Frequency.YEARLY: 90}
    assert required_period(Frequency.MONTHLY, date(2026, 11, 20)).key == "2026-09"
    assert required_period(Frequency.MONTHLY, date(2026, 11, 21)).key == "2026-10"
    assert required_period(Frequency.QUARTERLY, date(2026, 11, 14)).key == "2026-Q2"
    assert required_period(Frequency.QUARTERLY, date(2026, 11, 15)).key == "2026-Q3"
    assert required_period(Frequency.YEARLY, date(2026, 3, 31)).key == "2024"
    assert required_period(Frequency.YEARLY, date(2026, 4, 1)).key == "2025"


@pytest.mark.parametrize(
    ("frequency", "latest", "fresh_until", "stale_from"),
    [
        (Frequency.MONTHLY, "2026-09", date(2026, 11, 20), date(2026, 11, 21)),
        (Frequency.QUARTERLY, "2026-Q2", date(2026, 11, 14), date(2026, 11, 15)),
        (Frequency.YEARLY, "2024", date(2026, 3, 31), date(2026, 4, 1)),
    ],
)
def test_stale_data_for_each_frequency(frequency: Frequency, latest: str, fresh_until: date, stale_from: date) -> None:
    indicator = jobs(frequency=frequency)
    data = series((latest, 100.0))
    fresh = indicator_report(indicator, data, 2026, fresh_until)
    assert fresh.status is not NONE
    stale = indicator_report(indicator, data, 2026, stale_from)
    assert (stale.status, stale.reason) == (NONE, NoDataReason.STALE)
    assert stale.latest_value == 100.0 and stale.latest_period == parse_period(latest)


def test_stale_explanations_name_what_is_missing() -> None:
    one = indicator_report(sick_leave(), series(("2026-09", 5.8)), 2026, date(2026, 11, 21))
    assert one.explanation == "Seneste tal er fra september 2026 – tallet for oktober 2026 mangler"
    several = indicator_report(sick_leave(), series(("2026-07", 5.8)), 2026, date(2026, 11, 21))
    assert several.explanation == "Seneste tal er fra juli 2026 – tallene fra august til oktober 2026 mangler"
    quarters = indicator_report(
        jobs(frequency=Frequency.QUARTERLY), series(("2026-Q1", 200.0)), 2026, date(2026, 11, 15)
    )
    assert quarters.explanation == "Seneste tal er fra 1. kvartal 2026 – tallene fra 2. til 3. kvartal 2026 mangler"


def test_monthly_figures_satisfy_a_quarterly_indicator() -> None:
    report = indicator_report(jobs(frequency=Frequency.QUARTERLY), series(("2026-09", 380.0)), 2026, date(2026, 11, 20))
    assert report.status is not NONE


def test_future_and_unreadable_periods_are_ignored() -> None:
    data = series(("2026-09", 5.8), ("2026-10", 5.55), ("2027-10", 9.9), ("nonsense", 9.9))
    report = indicator_report(sick_leave(), data, 2026, NOV_10)
    assert report.latest_period == parse_period("2026-10") and report.status is ON


def test_order_of_measurements_does_not_matter() -> None:
    data = series(("2026-10", 5.9), ("2026-08", 6.0), ("2026-09", 5.8))
    report = indicator_report(sick_leave(), data, 2026, NOV_10)
    assert report.latest_value == 5.9 and report.previous_period == parse_period("2026-09")
    assert report.change == pytest.approx(0.1)


# ---------------------------------------------------------------- labels and the due rule


def test_danish_labels() -> None:
    assert [s.label for s in IndicatorStatus] == ["på sporet", "i risiko", "bagud", "mangler data",
                                                  "ikke fulgt op endnu"]
    assert IndicatorStatus.ON_TRACK.value == "on_track"


@pytest.mark.parametrize("month", range(1, 13))
def test_is_due(month: int) -> None:
    day = date(2026, month, 5)
    assert is_due(jobs(frequency=Frequency.MONTHLY), day)
    assert is_due(jobs(frequency=Frequency.QUARTERLY), day) is (month in (1, 4, 7, 10))
    assert is_due(jobs(frequency=Frequency.YEARLY), day) is (month == 1)


def test_demo_indicators_all_have_a_status() -> None:
    from agreements.demo import GOALS, demo_series, last_months

    today = date(2026, 11, 10)
    months = last_months(today, 12)
    for spec in GOALS:
        indicator = Indicator(
            tenant_id="t", key=spec.key, name=spec.indicator, direction=spec.direction,
            measure_unit=spec.measure_unit, baseline=spec.baseline, target=spec.target,
            deadline=date(2026, 12, 31), tolerance=abs(spec.target - spec.baseline) * 0.1,
        )  # fmt: skip
        data = series(*zip(months, demo_series(spec, len(months)), strict=True))
        report = indicator_report(indicator, data, 2026, today)
        assert report.status is not NONE, report
        assert report.explanation.startswith(format_number(data[-1].value, spec.measure_unit))
