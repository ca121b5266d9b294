"""The one table for typed text and «ask» buttons: intent → use case → reply.

A typed text becomes a request by the exact-command table (bot/teams/commands.py) or by the recogniser
(bot/teams/understanding.py); an «ask» button carries one (cards.payloads.AskAction). Either way the request's
intent is the route key, and its target runs the use case with the request's slots. Every route declares the right
its use case checks (bot/routes.py); tests/test_routes.py checks that every intent has one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.dialogs import Dialog, DialogContext

from agreements.agreement.giver_word import GiverWord, agreement_given_by, word_on
from agreements.clock import local_today
from agreements.dialogue.meeting_use_cases import TimeMeans
from agreements.intents.giver_naming import GIVER_SAID, SUBMIT, comment_for_giver, naming_someone
from agreements.intents.process_answers import ProcessAnswers
from agreements.policy import Right
from agreements.services import BEING_WRITTEN, AgreementService, PeopleService, Standing
from agreements.types import AgreementStatus, Decision, Person
from agreements.use_cases import TurnUseCases
from bot.routes import RouteTable
from bot.teams import texts, understanding_texts
from bot.teams.agreement_flow import AgreementFlow
from bot.teams.commands import STRAY_REPLY
from bot.teams.meeting_flow import MeetingFlow
from bot.teams.overview_flow import OverviewFlow
from bot.teams.replies import send_reply
from bot.teams.requests import Request
from bot.teams.status_flow import StatusFlow
from bot.teams.understanding import CHOICE_LABELS, MEETING_AT_TIME, PROCESS_QUESTIONS
from cards.agreement_views import when
from cards.escape import fill
from cards.help import Role as CardRole
from cards.help import help_card, welcome_card
from cards.payloads import AgreementAction, Section, ask_data
from cards.status import choices_card
from dialogs import texts as dialog_texts
from dialogs.turn import PERSON_KEY, UOW_KEY

# A request's target. `dialog_context` None: no conversation may start now (one is paused, or going on).
IntentTarget = Callable[[TurnContext, DialogContext | None, Request], Awaitable[None]]
# The intents whose target starts a conversation (a dialog).
STARTS_CONVERSATION = frozenset({"new_goal", "edit_goal", "new_agreement", "edit_section"})
# The sections offered when a person asks to edit one without saying which.
SECTIONS_OFFERED: tuple[Section, ...] = ("generelt", "økonomi", "dialog", "evaluering")


@dataclass(frozen=True, slots=True)
class Conversations:
    """The conversations a request can start: the goal coach (also for editing a goal), the agreement set-up, and
    one per section of the agreement, by the section's key."""

    goal: Dialog
    setup: Dialog
    sections: Mapping[str, Dialog]

    def all(self) -> list[Dialog]:
        return list({dialog.id: dialog for dialog in (self.goal, self.setup, *self.sections.values())}.values())


class TextRoutes:
    """The targets of the intent table, each running one use case with the request's slots."""

    def __init__(
        self,
        *,
        people: PeopleService,
        agreements: AgreementService,
        flow: AgreementFlow,
        status: StatusFlow,
        meetings: MeetingFlow,
        overview: OverviewFlow,
        process: ProcessAnswers,
        conversations: Conversations,
        clock: Callable[[], datetime],
    ) -> None:
        self._people = people
        self._agreements = agreements
        self._flow = flow
        self._status = status
        self._meetings = meetings
        self._overview = overview
        self._process = process
        self._conversations = conversations
        self._clock = clock
        self._turns = TurnUseCases(people)
        table: RouteTable[IntentTarget] = RouteTable("intent")
        say = self._say
        routes: list[tuple[str, IntentTarget, Right]] = [
            ("help", self._help, Right.PUBLIC),
            ("greeting", self._greeting, Right.PUBLIC),
            ("thanks", partial(say, understanding_texts.YOU_ARE_WELCOME), Right.PUBLIC),
            (STRAY_REPLY, partial(say, texts.NOTHING_GOING_ON), Right.PUBLIC),
            ("subscribe_channel", partial(say, understanding_texts.SUBSCRIBE_IN_CHANNEL), Right.PUBLIC),
            ("unsubscribe_channel", partial(say, understanding_texts.SUBSCRIBE_IN_CHANNEL), Right.PUBLIC),
            ("show_agreement", self._show_agreements, Right.VIEW_AGREEMENT),
            ("history", self._history, Right.VIEW_AGREEMENT),
            (GIVER_SAID, self._giver_said, Right.VIEW_AGREEMENT),
            ("export", partial(self._show_agreements_after, understanding_texts.EXPORT_FROM_CARD),
             Right.VIEW_AGREEMENT),
            ("delete_goal", partial(self._show_agreements_after, understanding_texts.DELETE_GOAL),
             Right.VIEW_AGREEMENT),
            ("submit", self._submit, Right.SUBMIT_AGREEMENT),
            ("new_goal", self._new_goal, Right.EDIT_AGREEMENT),
            ("edit_goal", self._edit_goal, Right.EDIT_AGREEMENT),
            ("edit_section", self._edit_section, Right.EDIT_AGREEMENT),
            ("new_agreement", self._new_agreement, Right.CREATE_AGREEMENT),
            ("status", self._status_of, Right.VIEW_AGREEMENT),
            ("register_measurement", self._register_measurement, Right.VIEW_AGREEMENT),
            ("plan_meeting", partial(self._plan, evaluation=False), Right.PLAN_MEETING),
            ("plan_evaluation", partial(self._plan, evaluation=True), Right.PLAN_MEETING),
            ("move_meeting", self._move_meeting, Right.PLAN_MEETING),
            (MEETING_AT_TIME, self._meeting_at_time, Right.PLAN_MEETING),
            ("next_meeting", partial(self._meeting, "agenda"), Right.READ_MEETING),
            ("meeting_notes", partial(self._meeting, "notes"), Right.WRITE_MEETING),
            ("end_meeting", partial(self._meeting, "end"), Right.WRITE_MEETING),
            ("meeting_summary", partial(self._meeting, "summary"), Right.READ_MEETING),
            ("my_tasks", partial(self._meeting, "tasks"), Right.OWN_DATA),
            ("evaluation", partial(self._meeting, "evaluation"), Right.EVALUATE),
            ("overview", partial(self._overview_of, behind_only=False), Right.OVERVIEW),
            ("who_is_behind", partial(self._overview_of, behind_only=True), Right.OVERVIEW),
            *((question, self._process_question, Right.OWN_DATA) for question in sorted(PROCESS_QUESTIONS)),
        ]
        for intent, target, right in routes:
            table.add(intent, target, right=right)
        self.table = table

    # --- the person's agreements -----------------------------------------------------------------

    async def _show_agreements(self, context: TurnContext, dialog_context: DialogContext | None,
                               request: Request) -> None:
        await self._flow.show(context, _uow(context), _person(context), year=request.year)

    async def _show_agreements_after(self, message: str, context: TurnContext, dialog_context: DialogContext | None,
                                     request: Request) -> None:
        """What to do instead (delete a goal, export), then the agreement to do it on."""
        await context.send_activity(message)
        await self._flow.show(context, _uow(context), _person(context))

    async def _history(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        await self._flow.history(context, _uow(context), _person(context))

    async def _submit(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        """The person's draft (or the one sent back) to the giver, with the comment typed with the command."""
        person, uow = _person(context), _uow(context)
        held = await self._agreements.worked_on(uow, person, local_today(self._clock()))
        drafts = [a for a in held if a.status in BEING_WRITTEN
                  and request.agreement in (None, a.id) and request.year in (None, a.year)]
        if not drafts or drafts[0].id is None:
            await context.send_activity(texts.NOTHING_TO_SUBMIT)
            return
        action = AgreementAction(verb="agreement.submit", agreement=drafts[0].id, version=drafts[0].version,
                                 reason=(request.comment or "")[:2000] or None)
        await send_reply(context, await self._flow.act(context, uow, person, action))

    async def naming_the_giver(self, context: TurnContext, text: str) -> Request | None:
        """«så sender vi den til Henrik», «send aftalen for 2026 til Henrik», «hvad sagde Henrik?»: the request, for the
        agreement (of the year named, if one is) whose giver the person names (None when the text has not that shape,
        or the name is no giver of theirs)."""
        naming = naming_someone(text)
        person = context.turn_state.get(PERSON_KEY)
        if naming is None or not isinstance(person, Person):
            return None
        latest_word = naming.intent == GIVER_SAID
        agreement = await agreement_given_by(_uow(context), self._agreements, person, naming.name,
                                             local_today(self._clock()), latest_word=latest_word, year=naming.year)
        if agreement is None:
            return None
        comment = comment_for_giver(text) if naming.intent == SUBMIT else None
        return Request(naming.intent, agreement=agreement.id, year=naming.year, comment=comment, typed=text)

    async def _giver_said(self, context: TurnContext, dialog_context: DialogContext | None,
                          request: Request) -> None:
        """The giver's latest decision and comment, on the agreement the domain says it is about."""
        word = await word_on(_uow(context), self._agreements, _person(context), local_today(self._clock()),
                             request.agreement)
        await context.send_activity(giver_word_text(word) if word is not None else texts.NO_AGREEMENT_TO_SHOW)

    async def _process_question(self, context: TurnContext, dialog_context: DialogContext | None,
                                request: Request) -> None:
        """A question about the process, answered from the profile and the person's agreements; «what waits for my
        approval» shows those agreements too (each with its approval card)."""
        answer = await self._process.answer(_uow(context), _person(context), request.intent,
                                            local_today(self._clock()), unit_name=request.unit)
        await context.send_activity(answer)
        if request.intent == "pending_approvals":
            await self._flow.show(context, _uow(context), _person(context))

    # --- conversations ---------------------------------------------------------------------------

    async def _new_goal(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        """The goal coach; from one agreement's card («Tilføj mål»), for that agreement; «nyt mål for 2027», for
        that year's."""
        options: dict[str, Any] = {}
        if request.agreement is not None:
            options["agreement_id"] = request.agreement
        if request.year is not None:
            options["year"] = request.year
        await _begin(context, dialog_context, self._conversations.goal, options or None)

    async def _edit_goal(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        """The goal coach on the goal numbered; without a number, the question which, with the agreement."""
        if request.goal is None or request.goal <= 0:
            await self._show_agreements_after(understanding_texts.WHICH_GOAL_TO_EDIT, context, dialog_context, request)
            return
        options: dict[str, Any] = {"goal_number": request.goal}
        if request.typed:  # «ret målværdien på mål 7 til 76 %»: the new value is applied at once
            options["typed"] = request.typed
        await _begin(context, dialog_context, self._conversations.goal, options)

    async def _edit_section(self, context: TurnContext, dialog_context: DialogContext | None,
                            request: Request) -> None:
        """The section's conversation; without a section, a button for each. From an agreement's card, for it."""
        dialog = self._conversations.sections.get(request.section or "")
        if dialog is None:
            choices = tuple((name.capitalize(), ask_data("edit_section", section=name))
                            for name in SECTIONS_OFFERED)
            await _send_card(context, choices_card(understanding_texts.WHICH_SECTION, choices))
            return
        # From one agreement's card («Ret aftalen»): that agreement, not the question which.
        options = {"agreement_id": request.agreement} if request.agreement is not None else None
        await _begin(context, dialog_context, dialog, options)

    async def _new_agreement(self, context: TurnContext, dialog_context: DialogContext | None,
                             request: Request) -> None:
        await _begin(context, dialog_context, self._conversations.setup)

    # --- status, meetings, overview --------------------------------------------------------------

    async def _status_of(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        """The question as typed when the status reader takes it (an indicator, a goal, a unit), else all."""
        uow, person = _uow(context), _person(context)
        if request.typed is not None and await self._status.answer(context, uow, person, request.typed):
            return
        await self._status.overall(context, uow, person)

    async def _register_measurement(self, context: TurnContext, dialog_context: DialogContext | None,
                                    request: Request) -> None:
        await context.send_activity(understanding_texts.REGISTER_FROM_CARD)
        await self._status_of(context, dialog_context, request)

    async def _plan(self, context: TurnContext, dialog_context: DialogContext | None, request: Request, *,
                    evaluation: bool) -> None:
        """The meeting reader first when typed (it reads the time and place whole), else the request's slots."""
        uow, person = _uow(context), _person(context)
        if request.typed is not None and await self._meetings.answer(context, uow, person, request.typed):
            return
        await self._meetings.plan(context, uow, person, unit=request.unit,
                                  when=None if evaluation else request.when, evaluation=evaluation)

    async def _move_meeting(self, context: TurnContext, dialog_context: DialogContext | None,
                            request: Request) -> None:
        """The next meeting moved; a time asked for with no meeting coming up, in no words of moving, plans one."""
        uow, person = _uow(context), _person(context)
        if request.typed is not None and await self._meetings.answer(context, uow, person, request.typed):
            return
        if request.when is not None and (
                await self._meetings.time_means(uow, person, request.typed or "") is TimeMeans.PLAN):
            await self._plan(context, dialog_context, request, evaluation=False)
            return
        await self._meetings.move(context, uow, person, request.when, request.typed)

    async def _meeting_at_time(self, context: TurnContext, dialog_context: DialogContext | None,
                               request: Request) -> None:
        """«kan vi tage dialogmødet med Henrik den 15/12 kl 10?», read as planning a meeting or moving the next one:
        planned when none is coming up, moved when the words say so (the meeting use case says which), else asked
        back."""
        means = await self._meetings.time_means(_uow(context), _person(context), request.typed or "")
        if means is TimeMeans.PLAN:
            await self._plan(context, dialog_context, request, evaluation=False)
            return
        if means is TimeMeans.MOVE:
            await self._move_meeting(context, dialog_context, request)
            return
        choices = ((CHOICE_LABELS["plan_meeting"], ask_data("plan_meeting")),
                   (CHOICE_LABELS["move_meeting"], ask_data("move_meeting")))
        await _send_card(context, choices_card(understanding_texts.DID_YOU_MEAN, choices))

    async def _meeting(self, view: Any, context: TurnContext, dialog_context: DialogContext | None,
                       request: Request) -> None:
        await self._meetings.show(context, _uow(context), _person(context), view)

    async def _overview_of(self, context: TurnContext, dialog_context: DialogContext | None, request: Request, *,
                           behind_only: bool) -> None:
        """The overview reader first when typed (it reads a year and an area), else the request's year."""
        uow, person = _uow(context), _person(context)

        async def own_goals() -> bool:  # a holder's «hvilke mål er bagud?»: their own goals, not every unit's
            return behind_only and request.typed is not None and await self._status.answer(
                context, uow, person, request.typed)

        if request.typed is not None and await self._overview.answer(context, uow, person, request.typed, own_goals):
            return
        await self._overview.show(context, uow, person, year=request.year, behind_only=behind_only, instead=own_goals)

    # --- help and greetings ----------------------------------------------------------------------

    async def _help(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        await self.send_help(context, context.turn_state.get(PERSON_KEY))

    async def _greeting(self, context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        """«hej»: the welcome, and the person counts as welcomed from now on (no second welcome when Teams installs
        the app, and what waits for them comes at the start of their next turn, not after each answer)."""
        person = _person(context)
        await self._turns.welcome(_uow(context), person, self._clock())
        await self.send_welcome(context, person)

    @staticmethod
    async def _say(message: str, context: TurnContext, dialog_context: DialogContext | None,
                   request: Request) -> None:
        await context.send_activity(message)

    async def send_help(self, context: TurnContext, person: Any) -> None:
        """The help for what the person does: holder (and giver too, if they also approve), giver or chefkonsulent."""
        if not isinstance(person, Person):
            await _send_card(context, help_card())
            return
        standing = await self._people.standing(_uow(context), person)
        await _send_card(context, help_card(role=card_role(standing.main), gives=standing.gives))

    async def send_welcome(self, context: TurnContext, person: Person) -> None:
        """The welcome for what the person does: holder, giver or chefkonsulent."""
        standing = await self._people.standing(_uow(context), person)
        first_name = person.name.split()[0] if person.name else None
        await _send_card(context, welcome_card(first_name, role=card_role(standing.main)))


async def _begin(context: TurnContext, dialog_context: DialogContext | None, dialog: Dialog,
                 options: dict[str, Any] | None = None) -> None:
    if dialog_context is None:  # another conversation is paused (or going on): it comes first
        await context.send_activity(dialog_texts.FINISH_PAUSED_FIRST)
        return
    await dialog_context.begin_dialog(dialog.id, options)


def giver_word_text(word: GiverWord) -> str:
    """«Henrik Thomsen bad om ændringer i aftalen for Børn og Skole 2026 (version 1) den 24.11.2026 kl. 10.15 med
    kommentaren «…».», or that he has not answered (or not been asked) yet."""
    names = {"giver": word.giver, "unit": word.unit, "year": word.year, "version": word.version}
    if word.decision is None or word.decided_at is None:
        waiting = word.status is AgreementStatus.SUBMITTED
        return fill(texts.GIVER_WAITING if waiting else texts.GIVER_NOT_ASKED, **names)
    comment = fill(texts.GIVER_COMMENT, comment=word.comment) if word.comment else texts.GIVER_NO_COMMENT
    template = texts.GIVER_APPROVED if word.decision is Decision.APPROVED else texts.GIVER_CHANGES
    said = fill(template, **{**names, "version": word.decided_version or word.version},
                when=when(word.decided_at), comment=comment)
    if word.status is AgreementStatus.SUBMITTED and word.decided_version != word.version:
        said += " " + texts.GIVER_WAITING_NOW.format(version=word.version)
    return said


def card_role(standing: Standing) -> CardRole:
    return {Standing.GIVER: "giver", Standing.COORDINATOR: "coordinator"}.get(standing, "holder")  # type: ignore[return-value]


def _person(context: TurnContext) -> Person:
    person = context.turn_state[PERSON_KEY]
    assert isinstance(person, Person)
    return person


def _uow(context: TurnContext) -> Any:
    return context.turn_state[UOW_KEY]


async def _send_card(context: TurnContext, card: dict[str, Any]) -> None:
    await context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))
