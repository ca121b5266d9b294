"""The process clock: real in production, started at a chosen moment for tests (AFTALEBOT_CLOCK_START)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from agreements.clock import COPENHAGEN, RunningClock, local_today, utc_now
from bot.settings import Settings

START = datetime(2026, 12, 31, 23, 59, 58, tzinfo=COPENHAGEN)


class Ticks:
    def __init__(self) -> None:
        self.value = 500.0

    def __call__(self) -> float:
        return self.value


def test_a_running_clock_starts_at_its_moment_and_keeps_pace() -> None:
    ticks = Ticks()
    clock = RunningClock(START, ticks)
    assert clock() == START
    assert clock().tzinfo is UTC
    ticks.value += 3.5
    assert clock() == START + timedelta(seconds=3.5)
    assert local_today(clock()).isoformat() == "2027-01-01"  # past midnight in Copenhagen


def test_a_running_clock_needs_a_time_zone() -> None:
    with pytest.raises(ValueError):
        RunningClock(datetime(2026, 12, 6, 10, 0))


def test_development_settings_run_on_the_configured_clock() -> None:
    settings = Settings(_env_file=None, AFTALEBOT_ENV="development", AFTALEBOT_CLOCK_START="2026-11-06T07:59:50+01:00")
    clock = settings.make_clock()
    assert timedelta(0) <= clock() - datetime(2026, 11, 6, 6, 59, 50, tzinfo=UTC) < timedelta(minutes=1)


def test_without_a_clock_start_the_process_runs_on_the_real_clock() -> None:
    assert Settings(_env_file=None, AFTALEBOT_ENV="development").make_clock() is utc_now


def test_production_refuses_a_test_clock_in_danish() -> None:
    with pytest.raises(ValidationError) as refused:
        Settings(_env_file=None, AFTALEBOT_ENV="production", AFTALEBOT_CLOCK_START="2026-11-06T07:59:50+01:00")
    assert "AFTALEBOT_CLOCK_START er kun til test" in str(refused.value)


def test_a_clock_start_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, AFTALEBOT_ENV="development", AFTALEBOT_CLOCK_START="2026-11-06T07:59:50")
