"""The demo as an organised municipality (issue 18): `aftalebot demo --organisation` imports the demo's organisation
file through the same code as `aftalebot org import`, and the demo people work as the organisation says."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest

from agreements.demo import COORDINATOR, DEPARTMENT_LEADER, HOLDER, OTHER_MANAGER, TENANT_ID, DemoPerson
from agreements.types import AgreementLevel, Role
from bot.commandline.demo import load_demo
from tests.support.clocked_bot import START, ClockedBot, card_text, cards_of, running
from tests.support.conversation import FakeClock
from tests.support.running_bot import dev_settings

OUTSIDER = DemoPerson("a1b2c3d4-0099-4000-8000-000000000099", "29:outsider", "Ulla Udenfor", "ulla@x.dk",
                      Role.MANAGER, "")


@pytest.fixture
async def demo_bot(database_url: str) -> AsyncIterator[ClockedBot]:
    settings = dev_settings(database_url)
    outcome = await load_demo(settings, today=date(2026, 11, 24), organisation=True)
    assert "Organisationen er indlæst: 6 personer i 5 enheder." in outcome
    again = await load_demo(settings, today=date(2026, 11, 24), organisation=True)
    assert again.endswith("Organisationen er uændret: 6 personer i 5 enheder.")
    clock = FakeClock(START)
    async with running(settings, clock, database_url) as bot:
        yield bot


async def test_the_organised_demo_keeps_its_agreement_and_follows_the_organisation(demo_bot: ClockedBot) -> None:
    assert "Børn og Skole" in await demo_bot.say("min aftale", user=HOLDER)
    overview = "\n".join(card_text(c) for c in cards_of(await demo_bot.send("overblik", user=COORDINATOR)))
    assert "Børn og Skole" in overview and "Tønder Distriktsskole" in overview
    started = await demo_bot.say("start aftale for Tønder Distriktsskole", user=HOLDER)  # Mette, the fagchef above
    assert started == ("Aftalen for Tønder Distriktsskole for 2026 er startet med Karen Holm som aftaleholder og "
                       "Mette Kjær som aftalegiver.")
    assert (await demo_bot.say("start aftale for Børn og Skole", user=OTHER_MANAGER)).startswith(
        "Du kan ikke starte en aftale for Børn og Skole")
    assert (await demo_bot.say("hej", user=OUTSIDER)).startswith("Du er ikke med i kommunens organisation")
    async with demo_bot.uow() as uow:
        karen = await uow.people.get_by_aad(TENANT_ID, DEPARTMENT_LEADER.aad_object_id)
        assert karen is not None and karen.id is not None
        [agreement] = await uow.agreements.for_holder(TENANT_ID, karen.id)
    assert agreement.level is AgreementLevel.DEPARTMENT


async def test_the_overview_names_the_organisations_holder_of_a_unit_without_an_agreement(
    demo_bot: ClockedBot,
) -> None:
    """Found living the product in December: «overblik» said «Ingen aftaleholder kendt» for Social og Sundhed and
    Tønder Distriktsskole, whose leaders the organisation names (Lars Nielsen, Karen Holm)."""
    demo_bot.clock.now = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # after the drafting deadline of 1 December
    overview = "\n".join(card_text(c) for c in cards_of(await demo_bot.send("overblik", user=COORDINATOR)))
    rows = overview.split("**")
    for unit, people in (("Social og Sundhed", "Lars Nielsen ↔ Henrik Thomsen"),
                         ("Tønder Distriktsskole · Børn og Skole", "Karen Holm ↔ Mette Kjær")):
        row = rows[rows.index(unit) + 1]
        assert people in row and "Ingen aftaleholder kendt" not in row, row
    økonomi = rows[rows.index("Økonomi og Styring") + 1]  # a unit whose leader the organisation does not name
    assert "Ingen aftaleholder kendt" in økonomi


async def test_a_fagchef_without_an_agreement_is_told_the_giver_the_organisation_names(demo_bot: ClockedBot) -> None:
    """Found living the product: Lars Nielsen, fagchef for Social og Sundhed with Henrik Thomsen as his leader, asked
    «hvem godkender min aftale?» and was told the giver would be chosen when the agreement is made."""
    answer = await demo_bot.say("hvem godkender min aftale?", user=OTHER_MANAGER)
    assert "Henrik Thomsen (Social og Sundhed)" in answer and "ny aftale" in answer, answer
