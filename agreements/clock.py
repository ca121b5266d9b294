"""Time as the municipalities see it: Europe/Copenhagen."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_today(now: datetime) -> date:
    return now.astimezone(COPENHAGEN).date()


class RunningClock:
    """A clock that starts at a given instant and runs on at the real pace (tests start `serve` with it)."""

    def __init__(self, start: datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        if start.tzinfo is None:
            raise ValueError("the start of a clock needs a time zone")
        self._start = start.astimezone(UTC)
        self._monotonic = monotonic
        self._origin = monotonic()

    def __call__(self) -> datetime:
        return self._start + timedelta(seconds=self._monotonic() - self._origin)
