"""The durable job table: insert-if-absent, leases with SKIP LOCKED (PostgreSQL) or conditional UPDATE (SQLite)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from store.db import create_engine, make_sessionmaker
from store.jobs import JobStore
from tests.support.jobs_db import NOW

LEASE = timedelta(minutes=5)


async def test_enqueue_is_insert_if_absent(engine: AsyncEngine) -> None:
    store = JobStore(make_sessionmaker(engine))
    assert await store.enqueue("t", "k", NOW, "key-1", {"a": 1}) is True
    assert await store.enqueue("t", "k", NOW + timedelta(days=1), "key-1", {"a": 2}) is False
    job = await store.get("key-1")
    assert job is not None and job.payload == {"a": 1} and job.due_at == NOW and job.attempts == 0
    assert (await store.counts()).pending == 1


async def test_claim_takes_due_jobs_once_and_counts_attempts(engine: AsyncEngine) -> None:
    store = JobStore(make_sessionmaker(engine))
    for n in range(5):
        await store.enqueue("t", "k", NOW - timedelta(minutes=n), f"due-{n}", {})
    await store.enqueue("t", "k", NOW + timedelta(hours=1), "later", {})
    first = await store.claim("A", NOW, 3, LEASE)
    second = await store.claim("B", NOW, 10, LEASE)
    assert [j.idempotency_key for j in first] == ["due-4", "due-3", "due-2"]  # oldest first
    assert [j.idempotency_key for j in second] == ["due-1", "due-0"]
    assert all(j.attempts == 1 and j.locked_by == "A" and j.locked_until == NOW + LEASE for j in first)
    assert await store.claim("C", NOW, 10, LEASE) == []
    assert await store.next_due() == NOW + LEASE  # all due jobs are leased: the first is free when its lease ends


async def test_a_retry_whose_back_off_has_passed_goes_before_the_untried_rest(engine: AsyncEngine) -> None:
    """A broadcast's jobs fall due together; one refused with a 429 is due again after its back-off, later than the
    rest. It is claimed next, not after all of them (where a second refusal would make its back-off the
    broadcast's tail)."""
    store = JobStore(make_sessionmaker(engine))
    for n in range(4):
        await store.enqueue("t", "k", NOW, f"card-{n}", {})
    [refused] = await store.claim("A", NOW, 1, LEASE)
    assert refused.idempotency_key == "card-0"
    retry_at = NOW + timedelta(seconds=1)
    assert await store.fail(refused.id, "A", NOW, "429", retry_at)
    assert [j.idempotency_key for j in await store.claim("A", NOW, 1, LEASE)] == ["card-1"]  # not due again yet
    batch = await store.claim("A", retry_at, 10, LEASE)
    assert [j.idempotency_key for j in batch] == ["card-0", "card-2", "card-3"]
    assert batch[0].attempts == 2


async def test_an_expired_lease_is_claimed_again_and_fences_the_old_worker(engine: AsyncEngine) -> None:
    store = JobStore(make_sessionmaker(engine))
    await store.enqueue("t", "k", NOW, "job", {})
    [job] = await store.claim("A", NOW, 1, LEASE)
    assert await store.claim("B", NOW + LEASE - timedelta(seconds=1), 1, LEASE) == []
    [again] = await store.claim("B", NOW + LEASE, 1, LEASE)
    assert again.id == job.id and again.attempts == 2 and again.locked_by == "B"
    later = NOW + LEASE + timedelta(seconds=5)
    assert await store.renew(job.id, "A", later, LEASE) is False
    assert await store.complete(job.id, "A", later) is False
    assert await store.fail(job.id, "A", later, "x", later) is False
    assert await store.renew(job.id, "B", later, LEASE) is True
    assert await store.complete(job.id, "B", later) is True
    assert await store.complete(job.id, "B", later) is False  # done is done
    counts = await store.counts()
    assert (counts.pending, counts.done, counts.failed) == (0, 1, 0)


async def test_fail_reschedules_or_gives_up(engine: AsyncEngine) -> None:
    store = JobStore(make_sessionmaker(engine))
    await store.enqueue("t", "k", NOW, "retry", {})
    await store.enqueue("t", "k", NOW, "dead", {})
    jobs = {j.idempotency_key: j for j in await store.claim("A", NOW, 5, LEASE)}
    assert await store.fail(jobs["retry"].id, "A", NOW, "429", NOW + timedelta(seconds=30)) is True
    assert await store.fail(jobs["dead"].id, "A", NOW, "403", None) is True
    assert await store.claim("A", NOW + timedelta(seconds=29), 5, LEASE) == []
    [retried] = await store.claim("A", NOW + timedelta(seconds=30), 5, LEASE)
    assert retried.idempotency_key == "retry" and retried.attempts == 2
    counts = await store.counts()
    assert (counts.pending, counts.failed) == (1, 1)


async def test_concurrent_claims_never_share_a_job(database_url: str) -> None:
    engines = [create_engine(database_url) for _ in range(4)]
    try:
        stores = [JobStore(make_sessionmaker(e)) for e in engines]
        for n in range(60):
            await stores[0].enqueue("t", "k", NOW, f"job-{n}", {})

        async def drain(store: JobStore, worker: str) -> list[int]:
            taken: list[int] = []
            while batch := await store.claim(worker, NOW, 4, LEASE):
                taken.extend(j.id for j in batch)
                await asyncio.sleep(0)
            return taken

        results = await asyncio.gather(*(drain(s, f"w{i}") for i, s in enumerate(stores)))
        claimed = [job for taken in results for job in taken]
        assert len(claimed) == 60 and len(set(claimed)) == 60
    finally:
        for e in engines:
            await e.dispose()


async def test_first_contact_wakes_the_cards_put_off_for_the_person_not_those_not_yet_due(engine: AsyncEngine) -> None:
    """The holder opens the bot the day before December's card is due: November's card, put off because she could
    not be reached, comes at once; December's keeps its time (it was sent a day early, with the wrong figures)."""
    from store.jobs import SqlJobQueue

    store = JobStore(make_sessionmaker(engine))
    await store.enqueue("t", "monthly_status", NOW, "monthly:1:2026-11:7", {})
    await store.enqueue("t", "monthly_status", NOW + timedelta(days=30), "monthly:1:2026-12:7", {})
    [november] = await store.claim("A", NOW, 5, LEASE)
    await store.fail(november.id, "A", NOW, "not reachable", NOW + timedelta(hours=6))
    opened = NOW + timedelta(hours=1)
    async with make_sessionmaker(engine)() as session:
        assert await SqlJobQueue(session).wake_recipient("t", "monthly_status", 7, opened) == 1
        await session.commit()
    assert [j.idempotency_key for j in await store.claim("A", opened, 5, LEASE)] == ["monthly:1:2026-11:7"]
    december = await store.get("monthly:1:2026-12:7")
    assert december is not None and december.due_at == NOW + timedelta(days=30)
