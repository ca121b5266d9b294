"""The bot running over HTTP on loopback, with a fake Bot Connector receiving its replies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest
from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

from bot.commandline.demo import load_demo
from bot.settings import Settings
from bot.web.app import create_app
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of


class RunningBot:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.server: TestServer | None = None

    async def start(self) -> None:
        self.server = TestServer(create_app(self.settings), host="127.0.0.1")
        await self.server.start_server()

    async def stop(self) -> None:
        assert self.server is not None
        await self.server.close()

    async def post(self, body: bytes | dict[str, Any], headers: dict[str, str] | None = None) -> web.Response:
        assert self.server is not None
        url = str(self.server.make_url("/api/messages"))
        async with ClientSession() as http:
            if isinstance(body, dict):
                response = await http.post(url, json=body, headers=headers)
            else:
                response = await http.post(url, data=body, headers=headers)
            response.text_body = await response.text()  # type: ignore[attr-defined]
            return response  # type: ignore[return-value]


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.close()


# The bot under test runs on a clock that starts on the day its demo data is loaded for, whatever today is.
DEMO_DAY = date(2026, 11, 24)
BOT_CLOCK_START = "2026-11-24T09:00:00+01:00"


def dev_settings(database_url: str, **extra: Any) -> Settings:
    extra.setdefault("AFTALEBOT_CLOCK_START", BOT_CLOCK_START)
    return Settings(DATABASE_URL=database_url, AFTALEBOT_ENV="development", **extra)


@pytest.fixture
async def bot(database_url: str) -> AsyncIterator[RunningBot]:
    settings = dev_settings(database_url)
    await load_demo(settings, today=DEMO_DAY)
    running = RunningBot(settings)
    await running.start()
    yield running
    if running.server is not None and running.server.runner is not None:
        await running.stop()


async def converse(bot: RunningBot, connector: FakeConnector, text: str, **overrides: Any) -> str:
    before = len(connector.activities)
    response = await bot.post(make_activity(connector.url, text=text, **overrides))
    assert response.status in (200, 201), response.text_body  # type: ignore[attr-defined]
    reply = await connector.wait_for(lambda a: a.get("type") == "message", after=before)
    return text_of(reply)


