"""The edge of the status use cases: answer status questions, and register a value from the status card.

Wiring (bot/teams/handler.py): call `answer` for text no command matched (it returns False when the text is not a
status question, so the usual «not understood» reply can follow), and `register` for the card action
`measurement.register` (payload: cards.status_payloads).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsInfo

from agreements.agreement.shared_goals import SharedGoalView, shared_goals_of
from agreements.clock import Clock, local_today
from agreements.danish import format_number
from agreements.indicators.channel_ports import ChannelUnitOfWork
from agreements.indicators.measurement_import import parse_number
from agreements.indicators.periods import parse_period
from agreements.indicators.registration import RegistrationRefused
from agreements.indicators.status_access import (
    may_register,
    reports_for_conversation,
    reports_for_person,
    status_question_for_person,
)
from agreements.indicators.status_questions import (
    Answer,
    CardKind,
    StatusQuery,
    answer_status_question,
    parse_status_question,
    subjects_of,
)
from agreements.indicators.status_questions import Ask as StatusAsk
from agreements.indicators.status_report import AgreementReport
from agreements.ports import UnitOfWork
from agreements.replies import Reply
from agreements.types import Person
from agreements.use_cases import register_measurement
from bot.scheduled.channel_jobs import reader_card
from bot.teams import status_texts as texts
from cards.escape import fill, plain
from cards.status import choices_card, status_card
from cards.status_payloads import RegisterMeasurementAction
from cards.status_views import status_card_view

MAX_CARDS = 3
log = logging.getLogger(__name__)


class StatusFlow:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    async def answer(
        self, context: TurnContext, uow: ChannelUnitOfWork, person: Person, text: str, *, shared: bool = False
    ) -> bool:
        """Answers a status question; False (and nothing sent) if `text` is not one. `shared`: the question was
        asked in a team channel or group chat, which sees only what the conversation itself may see."""
        today = local_today(self._clock())
        if shared:
            reference = TurnContext.get_conversation_reference(context.activity).serialize()
            reports = await reports_for_conversation(uow, person.tenant_id, reference, today,
                                                     await self._roster_of_group_chat(context))
            query = parse_status_question(text, subjects_of(reports))
        else:
            query, reports = await status_question_for_person(uow, person, text, today)
        if not query.recognised:
            return False
        await self._answer(context, uow, person, query, reports, today, shared=shared)
        return True

    @staticmethod
    async def _roster_of_group_chat(context: TurnContext) -> list[str] | None:
        """The Entra object ids of a group chat's people (its roster from Teams, the bot left out); None for a
        channel, when Teams does not answer, or when a member comes without an id."""
        conversation = context.activity.conversation
        if getattr(conversation, "conversation_type", None) != "groupChat":
            return None
        try:
            members = await TeamsInfo.get_members(context)
        except Exception:  # the roster is a bonus: without it the channel rule still answers
            log.info("could not read the group chat's members", exc_info=True)
            return None
        bot_id = context.activity.recipient.id if context.activity.recipient else None
        ids = [getattr(member, "aad_object_id", None) for member in members if member.id != bot_id]
        return [aad for aad in ids if aad] if all(ids) else None

    async def overall(self, context: TurnContext, uow: ChannelUnitOfWork, person: Person) -> None:
        """The status of all the person's agreements, asked for by intent («status» in other words)."""
        today = local_today(self._clock())
        reports = await reports_for_person(uow, person, today)
        await self._answer(context, uow, person, StatusQuery(StatusAsk.OVERVIEW, ""), reports, today, shared=False)

    async def _answer(self, context: TurnContext, uow: ChannelUnitOfWork, person: Person, query: StatusQuery,
                      reports: list[AgreementReport], today: date, *, shared: bool) -> None:
        if shared and not reports:
            in_chat = getattr(context.activity.conversation, "conversation_type", None) == "groupChat"
            await context.send_activity(texts.NOTHING_FOR_THE_CHAT if in_chat else texts.NOTHING_FOR_THE_CHANNEL)
            return
        answer = answer_status_question(query, reports)
        if answer.card is CardKind.CHOICES:
            choices = tuple((choice.title, choice.command) for choice in answer.choices)
            card = choices_card(plain(answer.text), choices)
            await _send_card(context, reader_card(card) if shared else card)
            return
        await context.send_activity(plain(answer.text))  # unit and indicator names are user-written
        shared_goals = await self._shared_goals(uow, answer, reports, today, in_channel=shared)
        for card in self.cards_for(answer, reports, None if shared else person, shared_goals):
            await _send_card(context, card)

    def cards_for(
        self, answer: Answer, reports: list[AgreementReport], person: Person | None,
        shared_goals: Mapping[int, Sequence[SharedGoalView]] | None = None,
    ) -> list[dict[str, Any]]:
        """The status cards of the answer; for a shared conversation (`person` None) the reader's card, without
        register form or buttons. `shared_goals`: by agreement id, the tværgående goals other units share with it
        (shown read-only, marked with the owning unit)."""
        if answer.card is not CardKind.STATUS:
            return []
        cards = []
        for report in self._shown(answer, reports)[:MAX_CARDS]:
            agreement_id = report.agreement.id
            goals = [number for a, number in answer.goals if a == agreement_id]
            narrowed = report.only(goals, answer.indicator_keys)
            shared = (shared_goals or {}).get(agreement_id or 0, ()) if narrowed is report else ()
            if person is None:
                cards.append(reader_card(status_card(status_card_view(narrowed, can_register=False, shared=shared))))
            else:
                cards.append(status_card(status_card_view(narrowed, can_register=may_register(person, report),
                                                          shared=shared)))
        return cards

    @staticmethod
    def _shown(answer: Answer, reports: list[AgreementReport]) -> list[AgreementReport]:
        return [report for report in reports if report.agreement.id in answer.agreement_ids]

    async def _shared_goals(self, uow: UnitOfWork, answer: Answer, reports: list[AgreementReport], today: date, *,
                            in_channel: bool) -> dict[int, list[SharedGoalView]]:
        """The shared goals of the agreements whose whole status the answer shows (not one goal or indicator)."""
        if answer.card is not CardKind.STATUS or answer.goals or answer.indicator_keys:
            return {}
        found: dict[int, list[SharedGoalView]] = {}
        for report in self._shown(answer, reports)[:MAX_CARDS]:
            if report.agreement.id is not None:
                found[report.agreement.id] = await shared_goals_of(uow, report.agreement, today,
                                                                   in_channel=in_channel)
        return found

    async def register(
        self, uow: UnitOfWork, person: Person, action: RegisterMeasurementAction
    ) -> Reply:
        """Stores the value (committing), and returns the refreshed card for the agreement with a message."""
        try:
            registration = await register_measurement(uow, person, action.agreement, action.indicator,
                                                      action.period, action.value, action.comment)
        except RegistrationRefused as refused:
            return Reply(text=str(refused))
        if registration.error:
            return Reply(text=texts.NOT_REGISTERED.format(problem=registration.error))
        outcome, indicator = registration.outcome, registration.indicator
        period = parse_period(action.period)
        number = parse_number(action.value, danish=True)
        value = format_number(number, indicator.measure_unit) if number is not None else action.value
        template = texts.REGISTERED if outcome.new else texts.REGISTERED_CHANGED if outcome.changed \
            else texts.REGISTERED_SAME
        message = fill(template, name=indicator.name, period=period.label, value=value)
        today = local_today(self._clock())
        card = None
        for report in await self.reports_for(uow, person, today):
            if report.agreement.id == action.agreement:
                shared = await shared_goals_of(uow, report.agreement, today)
                card = status_card(status_card_view(report, can_register=True, shared=shared))
        return Reply(card=card, text=message)

    async def reports_for(self, uow: UnitOfWork, person: Person, today: date) -> list[AgreementReport]:
        return await reports_for_person(uow, person, today)


async def _send_card(context: TurnContext, card: dict[str, Any]) -> None:
    await context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))
