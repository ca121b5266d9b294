"""The SQLite driver (store/sqlite_driver.py): a turn's statements and COMMIT run on the event loop, and the
write-ahead log is still checkpointed, on the connection's thread, so it does not grow without end."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from store import sqlite_driver
from store.db import create_engine


@pytest.fixture
async def file_engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'driver.db'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))
    yield engine
    await engine.dispose()


@pytest.fixture
def thread_trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the functions aiosqlite runs on a connection's thread from now on."""
    trips: list[str] = []
    original = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(getattr(fn, "__name__", repr(fn)))
        return await original(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    return trips


async def _write_notes(engine: AsyncEngine, count: int, body: str = "x") -> None:
    for n in range(count):
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO note (body) VALUES (:body)"), {"body": f"{body}{n}"})


async def test_a_transaction_and_its_commit_make_no_trip_to_the_thread(
    file_engine: AsyncEngine, thread_trips: list[str]
) -> None:
    await _write_notes(file_engine, 1)  # the pool's connection is open
    thread_trips.clear()
    await _write_notes(file_engine, 20)
    assert thread_trips == []
    async with file_engine.connect() as connection:
        assert (await connection.execute(text("SELECT count(*) FROM note"))).scalar_one() == 21


async def test_every_so_many_commits_one_goes_to_the_thread_with_a_checkpoint(
    file_engine: AsyncEngine, thread_trips: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sqlite_driver, "CHECKPOINT_EVERY", 10)
    await _write_notes(file_engine, 100, body="y" * 3000)  # about a page each
    assert thread_trips.count("_commit") == 10
    wal = tmp_path / "driver.db-wal"
    # Without the checkpoints (wal_autocheckpoint is off on these connections) the log would hold every page written,
    # well over 100 pages; with them it is reused from its start after each checkpoint.
    assert wal.stat().st_size < 40 * 4096
    with sqlite3.connect(tmp_path / "driver.db") as other:  # what was committed is there for another process
        assert other.execute("SELECT count(*) FROM note").fetchone() == (100,)
