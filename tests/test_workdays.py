"""The one working-day definition: Danish public holidays and the profile's closing days."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.cycle.workdays import (
    DEFAULT_CLOSING_DAYS,
    closing_days_of,
    is_working_day,
    next_working_day,
    working_day_of_month,
    working_days_after,
    working_days_before,
)
from agreements.profiles import NORDDJURS, TONDER, Profile


def test_closing_days_are_not_working_days_by_default() -> None:
    assert not is_working_day(date(2026, 12, 24))  # juleaftensdag, a Thursday
    assert not is_working_day(date(2026, 12, 31))  # nytårsaftensdag, a Thursday
    assert not is_working_day(date(2026, 6, 5))  # Grundlovsdag, a Friday
    assert is_working_day(date(2026, 12, 23)) and is_working_day(date(2026, 12, 30))


def test_closing_days_are_configurable_per_profile() -> None:
    open_on_christmas_eve = closing_days_of([(12, 31), (6, 5)])
    assert is_working_day(date(2026, 12, 24), open_on_christmas_eve)
    assert not is_working_day(date(2026, 12, 25), open_on_christmas_eve)  # a public holiday all the same
    assert TONDER.closing_days == DEFAULT_CLOSING_DAYS == NORDDJURS.closing_days
    with pytest.raises(ValueError):
        closing_days_of([(2, 30)])
    assert isinstance(Profile, type)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 23), date(2026, 12, 28)),  # past juleaftensdag, jul and the weekend
        (date(2026, 12, 30), date(2027, 1, 4)),  # past nytårsaftensdag, nytårsdag and the weekend
        (date(2026, 6, 4), date(2026, 6, 8)),  # past Grundlovsdag
    ],
)
def test_next_working_day_skips_closing_days(day: date, expected: date) -> None:
    assert next_working_day(day) == expected
    assert working_days_after(day, 1) == expected


def test_counting_back_and_the_monthly_working_day() -> None:
    assert working_days_before(date(2026, 12, 28), 1) == date(2026, 12, 23)
    assert working_days_before(date(2027, 1, 4), 1) == date(2026, 12, 30)
    assert working_day_of_month(2026, 6, 5) == date(2026, 6, 8)  # 1, 2, 3, 4, (5 closed), 8
    assert working_day_of_month(2027, 1, 1) == date(2027, 1, 4)
