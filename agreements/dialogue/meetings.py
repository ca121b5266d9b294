"""Dialogue meetings (R7): scheduling, agenda, notes, decisions and action points. The year-end evaluation
(R9) is in agreements.dialogue.evaluation and shares the access rules and refusals defined here.

Access
------
- Read (agenda, notes, summary, evaluation): the meeting's participants (holder, giver and the listed extras)
  and chefkonsulenter (Role.COORDINATOR), who read but never write.
- Write (own agenda points, notes, decisions, action points, ending the meeting): participants only.
- Schedule a meeting, assess the goals and carry unmet goals over: the agreement's holder or giver.
- Close an action point: its owner, the holder or the giver.

Every refusal raises `MeetingRefused` with a Danish message and changes nothing. Refusals of access (and of
something that does not exist) are audited as `meeting.refused`: like approval.py, the refusal rolls back the unit
of work, writes the audit event and commits it on its own.

Notes are append-only rows: two participants writing at once never overwrite each other. Action points belong to
the agreement; an open one is on the agenda of every following meeting until it is closed.

Each use case takes the unit of work of the turn, the acting Person and `now` (aware); the caller commits, and
enqueues the reminder plans `schedule` returns (`enqueue_reminders`, in the same unit of work).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, NoReturn

from agreements import policy
from agreements.clock import local_today
from agreements.dialogue.agenda import POINT_OTHER, Agenda, build_agenda, order_action_points
from agreements.dialogue.meeting_ports import (
    AgendaPoint,
    DialogueMeeting,
    MeetingUnitOfWork,
    NoteKind,
)
from agreements.dialogue.meeting_time import (
    ACTION_DUE_JOB_KIND,
    CALENDAR_JOB_KIND,
    NOTICE_JOB_KIND,
    REMINDER_JOB_KIND,
    MeetingTimeError,
    ReminderPlan,
    action_point_due_at,
    action_point_key,
    calendar_key,
    checked_meeting_time,
    format_meeting_time,
    notice_key,
    reminder_key_prefixes,
    reminder_plans,
)
from agreements.ports import JobQueue
from agreements.profiles import Profile
from agreements.types import (
    ActionPoint,
    Agreement,
    AuditEvent,
    Measurement,
    MeetingNote,
    Person,
)

RECENT = timedelta(days=7)  # a begun meeting still counts as "the meeting" for notes this long
RECENTLY_CLOSED = timedelta(days=30)  # closed action points «mine opgaver» offers to reopen
MAX_RECENTLY_CLOSED = 5
MAX_TEXT = 2000
MAX_POINT = 300
MAX_PLACE = 500
MAX_TITLE = 200


class Refusal(enum.StrEnum):
    AGREEMENT_NOT_FOUND = "agreement_not_found"
    MEETING_NOT_FOUND = "meeting_not_found"
    ACTION_POINT_NOT_FOUND = "action_point_not_found"
    NO_ACCESS = "no_access"
    READ_ONLY = "read_only"
    NOT_PARTICIPANT = "not_participant"
    NOT_HOLDER_OR_GIVER = "not_holder_or_giver"
    NOT_ALLOWED_TO_EVALUATE = "not_allowed_to_evaluate"
    NOT_ALLOWED_TO_CARRY = "not_allowed_to_carry"
    NOT_ALLOWED_TO_CLOSE = "not_allowed_to_close"
    INVALID_TIME = "invalid_time"
    UNKNOWN_PERSON = "unknown_person"
    OWNER_NOT_PARTICIPANT = "owner_not_participant"
    EMPTY_TEXT = "empty_text"
    TOO_LONG = "too_long"
    DUE_IN_PAST = "due_in_past"
    MEETING_ENDED = "meeting_ended"
    NOT_EVALUATION = "not_evaluation"
    UNKNOWN_GOAL = "unknown_goal"
    NO_ASSESSMENTS = "no_assessments"
    NOT_A_LATER_YEAR = "not_a_later_year"
    NEXT_YEAR_LOCKED = "next_year_locked"
    NOT_ALLOWED_TO_MOVE = "not_allowed_to_move"
    MOVE_ENDED = "move_ended"
    MOVED_MEANWHILE = "moved_meanwhile"
    NOT_ALLOWED_TO_REOPEN = "not_allowed_to_reopen"
    NEXT_YEAR_OTHER_HOLDER = "next_year_other_holder"
    NOT_STARTED = "not_started"


REFUSAL_TEXTS: dict[Refusal, str] = {
    Refusal.NOT_STARTED: "Mødet er ikke begyndt endnu – det er {when}. Du kan afslutte det på dagen.",
    Refusal.NOT_ALLOWED_TO_MOVE: "Det er kun aftaleholderen og aftalegiveren, der kan flytte dialogmødet.",
    Refusal.MOVE_ENDED: "Mødet er afsluttet, så det kan ikke flyttes. Planlæg et nyt med «planlæg dialogmøde».",
    Refusal.MOVED_MEANWHILE: "Mødet er lige blevet flyttet af en anden. Skriv «næste møde» for at se tidspunktet.",
    Refusal.NOT_ALLOWED_TO_REOPEN: (
        "Det er kun den ansvarlige, aftaleholderen eller aftalegiveren, der kan genåbne handlingspunktet."
    ),
    Refusal.AGREEMENT_NOT_FOUND: "Jeg kan ikke finde den aftale.",
    Refusal.MEETING_NOT_FOUND: "Jeg kan ikke finde det dialogmøde.",
    Refusal.ACTION_POINT_NOT_FOUND: "Jeg kan ikke finde det handlingspunkt.",
    Refusal.NO_ACCESS: "Du har ikke adgang til dette dialogmøde.",
    Refusal.READ_ONLY: "Som chefkonsulent kan du læse med, men kun mødets deltagere kan skrive.",
    Refusal.NOT_PARTICIPANT: "Det er kun mødets deltagere, der kan skrive dagsorden, noter og handlingspunkter.",
    Refusal.NOT_HOLDER_OR_GIVER: (
        "Det er kun aftaleholderen og aftalegiveren, der kan planlægge dialogmøder om aftalen."
    ),
    Refusal.NOT_ALLOWED_TO_EVALUATE: "Det er kun aftaleholderen og aftalegiveren, der kan vurdere målene.",
    Refusal.NOT_ALLOWED_TO_CARRY: (
        "Det er kun aftaleholderen og aftalegiveren, der kan overføre mål til næste års aftale."
    ),
    Refusal.NOT_ALLOWED_TO_CLOSE: (
        "Det er kun den ansvarlige, aftaleholderen eller aftalegiveren, der kan lukke handlingspunktet."
    ),
    Refusal.INVALID_TIME: "Tidspunktet kan ikke bruges.",
    Refusal.UNKNOWN_PERSON: "Jeg kender ikke alle de deltagere, du har valgt.",
    Refusal.OWNER_NOT_PARTICIPANT: "Den ansvarlige skal være en af mødets deltagere.",
    Refusal.EMPTY_TEXT: "Skriv lidt tekst først.",
    Refusal.TOO_LONG: "Teksten er for lang – hold den under {limit} tegn.",
    Refusal.DUE_IN_PAST: "Fristen kan ikke ligge før i dag.",
    Refusal.MEETING_ENDED: "Mødet er afsluttet, så dagsordenen kan ikke længere ændres.",
    Refusal.NOT_EVALUATION: "Målene vurderes på evalueringsmødet, og dette møde er ikke et evalueringsmøde.",
    Refusal.UNKNOWN_GOAL: "Et af målene hører ikke til aftalen.",
    Refusal.NO_ASSESSMENTS: "Vurdér mindst ét mål.",
    Refusal.NOT_A_LATER_YEAR: "Målene kan kun overføres til et senere år end aftalens.",
    Refusal.NEXT_YEAR_LOCKED: (
        "Aftalen for {year} er sendt til godkendelse eller godkendt. Ret den først, så den bliver en kladde igen."
    ),
    Refusal.NEXT_YEAR_OTHER_HOLDER: (
        "Enhedens aftale for {year} har en anden aftaleholder, så målene kan ikke overføres til den. "
        "Kontakt en chefkonsulent, hvis det er en fejl."
    ),
}


class MeetingRefused(Exception):
    """A refused meeting action; `message` is Danish and can be shown as it is."""

    def __init__(self, reason: Refusal, message: str | None = None, **values: Any) -> None:
        self.reason = reason
        self.message = message or REFUSAL_TEXTS[reason].format(**values)
        super().__init__(self.message)


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Scheduled:
    meeting: DialogueMeeting
    reminders: tuple[ReminderPlan, ...]  # to enqueue (see enqueue_reminders)
    participants: tuple[Person, ...]  # holder, giver, extras: for the calendar invitation and confirmations
    already: bool = False  # the same meeting was planned before (a second click): nothing new was made


@dataclass(frozen=True, slots=True)
class Moved:
    meeting: DialogueMeeting  # at its new time
    previous_starts_at: datetime
    reminders: tuple[ReminderPlan, ...]  # the new reminders, already enqueued
    cancelled: int  # reminders at the old time that will not be sent
    participants: tuple[Person, ...]
    unchanged: bool = False  # the meeting was already at that time: nothing was done


@dataclass(frozen=True, slots=True)
class Reminder:
    """What a reminder job sends: the agenda, to this person."""

    person: Person
    agenda: Agenda
    can_write: bool


@dataclass(frozen=True, slots=True)
class NoteGroup:
    title: str
    notes: tuple[MeetingNote, ...]


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    meeting: DialogueMeeting
    agreement: Agreement
    point_titles: tuple[str, ...]  # the agenda's points, then any other point notes were filed under; «Eventuelt» last
    groups: tuple[NoteGroup, ...]  # notes and decisions by agenda point, only points with notes
    decisions: tuple[MeetingNote, ...]
    new_action_points: tuple[ActionPoint, ...]  # made at this meeting (open or closed)
    carried_action_points: tuple[ActionPoint, ...]  # still open from earlier
    names: Mapping[int, str]
    today: date
    ended_now: bool = False  # end_meeting ended it in this call (not before)

    @property
    def ended(self) -> bool:
        return self.meeting.ended_at is not None


@dataclass(frozen=True, slots=True)
class Closed:
    action_point: ActionPoint
    already: bool  # it was closed before (a double click)


@dataclass(frozen=True, slots=True)
class MyActionPoint:
    action_point: ActionPoint
    overdue: bool
    agreement_year: int
    unit_name: str


async def enqueue_reminders(jobs: JobQueue, tenant_id: str, plans: Iterable[ReminderPlan]) -> int:
    """Enqueues the plans (idempotent by key); the number of jobs added now."""
    added = 0
    for plan in plans:
        added += await jobs.enqueue(
            tenant_id, plan.kind, plan.due_at, plan.idempotency_key, plan.payload, expires_at=plan.expires_at
        )
    return added


async def enqueue_notices(jobs: JobQueue, meeting: DialogueMeeting, actor_id: int, what: str, now: datetime) -> int:
    """Tells the other participants, through the job runner (so the click that did it answers at once):
    `what` is "planned" (they get the agenda), "moved" (the agenda at the new time) or "ended" (the summary).
    Idempotent per person, and for "moved" per new time."""
    assert meeting.id is not None
    keyed = f"{what}@{meeting.starts_at.astimezone(UTC):%Y%m%dT%H%M}" if what == "moved" else what
    added = 0
    for person_id in meeting.participant_ids:
        if person_id != actor_id:
            added += await jobs.enqueue(meeting.tenant_id, NOTICE_JOB_KIND, now,
                                        notice_key(meeting.id, keyed, person_id),
                                        {"meeting_id": meeting.id, "person_id": person_id, "actor_id": actor_id,
                                         "what": what, "starts_at": meeting.starts_at.astimezone(UTC).isoformat()})
    return added


def moved_since(payload: Mapping[str, Any], meeting: DialogueMeeting) -> bool:
    """True when a job was made for another start than the meeting's now (it was moved since)."""
    planned = payload.get("starts_at")
    if not isinstance(planned, str):
        return False
    try:
        return datetime.fromisoformat(planned) != meeting.starts_at
    except ValueError:
        return False


async def enqueue_calendar(jobs: JobQueue, meeting: DialogueMeeting, organizer_id: int, now: datetime) -> int:
    """Puts the meeting into the participants' Outlook calendars through the job runner (retried if Graph is
    unavailable); once per meeting."""
    assert meeting.id is not None
    return await jobs.enqueue(meeting.tenant_id, CALENDAR_JOB_KIND, now, calendar_key(meeting.id),
                              {"meeting_id": meeting.id, "person_id": organizer_id},
                              expires_at=meeting.starts_at.astimezone(UTC))


def _text(value: str | None, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise MeetingRefused(Refusal.EMPTY_TEXT)
    if len(text) > limit:
        raise MeetingRefused(Refusal.TOO_LONG, limit=f"{limit:,}".replace(",", "."))
    return text


# ---------------------------------------------------------------- shared by the meeting and evaluation services


async def person_names(
    uow: MeetingUnitOfWork, tenant_id: str, ids: Iterable[int], known: Mapping[int, str] | None = None
) -> dict[int, str]:
    names: dict[int, str] = {}
    for person_id in dict.fromkeys(ids):
        if known and person_id in known:
            continue
        found = await uow.people.get(tenant_id, person_id)
        names[person_id] = found.name if found else "Ukendt"
    return names


async def load_meeting(
    uow: MeetingUnitOfWork, person: Person, meeting_id: int, *, write: bool, action: str
) -> DialogueMeeting:
    """The meeting if the person may read it (or write to it, with `write`); refuses otherwise."""
    meeting = await uow.meetings.get(person.tenant_id, meeting_id)
    if meeting is None:
        await refuse(uow, person, f"meeting:{meeting_id}", Refusal.MEETING_NOT_FOUND, action)
    if policy.may_write_meeting(person, meeting.participant_ids):
        return meeting
    if policy.may_read_meeting(person, meeting.participant_ids):
        if not write:
            return meeting
        await refuse(uow, person, f"meeting:{meeting_id}", Refusal.READ_ONLY, action)
    refusal = Refusal.NOT_PARTICIPANT if write else Refusal.NO_ACCESS
    await refuse(uow, person, f"meeting:{meeting_id}", refusal, action)


async def load_agreement(uow: MeetingUnitOfWork, person: Person, agreement_id: int, action: str) -> Agreement:
    agreement = await uow.agreements.get(person.tenant_id, agreement_id)
    if agreement is None:
        await refuse(uow, person, f"agreement:{agreement_id}", Refusal.AGREEMENT_NOT_FOUND, action)
    return agreement


async def refuse(
    uow: MeetingUnitOfWork, person: Person, subject: str, reason: Refusal, action: str, **values: Any
) -> NoReturn:
    # The refusal is committed on its own: everything else the unit of work did is rolled back.
    await uow.rollback()
    await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="meeting.refused", actor_id=person.id,
                                   subject=subject, detail={"action": action, "reason": reason.value}))
    await uow.commit()
    raise MeetingRefused(reason, **values)


async def audit(
    uow: MeetingUnitOfWork, person: Person, subject: str, action: str, now: datetime, detail: dict[str, Any]
) -> None:
    await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action=action, actor_id=person.id,
                                   subject=subject, detail=detail, at=now))


class MeetingService:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    # ---------------------------------------------------------------- scheduling

    async def schedule(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        agreement_id: int,
        starts_at: datetime,
        ends_at: datetime | None,
        place: str,
        extra_participant_ids: Sequence[int],
        now: datetime,
        *,
        title: str | None = None,
        is_evaluation: bool = False,
    ) -> Scheduled:
        """Plans a meeting about the agreement; returns it with the reminder jobs to enqueue."""
        agreement = await load_agreement(uow, person, agreement_id, "schedule")
        if not policy.may_plan_meeting(person, agreement):
            await refuse(uow, person, f"agreement:{agreement_id}", Refusal.NOT_HOLDER_OR_GIVER, "schedule")
        assert person.id is not None and agreement.id is not None
        try:
            when = checked_meeting_time(starts_at, ends_at, now)
        except MeetingTimeError as error:
            raise MeetingRefused(Refusal.INVALID_TIME, str(error)) from None
        place = (place or "").strip()
        if len(place) > MAX_PLACE:
            raise MeetingRefused(Refusal.TOO_LONG, limit=MAX_PLACE)
        participants: list[Person] = []
        for person_id in dict.fromkeys((agreement.holder_id, agreement.giver_id, *extra_participant_ids)):
            found = await uow.people.get(person.tenant_id, person_id)
            if found is None:
                raise MeetingRefused(Refusal.UNKNOWN_PERSON)
            participants.append(found)
        for planned in await uow.meetings.for_agreement(person.tenant_id, agreement.id):
            if planned.starts_at == when.starts_at and planned.ended_at is None:
                return Scheduled(planned, (), tuple(participants), already=True)  # a double click or a retry
        meeting = await uow.meetings.add(
            DialogueMeeting(
                tenant_id=person.tenant_id, agreement_id=agreement.id, starts_at=when.starts_at,
                ends_at=when.ends_at, place=place, is_evaluation=is_evaluation,
                title=(title or "").strip()[:MAX_TITLE] or await self._default_title(uow, agreement, is_evaluation),
                created_by=person.id, participant_ids=[p.id for p in participants if p.id is not None],
            )
        )
        assert meeting.id is not None
        plans = reminder_plans(meeting.id, when.starts_at, meeting.participant_ids, now,
                               self._profile.reminder_working_days_before,
                               closing_days=self._profile.closing_days)
        await audit(uow, person, f"meeting:{meeting.id}", "meeting.scheduled", now, {
            "agreement_id": agreement.id, "starts_at": when.starts_at.isoformat(),
            "ends_at": when.ends_at.isoformat(), "participants": meeting.participant_ids,
            "evaluation": is_evaluation, "reminders": len(plans),
        })
        return Scheduled(meeting, tuple(plans), tuple(participants))

    async def move(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        meeting_id: int,
        starts_at: datetime,
        ends_at: datetime | None,
        now: datetime,
    ) -> Moved:
        """Moves a meeting that has not ended (the holder or the giver): the reminders for the old time are dropped
        and the new ones enqueued, in the caller's unit of work; the caller tells the others (`enqueue_notices`
        with "moved") and commits."""
        meeting = await load_meeting(uow, person, meeting_id, write=False, action="move")
        agreement = await load_agreement(uow, person, meeting.agreement_id, "move")
        if person.id not in (agreement.holder_id, agreement.giver_id):
            await refuse(uow, person, f"meeting:{meeting_id}", Refusal.NOT_ALLOWED_TO_MOVE, "move")
        if meeting.ended_at is not None:
            raise MeetingRefused(Refusal.MOVE_ENDED)
        assert meeting.id is not None
        try:
            when = checked_meeting_time(starts_at, ends_at, now)
        except MeetingTimeError as error:
            raise MeetingRefused(Refusal.INVALID_TIME, str(error)) from None
        participants = [p for p in [await uow.people.get(person.tenant_id, i) for i in meeting.participant_ids]
                        if p is not None]
        previous = meeting.starts_at
        if when.starts_at == previous and when.ends_at == meeting.ends_at:
            return Moved(meeting, previous, (), 0, tuple(participants), unchanged=True)
        if not await uow.meetings.reschedule(person.tenant_id, meeting.id, when.starts_at, when.ends_at, previous):
            raise MeetingRefused(Refusal.MOVED_MEANWHILE)
        meeting.starts_at, meeting.ends_at = when.starts_at, when.ends_at
        cancelled = await uow.jobs.cancel_pending(person.tenant_id, REMINDER_JOB_KIND,
                                                  prefixes=reminder_key_prefixes(meeting.id), now=now)
        plans = reminder_plans(meeting.id, when.starts_at, meeting.participant_ids, now,
                               self._profile.reminder_working_days_before, moved=True,
                               closing_days=self._profile.closing_days)
        await enqueue_reminders(uow.jobs, person.tenant_id, plans)
        await audit(uow, person, f"meeting:{meeting.id}", "meeting.moved", now, {
            "from": previous.isoformat(), "starts_at": when.starts_at.isoformat(),
            "ends_at": when.ends_at.isoformat(), "reminders": len(plans), "cancelled_reminders": cancelled,
        })
        return Moved(meeting, previous, tuple(plans), cancelled, tuple(participants))

    async def record_calendar_event(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, event_id: str
    ) -> None:
        """Remembers the Outlook event (Microsoft Graph) created for the meeting."""
        meeting = await load_meeting(uow, person, meeting_id, write=True, action="calendar")
        assert meeting.id is not None
        await uow.meetings.set_graph_event(person.tenant_id, meeting.id, event_id)

    async def agreements_of(self, uow: MeetingUnitOfWork, person: Person) -> list[Agreement]:
        """The agreements whose meetings the person plans: those they hold or give, of the latest year they have one
        in (a new year's draft supersedes last year's agreement)."""
        assert person.id is not None
        found = {a.id: a for a in await uow.agreements.for_holder(person.tenant_id, person.id)}
        found.update({a.id: a for a in await uow.agreements.for_year(person.tenant_id) if a.giver_id == person.id})
        if not found:
            return []
        latest = max(a.year for a in found.values())
        return sorted((a for a in found.values() if a.year == latest), key=lambda a: a.id or 0)

    async def upcoming(self, uow: MeetingUnitOfWork, person: Person, now: datetime) -> list[DialogueMeeting]:
        """The person's meetings that have not started yet, soonest first («hvornår er næste dialogmøde?»)."""
        meetings = await uow.meetings.starting_after(person.tenant_id, now)
        return [m for m in meetings if person.id in m.participant_ids and m.ended_at is None]

    async def meeting_for_notes(
        self, uow: MeetingUnitOfWork, person: Person, now: datetime
    ) -> DialogueMeeting | None:
        """The meeting «noter til mødet» and «afslut møde» mean: the person's latest meeting that has begun within
        `RECENT` and is not ended, else their next one; None if there is neither."""
        meetings = [m for m in await uow.meetings.starting_after(person.tenant_id, now - RECENT)
                    if person.id in m.participant_ids and m.ended_at is None]
        begun = [m for m in meetings if m.starts_at <= now]
        if begun:
            return begun[-1]
        return meetings[0] if meetings else None

    async def meeting(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> DialogueMeeting:
        return await load_meeting(uow, person, meeting_id, write=False, action="read")

    # ---------------------------------------------------------------- agenda

    async def agenda(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, now: datetime) -> Agenda:
        meeting = await load_meeting(uow, person, meeting_id, write=False, action="agenda")
        return await self._agenda(uow, meeting, now)

    async def reminder(
        self, uow: MeetingUnitOfWork, tenant_id: str, payload: Mapping[str, Any], now: datetime
    ) -> Reminder | None:
        """For the reminder job: the agenda to send, or None when there is nothing to send any more
        (the meeting is gone, has ended or begun, or the person is no longer a participant)."""
        meeting = await uow.meetings.get(tenant_id, int(payload["meeting_id"]))
        person = await uow.people.get(tenant_id, int(payload["person_id"]))
        if meeting is None or person is None or meeting.ended_at is not None or meeting.starts_at <= now:
            return None
        if not policy.may_write_meeting(person, meeting.participant_ids) or moved_since(payload, meeting):
            return None  # no longer theirs, or a reminder of a time the meeting was moved from
        return Reminder(person, await self._agenda(uow, meeting, now), can_write=True)

    async def action_point_reminder(
        self, uow: MeetingUnitOfWork, tenant_id: str, payload: Mapping[str, Any], now: datetime
    ) -> MyActionPoint | None:
        """For the deadline job: the owner's open action point, or None when it is closed or gone."""
        point = await uow.meetings.get_action_point(tenant_id, int(payload["action_point_id"]))
        if point is None or point.closed_at is not None:
            return None
        agreement = await uow.agreements.get(tenant_id, point.agreement_id)
        unit = await uow.units.get(tenant_id, agreement.unit_id) if agreement else None
        overdue = point.due is not None and point.due < local_today(now)
        return MyActionPoint(point, overdue, agreement.year if agreement else 0, unit.name if unit else "")

    async def add_agenda_point(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, text: str, now: datetime
    ) -> AgendaPoint:
        meeting = await load_meeting(uow, person, meeting_id, write=True, action="add_point")
        if meeting.ended_at is not None:
            raise MeetingRefused(Refusal.MEETING_ENDED)
        assert person.id is not None and meeting.id is not None
        point = await uow.meetings.add_agenda_point(
            AgendaPoint(person.tenant_id, meeting.id, person.id, _text(text, MAX_POINT), created_at=now)
        )
        await audit(uow, person, f"meeting:{meeting.id}", "meeting.point_added", now, {"point_id": point.id})
        return point

    # ---------------------------------------------------------------- notes and action points

    async def add_note(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        meeting_id: int,
        agenda_point: str | None,
        kind: NoteKind | str,
        text: str,
        now: datetime,
    ) -> MeetingNote:
        """Appends a note or decision under an agenda point (None: «Eventuelt»)."""
        meeting = await load_meeting(uow, person, meeting_id, write=True, action="add_note")
        note_kind = NoteKind(kind)
        assert person.id is not None and meeting.id is not None
        point = " ".join((agenda_point or "").split())[:MAX_POINT] or None
        note = await uow.meetings.add_note(
            MeetingNote(tenant_id=person.tenant_id, meeting_id=meeting.id, author_id=person.id,
                        text=_text(text, MAX_TEXT), kind=note_kind.value, agenda_point=point)
        )
        await audit(uow, person, f"meeting:{meeting.id}", f"meeting.{note_kind.value}_added", now,
                          {"note_id": note.id, "agenda_point": point})
        return note

    async def add_action_point(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        meeting_id: int,
        text: str,
        owner_id: int,
        due: date | None,
        now: datetime,
    ) -> ActionPoint:
        meeting = await load_meeting(uow, person, meeting_id, write=True, action="add_action")
        if owner_id not in meeting.participant_ids:
            raise MeetingRefused(Refusal.OWNER_NOT_PARTICIPANT)
        if due is not None and due < local_today(now):
            raise MeetingRefused(Refusal.DUE_IN_PAST)
        assert meeting.id is not None
        point = await uow.meetings.add_action_point(
            ActionPoint(tenant_id=person.tenant_id, agreement_id=meeting.agreement_id, text=_text(text, MAX_TEXT),
                        owner_id=owner_id, due=due, meeting_id=meeting.id)
        )
        if due is not None and point.id is not None:
            # The owner is reminded on the deadline day; a closed point's reminder is dropped when it is due.
            await uow.jobs.enqueue(person.tenant_id, ACTION_DUE_JOB_KIND, action_point_due_at(due, now),
                                   action_point_key(point.id), {"action_point_id": point.id})
        await audit(uow, person, f"meeting:{meeting.id}", "action_point.added", now,
                          {"action_point_id": point.id, "owner_id": owner_id,
                           "due": due.isoformat() if due else None})
        return point

    async def close_action_point(
        self, uow: MeetingUnitOfWork, person: Person, action_point_id: int, now: datetime
    ) -> Closed:
        point = await uow.meetings.get_action_point(person.tenant_id, action_point_id)
        if point is None:
            await refuse(uow, person, f"action_point:{action_point_id}", Refusal.ACTION_POINT_NOT_FOUND,
                               "close_action")
        agreement = await uow.agreements.get(person.tenant_id, point.agreement_id)
        if not policy.may_close_action_point(person, point.owner_id, agreement):
            await refuse(uow, person, f"agreement:{point.agreement_id}", Refusal.NOT_ALLOWED_TO_CLOSE,
                               "close_action")
        assert person.id is not None
        if point.closed_at is not None:
            return Closed(point, already=True)
        if not await uow.meetings.close_action_point(person.tenant_id, action_point_id, person.id, now):
            again = await uow.meetings.get_action_point(person.tenant_id, action_point_id)
            return Closed(again or point, already=True)
        point.closed_at = now
        await audit(uow, person, f"agreement:{point.agreement_id}", "action_point.closed", now,
                          {"action_point_id": action_point_id, "meeting_id": point.meeting_id})
        return Closed(point, already=False)

    async def reopen_action_point(
        self, uow: MeetingUnitOfWork, person: Person, action_point_id: int, now: datetime
    ) -> Closed:
        """Opens a closed action point again (closed by mistake, or not done after all): it is back on «mine
        opgaver» and on the agenda of the next meetings, and its owner is reminded on its deadline if that is still
        ahead. Who may close it may reopen it. `Closed.already` is True when it was open."""
        point = await uow.meetings.get_action_point(person.tenant_id, action_point_id)
        if point is None:
            await refuse(uow, person, f"action_point:{action_point_id}", Refusal.ACTION_POINT_NOT_FOUND,
                         "reopen_action")
        agreement = await uow.agreements.get(person.tenant_id, point.agreement_id)
        allowed = {point.owner_id} | ({agreement.holder_id, agreement.giver_id} if agreement else set())
        if person.id not in allowed:
            await refuse(uow, person, f"agreement:{point.agreement_id}", Refusal.NOT_ALLOWED_TO_REOPEN,
                         "reopen_action")
        if point.closed_at is None:
            return Closed(point, already=True)
        if not await uow.meetings.reopen_action_point(person.tenant_id, action_point_id):
            again = await uow.meetings.get_action_point(person.tenant_id, action_point_id)
            return Closed(again or point, already=True)
        closed_at, point.closed_at = point.closed_at, None
        # One deadline reminder for this opening: any earlier one still waiting is dropped first.
        await uow.jobs.cancel_pending(person.tenant_id, ACTION_DUE_JOB_KIND, keys=(action_point_key(action_point_id),),
                                      prefixes=(f"{action_point_key(action_point_id)}@",), now=now)
        if point.due is not None and point.due >= local_today(now):
            await uow.jobs.enqueue(person.tenant_id, ACTION_DUE_JOB_KIND, action_point_due_at(point.due, now),
                                   f"{action_point_key(action_point_id)}@{now.astimezone(UTC):%Y%m%dT%H%M%S}",
                                   {"action_point_id": action_point_id})
        await audit(uow, person, f"agreement:{point.agreement_id}", "action_point.reopened", now,
                    {"action_point_id": action_point_id, "closed_at": closed_at.isoformat()})
        return Closed(point, already=False)

    async def open_action_points(
        self, uow: MeetingUnitOfWork, person: Person, now: datetime
    ) -> list[MyActionPoint]:
        """«Mine opgaver»: the person's open action points, overdue first, then by due date."""
        assert person.id is not None
        today = local_today(now)
        points = order_action_points(await uow.meetings.open_action_points_of(person.tenant_id, person.id), today)
        labels: dict[int, tuple[int, str]] = {}
        result = []
        for point in points:
            if point.agreement_id not in labels:
                agreement = await uow.agreements.get(person.tenant_id, point.agreement_id)
                unit = await uow.units.get(person.tenant_id, agreement.unit_id) if agreement else None
                labels[point.agreement_id] = (agreement.year if agreement else 0, unit.name if unit else "")
            year, unit_name = labels[point.agreement_id]
            result.append(MyActionPoint(point, point.due is not None and point.due < today, year, unit_name))
        return result

    async def recently_closed_action_points(
        self, uow: MeetingUnitOfWork, person: Person, now: datetime
    ) -> list[MyActionPoint]:
        """The person's action points closed in the last 30 days (at most 5, latest first), to reopen."""
        assert person.id is not None
        points = await uow.meetings.closed_action_points_of(person.tenant_id, person.id, now - RECENTLY_CLOSED)
        result = []
        for point in points[:MAX_RECENTLY_CLOSED]:
            agreement = await uow.agreements.get(person.tenant_id, point.agreement_id)
            unit = await uow.units.get(person.tenant_id, agreement.unit_id) if agreement else None
            result.append(MyActionPoint(point, False, agreement.year if agreement else 0, unit.name if unit else ""))
        return result

    # ---------------------------------------------------------------- summary

    async def summary(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, now: datetime
    ) -> MeetingSummary:
        """The meeting's notes, decisions and action points. Each read is audited (`meeting.notes_read`, the read log
        a person's data export shows); the caller commits."""
        meeting = await load_meeting(uow, person, meeting_id, write=False, action="summary")
        summary = await self._summary(uow, meeting, now)
        await audit(uow, person, f"meeting:{meeting.id}", "meeting.notes_read", now,
                    {"notes": sum(len(g.notes) for g in summary.groups)})
        return summary

    async def end_meeting(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, now: datetime
    ) -> MeetingSummary:
        """Marks the meeting ended (once; a second call just returns the summary) and returns its summary."""
        meeting = await load_meeting(uow, person, meeting_id, write=True, action="end")
        assert meeting.id is not None
        # From the meeting's day on: a meeting that starts early, or is summed up over lunch, can be ended that day.
        if meeting.ended_at is None and local_today(now) < local_today(meeting.starts_at):
            raise MeetingRefused(Refusal.NOT_STARTED, when=format_meeting_time(meeting.starts_at))
        ended_now = await uow.meetings.mark_ended(person.tenant_id, meeting.id, now)
        if ended_now:
            meeting.ended_at = now
            await audit(uow, person, f"meeting:{meeting.id}", "meeting.ended", now, {})
        else:
            meeting = await uow.meetings.get(person.tenant_id, meeting.id) or meeting
        summary = replace(await self._summary(uow, meeting, now), ended_now=ended_now)
        await audit(uow, person, f"meeting:{meeting.id}", "meeting.notes_read", now,
                    {"notes": sum(len(g.notes) for g in summary.groups)})
        return summary

    # ---------------------------------------------------------------- internals

    async def _agenda(self, uow: MeetingUnitOfWork, meeting: DialogueMeeting, now: datetime) -> Agenda:
        assert meeting.id is not None
        agreement = await uow.agreements.get(meeting.tenant_id, meeting.agreement_id)
        assert agreement is not None, "a meeting's agreement is deleted with it"
        ids = [i.id for g in agreement.goals for i in g.indicators if i.id is not None]
        measurements: dict[int, list[Measurement]] = (
            await uow.measurements.for_indicators(meeting.tenant_id, ids) if ids else {}
        )
        actions = await uow.meetings.action_points(meeting.tenant_id, agreement.id or 0, open_only=True)
        own = await uow.meetings.agenda_points(meeting.tenant_id, meeting.id)
        names = await person_names(uow, meeting.tenant_id,
                                  [*meeting.participant_ids, *(a.owner_id for a in actions),
                                   *(p.author_id for p in own)])
        return build_agenda(meeting, agreement, measurements, actions, own, local_today(now), names)

    async def _summary(self, uow: MeetingUnitOfWork, meeting: DialogueMeeting, now: datetime) -> MeetingSummary:
        assert meeting.id is not None
        agenda = await self._agenda(uow, meeting, now)
        notes = await uow.meetings.notes(meeting.tenant_id, meeting.id)
        titles = [t for t in agenda.point_titles if t != POINT_OTHER]
        titles += [n.agenda_point for n in notes if n.agenda_point and n.agenda_point not in titles]
        titles = [*dict.fromkeys(titles), POINT_OTHER]
        grouped: dict[str, list[MeetingNote]] = {}
        for note in notes:
            grouped.setdefault(note.agenda_point or POINT_OTHER, []).append(note)
        all_points = await uow.meetings.action_points(meeting.tenant_id, meeting.agreement_id)
        new = [p for p in all_points if p.meeting_id == meeting.id]
        carried = [p for p in order_action_points(all_points, agenda.today) if p.meeting_id != meeting.id]
        names = dict(agenda.names)
        names.update(await person_names(uow, meeting.tenant_id,
                                       [*(n.author_id for n in notes), *(p.owner_id for p in new)], known=names))
        return MeetingSummary(
            meeting=meeting,
            agreement=agenda.agreement,
            point_titles=tuple(titles),
            groups=tuple(NoteGroup(t, tuple(grouped[t])) for t in titles if t in grouped),
            decisions=tuple(n for n in notes if n.kind == NoteKind.DECISION.value),
            new_action_points=tuple(new),
            carried_action_points=tuple(carried),
            names=names,
            today=agenda.today,
        )

    async def _default_title(self, uow: MeetingUnitOfWork, agreement: Agreement, is_evaluation: bool) -> str:
        unit = await uow.units.get(agreement.tenant_id, agreement.unit_id)
        what = "Evaluering af udviklingsaftale" if is_evaluation else "Dialogmøde om udviklingsaftale"
        return f"{what} {agreement.year}" + (f" – {unit.name}" if unit else "")
