"""Teams conventions (issue 16, item 5): the answer in a channel or group chat mentions the asker, slow work shows the
typing indicator, and no message goes unanswered."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from agreements.demo import HOLDER
from bot.composition import Container
from bot.teams import texts
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot, converse
from tests.test_group_chat import GROUP, in_group


@pytest.fixture
async def container(database_url: str) -> AsyncIterator[Container]:
    async with demo_container(database_url, FakeClock()) as built:
        yield built


def _mentions_of(activity: dict[str, object]) -> list[dict[str, object]]:
    entities = activity.get("entities") or []
    assert isinstance(entities, list)
    return [e for e in entities if isinstance(e, dict) and e.get("type") == "mention"]


@pytest.mark.parametrize("typed", ["hjælp", "min aftale", "hvad med vejret"])
async def test_in_a_group_chat_the_answer_mentions_the_asker(
    bot: RunningBot, connector: FakeConnector, typed: str
) -> None:
    await bot.post(in_group(connector, typed, mention=True))
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP)
    tag = f"<at>{HOLDER.name}</at>"
    if reply.get("text"):
        assert str(reply["text"]).startswith(tag)
        [mention] = _mentions_of(reply)
    else:  # a card alone carries the mention itself (Teams: msteams.entities and «<at>» in a TextBlock)
        card = reply["attachments"][0]["content"]
        assert card["body"][0]["text"] == tag
        [mention] = card["msteams"]["entities"]
    assert mention["text"] == tag
    assert mention["mentioned"] == {"id": HOLDER.teams_user_id, "name": HOLDER.name}


async def test_in_the_personal_chat_nobody_is_mentioned(bot: RunningBot, connector: FakeConnector) -> None:
    await converse(bot, connector, "hjælp")
    reply = connector.activities[-1]
    assert "<at>" not in text_of(reply) and _mentions_of(reply) == []


async def test_the_goal_analysis_shows_the_typing_indicator(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("2")
    buffer = chat.adapter.activity_buffer
    before = len(buffer)
    await chat.adapter.receive_activity("Vi vil styrke trivslen blandt medarbejderne.")
    kinds = [a.type for a in buffer[before:]]
    assert kinds[0] == "typing" and kinds.count("typing") == 1 and "message" in kinds[1:]


async def test_a_route_that_says_nothing_still_gets_an_answer(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def silent(*args: object, **kwargs: object) -> None:
        return None

    monkeypatch.setattr(container.handler._flow, "show", silent)  # a use case that forgets to answer
    chat = Conversation(container)
    assert await chat.send("min aftale") == [texts.NO_ANSWER]
    assert texts.NO_ANSWER not in await chat.say("hjælp")  # an answered turn gets no fallback
