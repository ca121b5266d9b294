"""Issue 19 item 6: a giver who has never opened the bot gets the approval card at once. The bot installs the app
for them through Microsoft Graph (the fake Graph here) and sends the card to the installation's chat (Graph's
`installedApps/{id}/chat`); when Teams has not made that chat yet, the card is parked and the installation's
installationUpdate brings it. When Graph fails, the submission stands and the card waits for their visit.
Through the protocol, SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from agreements.demo import GIVER, TENANT_ID
from bot.commandline.demo import load_demo
from bot.teams.graph import GraphAppInstaller, GraphClient, GraphConfig
from tests.support.clocked_bot import START, ClockedBot, card_text, cards_of, running
from tests.support.conversation import FakeClock
from tests.support.factories import BOT_ID, make_activity
from tests.support.fake_graph import CATALOG_ID, CLIENT_ID, CLIENT_SECRET, MANIFEST_ID, TENANT, FakeGraph
from tests.support.running_bot import dev_settings


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path)
    await graph.start()
    yield graph
    await graph.close()


@pytest.fixture
async def bot(database_url: str, fake: FakeGraph) -> AsyncIterator[ClockedBot]:
    clock = FakeClock(START)
    settings = dev_settings(database_url)
    await load_demo(settings, today=date(2026, 11, 24))
    graph = GraphClient(GraphConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant_id=TENANT,
                                    base_url=fake.url, authority_host=fake.url, ca_bundle=str(fake.ca_path)))
    installer = GraphAppInstaller(graph, MANIFEST_ID)
    async with running(settings, clock, database_url, installer=installer) as bot:
        yield bot
        await graph.close()


def approval_cards(bot: ClockedBot, chat: str | None = None) -> list[str]:
    """The approval cards in the giver's chat as their own activities name it, or in `chat`."""
    activities = bot.to(GIVER) if chat is None else [a for a in bot.connector.activities
                                                     if a["conversation"]["id"] == chat]
    return [card_text(c) for c in cards_of(activities) if "til godkendelse" in card_text(c)]


async def installation_update(bot: ClockedBot) -> None:
    """What Teams sends the bot when the app is installed for the giver."""
    status, body = await bot.post(make_activity(bot.connector.url, type="installationUpdate", action="add",
                                                user=GIVER))
    assert status in (200, 201), body


async def test_the_app_is_installed_for_a_giver_who_never_opened_it_and_the_card_arrives_at_once(
    bot: ClockedBot, fake: FakeGraph
) -> None:
    fake.catalog[MANIFEST_ID] = CATALOG_ID
    told = await bot.send_for_approval()
    assert "så jeg har installeret den hos Henrik og sendt godkendelseskortet dertil" in told, told
    assert fake.installed == {GIVER.aad_object_id: {CATALOG_ID}}  # installed in the giver's personal scope
    assert fake.install_requests == [GIVER.aad_object_id]
    chat = fake.chat_id(GIVER.aad_object_id, CATALOG_ID)  # 19:{user}_{app}@unq.gbl.spaces
    assert len(approval_cards(bot, chat)) == 1  # in the installation's chat, at the connector the holder's uses
    [sent] = [a for a in bot.connector.activities if a["conversation"]["id"] == chat and a.get("attachments")]
    assert sent["from"]["id"] == BOT_ID  # as the bot is known in the tenant's other chats
    async with bot.uow() as uow:
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        assert giver is not None and giver.app_installed_at == START
        assert giver.conversation_reference is not None and giver.conversation_reference["conversation"]["id"] == chat
        events = [e.action for e in await uow.audit.list(TENANT_ID, f"person:{giver.id}")]
    assert events == ["person.app_installed"]
    # Teams then tells the bot about the installation, and the giver writes: the card is not sent again.
    await installation_update(bot)
    await bot.say("hej", user=GIVER)
    assert approval_cards(bot) == [] and len(approval_cards(bot, chat)) == 1
    assert fake.install_requests == [GIVER.aad_object_id]


async def test_when_teams_has_not_made_the_chat_yet_the_installations_turn_brings_the_card(
    bot: ClockedBot, fake: FakeGraph
) -> None:
    fake.catalog[MANIFEST_ID] = CATALOG_ID
    fake.chats_not_ready = True
    told = await bot.send_for_approval()
    assert "så jeg har installeret den hos" in told and "kommer frem, så snart" in told, told
    assert fake.installed == {GIVER.aad_object_id: {CATALOG_ID}}
    assert approval_cards(bot) == []  # not reachable until Teams tells the bot about the installation
    await installation_update(bot)
    await bot.connector.wait_for(lambda a: "til godkendelse" in str(a), after=0)
    assert len(approval_cards(bot)) == 1
    await bot.say("hej", user=GIVER)  # delivered once
    assert len(approval_cards(bot)) == 1
    async with bot.uow() as uow:
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        assert giver is not None and giver.conversation_reference is not None
    assert fake.install_requests == [GIVER.aad_object_id]  # installed once, remembered


@pytest.mark.parametrize("failure", ["not in the catalog", "permission missing"])
async def test_when_graph_cannot_install_the_submission_stands_and_the_card_waits(
    bot: ClockedBot, fake: FakeGraph, failure: str, caplog: pytest.LogCaptureFixture
) -> None:
    if failure == "permission missing":  # TeamsAppInstallation.ReadWriteForUser.All not granted
        fake.catalog[MANIFEST_ID] = CATALOG_ID
        fake.fail_with = 403
    told = await bot.send_for_approval()
    assert "har ikke åbnet Aftalebot" in told  # the holder is told as before
    assert fake.installed == {}
    assert any("installed" in r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert "Henrik" not in caplog.text  # no name in the log (person ids only)
    async with bot.uow() as uow:
        statuses = [a.status.value for a in await uow.agreements.for_year(TENANT_ID)]
    assert "submitted" in statuses  # the submission stands
    await bot.say("hej", user=GIVER)  # the card waited for the giver's visit
    assert len(approval_cards(bot)) == 1
