"""The municipality's calendar: the one definition of a working day, used everywhere.

A working day is Monday–Friday, except Danish public holidays (the `holidays` package) and the municipality's own
closing days (`Profile.closing_days`: by default 24 and 31 December and Grundlovsdag, 5 June, the days the town
halls close although they are not public holidays). The monthly status day, meeting reminders and agenda times,
and the annual cycle's reminders all count working days with these functions, so a reminder never lands on
juleaftensdag.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays

MonthDay = tuple[int, int]  # (month, day), every year
ClosingDays = tuple[MonthDay, ...]

CHRISTMAS_EVE: MonthDay = (12, 24)
NEW_YEARS_EVE: MonthDay = (12, 31)
CONSTITUTION_DAY: MonthDay = (6, 5)  # Grundlovsdag
DEFAULT_CLOSING_DAYS: ClosingDays = (CHRISTMAS_EVE, NEW_YEARS_EVE, CONSTITUTION_DAY)


@lru_cache(maxsize=64)
def _danish_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("DK", years=year).keys())


def closing_days_of(days: Iterable[MonthDay]) -> ClosingDays:
    """`days` checked and sorted; raises ValueError for a day no year has."""
    checked = []
    for month, day in days:
        date(2024, month, day)  # a leap year: 29 February is a possible closing day
        checked.append((month, day))
    return tuple(sorted(set(checked)))


def is_working_day(day: date, closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> bool:
    """Monday–Friday, except Danish public holidays and the municipality's closing days."""
    return (day.weekday() < 5 and day not in _danish_holidays(day.year)
            and (day.month, day.day) not in closing_days)


def next_working_day(day: date, closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> date:
    """The first working day after `day`."""
    return working_days_after(day, 1, closing_days)


def working_days_after(day: date, count: int, closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> date:
    """The working day `count` working days after `day` (0: `day` itself, even if it is not a working day)."""
    if count < 0:
        raise ValueError("count must not be negative")
    found = day
    while count:
        found += timedelta(days=1)
        if is_working_day(found, closing_days):
            count -= 1
    return found


def working_days_before(day: date, count: int, closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> date:
    """The working day `count` working days before `day` (0: `day` itself, even if it is not a working day)."""
    if count < 0:
        raise ValueError("count must not be negative")
    found = day
    while count:
        found -= timedelta(days=1)
        if is_working_day(found, closing_days):
            count -= 1
    return found


def working_day_of_month(year: int, month: int, number: int,
                         closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> date:
    """The `number`th working day of the month (1 = the first); the last one if the month has fewer."""
    if number < 1:
        raise ValueError("working day numbers start at 1")
    day = date(year, month, 1)
    found: date | None = None
    count = 0
    while day.month == month:
        if is_working_day(day, closing_days):
            count += 1
            found = day
            if count == number:
                return day
        day += timedelta(days=1)
    assert found is not None, "every month has working days"
    return found
