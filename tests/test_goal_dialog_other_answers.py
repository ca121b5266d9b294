"""An answer that does not give what was asked but gives another part of the goal: the part is kept, the holder is
told, and the question is asked again without counting a failed try (faults found living the product)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.composition import Container
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.test_goal_dialog import start_own_goal, stored_goals


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # 24 November 2026, in the demo's 2026 agreement


@pytest.fixture
async def container(database_url: str, clock: FakeClock) -> AsyncIterator[Container]:
    async with demo_container(database_url, clock) as built:
        yield built


BASELINE_QUESTION = "Hvor ligger andelen af elever med over 10 % fravær i dag?"


@pytest.mark.parametrize(
    ("deadline_answer", "deadline_said", "followup_answer", "followup_said", "deadline"),
    [
        ("inden udgangen af 2027 tror jeg", "tidsfristen (ultimo 2027)",
         "hmm det følger vi op på hver måned i LIS …", "opfølgningen (månedligt)", "2027-12-31"),
        ("det skal vi have nået senest 31. december 2026", "tidsfristen (ultimo 2026)",
         "vi tager det op på ledermøderne hvert kvartal", "opfølgningen (kvartalsvis)", "2026-12-31"),
    ],
)
async def test_a_deadline_or_a_follow_up_given_for_the_baseline_is_kept_and_the_baseline_asked_again(
    container: Container, deadline_answer: str, deadline_said: str, followup_answer: str, followup_said: str,
    deadline: str,
) -> None:
    chat = Conversation(container)
    await start_own_goal(chat)
    assert "Hvor kommer tallene" in await chat.say("Andelen af elever med over 10 % fravær skal ned til 6 %.")
    assert BASELINE_QUESTION in await chat.say("LIS")

    kept = await chat.say(deadline_answer)
    assert kept.startswith(f"Tak – jeg har noteret {deadline_said}.") and BASELINE_QUESTION in kept, kept
    assert "Jeg kan ikke finde et tal" not in kept
    again = await chat.say(followup_answer)  # not the second failed try: the baseline is asked once more
    assert again.startswith(f"Tak – jeg har noteret {followup_said}.") and BASELINE_QUESTION in again, again
    assert "springer vi over" not in again

    after = await chat.say("omkring 9 procent")
    while "Sådan ser målet ud" not in after:  # this year's milestone, when the deadline is after 2026
        assert "delmålet for i år" in after, after
        after = await chat.say("8 % ved udgangen af 2026")
    assert "gemt som kladde" in await chat.say("gem")
    goal = (await stored_goals(container))[-1]
    indicator = goal.indicators[0]
    assert (indicator.baseline, indicator.target, str(indicator.deadline)) == (9.0, 6.0, deadline)
    assert goal.followup and ("måned" in goal.followup or "kvartal" in goal.followup)


@pytest.mark.parametrize(
    ("levels", "said", "baseline", "target"),
    [
        ("ca 9 % af eleverne har over 10% fravær idag, vi vil gerne ned på 6%",
         "udgangspunktet (9 %) og målværdien (6 %)", 9.0, 6.0),
        ("vi er på 14 procent nu og skal ned på 10 procent", "udgangspunktet (14 %) og målværdien (10 %)", 14.0, 10.0),
    ],
)
async def test_levels_given_for_the_data_source_are_kept_and_the_source_asked_again(
    container: Container, levels: str, said: str, baseline: float, target: float
) -> None:
    chat = Conversation(container)
    await start_own_goal(chat)
    source_question = await chat.say("Vi vil have skolefraværet ned.")
    assert "Hvor kommer tallene for skolefraværet fra?" in source_question, source_question

    kept = await chat.say(levels)
    assert kept.startswith(f"Tak – jeg har noteret {said}."), kept
    assert "Hvor kommer tallene for skolefraværet fra?" in kept
    assert "Hvornår skal målet være nået?" in await chat.say("LIS")  # baseline and target are not asked for
    assert "følger I op" in await chat.say("senest ultimo 2026")
    assert "Sådan ser målet ud" in await chat.say("månedligt på ledermøderne")
    assert "gemt som kladde" in await chat.say("gem")
    goal = (await stored_goals(container))[-1]
    indicator = goal.indicators[0]
    assert goal.data_source == "LIS"
    assert (indicator.baseline, indicator.target) == (baseline, target)


@pytest.mark.parametrize(
    ("statement", "effect"),
    [
        ("Skolefraværet er for højt, og vi skal have nedbragt det senest 30.06.2028.",
         "Skolefraværet er for højt, og vi skal have nedbragt det"),
        ("Ventetiden på genoptræning er for lang. Vi vil gerne have reduceret den.",
         "Ventetiden på genoptræning er for lang. Vi vil gerne have reduceret den"),
    ],
)
async def test_an_effect_is_never_a_verb_with_a_bare_pronoun(container: Container, statement: str, effect: str) -> None:
    """The coach saved «Effekt: nedbragt det»: the pronoun keeps the words it points back to."""
    chat = Conversation(container)
    await start_own_goal(chat)
    reply = await chat.say(statement)
    for _ in range(10):
        if "Sådan ser målet ud" in reply:
            break
        reply = await chat.say("spring over")
    assert effect in reply, reply
    assert "gemt som kladde" in await chat.say("gem")
    assert (await stored_goals(container))[-1].effect == effect


@pytest.mark.parametrize(
    ("deadline_answer", "deadline"),
    [("senest 30.06.2028", "2028-06-30"), ("det skal være nået inden udgangen af 2027", "2027-12-31")],
)
async def test_a_deadline_after_the_agreements_year_asks_for_this_years_milestone(
    container: Container, deadline_answer: str, deadline: str
) -> None:
    """R2: with a deadline 30.06.2028 in the 2026 agreement the coach never asked for this year's milestone, when the
    deadline came in an answer."""
    chat = Conversation(container)
    await start_own_goal(chat)
    assert "Hvornår skal målet være nået?" in await chat.say(
        "Andelen af elever med over 10 % fravær skal ned fra 9 % til 6 %, målt i LIS og fulgt op månedligt på "
        "ledermøderne.")
    asked = await chat.say(deadline_answer)
    assert "Hvad er delmålet for i år?" in asked and "ved udgangen af 2026" in asked, asked
    summary = await chat.say("8 % ved udgangen af 2026")
    assert "Sådan ser målet ud" in summary and "Delmål for i år" in summary, summary
    assert "gemt som kladde" in await chat.say("gem")
    goal = (await stored_goals(container))[-1]
    assert goal.milestone == "8 % ved udgangen af 2026"
    assert str(goal.indicators[0].deadline) == deadline


async def test_a_deadline_in_the_statement_after_the_agreements_year_asks_for_the_milestone(
    container: Container,
) -> None:
    chat = Conversation(container)
    await start_own_goal(chat)
    asked = await chat.say(
        "Andelen af elever med over 10 % fravær skal ned fra 9 % til 6 % senest 30.06.2028, målt i LIS og fulgt op "
        "månedligt på ledermøderne.")
    assert "Hvad er delmålet for i år?" in asked, asked
