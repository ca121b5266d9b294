"""Managers say it in their own words: free phrasing, typos and process questions through the protocol (the demo
municipality, the bot on a fixed clock: 24 November 2026)."""

from __future__ import annotations

from typing import Any

from agreements.demo import COORDINATOR, GIVER
from agreements.intents import Verdict, shared_recogniser
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot


async def say(bot: RunningBot, connector: FakeConnector, text: str, **overrides: Any) -> str:
    """Everything the bot answered to one message, cards included, as one text."""
    before = len(connector.activities)
    response = await bot.post(make_activity(connector.url, text=text, **overrides))
    assert response.status in (200, 201), response.text_body  # type: ignore[attr-defined]
    replies = [a for a in connector.activities[before:] if a.get("type") == "message"]
    assert replies, f"no answer to {text!r}"
    return "\n".join(text_of(reply) for reply in replies)


def card_buttons(connector: FakeConnector) -> list[str]:
    card = connector.activities[-1]["attachments"][0]["content"]
    return [action["title"] for action in card.get("actions", [])]


async def test_own_words_and_typos_reach_the_agreement(bot: RunningBot, connector: FakeConnector) -> None:
    for phrasing in ("vis lige aftalen", "min aftlae", "kan du vise mig min udviklingsaftale?"):
        answer = await say(bot, connector, phrasing)
        assert "Børn og Skole" in answer and "Det forstod jeg ikke" not in answer, phrasing


async def test_a_status_question_with_a_typo_gets_the_status(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await say(bot, connector, "statsu")
    assert "Det forstod jeg ikke" not in answer
    assert "Sygefravær" in answer or "sygefravær" in answer


async def test_deleting_a_goal_is_not_read_as_a_status_question(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await say(bot, connector, "slet mål 2")
    assert "Jeg kan ikke slette et gemt mål endnu" in answer
    assert "ret mål 2" in answer


async def test_process_questions_are_answered_from_the_profile_and_the_agreement(
    bot: RunningBot, connector: FakeConnector
) -> None:
    deadlines = await say(bot, connector, "hvornår er fristen for at indsende?")
    # 24 November 2026: next year's agreement is being drafted, and its submission is due 15 December 2026.
    assert "Udkast (aftalen for 2027): senest 1. december 2026 ← næste frist" in deadlines
    assert "Indsendelse (aftalen for 2027): senest 15. december 2026" in deadlines
    assert "Evaluering (aftalen for 2026): senest 31. marts 2027" in deadlines
    assert "Henrik Thomsen" in await say(bot, connector, "hvem godkender min aftale?")
    assert "førende indikator" in await say(bot, connector, "hvad betyder førende indikator?")
    assert "Output er det, I leverer" in await say(bot, connector, "hvad er forskellen på output og effekt")
    assert "3–5 egne udviklingsmål" in await say(bot, connector, "hvor mange mål skal jeg have?")
    assert "Anne Bech" in await say(bot, connector, "hvem er tovholder på aftalerne")


async def test_thanks_and_download_get_a_sensible_answer(bot: RunningBot, connector: FakeConnector) -> None:
    assert "Selv tak" in await say(bot, connector, "mange tak")
    download = await say(bot, connector, "kan jeg downloade aftalen?")
    assert "Eksportér" in download and "Børn og Skole" in download


async def test_a_meeting_asked_for_in_own_words_is_planned(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await say(bot, connector, "kan vi mødes til dialogmøde den 15/12 kl 10?")
    assert "Dialogmødet er planlagt" in answer
    assert "15. december" in answer or "15/12" in answer
    assert "Dialogmødet er planlagt" not in await say(bot, connector, "hvornår ses vi til dialogmøde?")


async def test_when_unsure_the_bot_asks_back_with_buttons(bot: RunningBot, connector: FakeConnector) -> None:
    vague = "den med mødet"  # about a meeting, but plan, move, end or see it?
    assert shared_recogniser().recognise(vague).verdict is Verdict.UNSURE
    answer = await say(bot, connector, vague)
    assert "Mente du" in answer
    assert 2 <= len(card_buttons(connector)) <= 3


async def test_out_of_scope_is_never_acted_on(bot: RunningBot, connector: FakeConnector) -> None:
    for text in ("hvad bliver vejret i morgen", "min skærm er sort", "book et mødelokale til fredag"):
        answer = await say(bot, connector, text)
        assert "Dialogmødet er planlagt" not in answer and "Børn og Skole" not in answer, text


async def test_the_giver_sees_what_waits_for_approval(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await say(bot, connector, "har jeg noget at godkende?", user=GIVER)
    assert "venter" in answer and "godkendelse" in answer


async def test_the_coordinator_asks_who_is_behind_in_own_words(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await say(bot, connector, "hvilke enheder er bagud med aftalen?", user=COORDINATOR)
    assert "Det forstod jeg ikke" not in answer


async def test_what_the_giver_said_leads_to_the_history(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await say(bot, connector, "har henrik kommenteret min aftale?")
    assert "Historik for aftalen for Børn og Skole 2026" in answer, answer
    answer = await say(bot, connector, "hvad sagde henrik?")  # her giver, by name: his latest word, not asked back
    assert "Henrik Thomsen har ikke sagt noget om aftalen for Børn og Skole 2026 endnu" in answer, answer
    await say(bot, connector, "hvad sagde karen?")  # no giver of hers: asked back, with the history offered first
    assert card_buttons(connector)[0] == "Se historikken", card_buttons(connector)
    answer = await say(bot, connector, "hvad sagde vejrudsigten?")  # not about the agreement: not acted on
    assert "Historik" not in answer and "Mente du" not in answer, answer


async def test_cancel_or_yes_after_the_conversation_has_ended_is_answered(
    bot: RunningBot, connector: FakeConnector,
) -> None:
    for word in ("annuller", "tilbage", "ja"):
        answer = await say(bot, connector, word)
        assert "Der er ikke noget i gang" in answer and "Det forstod jeg ikke" not in answer, (word, answer)
    assert "Hvilken slags mål" in await say(bot, connector, "nyt mål")
    assert "Vil du stoppe uden at gemme?" in await say(bot, connector, "annuller")
    assert "Stoppet" in await say(bot, connector, "ja")
    assert "Der er ikke noget i gang" in await say(bot, connector, "annuller")


async def test_what_am_i_missing_shows_the_agreement_and_what_it_lacks(
    bot: RunningBot, connector: FakeConnector
) -> None:
    """Found living the product: «hvad mangler jeg?» (DOMAIN.md's own example) got «Mente du …?»."""
    for phrasing in ("hvad mangler jeg?", "hvad mangler vi?"):
        answer = await say(bot, connector, phrasing)
        assert "Udviklingsaftale 2026 – Børn og Skole" in answer and "Mente du" not in answer, phrasing
    assert "handlingspunkter" in (await say(bot, connector, "hvad mangler jeg at gøre fra mødet?")).lower()


async def test_a_director_asking_for_the_overview_is_not_told_about_an_own_agreement(
    bot: RunningBot, connector: FakeConnector
) -> None:
    """Found living the product: Henrik Thomsen (direktør, holds no agreement) typed «overblik» and was told to write
    «min aftale» «for at se din egen aftale»."""
    answer = await say(bot, connector, "overblik", user=GIVER)
    assert "chefkonsulenterne" in answer and "din egen aftale" not in answer
    assert "dem, du godkender" in answer
