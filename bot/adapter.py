"""The Bot Framework adapter, configured from settings, with a Danish error reply."""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from bot import texts
from bot.settings import BotFrameworkConfig, Settings

log = logging.getLogger(__name__)


def create_adapter(settings: Settings) -> CloudAdapter:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(BotFrameworkConfig(settings)))
    adapter.on_turn_error = on_turn_error
    return adapter


async def on_turn_error(context: TurnContext, error: Exception) -> None:
    # Conversation state is deliberately kept: a failed turn must not lose what the user typed before.
    log.exception(
        "turn failed (activity type %s, conversation %s)",
        context.activity.type,
        getattr(context.activity.conversation, "id", None),
        exc_info=error,
    )
    if context.activity.type == "message":
        try:
            await context.send_activity(texts.ERROR)
        except Exception:  # the connector may be the thing that failed
            log.warning("could not tell the user about the failed turn", exc_info=True)
