"""Use cases of the dialogue meetings (R7, R9): what a typed command or a card action changes, in one transaction.

Framework-free. Each mutating use case commits what it did, enqueues the jobs that follow (reminders, notices to
the other participants, the Outlook event) and rolls back on a refusal; the views say what the person may do on
them (agreements.policy). The edge (bot/teams/meeting_flow.py) parses the command or card, calls one of these and
renders the result as a card and a Danish message.
"""

from __future__ import annotations

import enum
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime

from agreements import policy
from agreements.clock import Clock, local_today
from agreements.danish import find_date_mentions
from agreements.dialogue.agenda import Agenda
from agreements.dialogue.evaluation import AssessmentInput, CarryOver, Evaluation, EvaluationService
from agreements.dialogue.meeting_ports import DialogueMeeting, MeetingUnitOfWork, NoteKind
from agreements.dialogue.meeting_time import MeetingTime, MeetingTimeError, meeting_time_from_fields, next_date
from agreements.dialogue.meetings import (
    Closed,
    MeetingRefused,
    MeetingService,
    MeetingSummary,
    Moved,
    Refusal,
    Scheduled,
    enqueue_calendar,
    enqueue_notices,
    enqueue_reminders,
)
from agreements.fuzzy import fold
from agreements.types import Agreement, Person


class CalendarNote(enum.StrEnum):
    NONE = "none"  # no Microsoft Graph: no Outlook event
    QUEUED = "queued"  # the Outlook event is on its way
    NO_EMAIL = "no_email"  # a participant has no e-mail address: no Outlook event


class TimeMeans(enum.StrEnum):
    """What a dialogue meeting asked for at a time means when the recogniser reads planning one or moving the next."""

    PLAN = "plan"  # no meeting coming up and no word of moving: there is none to move, so one is planned
    MOVE = "move"  # the words say to move it («rykke», «flytte», «udskyde»): moved, or told there is none to move
    EITHER = "either"  # a meeting is coming up and the words may mean planning another or moving it


# Words that say a meeting is to be moved, not planned.
_MOVING = re.compile(r"\b(?:flyt\w*|ryk\w*|udskyd\w*|udsæt\w*|ændr\w*|forskyd\w*|nyt\s+tidspunkt|i\s+stedet)\b",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Planned:
    scheduled: Scheduled
    calendar: CalendarNote = CalendarNote.NONE


@dataclass(frozen=True, slots=True)
class AgendaShown:
    agenda: Agenda
    can_write: bool


@dataclass(frozen=True, slots=True)
class EvaluationShown:
    evaluation: Evaluation
    can_edit: bool


class MeetingUseCases:
    def __init__(self, meetings: MeetingService, evaluations: EvaluationService, clock: Clock, *,
                 calendar: bool = False) -> None:
        self._meetings = meetings
        self._evaluations = evaluations
        self._clock = clock
        self._calendar = calendar  # Microsoft Graph is configured: meetings go into Outlook

    @asynccontextmanager
    async def _transaction(self, uow: MeetingUnitOfWork) -> AsyncIterator[None]:
        """Commits what the block did; a refusal rolls it back (its audit event was committed on its own)."""
        try:
            yield
        except MeetingRefused:
            await uow.rollback()
            raise
        await uow.commit()

    # ---------------------------------------------------------------- planning

    async def schedule_from_fields(
        self, uow: MeetingUnitOfWork, person: Person, agreement_id: int, day: str, start: str, end: str | None,
        place: str, extras: Sequence[int], evaluation: bool,
    ) -> Planned:
        """The schedule card's fields; an impossible time is refused (INVALID_TIME), nothing changed."""
        try:
            when = meeting_time_from_fields(day, start, end, self._clock())
        except MeetingTimeError as error:
            await uow.rollback()
            raise MeetingRefused(Refusal.INVALID_TIME, str(error)) from None
        return await self.schedule(uow, person, agreement_id, when, place, extras, evaluation)

    async def schedule(
        self, uow: MeetingUnitOfWork, person: Person, agreement_id: int, when: MeetingTime, place: str,
        extras: Sequence[int], evaluation: bool,
    ) -> Planned:
        """Plans the meeting with its reminders, and queues the others' agenda and (with Graph) the Outlook event.
        A second click on the same plan changes nothing (`scheduled.already`)."""
        now = self._clock()
        async with self._transaction(uow):
            scheduled = await self._meetings.schedule(uow, person, agreement_id, when.starts_at, when.ends_at, place,
                                                      extras, now, is_evaluation=evaluation)
            if scheduled.already:
                return Planned(scheduled)
            await enqueue_reminders(uow.jobs, person.tenant_id, scheduled.reminders)
            assert person.id is not None
            await enqueue_notices(uow.jobs, scheduled.meeting, person.id, "planned", now)
            calendar = CalendarNote.NONE
            if self._calendar:
                if all(p.email for p in scheduled.participants):
                    await enqueue_calendar(uow.jobs, scheduled.meeting, person.id, now)
                    calendar = CalendarNote.QUEUED
                else:
                    calendar = CalendarNote.NO_EMAIL
        return Planned(scheduled, calendar)

    async def move(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, when: MeetingTime) -> Moved:
        """The meeting at a new time; the others are told and the reminders follow it."""
        now = self._clock()
        async with self._transaction(uow):
            moved = await self._meetings.move(uow, person, meeting_id, when.starts_at, when.ends_at, now)
            if not moved.unchanged:
                assert person.id is not None
                await enqueue_notices(uow.jobs, moved.meeting, person.id, "moved", now)
        return moved

    # ---------------------------------------------------------------- during and after the meeting

    async def add_agenda_point(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, text: str) -> None:
        async with self._transaction(uow):
            await self._meetings.add_agenda_point(uow, person, meeting_id, text, self._clock())

    async def add_note(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, point: str | None,
                       kind: NoteKind | str, text: str) -> None:
        async with self._transaction(uow):
            await self._meetings.add_note(uow, person, meeting_id, point, kind, text, self._clock())

    async def add_action_point(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, text: str,
                               owner_id: int | None, due: date | None) -> None:
        """`owner_id` unset: the acting person owns it."""
        async with self._transaction(uow):
            await self._meetings.add_action_point(uow, person, meeting_id, text, owner_id or person.id or 0, due,
                                                  self._clock())

    async def add_typed_action_point(self, uow: MeetingUnitOfWork, person: Person, meeting: DialogueMeeting,
                                     text: str) -> None:
        """«handlingspunkt: Henrik ser på budgettet inden jul» typed in the chat: owned by the participant it begins
        with (first or full name; else the writer), due on the day it names («inden 8/1», «senest 15. januar»)."""
        owner = await _named_participant(uow, person, meeting, text)
        await self.add_action_point(uow, person, meeting.id or 0, text, owner,
                                    due_day(text, local_today(self._clock())))

    async def close_action_point(self, uow: MeetingUnitOfWork, person: Person, action_point_id: int) -> Closed:
        async with self._transaction(uow):
            return await self._meetings.close_action_point(uow, person, action_point_id, self._clock())

    async def reopen_action_point(self, uow: MeetingUnitOfWork, person: Person, action_point_id: int) -> Closed:
        async with self._transaction(uow):
            return await self._meetings.reopen_action_point(uow, person, action_point_id, self._clock())

    async def end(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> MeetingSummary:
        """Ends the meeting (or shows the summary of one ended before); the others get the summary."""
        now = self._clock()
        async with self._transaction(uow):
            summary = await self._meetings.end_meeting(uow, person, meeting_id, now)
            if summary.ended_now:
                assert person.id is not None
                await enqueue_notices(uow.jobs, summary.meeting, person.id, "ended", now)
        return summary

    async def summary(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> MeetingSummary:
        """The meeting's summary (its reading is audited by the service, and committed with the turn)."""
        return await self._meetings.summary(uow, person, meeting_id, self._clock())

    async def save_evaluation(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int,
                              assessments: Sequence[AssessmentInput]) -> None:
        async with self._transaction(uow):
            await self._evaluations.save_evaluation(uow, person, meeting_id, list(assessments), self._clock())

    async def carry_unmet_goals(self, uow: MeetingUnitOfWork, person: Person, agreement_id: int,
                                year: int) -> CarryOver:
        async with self._transaction(uow):
            return await self._evaluations.carry_unmet_goals(uow, person, agreement_id, year, self._clock())

    # ---------------------------------------------------------------- what the person may do on a view

    async def agenda(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> AgendaShown:
        agenda = await self._meetings.agenda(uow, person, meeting_id, self._clock())
        can_write = policy.may_write_meeting(person, agenda.meeting.participant_ids) and agenda.meeting.ended_at is None
        return AgendaShown(agenda, can_write)

    async def evaluation(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> EvaluationShown:
        evaluation = await self._evaluations.evaluation(uow, person, meeting_id)
        return EvaluationShown(evaluation, can_edit=policy.may_evaluate(person, evaluation.agreement))

    async def what_a_time_means(self, uow: MeetingUnitOfWork, person: Person, words: str) -> TimeMeans:
        """«kan vi tage dialogmødet med Henrik den 15/12 kl 10?»: `words` the recogniser reads as planning a meeting
        or moving the next one. Words of moving («kan vi rykke dialogmødet til kl 14») move it. Otherwise, with no
        meeting of the person's coming up there is nothing to move, so a manager asking for a meeting at a time means
        to plan it; with one coming up, either may be meant."""
        if _MOVING.search(words):
            return TimeMeans.MOVE
        upcoming = await self._meetings.upcoming(uow, person, self._clock())
        return TimeMeans.EITHER if upcoming else TimeMeans.PLAN

    @staticmethod
    async def without_the_parties(uow: MeetingUnitOfWork, agreement: Agreement, words: str) -> str:
        """The words that say when and where a meeting on the agreement is, without its holder or giver named after
        «med» («med Henrik d. 20/1 kl 14» → «d. 20/1 kl 14»): they take part anyway, and are no part of the time
        («Jeg forstod ikke «med henrik» i tidspunktet»). Full name or first name."""
        for person_id in (agreement.giver_id, agreement.holder_id):
            party = await uow.people.get(agreement.tenant_id, person_id)
            if party is None or not party.name.split():
                continue
            names = sorted({party.name, party.name.split()[0]}, key=len, reverse=True)
            pattern = r"\bmed\s+(?:" + "|".join(re.escape(n) for n in names) + r")\b"
            words = " ".join(re.sub(pattern, " ", words, flags=re.IGNORECASE).split())
        return words

    @staticmethod
    def may_plan(person: Person, agreement: Agreement) -> bool:
        return policy.may_plan_meeting(person, agreement)

    async def latest_begun(self, uow: MeetingUnitOfWork, person: Person) -> DialogueMeeting | None:
        now: datetime = self._clock()
        meetings = [m for a in await self._meetings.agreements_of(uow, person)
                    for m in await uow.meetings.for_agreement(person.tenant_id, a.id or 0)
                    if m.starts_at <= now and person.id in m.participant_ids]
        return max(meetings, key=lambda m: m.starts_at) if meetings else None


_DUE_DAY_MONTH = re.compile(
    r"\b(?:inden|senest|før|til|frist|deadline)\s+(?:(?:d\.|den)\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})\b(?:[/.](\d{4}))?",
    re.IGNORECASE)
_DUE_WORDS = re.compile(r"(?:inden|senest|før|frist|deadline)\s*(?:(?:d\.|den)\s*)?$", re.IGNORECASE)


def due_day(text: str, today: date) -> date | None:
    """The day an action point typed in the chat is due: «inden 8/1», «senest den 15.1.2027», «senest 15. januar»;
    None when it names none (a day already past is next year's)."""
    if (typed := _DUE_DAY_MONTH.search(text)) is not None:
        day, month = int(typed[1]), int(typed[2])
        try:
            return date(int(typed[3]), month, day) if typed[3] else next_date(day, month, today)
        except ValueError:
            return None
    for mention in find_date_mentions(text, today):
        if mention.on >= today and (mention.words.lower().startswith(("senest", "inden", "før"))
                                    or _DUE_WORDS.search(text[:mention.start])):
            return mention.on
    return None


async def _named_participant(uow: MeetingUnitOfWork, person: Person, meeting: DialogueMeeting,
                             text: str) -> int | None:
    """The meeting's participant `text` begins with (first or full name); None when it begins with none."""
    words = fold(" ".join(text.split()))
    for participant_id in meeting.participant_ids:
        participant = await uow.people.get(person.tenant_id, participant_id)
        if participant is None or not participant.name.split():
            continue
        for name in (fold(participant.name), fold(participant.name.split()[0])):
            if words == name or words.startswith(f"{name} "):
                return participant_id
    return None
