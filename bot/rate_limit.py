"""Outbound rate limits: token buckets per tenant (Teams: about 50 requests/s per app and tenant) and per
conversation (Teams: 7 sends/s). Time and sleep are injectable, so tests run on a fake clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

Sleep = Callable[[float], Awaitable[None]]
Monotonic = Callable[[], float]

DEFAULT_TENANT_RATE = 40.0
DEFAULT_CONVERSATION_RATE = 5.0
_SLACK = 1e-6  # float rounding: a token that is 0.9999999 there is there


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


class SendLimiter:
    """One bucket per tenant and one per recipient; a send takes a token from both."""

    def __init__(self, tenant_rate: float = DEFAULT_TENANT_RATE,
                 conversation_rate: float = DEFAULT_CONVERSATION_RATE, *,
                 monotonic: Monotonic = time.monotonic, sleep: Sleep = asyncio.sleep) -> None:
        self._tenant_rate = tenant_rate
        self._conversation_rate = conversation_rate
        self._monotonic = monotonic
        self._sleep = sleep
        self._tenants: dict[str, TokenBucket] = {}
        self._conversations: dict[str, TokenBucket] = {}

    async def acquire(self, tenant_id: str, recipient: str) -> None:
        await self._bucket(self._conversations, f"{tenant_id}/{recipient}", self._conversation_rate).acquire()
        await self._bucket(self._tenants, tenant_id, self._tenant_rate).acquire()

    def _bucket(self, buckets: dict[str, TokenBucket], key: str, rate: float) -> TokenBucket:
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = TokenBucket(rate, monotonic=self._monotonic, sleep=self._sleep)
        return bucket
