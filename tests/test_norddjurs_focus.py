"""Norddjurs' profile (issue 18): each unit names the focus areas it has special focus on; there is no goal count."""

from __future__ import annotations

from datetime import date

from agreements.demo import HOLDER, TENANT_ID
from bot.commandline.demo import load_demo
from bot.composition import build_container
from bot.settings import Settings
from tests.support.conversation import Conversation, FakeClock


async def test_a_norddjurs_holder_names_their_own_focus_area(database_url: str) -> None:
    settings = Settings(DATABASE_URL=database_url, AFTALEBOT_PROFILE="norddjurs")
    await load_demo(settings, today=date(2026, 11, 24))
    container = build_container(settings, clock=FakeClock())
    try:
        chat = Conversation(container)
        await chat.say("nyt mål")
        assert "Hvilket fokusområde skal din enhed have særligt fokus på med målet? Skriv navnet." in (
            await chat.say("1"))
        await chat.say("Sygefravær")
        await chat.say("Sygefraværet skal ned fra 6,1 % til 5 % senest ultimo 2026, målt i LIS, fulgt månedligt.")
        assert "gemt" in await chat.say("gem")
        async with container.uow_factory() as uow:
            holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
            assert holder is not None and holder.id is not None
            agreement = (await uow.agreements.for_holder(TENANT_ID, holder.id))[0]
        assert agreement.goals[-1].focus_area == "Sygefravær"
        answer = await chat.say("hvor mange mål skal der være?")
        assert answer.startswith("I Norddjurs Kommune er der intet fast antal mål")
    finally:
        await container.close()
