"""One outbound send rate per tenant for the whole installation, kept in PostgreSQL (no other server).

Teams allows about 50 requests/s per app and tenant in all, however many processes the bot runs. Each send first
reserves a slot here: one statement moves the tenant's `next_slot_at` on by 1/rate seconds from the later of
itself and now, and returns how long the caller must wait for the slot it took (the generic cell rate
algorithm, with no burst). Row locking serialises the reservations of all processes, so the slots are spaced
an interval apart whoever takes them; the waits are computed on the database's clock, so the processes' own clocks
do not matter.

The statement runs on its own, in autocommit: no BEGIN before it and no COMMIT after it. The row is then locked only
while the statement runs (not for the round trips of a transaction, during which every other process's
reservation would wait), and the wait arrives as soon as the database has computed it: a COMMIT's round trip
between the two would make the caller count its wait from later than the database did, and send that much late.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

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
        bind = sessionmaker.kw.get("bind")
        if not isinstance(bind, AsyncEngine):
            raise ValueError("the shared send rate needs a sessionmaker bound to an engine")
        self.interval = interval
        self._engine = bind

    async def reserve(self, tenant_id: str) -> float:
        """Takes the tenant's next slot; returns the seconds until it (0 when it is now). One statement, one round
        trip (after the pool's liveness check), no transaction around it."""
        async with self._engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            wait = (await autocommit.execute(_RESERVE, {"tenant_id": tenant_id, "interval": self.interval})
                    ).scalar_one()
        return max(0.0, float(wait))
