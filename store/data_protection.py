"""SQL for data protection: agreements.data_protection.PersonDataStore, and a unit of work that carries it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase

from agreements.data_protection import READ_ACTION, NoteCounts
from agreements.types import Person
from store.mapping import person_from_row
from store.models import (
    ActionPointRow,
    AgendaItemRow,
    AgreementRow,
    AgreementVersionRow,
    AuditEventRow,
    BotStateRow,
    ChannelSubscriptionRow,
    GoalEvaluationRow,
    GoalRow,
    MeetingNoteRow,
    MeetingRow,
    PendingCardRow,
    PersonRow,
    ScheduledJobRow,
    SentCardRow,
    UnitRow,
)
from store.uow import SqlUnitOfWork

CHUNK = 500


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row_dict(row: DeclarativeBase) -> dict[str, Any]:
    """Every column of the row, JSON-ready (times as ISO 8601)."""
    return {column.key: _value(getattr(row, column.key)) for column in row.__table__.columns}


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _addressed_to(job: ScheduledJobRow, person_id: int) -> bool:
    value = (job.payload or {}).get("person_id")
    return value is not None and str(value) == str(person_id)


def _takes_part(meeting: MeetingRow, person_id: int) -> bool:
    return meeting.created_by == person_id or any(str(p) == str(person_id) for p in meeting.participant_ids or [])


class SqlPersonData:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find(self, tenant_id: str | None, ident: str) -> list[Person]:
        stmt = select(PersonRow)
        stmt = stmt.where(PersonRow.id == int(ident)) if ident.isdigit() else stmt.where(
            PersonRow.aad_object_id == ident)
        if tenant_id:
            stmt = stmt.where(PersonRow.tenant_id == tenant_id)
        return [person_from_row(r) for r in await self._session.scalars(stmt.order_by(PersonRow.id))]

    async def records(self, person: Person, state_identifiers: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        pid, tenant = self._ids(person)
        s = self._session
        records: dict[str, list[dict[str, Any]]] = {}

        agreements = []
        rows = await s.execute(
            select(AgreementRow, UnitRow.name).join(UnitRow, UnitRow.id == AgreementRow.unit_id)
            .where(AgreementRow.tenant_id == tenant, or_(AgreementRow.holder_id == pid, AgreementRow.giver_id == pid))
            .order_by(AgreementRow.id)
        )
        for agreement, unit_name in rows.all():
            goals = await s.scalars(select(GoalRow).where(GoalRow.agreement_id == agreement.id)
                                    .order_by(GoalRow.position, GoalRow.id))
            agreements.append({
                **row_dict(agreement), "unit_name": unit_name,
                "role": "holder" if agreement.holder_id == pid else "giver",
                "goals": [row_dict(g) for g in goals],
            })
        records["agreements"] = agreements

        records["agreement_versions"] = await self._rows(
            select(AgreementVersionRow).where(AgreementVersionRow.tenant_id == tenant, or_(
                AgreementVersionRow.submitted_by == pid, AgreementVersionRow.decided_by == pid))
            .order_by(AgreementVersionRow.id))
        meetings = await s.scalars(select(MeetingRow).where(MeetingRow.tenant_id == tenant).order_by(MeetingRow.id))
        records["meetings"] = [row_dict(m) for m in meetings if _takes_part(m, pid)]
        notes = await s.scalars(select(MeetingNoteRow).where(MeetingNoteRow.tenant_id == tenant,
                                                             MeetingNoteRow.author_id == pid)
                                .order_by(MeetingNoteRow.id))
        records["meeting_notes"] = [{**row_dict(n), "journalised": n.legal_hold} for n in notes]
        records["agenda_items"] = await self._rows(
            select(AgendaItemRow).where(AgendaItemRow.tenant_id == tenant, AgendaItemRow.author_id == pid)
            .order_by(AgendaItemRow.id))
        records["action_points"] = await self._rows(
            select(ActionPointRow).where(ActionPointRow.tenant_id == tenant,
                                         or_(ActionPointRow.owner_id == pid, ActionPointRow.closed_by == pid))
            .order_by(ActionPointRow.id))
        records["goal_evaluations"] = await self._rows(
            select(GoalEvaluationRow).where(GoalEvaluationRow.tenant_id == tenant,
                                            GoalEvaluationRow.assessed_by == pid)
            .order_by(GoalEvaluationRow.id))
        records["measurements_registered"] = await self._rows(
            select(AuditEventRow).where(AuditEventRow.tenant_id == tenant, AuditEventRow.actor_id == pid,
                                        AuditEventRow.action.startswith("measurements."))
            .order_by(AuditEventRow.id))
        records["audit_events"] = await self._rows(
            select(AuditEventRow).where(AuditEventRow.tenant_id == tenant, or_(
                AuditEventRow.actor_id == pid, AuditEventRow.subject == f"person:{pid}"))
            .order_by(AuditEventRow.id))
        records["pending_cards"] = await self._rows(
            select(PendingCardRow).where(PendingCardRow.person_id == pid).order_by(PendingCardRow.id))
        records["sent_cards"] = await self._rows(
            select(SentCardRow).where(SentCardRow.person_id == pid).order_by(SentCardRow.id))
        jobs = await s.scalars(select(ScheduledJobRow).where(ScheduledJobRow.tenant_id == tenant)
                               .order_by(ScheduledJobRow.id))
        records["scheduled_jobs"] = [row_dict(j) for j in jobs if _addressed_to(j, pid)]
        records["channel_subscriptions"] = await self._rows(
            select(ChannelSubscriptionRow).where(ChannelSubscriptionRow.tenant_id == tenant,
                                                 ChannelSubscriptionRow.subscribed_by == pid)
            .order_by(ChannelSubscriptionRow.id))
        records["bot_state"] = [
            {"key": r.key, "data": r.data, "updated_at": _value(r.updated_at)}
            for r in await self._state_rows(tenant, state_identifiers)
        ]
        return records

    async def note_reads(self, tenant_id: str, meeting_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        reads: dict[int, list[dict[str, Any]]] = {}
        if not meeting_ids:
            return reads
        subjects = {f"meeting:{m}": m for m in meeting_ids}
        rows = await self._session.execute(
            select(AuditEventRow.subject, AuditEventRow.actor_id, PersonRow.name, AuditEventRow.at)
            .outerjoin(PersonRow, PersonRow.id == AuditEventRow.actor_id)
            .where(AuditEventRow.tenant_id == tenant_id, AuditEventRow.action == READ_ACTION,
                   AuditEventRow.subject.in_(list(subjects)))
            .order_by(AuditEventRow.at, AuditEventRow.id)
        )
        for subject, actor_id, name, at in rows.all():
            reads.setdefault(subjects[subject], []).append(
                {"reader_id": actor_id, "reader_name": name, "at": _value(at)})
        return reads

    async def delete_notes(self, person: Person) -> NoteCounts:
        pid, tenant = self._ids(person)
        mine = (MeetingNoteRow.tenant_id == tenant, MeetingNoteRow.author_id == pid)
        kept = await self._session.scalar(
            select(func.count()).select_from(MeetingNoteRow).where(*mine, MeetingNoteRow.legal_hold.is_(True)))
        result = await self._session.execute(delete(MeetingNoteRow).where(*mine, MeetingNoteRow.legal_hold.is_(False)))
        return NoteCounts(deleted=int(getattr(result, "rowcount", 0) or 0), kept=int(kept or 0))

    async def delete_traces(self, person: Person, state_identifiers: Sequence[str]) -> dict[str, int]:
        pid, tenant = self._ids(person)
        s = self._session
        counts = {"agenda_items": await self._delete(delete(AgendaItemRow).where(
            AgendaItemRow.tenant_id == tenant, AgendaItemRow.author_id == pid))}
        counts["cards"] = (await self._delete(delete(PendingCardRow).where(PendingCardRow.person_id == pid))
                           + await self._delete(delete(SentCardRow).where(SentCardRow.person_id == pid)))
        waiting = await s.scalars(select(ScheduledJobRow).where(
            ScheduledJobRow.tenant_id == tenant, ScheduledJobRow.done_at.is_(None),
            ScheduledJobRow.failed_at.is_(None)))
        job_ids = [j.id for j in waiting if _addressed_to(j, pid)]
        counts["jobs"] = 0
        for chunk in _chunks(job_ids):
            counts["jobs"] += await self._delete(delete(ScheduledJobRow).where(ScheduledJobRow.id.in_(chunk)))
        # The person's finished jobs stay (the municipality's record), without the text of their last error.
        finished = await s.scalars(select(ScheduledJobRow).where(
            ScheduledJobRow.tenant_id == tenant, ScheduledJobRow.last_error.is_not(None)))
        cleared = [j.id for j in finished if _addressed_to(j, pid)]
        for chunk in _chunks(cleared):
            await s.execute(update(ScheduledJobRow).where(ScheduledJobRow.id.in_(chunk)).values(last_error=None))
        keys = [r.key for r in await self._state_rows(tenant, state_identifiers)]
        counts["state_rows"] = 0
        for start in range(0, len(keys), CHUNK):
            counts["state_rows"] += await self._delete(
                delete(BotStateRow).where(BotStateRow.key.in_(keys[start:start + CHUNK])))
        return counts

    async def kept_records(self, person: Person) -> dict[str, int]:
        pid, tenant = self._ids(person)
        agreements = await self._session.scalar(select(func.count()).select_from(AgreementRow).where(
            AgreementRow.tenant_id == tenant, or_(AgreementRow.holder_id == pid, AgreementRow.giver_id == pid)))
        points = await self._session.scalar(select(func.count()).select_from(ActionPointRow).where(
            ActionPointRow.tenant_id == tenant, ActionPointRow.owner_id == pid))
        return {"agreements": int(agreements or 0), "action_points": int(points or 0)}

    async def anonymise(self, person: Person, name: str, aad_object_id: str) -> None:
        pid, tenant = self._ids(person)
        await self._session.execute(
            update(PersonRow).where(PersonRow.tenant_id == tenant, PersonRow.id == pid).values(
                name=name, aad_object_id=aad_object_id, email=None, teams_user_id=None,
                conversation_reference=None, welcomed_at=None, app_installed_at=None, app_removed_at=None,
                unit_id=None, leader_id=None, in_organisation=False, active=False))

    async def purge_notes(self, before_year: int, *, dry_run: bool) -> dict[str, NoteCounts]:
        rows = (await self._session.execute(
            select(MeetingNoteRow.id, MeetingNoteRow.tenant_id, MeetingNoteRow.legal_hold)
            .join(MeetingRow, MeetingRow.id == MeetingNoteRow.meeting_id)
            .join(AgreementRow, AgreementRow.id == MeetingRow.agreement_id)
            .where(AgreementRow.year < before_year)
            .order_by(MeetingNoteRow.id)
        )).all()
        deleted: dict[str, int] = {}
        kept: dict[str, int] = {}
        due: list[int] = []
        for note_id, tenant_id, held in rows:
            if held:
                kept[tenant_id] = kept.get(tenant_id, 0) + 1
            else:
                deleted[tenant_id] = deleted.get(tenant_id, 0) + 1
                due.append(note_id)
        if not dry_run:
            for chunk in _chunks(due):
                await self._session.execute(delete(MeetingNoteRow).where(MeetingNoteRow.id.in_(chunk)))
        return {t: NoteCounts(deleted.get(t, 0), kept.get(t, 0)) for t in sorted({*deleted, *kept})}

    async def set_journalised(self, tenant_id: str, meeting_id: int, journalised: bool) -> int | None:
        meeting = await self._session.scalar(select(MeetingRow.id).where(
            MeetingRow.tenant_id == tenant_id, MeetingRow.id == meeting_id))
        if meeting is None:
            return None
        result = await self._session.execute(update(MeetingNoteRow).where(
            MeetingNoteRow.tenant_id == tenant_id, MeetingNoteRow.meeting_id == meeting_id
        ).values(legal_hold=journalised))
        return int(getattr(result, "rowcount", 0) or 0)

    # ---------------------------------------------------------------- internals

    @staticmethod
    def _ids(person: Person) -> tuple[int, str]:
        assert person.id is not None, "a stored person"
        return person.id, person.tenant_id

    async def _rows(self, stmt: Any) -> list[dict[str, Any]]:
        return [row_dict(r) for r in await self._session.scalars(stmt)]

    async def _delete(self, stmt: Any) -> int:
        result = await self._session.execute(stmt)
        return int(getattr(result, "rowcount", 0) or 0)

    async def _state_rows(self, tenant_id: str, identifiers: Sequence[str]) -> list[BotStateRow]:
        if not identifiers:
            return []
        rows = await self._session.scalars(
            select(BotStateRow)
            .where(BotStateRow.tenant_id.in_([tenant_id, ""]),
                   or_(*(BotStateRow.key.contains(i, autoescape=True) for i in identifiers)))
            .order_by(BotStateRow.key))
        return list(rows)


class SqlDataProtectionUnitOfWork(SqlUnitOfWork):
    """The store's unit of work, plus `person_data`."""

    async def __aenter__(self) -> SqlDataProtectionUnitOfWork:
        await super().__aenter__()
        self.person_data = SqlPersonData(self.session)
        return self
