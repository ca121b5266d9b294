"""Issue 16, item 1: typed text and «ask» buttons reach their use case by intent, through one table
(bot/teams/text_routes.py), with the request's slots; no Danish phrase is passed on as an internal command."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from botbuilder.schema import Activity

from agreements.demo import COORDINATOR
from agreements.intents import Recognition, Slots, Verdict
from bot.composition import Container
from bot.teams.commands import request_for
from bot.teams.requests import Request
from bot.teams.understanding import AskBack, reading_of
from cards.payloads import ask_data
from dialogs import texts as dialog_texts
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.support.fake_connector import text_of


@pytest.fixture
async def container(database_url: str) -> AsyncIterator[Container]:
    async with demo_container(database_url, FakeClock()) as built:
        yield built


async def press(chat: Conversation, data: dict[str, Any]) -> list[str]:
    """An Action.Submit of a button with `data`: the bot's replies as plain text."""
    before = len(chat.adapter.activity_buffer)
    await chat.adapter.receive_activity(Activity(type="message", text="", value=data))
    replies = chat.adapter.activity_buffer[before:]
    del chat.adapter.activity_buffer[before:]
    return [text_of(a.serialize()) for a in replies if a.type == "message"]


def test_exact_commands_and_the_recogniser_yield_requests_not_phrases() -> None:
    assert request_for("Nyt mål!") == Request("new_goal")
    assert request_for("ret økonomien") == Request("edit_section", section="economy")
    assert request_for("ret mål 12") == Request("edit_goal", goal=12)
    assert request_for("hej") == Request("greeting") and request_for("annuller") == Request("stray_reply")
    assert request_for("hvordan går det med trivslen?") is None
    sure = Recognition(Verdict.SURE, "plan_meeting", 0.9, (("plan_meeting", 0.9),),
                       Slots(when="på fredag kl 10", unit="Børn og Skole"))
    assert reading_of(sure, "kan vi mødes på fredag kl 10 om Børn og Skole?") == Request(
        "plan_meeting", unit="Børn og Skole", when="på fredag kl 10",
        typed="kan vi mødes på fredag kl 10 om Børn og Skole?")
    section = Recognition(Verdict.SURE, "edit_section", 0.9, (), Slots(section="økonomi"))
    assert reading_of(section, "jeg vil rette budgettet").section == "economy"  # type: ignore[union-attr]
    unsure = Recognition(Verdict.UNSURE, None, 0.2, (("next_meeting", 0.2), ("end_meeting", 0.2)), Slots())
    asked_back = reading_of(unsure, "den med mødet")
    assert isinstance(asked_back, AskBack) and [data["intent"] for _, data in asked_back.choices] == [  # type: ignore[index]
        "next_meeting", "end_meeting"]


async def test_an_ask_button_runs_its_intent_with_its_slots(container: Container) -> None:
    chat = Conversation(container)
    assert "Børn og Skole" in "\n".join(await press(chat, ask_data("show_agreement")))
    assert "Hvilken slags mål" in "\n".join(await press(chat, ask_data("new_goal")))
    coordinator = Conversation(container, COORDINATOR)
    behind = "\n".join(await press(coordinator, ask_data("who_is_behind", year=2027)))
    assert "2027" in behind


async def test_an_ask_button_during_a_conversation_waits_or_is_answered_before_the_question(
    container: Container,
) -> None:
    chat = Conversation(container)
    assert "Hvilken slags mål" in await chat.say("nyt mål")
    # Another conversation is not started over this one, nor is the button taken as the answer: the bot asks
    # whether to drop the goal not saved yet; «nej» goes on with it.
    waiting = await press(chat, ask_data("new_agreement"))
    assert waiting == [dialog_texts.GOAL_SWITCH_OFFER], waiting
    kept = await chat.say("nej")
    assert dialog_texts.NOT_CANCELLED in kept and "Hvilken slags mål" in kept
    shown = await press(chat, ask_data("show_agreement"))  # a look-up is answered, then the question comes again
    assert "Børn og Skole" in "\n".join(shown) and shown[-1].startswith(dialog_texts.BACK_TO_QUESTION)
    helped = await press(chat, ask_data("help"))  # the conversation's own help for its question
    assert helped[0].startswith(dialog_texts.HELP_PREFIX)
    assert "dine egne ord" in await chat.say("2")  # the conversation goes on where it was
