"""SQLAlchemy's asyncpg adapter, with a transaction begun at a unit of work's first write instead of its first
statement, and the last write able to wait for the COMMIT.

Every round trip to PostgreSQL costs the event loop a socket write and a wake-up of the server's process (on a
virtual machine the costliest part of a short turn). SQLAlchemy's adapter sends BEGIN before a unit of work's
first statement and COMMIT after its last: a bot turn that reads the person and the conversation's state and then
updates that state made five trips, two of them BEGIN and COMMIT. Here:

- a plain read before any write runs on its own, outside a transaction (what PostgreSQL's default READ COMMITTED
  gives a read inside one: a snapshot of its own), and the transaction begins with the first statement that is not
  a plain read (a write, a locking read such as `FOR UPDATE SKIP LOCKED`, a savepoint); a unit of work that only
  read has nothing to commit or roll back;
- a write handed to `write_at_commit` is done by the commit: in the open transaction before the COMMIT, or, when
  nothing was written before it, as one statement on its own, atomic by itself, so BEGIN and COMMIT are not sent.

Passed to SQLAlchemy as the dialect's DBAPI module (`create_async_engine(..., module=lazy_begin_dbapi())`).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy.dialects.postgresql.asyncpg import (
    AsyncAdapt_asyncpg_connection,
    AsyncAdapt_asyncpg_cursor,
    AsyncAdapt_asyncpg_dbapi,
)
from sqlalchemy.util import await_only

# Runs a statement with its parameters ($1, $2 …) and gives its status ("UPDATE 1") and rows.
RunSql = Callable[[str, Sequence[Any]], Awaitable[tuple[str, list[Any]]]]
LastWrite = Callable[[RunSql], Awaitable[None]]

_LOCKING = re.compile(r"\bFOR\s+(?:UPDATE|SHARE|NO\s+KEY\s+UPDATE|KEY\s+SHARE)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def plain_read(operation: str) -> bool:
    """A SELECT that takes no row locks. (A SELECT calling a function that writes would be taken for one: the
    project has none.)"""
    return operation.lstrip()[:6].upper() == "SELECT" and _LOCKING.search(operation) is None


class LazyBeginCursor(AsyncAdapt_asyncpg_cursor):
    __slots__ = ()

    async def _prepare_and_execute(self, operation: Any, parameters: Any) -> None:
        connection = self._adapt_connection
        assert isinstance(connection, LazyBeginConnection)
        # Read by `_start_transaction`, which the adapter calls next (under the connection's mutex) when no
        # transaction is open; a connection serves one session, one statement at a time.
        connection._reading = isinstance(operation, str) and plain_read(operation)
        try:
            await super()._prepare_and_execute(operation, parameters)
        finally:
            connection._reading = False


class LazyBeginConnection(AsyncAdapt_asyncpg_connection):
    __slots__ = ("_last_writes", "_reading")
    _cursor_cls = LazyBeginCursor

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._reading = False
        self._last_writes: list[LastWrite] = []

    @property
    def in_transaction(self) -> bool:
        return self._transaction is not None

    async def _start_transaction(self) -> None:
        if not self._reading:
            await super()._start_transaction()

    def write_at_commit(self, write: LastWrite) -> None:
        """`await write(run_sql)` is done by the commit; an exception it raises fails the commit and rolls back what
        the transaction wrote. Forgotten on a rollback."""
        self._last_writes.append(write)

    def commit(self) -> None:
        last_writes, self._last_writes = self._last_writes, []
        if last_writes:
            try:
                await_only(self._write_last(last_writes))
            except BaseException:
                self.rollback()
                raise
        super().commit()

    async def _write_last(self, last_writes: list[LastWrite]) -> None:
        async with self._execute_mutex:
            if self._transaction is None and len(last_writes) > 1:
                await super()._start_transaction()  # several writes: together or not at all
            for write in last_writes:
                try:
                    await write(self._run_sql)
                except asyncpg.PostgresError as error:
                    self._handle_exception(error)

    async def _run_sql(self, sql: str, parameters: Sequence[Any]) -> tuple[str, list[Any]]:
        # Prepared as the adapter prepares its statements, in the same cache of prepared statements.
        prepared, _attributes = await self._prepare(sql, self._invalidate_schema_cache_asof)
        rows = await prepared.fetch(*parameters)
        return str(prepared.get_statusmsg()), list(rows)

    def rollback(self) -> None:
        self._last_writes = []
        super().rollback()

    def close(self) -> None:
        self._last_writes = []
        super().close()


class LazyBeginDbapi(AsyncAdapt_asyncpg_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> LazyBeginConnection:
        creator = kw.pop("async_creator_fn", self.asyncpg.connect)
        cache_size = kw.pop("prepared_statement_cache_size", 100)
        name_func = kw.pop("prepared_statement_name_func", None)
        connection: LazyBeginConnection = await_only(LazyBeginConnection.create(
            self, creator(*arg, **kw), prepared_statement_cache_size=cache_size,
            prepared_statement_name_func=name_func,
        ))
        return connection


def lazy_begin_dbapi() -> LazyBeginDbapi:
    return LazyBeginDbapi(asyncpg)
