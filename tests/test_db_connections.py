"""The PostgreSQL pool: a connection dropped while it lay idle (a database restart, a failover, a firewall's idle
timeout) is replaced before a turn uses it, without the per-checkout ping that busy servers pay three round trips
for."""

from __future__ import annotations

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from store.db import create_engine
from tests.conftest import PG_ADMIN_DSN


async def _backend_pid(engine) -> int:  # type: ignore[no-untyped-def]
    async with engine.connect() as connection:
        return int((await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one())


async def _terminate(pid: int) -> None:
    admin = await asyncpg.connect(PG_ADMIN_DSN, timeout=3)
    try:
        await admin.execute("SELECT pg_terminate_backend($1)", pid)
    finally:
        await admin.close()


async def test_a_connection_killed_while_idle_is_replaced_before_use(postgres_url: str) -> None:
    engine = create_engine(postgres_url, idle_ping_after_s=0.0)
    try:
        dropped = await _backend_pid(engine)
        await _terminate(dropped)
        # The next unit of work gets a working connection, not «connection is closed».
        assert await _backend_pid(engine) != dropped
    finally:
        await engine.dispose()


def _counting_pings(engine: AsyncEngine) -> list[object]:
    pings: list[object] = []
    ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda dbapi_connection: pings.append(dbapi_connection) or ping(dbapi_connection)  # type: ignore[method-assign]
    return pings


async def _use_three_times(engine: AsyncEngine) -> None:
    for _ in range(3):
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))


async def test_a_busy_pool_sends_no_ping_with_each_checkout(postgres_url: str) -> None:
    engine = create_engine(postgres_url)  # pinged only after lying idle for seconds
    pings = _counting_pings(engine)
    try:
        await _use_three_times(engine)
        assert pings == []
    finally:
        await engine.dispose()


async def test_an_idle_connection_is_pinged_once_before_use(postgres_url: str) -> None:
    engine = create_engine(postgres_url, idle_ping_after_s=0.0)
    pings = _counting_pings(engine)
    try:
        await _use_three_times(engine)
        assert len(pings) == 2  # the first checkout is a new connection: nothing to check
    finally:
        await engine.dispose()
