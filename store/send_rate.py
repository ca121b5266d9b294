"""One outbound send rate per tenant for the whole installation, kept in PostgreSQL (no other server).

Teams allows about 50 requests/s per app and tenant in all, however many processes the bot runs. Each send first
reserves a slot here: one statement moves the tenant's `next_slot_at` on by 1/rate seconds from the later of
itself and now, and returns how long the caller must wait for the slot it took (the generic cell rate
algorithm, with no burst). Row locking serialises the reservations of all processes, so the slots are spaced
an interval apart whoever takes them; the waits are computed on the database's clock, so the processes' own clocks
do not matter.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

_RESERVE = text("""
INSERT INTO send_rate (tenant_id, next_slot_at)
VALUES (:tenant_id, clock_timestamp() + make_interval(secs => :interval))
ON CONFLICT (tenant_id) DO UPDATE
    SET next_slot_at = GREATEST(send_rate.next_slot_at, clock_timestamp()) + make_interval(secs => :interval)
RETURNING EXTRACT(EPOCH FROM (next_slot_at - clock_timestamp())) - :interval
""")


class SharedSendRate:
    """Reserves send slots for a tenant, `interval` seconds apart, shared by every process on the same database."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], interval: float) -> None:
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.interval = interval
        self._sessionmaker = sessionmaker

    async def reserve(self, tenant_id: str) -> float:
        """Takes the tenant's next slot; returns the seconds until it (0 when it is now)."""
        async with self._sessionmaker() as session, session.begin():
            wait = (await session.execute(_RESERVE, {"tenant_id": tenant_id, "interval": self.interval})).scalar_one()
        return max(0.0, float(wait))
