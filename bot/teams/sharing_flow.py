"""The edge of agreements.agreement.shared_goals («del mål 2 med ENHED», «accepter/afvis delt mål fra ENHED», «delte
mål»)
(issue 18): the answer in the chat, then each person concerned told in their own chat (the app installed for them
if they never opened it; the message put off until they can be reached otherwise: agreements.reach). False, with
nothing sent, for any other text."""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext

from agreements.agreement.shared_goals import (
    Answer,
    SharedGoalService,
    ShareRefused,
    ShareRequest,
    ShowRequest,
    parse_request,
)
from agreements.clock import Clock, utc_now
from agreements.ports import AppInstaller, SharingUnitOfWork
from agreements.reach import Reach
from agreements.types import Person
from agreements.use_cases import committed
from bot.teams.proactive import ProactiveSender

log = logging.getLogger(__name__)


class SharingFlow:
    def __init__(self, service: SharedGoalService, sender: ProactiveSender, installer: AppInstaller | None = None,
                 clock: Clock = utc_now) -> None:
        self._service = service
        self._reach = Reach(sender, installer, clock)

    async def answer(self, turn_context: TurnContext, uow: SharingUnitOfWork, person: Person, text: str) -> bool:
        request = parse_request(text)
        if request is None:
            return False
        if isinstance(request, ShowRequest):
            await turn_context.send_activity(await self._service.summary(uow, person))
            return True
        try:
            answer: Answer = await committed(uow, lambda uow: (
                self._service.share(uow, person, request) if isinstance(request, ShareRequest)
                else self._service.decide(uow, person, request)))
        except ShareRefused as refused:
            await turn_context.send_activity(str(refused))
            return True
        await turn_context.send_activity(answer.message)
        for notice in answer.notices:  # the app installed for them if need be, or put off (agreements.reach)
            if notice.person.id == person.id:
                continue
            try:
                await self._reach.send(uow, notice.person, text=notice.text)
            except Exception:  # they also see it under «delte mål» and on «min aftale»
                log.warning("could not tell person %s about a shared goal", notice.person.id, exc_info=True)
        return True
