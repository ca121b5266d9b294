"""Through the playground's API, as the current user (Mette Kjær) in her personal chat."""

from __future__ import annotations

import pytest

from tests.e2e.harness import Playground

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


async def test_help_answers_with_the_help_card(playground: Playground) -> None:
    assert playground.config.current_user.name == "Mette Kjær"

    await playground.send_text("hjælp")

    reply = await playground.wait_for_bot_message(lambda m: "Det kan jeg hjælpe med" in m.card_text)
    assert reply.cards
    assert reply.conversation_id == playground.config.personal_chat


async def test_unknown_text_is_never_met_with_silence(playground: Playground) -> None:
    await playground.send_text("xyz blabla")

    reply = await playground.wait_for_bot_message()
    assert reply.contains("hjælp"), reply.all_text
