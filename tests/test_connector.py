"""The adapter's Bot Connector path (bot/teams/connector.py) against a fake connector over real HTTP: clients reused
across turns, the stock wire format, the stock retry behaviour and errors, and outbound tokens."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.core import BotAdapter, CardFactory, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ConversationReference, ErrorResponseException
from botframework.connector.auth import MicrosoftAppCredentials, PasswordServiceClientCredentialFactory
from msrest.exceptions import ClientRequestError

from bot.settings import BotFrameworkConfig, Settings
from bot.teams.adapter import AftalebotAdapter, ReplyTurnContext, create_adapter
from bot.teams.connector import BearerToken, CachingBotFrameworkAuthentication, ConnectorHttp, LazyUserTokenClient

APP_ID = "11111111-2222-3333-4444-555555555555"


class Connector:
    """Records every request; answers `statuses` in turn (then 200) with an optional Retry-After."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        self.retry_after: str | None = None
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.server = TestServer(app, host="127.0.0.1")

    @property
    def url(self) -> str:
        return str(self.server.make_url("")).rstrip("/") + "/"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append({"method": request.method, "path": request.raw_path, "headers": dict(request.headers),
                              "body": json.loads(body) if body else None})
        status = self.statuses.pop(0) if self.statuses else 200
        if status >= 300:
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return web.json_response({"error": {"code": "Nope", "message": "refused"}}, status=status,
                                     headers=headers)
        return web.json_response({"id": f"sent-{len(self.requests)}"}, status=status)


@pytest.fixture
async def connector() -> AsyncIterator[Connector]:
    fake = Connector()
    await fake.server.start_server()
    yield fake
    await fake.server.close()


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def reference(url: str) -> ConversationReference:
    return ConversationReference().deserialize({
        "serviceUrl": url, "channelId": "msteams", "conversation": {"id": "a:personal/1"},
        "user": {"id": "29:user"}, "bot": {"id": "28:bot"}, "activityId": "in-1",
    })


async def run(adapter: BotAdapter, url: str, action: str = "send", app_id: str | None = None) -> Any:
    """One proactive turn doing `action`; returns the result, or the exception the turn raised."""
    outcome: list[Any] = []

    async def logic(context: TurnContext) -> None:
        try:
            if action == "send":
                outcome.append(await context.send_activity(MessageFactory.text("Hej")))
            elif action == "update":
                activity = MessageFactory.text("Opdateret")
                activity.id = "sent-1"
                outcome.append(await context.update_activity(activity))
            else:
                outcome.append(await context.delete_activity("sent-1"))
            outcome.append(context.turn_state[BotAdapter.BOT_CONNECTOR_CLIENT_KEY])
            outcome.append(context.turn_state[AftalebotAdapter.USER_TOKEN_CLIENT_KEY])
        except Exception as error:
            outcome.append(error)

    await adapter.continue_conversation(reference(url), logic, app_id)
    return outcome if len(outcome) > 1 else outcome[0]


async def test_clients_are_built_once_and_replies_keep_the_stock_wire_format(connector: Connector) -> None:
    adapter = create_adapter(Settings(_env_file=None))
    try:
        first, client, token_client = await run(adapter, connector.url)
        second, client_again, token_client_again = await run(adapter, connector.url)
    finally:
        await adapter.close()
    assert (first.id, second.id) == ("sent-1", "sent-2")
    assert client is client_again and token_client is token_client_again
    assert isinstance(token_client, LazyUserTokenClient) and token_client._client is None  # never needed
    sent = connector.requests[0]
    assert sent["method"] == "POST"
    # A proactive turn replies to its continuation activity (a new id), as the stock adapter does.
    assert sent["path"].startswith("/v3/conversations/a:personal%2F1/activities/")
    assert sent["headers"]["x-ms-conversation-id"] == "a:personal/1"
    assert sent["headers"]["Content-Type"] == "application/json; charset=utf-8"
    assert "msrest/0.7.1 botframework-connector/v3 Microsoft-BotFramework/3.1" in sent["headers"]["User-Agent"]
    assert "Authorization" not in sent["headers"]  # no app id: no token, as before
    stock = client._serialize.body(MessageFactory.text("Hej"), "Activity")
    assert {k: sent["body"][k] for k in stock} == stock
    assert sent["body"]["conversation"]["id"] == "a:personal/1"
    assert sent["path"].endswith("/" + sent["body"]["replyToId"])


async def test_a_sent_card_leaves_the_callers_activity_as_it_was(connector: Connector) -> None:
    """The adapter copies an outgoing activity shallowly (bot.teams.adapter.ReplyTurnContext), not deeply as the SDK."""
    card = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Mål 1"}]}
    activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
    before = activity.serialize()
    adapter = create_adapter(Settings(_env_file=None))

    async def logic(context: TurnContext) -> None:
        assert isinstance(context, ReplyTurnContext)
        await context.send_activity(activity)
        await context.send_activity(activity)  # sent twice: the same card both times

    try:
        await adapter.continue_conversation(reference(connector.url), logic, None)
    finally:
        await adapter.close()
    assert activity.serialize() == before and type(activity) is Activity
    bodies = [request["body"] for request in connector.requests]
    assert [body["attachments"][0]["content"] for body in bodies] == [card, card]
    assert all(body["conversation"]["id"] == "a:personal/1" and body["type"] == "message" for body in bodies)


async def test_update_and_delete_use_put_and_delete(connector: Connector) -> None:
    adapter = create_adapter(Settings(_env_file=None))
    try:
        await run(adapter, connector.url, "update")
        await run(adapter, connector.url, "delete")
    finally:
        await adapter.close()
    assert [(r["method"], r["path"]) for r in connector.requests] == [
        ("PUT", "/v3/conversations/a:personal%2F1/activities/sent-1"),
        ("DELETE", "/v3/conversations/a:personal%2F1/activities/sent-1"),
    ]
    assert connector.requests[0]["body"]["text"] == "Opdateret"


@pytest.mark.parametrize(
    ("action", "statuses", "retry_after", "attempts", "error", "delays"),
    [
        # POST is sent once, whatever the answer: the SDK retries none of 429/412/502/504.
        ("send", [429], "1", 1, ErrorResponseException, []),
        ("send", [502], None, 1, ErrorResponseException, []),
        ("send", [412], None, 1, ErrorResponseException, []),
        # PUT/DELETE: urllib3's status retries as msrest configures them (3 retries, 0.8 s back-off factor).
        ("update", [502, 502, 502, 502], None, 4, ClientRequestError, [0.0, 1.6, 3.2]),
        ("update", [503, 200], "2", 2, None, [2.0]),
        ("delete", [429, 429, 429, 429], "1", 4, ErrorResponseException, [1.0, 1.0, 1.0]),
        ("update", [429], None, 1, ErrorResponseException, []),  # no Retry-After: not retried
        ("update", [404], None, 1, ErrorResponseException, []),
        ("update", [501], None, 1, ErrorResponseException, []),
    ],
)
async def test_retries_and_errors_are_the_stock_ones(
    connector: Connector, action: str, statuses: list[int], retry_after: str | None, attempts: int,
    error: type[Exception] | None, delays: list[float],
) -> None:
    sleeps = Sleeps()
    adapter = create_adapter(Settings(_env_file=None), http=ConnectorHttp(sleep=sleeps))
    connector.statuses, connector.retry_after = list(statuses), retry_after
    try:
        result = await run(adapter, connector.url, action)
    finally:
        await adapter.close()
    assert len(connector.requests) == attempts
    assert sleeps.delays == delays
    if error is None:
        assert not isinstance(result, Exception)
        return
    failure = result[0] if isinstance(result, list) else result
    assert isinstance(failure, error)
    if isinstance(failure, ErrorResponseException):
        # What bot/scheduled/job_sender.py reads: the status and Retry-After of a requests.Response.
        assert failure.response.status_code == statuses[-1]
        assert failure.response.headers.get("Retry-After") == retry_after
        assert "(Nope) refused" in str(failure)


async def test_an_unreachable_connector_is_retried_three_times_then_raises() -> None:
    sleeps = Sleeps()
    adapter = create_adapter(Settings(_env_file=None), http=ConnectorHttp(sleep=sleeps))
    try:
        failure = await run(adapter, "http://127.0.0.1:9/")
    finally:
        await adapter.close()
    assert isinstance(failure, ClientRequestError)
    assert str(failure).startswith("Error occurred in request., ClientConnectorError")
    assert sleeps.delays == [0.0, 1.6, 3.2]


def jwt(expires: float) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'none'})}.{part({'exp': int(expires), 'aud': 'api://botframework.com'})}.sig"


class CountingCredentials(MicrosoftAppCredentials):  # type: ignore[misc]
    calls: ClassVar[list[str]] = []

    def get_access_token(self, force_refresh: bool = False) -> str:
        CountingCredentials.calls.append(threading.current_thread().name)
        return jwt(time.time() + 3600)  # real clock ok: the SDK checks a token against the real clock


class Credentials(PasswordServiceClientCredentialFactory):  # type: ignore[misc]
    async def create_credentials(self, app_id: str, oauth_scope: str, login_endpoint: str,
                                 validate_authority: bool) -> Any:
        assert app_id == APP_ID
        return CountingCredentials(app_id, "secret", None, oauth_scope)


async def test_with_an_app_id_every_send_carries_a_token_fetched_once_off_the_loop(connector: Connector) -> None:
    settings = Settings(MicrosoftAppId=APP_ID, MicrosoftAppPassword="secret", MicrosoftAppTenantId="t",
                        _env_file=None)
    inner = ConfigurationBotFrameworkAuthentication(
        BotFrameworkConfig(settings), credentials_factory=Credentials(APP_ID, "secret", "t")
    )
    adapter = AftalebotAdapter(CachingBotFrameworkAuthentication(inner))
    CountingCredentials.calls.clear()
    try:
        await run(adapter, connector.url, app_id=APP_ID)
        await run(adapter, connector.url, "update", app_id=APP_ID)
    finally:
        await adapter.close()
    headers = [r["headers"].get("Authorization", "") for r in connector.requests]
    assert len(headers) == 2 and headers[0] == headers[1] and headers[0].startswith("Bearer ey")
    assert len(CountingCredentials.calls) == 1 and CountingCredentials.calls[0] != threading.main_thread().name


async def test_a_token_is_fetched_again_shortly_before_it_expires() -> None:
    now = [1000.0]
    tokens = iter([jwt(1000 + 400), jwt(1000 + 3600)])

    class Expiring(MicrosoftAppCredentials):  # type: ignore[misc]
        def get_access_token(self, force_refresh: bool = False) -> str:
            return next(tokens)

    token = BearerToken(Expiring(APP_ID, "secret"), clock=lambda: now[0])
    first = await token.header()
    assert await token.header() == first
    now[0] += 101  # within five minutes of expiry
    assert await token.header() != first
    assert BearerToken(MicrosoftAppCredentials.empty()).wanted() is False


def activities() -> list[Any]:
    from botbuilder.core import CardFactory
    from botbuilder.schema import Attachment, CardAction, HeroCard, Mention, SuggestedActions

    card = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Æblegrød", "wrap": True,
            "size": None}], "actions": [{"type": "Action.Execute", "verb": "x", "data": {"n": 1, "f": 0.5}}]}
    with_text = MessageFactory.attachment(CardFactory.adaptive_card(card))
    with_text.text = "Se kortet"
    hero = MessageFactory.attachment(CardFactory.hero_card(HeroCard(title="Hej", buttons=[
        CardAction(type="imBack", title="Ja", value="ja")])))
    mixed = MessageFactory.carousel([CardFactory.adaptive_card(card), Attachment(content_type="image/png",
                                                                                 content_url="https://x/y.png")])
    mention = MessageFactory.text("<at>Mette</at> hej")
    mention.entities = [Mention(mentioned={"id": "29:m", "name": "Mette"}, text="<at>Mette</at>", type="mention")]
    mention.suggested_actions = SuggestedActions(actions=[CardAction(type="imBack", title="A", value="a")])
    mention.channel_data = {"notification": {"alert": True}}
    tupled = MessageFactory.attachment(CardFactory.adaptive_card({"type": "AdaptiveCard", "body": ("x",)}))
    return [MessageFactory.text("Hej"), with_text, hero, mixed, mention, tupled]


@pytest.mark.parametrize("index", range(6))
def test_activity_bodies_are_what_msrest_makes(index: int) -> None:
    from botframework.connector.aio import ConnectorClient

    from bot.teams.connector import serialize_activity

    serializer = ConnectorClient(MicrosoftAppCredentials.empty(), base_url="http://127.0.0.1/")._serialize
    activity = activities()[index]
    expected = serializer.body(activity, "Activity")
    assert serialize_activity(serializer, activity) == expected
    assert serializer.body(activity, "Activity") == expected  # the activity is left as it was
