"""Conversation tests through botbuilder's TestAdapter on channel msteams, with the real composition."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta

from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from agreements.clock import Clock
from agreements.demo import HOLDER, TENANT_ID, DemoPerson
from bot.commandline.demo import load_demo
from bot.composition import Container, build_container
from bot.settings import Settings
from tests.support.fake_connector import text_of


def teams_template(user: DemoPerson = HOLDER) -> Activity:
    return Activity(
        channel_id="msteams",
        service_url="https://smba.trafficmanager.net/emea/",
        from_property=ChannelAccount(id=user.teams_user_id, name=user.name, aad_object_id=user.aad_object_id),
        recipient=ChannelAccount(id="28:aftalebot", name="Aftalebot"),
        conversation=ConversationAccount(
            id=f"a:personal-{user.aad_object_id}", conversation_type="personal", tenant_id=TENANT_ID
        ),
        locale="da-DK",
    )


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Conversation:
    """send → the bot's replies as plain text (cards flattened)."""

    def __init__(self, container: Container, user: DemoPerson = HOLDER) -> None:
        self.container = container

        async def logic(context: TurnContext) -> None:
            await container.handler.on_turn(context)

        self.adapter = TestAdapter(logic, teams_template(user))
        self.turns = 0

    async def send(self, text: str) -> list[str]:
        self.turns += 1
        before = len(self.adapter.activity_buffer)
        await self.adapter.receive_activity(text)
        replies = self.adapter.activity_buffer[before:]
        del self.adapter.activity_buffer[before:]
        return [text_of(a.serialize()) for a in replies if a.type == "message"]

    async def say(self, text: str) -> str:
        return "\n".join(await self.send(text))


@asynccontextmanager
async def demo_container(database_url: str, clock: Clock | None = None) -> AsyncIterator[Container]:
    settings = Settings(DATABASE_URL=database_url)
    await load_demo(settings, today=date(2026, 11, 24))
    container = build_container(settings, clock=clock or FakeClock())
    try:
        yield container
    finally:
        await container.close()
