"""SQLAlchemy's aiosqlite adapter, with statements and COMMITs run on the event loop itself and the checkpoint in
a trip to the connection's thread now and then.

aiosqlite runs every call on the connection's own thread and hands the result back to the event loop: SQLAlchemy's
adapter makes four such trips for a SELECT (open a cursor, execute, fetch all, close) and three for an UPDATE, and
each trip costs two wake-ups of threads (the connection's, then the loop's), far more than SQLite needs for the
statement itself on a small database held in the page cache. Here a statement (opened, executed, read and closed)
runs on the loop, where it takes microseconds: in WAL mode a read waits for no writer and a write only changes pages
in memory. The COMMIT, together with the writes left for it (`write_at_commit`), runs on the loop too: with
synchronous=NORMAL it only appends the transaction to the write-ahead log, which is not synced. What touches the disk
for longer is the checkpoint that copies the log into the database and syncs it; SQLite would run it inside a COMMIT
(wal_autocheckpoint), so the connections here turn that off and every CHECKPOINT_EVERY-th commit of the engine goes
to its connection's thread instead, followed by a PASSIVE checkpoint. A rollback of a connection with no transaction
open costs nothing.
Passed to SQLAlchemy as the dialect's DBAPI module (`create_async_engine(..., module=one_trip_dbapi())`).

Waiting for another writer happens on the event loop, not in SQLite's busy handler (the connection is opened with
timeout=0): that handler sleeps 1, 2, 5, 10 … 100 ms between tries, so a writer that loses the lock a few times waits
far longer than the writer before it needed. A statement that finds the database locked has done nothing; it is
tried again as soon as another connection of the engine ends its transaction (or after RETRY_S, for a writer in
another process), for up to BUSY_TIMEOUT_S.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import aiosqlite
from sqlalchemy.connectors.asyncio import AsyncAdapt_dbapi_connection, AsyncIODBAPIConnection
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import await_only

Description = tuple[tuple[Any, ...], ...] | None
LastWrite = Callable[[sqlite3.Connection], None]
T = TypeVar("T")
BUSY_TIMEOUT_S = 30.0
RETRY_S = 0.005
# About 1,000 pages of log at a few pages a turn's commit: SQLite's own wal_autocheckpoint is 1,000 pages.
CHECKPOINT_EVERY = 250


def _execute(
    connection: aiosqlite.Connection, operation: str, parameters: Any, many: bool
) -> tuple[Description, list[Any] | None, int, int | None]:
    """On the connection's thread: the statement's description, rows (None without a result), rowcount, lastrowid."""
    cursor = connection._conn.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


def _commit(connection: aiosqlite.Connection, last_writes: Sequence[LastWrite], checkpoint: bool = False) -> None:
    """The writes left for the commit, then the COMMIT (and, when `checkpoint`, a PASSIVE checkpoint: on the
    connection's thread). A write that raises rolls the transaction back (SQLAlchemy takes a failed commit as the end
    of the transaction and does not roll back)."""
    raw = connection._conn
    try:
        for write in last_writes:
            write(raw)
    except Exception as error:
        if not _locked(error):  # a locked database: nothing was written, and the whole commit is tried again
            raw.rollback()
        raise
    raw.commit()
    if checkpoint:
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)").close()


def _locked(error: Exception) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "database is locked" in str(error)


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """A cursor that holds one statement's results; the sqlite3 cursor is gone by the time it has them."""

    __slots__ = ("_result_description", "_result_lastrowid", "_result_rowcount")
    _awaitable_cursor_close = False

    def __init__(self, adapt_connection: AsyncAdapt_dbapi_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._rows = collections.deque()
        self._result_description: Description = None
        self._result_rowcount = -1
        self._result_lastrowid: int | None = None

    @property
    def description(self) -> Description:
        return self._result_description

    @property
    def rowcount(self) -> int:
        return self._result_rowcount

    def close(self) -> None:
        self._rows.clear()  # the sqlite3 cursor was closed on the thread

    @property
    def lastrowid(self) -> int | None:  # type: ignore[override]  # sqlite3's is None before any INSERT
        return self._result_lastrowid

    @property
    def arraysize(self) -> int:
        return 1

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        pass

    async def _execute_async(self, operation: Any, parameters: Any) -> None:
        await self._run(operation, parameters, many=False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Sequence[Any]) -> None:
        await self._run(operation, seq_of_parameters, many=True)

    async def _run(self, operation: Any, parameters: Any, *, many: bool) -> None:
        adapted = cast(OneTripConnection, self._adapt_connection)
        async with adapted._execute_mutex:
            description, rows, rowcount, lastrowid = await adapted.when_free(
                _execute, adapted._connection, operation, parameters, many, on_loop=True)
        self._result_description = description
        self._result_rowcount = rowcount
        self._result_lastrowid = lastrowid
        self._rows = collections.deque(rows) if rows is not None else collections.deque()


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    """A connection whose last writes can wait for its COMMIT (`write_at_commit`): they are then done together in
    one trip to the thread, so SQLite's write lock, if those writes take it, is held for microseconds rather than
    across a turn of the event loop (other writers wait meanwhile)."""

    __slots__ = ("_last_writes",)
    _cursor_cls = OneTripCursor
    dbapi: OneTripDbapi

    def __init__(self, dbapi: OneTripDbapi, connection: aiosqlite.Connection) -> None:
        super().__init__(dbapi, cast(AsyncIODBAPIConnection, connection))
        self._last_writes: list[LastWrite] = []

    def write_at_commit(self, write: LastWrite) -> None:
        """`write(sqlite3_connection)` runs on the thread just before the COMMIT; an exception it raises fails the
        commit (the transaction is then rolled back). Forgotten on a rollback."""
        self._last_writes.append(write)

    async def when_free(self, function: Callable[..., T], *args: Any, on_loop: bool = False) -> T:
        """`function(*args)` on the connection's thread (`on_loop`: here), tried again while another writer holds
        the database."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + BUSY_TIMEOUT_S
        while True:
            released = self.dbapi.next_release()
            try:
                if on_loop:
                    return function(*args)
                return cast(T, await self._connection._execute(function, *args))
            except sqlite3.OperationalError as error:
                if not _locked(error) or loop.time() >= deadline:
                    raise
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(released), RETRY_S)

    def commit(self) -> None:
        last_writes, self._last_writes = self._last_writes, []
        raw = self._connection._connection
        if raw is not None and not raw.in_transaction and not last_writes:
            return  # a unit of work that only read: nothing to commit
        if raw is not None:
            checkpoint = self.dbapi.checkpoint_due()
            try:
                await_only(self.when_free(_commit, self._connection, last_writes, checkpoint, on_loop=not checkpoint))
            except Exception as error:
                self._handle_exception(error)
            finally:
                self.dbapi.released()

    def rollback(self) -> None:
        self._last_writes = []
        raw = self._connection._connection
        if raw is not None and not raw.in_transaction:
            return  # nothing to roll back (a unit of work that only read, or the pool's reset after a commit)
        try:
            super().rollback()
        finally:
            self.dbapi.released()

    def close(self) -> None:
        self._last_writes = []
        super().close()


class OneTripDbapi(AsyncAdapt_aiosqlite_dbapi):
    """One per engine: its connections tell each other when a transaction ends (the write lock may be free)."""

    def __init__(self) -> None:
        super().__init__(aiosqlite, sqlite3)
        self._release: asyncio.Future[None] | None = None
        self._commits = 0

    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        # Waiting is OneTripConnection.when_free's; statements and commits run on the loop's thread, a checkpoint
        # on the connection's, one at a time (the adapter's mutex and the awaited commit order them).
        connection = aiosqlite.connect(*arg, **{**kw, "timeout": 0, "check_same_thread": False})
        connection._thread.daemon = True  # as SQLAlchemy's adapter: a forgotten connection never blocks the exit
        opened = await_only(connection)
        await_only(opened.execute("PRAGMA wal_autocheckpoint=0"))  # checkpoints are the thread's: checkpoint_due
        return OneTripConnection(self, opened)

    def checkpoint_due(self) -> bool:
        """True for every CHECKPOINT_EVERY-th commit of the engine: that one runs on the thread, with a checkpoint."""
        self._commits += 1
        return self._commits % CHECKPOINT_EVERY == 0

    def next_release(self) -> asyncio.Future[None]:
        """Done when a connection of this engine next ends a transaction."""
        loop = asyncio.get_running_loop()
        if self._release is None or self._release.done() or self._release.get_loop() is not loop:
            self._release = loop.create_future()
        return self._release

    def released(self) -> None:
        if self._release is not None and not self._release.done():
            self._release.set_result(None)
        self._release = None


def one_trip_dbapi() -> OneTripDbapi:
    return OneTripDbapi()
