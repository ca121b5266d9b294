"""The edge of the coordinator's overview («overblik», agreements.cycle.overview): typed requests and the card's filter.

Wiring (bot/teams/handler.py): call `answer` for typed text before StatusFlow.answer (it returns False when the text is
not «overblik …» or «hvem er bagud …», so the other handlers can follow; «hvem er bagud» would otherwise be read
as a status question); call `act` for the card action `overview.refresh` (`cards.overview_payloads
.is_overview_action(data)`), in personal and shared conversations alike: it returns the refreshed card, or None
after sending a Danish message instead (a refusal or a bad payload).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements.clock import Clock
from agreements.cycle.overview import OverviewError, OverviewRefused, OverviewService, parse_overview_request
from agreements.dialogue.meeting_ports import MeetingUnitOfWork
from agreements.profiles import Profile
from agreements.types import Person
from bot.teams import texts
from cards.overview import overview_card
from cards.overview_payloads import OverviewAction, parse_overview_action
from cards.overview_views import overview_card_view
from cards.payloads import InvalidPayloadError

log = logging.getLogger(__name__)
Card = dict[str, Any]


class OverviewFlow:
    def __init__(self, profile: Profile, clock: Clock) -> None:
        self._service = OverviewService(profile)
        self._clock = clock

    async def answer(self, turn_context: TurnContext, uow: MeetingUnitOfWork, person: Person, text: str,
                     instead: Callable[[], Awaitable[bool]] | None = None) -> bool:
        """Answers «overblik …» / «hvem er bagud …» with the overview card (or a Danish refusal, unless `instead`
        answers, as in `show`); False, with nothing sent, for any other text."""
        request = parse_overview_request(text)
        if request is None:
            return False
        card = await self._card(turn_context, uow, person, request.year, request.area, request.behind_only, instead)
        if card is not None:
            await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))
        return True

    async def show(self, turn_context: TurnContext, uow: MeetingUnitOfWork, person: Person, *, year: int | None,
                   behind_only: bool, instead: Callable[[], Awaitable[bool]] | None = None) -> None:
        """The overview card asked for by intent («overblik», «hvem er bagud» in other words), for `year` (None: the
        current one), or a Danish refusal — unless `instead`, tried when the person may not see the overview,
        answers (True) with what is theirs to see."""
        card = await self._card(turn_context, uow, person, year, None, behind_only, instead)
        if card is not None:
            await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))

    async def act(self, turn_context: TurnContext, uow: MeetingUnitOfWork, person: Person,
                  data: OverviewAction | dict[str, Any]) -> Card | None:
        """The overview card re-run with the filter of the action (parsed, or its raw data); None after sending a
        Danish message instead."""
        try:
            action = data if isinstance(data, OverviewAction) else parse_overview_action(data)
        except InvalidPayloadError:
            log.info("rejected an overview action with an invalid payload")
            await turn_context.send_activity(texts.INVALID_ACTION)
            return None
        return await self._card(turn_context, uow, person, action.year, action.area, action.behind_only)

    async def _card(self, turn_context: TurnContext, uow: MeetingUnitOfWork, person: Person, year: int | None,
                    area: str | None, behind_only: bool,
                    instead: Callable[[], Awaitable[bool]] | None = None) -> Card | None:
        try:
            overview = await self._service.build(
                uow, person, self._clock(), year=year, area=area, behind_only=behind_only
            )
        except OverviewRefused as refused:
            if instead is None or not await instead():
                await turn_context.send_activity(str(refused))
            return None
        except OverviewError as error:
            await turn_context.send_activity(str(error))
            return None
        return overview_card(overview_card_view(overview))
