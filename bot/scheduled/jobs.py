"""The job runner: sends what is due, once per job, with retries, rate limits and leases (store/jobs.py).

For each claimed job: the job's handler prepares a `Delivery` (whom to send which card; None = nothing to send
any more), the runner waits for the rate limiter, makes sure it still holds the lease (renewing it once less
than half is left: a runner that lost the lease to another one does not send), calls `send(person, card)` and
completes the job. One job is one recipient, and its idempotency
key was unique when it was enqueued, so each (job, recipient) is sent once.

Failures: a `SendError` that is retryable (HTTP 429, 412, 500, 502, 503, 504, a connection error or timeout)
and any unexpected exception release the job to run again after an exponential back-off with jitter
(`Backoff`, at least the connector's Retry-After); a permanent one (e.g. 403: the app is not installed for the
user) gives it up. So does the `max_attempts`th attempt, and an expired job.

The one window left is a crash after the connector accepted a message and before `complete` committed: the job
is sent again when its lease runs out (at-least-once there; the Bot Connector has no idempotent send).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from agreements.clock import Clock, utc_now
from agreements.reach import WAKE_ON_FIRST_CONTACT
from agreements.types import Person
from agreements.use_cases import receives_job_messages
from bot.logging_setup import correlation
from bot.scheduled.rate_limit import SendLimiter, Sleep
from store.jobs import Job, JobStore

log = logging.getLogger(__name__)
SKIPPED_DEACTIVATED = "springet over: modtageren er deaktiveret i organisationen"
PUT_OFF_UNREACHABLE = "udskudt til modtageren åbner Aftalebot igen"
PUT_OFF_WITHOUT_EXPIRY = timedelta(days=31)  # a job that does not expire is looked at again after a month

Card = dict[str, Any]
RETRYABLE_STATUSES = frozenset({412, 429, 500, 502, 503, 504})


class SendError(Exception):
    """A send that failed; `retryable` says whether trying again later may help."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None,
                 retry_after: float | None = None, unreachable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after
        self.unreachable = unreachable  # the recipient has no conversation with the bot (never opened, or removed)


class Sender(Protocol):
    """Sends a card (and, with `text`, a text beside it; a put-off message may be text alone, card None). The
    runner passes `text` only when there is one."""

    async def __call__(self, person: Person, card: Card | None, text: str | None = None) -> None: ...


Reacher = Callable[[Person], Awaitable[Person]]


class JobMetrics(Protocol):
    """Where the runner reports (bot.web.metrics.Metrics): each batch's outcome, and a heartbeat per pass of `serve`."""

    def jobs_done(self, stats: RunStats) -> None: ...
    def job_pass(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Delivery:
    person: Person
    card: Card | None
    text: str | None = None  # a message put off for the person (agreements.reach) may be text, not a card


class JobHandler(Protocol):
    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        """What to send for this job now; None when there is nothing to send any more (the job completes)."""
        ...


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential back-off with jitter: about base·2^(attempt−1), capped, scaled by a random 0.5–1.0, and never
    sooner than the connector's Retry-After. A first refusal that names its Retry-After is retried when it says
    (plus up to `after_jitter` of it, so that refusals of one moment do not all come back in the same instant)
    rather than up to base seconds later: the connector knows when it has room again, and at the end of a
    broadcast that wait is the broadcast's last one. Later refusals of the same job back off as above."""

    base: float = 2.0
    cap: float = 900.0
    after_jitter: float = 0.1

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        if retry_after is not None and attempt <= 1:
            return retry_after * rng.uniform(1.0, 1.0 + self.after_jitter)
        exponential = min(self.cap, self.base * 2 ** max(0, attempt - 1))
        jittered: float = exponential * rng.uniform(0.5, 1.0)
        return max(jittered, retry_after or 0.0)


@dataclass
class RunStats:
    sent: int = 0
    skipped: int = 0  # nothing to send any more (e.g. the agreement is gone)
    retried: int = 0
    failed: int = 0  # given up
    lost: int = 0  # the lease went to another runner before sending

    def add(self, other: RunStats) -> None:
        self.sent += other.sent
        self.skipped += other.skipped
        self.retried += other.retried
        self.failed += other.failed
        self.lost += other.lost


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class JobRunner:
    store: JobStore
    handlers: Mapping[str, JobHandler]
    send: Sender
    limiter: SendLimiter = field(default_factory=SendLimiter)
    clock: Clock = utc_now
    sleep: Sleep = asyncio.sleep
    worker_id: str = field(default_factory=new_worker_id)
    lock_for: timedelta = timedelta(minutes=5)
    batch_size: int = 20
    concurrency: int = 8
    max_attempts: int = 8
    backoff: Backoff = field(default_factory=Backoff)
    rng: random.Random = field(default_factory=random.Random)
    metrics: JobMetrics | None = None
    # Makes a recipient the bot has no conversation with reachable if it can (agreements.reach: the app installed
    # for them through Graph), before their slot is taken; never raises.
    reach: Reacher | None = None

    async def run_due(self) -> RunStats:
        """Claims and runs batches until nothing is due now, `concurrency` jobs at a time. The next batch is claimed
        as soon as the last job of the current one has started, so no worker idles while a batch's slowest jobs
        finish (at the Teams rate ceiling that idling cost about a tenth of the rate; see bench/broadcast.py)."""
        stats = RunStats()
        gate = asyncio.Semaphore(self.concurrency)
        running: set[asyncio.Task[None]] = set()

        async def one(job: Job) -> None:
            try:
                with correlation(f"job-{job.id}.{job.attempts}"):  # one id per job run, in every log line
                    await self._run_one(job, stats)
            finally:
                gate.release()

        try:
            while jobs := await self.store.claim(self.worker_id, self.clock(), self.batch_size, self.lock_for):
                for job in jobs:
                    await gate.acquire()
                    task = asyncio.create_task(one(job))
                    running.add(task)
                    task.add_done_callback(running.discard)
            await asyncio.gather(*running)
        except asyncio.CancelledError:
            for task in running:
                task.cancel()
            raise
        if self.metrics is not None:
            self.metrics.jobs_done(stats)
        return stats

    async def run_batch(self, jobs: list[Job]) -> RunStats:
        stats = RunStats()
        gate = asyncio.Semaphore(self.concurrency)

        async def one(job: Job) -> None:
            async with gate:
                with correlation(f"job-{job.id}.{job.attempts}"):  # one id per job run, in every log line
                    await self._run_one(job, stats)

        await asyncio.gather(*(one(job) for job in jobs))
        if self.metrics is not None:
            self.metrics.jobs_done(stats)
        return stats

    async def run_until_idle(self, wait: float = 60.0) -> RunStats:
        """Runs what is due; waits for retries due within `wait` seconds, then returns (for `run-jobs`)."""
        stats = RunStats()
        while True:
            stats.add(await self.run_due())
            upcoming = await self.store.next_due()
            if upcoming is None:
                return stats
            delay = (upcoming - self.clock()).total_seconds()
            if delay > wait:
                return stats
            await self.sleep(max(0.05, delay))

    async def serve(self, stop: asyncio.Event, poll: float = 30.0,
                    before_pass: Callable[[], Awaitable[None]] | None = None) -> None:
        """Runs until `stop` is set: each pass (at most `poll` seconds apart) runs what is due."""
        while not stop.is_set():
            if self.metrics is not None:
                self.metrics.job_pass()
            try:
                if before_pass is not None:
                    await before_pass()
                stats = await self.run_due()
                if stats.sent or stats.failed or stats.retried:
                    log.info("jobs: %d sent, %d retried, %d given up", stats.sent, stats.retried, stats.failed)
            except Exception:  # the loop must outlive a database hiccup
                log.exception("job pass failed; trying again in %.0f s", poll)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=await self._pause(poll))

    async def _pause(self, poll: float) -> float:
        try:
            upcoming = await self.store.next_due()
        except Exception:
            return poll
        if upcoming is None:
            return poll
        return min(poll, max(0.5, (upcoming - self.clock()).total_seconds()))

    # ---------------------------------------------------------------- one job

    async def _run_one(self, job: Job, stats: RunStats) -> None:
        now = self.clock()
        if job.expires_at is not None and now > job.expires_at:
            await self._give_up(job, "udløbet: ikke sendt i tide", stats)
            return
        handler = self.handlers.get(job.kind)
        if handler is None:
            await self._give_up(job, f"ukendt jobtype {job.kind!r}", stats)
            return
        try:
            delivery = await handler.prepare(job, now)
        except Exception as error:
            log.exception("job %s: preparing failed", job.idempotency_key)
            await self._retry_or_give_up(job, f"forberedelse fejlede: {error!r}", None, stats)
            return
        if delivery is None:
            await self.store.complete(job.id, self.worker_id, self.clock())
            stats.skipped += 1
            return
        if not receives_job_messages(delivery.person):
            log.info("job %s skipped: the recipient is deactivated", job.idempotency_key)
            await self.store.complete(job.id, self.worker_id, self.clock(), SKIPPED_DEACTIVATED)
            stats.skipped += 1
            return
        if not delivery.person.conversation_reference and self.reach is not None:
            delivery = replace(delivery, person=await self.reach(delivery.person))
        # Right before the send, so that the limiter counts about when the connector does (bot/scheduled/rate_limit.py).
        await self.limiter.acquire(job.tenant_id, str(delivery.person.id or delivery.person.aad_object_id))
        if not await self._still_held(job, stats):
            return
        try:
            if delivery.text is None:
                await self.send(delivery.person, delivery.card)
            else:
                await self.send(delivery.person, delivery.card, text=delivery.text)
        except SendError as error:
            if error.unreachable and job.kind in WAKE_ON_FIRST_CONTACT:
                await self._put_off(job, str(error), stats)
            elif error.retryable:
                await self._retry_or_give_up(job, str(error), error.retry_after, stats)
            else:
                await self._give_up(job, str(error), stats)
            return
        except Exception as error:
            log.exception("job %s: sending failed unexpectedly", job.idempotency_key)
            await self._retry_or_give_up(job, repr(error), None, stats)
            return
        if not await self.store.complete(job.id, self.worker_id, self.clock()):
            log.warning("job %s: sent, but the lease had passed to another runner", job.idempotency_key)
        stats.sent += 1

    async def _still_held(self, job: Job, stats: RunStats) -> bool:
        """Whether this runner still holds the job's lease. While more than half of the lease it claimed is left,
        it does without asking the database; after that (a slow preparation, a long wait for a full conversation)
        it renews the lease, which fails if the lease ran out and another runner claimed the job."""
        if job.locked_until is not None and self.clock() < job.locked_until - self.lock_for / 2:
            return True
        if await self.store.renew(job.id, self.worker_id, self.clock(), self.lock_for):
            return True
        log.warning("job %s: lease lost before sending; another runner has it", job.idempotency_key)
        stats.lost += 1
        return False

    async def _retry_or_give_up(self, job: Job, error: str, retry_after: float | None, stats: RunStats) -> None:
        if job.attempts >= self.max_attempts:
            await self._give_up(job, f"{error} (opgivet efter {job.attempts} forsøg)", stats)
            return
        now = self.clock()
        retry_at = now + timedelta(seconds=self.backoff.delay(job.attempts, retry_after, self.rng))
        await self.store.fail(job.id, self.worker_id, now, error, retry_at)
        stats.retried += 1

    async def _put_off(self, job: Job, error: str, stats: RunStats) -> None:
        """The recipient cannot be reached now (never opened the bot, or removed it): the job is not tried again
        and again until it fails, but waits, with the reason, until the person's next contact wakes it
        (store.jobs.wake_recipient) or it expires."""
        now = self.clock()
        until = job.expires_at + timedelta(seconds=1) if job.expires_at is not None else now + PUT_OFF_WITHOUT_EXPIRY
        log.info("job %s put off: the recipient cannot be reached", job.idempotency_key)
        await self.store.fail(job.id, self.worker_id, now, f"{PUT_OFF_UNREACHABLE} ({error})", max(until, now))
        stats.skipped += 1

    async def _give_up(self, job: Job, error: str, stats: RunStats) -> None:
        log.warning("job %s given up: %s", job.idempotency_key, error)
        await self.store.fail(job.id, self.worker_id, self.clock(), error, None)
        stats.failed += 1
