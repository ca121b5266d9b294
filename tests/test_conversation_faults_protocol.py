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
