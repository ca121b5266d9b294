"""«nyt mål» as a conversation: questions, «hjælp», «tilbage», «annuller», bad answers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from agreements.demo import HOLDER, TENANT_ID
from bot.composition import Container
from tests.support.conversation import Conversation, demo_container


@pytest.fixture
async def container(database_url: str) -> AsyncIterator[Container]:
    async with demo_container(database_url) as built:
        yield built


async def goal_statements(container: Container) -> list[str]:
    async with container.uow_factory() as uow:
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert holder is not None and holder.id is not None
        agreement = (await uow.agreements.for_holder(TENANT_ID, holder.id))[0]
    return [g.statement for g in agreement.goals]


async def test_focus_area_goal_is_saved_with_its_area(container: Container) -> None:
    chat = Conversation(container)
    assert "Hvilken slags mål" in await chat.say("nyt mål")
    assert "Hvilket fokusområde" in await chat.say("1")
    assert "dine egne ord" in await chat.say("beskæftigelse")
    saved = await chat.say("Flere elever i erhvervspraktik i 8. klasse.")
    assert "gemt som kladde" in saved and "mål 9" in saved
    async with container.uow_factory() as uow:
        agreement = await uow.agreements.get(TENANT_ID, 1)
    assert agreement is not None
    assert agreement.goals[-1].focus_area == "Beskæftigelse"


async def test_help_explains_the_current_question_and_asks_again(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    replies = await chat.send("hjælp")
    assert "Svar 1, 2 eller 3" in replies[0]
    assert "Hvilken slags mål" in replies[-1]


async def test_back_returns_to_the_previous_question(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    assert "dine egne ord" in await chat.say("2")
    assert "Hvilken slags mål" in await chat.say("tilbage")
    assert "Hvilke fagområder" in await chat.say("3")


async def test_back_at_the_first_question_says_so(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    assert "første spørgsmål" in await chat.say("tilbage")


async def test_cancel_asks_first_and_saves_nothing(container: Container) -> None:
    chat = Conversation(container)
    before = await goal_statements(container)
    await chat.say("nyt mål")
    await chat.say("2")
    assert "uden at gemme" in await chat.say("annuller")
    assert "intet er gemt" in await chat.say("ja")
    assert await goal_statements(container) == before
    assert "forstod jeg ikke" in await chat.say("Flere lærere")


async def test_cancel_declined_continues(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("annuller")
    reply = await chat.say("nej")
    assert "fortsætter" in reply and "Hvilken slags mål" in reply


async def test_unusable_answer_is_asked_again_with_an_example(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    reply = await chat.say("blå")
    assert "kunne jeg ikke bruge" in reply and "Svar 1, 2 eller 3" in reply
    assert "dine egne ord" in await chat.say("eget")


async def test_too_short_statement_is_not_saved(container: Container) -> None:
    chat = Conversation(container)
    before = await goal_statements(container)
    await chat.say("nyt mål")
    await chat.say("2")
    assert "lidt kort" in await chat.say("Bedre")
    assert await goal_statements(container) == before


async def test_min_aftale_lists_the_agreement(container: Container) -> None:
    chat = Conversation(container)
    reply = await chat.say("min aftale")
    assert "Børn og Skole 2026" in reply and "kladde" in reply and "8 mål" in reply
