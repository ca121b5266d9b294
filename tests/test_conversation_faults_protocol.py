"""Faults found living the bot in the Teams playground, each as a journey through the Bot Framework protocol (the
demo's world, a clock the test controls: Tuesday 24 November 2026)."""

from __future__ import annotations

from agreements.demo import HOLDER, TENANT_ID
from tests.support.clocked_bot import ClockedBot, clocked_bot

__all__ = ["clocked_bot"]


async def test_a_year_that_already_has_the_agreement_is_refused_at_once(clocked_bot: ClockedBot) -> None:
    """«2026» was accepted at «ny aftale»'s year question though Børn og Skole has its 2026 agreement, and refused
    only after the level, ending the conversation."""
    bot = clocked_bot
    assert "1. Børn og Skole" in await bot.say("ny aftale")
    assert "Hvilket år gælder aftalen?" in await bot.say("1")
    for year in ("2026", "ja", "i år"):
        refused = await bot.say(year)
        assert refused == "Børn og Skole har allerede en aftale for 2026. Skriv et andet år, fx «2027».", refused
    assert "Hvilket niveau er aftalen på?" in await bot.say("næste år")
    assert "Hvilket år" in await bot.say("tilbage")
    async with bot.uow() as uow:
        mette = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert mette is not None and mette.id is not None
        assert [a.year for a in await uow.agreements.for_holder(TENANT_ID, mette.id)] == [2026]


async def test_the_year_in_nyt_maal_picks_the_agreement(clocked_bot: ClockedBot) -> None:
    """«nyt mål for 2026» was not read as a year; with agreements for 2026 and 2027 the year should pick one."""
    bot = clocked_bot
    assert "Du har endnu ingen aftale for 2027" in await bot.say("nyt mål til aftalen for 2027")
    await start_agreement_for_2027(bot)

    assert "Du har flere aftaler" in await bot.say("nyt mål")  # no year: which one
    await bot.say("annuller")
    await bot.say("ja")
    for typed, year in (("nyt mål for 2026", 2026), ("nyt mål til aftalen for 2027", 2027),
                        ("jeg vil gerne lave et nyt mål i 2027-aftalen", 2027)):
        asked = await bot.say(typed)
        assert "Hvilken slags mål er det?" in asked and "Du har flere aftaler" not in asked, (typed, asked)
        await bot.say("2")
        statement = await bot.say(
            f"Sygefraværet i SFO skal ned fra 6 % til 5 % senest ultimo {year}, målt månedligt i LIS og fulgt op på "
            "dialogmøderne.")
        assert "Dit mål" in statement or "?" in statement, statement
        assert "gemt som kladde" in await save_goal(bot), typed
        assert await goals_in(bot, year) >= 1
    assert await goals_in(bot, 2027) == 2
    assert "afsluttet" in await bot.say("nyt mål for 2025")


async def start_agreement_for_2027(bot: ClockedBot) -> None:
    await bot.say("ny aftale")
    await bot.say("1")
    await bot.say("2027")
    await bot.say("1")
    assert "Aftalegiver" in await bot.say("1")
    await bot.say("ja")
    for _ in range(4):
        await bot.say("spring over")
    assert 2027 in await years_held(bot)


async def save_goal(bot: ClockedBot) -> str:
    """Answers the coach's questions with «spring over»-free defaults until the summary, then «gem»."""
    for _ in range(8):
        said = await bot.say("gem")
        if "gemt som kladde" in said:
            return said
        await bot.say("månedligt i LIS")
    return said


async def years_held(bot: ClockedBot) -> list[int]:
    async with bot.uow() as uow:
        mette = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert mette is not None and mette.id is not None
        return [a.year for a in await uow.agreements.for_holder(TENANT_ID, mette.id)]


async def goals_in(bot: ClockedBot, year: int) -> int:
    async with bot.uow() as uow:
        mette = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert mette is not None and mette.id is not None
        return sum(len(a.goals) for a in await uow.agreements.for_holder(TENANT_ID, mette.id) if a.year == year)
