"""Key/value state with ETag optimistic concurrency, backing the bot's conversation and user state.

Framework-free: bot/ adapts it to botbuilder's Storage interface. The error text contains
"Etag conflict" because botbuilder recognises write conflicts by that text.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from store import postgres_driver, sqlite_driver
from store.models import BotStateRow
from store.postgres_driver import LazyBeginConnection
from store.sqlite_driver import OneTripConnection

ETAG_FIELD = "e_tag"


class EtagConflictError(KeyError):
    def __init__(self, key: str, expected: str, current: str | None) -> None:
        super().__init__(f"Etag conflict on {key!r}: expected {expected}, current {current}")
        self.key = key

    def __str__(self) -> str:
        return str(self.args[0])


class SqlStateStore:
    """Reads and writes through SQLAlchemy Core on a plain connection of the sessionmaker's engine (no ORM session,
    statements built once): a read is one SELECT, a write one UPDATE (or upsert) and the COMMIT."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker

    def _engine(self) -> AsyncEngine:
        bind = self._sessionmaker.kw.get("bind")
        if not isinstance(bind, AsyncEngine):
            raise TypeError("the state store needs a sessionmaker bound to an AsyncEngine")
        return bind

    async def read(
        self, keys: Iterable[str], *, connection: AsyncConnection | None = None
    ) -> dict[str, dict[str, Any]]:
        """`connection`: read in the caller's transaction instead of on a connection of its own."""
        wanted = list(keys)
        if not wanted:
            return {}
        # One key (a turn reads its conversation's state and its user's state apart): a plain = needs no IN list
        # expanded into the statement on every execution.
        statement, parameters = (_read_one(), {"key": wanted[0]}) if len(wanted) == 1 else (_read(), {"keys": wanted})
        if connection is not None:
            return _rows(await connection.execute(statement, parameters))
        async with self._engine().connect() as own:
            return _rows(await own.execute(statement, parameters))

    async def write(
        self, changes: Mapping[str, Mapping[str, Any]], *, tenant_id: str = "",
        connection: AsyncConnection | None = None, at_commit: bool = False,
    ) -> None:
        """Writes all changes in one transaction; any stale ETag aborts the whole write. With `connection`, in the
        caller's transaction, which the caller commits (or rolls back, on an EtagConflictError too).

        `at_commit` (with `connection`): an update of a row read with its ETag is done by the commit, and a stale
        ETag then fails the commit with the EtagConflictError: on SQLite in the same trip to the database thread
        as the COMMIT (store.sqlite_driver), on PostgreSQL just before the COMMIT, or alone without BEGIN and
        COMMIT when the transaction wrote nothing else (store.postgres_driver). A row without an ETag, or another
        driver, is written at once as without."""
        if not changes:
            return
        if connection is not None:
            defer = await _commit_writer(connection) if at_commit else None
            for key, item in changes.items():
                expected = item.get(ETAG_FIELD)
                if defer is not None and expected not in (None, "", "*"):
                    defer(key, item, tenant_id)
                else:
                    await self._write_one(connection, key, item, tenant_id)
            return
        async with self._engine().begin() as own:
            for key, item in changes.items():
                await self._write_one(own, key, item, tenant_id)

    async def delete(self, keys: Iterable[str]) -> None:
        wanted = list(keys)
        if not wanted:
            return
        async with self._engine().begin() as connection:
            await connection.execute(delete(BotStateRow).where(BotStateRow.key.in_(wanted)))

    async def _write_one(
        self, connection: AsyncConnection, key: str, item: Mapping[str, Any], tenant_id: str
    ) -> None:
        expected = item.get(ETAG_FIELD)
        if expected == "":
            raise ValueError("an empty ETag is not allowed")
        data = {k: v for k, v in item.items() if k != ETAG_FIELD}
        new_etag = uuid.uuid4().hex
        values = {"data": data, "etag": new_etag, "tenant_id": tenant_id}

        if expected is None or expected == "*":
            await connection.execute(self._upsert(connection, key, values))
            return
        # Conditional update: the row lock makes a concurrent writer with the same ETag match nothing.
        result = await connection.execute(
            _update_if(), {"b_key": key, "b_expected": expected, "b_data": data, "b_etag": new_etag,
                           "b_tenant": tenant_id}
        )
        if result.rowcount == 1:
            return
        current = await connection.scalar(select(BotStateRow.etag).where(BotStateRow.key == key))
        if current is not None:
            raise EtagConflictError(key, str(expected), current)
        inserted = await connection.execute(self._insert_if_absent(connection, key, values))
        if inserted.rowcount != 1:
            raise EtagConflictError(key, str(expected), "written concurrently")

    def _upsert(self, connection: AsyncConnection, key: str, values: dict[str, Any]) -> Any:
        stmt = _insert(connection)(BotStateRow).values(key=key, **values)
        return stmt.on_conflict_do_update(index_elements=["key"], set_=values)

    def _insert_if_absent(self, connection: AsyncConnection, key: str, values: dict[str, Any]) -> Any:
        stmt = _insert(connection)(BotStateRow).values(key=key, **values)
        return stmt.on_conflict_do_nothing(index_elements=["key"])


DeferWrite = Callable[[str, Mapping[str, Any], str], None]


async def _commit_writer(connection: AsyncConnection) -> DeferWrite | None:
    """How to leave a conditional state update to the commit of `connection`'s transaction, if its driver can."""
    raw = (await connection.get_raw_connection()).dbapi_connection
    if isinstance(raw, OneTripConnection):
        return lambda key, item, tenant_id: raw.write_at_commit(_sqlite_write_if(key, item, tenant_id))
    if isinstance(raw, LazyBeginConnection):
        return lambda key, item, tenant_id: raw.write_at_commit(_postgres_write_if(key, item, tenant_id))
    return None


@dataclass(frozen=True)
class _ConditionalWrite:
    """`SqlStateStore._write_one`'s conditional update of a row read with its ETag (or its insert, the row being
    gone), as the values a write left to the commit runs with on either driver."""

    key: str
    expected: str
    update_values: dict[str, Any]
    insert_values: dict[str, Any]


def _conditional_write(key: str, item: Mapping[str, Any], tenant_id: str) -> _ConditionalWrite:
    data = json.dumps({k: v for k, v in item.items() if k != ETAG_FIELD})
    new_etag = uuid.uuid4().hex
    return _ConditionalWrite(
        key, str(item[ETAG_FIELD]),
        {"b_key": key, "b_expected": str(item[ETAG_FIELD]), "b_data": data, "b_etag": new_etag, "b_tenant": tenant_id},
        {"key": key, "tenant_id": tenant_id, "data": data, "etag": new_etag},
    )


def _postgres_write_if(key: str, item: Mapping[str, Any], tenant_id: str) -> postgres_driver.LastWrite:
    """The conditional write as asyncpg statements, for `LazyBeginConnection.write_at_commit`."""
    w = _conditional_write(key, item, tenant_id)
    update_sql, update_order = _compiled(_update_if(), "postgresql")
    insert_sql, insert_order = _compiled(_insert_if_absent("postgresql"), "postgresql")

    async def write(run_sql: postgres_driver.RunSql) -> None:
        status, _ = await run_sql(update_sql, [w.update_values[name] for name in update_order])
        if status == "UPDATE 1":
            return
        _, current = await run_sql(_CURRENT_ETAG["postgresql"], [w.key])
        if current:
            raise EtagConflictError(w.key, w.expected, str(current[0][0]))
        status, _ = await run_sql(insert_sql, [w.insert_values[name] for name in insert_order])
        if status != "INSERT 0 1":
            raise EtagConflictError(w.key, w.expected, "written concurrently")

    return write


def _sqlite_write_if(key: str, item: Mapping[str, Any], tenant_id: str) -> sqlite_driver.LastWrite:
    """The conditional write as plain sqlite3 calls on the connection's thread, for
    `OneTripConnection.write_at_commit`."""
    w = _conditional_write(key, item, tenant_id)
    update_sql, update_order = _compiled(_update_if(), "sqlite")
    insert_sql, insert_order = _compiled(_insert_if_absent("sqlite"), "sqlite")

    def write(raw: sqlite3.Connection) -> None:
        if raw.execute(update_sql, [w.update_values[name] for name in update_order]).rowcount == 1:
            return
        current = raw.execute(_CURRENT_ETAG["sqlite"], (w.key,)).fetchone()
        if current is not None:
            raise EtagConflictError(w.key, w.expected, current[0])
        if raw.execute(insert_sql, [w.insert_values[name] for name in insert_order]).rowcount != 1:
            raise EtagConflictError(w.key, w.expected, "written concurrently")

    return write


_CURRENT_ETAG = {
    "postgresql": "SELECT etag FROM bot_state WHERE key = $1::VARCHAR",
    "sqlite": "SELECT etag FROM bot_state WHERE key = ?",
}


@cache
def _compiled(statement: Any, dialect: str) -> tuple[str, tuple[str, ...]]:
    """The statement's text for the driver (for asyncpg $1, $2 … with the casts SQLAlchemy's asyncpg dialect
    renders, so a JSON value goes as its text, as the dialect sends it) and the order of its parameters' names."""
    on = PGDialect_asyncpg() if dialect == "postgresql" else sqlite.dialect()  # type: ignore[no-untyped-call]
    compiled = statement.compile(dialect=on)
    return compiled.string, tuple(compiled.positiontup or ())


@cache
def _insert_if_absent(dialect: str) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(BotStateRow).values(
        key=bindparam("key"), tenant_id=bindparam("tenant_id"), data=bindparam("data"), etag=bindparam("etag"),
    ).on_conflict_do_nothing(index_elements=["key"])


def _rows(result: Any) -> dict[str, dict[str, Any]]:
    return {row.key: {**row.data, ETAG_FIELD: row.etag} for row in result}


def _insert(connection: AsyncConnection) -> Any:
    return postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert


@cache
def _read() -> Any:
    table = BotStateRow.__table__
    return select(table.c.key, table.c.data, table.c.etag).where(table.c.key.in_(bindparam("keys", expanding=True)))


@cache
def _read_one() -> Any:
    table = BotStateRow.__table__
    return select(table.c.key, table.c.data, table.c.etag).where(table.c.key == bindparam("key"))


@cache
def _update_if() -> Any:
    table = BotStateRow.__table__
    return (
        update(BotStateRow)
        .where(table.c.key == bindparam("b_key"), table.c.etag == bindparam("b_expected"))
        .values(data=bindparam("b_data"), etag=bindparam("b_etag"), tenant_id=bindparam("b_tenant"))
    )


__all__ = ["ETAG_FIELD", "EtagConflictError", "SqlStateStore"]
