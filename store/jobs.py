"""Durable jobs in the `scheduled_job` table: enqueue once per key, claim with a lease, complete or fail.

The lease
---------
`claim` marks up to `limit` due jobs as locked by one worker until `now + lock_for` and returns them. On
PostgreSQL the candidates are picked and locked with `SELECT … LIMIT n FOR UPDATE SKIP LOCKED`, then marked in the
same transaction, so concurrent runners take disjoint batches without waiting on each other. SQLite has no row
locks, but it runs one writer at a time: the claim is a single `UPDATE … WHERE id IN (SELECT …) RETURNING`, which
re-checks that the job is still free under the write lock, so two runners can never both claim a job there either.

A runner that dies keeps its lease until `locked_until`; after that any runner may claim the job again. Before it
sends, a runner calls `renew`, which succeeds only while the lease is still its own: a runner that stalled past
its lease and lost the job to another one finds out there and does not send. `complete` and `fail` are fenced the
same way (they change nothing for a worker that no longer holds the lease).

`attempts` counts claims, so a job that keeps killing its runner is given up after the runner's maximum too.

Order: among the due jobs, those tried before (a retry after its back-off, a job put off and woken) first, then by
due time (`CLAIM_ORDER`).

Times: every time is stored in UTC (SQLite keeps no offset, and compares stored times as text).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from store.db import dialect_insert
from store.models import ScheduledJobRow

J = ScheduledJobRow
MAX_ERROR_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    tenant_id: str
    kind: str
    due_at: datetime
    idempotency_key: str
    payload: dict[str, Any]
    attempts: int
    locked_by: str | None
    locked_until: datetime | None
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class JobCounts:
    pending: int
    done: int
    failed: int


def utc(moment: datetime) -> datetime:
    """An aware time in UTC; a naive time (as SQLite returns it) is taken to be UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _job(row: Any) -> Job:
    return Job(
        id=row.id,
        tenant_id=row.tenant_id,
        kind=row.kind,
        due_at=utc(row.due_at),
        idempotency_key=row.idempotency_key,
        payload=dict(row.payload or {}),
        attempts=row.attempts,
        locked_by=row.locked_by,
        locked_until=utc(row.locked_until) if row.locked_until else None,
        expires_at=utc(row.expires_at) if row.expires_at else None,
    )


_PENDING = and_(J.done_at.is_(None), J.failed_at.is_(None))


# Among the due jobs, one that was tried before (a retry whose back-off has passed, a job put off and woken) goes
# first, then by due time. A retry's due time is the end of its back-off, later than the rest of a broadcast that
# fell due together: by due time alone it would wait behind all of them, and a second refusal would then come at
# the very end, its back-off the broadcast's tail.
CLAIM_ORDER = ((J.attempts > 0).desc(), J.due_at, J.id)


class SqlJobQueue:
    """The job table inside one session (a unit of work); the caller commits."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def wake_recipient(self, tenant_id: str, kind: str, person_id: int, now: datetime) -> int:
        # A recipient's jobs end their idempotency key with ":{person id}" (e.g. monthly:{agreement}:{month}:{id}).
        # Only jobs already tried (put off while the person could not be reached) are woken; one not due yet, such
        # as next month's card, keeps its time.
        result = await self._session.execute(
            update(ScheduledJobRow)
            .where(
                ScheduledJobRow.tenant_id == tenant_id,
                ScheduledJobRow.kind == kind,
                ScheduledJobRow.idempotency_key.like(f"%:{int(person_id)}"),
                ScheduledJobRow.done_at.is_(None),
                ScheduledJobRow.failed_at.is_(None),
                ScheduledJobRow.due_at > now,
                ScheduledJobRow.attempts > 0,
                or_(ScheduledJobRow.locked_until.is_(None), ScheduledJobRow.locked_until < now),
            )
            .values(due_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def cancel_pending(
        self, tenant_id: str, kind: str, *, keys: Sequence[str] = (), prefixes: Sequence[str] = (), now: datetime
    ) -> int:
        """Deletes the jobs of `kind` not yet sent whose key is one of `keys` or starts with one of `prefixes` and
        that no runner holds now (a held one is checked by its handler when it runs); their keys can be used
        again."""
        matches = [J.idempotency_key.in_(list(keys))] if keys else []
        matches += [J.idempotency_key.like(f"{prefix}%") for prefix in prefixes]
        if not matches:
            return 0
        now = utc(now)
        result = await self._session.execute(
            delete(J)
            .where(
                J.tenant_id == tenant_id,
                J.kind == kind,
                or_(*matches),
                _PENDING,
                or_(J.locked_until.is_(None), J.locked_until < now),
            )
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def enqueue(
        self,
        tenant_id: str,
        kind: str,
        due_at: datetime,
        idempotency_key: str,
        payload: Mapping[str, Any],
        *,
        expires_at: datetime | None = None,
    ) -> bool:
        """Inserts the job unless one with this key exists (done or not); True if it was inserted."""
        insert = dialect_insert(self._session)
        result = await self._session.execute(
            insert(J)
            .values(
                tenant_id=tenant_id,
                kind=kind,
                due_at=utc(due_at),
                idempotency_key=idempotency_key,
                payload=dict(payload),
                attempts=0,
                expires_at=utc(expires_at) if expires_at else None,
            )
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def claim(self, worker_id: str, now: datetime, limit: int, lock_for: timedelta) -> list[Job]:
        now = utc(now)
        free = or_(J.locked_until.is_(None), J.locked_until <= now)
        candidates = (
            select(J.id).where(_PENDING, J.due_at <= now, free).order_by(*CLAIM_ORDER).limit(limit)
        )
        if self._dialect == "postgresql":
            # Lock the batch first, skipping rows another runner holds; the locks last until commit. (Inside
            # `IN (…)` PostgreSQL may run a LIMIT … FOR UPDATE subquery more than once and take too many rows.)
            ids = list(await self._session.scalars(candidates.with_for_update(skip_locked=True)))
            if not ids:
                return []
            chosen: Any = ids
        else:
            chosen = candidates.scalar_subquery()
        stmt = (
            update(J)
            .where(J.id.in_(chosen), _PENDING, free)
            .values(locked_by=worker_id, locked_until=now + lock_for, attempts=J.attempts + 1)
            .returning(*J.__table__.columns)
            .execution_options(synchronize_session=False)
        )
        rows = (await self._session.execute(stmt)).all()
        return sorted((_job(r) for r in rows), key=lambda job: (job.attempts <= 1, job.due_at, job.id))

    async def renew(self, job_id: int, worker_id: str, now: datetime, lock_for: timedelta) -> bool:
        """Extends the lease; False if the worker no longer holds it (or the job is finished)."""
        return await self._fenced(job_id, worker_id, locked_until=utc(now) + lock_for)

    async def complete(self, job_id: int, worker_id: str, now: datetime, note: str | None = None) -> bool:
        """Done; `note` says why nothing was sent (kept in last_error, as the job's last word)."""
        values: dict[str, Any] = {"done_at": utc(now), "locked_by": None, "locked_until": None}
        if note is not None:
            values["last_error"] = note[:MAX_ERROR_LENGTH]
        return await self._fenced(job_id, worker_id, **values)

    async def fail(
        self, job_id: int, worker_id: str, now: datetime, error: str, retry_at: datetime | None
    ) -> bool:
        """Releases the job to run again at `retry_at`, or gives it up for good when `retry_at` is None."""
        values: dict[str, Any] = {"locked_by": None, "locked_until": None, "last_error": error[:MAX_ERROR_LENGTH]}
        if retry_at is None:
            values["failed_at"] = utc(now)
        else:
            values["due_at"] = utc(retry_at)
        return await self._fenced(job_id, worker_id, **values)

    async def next_due(self) -> datetime | None:
        """When the earliest unfinished job can next be claimed: its due time, or the end of the lease a dead
        runner still holds on it (so `run-jobs --wait` does not spin on a locked job)."""
        free_at = case((J.locked_until.is_not(None) & (J.locked_until > J.due_at), J.locked_until), else_=J.due_at)
        value = await self._session.scalar(select(func.min(free_at)).where(_PENDING))
        return utc(value) if value else None

    async def counts(self, tenant_id: str | None = None) -> JobCounts:
        stmt = select(
            func.count().filter(_PENDING), func.count().filter(J.done_at.is_not(None)),
            func.count().filter(J.failed_at.is_not(None)),
        ).select_from(J)
        if tenant_id is not None:
            stmt = stmt.where(J.tenant_id == tenant_id)
        pending, done, failed = (await self._session.execute(stmt)).one()
        return JobCounts(int(pending), int(done), int(failed))

    async def get(self, idempotency_key: str) -> Job | None:
        row = (await self._session.execute(
            select(*J.__table__.columns).where(J.idempotency_key == idempotency_key)
        )).first()
        return _job(row) if row else None

    async def _fenced(self, job_id: int, worker_id: str, **values: Any) -> bool:
        result = await self._session.execute(
            update(J)
            .where(J.id == job_id, J.locked_by == worker_id, _PENDING)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    @property
    def _dialect(self) -> str:
        bind = self._session.bind
        return bind.dialect.name if bind is not None else "sqlite"


class JobStore:
    """The job table for a runner: every call is its own short transaction, committed before it returns."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker

    async def _run(self, work: Callable[[SqlJobQueue], Any]) -> Any:
        async with self._sessionmaker() as session, session.begin():
            return await work(SqlJobQueue(session))

    async def enqueue(
        self,
        tenant_id: str,
        kind: str,
        due_at: datetime,
        idempotency_key: str,
        payload: Mapping[str, Any],
        *,
        expires_at: datetime | None = None,
    ) -> bool:
        inserted: bool = await self._run(
            lambda q: q.enqueue(tenant_id, kind, due_at, idempotency_key, payload, expires_at=expires_at)
        )
        return inserted

    async def claim(self, worker_id: str, now: datetime, limit: int, lock_for: timedelta) -> list[Job]:
        jobs: list[Job] = await self._run(lambda q: q.claim(worker_id, now, limit, lock_for))
        return jobs

    async def renew(self, job_id: int, worker_id: str, now: datetime, lock_for: timedelta) -> bool:
        renewed: bool = await self._run(lambda q: q.renew(job_id, worker_id, now, lock_for))
        return renewed

    async def complete(self, job_id: int, worker_id: str, now: datetime, note: str | None = None) -> bool:
        completed: bool = await self._run(lambda q: q.complete(job_id, worker_id, now, note))
        return completed

    async def fail(
        self, job_id: int, worker_id: str, now: datetime, error: str, retry_at: datetime | None
    ) -> bool:
        failed: bool = await self._run(lambda q: q.fail(job_id, worker_id, now, error, retry_at))
        return failed

    async def next_due(self) -> datetime | None:
        due: datetime | None = await self._run(lambda q: q.next_due())
        return due

    async def counts(self, tenant_id: str | None = None) -> JobCounts:
        counts: JobCounts = await self._run(lambda q: q.counts(tenant_id))
        return counts

    async def get(self, idempotency_key: str) -> Job | None:
        job: Job | None = await self._run(lambda q: q.get(idempotency_key))
        return job
