"""Group chats and channels: the bot answers when mentioned and keeps personal drafts out of them."""

from __future__ import annotations

import asyncio
from typing import Any

from agreements.demo import HOLDER
from cards.payloads import ask_data
from tests.support.factories import BOT_ID, make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot

GROUP = "19:lederteam@thread.v2"


def in_group(connector: FakeConnector, text: str, *, mention: bool) -> dict[str, Any]:
    activity = make_activity(connector.url, text=f"<at>Aftalebot</at> {text}" if mention else text)
    activity["conversation"] = {**activity["conversation"], "id": GROUP, "conversationType": "groupChat",
                                "isGroup": True}
    if mention:
        activity["entities"] = [{"type": "mention", "text": "<at>Aftalebot</at>",
                                 "mentioned": {"id": BOT_ID, "name": "Aftalebot"}}]
    return activity


async def test_a_message_without_a_mention_is_ignored(bot: RunningBot, connector: FakeConnector) -> None:
    response = await bot.post(in_group(connector, "min aftale", mention=False))
    assert response.status in (200, 201)
    await asyncio.sleep(0.2)
    assert connector.activities == []


async def test_help_is_answered_in_the_group(bot: RunningBot, connector: FakeConnector) -> None:
    await bot.post(in_group(connector, "hjælp", mention=True))
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP)
    assert "Det kan jeg hjælpe med" in text_of(reply)


async def test_a_personal_draft_never_shows_in_the_group(bot: RunningBot, connector: FakeConnector) -> None:
    await bot.post(make_activity(connector.url, text="hej"))  # the holder's 1:1 chat is known
    before = len(connector.activities)
    await bot.post(in_group(connector, "min aftale", mention=True))
    await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP, after=before)
    group = [text_of(a) for a in connector.activities[before:] if a["conversation"]["id"] == GROUP]
    private = [text_of(a) for a in connector.activities[before:]
               if a["conversation"]["id"] == f"a:personal-{HOLDER.aad_object_id}"]
    assert group and all("Udviklingsaftale" not in t and "Sygefravær" not in t for t in group)
    assert "private chat" in group[0]
    assert any("Udviklingsaftale 2026 – Børn og Skole" in t for t in private)


async def test_without_a_private_chat_the_bot_says_how_to_open_one(bot: RunningBot, connector: FakeConnector) -> None:
    await bot.post(in_group(connector, "min aftale", mention=True))
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP)
    assert "Åbn Aftalebot under Apps" in text_of(reply) and "skrevet til dig" not in text_of(reply)
    assert all(a["conversation"]["id"] == GROUP for a in connector.activities)


async def test_a_goal_dialog_is_not_started_in_the_group(bot: RunningBot, connector: FakeConnector) -> None:
    await bot.post(in_group(connector, "nyt mål", mention=True))
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP)
    assert "privat chat" in text_of(reply) and "Hvilken slags mål" not in text_of(reply)
    await bot.post(in_group(connector, "2", mention=True))
    second = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP, after=1)
    assert "Skriv målet" not in text_of(second)


async def test_status_is_answered_in_the_group_with_only_what_the_group_may_see(
    bot: RunningBot, connector: FakeConnector
) -> None:
    # The group follows no unit and the demo agreement is a draft (issue 15, item 5): no figures, a Danish reason.
    await bot.post(in_group(connector, "hvordan går det med sygefravr?", mention=True))
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP)
    assert "Ikke alle her i chatten må se aftalen. Skriv «status» til mig privat" in text_of(reply)
    assert "Sygefravær" not in text_of(reply) and "forstod jeg ikke" not in text_of(reply)
    assert not reply.get("attachments")


async def test_an_ask_button_in_the_group_is_taken_privately(bot: RunningBot, connector: FakeConnector) -> None:
    """The group's help card has «ask» buttons: help is answered in the group, anything else in the 1:1 chat, where
    the person is told the words to type."""
    await bot.post(make_activity(connector.url, text="hej"))  # the holder's 1:1 chat is known
    before = len(connector.activities)
    button = in_group(connector, "", mention=False)
    button["value"] = ask_data("new_goal")
    await bot.post(button)
    await connector.wait_for(lambda a: a["conversation"]["id"] != GROUP, after=before)
    group = [text_of(a) for a in connector.activities[before:] if a["conversation"]["id"] == GROUP]
    private = [text_of(a) for a in connector.activities[before:] if a["conversation"]["id"] != GROUP]
    assert group and "private chat" in group[0]
    assert any("«nyt mål»" in t for t in private)
    # Found living the product: pressing the button was called «Du skrev «nyt mål» i en gruppe».
    assert not any("Du skrev" in t for t in private), private
    before = len(connector.activities)
    button["value"] = ask_data("help")
    await bot.post(button)
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == GROUP, after=before)
    assert "Det kan jeg hjælpe med" in text_of(reply)
