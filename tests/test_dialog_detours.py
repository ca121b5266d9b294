"""Inside a conversation (the goal coach, agreement set-up, section editing) «hjælp», «tilbage», «pause» and a
question about something else work as a person expects (issue 16, item 3). Through the handler on channel msteams."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.composition import Container
from dialogs import texts
from dialogs.base import is_side_question, word_of
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.test_goal_dialog import stored_goals


@pytest.fixture
async def container(database_url: str) -> AsyncIterator[Container]:
    async with demo_container(database_url, FakeClock()) as built:
        yield built


async def test_help_after_an_unusable_answer_repeats_the_question_not_the_complaint(container: Container) -> None:
    chat = Conversation(container)
    assert "Hvilken slags mål" in await chat.say("nyt mål")
    assert texts.NOT_UNDERSTOOD_CHOICE in await chat.say("9")
    helped = await chat.send("hjælp")
    assert helped[0].startswith(texts.HELP_PREFIX) and texts.ASK_KIND_HELP in helped[0]
    assert helped[1] == texts.ASK_KIND  # the question itself, not «Det svar kunne jeg ikke bruge»
    assert texts.NOT_UNDERSTOOD_CHOICE not in "\n".join(helped)
    assert (await chat.send("Hjælp?"))[1] == texts.ASK_KIND
    assert "dine egne ord" in await chat.say("2")  # and the answer is taken as before


async def test_back_repeats_the_previous_question_as_first_asked(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("9")  # unusable: the kind question is re-asked with a complaint
    assert "dine egne ord" in await chat.say("2")
    assert await chat.send("tilbage") == [texts.ASK_KIND]


async def test_pause_keeps_the_draft_other_things_work_and_fortsaet_resumes(container: Container) -> None:
    chat = Conversation(container)
    before = len(await stored_goals(container))
    await chat.say("nyt mål")
    await chat.say("2")
    assert "Hvad vil I måle" in await chat.say("Vi vil styrke trivslen blandt medarbejderne.")
    assert await chat.send("pause") == [texts.GOAL_PAUSED]
    shown = await chat.say("min aftale")  # while paused, the bot does the usual things …
    assert "Børn og Skole" in shown and shown.endswith(texts.STILL_PAUSED)  # … and says how to go on
    assert await chat.send("nyt mål") == [texts.FINISH_PAUSED_FIRST]  # one conversation at a time
    resumed = await chat.send("fortsæt")
    assert resumed[0] == texts.RESUMED and "Hvad vil I måle" in resumed[1]
    script = [
        ("Andelen af medarbejdere, der oplever stress", "Hvor kommer tallene"),
        ("Trivselsmålingen", "i dag?"),
        ("24 % i 2025", "når målet er nået"),
        ("under 15 %", "Hvornår"),
        ("senest ultimo 2026", "følger I op"),
        ("Vi følger op kvartalsvis i Lokal-MED", "Sådan ser målet ud"),
    ]
    for answer, next_prompt in script:
        assert next_prompt in await chat.say(answer)
    assert "gemt som kladde" in await chat.say("gem")
    goals = await stored_goals(container)
    assert len(goals) == before + 1 and goals[-1].statement == "Vi vil styrke trivslen blandt medarbejderne."


async def test_a_question_about_something_else_is_answered_then_the_question_comes_again(
    container: Container,
) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("2")
    asked = await chat.say("Vi vil styrke trivslen blandt medarbejderne.")
    pending = asked.splitlines()[-1]
    assert "Hvad vil I måle" in pending
    detour = await chat.send("hvornår er fristen for at indsende?")
    assert len(detour) >= 2 and "frist" in detour[0].lower()
    assert detour[-1].startswith(texts.BACK_TO_QUESTION) and "Hvad vil I måle" in detour[-1]
    assert "kunne jeg ikke bruge" not in "\n".join(detour)
    explained = await chat.send("hvad er et tværgående mål?")
    assert "tvær" in explained[0].lower() and "Hvad vil I måle" in explained[-1]
    # the answer still goes to the pending question
    assert "Hvor kommer tallene" in await chat.say("Andelen af medarbejdere, der oplever stress")


async def test_section_editing_and_setup_answer_side_questions_and_help(container: Container) -> None:
    chat = Conversation(container)
    asked = await chat.say("ret økonomi")
    assert "Skriv den nye tekst" in asked
    detour = await chat.send("hvem godkender min aftale?")
    assert "Henrik Thomsen" in detour[0] and "Skriv den nye tekst" in detour[-1]
    assert texts.HELP_PREFIX in await chat.say("hjælp")
    assert "holder pause" in await chat.say("vent lidt")
    assert "Skriv den nye tekst" in await chat.say("fortsæt")
    assert "uden at gemme" in await chat.say("annuller")
    assert "uændret" in await chat.say("ja")


def test_only_question_shaped_texts_the_recogniser_is_sure_of_are_side_questions() -> None:
    assert is_side_question("hvornår er næste dialogmøde?")
    assert is_side_question("Hvad betyder førende indikator?")
    for answer in ("Andelen af medarbejdere, der oplever stress", "Trivselsmålingen", "24 % i 2025", "2", "ja",
                   "Vi følger op kvartalsvis i Lokal-MED", "status for trivsel"):
        assert not is_side_question(answer), answer
    assert word_of(" Hjælp?! ") == "hjælp" and word_of("?") == "?"


async def test_a_question_is_no_unit_name_and_a_meeting_request_waits_till_the_agreement_is_made(
    container: Container,
) -> None:
    chat = Conversation(container)
    assert "Hvilken enhed" in await chat.say("ny aftale")
    asked = await chat.send("hvad hedder den nu?")  # not a unit called «hvad hedder den nu?»
    assert asked[0] == texts.NAME_NOT_A_QUESTION
    shown = await chat.send("hvad mangler jeg egentlig?")  # a side question: the agreement, then the question
    assert "Børn og Skole" in shown[0] and shown[-1].startswith(f"{texts.BACK_TO_QUESTION} Hvilken enhed")
    waits = await chat.send("Kan vi mødes til dialogmøde på torsdag kl 9?")
    assert waits[0] == texts.FINISH_THIS_FIRST and waits[1].startswith("Hvilken enhed gælder aftalen?")
    assert "gælder aftalen?" in await chat.say("1")  # the unit was still asked for; now the year


async def test_a_side_question_after_cancel_is_answered_and_nothing_is_stopped(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    assert await chat.send("annuller") == [texts.CONFIRM_CANCEL]
    answered = await chat.send("hvornår skal aftalen være godkendt?")
    assert answered[0] == texts.NOT_CANCELLED
    assert any("Godkendelse" in said for said in answered)  # the question is answered …
    assert answered[-1].endswith(texts.ASK_KIND)  # … and the goal's question comes again


async def test_a_look_up_command_in_the_coach_is_shown_and_the_question_asked_again(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("2")
    await chat.say("vi vil have flere unge i job eller uddannelse")
    source = await chat.say("andelen af unge under 25 der er i job eller uddannelse")
    assert "andelen af unge under 25, der er i job eller uddannelse" in source, source  # read whole, not cut at «er»
    for command in ("min aftale", "status"):
        shown = await chat.send(command)
        assert texts.BACK_TO_QUESTION in shown[-1] and "Hvor kommer tallene" in shown[-1], shown
        assert "springer vi over" not in "\n".join(shown) and "kunne jeg ikke bruge" not in "\n".join(shown)
    assert "i dag?" in await chat.say("jobindsats.dk")  # the answer still goes to the pending question


async def test_a_question_about_the_question_gets_its_help_and_is_never_saved_as_the_answer(
    container: Container,
) -> None:
    """Found living the product: in «ny aftale», «hvad betyder det?» typed at the focus-area question was saved as
    the section's text, and «hvad mener du?» at the economy question likewise."""
    chat = Conversation(container)
    await chat.say("ny aftale")
    await chat.say("1")  # the unit
    await chat.say("2027")  # next year's (the demo's 2026 agreement exists)
    await chat.say("1")  # direktion ↔ fagchef
    await chat.say("Henrik Thomsen")
    assert "Afsnit 2 af 5" in await chat.say("ja")  # the shared leadership focus as it is
    for question in ("hvad betyder det?", "Hvad mener du?", "kan du give et eksempel?"):
        helped = await chat.send(question)
        assert helped[0].startswith(texts.HELP_PREFIX), (question, helped)
        assert "Afsnit 2 af 5" in helped[-1], (question, helped)
    assert "Afsnit 3 af 5" in await chat.say("Vi bidrager til alle fire fokusområder.")
    helped = await chat.send("hvad skal jeg skrive her?")
    assert helped[0].startswith(texts.HELP_PREFIX) and "Afsnit 3 af 5" in helped[-1]


def test_only_the_whole_message_asking_about_the_question_is_a_request_for_help() -> None:
    from dialogs.base import asks_for_help

    for asked in ("hvad betyder det?", "øh, hvad mener du med det?", "giv mig et eksempel", "eksempel?"):
        assert asks_for_help(asked), asked
    for answer in ("hvad betyder førende indikator?", "Vi bidrager til alle fire fokusområder",
                   "Rammen er 400 mio. kr.", "hvad betyder det for budgettet? Det afhænger af besparelsen"):
        assert not asks_for_help(answer), answer


async def test_the_agreement_counts_its_own_goals_in_correct_danish(container: Container) -> None:
    """Found living the product: «Der er 1 egne udviklingsmål» on the card after the first goal of a new agreement."""
    chat = Conversation(container)
    for answer in ("ny aftale", "1", "2027", "1", "Henrik Thomsen", "ja", *["spring over"] * 4):
        await chat.say(answer)
    assert "Der er ingen egne udviklingsmål; der skal være mindst 3" in await chat.say("min aftale")
    script = ["nyt mål", "1", "2", "Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo 2027.",
              "Vi følger det månedligt i LIS og på dialogmøderne.", "ja"]  # «1»: the 2027 agreement
    replies = [await chat.say(answer) for answer in script]
    assert "gemt som kladde" in replies[-1], replies
    assert "Der er 1 eget udviklingsmål; der skal være mindst 3" in replies[-1]


async def test_an_unusable_answer_to_a_section_says_how_to_skip_it(container: Container) -> None:
    """Found living the product: «ja» at the economy question of «ny aftale» got «Det svar kunne jeg ikke bruge» and
    the example, again and again, never how to skip the section."""
    chat = Conversation(container)
    for answer in ("ny aftale", "1", "2027", "1", "Henrik Thomsen", "ja"):
        await chat.say(answer)
    assert "Afsnit 3 af 5" in await chat.say("Vi bidrager til alle fire fokusområder.")
    again = await chat.say("ja")
    assert again.startswith(texts.NOT_UNDERSTOOD_CHOICE) and "«spring over»" in again
    assert "Afsnit 4 af 5" in await chat.say("spring over")


async def test_what_is_written_after_cancel_is_not_lost(container: Container) -> None:
    """«annuller», then not «ja» or «nej» but the answer after all: not stopped, and the answer is read."""
    chat = Conversation(container)
    await chat.say("nyt mål")
    assert await chat.send("annuller") == [texts.CONFIRM_CANCEL]
    kept = await chat.send("2")
    assert kept[0] == texts.NOT_CANCELLED and "dine egne ord" in kept[-1], kept
    assert await chat.send("afbryd") == [texts.CONFIRM_CANCEL]
    kept = await chat.send("Vi vil styrke trivslen blandt medarbejderne.")
    assert kept[0] == texts.NOT_CANCELLED and "Hvad vil I måle" in kept[-1], kept
    assert await chat.send("annuller") == [texts.CONFIRM_CANCEL]
    assert (await chat.send("nej"))[0] == texts.NOT_CANCELLED  # a plain «nej»: the question again, nothing read
    assert "Hvor kommer tallene" in await chat.say("Andelen af medarbejdere, der oplever stress")


async def test_a_meeting_asked_for_at_a_time_midway_is_no_answer(container: Container) -> None:
    """Found living the product: «kan vi tage dialogmødet med henrik den 17/12 kl 10?» typed at the coach's question
    about follow-up was saved as the goal's follow-up (the recogniser is unsure whether it plans or moves a meeting, so
    it was not seen as a request). It waits till the goal is done, and the question is asked again."""
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("2")
    await chat.say("Vi vil styrke trivslen blandt medarbejderne.")
    await chat.say("Andelen af medarbejdere, der oplever stress")
    await chat.say("Trivselsmålingen")
    await chat.say("24 % i 2025")
    await chat.say("under 15 %")
    asked = await chat.say("senest ultimo 2026")
    assert "følger I op" in asked, asked
    waits = await chat.send("kan vi tage dialogmødet med henrik den 17/12 kl 10?")
    assert waits[0] == texts.FINISH_THIS_FIRST and "følger I op" in waits[-1], waits
    assert "Sådan ser målet ud" in await chat.say("Vi følger op kvartalsvis i Lokal-MED")
    summary = await chat.say("gem")
    assert "gemt som kladde" in summary, summary
    goal = (await stored_goals(container))[-1]
    assert "dialogmødet" not in (goal.followup or ""), goal.followup


async def test_sending_the_agreement_midway_is_no_answer(container: Container) -> None:
    """Found living the product: «send aftalen for 2026 til henrik» typed at the coach's question about this year's
    milestone was saved as the milestone. A request to send the agreement waits till the goal is done."""
    chat = Conversation(container)
    await chat.say("nyt mål")
    await chat.say("2")
    await chat.say("Andelen af gode læsere skal op fra 60 % til 80 % frem mod 2029.")
    for typed in ("send aftalen for 2026 til henrik", "så sender vi den til Henrik"):
        waits = await chat.send(typed)
        assert waits[0] == texts.FINISH_THIS_FIRST, (typed, waits)
    assert "send" not in await chat.say("Trivselsmålingen")
