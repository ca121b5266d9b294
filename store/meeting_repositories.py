"""SQLAlchemy implementation of agreements.dialogue.meeting_ports.MeetingRepository.

Times are stored in UTC and come back as aware UTC times (SQLite keeps no offset).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from agreements.dialogue.meeting_ports import (
    AgendaPoint,
    Assessment,
    DialogueMeeting,
    GoalAssessment,
    MeetingRepository,
)
from agreements.types import ActionPoint, MeetingNote
from store.db import dialect_insert
from store.models import ActionPointRow, AgendaItemRow, GoalEvaluationRow, MeetingNoteRow, MeetingRow


def _to_db(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return moment.astimezone(UTC)


def _from_db(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _maybe(moment: datetime | None) -> datetime | None:
    return _from_db(moment) if moment is not None else None


def meeting_from_row(row: MeetingRow) -> DialogueMeeting:
    return DialogueMeeting(
        id=row.id,
        tenant_id=row.tenant_id,
        agreement_id=row.agreement_id,
        starts_at=_from_db(row.starts_at),
        ends_at=_maybe(row.ends_at),
        place=row.place,
        is_evaluation=row.is_evaluation,
        title=row.title or "",
        created_by=row.created_by,
        participant_ids=[int(p) for p in row.participant_ids or []],
        ended_at=_maybe(row.ended_at),
        graph_event_id=row.graph_event_id,
    )


def action_point_from_row(row: ActionPointRow) -> ActionPoint:
    return ActionPoint(
        id=row.id,
        tenant_id=row.tenant_id,
        agreement_id=row.agreement_id,
        meeting_id=row.meeting_id,
        text=row.text,
        owner_id=row.owner_id,
        due=row.due,
        closed_at=_maybe(row.closed_at),
    )


def note_from_row(row: MeetingNoteRow) -> MeetingNote:
    return MeetingNote(
        id=row.id,
        tenant_id=row.tenant_id,
        meeting_id=row.meeting_id,
        author_id=row.author_id or 0,
        text=row.text,
        kind=row.kind,
        agenda_point=row.agenda_point,
    )


def assessment_from_row(row: GoalEvaluationRow) -> GoalAssessment:
    return GoalAssessment(
        id=row.id,
        tenant_id=row.tenant_id,
        agreement_id=row.agreement_id,
        goal_id=row.goal_id,
        assessment=Assessment(row.assessment),
        comment=row.comment or "",
        meeting_id=row.meeting_id,
        assessed_by=row.assessed_by,
        assessed_at=_maybe(row.assessed_at),
        carried_to_goal_id=row.carried_to_goal_id,
    )


class SqlMeetingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # ---------------------------------------------------------------- meetings

    async def add(self, meeting: DialogueMeeting) -> DialogueMeeting:
        row = MeetingRow(
            tenant_id=meeting.tenant_id,
            agreement_id=meeting.agreement_id,
            starts_at=_to_db(meeting.starts_at),
            ends_at=_to_db(meeting.ends_at) if meeting.ends_at else None,
            place=meeting.place,
            is_evaluation=meeting.is_evaluation,
            title=meeting.title,
            created_by=meeting.created_by,
            participant_ids=[str(p) for p in meeting.participant_ids],
            graph_event_id=meeting.graph_event_id,
        )
        self._session.add(row)
        await self._session.flush()
        meeting.id = row.id
        return meeting

    async def get(self, tenant_id: str, meeting_id: int) -> DialogueMeeting | None:
        row = await self._session.scalar(
            select(MeetingRow).where(MeetingRow.id == meeting_id, MeetingRow.tenant_id == tenant_id)
            .execution_options(populate_existing=True)
        )
        return meeting_from_row(row) if row else None

    async def for_agreement(self, tenant_id: str, agreement_id: int) -> list[DialogueMeeting]:
        rows = await self._session.scalars(
            select(MeetingRow)
            .where(MeetingRow.tenant_id == tenant_id, MeetingRow.agreement_id == agreement_id)
            .order_by(MeetingRow.starts_at, MeetingRow.id)
        )
        return [meeting_from_row(r) for r in rows]

    async def starting_after(self, tenant_id: str, moment: datetime) -> list[DialogueMeeting]:
        rows = await self._session.scalars(
            select(MeetingRow)
            .where(MeetingRow.tenant_id == tenant_id, MeetingRow.starts_at > _to_db(moment))
            .order_by(MeetingRow.starts_at, MeetingRow.id)
        )
        return [meeting_from_row(r) for r in rows]

    async def mark_ended(self, tenant_id: str, meeting_id: int, at: datetime) -> bool:
        result = await self._session.execute(
            update(MeetingRow)
            .where(MeetingRow.id == meeting_id, MeetingRow.tenant_id == tenant_id, MeetingRow.ended_at.is_(None))
            .values(ended_at=_to_db(at))
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def reschedule(
        self, tenant_id: str, meeting_id: int, starts_at: datetime, ends_at: datetime | None,
        expected_starts_at: datetime,
    ) -> bool:
        """Moves a meeting that has not ended and still starts at `expected_starts_at`; True if it did."""
        result = await self._session.execute(
            update(MeetingRow)
            .where(MeetingRow.id == meeting_id, MeetingRow.tenant_id == tenant_id, MeetingRow.ended_at.is_(None),
                   MeetingRow.starts_at == _to_db(expected_starts_at))
            .values(starts_at=_to_db(starts_at), ends_at=_to_db(ends_at) if ends_at else None)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def set_graph_event(self, tenant_id: str, meeting_id: int, event_id: str) -> None:
        await self._session.execute(
            update(MeetingRow)
            .where(MeetingRow.id == meeting_id, MeetingRow.tenant_id == tenant_id)
            .values(graph_event_id=event_id)
            .execution_options(synchronize_session=False)
        )

    # ---------------------------------------------------------------- agenda points and notes

    async def add_agenda_point(self, point: AgendaPoint) -> AgendaPoint:
        row = AgendaItemRow(tenant_id=point.tenant_id, meeting_id=point.meeting_id, author_id=point.author_id,
                            text=point.text)
        if point.created_at is not None:
            row.created_at = _to_db(point.created_at)
        self._session.add(row)
        await self._session.flush()
        point.id = row.id
        return point

    async def agenda_points(self, tenant_id: str, meeting_id: int) -> list[AgendaPoint]:
        rows = await self._session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.tenant_id == tenant_id, AgendaItemRow.meeting_id == meeting_id)
            .order_by(AgendaItemRow.id)
        )
        return [
            AgendaPoint(r.tenant_id, r.meeting_id, r.author_id, r.text, created_at=_maybe(r.created_at), id=r.id)
            for r in rows
        ]

    async def add_note(self, note: MeetingNote) -> MeetingNote:
        row = MeetingNoteRow(tenant_id=note.tenant_id, meeting_id=note.meeting_id, author_id=note.author_id,
                             kind=note.kind, agenda_point=note.agenda_point, text=note.text, legal_hold=False)
        self._session.add(row)
        await self._session.flush()
        note.id = row.id
        return note

    async def notes(self, tenant_id: str, meeting_id: int) -> list[MeetingNote]:
        rows = await self._session.scalars(
            select(MeetingNoteRow)
            .where(MeetingNoteRow.tenant_id == tenant_id, MeetingNoteRow.meeting_id == meeting_id)
            .order_by(MeetingNoteRow.id)
        )
        return [note_from_row(r) for r in rows]

    # ---------------------------------------------------------------- action points

    async def add_action_point(self, point: ActionPoint) -> ActionPoint:
        row = ActionPointRow(tenant_id=point.tenant_id, agreement_id=point.agreement_id, meeting_id=point.meeting_id,
                             owner_id=point.owner_id, text=point.text, due=point.due)
        self._session.add(row)
        await self._session.flush()
        point.id = row.id
        return point

    async def get_action_point(self, tenant_id: str, action_point_id: int) -> ActionPoint | None:
        row = await self._session.scalar(
            select(ActionPointRow)
            .where(ActionPointRow.id == action_point_id, ActionPointRow.tenant_id == tenant_id)
            .execution_options(populate_existing=True)
        )
        return action_point_from_row(row) if row else None

    async def action_points(
        self, tenant_id: str, agreement_id: int, *, open_only: bool = False
    ) -> list[ActionPoint]:
        stmt = select(ActionPointRow).where(
            ActionPointRow.tenant_id == tenant_id, ActionPointRow.agreement_id == agreement_id
        )
        if open_only:
            stmt = stmt.where(ActionPointRow.closed_at.is_(None))
        rows = await self._session.scalars(stmt.order_by(ActionPointRow.id))
        return [action_point_from_row(r) for r in rows]

    async def open_action_points_of(self, tenant_id: str, owner_id: int) -> list[ActionPoint]:
        rows = await self._session.scalars(
            select(ActionPointRow)
            .where(ActionPointRow.tenant_id == tenant_id, ActionPointRow.owner_id == owner_id,
                   ActionPointRow.closed_at.is_(None))
            .order_by(ActionPointRow.id)
        )
        return [action_point_from_row(r) for r in rows]

    async def closed_action_points_of(self, tenant_id: str, owner_id: int, since: datetime) -> list[ActionPoint]:
        rows = await self._session.scalars(
            select(ActionPointRow)
            .where(ActionPointRow.tenant_id == tenant_id, ActionPointRow.owner_id == owner_id,
                   ActionPointRow.closed_at.is_not(None), ActionPointRow.closed_at >= _to_db(since))
            .order_by(ActionPointRow.closed_at.desc(), ActionPointRow.id.desc())
        )
        return [action_point_from_row(r) for r in rows]

    async def close_action_point(self, tenant_id: str, action_point_id: int, closed_by: int, at: datetime) -> bool:
        result = await self._session.execute(
            update(ActionPointRow)
            .where(ActionPointRow.id == action_point_id, ActionPointRow.tenant_id == tenant_id,
                   ActionPointRow.closed_at.is_(None))
            .values(closed_at=_to_db(at), closed_by=closed_by)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def reopen_action_point(self, tenant_id: str, action_point_id: int) -> bool:
        result = await self._session.execute(
            update(ActionPointRow)
            .where(ActionPointRow.id == action_point_id, ActionPointRow.tenant_id == tenant_id,
                   ActionPointRow.closed_at.is_not(None))
            .values(closed_at=None, closed_by=None)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    # ---------------------------------------------------------------- evaluation

    async def save_assessment(self, assessment: GoalAssessment) -> GoalAssessment:
        if assessment.assessed_at is None:
            raise ValueError("an assessment needs the time it was made (the use case's clock)")
        values = {
            "tenant_id": assessment.tenant_id,
            "agreement_id": assessment.agreement_id,
            "goal_id": assessment.goal_id,
            "meeting_id": assessment.meeting_id,
            "assessment": Assessment(assessment.assessment).value,
            "comment": assessment.comment,
            "assessed_by": assessment.assessed_by,
            "assessed_at": _to_db(assessment.assessed_at),
        }
        stmt = dialect_insert(self._session)(GoalEvaluationRow).values(values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["agreement_id", "goal_id"],
            set_={key: stmt.excluded[key] for key in
                  ("meeting_id", "assessment", "comment", "assessed_by", "assessed_at")},
        ).returning(GoalEvaluationRow.id, GoalEvaluationRow.carried_to_goal_id)
        row = (await self._session.execute(stmt)).one()
        assessment.id, assessment.carried_to_goal_id = row.id, row.carried_to_goal_id
        return assessment

    async def assessments(self, tenant_id: str, agreement_id: int) -> list[GoalAssessment]:
        rows = await self._session.scalars(
            select(GoalEvaluationRow)
            .where(GoalEvaluationRow.tenant_id == tenant_id, GoalEvaluationRow.agreement_id == agreement_id)
            .order_by(GoalEvaluationRow.id)
            .execution_options(populate_existing=True)
        )
        return [assessment_from_row(r) for r in rows]

    async def mark_carried(self, tenant_id: str, assessment_id: int, goal_id: int) -> None:
        await self._session.execute(
            update(GoalEvaluationRow)
            .where(GoalEvaluationRow.id == assessment_id, GoalEvaluationRow.tenant_id == tenant_id)
            .values(carried_to_goal_id=goal_id)
            .execution_options(synchronize_session=False)
        )


if TYPE_CHECKING:

    def _conforms(session: AsyncSession) -> MeetingRepository:
        return SqlMeetingRepository(session)
