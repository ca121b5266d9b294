"""Sending at Teams' limits: the outbound limiter counts the way Teams documents (at most N in any S seconds), the
benchmark's fake Bot Connector refuses beyond those limits with 429 and Retry-After, and the broadcast benchmark's
code path (real scheduling, runner, sender and adapter) delivers every monthly card once. Nothing here is timed:
the limiter runs on a fake clock, and the broadcast is checked for what arrived, not how fast."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import pytest
from aiohttp import ClientSession
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.types import Person
from bench.broadcast import TEAMS_PER_CONVERSATION, broadcast
from bench.fake_connector import BenchConnector, SlidingWindows
from bot.scheduled.jobs import Delivery, JobRunner
from bot.scheduled.rate_limit import SendLimiter, SlidingWindowLimit, rate_windows
from store.db import make_sessionmaker
from store.jobs import Job, JobStore
from tests.support.jobs_db import NOW, FakeClock

# --- the limiter ------------------------------------------------------------------------------------------------


async def acquisition_times(acquire: Any, clock: FakeClock, count: int) -> list[float]:
    times = []
    for _ in range(count):
        await acquire()
        times.append(round(clock.monotonic() - 1000.0, 3))
    return times


async def test_a_tenant_sends_its_rate_at_once_then_never_more_within_a_second() -> None:
    clock = FakeClock()
    limit = SlidingWindowLimit(rate_windows(5), slack=0.05, monotonic=clock.monotonic, sleep=clock.sleep)
    # A token bucket of 5/s with a burst of 5 would send 10 within the first second, which Teams refuses.
    assert await acquisition_times(limit.acquire, clock, 12) == [0] * 5 + [1.05] * 5 + [2.1] * 2


async def test_one_conversation_gets_teams_per_thread_windows() -> None:
    clock = FakeClock()
    limiter = SendLimiter(1000, monotonic=clock.monotonic, sleep=clock.sleep)
    times = await acquisition_times(lambda: limiter.acquire("t", "director"), clock, 16)
    # 7 in a second, 8 in two seconds (each window 50 ms longer, to spare the trip to the connector): once the
    # first 7 are 2 s old, 6 more fit at once beside the one sent at 1.05.
    assert times == [0] * 7 + [1.05] + [2.05] * 6 + [2.1, 3.1]
    checker = SlidingWindows(TEAMS_PER_CONVERSATION)  # the fake connector's rules accept exactly that
    for moment in times:
        assert checker.wait("director", moment) == 0
        checker.record("director", moment)
    # other recipients are not held up by the full conversation
    before = clock.monotonic()
    await limiter.acquire("t", "someone else")
    assert clock.monotonic() == before


async def test_sixty_in_thirty_seconds_per_conversation() -> None:
    clock = FakeClock()
    limiter = SendLimiter(1000, monotonic=clock.monotonic, sleep=clock.sleep)
    times = await acquisition_times(lambda: limiter.acquire("t", "director"), clock, 61)
    assert times[59] < 30 and times[60] == pytest.approx(30.05)


def test_rates_as_windows() -> None:
    assert rate_windows(50) == ((1.0, 50),) and rate_windows(40.7) == ((1.0, 40),)
    assert rate_windows(0.5) == ((2.0, 1),)
    with pytest.raises(ValueError):
        rate_windows(0)


# --- the runner ---------------------------------------------------------------------------------------------------


class Card:
    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        return Delivery(Person("t", job.idempotency_key, "Modtager", id=job.id), {"key": job.idempotency_key})


async def test_a_slow_send_does_not_hold_up_the_next_batch(engine: AsyncEngine) -> None:
    """The runner claims the next batch once the last job of the current one has started: here the first card's
    send waits for the third card, which is in the second batch (claimed one batch at a time, this would hang)."""
    third_sent = asyncio.Event()
    sent: list[str] = []

    async def send(person: Person, card: dict[str, Any]) -> None:
        if card["key"] == "card-1":
            await third_sent.wait()
        sent.append(card["key"])
        if card["key"] == "card-3":
            third_sent.set()

    clock = FakeClock()
    store = JobStore(make_sessionmaker(engine))
    for n in (1, 2, 3):
        await store.enqueue("t", "test", NOW, f"card-{n}", {})
    runner = JobRunner(store=store, handlers={"test": Card()}, send=send, clock=clock, worker_id="w",
                       limiter=SendLimiter(1000, monotonic=clock.monotonic, sleep=clock.sleep), sleep=clock.sleep,
                       batch_size=2, concurrency=2)
    stats = await asyncio.wait_for(runner.run_due(), 30)
    assert sent == ["card-2", "card-3", "card-1"] and stats.sent == 3
    counts = await store.counts()
    assert (counts.pending, counts.done) == (0, 3)


# --- the fake connector's limits ----------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def post(session: ClientSession, url: str, conversation: str, text: str) -> tuple[int, str | None]:
    async with session.post(f"{url}v3/conversations/{conversation}/activities",
                            json={"type": "message", "text": text}) as response:
        return response.status, response.headers.get("Retry-After")


async def test_the_fake_connector_answers_429_beyond_teams_limits_and_counts_duplicates() -> None:
    clock = Clock()
    connector = BenchConnector(per_conversation=TEAMS_PER_CONVERSATION, per_app=((1.0, 10),), monotonic=clock)
    await connector.start()
    try:
        async with ClientSession() as session:
            answers = [await post(session, connector.url, "a:one", f"kort {n}") for n in range(8)]
            assert answers == [(200, None)] * 7 + [(429, "1")]  # the 8th within a second, same conversation
            assert [await post(session, connector.url, f"a:{n}", "hej") for n in range(4)] == [(200, None)] * 3 + [
                (429, "1")]  # 10 in a second for the whole app
            clock.now += 1.0
            assert await post(session, connector.url, "a:one", "kort 0") == (200, None)  # the same card again
            assert await post(session, connector.url, "a:one", "kort 9") == (429, "1")  # 8 in 2 s
            clock.now += 1.0
            assert await post(session, connector.url, "a:one", "kort 9") == (200, None)
    finally:
        await connector.close()
    assert connector.throttled == 3 and connector.throttled_by == {"conversation": 2, "app": 1}
    assert connector.unique_deliveries == 11 and connector.duplicates == 1


# --- the broadcast ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("app_rps", [1000, 4], ids=["under the limit", "throttled by the app limit"])
async def test_the_broadcast_delivers_every_card_once(database_url: str, app_rps: int) -> None:
    """Through the benchmark's own code path; with a tight app limit the 429s are retried until all arrive."""
    agreements = 15 if app_rps > 100 else 3
    connector = BenchConnector(per_conversation=TEAMS_PER_CONVERSATION, per_app=((1.0, app_rps),))
    await connector.start()
    try:
        figures = await broadcast(database_url, agreements=agreements, send_rate=1000, connector=connector)
    finally:
        await connector.close()
    assert figures["recipients"] == figures["delivered"] == 2 * agreements
    assert (figures["lost"], figures["duplicates"], figures["given_up"]) == (0, 0, 0)
    assert figures["jobs"] == {"pending": 0, "done": 2 * agreements, "failed": 0}
    if app_rps < 100:
        assert figures["throttled_429"] > 0 and figures["retried"] == figures["throttled_429"]
    else:
        assert figures["throttled_429"] == 0
    # each holder and each giver got their own card
    assert len({conversation for conversation, _ in connector.deliveries}) == 2 * agreements
