"""Shared fixtures: databases on SQLite and PostgreSQL, migrated with Alembic."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.clock import COPENHAGEN
from store.db import create_engine
from store.migrate import upgrade_engine

pytest_plugins = ["tests.support.pytest_plugin"]

T = TypeVar("T")
IN_CI = os.environ.get("CI", "").lower() == "true"
PG_ADMIN_DSN = os.environ.get("AFTALEBOT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
PG_HELP = (
    "PostgreSQL is not reachable at {dsn}. Start it (trust auth, database `test`) or set "
    "AFTALEBOT_TEST_POSTGRES_DSN to run these tests."
)
TABLES = (
    "profile_texts, goal_share, involvement, channel_subscription, agreement_version, pending_card, sent_card, "
    "action_point, meeting_note, meeting, measurement, indicator, goal, agreement, audit_event, "
    "bot_state, scheduled_job, send_rate, person, unit"
)


# `make test-dates` runs the date-sensitive tests with the real clock stopped on chosen days (time-machine): a test
# that reads today's date instead of its injected clock gives itself away. The value is a day ("2026-12-24", noon
# in Copenhagen) or a moment ("2026-10-25T02:30", Copenhagen time).
FROZEN_NOW = os.environ.get("AFTALEBOT_TEST_FROZEN_NOW", "").strip()


def frozen_moment(value: str) -> datetime:
    if len(value) == len("2026-12-24"):
        return datetime.combine(date.fromisoformat(value), time(12), tzinfo=COPENHAGEN)
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=COPENHAGEN)


def pytest_configure(config: pytest.Config) -> None:
    if FROZEN_NOW:
        import time_machine

        # tick: the clock runs on from that moment, so timeouts and back-offs still pass.
        config.stash[_TRAVEL] = traveller = time_machine.travel(frozen_moment(FROZEN_NOW), tick=True)
        traveller.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    traveller = config.stash.get(_TRAVEL, None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config: pytest.Config) -> str | None:
    return f"real clock frozen at {frozen_moment(FROZEN_NOW).isoformat()}" if FROZEN_NOW else None


_TRAVEL: pytest.StashKey[Any] = pytest.StashKey()


def need(condition: bool, reason: str) -> None:
    """Skips outside CI; in CI a missing dependency fails the test instead."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """Runs set-up work on its own loop in a thread, whatever loop the caller is in."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
    finally:
        await engine.dispose()


async def _truncate(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
    finally:
        await engine.dispose()


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN_DSN, timeout=3)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards."""
    name = f"aftalebot_test_{uuid.uuid4().hex[:10]}"
    try:
        run_async(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError) as error:
        need(False, PG_HELP.format(dsn=PG_ADMIN_DSN) + f" ({error})")
        raise
    base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    url = f"{base}/{name}"
    try:
        run_async(_migrate(url))
        yield url
    finally:
        run_async(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database: a new SQLite file, or the session's PostgreSQL database truncated."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
        run_async(_migrate(url))
        return url
    url: str = request.getfixturevalue("postgres_url")
    run_async(_truncate(url))
    return url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()
