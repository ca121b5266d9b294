"""The runner's sender against a fake Bot Connector over real HTTP (botbuilder's CloudAdapter): what a 429 looks
like from the SDK, and that a throttled monthly card is retried and arrives exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import ErrorResponseException
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.profiles import TONDER
from agreements.types import Person
from bot.scheduled.job_sender import BotConnectorSender, retry_after_seconds, translate
from bot.scheduled.job_service import build_job_service
from bot.scheduled.jobs import SendError
from bot.settings import BotFrameworkConfig, Settings
from bot.teams.adapter import create_adapter, on_turn_error
from store.db import create_engine, make_sessionmaker
from tests.support.cardcheck import assert_valid_cards
from tests.support.jobs_db import FakeClock, seed_agreements


class ThrottlingConnector:
    """Answers the first `refuse` sends with `status` (and Retry-After), then accepts."""

    def __init__(self, refuse: int, status: int = 429, retry_after: str | None = "1") -> None:
        self.refuse = refuse
        self.status = status
        self.retry_after = retry_after
        self.attempts: list[dict[str, Any]] = []
        self.accepted: list[dict[str, Any]] = []
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._post)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._post)
        self.server = TestServer(app, host="127.0.0.1")

    @property
    def url(self) -> str:
        return str(self.server.make_url("")).rstrip("/") + "/"

    async def _post(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.attempts.append(body)
        if len(self.attempts) <= self.refuse:
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return web.json_response({"error": {"code": "Throttled", "message": "Too many requests"}},
                                     status=self.status, headers=headers)
        self.accepted.append(body)
        return web.json_response({"id": f"activity-{len(self.accepted)}"}, status=201)


@pytest.fixture
async def throttled() -> AsyncIterator[ThrottlingConnector]:
    connector = ThrottlingConnector(refuse=2)
    await connector.server.start_server()
    yield connector
    await connector.server.close()


def reference(url: str, conversation: str = "a:personal-1") -> dict[str, Any]:
    return {"serviceUrl": url, "channelId": "msteams", "conversation": {"id": conversation},
            "user": {"id": "29:user"}, "bot": {"id": "28:aftalebot"}}


_adapters: list[Any] = []


def sender() -> BotConnectorSender:
    adapter = create_adapter(Settings())
    _adapters.append(adapter)
    return BotConnectorSender(adapter, "")


@pytest.fixture(autouse=True)
async def close_adapters() -> AsyncIterator[None]:
    yield
    while _adapters:
        close = getattr(_adapters.pop(), "close", None)
        if close is not None:
            await close()


def stock_sender() -> BotConnectorSender:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(BotFrameworkConfig(Settings())))
    adapter.on_turn_error = on_turn_error
    return BotConnectorSender(adapter, "")


@pytest.mark.parametrize("make", [stock_sender, sender], ids=["stock CloudAdapter", "the app's adapter"])
async def test_the_sdk_raises_error_response_exception_with_the_status(
    throttled: ThrottlingConnector, make: Any
) -> None:
    """What CloudAdapter 4.17.1 does on a 429: no retry of its own, ErrorResponseException with the response."""
    captured: list[BaseException] = []
    person = Person("t", "aad", "Mette", conversation_reference=reference(throttled.url))
    with pytest.raises(SendError) as raised:
        try:
            await make()(person, {"type": "AdaptiveCard", "version": "1.5", "body": []})
        except SendError as error:
            captured.append(error.__cause__ or error)
            raise
    assert len(throttled.attempts) == 1  # the SDK did not retry
    assert isinstance(captured[0], ErrorResponseException)
    assert captured[0].response.status_code == 429  # type: ignore[attr-defined]
    assert (raised.value.retryable, raised.value.status, raised.value.retry_after) == (True, 429, 1.0)


@pytest.mark.parametrize(("status", "retryable"), [(412, True), (502, True), (504, True), (403, False)])
async def test_status_codes_are_classified(status: int, retryable: bool) -> None:
    connector = ThrottlingConnector(refuse=1, status=status, retry_after=None)
    await connector.server.start_server()
    try:
        person = Person("t", "aad", "Mette", conversation_reference=reference(connector.url))
        with pytest.raises(SendError) as raised:
            await sender()(person, {"type": "AdaptiveCard", "version": "1.5", "body": []})
        assert (raised.value.status, raised.value.retryable) == (status, retryable)
        assert len(connector.attempts) == 1
    finally:
        await connector.server.close()


async def test_unreachable_connector_and_person_without_conversation() -> None:
    person = Person("t", "aad", "Mette", conversation_reference=reference("http://127.0.0.1:9/"))
    with pytest.raises(SendError) as raised:
        await sender()(person, {"type": "AdaptiveCard", "version": "1.5", "body": []})
    assert raised.value.retryable and raised.value.status is None
    with pytest.raises(SendError) as raised:
        await sender()(Person("t", "aad", "Mette"), {"type": "AdaptiveCard", "version": "1.5", "body": []})
    assert raised.value.retryable and "har ikke åbnet Aftalebot" in str(raised.value)


async def test_a_throttled_monthly_card_is_retried_and_arrives_once(
    engine: AsyncEngine, throttled: ThrottlingConnector
) -> None:
    await seed_agreements(engine, 1, reference=reference(throttled.url))
    clock = FakeClock()
    service = build_job_service(Settings(), TONDER, make_sessionmaker(engine), sender(), clock=clock,
                                sleep=clock.sleep, worker_id="w")
    scheduled, stats = await service.run_once(wait=600)
    assert scheduled is not None and scheduled.enqueued == 2
    # Two 429s, each retried after back-off (at least the 1 s Retry-After); then both cards go through.
    assert len(throttled.attempts) == 4
    assert len(throttled.accepted) == 2 and (stats.sent, stats.retried, stats.failed) == (2, 2, 0)
    cards = [a["attachments"][0]["content"] for a in throttled.accepted]
    assert_valid_cards(*cards)
    assert sorted(card["body"][2]["text"] for card in cards) == [
        "Du får kortet som aftalegiver.", "Du får kortet som aftaleholder."
    ]
    counts = await service.runner.store.counts()
    assert (counts.pending, counts.done, counts.failed) == (0, 2, 0)
    again = await service.run_once(wait=600)
    assert again[1].sent == 0 and len(throttled.accepted) == 2


def test_retry_after_forms() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: now
    assert translate(ConnectionResetError()).retryable


async def test_an_error_inside_continue_conversation_is_swallowed_by_on_turn_error(
    throttled: ThrottlingConnector,
) -> None:
    """Why the sender catches inside its callback: otherwise the adapter's on_turn_error logs the 429 and the
    caller sees success (bot/teams/proactive.py's ProactiveSender.send returns "" then)."""
    from botbuilder.core import TurnContext
    from botbuilder.schema import ConversationReference

    adapter = stock_sender()._adapter

    async def callback(context: TurnContext) -> None:
        await context.send_activity("hej")

    await adapter.continue_conversation(ConversationReference().deserialize(reference(throttled.url)), callback, None)
    assert len(throttled.attempts) == 1 and throttled.accepted == []  # refused, yet no exception reached us


async def test_two_runners_deliver_each_card_once_at_the_connector(database_url: str) -> None:
    connector = ThrottlingConnector(refuse=0)
    await connector.server.start_server()
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        await seed_agreements(engines[0], 6, reference=reference(connector.url))
        clock = FakeClock()
        services = [
            build_job_service(Settings(), TONDER, make_sessionmaker(e), sender(), clock=clock, sleep=clock.sleep,
                              worker_id=f"runner-{i}")
            for i, e in enumerate(engines)
        ]
        await asyncio.gather(*(s.run_once(wait=0) for s in services))
        await services[0].run_once(wait=0)
        assert len(connector.accepted) == 12  # 6 agreements × holder and giver, once each
        titles = Counter((a["attachments"][0]["content"]["body"][0]["text"],
                          a["attachments"][0]["content"]["body"][1]["text"],
                          a["attachments"][0]["content"]["body"][2]["text"]) for a in connector.accepted)
        assert set(titles.values()) == {1}
    finally:
        for e in engines:
            await e.dispose()
        await connector.server.close()
