"""The bot over HTTP (the Bot Framework protocol) with a fake Bot Connector and a clock the test controls.

`say`/`send` post a message as a person and return that person's replies; `click` posts an Action.Execute invoke
as Teams does and returns the invoke response's body; `run_jobs` runs what is due now through the bot's own job
service."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from agreements.clock import COPENHAGEN
from agreements.demo import HOLDER, TENANT_ID, DemoPerson
from bot.commandline.demo import load_demo
from bot.composition import build_container, job_service_for
from bot.settings import Settings
from bot.web.app import CONTAINER, create_app
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.support.conversation import FakeClock
from tests.support.factories import BOT_ID, make_activity
from tests.support.fake_connector import FakeConnector, text_of

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
_messages = itertools.count(1700000000000)  # Tuesday 24 November 2026, 10:00 in Copenhagen


def chat_of(user: DemoPerson) -> str:
    return f"a:personal-{user.aad_object_id}"


def cards_of(activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [att["content"] for a in activities for att in a.get("attachments") or []]


def card_text(card: dict[str, Any]) -> str:
    return text_of({"attachments": [{"content": card}]})


def card_nodes(card: Any, wanted: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """Every element or action of the card (also inside Action.ShowCard) for which `wanted` holds, in order."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if wanted(node):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return found


def find_action(card: dict[str, Any], verb: str) -> dict[str, Any]:
    """The data of the first Action.Execute with `verb` anywhere in the card (also inside Action.ShowCard)."""
    found = card_nodes(card, lambda node: node.get("type") == "Action.Execute" and node.get("verb") == verb)
    assert found, f"no {verb} button"
    return dict(found[0].get("data") or {})


def has_action(card: dict[str, Any], verb: str) -> bool:
    try:
        find_action(card, verb)
    except AssertionError:
        return False
    return True


class ClockedBot:
    def __init__(self, server: TestServer, connector: FakeConnector, clock: FakeClock, url: str) -> None:
        self.server, self.connector, self.clock, self.url = server, connector, clock, url

    async def post(self, activity: dict[str, Any]) -> tuple[int, Any]:
        async with ClientSession() as http:
            response = await http.post(str(self.server.make_url("/api/messages")), json=activity)
            body = await response.text()
            return response.status, body

    async def send(self, text: str = "", *, user: DemoPerson = HOLDER, value: Any = None) -> list[dict[str, Any]]:
        """Everything the bot sent to this person's chat in answer to one message."""
        before = len(self.connector.activities)
        activity = make_activity(self.connector.url, text=text, user=user)
        if value is not None:
            activity["value"] = value
        status, body = await self.post(activity)
        assert status in (200, 201), body
        chat = activity["conversation"]["id"]
        await self.connector.wait_for(lambda a: a["conversation"]["id"] == chat, after=before)
        await asyncio.sleep(0.05)  # a later reply of the same turn
        return [a for a in self.connector.activities[before:] if a["conversation"]["id"] == chat]

    async def say(self, text: str = "", *, user: DemoPerson = HOLDER, value: Any = None) -> str:
        return "\n".join(text_of(a) for a in await self.send(text, user=user, value=value))

    async def click(self, data: dict[str, Any], *, user: DemoPerson = HOLDER, inputs: dict[str, Any] | None = None,
                    reply_to: str | None = None) -> dict[str, Any]:
        """An Action.Execute on a card, as Teams sends it; the invoke response's body."""
        activity = make_activity(
            self.connector.url, user=user, type="invoke", name="adaptiveCard/action", replyToId=reply_to,
            value={"action": {"type": "Action.Execute", "verb": data["verb"], "data": {**data, **(inputs or {})}}},
        )
        status, body = await self.post(activity)
        assert status == 200, body
        await asyncio.sleep(0.05)
        return json.loads(body)  # type: ignore[no-any-return]

    async def send_for_approval(self, typed: str = "send til godkendelse", *, user: DemoPerson = HOLDER) -> str:
        """The holder sends the agreement; asked first about R10 (Lokal-MED, bestyrelsen, lederteamet), they answer
        «Ja, send» with today's date. Everything the holder got, as text."""
        before = len(self.connector.activities)
        replies = await self.send(typed, user=user)
        said = "\n".join(text_of(a) for a in replies)
        if not said.startswith("Før jeg sender"):
            return said
        question = cards_of(replies)[-1]
        data = next(a["data"] for a in question.get("actions", []) if a.get("title") == "Ja, send")
        today = self.clock().astimezone(COPENHAGEN).date().isoformat()
        response = await self.click(data, user=user, inputs={"involved_on": today})
        value = response.get("value")
        answered = card_text(value) if isinstance(value, dict) and "body" in value else str(value or "")
        return "\n".join([said, answered, *(text_of(a) for a in self.to(user, before) if a not in replies)])

    def to(self, user: DemoPerson, after: int = 0) -> list[dict[str, Any]]:
        """What reached this person's chat from index `after` on."""
        return [a for a in self.connector.activities[after:] if a["conversation"]["id"] == chat_of(user)]

    async def in_channel(self, text: str, channel: str, *, user: DemoPerson = HOLDER) -> list[dict[str, Any]]:
        """«@Aftalebot `text`» written in a team channel (a thread of `channel`); the bot's answers there."""
        before = len(self.connector.activities)
        conversation = f"{channel};messageid={next(_messages)}"
        activity = make_activity(
            self.connector.url, user=user, text=f"<at>Aftalebot</at> {text}", conversation_id=conversation,
            entities=[{"type": "mention", "text": "<at>Aftalebot</at>",
                       "mentioned": {"id": BOT_ID, "name": "Aftalebot"}}],
        )
        activity["conversation"].update(conversationType="channel", isGroup=True)
        status, body = await self.post(activity)
        assert status in (200, 201), body
        await self.connector.wait_for(lambda a: a["conversation"]["id"] == conversation, after=before)
        await asyncio.sleep(0.05)
        return [a for a in self.connector.activities[before:] if a["conversation"]["id"] == conversation]

    async def run_jobs(self, *, schedule: bool = False) -> int:
        """Sends what is due now; `schedule`: this month's status jobs are scheduled first, as the runner does."""
        container = self.server.app[CONTAINER]
        service = job_service_for(container, clock=self.clock)
        _, stats = await service.run_once(wait=0, schedule=schedule)
        return stats.sent

    def uow(self) -> _Reader:
        return _Reader(self.url)


class _Reader:
    """A unit of work on the bot's database, for asserting what is stored."""

    def __init__(self, url: str) -> None:
        self._engine = create_engine(url)
        self._uow = SqlUnitOfWork(make_sessionmaker(self._engine))

    async def __aenter__(self) -> SqlUnitOfWork:
        return await self._uow.__aenter__()

    async def __aexit__(self, *exc: Any) -> None:
        await self._uow.__aexit__(*exc)
        await self._engine.dispose()


__all__ = ["START", "TENANT_ID", "ClockedBot", "cards_of", "chat_of", "clocked_bot", "find_action"]


B = TypeVar("B", bound=ClockedBot)


@pytest.fixture
async def clocked_bot(database_url: str) -> AsyncIterator[ClockedBot]:
    from tests.support.running_bot import dev_settings

    clock = FakeClock(START)
    settings = dev_settings(database_url)
    await load_demo(settings, today=date(2026, 11, 24))
    async with running(settings, clock, database_url) as bot:
        yield bot


@asynccontextmanager
async def running(settings: Settings, clock: FakeClock, database_url: str, *, bot_type: type[B] = ClockedBot,
                  **container: Any) -> AsyncIterator[B]:
    """The app on loopback with `settings`, its container on `clock` (and `container`'s extra parts), talking to a
    fake Bot Connector; closed afterwards."""
    connector = FakeConnector()
    await connector.start()
    server = TestServer(create_app(settings, lambda s: build_container(s, clock=clock, **container)),
                        host="127.0.0.1")
    await server.start_server()
    try:
        yield bot_type(server, connector, clock, database_url)
    finally:
        await server.close()
        await connector.close()
