"""The edge of the dialogue-meeting use cases (R7, R9): typed commands and card actions in, services called,
cards and messages out.

Wiring (bot/handler.py): `answer` for typed text (False when the text is not a meeting command), `act` for the
card verbs in cards.meeting_payloads.MEETING_VERBS. Typed commands:
- «planlæg dialogmøde» [unit] [time], «planlæg evaluering»: the schedule card, or the meeting at once when a
  typed time such as «tirsdag den 14. januar kl. 10» follows;
- «dagsorden» / «næste møde»: the agenda of the person's next meeting;
- «noter til mødet», «afslut møde», «referat»: the meeting going on (or the next one);
- «mine opgaver»: the person's open action points;
- «evaluering»: the year-end evaluation card;
- «flyt mødet til kl. 13», «flyt mødet til 15/12 kl. 10»: the person's next meeting at a new time (the others are
  told, the reminders follow it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements import policy
from agreements.clock import Clock, local_today
from agreements.evaluation import AssessmentInput, EvaluationService
from agreements.meeting_ports import Assessment, DialogueMeeting, MeetingUnitOfWork
from agreements.meeting_time import (
    MeetingTime,
    MeetingTimeError,
    format_meeting_time,
    meeting_time_from_fields,
    parse_new_time,
    parse_time_and_place,
)
from agreements.meetings import (
    MeetingRefused,
    MeetingService,
    Refusal,
    enqueue_calendar,
    enqueue_notices,
    enqueue_reminders,
)
from agreements.profiles import Profile
from agreements.types import Agreement, Person
from bot import meeting_texts as texts
from cards import meeting_texts as card_texts
from cards.agenda import agenda_card, agenda_view
from cards.escape import fill
from cards.meeting import (
    ScheduleView,
    action_points_card,
    evaluation_card,
    meeting_notes_card,
    meeting_summary_card,
    schedule_card,
)
from cards.meeting_payloads import (
    MEETING_VERBS,
    ActionPointCloseAction,
    ActionPointReopenAction,
    EvaluationCarryAction,
    EvaluationSaveAction,
    MeetingActionPointAction,
    MeetingNoteAction,
    MeetingPayload,
    MeetingPointAction,
    MeetingScheduleAction,
    MeetingViewAction,
)
from cards.meeting_views import action_points_view, evaluation_view, notes_view, schedule_view, summary_view
from cards.status import choices_card

log = logging.getLogger(__name__)
Card = dict[str, Any]

SCHEDULE_WORDS = ("planlæg dialogmøde", "planlæg møde", "nyt dialogmøde", "nyt møde", "book dialogmøde")
EVALUATION_WORDS = ("planlæg evaluering", "planlæg evalueringsmøde")
AGENDA_WORDS = frozenset({"dagsorden", "dagsordenen", "næste møde", "næste dialogmøde", "vis dagsorden"})
NOTES_WORDS = frozenset({"noter til mødet", "noter", "mødenoter", "noter til møde", "tag noter"})
END_WORDS = frozenset({"afslut møde", "afslut mødet", "afslut dialogmøde", "afslut dialogmødet"})
SUMMARY_WORDS = frozenset({"referat", "vis referat", "referatet"})
TASK_WORDS = frozenset({"mine opgaver", "opgaver", "mine handlingspunkter", "handlingspunkter"})
MOVE_WORDS = ("flyt mødet", "flyt møde", "flyt dialogmødet", "flyt dialogmøde", "flyt næste møde")
EVALUATION_CARD_WORDS = frozenset({"evaluering", "evaluer", "evaluér", "evaluer målene", "evaluér målene"})


@dataclass(frozen=True, slots=True)
class MeetingOutcome:
    """A card to replace the clicked one (or to post after a typed command), and a message to send first."""

    card: Card | None = None
    message: str | None = None


class MeetingFlow:
    def __init__(
        self,
        meetings: MeetingService,
        evaluations: EvaluationService,
        profile: Profile,
        clock: Clock,
        *,
        calendar: bool = False,
    ) -> None:
        self._meetings = meetings
        self._evaluations = evaluations
        self._profile = profile
        self._clock = clock
        self._calendar = calendar  # Microsoft Graph is configured: meetings go into Outlook

    # ---------------------------------------------------------------- typed commands

    async def answer(self, context: TurnContext, uow: MeetingUnitOfWork, person: Person, text: str) -> bool:
        """Handles a typed meeting command; False (nothing sent) when `text` is not one."""
        typed = " ".join(text.strip().rstrip(".!?").split())
        handler = self._typed_handler(typed.lower())
        if handler is None:
            return False
        try:
            outcome = await handler(uow, person, typed)
        except MeetingRefused as refused:
            outcome = MeetingOutcome(message=refused.message)
        await _send(context, outcome)
        return True

    def _typed_handler(
        self, command: str
    ) -> Callable[[MeetingUnitOfWork, Person, str], Awaitable[MeetingOutcome]] | None:
        if command.startswith(EVALUATION_WORDS):
            return self._schedule_typed
        if command.startswith(SCHEDULE_WORDS):
            return self._schedule_typed
        if command.startswith(MOVE_WORDS):
            return self._move_typed
        fixed: dict[frozenset[str], Callable[[MeetingUnitOfWork, Person, str], Awaitable[MeetingOutcome]]] = {
            AGENDA_WORDS: self._agenda_typed,
            NOTES_WORDS: self._notes_typed,
            END_WORDS: self._end_typed,
            SUMMARY_WORDS: self._summary_typed,
            TASK_WORDS: self._tasks_typed,
            EVALUATION_CARD_WORDS: self._evaluation_typed,
        }
        return next((handler for words, handler in fixed.items() if command in words), None)

    async def _schedule_typed(self, uow: MeetingUnitOfWork, person: Person, typed: str) -> MeetingOutcome:
        evaluation = typed.lower().startswith(EVALUATION_WORDS)
        rest = _after(typed, EVALUATION_WORDS if evaluation else SCHEDULE_WORDS)
        candidates = await self._meetings.agreements_of(uow, person)
        if not candidates:
            return MeetingOutcome(message=texts.NO_AGREEMENT)
        units = {a.id: (await uow.units.get(person.tenant_id, a.unit_id)) for a in candidates}
        named = [a for a in candidates if (unit := units[a.id]) and unit.name.lower() in rest.lower()]
        if named:
            candidates = named
            unit_name = units[named[0].id].name  # type: ignore[union-attr]
            rest = re.sub(rf"(?:\bmed\s+)?{re.escape(unit_name)}", " ", rest, flags=re.IGNORECASE)
            rest = " ".join(rest.split())
        if len(candidates) > 1:
            verb = EVALUATION_WORDS[0] if evaluation else SCHEDULE_WORDS[0]
            choices = tuple(
                (f"{unit.name} {a.year}", f"{verb} {unit.name}")
                for a in candidates if (unit := units[a.id]) is not None
            )
            return MeetingOutcome(card=choices_card(texts.WHICH_AGREEMENT, choices))
        agreement = candidates[0]
        if rest:
            try:
                when, place = parse_time_and_place(rest, self._clock())
            except MeetingTimeError as error:
                card = await self._schedule_card(uow, agreement, evaluation=evaluation)
                return MeetingOutcome(card=card, message=texts.TIME_NOT_UNDERSTOOD.format(error=error))
            return await self._schedule(uow, person, agreement.id or 0, when, place, [], evaluation)
        return MeetingOutcome(card=await self._schedule_card(uow, agreement, evaluation=evaluation))

    async def _move_typed(self, uow: MeetingUnitOfWork, person: Person, typed: str) -> MeetingOutcome:
        """«flyt mødet til kl. 13»: the person's next meeting, to the new time; the others are told and the
        reminders follow it."""
        rest = re.sub(r"^(?:til|to)\b\s*", "", _after(typed, MOVE_WORDS), flags=re.IGNORECASE)
        now = self._clock()
        upcoming = await self._meetings.upcoming(uow, person, now)
        if not upcoming:
            return MeetingOutcome(message=texts.NO_UPCOMING)
        meeting = upcoming[0]
        assert meeting.id is not None and person.id is not None
        if not rest:
            return MeetingOutcome(message=texts.MOVE_WHICH_TIME)
        try:
            when = parse_new_time(rest, meeting.starts_at, meeting.ends_at, now)
        except MeetingTimeError as error:
            return MeetingOutcome(message=texts.TIME_NOT_UNDERSTOOD.format(error=error))
        moved = await self._meetings.move(uow, person, meeting.id, when.starts_at, when.ends_at, now)
        when_text = format_meeting_time(moved.meeting.starts_at, moved.meeting.ends_at)
        if moved.unchanged:
            return MeetingOutcome(message=texts.MOVED_UNCHANGED.format(when=when_text))
        await enqueue_notices(uow.jobs, moved.meeting, person.id, "moved", now)
        await uow.commit()
        reminders = (texts.REMINDERS.format(days=texts.days_text(tuple(p.days_before for p in moved.reminders)))
                     if moved.reminders else texts.NO_REMINDERS)
        message = texts.MOVED.format(before=format_meeting_time(moved.previous_starts_at), when=when_text,
                                     reminders=reminders)
        if moved.meeting.graph_event_id:
            message += " " + texts.MOVED_CALENDAR
        return MeetingOutcome(card=await self._agenda_card(uow, person, meeting.id), message=message)

    async def _agenda_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> MeetingOutcome:
        upcoming = await self._meetings.upcoming(uow, person, self._clock())
        if not upcoming:
            return MeetingOutcome(message=texts.NO_UPCOMING)
        return MeetingOutcome(card=await self._agenda_card(uow, person, upcoming[0].id or 0))

    async def _notes_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> MeetingOutcome:
        meeting = await self._meetings.meeting_for_notes(uow, person, self._clock())
        if meeting is None:
            return MeetingOutcome(message=texts.NO_MEETING)
        return MeetingOutcome(card=await self._notes_card(uow, person, meeting.id or 0, 0))

    async def _end_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> MeetingOutcome:
        meeting = await self._meetings.meeting_for_notes(uow, person, self._clock())
        if meeting is None:
            meeting = await self._latest_begun(uow, person)  # ended already: the summary again
        if meeting is None:
            return MeetingOutcome(message=texts.NO_MEETING)
        return await self._end(uow, person, meeting.id or 0)

    async def _summary_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> MeetingOutcome:
        meeting = await self._latest_begun(uow, person)
        if meeting is None:
            return MeetingOutcome(message=texts.NO_MEETING)
        summary = await self._meetings.summary(uow, person, meeting.id or 0, self._clock())
        return MeetingOutcome(card=meeting_summary_card(summary_view(summary)))

    async def _tasks_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> MeetingOutcome:
        return MeetingOutcome(card=await self._tasks_card(uow, person))

    async def _evaluation_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> MeetingOutcome:
        meetings = [m for a in await self._meetings.agreements_of(uow, person)
                    for m in await uow.meetings.for_agreement(person.tenant_id, a.id or 0) if m.is_evaluation]
        if not meetings:
            return MeetingOutcome(message=texts.NO_EVALUATION_MEETING)
        latest = max(meetings, key=lambda m: m.starts_at)
        return MeetingOutcome(card=await self._evaluation_card(uow, person, latest.id or 0))

    # ---------------------------------------------------------------- card actions

    async def act(
        self, uow: MeetingUnitOfWork, person: Person, action: MeetingPayload
    ) -> MeetingOutcome:
        """Runs a meeting card's action; a refusal comes back as the same card with the Danish reason on it,
        or as a message when there is no card to show it on."""
        try:
            return await self._act(uow, person, action)
        except MeetingRefused as refused:
            return await self._refused(uow, person, action, refused.message)

    async def _act(self, uow: MeetingUnitOfWork, person: Person, action: MeetingPayload) -> MeetingOutcome:
        now = self._clock()
        if isinstance(action, MeetingScheduleAction):
            try:
                when = meeting_time_from_fields(
                    action.date.isoformat() if action.date else "", action.start or "", action.end, now
                )
            except MeetingTimeError as error:
                raise MeetingRefused(Refusal.INVALID_TIME, str(error)) from None
            return await self._schedule(uow, person, action.agreement, when, action.place, action.extras,
                                        action.evaluation)
        if isinstance(action, MeetingPointAction):
            await self._meetings.add_agenda_point(uow, person, action.meeting, action.point_text, now)
            await uow.commit()
            return MeetingOutcome(card=await self._agenda_card(uow, person, action.meeting,
                                                               notice=card_texts.POINT_ADDED))
        if isinstance(action, MeetingNoteAction):
            await self._meetings.add_note(uow, person, action.meeting, action.point, action.kind, action.note, now)
            await uow.commit()
            saved = card_texts.DECISION_SAVED if action.kind == "decision" else card_texts.NOTE_SAVED
            return MeetingOutcome(card=await self._notes_card(uow, person, action.meeting, action.point_index,
                                                              notice=saved))
        if isinstance(action, MeetingActionPointAction):
            owner = action.owner or person.id or 0
            await self._meetings.add_action_point(uow, person, action.meeting, action.action_text, owner,
                                                  action.due, now)
            await uow.commit()
            return MeetingOutcome(card=await self._notes_card(uow, person, action.meeting, action.point_index,
                                                              notice=card_texts.ACTION_SAVED))
        if isinstance(action, MeetingViewAction):
            return await self._view(uow, person, action)
        if isinstance(action, ActionPointCloseAction):
            await self._meetings.close_action_point(uow, person, action.action_point, now)
            await uow.commit()
            return MeetingOutcome(card=await self._tasks_card(uow, person, notice=card_texts.TASK_CLOSED))
        if isinstance(action, ActionPointReopenAction):
            reopened = await self._meetings.reopen_action_point(uow, person, action.action_point, now)
            await uow.commit()
            notice = card_texts.TASK_ALREADY_OPEN if reopened.already else card_texts.TASK_REOPENED
            return MeetingOutcome(card=await self._tasks_card(uow, person, notice=notice))
        if isinstance(action, EvaluationSaveAction):
            inputs = [AssessmentInput(a.goal, Assessment(a.assessment), a.comment) for a in action.assessments]
            await self._evaluations.save_evaluation(uow, person, action.meeting, inputs, now)
            await uow.commit()
            return MeetingOutcome(card=await self._evaluation_card(uow, person, action.meeting,
                                                                   notice=card_texts.EVALUATION_SAVED))
        assert isinstance(action, EvaluationCarryAction)
        carried = await self._evaluations.carry_unmet_goals(uow, person, action.agreement, action.year, now)
        await uow.commit()
        if not carried.carried:
            return MeetingOutcome(message=texts.CARRIED_NONE)
        return MeetingOutcome(message=texts.CARRIED.format(count=len(carried.carried), year=action.year))

    async def _view(self, uow: MeetingUnitOfWork, person: Person, action: MeetingViewAction) -> MeetingOutcome:
        if action.verb == "meeting.notes":
            return MeetingOutcome(card=await self._notes_card(uow, person, action.meeting, action.point_index))
        if action.verb == "meeting.agenda":
            return MeetingOutcome(card=await self._agenda_card(uow, person, action.meeting))
        if action.verb == "meeting.summary":
            summary = await self._meetings.summary(uow, person, action.meeting, self._clock())
            return MeetingOutcome(card=meeting_summary_card(summary_view(summary)))
        return await self._end(uow, person, action.meeting)

    async def _refused(
        self, uow: MeetingUnitOfWork, person: Person, action: MeetingPayload, message: str
    ) -> MeetingOutcome:
        """The clicked card again with the reason on it, so what was typed can be fixed rather than retyped:
        Teams keeps the inputs of a card that is not replaced, so only cards without free text are redrawn."""
        await uow.rollback()
        try:
            if isinstance(action, MeetingScheduleAction):
                agreement = await uow.agreements.get(person.tenant_id, action.agreement)
                if agreement is not None and policy.may_plan_meeting(person, agreement):
                    card = await self._schedule_card(uow, agreement, evaluation=action.evaluation, notice=message,
                                                     filled=action)
                    return MeetingOutcome(card=card)
            if isinstance(action, ActionPointCloseAction | ActionPointReopenAction):
                return MeetingOutcome(card=await self._tasks_card(uow, person, notice=message, error=True))
        except MeetingRefused:
            pass
        return MeetingOutcome(message=message)

    # ---------------------------------------------------------------- use cases shared by text and cards

    async def _schedule(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        agreement_id: int,
        when: MeetingTime,
        place: str,
        extras: Sequence[int],
        evaluation: bool,
    ) -> MeetingOutcome:
        now = self._clock()
        scheduled = await self._meetings.schedule(uow, person, agreement_id, when.starts_at, when.ends_at, place,
                                                  extras, now, is_evaluation=evaluation)
        meeting = scheduled.meeting
        assert meeting.id is not None
        when_text = format_meeting_time(meeting.starts_at, meeting.ends_at)
        if scheduled.already:
            return MeetingOutcome(card=await self._agenda_card(uow, person, meeting.id),
                                  message=texts.ALREADY_SCHEDULED.format(when=when_text))
        await enqueue_reminders(uow.jobs, person.tenant_id, scheduled.reminders)
        await uow.commit()
        place_text = fill(texts.SCHEDULED_PLACE, place=meeting.place) if meeting.place else ""
        reminders = (texts.REMINDERS.format(days=texts.days_text(tuple(p.days_before for p in scheduled.reminders)))
                     if scheduled.reminders else texts.NO_REMINDERS)
        lines = [texts.SCHEDULED.format(when=when_text, place=place_text,
                                        participants=", ".join(p.name for p in scheduled.participants),
                                        reminders=reminders)]
        lines.extend(await self._tell_others(uow, person, meeting, scheduled.participants))
        return MeetingOutcome(card=await self._agenda_card(uow, person, meeting.id), message=" ".join(lines))

    async def _tell_others(
        self, uow: MeetingUnitOfWork, person: Person, meeting: DialogueMeeting, participants: Sequence[Person]
    ) -> list[str]:
        """Queues the others' agenda and, with Microsoft Graph, the Outlook event; what to add to the reply."""
        assert person.id is not None
        now = self._clock()
        await enqueue_notices(uow.jobs, meeting, person.id, "planned", now)
        said = []
        if self._calendar:
            if all(p.email for p in participants):
                await enqueue_calendar(uow.jobs, meeting, person.id, now)
                said.append(texts.CALENDAR_QUEUED)
            else:
                said.append(texts.CALENDAR_NO_EMAIL)
        await uow.commit()
        return said

    async def _end(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> MeetingOutcome:
        now = self._clock()
        summary = await self._meetings.end_meeting(uow, person, meeting_id, now)
        card = meeting_summary_card(summary_view(summary))
        if not summary.ended_now:
            await uow.commit()
            return MeetingOutcome(card=card, message=texts.ALREADY_ENDED)
        assert person.id is not None
        await enqueue_notices(uow.jobs, summary.meeting, person.id, "ended", now)
        await uow.commit()
        return MeetingOutcome(card=card, message=texts.ENDED)

    async def _latest_begun(self, uow: MeetingUnitOfWork, person: Person) -> DialogueMeeting | None:
        now = self._clock()
        meetings = [m for a in await self._meetings.agreements_of(uow, person)
                    for m in await uow.meetings.for_agreement(person.tenant_id, a.id or 0)
                    if m.starts_at <= now and person.id in m.participant_ids]
        return max(meetings, key=lambda m: m.starts_at) if meetings else None

    # ---------------------------------------------------------------- cards

    async def _schedule_card(
        self, uow: MeetingUnitOfWork, agreement: Agreement, *, evaluation: bool, notice: str | None = None,
        filled: MeetingScheduleAction | None = None,
    ) -> Card:
        unit = await uow.units.get(agreement.tenant_id, agreement.unit_id)
        people = await uow.people.list(agreement.tenant_id)
        view = schedule_view(agreement, unit.name if unit else "", people, evaluation=evaluation, notice=notice)
        if filled is not None:
            view = _refilled(view, filled)
        return schedule_card(view)

    async def _agenda_card(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, *, notice: str | None = None
    ) -> Card:
        agenda = await self._meetings.agenda(uow, person, meeting_id, self._clock())
        can_write = policy.may_write_meeting(person, agenda.meeting.participant_ids) and agenda.meeting.ended_at is None
        return agenda_card(agenda_view(agenda, can_write=can_write, notice=notice))

    async def _notes_card(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, point_index: int, *,
        notice: str | None = None,
    ) -> Card:
        summary = await self._meetings.summary(uow, person, meeting_id, self._clock())
        return meeting_notes_card(notes_view(summary, point_index, person.id, notice=notice))

    async def _tasks_card(
        self, uow: MeetingUnitOfWork, person: Person, *, notice: str | None = None, error: bool = False
    ) -> Card:
        now = self._clock()
        points = await self._meetings.open_action_points(uow, person, now)
        closed = await self._meetings.recently_closed_action_points(uow, person, now)
        return action_points_card(action_points_view(points, person, local_today(now), notice=notice,
                                                     notice_is_error=error, closed=closed))

    async def _evaluation_card(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, *, notice: str | None = None
    ) -> Card:
        evaluation = await self._evaluations.evaluation(uow, person, meeting_id)
        agreement = evaluation.agreement
        can_edit = policy.may_evaluate(person, agreement)
        return evaluation_card(evaluation_view(evaluation, can_edit=can_edit, notice=notice))


# ---------------------------------------------------------------- helpers


def _after(typed: str, prefixes: Sequence[str]) -> str:
    for prefix in prefixes:
        if typed.lower().startswith(prefix):
            return typed[len(prefix):].strip()
    return typed


def _refilled(view: ScheduleView, filled: MeetingScheduleAction) -> ScheduleView:
    return replace(view, date=filled.date.isoformat() if filled.date else "", start=filled.start or "",
                   end=filled.end or "", place=filled.place, extras=list(filled.extras),
                   evaluation=filled.evaluation)


async def _send(context: TurnContext, outcome: MeetingOutcome) -> None:
    if outcome.message:
        await context.send_activity(outcome.message)
    if outcome.card:
        await context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(outcome.card)))


def is_meeting_command(command: str) -> bool:
    """True for a normalised text that names a meeting command (for routing in shared conversations)."""
    return command.startswith(SCHEDULE_WORDS + EVALUATION_WORDS) or any(
        command in words for words in (AGENDA_WORDS, NOTES_WORDS, END_WORDS, SUMMARY_WORDS, TASK_WORDS,
                                       EVALUATION_CARD_WORDS)
    )


def is_meeting_action(data: Any) -> bool:
    return isinstance(data, dict) and data.get("verb") in MEETING_VERBS
