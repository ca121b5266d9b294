"""PostgreSQL through store.postgres_driver: a unit of work begins its transaction at its first write, and a state
update left to the commit goes alone when nothing else was written, so a turn that reads and updates its state
sends no BEGIN and no COMMIT; what is written together still lands together or not at all."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from store.db import create_engine, make_sessionmaker
from store.models import BotStateRow
from store.postgres_driver import LazyBeginConnection, plain_read
from store.state import EtagConflictError, SqlStateStore


@pytest.fixture
async def pg_engine(postgres_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(postgres_url)
    async with engine.begin() as connection:
        await connection.execute(text("TRUNCATE bot_state"))
    yield engine
    await engine.dispose()


async def _raw(session: AsyncSession) -> LazyBeginConnection:
    raw = (await (await session.connection()).get_raw_connection()).dbapi_connection
    assert isinstance(raw, LazyBeginConnection)
    return raw


async def _transaction_commands(session: AsyncSession) -> list[str]:
    """BEGIN, COMMIT and ROLLBACK as the session's connection sends them from now on (asyncpg logs what it is
    asked to execute by text; the prepared statements SQLAlchemy sends are not logged)."""
    sent: list[str] = []

    def log(record: Any) -> None:
        command = record.query.strip(" ;").split()[0].upper()
        if command in ("BEGIN", "COMMIT", "ROLLBACK"):
            sent.append(command)

    (await _raw(session))._connection.add_query_logger(log)
    return sent


async def _backend_state(engine: AsyncEngine, session: AsyncSession) -> str:
    pid = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    async with engine.connect() as other:
        state = (await other.execute(text("SELECT state FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}))
        return str(state.scalar_one())


def test_plain_reads_are_told_from_writes_and_locking_reads() -> None:
    assert plain_read("SELECT person.id FROM person WHERE person.aad_object_id = $1::VARCHAR")
    assert plain_read("  select 1")
    assert not plain_read("UPDATE bot_state SET data=$1::JSON WHERE bot_state.key = $2::VARCHAR")
    assert not plain_read("SELECT scheduled_job.id FROM scheduled_job LIMIT $1 FOR UPDATE SKIP LOCKED")
    assert not plain_read("SELECT 1 FROM unit FOR SHARE")
    assert not plain_read("WITH moved AS (DELETE FROM x RETURNING *) SELECT * FROM moved")
    assert not plain_read("SAVEPOINT sa_savepoint_1")


async def test_reads_before_any_write_hold_no_transaction_open(pg_engine: AsyncEngine) -> None:
    async with make_sessionmaker(pg_engine)() as session:
        sent = await _transaction_commands(session)
        await session.execute(select(BotStateRow.key))
        assert await _backend_state(pg_engine, session) == "idle"
        await session.execute(text("UPDATE bot_state SET etag = etag WHERE key = 'none'"))
        assert await _backend_state(pg_engine, session) == "idle in transaction"
        await session.commit()
    assert sent == ["BEGIN", "COMMIT"]


async def test_a_locking_read_begins_the_transaction(pg_engine: AsyncEngine) -> None:
    async with make_sessionmaker(pg_engine)() as session:
        sent = await _transaction_commands(session)
        await session.execute(select(BotStateRow.key).with_for_update(skip_locked=True))
        assert sent == ["BEGIN"]
        assert await _backend_state(pg_engine, session) == "idle in transaction"


async def test_a_turn_that_reads_and_updates_its_state_sends_no_begin_or_commit(pg_engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(pg_engine))
    await store.write({"k": {"v": 1}})
    async with make_sessionmaker(pg_engine)() as session:
        sent = await _transaction_commands(session)
        connection = await session.connection()
        base = (await store.read(["k"], connection=connection))["k"]
        await store.write({"k": {**base, "v": 2}}, connection=connection, at_commit=True)
        assert (await store.read(["k"]))["k"]["v"] == 1  # nothing written before the commit
        await session.commit()
    assert sent == []
    assert (await store.read(["k"]))["k"]["v"] == 2


async def test_a_stale_state_alone_at_commit_fails_and_the_next_turn_can_write(pg_engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(pg_engine))
    await store.write({"k": {"v": 1}})
    stale = (await store.read(["k"]))["k"]
    await store.write({"k": {**stale, "v": 2}})
    sessionmaker = make_sessionmaker(pg_engine)
    with pytest.raises(EtagConflictError):
        async with sessionmaker() as session:
            await store.write({"k": {**stale, "v": 9}}, connection=await session.connection(), at_commit=True)
            await session.commit()
    fresh = (await store.read(["k"]))["k"]
    assert fresh["v"] == 2
    async with sessionmaker() as session:
        await store.write({"k": {**fresh, "v": 3}}, connection=await session.connection(), at_commit=True)
        await session.commit()
    assert (await store.read(["k"]))["k"]["v"] == 3


async def test_a_state_row_gone_meanwhile_is_written_again_at_commit(pg_engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(pg_engine))
    await store.write({"k": {"v": 1}})
    base = (await store.read(["k"]))["k"]
    await store.delete(["k"])
    async with make_sessionmaker(pg_engine)() as session:
        await store.write({"k": {**base, "v": 2}}, connection=await session.connection(), at_commit=True)
        await session.commit()
    assert (await store.read(["k"]))["k"]["v"] == 2


async def test_two_states_left_to_the_commit_land_together_or_not_at_all(pg_engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(pg_engine))
    await store.write({"user": {"v": 1}, "conversation": {"v": 1}})
    states = await store.read(["user", "conversation"])
    await store.write({"conversation": {**states["conversation"], "v": 2}})
    with pytest.raises(EtagConflictError):
        async with make_sessionmaker(pg_engine)() as session:
            connection = await session.connection()
            await store.write({"user": {**states["user"], "v": 5}}, connection=connection, at_commit=True)
            await store.write({"conversation": {**states["conversation"], "v": 5}}, connection=connection,
                              at_commit=True)
            await session.commit()
    after = await store.read(["user", "conversation"])
    assert after["user"]["v"] == 1 and after["conversation"]["v"] == 2
