"""The Bot Framework adapter, configured from settings, with a Danish error reply.

The stock `CloudAdapter`, except that connector and user-token clients are reused across turns and activities
go out over one shared aiohttp session (bot/teams/connector.py). `close()` releases that session.

Inbound authentication is the SDK's own (botframework.connector.auth, unchanged): with an app id every activity
must carry a Bot Framework channel token, signed by a key from the Bot Framework's OpenID metadata, issued by
https://api.botframework.com, for this app id (aud), unexpired, endorsed for the activity's channel, and naming
the activity's serviceUrl. `authenticate(adapter, …)` runs it before anything else happens and turns every way
it can fail (the SDK raises PermissionError, PyJWT errors, but also bare Exception and IndexError for an unendorsed
or unknown signing key) into `Unauthorized`, and an unreachable metadata endpoint into `AuthenticationUnavailable`.
It is a function, not a method, so any CloudAdapter (the benchmark's stock one too) goes through it.
"""

from __future__ import annotations

import logging
from copy import copy
from typing import Any, NoReturn

import requests
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult

from bot.settings import BotFrameworkConfig, Settings
from bot.teams import texts
from bot.teams.connector import CachingBotFrameworkAuthentication, ConnectorHttp

log = logging.getLogger(__name__)


class Unauthorized(Exception):
    """The request's token is missing or not valid for this bot (HTTP 401)."""


class AuthenticationUnavailable(Exception):
    """The signing keys could not be fetched, so no token can be checked now (HTTP 503)."""


class AftalebotAdapter(CloudAdapter):  # type: ignore[misc]
    def __init__(self, authentication: CachingBotFrameworkAuthentication) -> None:
        super().__init__(authentication)
        self.connector_http = authentication.http

    async def close(self) -> None:
        await self.connector_http.close()

    def _create_turn_context(self, activity: Activity, *args: Any, **kwargs: Any) -> TurnContext:
        context = super()._create_turn_context(activity, *args, **kwargs)
        context.__class__ = ReplyTurnContext
        return context

    def _process_turn_results(self, context: TurnContext) -> Any:
        try:
            return super()._process_turn_results(context)
        finally:
            context.turn_state.clear()


class ReplyTurnContext(TurnContext):  # type: ignore[misc]
    """The SDK's TurnContext, without a deep copy of every outgoing activity.

    `send_activities` deep-copies each activity, cards and all, only to set its conversation, sender, recipient,
    reply-to, type, input hint and id on the copy, so that the caller's activity stays as it was. Those are top-level
    fields: a shallow copy leaves the caller's activity just as untouched, for a fraction of the work."""

    async def send_activities(self, activities: list[Activity]) -> Any:
        return await super().send_activities([_CopiedShallow.of(activity) for activity in activities])


class _CopiedShallow(Activity):  # type: ignore[misc]
    """An outgoing activity whose deep copy is shallow (see ReplyTurnContext)."""

    @classmethod
    def of(cls, activity: Activity) -> Activity:
        if type(activity) is not Activity:
            return activity
        marked = copy(activity)
        marked.__class__ = cls
        return marked

    def __deepcopy__(self, _memo: Any) -> Activity:
        duplicate = copy(self)
        duplicate.__class__ = Activity
        return duplicate


async def authenticate(adapter: CloudAdapter, auth_header: str, activity: Activity) -> AuthenticateRequestResult:
    """The SDK's validation of the inbound token (any CloudAdapter's); pass the result to `process_activity`."""
    try:
        return await adapter.bot_framework_authentication.authenticate_request(activity, auth_header)
    except PermissionError as error:  # an OSError too: before the network case
        _rejected(error)
    except (requests.RequestException, OSError) as error:
        log.error("inbound authentication unavailable: signing keys unreachable (%s)", type(error).__name__)
        raise AuthenticationUnavailable from None
    except Exception as error:  # the SDK signals a bad token with many exception types
        _rejected(error)


def _rejected(error: Exception) -> NoReturn:
    # The reason only, never the token.
    log.warning("rejected an activity with an invalid token: %s: %.200s", type(error).__name__, error)
    raise Unauthorized from None


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
