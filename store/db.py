"""Engine and session factory for SQLite (aiosqlite) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from store.postgres_driver import lazy_begin_dbapi
from store.sqlite_driver import one_trip_dbapi


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


# A pooled PostgreSQL connection is checked before use only when it has lain idle this long: a busy server then
# saves three round trips a turn (asyncpg's ping is BEGIN, a query and ROLLBACK), and one that was dropped while
# idle (a database restart or failover, a firewall's idle timeout) is still replaced before a turn meets it.
IDLE_PING_AFTER_S = 10.0
RECYCLE_AFTER_S = 1800


def create_engine(url: str, *, echo: bool = False, idle_ping_after_s: float | None = None) -> AsyncEngine:
    if is_sqlite(url):
        # A database file gets as many pooled connections as PostgreSQL: with SQLAlchemy's five, the sixth of ten
        # turns at once opened a connection (and its thread) and closed it again after the turn. (An in-memory
        # database has one connection, SQLAlchemy's StaticPool.)
        database = make_url(url).database
        pool = {} if database in (None, "", ":memory:") else {"pool_size": 10, "max_overflow": 10}
        engine = create_async_engine(url, echo=echo, module=one_trip_dbapi(), **pool)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # asyncpg: BEGIN at a turn's first write and the state's update left to the COMMIT (store.postgres_driver).
    driver = {"module": lazy_begin_dbapi()} if make_url(url).get_driver_name() == "asyncpg" else {}
    engine = create_async_engine(
        url, echo=echo, pool_size=10, max_overflow=10, pool_recycle=RECYCLE_AFTER_S, **driver)
    _ping_when_idle(engine, IDLE_PING_AFTER_S if idle_ping_after_s is None else idle_ping_after_s)
    return engine


def _ping_when_idle(engine: AsyncEngine, idle_after_s: float) -> None:
    def checkin(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info["checked_in_at"] = time.monotonic()

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("checked_in_at")
        if idle_since is None or time.monotonic() - idle_since < idle_after_s:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # the pool drops this connection and checks out another
            raise exc.DisconnectionError(f"idle connection failed its ping: {error}") from error

    event.listen(engine.sync_engine, "checkin", checkin)
    event.listen(engine.sync_engine, "checkout", checkout)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def dialect_insert(session: AsyncSession) -> Any:
    """INSERT with ON CONFLICT support for the session's database (PostgreSQL or SQLite)."""
    name = session.bind.dialect.name if session.bind else "sqlite"
    return postgresql.insert if name == "postgresql" else sqlite.insert
