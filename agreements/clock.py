"""Time as the municipalities see it: Europe/Copenhagen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_today(now: datetime) -> date:
    return now.astimezone(COPENHAGEN).date()
