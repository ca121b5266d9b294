"""The job runner with a controllable clock: each monthly card exactly once, with two runners, a killed runner,
retries with back-off, permanent errors, expiry and the outbound rate limit."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.indicators.monthly import JOB_KIND
from agreements.types import Person
from bot.scheduled.job_service import JobService, build_job_service
from bot.scheduled.jobs import Backoff, Delivery, JobRunner, SendError
from bot.scheduled.rate_limit import SendLimiter, TokenBucket
from bot.settings import Settings
from store.db import create_engine, make_sessionmaker
from store.jobs import Job, JobStore
from tests.support.cardcheck import assert_valid_cards
from tests.support.jobs_db import NOW, FakeClock, FakeSender, seed_agreements

AGREEMENTS = 12  # 24 monthly cards: a holder and a giver each


def service(url_or_engine: AsyncEngine, sender: Any, clock: FakeClock, worker: str, **settings: Any) -> JobService:
    return build_job_service(
        Settings(**settings), _profile(), make_sessionmaker(url_or_engine), sender,
        clock=clock, sleep=clock.sleep, worker_id=worker,
    )


def _profile() -> Any:
    from agreements.profiles import TONDER

    return TONDER


def assert_each_card_once(sender: FakeSender) -> None:
    counts = Counter(sender.sent)
    assert len(counts) == 2 * AGREEMENTS, sorted(counts)
    assert set(counts.values()) == {1}, [item for item, n in counts.items() if n > 1]


async def test_two_runners_started_together_send_each_card_once(database_url: str) -> None:
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        await seed_agreements(engines[0], AGREEMENTS)
        clock, sender = FakeClock(), FakeSender()
        services = [service(e, sender, clock, f"runner-{i}") for i, e in enumerate(engines)]
        results = await asyncio.gather(*(s.run_once(wait=0) for s in services))
        scheduled = [outcome for outcome, _ in results]
        assert sum(o.enqueued for o in scheduled if o) == 2 * AGREEMENTS  # both scheduled; each job exists once
        # How the cards fall between the two depends on timing (on a loaded machine one may claim them all before
        # the other has scheduled); what must hold is that together they send each card once.
        assert sum(stats.sent for _, stats in results) == 2 * AGREEMENTS
        assert_each_card_once(sender)
        again = await services[0].run_once(wait=0)  # same month: nothing new, nothing sent
        assert again[0] is not None and again[0].enqueued == 0 and again[1].sent == 0
        assert_each_card_once(sender)
    finally:
        for e in engines:
            await e.dispose()


async def test_a_runner_killed_mid_batch_loses_nothing_and_repeats_nothing(database_url: str) -> None:
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        await seed_agreements(engines[0], AGREEMENTS)
        clock = FakeClock()
        sender = FakeSender(die_on=4)
        doomed = service(engines[0], sender, clock, "doomed", AFTALEBOT_JOB_CONCURRENCY=1)
        survivor = service(engines[1], sender, clock, "survivor")
        await doomed.schedule()
        batch = await doomed.runner.store.claim("doomed", clock(), 10, doomed.runner.lock_for)
        task = asyncio.create_task(doomed.runner.run_batch(batch))
        sender.kill = task.cancel
        with pytest.raises(asyncio.CancelledError):  # sends 3, dies in the 4th: 7 jobs stay leased to it
            await task
        assert len(sender.sent) == 3

        first = await survivor.runner.run_due()
        assert first.sent == 2 * AGREEMENTS - 10  # the dead runner's jobs are still leased
        clock.advance(doomed.runner.lock_for.total_seconds() + 1)
        second = await survivor.runner.run_due()
        assert second.sent == 7
        assert_each_card_once(sender)

        # The dead runner "wakes up" with its old batch: its leases are gone, so it sends nothing.
        sender.die_on = None
        late = await doomed.runner.run_batch(batch[3:])
        assert (late.sent, late.lost) == (0, 7)
        assert_each_card_once(sender)
        counts = await survivor.runner.store.counts()
        assert (counts.pending, counts.done, counts.failed) == (0, 2 * AGREEMENTS, 0)
    finally:
        for e in engines:
            await e.dispose()


async def test_monthly_cards_are_valid_and_name_the_recipients_role(engine: AsyncEngine) -> None:
    await seed_agreements(engine, 2)
    cards: list[dict[str, Any]] = []

    async def keep(person: Person, card: dict[str, Any]) -> None:
        cards.append(card)

    clock = FakeClock()
    await service(engine, keep, clock, "w").run_once(wait=0)
    assert len(cards) == 4
    assert_valid_cards(*cards)
    notes = sorted(card["body"][2]["text"] for card in cards)
    assert notes == ["Du får kortet som aftalegiver."] * 2 + ["Du får kortet som aftaleholder."] * 2
    holder_cards = [c for c in cards if "aftaleholder" in c["body"][2]["text"]]
    assert all(any(a["type"] == "Action.ShowCard" for a in c["actions"]) for c in holder_cards)


# ---------------------------------------------------------------- failures, with a handler of our own


class OneCard:
    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        if job.payload.get("gone"):
            return None
        return Delivery(Person("t", job.idempotency_key, job.idempotency_key, id=job.id), {"key": job.idempotency_key})


class Flaky:
    """Fails each send with the next error of `errors` (None = success)."""

    def __init__(self, *errors: BaseException | None) -> None:
        self.errors = list(errors)
        self.delivered: list[str] = []
        self.attempts = 0

    async def __call__(self, person: Person, card: dict[str, Any]) -> None:
        self.attempts += 1
        error = self.errors.pop(0) if self.errors else None
        if error is not None:
            raise error
        self.delivered.append(card["key"])


def runner(engine: AsyncEngine, send: Any, clock: FakeClock, **options: Any) -> JobRunner:
    return JobRunner(store=JobStore(make_sessionmaker(engine)), handlers={"test": OneCard()}, send=send,
                     limiter=SendLimiter(monotonic=clock.monotonic, sleep=clock.sleep), clock=clock,
                     sleep=clock.sleep, worker_id="w", rng=random.Random(7), **options)


async def test_throttling_is_retried_with_growing_jittered_delays(engine: AsyncEngine) -> None:
    clock = FakeClock()
    throttled = SendError("429", retryable=True, status=429)
    send = Flaky(throttled, throttled, SendError("502", retryable=True, status=502), None)
    jobs = runner(engine, send, clock, backoff=Backoff(base=2.0, cap=60.0))
    await jobs.store.enqueue("t", "test", NOW, "card", {})
    stats = await jobs.run_until_idle(wait=600)
    assert send.delivered == ["card"] and send.attempts == 4
    assert (stats.sent, stats.retried, stats.failed) == (1, 3, 0)
    waited = (clock() - NOW).total_seconds()
    assert 1.0 + 2.0 + 4.0 <= waited <= 2.0 + 4.0 + 8.0 + 1  # 2^(n-1)·base, each scaled by 0.5–1.0
    job = await jobs.store.get("card")
    assert job is not None and job.attempts == 4


async def test_retry_after_is_honoured(engine: AsyncEngine) -> None:
    clock = FakeClock()
    send = Flaky(SendError("429", retryable=True, status=429, retry_after=120), None)
    jobs = runner(engine, send, clock)
    await jobs.store.enqueue("t", "test", NOW, "card", {})
    await jobs.run_due()
    job = await jobs.store.get("card")
    assert job is not None and job.due_at >= NOW + timedelta(seconds=120)
    assert (await jobs.run_until_idle(wait=60)).sent == 0  # not due within a minute: run-jobs leaves it
    assert (await jobs.run_until_idle(wait=300)).sent == 1


def test_a_first_refusal_comes_back_when_its_retry_after_says_and_later_ones_back_off() -> None:
    rng = random.Random(11)
    backoff = Backoff(base=2.0, cap=60.0)
    # The connector said 1 s: the job is due again after 1–1.1 s, not after up to the 2 s of the first back-off
    # (at the end of a broadcast that wait is the broadcast's tail).
    assert all(1.0 <= backoff.delay(1, 1.0, rng) <= 1.1 for _ in range(200))
    assert all(1.0 <= backoff.delay(1, None, rng) <= 2.0 for _ in range(200))  # no Retry-After: as before
    assert all(2.0 <= backoff.delay(2, 1.0, rng) <= 4.0 for _ in range(200))  # refused again: exponential
    assert all(3600.0 <= backoff.delay(1, 3600.0, rng) <= 3960.0 for _ in range(200))


async def test_permanent_errors_and_too_many_attempts_give_up(engine: AsyncEngine) -> None:
    clock = FakeClock()
    always = [SendError("503", retryable=True, status=503)] * 10
    send = Flaky(SendError("403: not installed", retryable=False, status=403), *always)
    jobs = runner(engine, send, clock, max_attempts=3)
    await jobs.store.enqueue("t", "test", NOW, "forbidden", {})
    await jobs.store.enqueue("t", "test", NOW + timedelta(seconds=1), "unavailable", {})
    clock.advance(1)
    stats = await jobs.run_until_idle(wait=3600)
    assert (stats.sent, stats.failed, stats.retried) == (0, 2, 2)
    forbidden, unavailable = await jobs.store.get("forbidden"), await jobs.store.get("unavailable")
    assert forbidden is not None and forbidden.attempts == 1
    assert unavailable is not None and unavailable.attempts == 3
    assert (await jobs.store.counts()).failed == 2


async def test_expired_and_vanished_jobs_are_not_sent(engine: AsyncEngine) -> None:
    clock = FakeClock()
    send = Flaky()
    jobs = runner(engine, send, clock)
    await jobs.store.enqueue("t", "test", NOW - timedelta(days=30), "stale", {}, expires_at=NOW - timedelta(days=1))
    await jobs.store.enqueue("t", "test", NOW, "gone", {"gone": True})
    await jobs.store.enqueue("t", "mystery", NOW, "unknown-kind", {})
    stats = await jobs.run_due()
    assert send.attempts == 0
    assert (stats.failed, stats.skipped) == (2, 1)


async def test_unexpected_exceptions_are_retried(engine: AsyncEngine) -> None:
    clock = FakeClock()
    send = Flaky(RuntimeError("boom"), None)
    jobs = runner(engine, send, clock)
    await jobs.store.enqueue("t", "test", NOW, "card", {})
    assert (await jobs.run_until_idle(wait=60)).sent == 1


async def test_outbound_rate_is_limited_per_tenant(engine: AsyncEngine) -> None:
    clock = FakeClock()
    send = Flaky()
    jobs = runner(engine, send, clock, batch_size=50)
    jobs.limiter = SendLimiter(tenant_rate=40, conversation_rate=1000, monotonic=clock.monotonic, sleep=clock.sleep)
    for n in range(120):
        await jobs.store.enqueue("t", "test", NOW, f"card-{n}", {})
    start = clock.monotonic()
    assert (await jobs.run_due()).sent == 120
    # 40 in the first burst, then 40 a second: 80 more take 2 seconds.
    assert 1.9 <= clock.monotonic() - start <= 2.1


async def test_token_bucket_spreads_a_burst() -> None:
    clock = FakeClock()
    bucket = TokenBucket(5, capacity=5, monotonic=clock.monotonic, sleep=clock.sleep)
    times = []
    for _ in range(10):
        await bucket.acquire()
        times.append(round(clock.monotonic() - 1000.0, 3))
    assert times == [0, 0, 0, 0, 0, 0.2, 0.4, 0.6, 0.8, 1.0]


async def test_serve_runs_until_stopped(engine: AsyncEngine) -> None:
    await seed_agreements(engine, 1)
    clock, sender = FakeClock(), FakeSender()
    background = service(engine, sender, clock, "bg", AFTALEBOT_JOB_POLL_SECONDS=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(background.serve(stop))
    for _ in range(100):
        if len(sender.sent) == 2:
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert len(sender.sent) == 2


async def test_one_pass_sends_every_due_job_not_only_the_first_batch(engine: AsyncEngine) -> None:
    """The month's cards for more people than one batch holds all go out in the pass that finds them due (a runner
    that stopped after its first batch would leave the rest waiting for the next pass)."""
    await seed_agreements(engine, 23)  # 46 cards, batches of 20
    clock, sender = FakeClock(), FakeSender()
    background = service(engine, sender, clock, "one-pass", AFTALEBOT_SEND_RATE=1000)  # no rate-limit waits
    await background.schedule()
    stats = await background.runner.run_due()
    assert (stats.sent, len(set(sender.sent))) == (46, 46)
    assert (await background.runner.store.counts()).pending == 0


def test_kind_constant() -> None:
    assert JOB_KIND == "monthly_status"
