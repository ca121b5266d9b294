"""One send rate per tenant for the whole installation: serve processes on the same PostgreSQL database take
their send slots from one row, so together they keep to the rate that one process alone would."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sqlalchemy import event, text

from bot.scheduled.job_service import shared_send_rate
from bot.scheduled.rate_limit import SendLimiter, slot_interval
from bot.settings import Settings
from store.db import create_engine, make_sessionmaker
from store.send_rate import SharedSendRate

RATE = 50.0


async def _reserve_all(url: str, processes: int, each: int, tenant: str) -> list[float]:
    """`processes` engines (as separate processes have) reserving `each` slots at once; the slots' local times
    (the moment the answer came plus the wait it names: never before the slot)."""
    engines = [create_engine(url) for _ in range(processes)]
    try:
        rates = [SharedSendRate(make_sessionmaker(engine), 1 / RATE) for engine in engines]

        async def one(rate: SharedSendRate) -> float:
            wait = await rate.reserve(tenant)
            return time.monotonic() + wait

        return await asyncio.gather(*(one(rate) for rate in rates for _ in range(each)))
    finally:
        for engine in engines:
            await engine.dispose()


async def test_three_processes_share_one_rate_per_tenant(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM send_rate"))
    finally:
        await engine.dispose()
    began = time.monotonic()

    slots = sorted(await _reserve_all(postgres_url, processes=3, each=40, tenant="kommune-a"))
    other = await _reserve_all(postgres_url, processes=1, each=1, tenant="kommune-b")

    # 120 sends at 50/s take 119 intervals of 20 ms, whichever process sends them.
    assert (len(slots) - 1) / RATE <= slots[-1] - began < (len(slots) - 1) / RATE + 1.5
    assert slots[0] - began < 1.0
    # Another tenant has its own rate: its first send waits for nobody.
    assert other[0] - began < slots[-1] - began - 1


async def test_a_reservation_is_one_statement_outside_any_transaction(postgres_url: str) -> None:
    """No BEGIN before the reservation and no COMMIT after it: the tenant's row is locked only while the statement
    runs, and the wait reaches the caller as soon as the database computed it (a COMMIT's round trip in between
    would make the process count its wait from later, and send late)."""
    engine = create_engine(postgres_url)
    seen: list[str] = []

    @event.listens_for(engine.sync_engine, "connect")
    def log_queries(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection._connection.add_query_logger(lambda record: seen.append(record.query.strip()))

    try:
        rate = SharedSendRate(make_sessionmaker(engine), 1 / RATE)
        waits = [await rate.reserve("kommune-c") for _ in range(3)]
    finally:
        await engine.dispose()
    # What asyncpg logs here are the simple-protocol queries: the pool's liveness check on each checkout (a «;» in
    # a transaction rolled back at once, asyncpg's way for pgbouncer) and nothing else: the reservation itself
    # runs as a prepared statement, with no BEGIN before it and no COMMIT after it.
    ping = ["BEGIN;", ";", "ROLLBACK;"]
    assert "COMMIT;" not in seen, seen
    assert seen == ping * (len(seen) // 3), seen
    assert waits[0] <= waits[1] <= waits[2] <= 2 / RATE + 0.5  # one interval apart (and no queue before them)


async def test_the_shared_rate_is_used_on_postgresql_unless_per_process(postgres_url: str, tmp_path: object) -> None:
    postgres = make_sessionmaker(create_engine(postgres_url))
    sqlite = make_sessionmaker(create_engine("sqlite+aiosqlite://"))
    settings = Settings(_env_file=None)
    assert isinstance(shared_send_rate(settings, postgres), SharedSendRate)
    assert shared_send_rate(settings, sqlite) is None
    per_process = Settings(_env_file=None, AFTALEBOT_SEND_RATE_SCOPE="process")
    assert shared_send_rate(per_process, postgres) is None


class _Reserver:
    def __init__(self, waits: list[float] | None) -> None:
        self.waits = waits
        self.asked: list[str] = []

    async def reserve(self, tenant_id: str) -> float:
        self.asked.append(tenant_id)
        if self.waits is None:
            raise OSError("database away")
        return self.waits.pop(0)


async def test_a_send_waits_for_its_shared_slot() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    reserver = _Reserver([0.0, 0.25])
    limiter = SendLimiter(RATE, shared=reserver, sleep=sleep)
    await limiter.acquire("kommune-a", "holder")
    await limiter.acquire("kommune-a", "giver")
    assert reserver.asked == ["kommune-a", "kommune-a"]
    assert slept == [0.25]


async def test_without_the_database_a_process_keeps_to_the_rate_alone() -> None:
    now = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = SendLimiter(2.0, shared=_Reserver(None), sleep=sleep, monotonic=lambda: now[0])
    for recipient in ("a", "b", "c"):
        await limiter.acquire("kommune-a", recipient)
    assert slept and sum(slept) >= 1.0  # the third of three sends at 2/s waits for the window


@pytest.mark.parametrize("interval", [0.0, -1.0])
def test_a_shared_interval_must_be_positive(interval: float) -> None:
    with pytest.raises(ValueError):
        SharedSendRate(make_sessionmaker(create_engine("sqlite+aiosqlite://")), interval)


def test_the_shared_spacing_keeps_the_windows_slack() -> None:
    assert slot_interval(50) == pytest.approx(1.05 / 50)
    assert slot_interval(0.5) == pytest.approx(2.05)


async def test_a_process_that_wakes_up_late_for_its_slot_takes_a_new_one_instead_of_crowding_the_next() -> None:
    from bot.scheduled.rate_limit import LATE_AFTER, SharedTenantLimit, SlidingWindowLimit

    now = [0.0]
    slots = iter([0.02, 0.0])  # the first slot in 20 ms; then one at once

    class Reserver:
        calls = 0

        async def reserve(self, tenant_id: str) -> float:
            Reserver.calls += 1
            return next(slots)

    async def starved_sleep(seconds: float) -> None:
        now[0] += seconds + 2 * LATE_AFTER  # the event loop came back late

    limit = SharedTenantLimit(Reserver(), "t", SlidingWindowLimit(((1.0, 50),)), starved_sleep, lambda: now[0])
    await limit.acquire()
    assert (Reserver.calls, limit.late) == (2, 1)  # the late slot was given up, the next one (now) taken
