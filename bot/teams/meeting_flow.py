"""The edge of the dialogue-meeting use cases (R7, R9): typed commands and card actions in, services called,
cards and messages out.

Wiring (bot/teams/handler.py): `answer` for typed text (False when the text is not a meeting command), `act` for the
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
from dataclasses import replace
from typing import Any, Literal

from botbuilder.core import TurnContext

from agreements.clock import Clock, local_today
from agreements.dialogue.evaluation import AssessmentInput, EvaluationService
from agreements.dialogue.meeting_ports import Assessment, DialogueMeeting, MeetingUnitOfWork
from agreements.dialogue.meeting_time import (
    MeetingTime,
    MeetingTimeError,
    example_day,
    format_meeting_time,
    parse_new_time,
    parse_relative_move,
    parse_time_and_place,
)
from agreements.dialogue.meeting_use_cases import CalendarNote, MeetingUseCases, Planned, TimeMeans
from agreements.dialogue.meetings import MeetingRefused, MeetingService
from agreements.profiles import Profile
from agreements.replies import Reply
from agreements.types import Agreement, Person
from bot.teams import meeting_texts as texts
from bot.teams.replies import send_reply
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
from cards.payloads import Ask, ask_data
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
# «note: …», «notat: …», «beslutning: …», «besluttet: …»: a note or decision typed in the chat; «handlingspunkt: …»,
# «opgave: …»: an action point, owned by the writer, due on the day it names («inden 8/1», «senest 15. januar»).
MeetingView = Literal["agenda", "notes", "end", "summary", "tasks", "evaluation"]
_TYPED_NOTE_LABELS = r"note|notat|beslutning|besluttet|handlingspunkt|handlepunkt|opgave|to-?do"
TYPED_NOTE = re.compile(rf"({_TYPED_NOTE_LABELS})\s*:\s*")
# «handlingspunkt: Henrik ser på budgettet inden jul, og note: vi drøftede sygefraværet»: two things typed at once.
_NEXT_TYPED_NOTE = re.compile(rf"[,;.]?\s+(?:og\s+)?(?=(?:{_TYPED_NOTE_LABELS})\s*:)", re.IGNORECASE)
MAX_TYPED_NOTE = 2000
LAST_POINT = 10_000  # clamped to the agenda's last point
EVALUATION_CARD_WORDS = frozenset({"evaluering", "evaluer", "evaluér", "evaluer målene", "evaluér målene"})


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
        self._use_cases = MeetingUseCases(meetings, evaluations, clock, calendar=calendar)

    # ---------------------------------------------------------------- typed commands

    async def answer(self, context: TurnContext, uow: MeetingUnitOfWork, person: Person, text: str) -> bool:
        """Handles a typed meeting command; False (nothing sent) when `text` is not one."""
        typed = " ".join(text.strip().rstrip(".!?").split())
        handler = self._typed_handler(typed.lower())
        if handler is None:
            return False
        if handler == self._note_typed:
            typed = " ".join(text.split())  # a note is kept as written, its full stop too
        await self._send(context, handler(uow, person, typed))
        return True

    async def plan(self, context: TurnContext, uow: MeetingUnitOfWork, person: Person, *, unit: str | None,
                   when: str | None, evaluation: bool) -> None:
        """A dialogue (or evaluation) meeting asked for by intent: for the unit named, at the time given (as
        written), else the card to plan it on."""
        rest = " ".join(words for words in (unit, when) if words)
        await self._send(context, self._schedule_named(uow, person, rest, evaluation))

    async def time_means(self, uow: MeetingUnitOfWork, person: Person, words: str) -> TimeMeans:
        """What a meeting asked for at a time, in words that may plan one or move the next, means."""
        return await self._use_cases.what_a_time_means(uow, person, words)

    async def move(self, context: TurnContext, uow: MeetingUnitOfWork, person: Person, when: str | None,
                   typed: str | None = None) -> None:
        """The next meeting moved to `when` (as written), or by what `typed` says («kan du rykke mødet en time?»),
        or the question when to."""
        await self._send(context, self._move_to(uow, person, when or "", typed))

    async def show(self, context: TurnContext, uow: MeetingUnitOfWork, person: Person, view: MeetingView) -> None:
        """One of the meeting cards asked for by intent (the agenda, the notes, …), or why there is none."""
        handlers: dict[MeetingView, Callable[[MeetingUnitOfWork, Person, str], Awaitable[Reply]]] = {
            "agenda": self._agenda_typed, "notes": self._notes_typed, "end": self._end_typed,
            "summary": self._summary_typed, "tasks": self._tasks_typed, "evaluation": self._evaluation_typed,
        }
        await self._send(context, handlers[view](uow, person, ""))

    @staticmethod
    async def _send(context: TurnContext, reply: Awaitable[Reply]) -> None:
        try:
            outcome = await reply
        except MeetingRefused as refused:
            outcome = Reply(text=refused.message)
        await send_reply(context, outcome)

    def _typed_handler(
        self, command: str
    ) -> Callable[[MeetingUnitOfWork, Person, str], Awaitable[Reply]] | None:
        if TYPED_NOTE.match(command):
            return self._note_typed
        if command.startswith(EVALUATION_WORDS):
            return self._schedule_typed
        if command.startswith(SCHEDULE_WORDS):
            return self._schedule_typed
        if command.startswith(MOVE_WORDS):
            return self._move_typed
        fixed: dict[frozenset[str], Callable[[MeetingUnitOfWork, Person, str], Awaitable[Reply]]] = {
            AGENDA_WORDS: self._agenda_typed,
            NOTES_WORDS: self._notes_typed,
            END_WORDS: self._end_typed,
            SUMMARY_WORDS: self._summary_typed,
            TASK_WORDS: self._tasks_typed,
            EVALUATION_CARD_WORDS: self._evaluation_typed,
        }
        return next((handler for words, handler in fixed.items() if command in words), None)

    async def _schedule_typed(self, uow: MeetingUnitOfWork, person: Person, typed: str) -> Reply:
        evaluation = typed.lower().startswith(EVALUATION_WORDS)
        rest = _after(typed, EVALUATION_WORDS if evaluation else SCHEDULE_WORDS)
        return await self._schedule_named(uow, person, rest, evaluation)

    async def _schedule_named(self, uow: MeetingUnitOfWork, person: Person, rest: str, evaluation: bool) -> Reply:
        """`rest`: the words after the command, as written – a unit's name, the time and place, or nothing."""
        candidates = await self._meetings.agreements_of(uow, person)
        if not candidates:
            return Reply(text=texts.NO_AGREEMENT)
        units = {a.id: (await uow.units.get(person.tenant_id, a.unit_id)) for a in candidates}
        named = [a for a in candidates if (unit := units[a.id]) and unit.name.lower() in rest.lower()]
        if named:
            candidates = named
            unit_name = units[named[0].id].name  # type: ignore[union-attr]
            rest = re.sub(rf"(?:\bmed\s+)?{re.escape(unit_name)}", " ", rest, flags=re.IGNORECASE)
            rest = " ".join(rest.split())
        if len(candidates) > 1:
            intent: Ask = "plan_evaluation" if evaluation else "plan_meeting"
            choices = tuple(
                (f"{unit.name} {a.year}", ask_data(intent, unit=unit.name))
                for a in candidates if (unit := units[a.id]) is not None
            )
            return Reply(card=choices_card(texts.WHICH_AGREEMENT, choices))
        agreement = candidates[0]
        rest = await self._use_cases.without_the_parties(uow, agreement, rest)
        if rest:
            try:
                when, place = parse_time_and_place(rest, self._clock())
            except MeetingTimeError as error:
                card = await self._schedule_card(uow, agreement, evaluation=evaluation)
                return Reply(card=card, text=texts.TIME_NOT_UNDERSTOOD.format(error=error))
            return await self._schedule(uow, person, agreement.id or 0, when, place, [], evaluation)
        return Reply(card=await self._schedule_card(uow, agreement, evaluation=evaluation))

    async def _move_typed(self, uow: MeetingUnitOfWork, person: Person, typed: str) -> Reply:
        """«flyt mødet til kl. 13»: the person's next meeting, to the new time; the others are told and the
        reminders follow it."""
        return await self._move_to(uow, person, _after(typed, MOVE_WORDS))

    async def _move_to(self, uow: MeetingUnitOfWork, person: Person, new_time: str, typed: str | None = None) -> Reply:
        """`new_time`: as written («til kl. 13», «en time senere»), or nothing: then what the whole message `typed`
        says relatively («kan du rykke mødet en time?»), else the person is asked for a time."""
        rest = re.sub(r"^(?:til|to)\b\s*", "", new_time, flags=re.IGNORECASE)
        now = self._clock()
        upcoming = await self._meetings.upcoming(uow, person, now)
        if not upcoming:
            return Reply(text=texts.NO_UPCOMING)
        meeting = upcoming[0]
        assert meeting.id is not None and person.id is not None
        try:
            relative = next((shifted for said in (rest, typed or "") if said
                             and (shifted := parse_relative_move(said, meeting.starts_at, meeting.ends_at, now))),
                            None)
            if relative is None and not rest:
                return Reply(text=texts.MOVE_WHICH_TIME.format(day=example_day(now)))
            when = relative or parse_new_time(rest, meeting.starts_at, meeting.ends_at, now)
        except MeetingTimeError as error:
            return Reply(text=texts.TIME_NOT_UNDERSTOOD.format(error=error))
        moved = await self._use_cases.move(uow, person, meeting.id, when)
        when_text = format_meeting_time(moved.meeting.starts_at, moved.meeting.ends_at)
        if moved.unchanged:
            return Reply(text=texts.MOVED_UNCHANGED.format(when=when_text))
        reminders = (texts.REMINDERS.format(days=texts.days_text(tuple(p.days_before for p in moved.reminders)))
                     if moved.reminders else texts.NO_REMINDERS)
        message = texts.MOVED.format(before=format_meeting_time(moved.previous_starts_at), when=when_text,
                                     reminders=reminders)
        if moved.meeting.graph_event_id:
            message += " " + texts.MOVED_CALENDAR
        return Reply(card=await self._agenda_card(uow, person, meeting.id), text=message)

    async def _agenda_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> Reply:
        upcoming = await self._meetings.upcoming(uow, person, self._clock())
        if not upcoming:
            return Reply(text=texts.NO_UPCOMING)
        return Reply(card=await self._agenda_card(uow, person, upcoming[0].id or 0))

    async def _notes_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> Reply:
        meeting = await self._meetings.meeting_for_notes(uow, person, self._clock())
        if meeting is None:
            return Reply(text=texts.NO_MEETING)
        return Reply(card=await self._notes_card(uow, person, meeting.id or 0, 0))

    async def _note_typed(self, uow: MeetingUnitOfWork, person: Person, typed: str) -> Reply:
        """«note: …», «beslutning: …» or «handlingspunkt: …» typed in the chat, one or several in a message («…, og
        note: …»): each saved as the notes card would save it; the card comes back after the last."""
        *first, last = [part.strip() for part in _NEXT_TYPED_NOTE.split(typed)
                        if TYPED_NOTE.match(part.strip().lower())] or [typed]
        for part in first:
            reply = await self._one_note_typed(uow, person, part)
            if reply.card is None:  # no meeting, or nothing written: said once, and nothing else is saved
                return reply
        return await self._one_note_typed(uow, person, last)

    async def _one_note_typed(self, uow: MeetingUnitOfWork, person: Person, typed: str) -> Reply:
        """One «note: …» or «beslutning: …» typed in the chat during (or before) the meeting: saved as the notes
        card's «Gem note» would save it, with no agenda point; the card comes back with it."""
        found = TYPED_NOTE.match(typed.lower())
        assert found is not None
        note = typed[found.end():].strip()[:MAX_TYPED_NOTE]
        if not note:
            return Reply(text=texts.TYPED_NOTE_EMPTY)
        meeting = await self._meetings.meeting_for_notes(uow, person, self._clock())
        if meeting is None:
            return Reply(text=texts.NO_MEETING)
        if not found.group(1).startswith(("note", "notat", "beslut")):
            await self._use_cases.add_typed_action_point(uow, person, meeting, note)
            return Reply(card=await self._notes_card(uow, person, meeting.id or 0, LAST_POINT,
                                                     notice=card_texts.ACTION_SAVED))
        kind = "decision" if found.group(1).startswith("beslut") else "note"
        await self._use_cases.add_note(uow, person, meeting.id or 0, None, kind, note)
        saved = card_texts.DECISION_SAVED if kind == "decision" else card_texts.NOTE_SAVED
        # Without an agenda point the note is under «Eventuelt», the agenda's last point: the card opens there.
        return Reply(card=await self._notes_card(uow, person, meeting.id or 0, LAST_POINT, notice=saved))

    async def _end_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> Reply:
        meeting = await self._meetings.meeting_for_notes(uow, person, self._clock())
        if meeting is None:
            meeting = await self._latest_begun(uow, person)  # ended already: the summary again
        if meeting is None:
            return Reply(text=texts.NO_MEETING)
        return await self._end(uow, person, meeting.id or 0)

    async def _summary_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> Reply:
        meeting = await self._latest_begun(uow, person)
        if meeting is None:
            return Reply(text=texts.NO_MEETING)
        summary = await self._use_cases.summary(uow, person, meeting.id or 0)
        return Reply(card=meeting_summary_card(summary_view(summary)))

    async def _tasks_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> Reply:
        return Reply(card=await self._tasks_card(uow, person))

    async def _evaluation_typed(self, uow: MeetingUnitOfWork, person: Person, command: str) -> Reply:
        meetings = [m for a in await self._meetings.agreements_of(uow, person)
                    for m in await uow.meetings.for_agreement(person.tenant_id, a.id or 0) if m.is_evaluation]
        if not meetings:
            return Reply(text=texts.NO_EVALUATION_MEETING)
        latest = max(meetings, key=lambda m: m.starts_at)
        return Reply(card=await self._evaluation_card(uow, person, latest.id or 0))

    # ---------------------------------------------------------------- card actions

    async def act(
        self, uow: MeetingUnitOfWork, person: Person, action: MeetingPayload
    ) -> Reply:
        """Runs a meeting card's action; a refusal comes back as the same card with the Danish reason on it,
        or as a message when there is no card to show it on."""
        try:
            return await self._act(uow, person, action)
        except MeetingRefused as refused:
            return await self._refused(uow, person, action, refused.message)

    async def _act(self, uow: MeetingUnitOfWork, person: Person, action: MeetingPayload) -> Reply:
        cases = self._use_cases
        if isinstance(action, MeetingScheduleAction):
            planned = await cases.schedule_from_fields(
                uow, person, action.agreement, action.date.isoformat() if action.date else "", action.start or "",
                action.end, action.place, action.extras, action.evaluation)
            return await self._planned(uow, person, planned)
        if isinstance(action, MeetingPointAction):
            await cases.add_agenda_point(uow, person, action.meeting, action.point_text)
            return Reply(card=await self._agenda_card(uow, person, action.meeting,
                                                               notice=card_texts.POINT_ADDED))
        if isinstance(action, MeetingNoteAction):
            await cases.add_note(uow, person, action.meeting, action.point, action.kind, action.note)
            saved = card_texts.DECISION_SAVED if action.kind == "decision" else card_texts.NOTE_SAVED
            return Reply(card=await self._notes_card(uow, person, action.meeting, action.point_index,
                                                              notice=saved))
        if isinstance(action, MeetingActionPointAction):
            await cases.add_action_point(uow, person, action.meeting, action.action_text, action.owner, action.due)
            return Reply(card=await self._notes_card(uow, person, action.meeting, action.point_index,
                                                              notice=card_texts.ACTION_SAVED))
        if isinstance(action, MeetingViewAction):
            return await self._view(uow, person, action)
        if isinstance(action, ActionPointCloseAction):
            await cases.close_action_point(uow, person, action.action_point)
            return Reply(card=await self._tasks_card(uow, person, notice=card_texts.TASK_CLOSED))
        if isinstance(action, ActionPointReopenAction):
            reopened = await cases.reopen_action_point(uow, person, action.action_point)
            notice = card_texts.TASK_ALREADY_OPEN if reopened.already else card_texts.TASK_REOPENED
            return Reply(card=await self._tasks_card(uow, person, notice=notice))
        if isinstance(action, EvaluationSaveAction):
            inputs = [AssessmentInput(a.goal, Assessment(a.assessment), a.comment) for a in action.assessments]
            await cases.save_evaluation(uow, person, action.meeting, inputs)
            return Reply(card=await self._evaluation_card(uow, person, action.meeting,
                                                                   notice=card_texts.EVALUATION_SAVED))
        assert isinstance(action, EvaluationCarryAction)
        carried = await cases.carry_unmet_goals(uow, person, action.agreement, action.year)
        if not carried.carried:
            return Reply(text=texts.CARRIED_NONE)
        return Reply(text=texts.CARRIED.format(count=len(carried.carried), year=action.year))

    async def _view(self, uow: MeetingUnitOfWork, person: Person, action: MeetingViewAction) -> Reply:
        if action.verb == "meeting.notes":
            return Reply(card=await self._notes_card(uow, person, action.meeting, action.point_index))
        if action.verb == "meeting.agenda":
            return Reply(card=await self._agenda_card(uow, person, action.meeting))
        if action.verb == "meeting.summary":
            summary = await self._use_cases.summary(uow, person, action.meeting)
            return Reply(card=meeting_summary_card(summary_view(summary)))
        return await self._end(uow, person, action.meeting)

    async def _refused(
        self, uow: MeetingUnitOfWork, person: Person, action: MeetingPayload, message: str
    ) -> Reply:
        """The clicked card again with the reason on it, so what was typed can be fixed rather than retyped:
        Teams keeps the inputs of a card that is not replaced, so only cards without free text are redrawn.
        (The use case rolled back what it had begun.)"""
        try:
            if isinstance(action, MeetingScheduleAction):
                agreement = await uow.agreements.get(person.tenant_id, action.agreement)
                if agreement is not None and self._use_cases.may_plan(person, agreement):
                    card = await self._schedule_card(uow, agreement, evaluation=action.evaluation, notice=message,
                                                     filled=action)
                    return Reply(card=card)
            if isinstance(action, ActionPointCloseAction | ActionPointReopenAction):
                return Reply(card=await self._tasks_card(uow, person, notice=message, error=True))
        except MeetingRefused:
            pass
        return Reply(text=message)

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
    ) -> Reply:
        planned = await self._use_cases.schedule(uow, person, agreement_id, when, place, extras, evaluation)
        return await self._planned(uow, person, planned)

    async def _planned(self, uow: MeetingUnitOfWork, person: Person, planned: Planned) -> Reply:
        scheduled = planned.scheduled
        meeting = scheduled.meeting
        assert meeting.id is not None
        when_text = format_meeting_time(meeting.starts_at, meeting.ends_at)
        if scheduled.already:
            return Reply(card=await self._agenda_card(uow, person, meeting.id),
                                  text=texts.ALREADY_SCHEDULED.format(when=when_text))
        place_text = fill(texts.SCHEDULED_PLACE, place=meeting.place) if meeting.place else ""
        reminders = (texts.REMINDERS.format(days=texts.days_text(tuple(p.days_before for p in scheduled.reminders)))
                     if scheduled.reminders else texts.NO_REMINDERS)
        lines = [texts.SCHEDULED.format(when=when_text, place=place_text,
                                        participants=", ".join(p.name for p in scheduled.participants),
                                        reminders=reminders)]
        if planned.calendar is CalendarNote.QUEUED:
            lines.append(texts.CALENDAR_QUEUED)
        elif planned.calendar is CalendarNote.NO_EMAIL:
            lines.append(texts.CALENDAR_NO_EMAIL)
        return Reply(card=await self._agenda_card(uow, person, meeting.id), text=" ".join(lines))

    async def _end(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> Reply:
        summary = await self._use_cases.end(uow, person, meeting_id)
        card = meeting_summary_card(summary_view(summary))
        return Reply(card=card, text=texts.ENDED if summary.ended_now else texts.ALREADY_ENDED)

    async def _latest_begun(self, uow: MeetingUnitOfWork, person: Person) -> DialogueMeeting | None:
        return await self._use_cases.latest_begun(uow, person)

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
        shown = await self._use_cases.agenda(uow, person, meeting_id)
        return agenda_card(agenda_view(shown.agenda, can_write=shown.can_write, notice=notice))

    async def _notes_card(
        self, uow: MeetingUnitOfWork, person: Person, meeting_id: int, point_index: int, *,
        notice: str | None = None,
    ) -> Card:
        summary = await self._use_cases.summary(uow, person, meeting_id)
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
        shown = await self._use_cases.evaluation(uow, person, meeting_id)
        return evaluation_card(evaluation_view(shown.evaluation, can_edit=shown.can_edit, notice=notice))


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


def is_meeting_command(command: str) -> bool:
    """True for a normalised text that names a meeting command (for routing in shared conversations)."""
    return command.startswith(SCHEDULE_WORDS + EVALUATION_WORDS) or any(
        command in words for words in (AGENDA_WORDS, NOTES_WORDS, END_WORDS, SUMMARY_WORDS, TASK_WORDS,
                                       EVALUATION_CARD_WORDS)
    )
