"""Requests to change a goal typed while a goal is being changed (faults found living the product)."""

from __future__ import annotations

from bot.composition import Container
from tests.support.conversation import Conversation
from tests.test_goal_dialog import clock, container, stored_goals

__all__ = ["clock", "container"]


async def test_ret_maal_for_the_goal_being_changed_says_so_and_asks_the_question_again(container: Container) -> None:
    """«ret mål 7» while goal 7 was being changed asked whether to leave it and begin a new goal."""
    chat = Conversation(container)
    assert "Dit mål" in await chat.say("ret mål 5")
    again = await chat.say("ret mål 5")
    assert again.startswith("Du er allerede ved at rette mål 5."), again
    assert "nyt mål" not in again and "gem" in again.lower()  # the summary's question, asked again

    assert "når målet er nået" in await chat.say("ret målværdi")
    asked_again = await chat.say("Ret mål 5.")  # a new phrasing, at the målværdi question
    assert asked_again.startswith("Du er allerede ved at rette mål 5."), asked_again
    assert "når målet er nået" in asked_again and "nyt mål" not in asked_again
    assert "Mål 5 er rettet" in await chat.say("5,0 %") + await chat.say("gem")
    assert (await stored_goals(container))[4].indicators[0].target == 5.0


async def test_ret_maal_for_another_goal_still_offers_to_switch(container: Container) -> None:
    chat = Conversation(container)
    assert "Dit mål" in await chat.say("ret mål 5")
    offered = await chat.say("ret mål 4")
    assert offered.startswith("Du er ved at rette mål 5. Skal jeg lade det stå, som det er gemt, og gå til mål 4?")
    assert "Dit mål" in await chat.say("ja")


async def test_a_request_to_change_a_goal_that_carries_the_new_value_applies_it(container: Container) -> None:
    """«hov, jeg skal lige rette målværdien på mål 7 til 76 %» opened goal 7 but did not apply 76 %."""
    chat = Conversation(container)
    changed = await chat.say("hov, jeg skal lige rette målværdien på mål 5 til 5 %")
    assert "Dit mål" in changed and "Jeg har rettet formuleringen" in changed, changed
    assert "5,5 %" not in changed.split("Jeg har rettet formuleringen")[1].split("»")[0]
    assert "Mål 5 er rettet" in await chat.say("gem")
    assert (await stored_goals(container))[4].indicators[0].target == 5.0

    moved = await chat.say("jeg vil gerne ændre udgangspunktet i mål 5 til 6,4 %")  # a new phrasing, another field
    assert "Dit mål" in moved and "6,4 %" in moved, moved
    assert "Mål 5 er rettet" in await chat.say("gem")
    assert (await stored_goals(container))[4].indicators[0].baseline == 6.4
