"""The edge of agreements.municipality.profile_texts: «standardtekster», «ret standardteksterne for 2027»,
«rediger teksterne til næste år» show the year's standard texts card; its «Gem standardteksterne» saves them.

`answer` returns False, with nothing sent, for any other text."""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements.clock import Clock, local_today
from agreements.municipality.profile_texts import ProfileTextsRefused, ProfileTextsService, parse_request
from agreements.ports import UnitOfWork
from agreements.replies import Reply
from agreements.types import Person
from agreements.use_cases import in_transaction
from cards.profile_payloads import ProfileTextsAction
from cards.profile_texts import profile_texts_card


class ProfileTextsFlow:
    def __init__(self, service: ProfileTextsService, clock: Clock) -> None:
        self._service = service
        self._clock = clock

    async def answer(self, turn_context: TurnContext, uow: UnitOfWork, person: Person, text: str) -> bool:
        request = parse_request(text)
        if request is None:
            return False
        today = local_today(self._clock())
        try:
            view = await self._service.show(uow, person, self._service.year_for(today, request), today)
        except ProfileTextsRefused as refused:
            await turn_context.send_activity(str(refused))
            return True
        await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(profile_texts_card(view))))
        return True

    async def act(self, uow: UnitOfWork, person: Person, action: ProfileTextsAction) -> Reply:
        """«Gem standardteksterne»: the texts saved (committed) and the card refreshed with what changed, or a
        refusal (nothing changed)."""
        today = local_today(self._clock())
        try:
            saved = await in_transaction(uow, lambda uow: self._service.save(
                uow, person, action.year, action.sections(), action.common_ground, today), ProfileTextsRefused)
        except ProfileTextsRefused as refused:
            return Reply.refusal(str(refused))
        return Reply(card=profile_texts_card(saved.view, notice=saved.message))
