"""Dialogue meetings: the records beyond agreements.types, and the ports the store implements for them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from agreements.ports import UnitOfWork
from agreements.types import ActionPoint, Meeting, MeetingNote


class NoteKind(enum.StrEnum):
    NOTE = "note"
    DECISION = "decision"


class Assessment(enum.StrEnum):
    """R9 «Evaluering»: how far a goal was reached at the year-end evaluation."""

    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"

    @property
    def label(self) -> str:
        return ASSESSMENT_LABELS[self]


ASSESSMENT_LABELS: dict[Assessment, str] = {
    Assessment.MET: "opfyldt",
    Assessment.PARTLY_MET: "delvist opfyldt",
    Assessment.NOT_MET: "ikke opfyldt",
}
UNMET = (Assessment.PARTLY_MET, Assessment.NOT_MET)


@dataclass(slots=True)
class DialogueMeeting(Meeting):
    """A meeting as scheduled: `Meeting` plus its end, participants and bookkeeping. Times are aware."""

    ends_at: datetime | None = None
    title: str = ""
    created_by: int | None = None
    participant_ids: list[int] = field(default_factory=list)
    ended_at: datetime | None = None
    graph_event_id: str | None = None


@dataclass(slots=True)
class AgendaPoint:
    """A point a participant added to the meeting's agenda themself."""

    tenant_id: str
    meeting_id: int
    author_id: int
    text: str
    created_at: datetime | None = None
    id: int | None = None


@dataclass(slots=True)
class GoalAssessment:
    """One goal's assessment at the evaluation; one per agreement and goal (saving again overwrites it)."""

    tenant_id: str
    agreement_id: int
    goal_id: int
    assessment: Assessment
    comment: str = ""
    meeting_id: int | None = None
    assessed_by: int | None = None
    assessed_at: datetime | None = None
    carried_to_goal_id: int | None = None
    id: int | None = None


class MeetingRepository(Protocol):
    async def add(self, meeting: DialogueMeeting) -> DialogueMeeting: ...
    async def get(self, tenant_id: str, meeting_id: int) -> DialogueMeeting | None: ...
    async def for_agreement(self, tenant_id: str, agreement_id: int) -> list[DialogueMeeting]:
        """Oldest first."""
        ...
    async def starting_after(self, tenant_id: str, moment: datetime) -> list[DialogueMeeting]:
        """Meetings that start after `moment`, soonest first."""
        ...
    async def mark_ended(self, tenant_id: str, meeting_id: int, at: datetime) -> bool:
        """Sets `ended_at` unless already set; True for the caller that ended it."""
        ...
    async def reschedule(
        self, tenant_id: str, meeting_id: int, starts_at: datetime, ends_at: datetime | None,
        expected_starts_at: datetime,
    ) -> bool:
        """Moves a meeting that has not ended and still starts at `expected_starts_at`; True if it did."""
        ...
    async def set_graph_event(self, tenant_id: str, meeting_id: int, event_id: str) -> None: ...

    async def add_agenda_point(self, point: AgendaPoint) -> AgendaPoint: ...
    async def agenda_points(self, tenant_id: str, meeting_id: int) -> list[AgendaPoint]: ...

    async def add_note(self, note: MeetingNote) -> MeetingNote:
        """Appends a note; notes are never updated, so concurrent writers never lose each other's notes."""
        ...
    async def notes(self, tenant_id: str, meeting_id: int) -> list[MeetingNote]:
        """In the order they were written."""
        ...

    async def add_action_point(self, point: ActionPoint) -> ActionPoint: ...
    async def get_action_point(self, tenant_id: str, action_point_id: int) -> ActionPoint | None: ...
    async def action_points(
        self, tenant_id: str, agreement_id: int, *, open_only: bool = False
    ) -> list[ActionPoint]:
        """The agreement's action points, oldest first."""
        ...
    async def open_action_points_of(self, tenant_id: str, owner_id: int) -> list[ActionPoint]: ...
    async def closed_action_points_of(self, tenant_id: str, owner_id: int, since: datetime) -> list[ActionPoint]:
        """The owner's action points closed at or after `since`, latest closed first."""
        ...
    async def close_action_point(self, tenant_id: str, action_point_id: int, closed_by: int, at: datetime) -> bool:
        """Closes it unless already closed; True for the caller that closed it."""
        ...

    async def reopen_action_point(self, tenant_id: str, action_point_id: int) -> bool:
        """Opens a closed action point again; True if it was closed and now is open."""
        ...
    async def save_assessment(self, assessment: GoalAssessment) -> GoalAssessment:
        """Inserts or overwrites the assessment of (agreement, goal), keeping any carry-over mark."""
        ...
    async def assessments(self, tenant_id: str, agreement_id: int) -> list[GoalAssessment]: ...
    async def mark_carried(self, tenant_id: str, assessment_id: int, goal_id: int) -> None: ...


class MeetingUnitOfWork(UnitOfWork, Protocol):
    meetings: MeetingRepository
