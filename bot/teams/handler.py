"""The Teams activity handler: records who speaks, greets once, routes text and card actions."""

from __future__ import annotations

import copy
import dataclasses
import logging
import typing
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol

from botbuilder.core import (
    CardFactory,
    ConversationState,
    InvokeResponse,
    MessageFactory,
    TurnContext,
    UserState,
)
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.dialogs import DialogContext, DialogSet, DialogTurnStatus
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationReference, Mention

from agreements.escape import without_control_characters
from agreements.intents import IntentRecogniser
from agreements.intents.process_answers import ProcessAnswers
from agreements.policy import Right
from agreements.ports import UnitOfWork
from agreements.replies import Reply
from agreements.services import AgreementService, Identity, NotInOrganisation, PeopleService
from agreements.types import Person
from agreements.use_cases import TurnUseCases
from bot.routes import RouteTable, card_routes
from bot.teams import texts, understanding
from bot.teams.activity_json import Unusual, model_to_json
from bot.teams.agreement_flow import AgreementFlow
from bot.teams.channel_flow import ChannelFlow
from bot.teams.commands import edit_of_a_goal_part, request_for, typed_as
from bot.teams.meeting_flow import MeetingFlow, is_meeting_command
from bot.teams.overview_flow import OverviewFlow
from bot.teams.replies import card_action_error, card_action_message, invoke_reply, send_reply
from bot.teams.requests import Request
from bot.teams.state import turn_connection
from bot.teams.status_flow import StatusFlow
from bot.teams.storage import current_tenant
from bot.teams.text_routes import STARTS_CONVERSATION, Conversations, IntentTarget, TextRoutes
from bot.teams.turn_locks import ConversationLocks
from bot.teams.year_review_flow import YearReviewFlow
from cards.actions import parse_card_action
from cards.escape import fill
from cards.meeting_payloads import MeetingPayload
from cards.organisation_payloads import OrganisationAssignAction, OrganisationRoleAction
from cards.overview_payloads import OverviewAction
from cards.payloads import AgreementAction, AskAction, CommandAction, GoalDraftAction, InvalidPayloadError
from cards.profile_payloads import ProfileTextsAction
from cards.status import choices_card
from cards.status_payloads import RegisterMeasurementAction
from dialogs import texts as dialog_texts
from dialogs.base import is_paused, word_of
from dialogs.sections import SECTION_NAMED
from dialogs.texts import HELP_WORD, HELP_WORDS
from dialogs.turn import (
    CARD_UPDATE_KEY,
    DETOUR_KEY,
    HAND_ON_KEY,
    PERSON_KEY,
    SWITCH_KEY,
    SWITCH_OFFER_KEY,
    SWITCH_TYPED_KEY,
    UOW_KEY,
)

log = logging.getLogger(__name__)
# Typed while a conversation goes on, these start another one (as the «Nyt mål» button does) when short.
NEW_THING_PREFIXES = ("nyt mål ", "ny aftale ")
MAX_NEW_THING_WORDS = 7

INVOKE_CARD_ACTION = "adaptiveCard/action"
ANSWERED_KEY = "aftalebot.answered"  # a message activity was sent this turn
GROUP_WELCOMED = "group_welcomed"


def tenant_of(activity: Activity) -> str:
    conversation = activity.conversation
    if conversation is not None and getattr(conversation, "tenant_id", None):
        return str(conversation.tenant_id)
    channel_data = activity.channel_data or {}
    tenant = channel_data.get("tenant") if isinstance(channel_data, dict) else None
    return str(tenant.get("id", "")) if isinstance(tenant, dict) else ""


def identity_of(activity: Activity, tenant_id: str) -> Identity | None:
    sender: ChannelAccount | None = activity.from_property
    if sender is None or not sender.aad_object_id or not tenant_id:
        return None
    return Identity(
        tenant_id=tenant_id,
        aad_object_id=sender.aad_object_id,
        name=sender.name or "",
        teams_user_id=sender.id,
    )


def normalise(text: str | None) -> str:
    return word_of(text or "")


class AftalebotHandler(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(
        self,
        *,
        conversation_state: ConversationState,
        user_state: UserState,
        conversations: Conversations,
        people: PeopleService,
        agreements: AgreementService,
        flow: AgreementFlow,
        status: StatusFlow,
        meetings: MeetingFlow,
        overview: OverviewFlow,
        year_review: YearReviewFlow,
        channels: ChannelFlow,
        uow_factory: Callable[[], Any],
        recogniser: IntentRecogniser,
        process: ProcessAnswers,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        starts: Answerer | None = None,
        organisation: Answerer | None = None,
        organisation_actions: OrganisationActor | None = None,
        involvement: Answerer | None = None,
        sharing: Answerer | None = None,
        profile_texts: Answerer | None = None,
        profile_text_actions: ProfileTextsActor | None = None,
    ) -> None:
        super().__init__()
        self._conversation_state = conversation_state
        self._user_state = user_state
        self._dialog_state = conversation_state.create_property("DialogState")
        self._dialogs = DialogSet(self._dialog_state)
        for dialog in conversations.all():
            self._dialogs.add(dialog)
        self._people = people
        self._turns = TurnUseCases(people)
        self._flow = flow
        self._status = status
        self._meetings = meetings
        self._overview = overview
        self._channels = channels
        self._turn_locks = ConversationLocks()
        self._uow_factory = uow_factory
        self._clock = clock
        self._recogniser = recogniser
        self._process = process
        self._organisation_actions = organisation_actions
        self._profile_text_actions = profile_text_actions
        # Every way in declares the right its use case checks (bot/routes.py); the use case asks agreements.policy.
        # Typed text and «ask» buttons: by intent (an exact command's, the recogniser's, or the button's).
        self._text = TextRoutes(people=people, agreements=agreements, flow=flow, status=status, meetings=meetings,
                                overview=overview, process=process, conversations=conversations, clock=clock)
        self._intents: RouteTable[IntentTarget] = self._text.table
        # Typed commands with their own arguments, read whole by the flows, asked in this order: those before the
        # recogniser first (READ_FIRST), then, when it reads nothing, all of them.
        self._answers: RouteTable[Answerer] = RouteTable("answer")
        self._answers.add("channel subscription", channels.answer, right=Right.MANAGE_CHANNEL)
        self._answers.add("meeting", meetings.answer, right=Right.PLAN_MEETING)
        self._answers.add("year review", year_review.answer, right=Right.YEAR_REVIEW)
        if starts is not None:
            self._answers.add("start agreements", starts, right=Right.CREATE_AGREEMENT)
        if organisation is not None:
            self._answers.add("organisation", organisation, right=Right.MANAGE_ORGANISATION)
        if profile_texts is not None:
            self._answers.add("profile texts", profile_texts, right=Right.EDIT_PROFILE_TEXTS)
        if involvement is not None:
            self._answers.add("involvement", involvement, right=Right.VIEW_AGREEMENT)
        if sharing is not None:
            self._answers.add("shared goals", sharing, right=Right.EDIT_AGREEMENT)
        self._answers.add("overview", overview.answer, right=Right.OVERVIEW)
        self._answers.add("status", status.answer, right=Right.VIEW_AGREEMENT)
        self._shared_answers: RouteTable[Answerer] = RouteTable("answer")  # in a channel or group chat
        self._shared_answers.add("channel subscription", channels.answer, right=Right.MANAGE_CHANNEL)
        self._shared_answers.add("channel status", partial(status.answer, shared=True), right=Right.CHANNEL_STATUS)
        self._cards: RouteTable[CardTarget] = card_routes({  # by payload type: cards.actions.CardAction
            CommandAction: self._button,
            AskAction: self._button,
            GoalDraftAction: self._button,
            AgreementAction: self._agreement_action,
            RegisterMeasurementAction: self._register,
            OverviewAction: self._overview_action,
            **dict.fromkeys(MEETING_PAYLOAD_TYPES, self._meeting_action),
            OrganisationRoleAction: self._organisation_action,
            OrganisationAssignAction: self._organisation_action,
            ProfileTextsAction: self._profile_texts_action,
        })

    def routes(self) -> list[RouteTable[Any]]:
        """Every table of ways in (for tests/test_routes.py): intents (typed text and «ask» buttons), the readers of
        typed commands with arguments, card verbs."""
        return [self._intents, self._answers, self._shared_answers, self._cards]

    async def on_turn(self, turn_context: TurnContext) -> None:
        conversation = turn_context.activity.conversation
        async with self._turn_locks.hold(conversation.id if conversation else ""):
            await self._on_turn(turn_context)

    async def _on_turn(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        _drop_control_characters(activity)
        if activity.channel_data is not None and not isinstance(activity.channel_data, dict):
            activity.channel_data = None  # the SDK's Teams handler cannot read any other shape (it raises)
        tenant_id = tenant_of(activity)
        token = current_tenant.set(tenant_id)
        connection_token = None
        try:
            async with self._uow_factory() as uow:
                turn_context.turn_state[UOW_KEY] = uow
                session = getattr(uow, "session", None)
                if session is not None:  # state is read and written in the turn's transaction
                    connection_token = turn_connection.set(session.connection)
                identity = identity_of(activity, tenant_id)
                if identity is not None and _is_uninstall(activity):
                    # The person can no longer be reached: nothing is sent, and no waiting card is delivered.
                    await self._turns.uninstalled(uow, identity, self._clock())
                    return
                if identity is not None:
                    reference = TurnContext.get_conversation_reference(activity)
                    # Where to reach the person, not which message they sent last: the stored reference then
                    # changes only when the conversation does, so most turns write no person row.
                    reference.activity_id = None
                    try:
                        started = await self._turns.start(
                            uow, identity, reference_json(reference) if _is_personal(activity) else None,
                            self._clock(), self._flow.deliver_pending,
                        )
                    except NotInOrganisation as refused:  # nothing about the person is stored
                        if activity.type == ActivityTypes.message:
                            await turn_context.send_activity(refused.message)
                        elif activity.type == ActivityTypes.invoke:
                            await turn_context.send_activity(Activity(
                                type=ActivityTypes.invoke_response, value=card_action_message(refused.message)))
                        return
                    turn_context.turn_state[PERSON_KEY] = started.person
                # Most turns now run in one transaction: the person read, the state read, what the turn changes and
                # the state written, then one commit.
                await super().on_turn(turn_context)
                if identity is not None:  # first contact: what waited for the person follows the welcome
                    await self._turns.after_answer(uow, started, self._flow.deliver_pending)
                await self._turns.finish(uow, partial(self._save_state, turn_context))
        finally:
            if connection_token is not None:
                turn_connection.reset(connection_token)
            current_tenant.reset(token)

    # --- greeting -------------------------------------------------------------------------------

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._greet(turn_context)

    async def on_teams_members_added(  # type: ignore[override]
        self, teams_members_added: list[Any], team_info: Any, turn_context: TurnContext
    ) -> None:
        await self._greet(turn_context)

    async def _greet(self, turn_context: TurnContext) -> None:
        if not _is_personal(turn_context.activity):
            await self._greet_group(turn_context)
            return
        person = turn_context.turn_state.get(PERSON_KEY)
        if not isinstance(person, Person):
            return
        uow: UnitOfWork = turn_context.turn_state[UOW_KEY]
        if await self._turns.welcome(uow, person, self._clock()):
            await self._text.send_welcome(turn_context, person)

    async def _save_state(self, turn_context: TurnContext) -> None:
        await self._conversation_state.save_changes(turn_context)
        await self._user_state.save_changes(turn_context)

    async def _greet_group(self, turn_context: TurnContext) -> None:
        flags = self._conversation_state.create_property("Flags")
        state = await flags.get(turn_context, dict)
        if not state.get(GROUP_WELCOMED):
            state[GROUP_WELCOMED] = True
            await turn_context.send_activity(texts.GROUP_WELCOME)

    # --- messages -------------------------------------------------------------------------------

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        """Every message spoken to the bot gets an answer; in a shared conversation the answer mentions the asker."""
        activity = turn_context.activity
        submitted = activity.value is not None and not (activity.text or "").strip()
        shared = not _is_personal(activity)
        if shared and not submitted and not _mentions_bot(activity):
            return  # in group chats and channels the bot speaks only when spoken to
        turn_context.on_send_activities(_answer_hook(activity.from_property if shared else None))
        await self._on_message(turn_context, submitted=submitted)
        if not turn_context.turn_state.get(ANSWERED_KEY):
            log.warning("a message got no answer from its route; sending the fallback")
            await turn_context.send_activity(texts.NO_ANSWER)

    async def _on_message(self, turn_context: TurnContext, *, submitted: bool) -> None:
        activity = turn_context.activity
        if submitted:
            await self._on_submit(turn_context, activity.value)
            return
        if not _is_personal(activity):
            _remove_bot_mention(activity)
            await self._handle_shared(turn_context, activity.text or "")
            return
        _remove_bot_mention(activity)
        await self._handle_text(turn_context, activity.text or "")

    async def _handle_shared(self, turn_context: TurnContext, text: str) -> None:
        """A shared conversation: no dialogs, and nothing personal (drafts stay in the 1:1 chat)."""
        person = turn_context.turn_state.get(PERSON_KEY)
        command = normalise(text)
        if command in HELP_WORDS:
            await self._text.send_help(turn_context, person)
        elif isinstance(person, Person) and (
            command in PRIVATE_COMMANDS or command.startswith("ret ") or is_meeting_command(command)
        ):
            await self._take_privately(turn_context, person, command)
        elif isinstance(person, Person) and await self._answer_shared(turn_context, person, text):
            pass
        else:
            await turn_context.send_activity(texts.GROUP_NOT_UNDERSTOOD)

    async def _take_privately(self, turn_context: TurnContext, person: Person, command: str) -> None:
        """Something personal asked for in a shared conversation: answered in the person's 1:1 chat (their
        agreements at once; anything else they are told to type there as `command`)."""
        if person.conversation_reference:
            request = request_for(command)
            await turn_context.send_activity(texts.GROUP_GO_PRIVATE)
            await self._flow.send_privately(person, command, turn_context.turn_state[UOW_KEY],
                                            show_agreements=request is not None and request.intent == "show_agreement")
        else:
            await turn_context.send_activity(fill(texts.GROUP_OPEN_PRIVATE, command=command))

    async def _answer_shared(self, turn_context: TurnContext, person: Person, text: str) -> bool:
        """A channel subscription command or a status question in a shared conversation."""
        uow = turn_context.turn_state[UOW_KEY]
        for route in self._shared_answers:
            if await route.target(turn_context, uow, person, text):
                return True
        return False

    async def _handle_text(self, turn_context: TurnContext, text: str) -> None:
        """A typed text in the 1:1 chat: to the conversation going on, if any, else dispatched."""
        if not isinstance(turn_context.turn_state.get(PERSON_KEY), Person):
            await turn_context.send_activity(texts.UNKNOWN_PERSON)
            return
        dialog_context = await self._dialogs.create_context(turn_context)
        turn_context.activity.text = text
        if dialog_context.active_dialog is not None:
            starting = self._starts_a_conversation(text)
            if starting is not None and not is_paused(dialog_context.active_dialog):
                # «nyt mål» typed while a goal is drafted means what pressing «Nyt mål» means: offered the switch,
                # never taken as the answer to the pending question.
                await self._offer_switch(turn_context, dialog_context, starting, typed=True)
                return
            result = await dialog_context.continue_dialog()
            switch = turn_context.turn_state.pop(SWITCH_KEY, None)
            if isinstance(switch, dict):  # dropped for what a button asked for: that starts now
                await self._route(turn_context, dialog_context, Request(**switch))
                return
            detour = turn_context.turn_state.pop(DETOUR_KEY, None)
            if isinstance(detour, str):  # a question about something else, or a message while paused
                await self._answer_detour(turn_context, dialog_context, detour)
                return
            # A conversation that ended on a request for something else («ny aftale») hands the text on.
            if result.status != DialogTurnStatus.Empty and not turn_context.turn_state.pop(HAND_ON_KEY, False):
                return
        await self._dispatch(turn_context, dialog_context, text)

    async def _answer_detour(self, turn_context: TurnContext, dialog_context: DialogContext, text: str) -> None:
        """Answered as if no conversation were going on (one that starts another conversation must wait), then the
        conversation asks its question again, or says how to go on after the pause."""
        request = request_for(text)
        if normalise(text).startswith("ret ") or (request is not None and request.intent in STARTS_CONVERSATION):
            await turn_context.send_activity(dialog_texts.FINISH_PAUSED_FIRST)
            return
        await self._dispatch(turn_context, None, text)
        await dialog_context.reprompt_dialog()

    async def _dispatch(self, turn_context: TurnContext, dialog_context: DialogContext | None, text: str) -> None:
        """A typed text outside any conversation, to its intent's route: an exact command's, else (after the readers
        of typed commands the recogniser does not know) the recogniser's; then any reader; else what the bot can do.
        `dialog_context` None: no conversation may start (a detour)."""
        request = (request_for(text) or await self._text.naming_the_giver(turn_context, text)
                   or edit_of_a_goal_part(text))
        if request is not None:
            await self._route(turn_context, dialog_context, request)
        elif not (
            await self._read(turn_context, text, READ_FIRST)
            or await self._understand(turn_context, text, dialog_context)
            or await self._read(turn_context, text, [route.name for route in self._answers])
        ):
            await turn_context.send_activity(texts.NOT_UNDERSTOOD)

    async def _route(self, turn_context: TurnContext, dialog_context: DialogContext | None, request: Request) -> None:
        route = self._intents.get(request.intent)
        if route is None:
            log.warning("no route for the intent %r", request.intent)
            await turn_context.send_activity(texts.NOT_UNDERSTOOD)
            return
        await route.target(turn_context, dialog_context, request)

    async def _understand(self, turn_context: TurnContext, text: str, dialog_context: DialogContext | None) -> bool:
        """Free phrasing: the request the recogniser reads into `text`, routed, or a «Mente du …?» question back;
        False when it reads nothing."""
        reading = understanding.read(self._recogniser, text)
        if isinstance(reading, understanding.AskBack):
            # Unsure: a reader of typed questions that knows the text («hvad mangler jeg at indberette?», the status
            # help's own example) answers it before the bot asks back.
            if await self._read(turn_context, text, [route.name for route in self._answers]):
                return True
            await _send_card(turn_context, choices_card(reading.prompt, reading.choices))
            return True
        if reading is None or reading.intent not in self._intents:
            return False
        await self._route(turn_context, dialog_context, reading)
        return True

    async def _read(self, turn_context: TurnContext, text: str, readers: Iterable[str]) -> bool:
        """The first of `readers` (answer routes) that takes the typed text answers it; False when none does."""
        uow, person = turn_context.turn_state[UOW_KEY], person_of(turn_context)
        for name in readers:
            route = self._answers.get(name)
            if route is not None and await route.target(turn_context, uow, person, text):
                return True
        return False

    async def _on_submit(self, turn_context: TurnContext, value: Any) -> None:
        """An Action.Submit: the card chain's reply, as messages."""
        await send_reply(turn_context, await self._card_reply(turn_context, value))

    async def _card_reply(self, turn_context: TurnContext, data: Any) -> Reply:
        """The one chain for a card's action, Submit and Execute alike: the payload parsed (one union on `verb`; a
        malformed one is refused with a Danish message, nothing changed), its type's route, the use case, its
        reply."""
        route = self._cards.get(data.get("verb")) if isinstance(data, dict) else None
        if route is None:
            log.info("rejected a card action whose verb has no route")  # a forged or broken payload
            return Reply.refusal(texts.INVALID_ACTION)
        try:
            action = parse_card_action(data)
        except InvalidPayloadError:
            log.info("rejected a card action with an invalid payload")
            return Reply.refusal(texts.INVALID_ACTION)
        if isinstance(action, PERSONAL_ONLY) and not _is_personal(turn_context.activity):
            return Reply.refusal(texts.SHARED_ACTION_PRIVATE)
        person = turn_context.turn_state.get(PERSON_KEY)
        if not isinstance(person, Person):
            return Reply.refusal(texts.UNKNOWN_PERSON)
        return await route.target(turn_context, person, action)

    async def _agreement_action(self, turn_context: TurnContext, person: Person, action: AgreementAction) -> Reply:
        return await self._flow.act(turn_context, turn_context.turn_state[UOW_KEY], person, action)

    async def _button(self, turn_context: TurnContext, person: Person,
                      action: CommandAction | AskAction | GoalDraftAction) -> Reply:
        await self._run_action(turn_context, action)
        updated = turn_context.turn_state.get(CARD_UPDATE_KEY)  # a goal card's buttons: the card as it is now
        return Reply(card=updated, refresh_only=True) if isinstance(updated, dict) else Reply()

    async def _run_action(self, turn_context: TurnContext,
                          action: CommandAction | AskAction | GoalDraftAction) -> None:
        if isinstance(action, AskAction):
            await self._ask(turn_context, Request(action.intent, section=SECTION_NAMED.get(action.section or ""),
                                                  unit=action.unit, year=action.year, agreement=action.agreement))
            return
        if isinstance(action, CommandAction):  # a button that types its text (a status question's choices)
            if _is_personal(turn_context.activity):
                await self._handle_text(turn_context, action.text)
            else:  # a button on a card in a channel or group chat: nothing personal may answer there
                await self._handle_shared(turn_context, action.text)
            return
        # A goal card's buttons speak to the coaching conversation that made the card.
        dialog_context = await self._dialogs.create_context(turn_context)
        if dialog_context.active_dialog is None:
            await turn_context.send_activity(texts.STALE_GOAL_CARD)
            return
        turn_context.activity.text = " ".join(p for p in (action.verb, action.draft, action.field or "") if p)
        await dialog_context.continue_dialog()

    async def _ask(self, turn_context: TurnContext, request: Request) -> None:
        """An «ask» button: routed by its intent, as the same request typed would be. In a channel or group chat
        only help is answered there; anything else is personal and taken to the 1:1 chat. While a conversation
        goes on, «help» is its own help for the question asked (the button types the help word to it), one that
        would start another conversation must wait, and anything else is answered before the question is asked
        again."""
        if not _is_personal(turn_context.activity):
            person = turn_context.turn_state.get(PERSON_KEY)
            if request.intent == "help" or not isinstance(person, Person):
                await self._text.send_help(turn_context, person)
            else:
                await self._take_privately(turn_context, person, typed_as(request))
            return
        dialog_context = await self._dialogs.create_context(turn_context)
        if dialog_context.active_dialog is None:
            await self._route(turn_context, dialog_context, request)
        elif request.intent == "help":
            await self._handle_text(turn_context, HELP_WORD)
        elif request.intent in STARTS_CONVERSATION:
            # «Nyt mål» pressed while a goal is being drafted: the conversation asks whether to drop what it holds
            # (a new goal is not saved until «Gem»; a saved goal being changed stays as saved) and start the new
            # one – what a manager pressing the button means – rather than «Det tager vi bagefter».
            if is_paused(dialog_context.active_dialog):
                await turn_context.send_activity(dialog_texts.FINISH_PAUSED_FIRST)
                return
            await self._offer_switch(turn_context, dialog_context, request)
        else:
            await self._route(turn_context, None, request)
            await dialog_context.reprompt_dialog()

    def _starts_a_conversation(self, text: str) -> Request | None:
        """The request of a typed text that starts another conversation: an exact command («nyt mål», «ny aftale»,
        «ret mål 2»), or a short «nyt mål …»/«ny aftale …» the recogniser reads as one («nyt mål til 2027
        aftalen»). A longer text beginning so is an answer (a goal written out), never a request."""
        request = request_for(text)
        words = word_of(text)
        if request is None and words.startswith(NEW_THING_PREFIXES) and len(words.split()) <= MAX_NEW_THING_WORDS:
            reading = understanding.read(self._recogniser, text)
            request = reading if isinstance(reading, Request) else None
        return request if request is not None and request.intent in STARTS_CONVERSATION else None

    async def _offer_switch(self, turn_context: TurnContext, dialog_context: DialogContext, request: Request, *,
                            typed: bool = False) -> None:
        """The conversation going on asks whether to drop what it holds for `request` (`typed`, with nothing answered
        yet, it is dropped unasked); one that cannot ask says to finish first and asks its question again."""
        turn_context.turn_state[SWITCH_OFFER_KEY] = dataclasses.asdict(request)
        turn_context.turn_state[SWITCH_TYPED_KEY] = typed
        await dialog_context.continue_dialog()
        switch = turn_context.turn_state.pop(SWITCH_KEY, None)
        if isinstance(switch, dict):  # nothing answered yet: dropped at once, and the new one starts now
            await self._route(turn_context, dialog_context, Request(**switch))
        elif turn_context.turn_state.pop(SWITCH_OFFER_KEY, None) is not None:  # a conversation that cannot ask
            await turn_context.send_activity(dialog_texts.FINISH_THIS_FIRST)
            await dialog_context.reprompt_dialog()

    async def _register(self, turn_context: TurnContext, person: Person, action: RegisterMeasurementAction) -> Reply:
        """A value registered from the status card."""
        return await self._status.register(turn_context.turn_state[UOW_KEY], person, action)

    async def _overview_action(self, turn_context: TurnContext, person: Person, action: OverviewAction) -> Reply:
        """The overview card refreshed with the card's filter (an empty reply after a Danish message instead)."""
        return Reply(card=await self._overview.act(turn_context, turn_context.turn_state[UOW_KEY], person, action))

    async def _organisation_action(self, turn_context: TurnContext, person: Person,
                                   action: OrganisationRoleAction | OrganisationAssignAction) -> Reply:
        """The organisation card's «Gem rolle» and «Gem»: the card refreshed, or a refusal."""
        if self._organisation_actions is None:
            return Reply.refusal(texts.INVALID_ACTION)
        return await self._organisation_actions(turn_context.turn_state[UOW_KEY], person, action)

    async def _profile_texts_action(self, turn_context: TurnContext, person: Person,
                                    action: ProfileTextsAction) -> Reply:
        """The standard texts card's «Gem standardteksterne»: the card refreshed, or a refusal."""
        if self._profile_text_actions is None:
            return Reply.refusal(texts.INVALID_ACTION)
        return await self._profile_text_actions(turn_context.turn_state[UOW_KEY], person, action)

    async def _meeting_action(self, turn_context: TurnContext, person: Person, action: MeetingPayload) -> Reply:
        return await self._meetings.act(turn_context.turn_state[UOW_KEY], person, action)

    # --- invokes --------------------------------------------------------------------------------

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        # Answered here, not through the stock on_adaptive_card_invoke path, whose response the
        # 4.17.1 CloudAdapter serialises twice (HTTP 500).
        if turn_context.activity.name == INVOKE_CARD_ACTION:
            shared = not _is_personal(turn_context.activity)
            turn_context.on_send_activities(_answer_hook(turn_context.activity.from_property if shared else None))
            response = await self._on_card_action(turn_context)
            body = response.body if isinstance(response.body, dict) else {}
            if body.get("type") == "application/vnd.microsoft.activity.message" and not body.get("value") and not (
                turn_context.turn_state.get(ANSWERED_KEY)
            ):  # the card stays as it was and nothing else was said: say something
                log.warning("a card action got no answer from its route; answering with the fallback")
                return card_action_message(texts.NO_ANSWER)
            return response
        return await super().on_invoke_activity(turn_context)

    async def _on_card_action(self, turn_context: TurnContext) -> InvokeResponse:
        """An Action.Execute: the same card chain as a Submit, its reply as the invoke's response."""
        value = turn_context.activity.value
        action_value = value.get("action") if isinstance(value, dict) else None
        if not isinstance(action_value, dict) or action_value.get("type") != "Action.Execute":
            return card_action_error(texts.INVALID_ACTION)
        raw = action_value.get("data")
        data = dict(raw) if isinstance(raw, dict) else {}
        data.setdefault("verb", action_value.get("verb"))
        return await invoke_reply(turn_context, await self._card_reply(turn_context, data))


# The readers of typed commands asked before the recogniser: commands it would not know («note: …» before it reads
# the note, a command with its year, …).
READ_FIRST = ("meeting", "year review", "start agreements", "organisation", "profile texts", "involvement",
              "shared goals")


MEETING_PAYLOAD_TYPES: tuple[type[Any], ...] = typing.get_args(MeetingPayload)
PERSONAL_ONLY: tuple[type[Any], ...] = (  # not from a shared conversation
    OverviewAction, *MEETING_PAYLOAD_TYPES, OrganisationRoleAction, OrganisationAssignAction, ProfileTextsAction)
CardTarget = Callable[[TurnContext, Person, Any], Awaitable[Reply]]


class Answerer(Protocol):
    async def __call__(self, context: TurnContext, uow: Any, person: Person, text: str) -> bool: ...


class OrganisationActor(Protocol):
    async def __call__(self, uow: Any, person: Person,
                       action: OrganisationRoleAction | OrganisationAssignAction) -> Reply: ...


class ProfileTextsActor(Protocol):
    async def __call__(self, uow: Any, person: Person, action: ProfileTextsAction) -> Reply: ...
PRIVATE_COMMANDS = frozenset(
    {"nyt mål", "ny aftale", "opret aftale", "min aftale", "vis aftale", "mine aftaler", "historik",
     "send til godkendelse", "mine opgaver", "mine handlingspunkter", "overblik", "hvem er bagud",
     "årsoverblik"}
)


def _answer_hook(asker: ChannelAccount | None) -> Callable[..., Awaitable[Any]]:
    """Notes that the turn answered; `asker` (in a channel or group chat): the first answer mentions them, so Teams
    notifies them (an «<at>Name</at>» in the text and a mention entity)."""

    async def hook(context: TurnContext, activities: list[Activity], next_send: Callable[[], Awaitable[Any]]) -> Any:
        for outgoing in activities:
            if outgoing.type != ActivityTypes.message:
                continue
            if asker is not None and asker.id and not context.turn_state.get(ANSWERED_KEY):
                name = "".join(c for c in (asker.name or "") if c not in "<>&") or "du"
                tag = f"<at>{name}</at>"
                card = _adaptive_card_of(outgoing)
                if card is not None and not outgoing.text:  # a card alone: the mention goes inside the card
                    card["body"] = [{"type": "TextBlock", "text": tag, "wrap": True}, *card.get("body", [])]
                    card["msteams"] = {**card.get("msteams", {}), "entities": [
                        {"type": "mention", "text": tag, "mentioned": {"id": asker.id, "name": name}}]}
                else:
                    outgoing.text = f"{tag} {outgoing.text}" if outgoing.text else tag
                    mention = Mention(mentioned=ChannelAccount(id=asker.id, name=name), text=tag, type="mention")
                    outgoing.entities = [*(outgoing.entities or []), mention]
            context.turn_state[ANSWERED_KEY] = True
        return await next_send()

    return hook


def _adaptive_card_of(activity: Activity) -> dict[str, Any] | None:
    """The activity's Adaptive Card, as a copy put back on the activity (so a shared card is never changed)."""
    for attachment in activity.attachments or []:
        if attachment.content_type == "application/vnd.microsoft.card.adaptive" and isinstance(
            attachment.content, dict
        ):
            attachment.content = copy.deepcopy(attachment.content)
            return attachment.content  # type: ignore[no-any-return]
    return None


def _mentions(activity: Activity) -> list[tuple[dict[str, Any], str]]:
    """(mentioned, text) of each well-formed mention entity; a null or odd `mentioned` is skipped, not a crash
    (the SDK's TurnContext.remove_recipient_mention fails on one, and reads the mention's text as a regex)."""
    found = []
    for entity in activity.entities or []:
        if not isinstance(getattr(entity, "type", None), str) or entity.type.lower() != "mention":
            continue
        extra = getattr(entity, "additional_properties", None) or {}
        mentioned, text = extra.get("mentioned"), extra.get("text")
        if isinstance(mentioned, dict):
            found.append((mentioned, text if isinstance(text, str) else ""))
    return found


def _mentions_bot(activity: Activity) -> bool:
    recipient = activity.recipient.id if activity.recipient else None
    return recipient is not None and any(mentioned.get("id") == recipient for mentioned, _ in _mentions(activity))


def _remove_bot_mention(activity: Activity) -> None:
    """The text without «<at>Aftalebot</at>» (as written, not as a pattern)."""
    recipient = activity.recipient.id if activity.recipient else None
    text = activity.text if isinstance(activity.text, str) else ""
    for mentioned, written in _mentions(activity):
        if recipient is not None and mentioned.get("id") == recipient and written:
            text = text.replace(written, "")
    activity.text = text.strip()


def person_of(context: TurnContext) -> Person:
    person = context.turn_state[PERSON_KEY]
    assert isinstance(person, Person)
    return person


def reference_json(reference: ConversationReference) -> dict[str, Any]:
    """`reference.serialize()`, without msrest for the usual shape."""
    try:
        return model_to_json(reference)
    except Unusual:
        return reference.serialize()  # type: ignore[no-any-return]


def _is_uninstall(activity: Activity) -> bool:
    """The app removed from a person's personal scope (Teams: installationUpdate with action «remove»)."""
    return (activity.type == ActivityTypes.installation_update and _is_personal(activity)
            and (activity.action or "").startswith("remove"))


def _is_personal(activity: Activity) -> bool:
    conversation = activity.conversation
    kind = getattr(conversation, "conversation_type", None) if conversation else None
    return kind in (None, "personal")


async def _send_card(turn_context: TurnContext, card: dict[str, Any]) -> None:
    await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))


def _drop_control_characters(activity: Activity) -> None:
    """What users write, without control characters (a NUL cannot even be stored in PostgreSQL)."""
    if isinstance(activity.text, str):
        activity.text = without_control_characters(activity.text)
    value = activity.value
    for holder in (value, value.get("action") if isinstance(value, dict) else None):
        data = holder.get("data") if isinstance(holder, dict) and isinstance(holder.get("data"), dict) else None
        for mapping in (holder, data):
            if isinstance(mapping, dict):
                for key, item in list(mapping.items()):
                    if isinstance(item, str):
                        mapping[key] = without_control_characters(item)
