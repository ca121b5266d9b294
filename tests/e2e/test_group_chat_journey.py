"""In the playground's group chat: the bot ignores what is not addressed to it, answers when @mentioned, and
keeps the holder's personal draft out of the shared conversation."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.harness import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

AGREEMENT_WORDS = ("Udviklingsaftale 2026", "Tjekliste", "Send til godkendelse")


async def test_group_chat_mentions_and_privacy(playground: Playground) -> None:
    group = playground.config.group_chat
    await playground.send_text("hej")  # the holder has a 1:1 chat with the bot
    await playground.wait_for_bot_message(conversation=playground.config.personal_chat)
    mark = playground.mark()
    await playground.send_text("min aftale", conversation=group, mention_bot=False)
    await asyncio.sleep(1.5)
    assert [m for m in playground.messages[mark:] if m.conversation_id == group] == []

    await playground.send_text("hjælp", conversation=group)
    help_reply = await playground.wait_for_bot_message(conversation=group)
    assert help_reply.contains("Det kan jeg hjælpe med")

    await playground.send_text("status", conversation=group)
    status_reply = await playground.wait_for_bot_message(conversation=group)
    assert "forstod jeg ikke" not in status_reply.all_text

    await asyncio.sleep(1.0)  # the status answer may come as several messages
    mark = playground.mark()
    await playground.send_text("min aftale", conversation=group)
    in_group = await playground.wait_for_bot_message(conversation=group)
    assert in_group.contains("private chat")
    private = await playground.wait_for_bot_message(
        lambda m: m.contains("Udviklingsaftale 2026"), conversation=playground.config.personal_chat
    )
    assert private.cards
    await asyncio.sleep(0.5)
    group_messages = [m for m in playground.messages[mark:] if m.conversation_id == group]
    assert not any(m.contains(word) for m in group_messages for word in AGREEMENT_WORDS)
