"""Proactive messages: posting and updating cards in a person's conversation with the bot."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from botbuilder.core import BotAdapter, CardFactory, MessageFactory, TurnContext
from botbuilder.schema import ConversationReference

from agreements.ports import NotificationFailed

log = logging.getLogger(__name__)


class ProactiveSendError(NotificationFailed):
    """The channel refused or could not take a proactive message."""


class ProactiveSender:
    """The Teams side of agreements.ports.Notifier."""

    def __init__(self, adapter: BotAdapter, app_id: str | None) -> None:
        self._adapter = adapter
        self._app_id = app_id or None

    async def send(self, reference: dict[str, Any], card: dict[str, Any] | None = None, text: str | None = None) -> str:
        """Posts a card and/or text; returns the new activity's id (empty when the channel gives none)."""
        activity = MessageFactory.attachment(CardFactory.adaptive_card(card)) if card else MessageFactory.text(text)
        if card and text:
            activity.text = text
        sent: list[str] = []

        async def callback(context: TurnContext) -> None:
            response = await context.send_activity(activity)
            sent.append(getattr(response, "id", "") or "")

        await self._continue(reference, callback)
        return sent[0] if sent else ""

    async def update(self, reference: dict[str, Any], activity_id: str, card: dict[str, Any]) -> None:
        activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
        activity.id = activity_id

        async def callback(context: TurnContext) -> None:
            await context.update_activity(activity)

        await self._continue(reference, callback)

    async def _continue(self, reference: dict[str, Any], callback: Callable[[TurnContext], Awaitable[None]]) -> None:
        """Runs `callback` in the conversation and lets its failure reach the caller: the adapter would otherwise
        hand it to on_turn_error and the caller would think a refused send (403, 429) went through."""
        failures: list[BaseException] = []

        async def guarded(context: TurnContext) -> None:
            try:
                await callback(context)
            except Exception as error:
                failures.append(error)

        await self._adapter.continue_conversation(self._reference(reference), guarded, self._app_id)
        if failures:
            raise ProactiveSendError(str(failures[0])) from failures[0]

    @staticmethod
    def _reference(data: dict[str, Any]) -> ConversationReference:
        return ConversationReference().deserialize(data)
