"""The Bot Framework adapter, configured from settings, with a Danish error reply.

The stock `CloudAdapter`, except that connector and user-token clients are reused across turns and activities
go out over one shared aiohttp session (bot/connector.py). `close()` releases that session.
"""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from bot import texts
from bot.connector import CachingBotFrameworkAuthentication, ConnectorHttp
from bot.settings import BotFrameworkConfig, Settings

log = logging.getLogger(__name__)


class AftalebotAdapter(CloudAdapter):  # type: ignore[misc]
    def __init__(self, authentication: CachingBotFrameworkAuthentication) -> None:
        super().__init__(authentication)
        self.connector_http = authentication.http

    async def close(self) -> None:
        await self.connector_http.close()


def create_adapter(settings: Settings, *, http: ConnectorHttp | None = None) -> AftalebotAdapter:
    authentication = CachingBotFrameworkAuthentication(
        ConfigurationBotFrameworkAuthentication(BotFrameworkConfig(settings)), http
    )
    adapter = AftalebotAdapter(authentication)
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
