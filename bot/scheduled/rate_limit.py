"""Outbound rate limits per tenant and per conversation, counted the way Teams documents them: at most N
operations in any span of S seconds (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit:
per app and tenant 50 requests/s; per bot and conversation 7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour).

A token bucket of the same rate lets a full bucket's burst and the refill meet in one second (capacity + rate),
which such a window refuses with 429; a sliding window never does, and it still lets a sender that fell behind
catch up within the window. Each window is `SLACK` seconds longer than Teams' own, to spare the trip to the
connector (a send counted here at t may arrive there a little later than the next one). Time and sleep are
injectable, so tests run on a fake clock.

Several processes (on PostgreSQL) share the tenant's limit through a `SlotReserver` (store/send_rate.py): each
send reserves the next slot there and waits for it; the per-conversation windows stay in the process."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

Sleep = Callable[[float], Awaitable[None]]
Monotonic = Callable[[], float]

Window = tuple[float, int]  # at most this many operations in any span of this many seconds

log = logging.getLogger(__name__)


class Limit(Protocol):
    async def acquire(self) -> None: ...


class SlotReserver(Protocol):
    """Reserves a tenant's next send slot for all processes; returns the seconds to wait for it."""

    async def reserve(self, tenant_id: str) -> float: ...

DEFAULT_TENANT_RATE = 40.0
TEAMS_PER_CONVERSATION: tuple[Window, ...] = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))
SLACK = 0.05  # seconds added to every window
_SLACK = 1e-6  # float rounding: a token that is 0.9999999 there is there


def rate_windows(rate: float) -> tuple[Window, ...]:
    """`rate` operations a second as a window: ⌊rate⌋ in 1 s, or one in 1/rate s when rate < 1."""
    if rate <= 0:
        raise ValueError("rate must be positive")
    return ((1.0, math.floor(rate)),) if rate >= 1 else ((1 / rate, 1),)


def slot_interval(rate: float, slack: float = SLACK) -> float:
    """Seconds between two sends at `rate` a second with the windows' slack: the shared rate's spacing."""
    seconds, limit = rate_windows(rate)[0]
    return (seconds + slack) / limit


class TokenBucket:
    """`rate` tokens a second, at most `capacity` saved up; `acquire` waits for a token."""

    def __init__(self, rate: float, capacity: float | None = None, *, monotonic: Monotonic = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = capacity if capacity is not None else max(1.0, rate)
        self._tokens = self.capacity
        self._monotonic = monotonic
        self._sleep = sleep
        self._updated = monotonic()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        # The lock makes waiters queue in order, so a burst is spread evenly instead of retried in a herd.
        async with self._lock:
            while True:
                self._refill()
                if self._tokens >= 1 - _SLACK:
                    self._tokens = max(0.0, self._tokens - 1)
                    return
                await self._sleep(max(_SLACK, (1 - self._tokens) / self.rate))

    def _refill(self) -> None:
        now = self._monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now


class SlidingWindowLimit:
    """`acquire` waits until one more operation fits every window (each `slack` seconds longer than given)."""

    def __init__(self, windows: Sequence[Window], *, slack: float = SLACK, monotonic: Monotonic = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        if not windows or any(seconds <= 0 or limit < 1 for seconds, limit in windows):
            raise ValueError("windows need positive spans and limits")
        self.windows = tuple((seconds + slack, limit) for seconds, limit in windows)
        self._times: deque[float] = deque(maxlen=max(limit for _, limit in windows))  # the latest acquisitions
        self._monotonic = monotonic
        self._sleep = sleep
        self._lock = asyncio.Lock()

    async def acquire(self, then: Limit | None = None) -> None:
        """Waits for room; with `then`, acquires that one too before counting, so both count the same moment."""
        async with self._lock:  # waiters go in order
            while (wait := self._wait(self._monotonic())) > _SLACK:
                await self._sleep(wait)
            if then is not None:
                await then.acquire()  # waiting longer only makes more room here
            self._times.append(self._monotonic())

    def _wait(self, now: float) -> float:
        # A window with `limit` acquisitions has room once the limit-th latest one has left it.
        times = self._times
        return max((times[-limit] + seconds - now for seconds, limit in self.windows if len(times) >= limit),
                   default=0.0)


LATE_AFTER = 0.01  # seconds: a send this much after its slot would crowd the next processes' slots


class SharedTenantLimit:
    """A tenant's limit shared with other processes: reserve the next slot, wait for it. A process that wakes up
    more than LATE_AFTER after its slot (a busy event loop, a starved CPU) takes a new slot instead of sending late:
    a late send lands between the next slots of the other processes, and a window of Teams can then hold one too
    many. When the reservation fails (the database is away), the process's own window keeps the sends within the
    rate on its own."""

    def __init__(self, reserver: SlotReserver, tenant_id: str, fallback: SlidingWindowLimit, sleep: Sleep,
                 monotonic: Monotonic = time.monotonic) -> None:
        self._reserver = reserver
        self._tenant_id = tenant_id
        self._fallback = fallback
        self._sleep = sleep
        self._monotonic = monotonic
        self.late = 0  # slots given up because the process woke up too late for them

    async def acquire(self) -> None:
        while True:
            try:
                wait = await self._reserver.reserve(self._tenant_id)
            except Exception:
                log.warning("shared send rate unavailable; limiting this process alone", exc_info=True)
                await self._fallback.acquire()
                return
            slot = self._monotonic() + max(0.0, wait)
            if wait > 0:
                await self._sleep(wait)
            if self._monotonic() - slot <= LATE_AFTER:
                return
            self.late += 1


class SendLimiter:
    """One limit per tenant (`tenant_rate` a second: this process's own, or with `shared` one for all processes)
    and one per recipient's conversation (Teams' windows, or `conversation_rate` a second); a send waits for
    both."""

    def __init__(self, tenant_rate: float = DEFAULT_TENANT_RATE, conversation_rate: float | None = None, *,
                 shared: SlotReserver | None = None, monotonic: Monotonic = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self._shared = shared
        self._tenant_windows = rate_windows(tenant_rate)
        self._conversation_windows = (TEAMS_PER_CONVERSATION if conversation_rate is None
                                      else rate_windows(conversation_rate))
        self._monotonic = monotonic
        self._sleep = sleep
        self._tenants: dict[str, SlidingWindowLimit] = {}
        self._shared_tenants: dict[str, SharedTenantLimit] = {}
        self._conversations: dict[str, SlidingWindowLimit] = {}

    async def acquire(self, tenant_id: str, recipient: str) -> None:
        conversation = self._limit(self._conversations, f"{tenant_id}/{recipient}", self._conversation_windows)
        await conversation.acquire(then=self._tenant_limit(tenant_id))

    def _tenant_limit(self, tenant_id: str) -> Limit:
        local = self._limit(self._tenants, tenant_id, self._tenant_windows)
        if self._shared is None:
            return local
        shared = self._shared_tenants.get(tenant_id)
        if shared is None:
            shared = self._shared_tenants[tenant_id] = SharedTenantLimit(self._shared, tenant_id, local, self._sleep,
                                                                         self._monotonic)
        return shared

    def _limit(self, limits: dict[str, SlidingWindowLimit], key: str,
               windows: tuple[Window, ...]) -> SlidingWindowLimit:
        limit = limits.get(key)
        if limit is None:
            limit = limits[key] = SlidingWindowLimit(windows, monotonic=self._monotonic, sleep=self._sleep)
        return limit
