"""The edge of the year-end overview («årsoverblik 2026», agreements.cycle.year_review): typed request → card.

Wiring (bot/teams/handler.py): `answer` is asked for typed text before the coordinator's overview; it returns False,
with nothing sent, when the text is not «årsoverblik …».
"""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements.clock import Clock
from agreements.cycle.year_review import YearReviewError, YearReviewService, parse_year_review_request
from agreements.dialogue.meeting_ports import MeetingUnitOfWork
from agreements.types import Person
from cards.year_review import year_review_card


class YearReviewFlow:
    def __init__(self, clock: Clock) -> None:
        self._service = YearReviewService()
        self._clock = clock

    async def answer(self, turn_context: TurnContext, uow: MeetingUnitOfWork, person: Person, text: str) -> bool:
        request = parse_year_review_request(text)
        if request is None:
            return False
        try:
            review = await self._service.build(uow, person, self._clock(), request.year)
        except YearReviewError as error:
            await turn_context.send_activity(str(error))
            return True
        await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(year_review_card(review))))
        return True
