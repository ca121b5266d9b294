"""Issue 19 item 6 for everyone the bot must reach, not only givers: a holder told that their agreement was started,
a holder's deadline reminder, a chefkonsulent's summary of who is behind. Someone who never opened the bot gets the
app installed through Microsoft Graph (the fake Graph over loopback) once, remembered, and the message in the
installation's chat at once; a second message goes there without a second installation; after they remove the
app nothing more is sent (and the app is not installed again), their messages wait. When Graph refuses (403:
permission missing; 404: no such user), the refusal is logged and the message put off, never lost: it arrives once
the app can be installed. A holder who removed the app is told of the giver's decision when they open it again.
Through the protocol (an imported organisation, people known only by their Entra id; the demo), SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from agreements.clock import COPENHAGEN
from agreements.demo import GIVER, HOLDER, TENANT_ID, DemoPerson
from agreements.reach import MESSAGE_JOB_KIND
from agreements.types import Role
from bot.commandline.demo import load_demo
from bot.commandline.org_cli import store_organisation
from bot.composition import job_service_for
from bot.scheduled.jobs import PUT_OFF_UNREACHABLE
from bot.teams.graph import GraphAppInstaller, GraphClient, GraphConfig
from bot.web.app import CONTAINER
from store.db import create_engine, make_sessionmaker
from store.models import ScheduledJobRow
from tests.support.clocked_bot import START, ClockedBot, card_text, cards_of, find_action, running
from tests.support.conversation import FakeClock
from tests.support.factories import make_activity
from tests.support.fake_connector import text_of
from tests.support.fake_graph import (
    CATALOG_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    MANIFEST_ID,
    TENANT,
    FakeGraph,
    graph_with_the_app,
)
from tests.support.running_bot import dev_settings

FILE = Path(__file__).parent / "data" / "organisation.csv"


def person(number: int, name: str, role: Role) -> DemoPerson:
    aad = f"0b000000-0000-4000-8000-{number:012d}"
    return DemoPerson(aad, f"29:org-{number}", name, f"{name.split()[0].lower()}@kommune.dk", role, "")


CHEFKONSULENT = person(2, "Sofie Krogh", Role.COORDINATOR)
FAGCHEF = person(3, "Peter Dam", Role.HEAD)
LEADER = person(4, "Rikke Vinther", Role.MANAGER)  # holder of Løgumkloster Distriktsskole, never opens the bot


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    async with graph_with_the_app(tmp_path) as graph:
        yield graph


@pytest.fixture
async def bot(database_url: str, fake: FakeGraph) -> AsyncIterator[ClockedBot]:
    summary = await store_organisation(database_url, TENANT_ID, FILE.read_bytes(), FILE.name)
    assert summary.people == 8
    graph = GraphClient(GraphConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant_id=TENANT,
                                    base_url=fake.url, authority_host=fake.url, ca_bundle=str(fake.ca_path)))
    installer = GraphAppInstaller(graph, MANIFEST_ID)
    async with running(dev_settings(database_url), FakeClock(START), database_url, installer=installer) as bot:
        yield bot
        await graph.close()


def in_chat(bot: ClockedBot, chat: str, after: int = 0) -> list[str]:
    """What reached this chat (texts, and the text of cards), from index `after` on."""
    return [text_of(a) for a in bot.connector.activities[after:] if a["conversation"]["id"] == chat]


def chat_of(fake: FakeGraph, someone: DemoPerson) -> str:
    """The chat of the app installed for someone, as Graph names it."""
    return fake.chat_id(someone.aad_object_id, CATALOG_ID)


async def run_jobs_at(bot: ClockedBot, day: datetime) -> int:
    """The job runner's pass (scheduling included) at `day`, Copenhagen time."""
    bot.clock.now = day.astimezone(UTC)
    service = job_service_for(bot.server.app[CONTAINER], clock=bot.clock)
    _, stats = await service.run_once(wait=0, schedule=True)
    return stats.sent


async def jobs_of(bot: ClockedBot, someone: DemoPerson, kind: str | None = None) -> list[ScheduledJobRow]:
    async with bot.uow() as uow:
        stored = await uow.people.get_by_aad(TENANT_ID, someone.aad_object_id)
        assert stored is not None and stored.id is not None
    engine = create_engine(bot.url)
    try:
        async with make_sessionmaker(engine)() as session:
            rows = (await session.scalars(select(ScheduledJobRow))).all()
    finally:
        await engine.dispose()
    return [j for j in rows if j.idempotency_key.endswith(f":{stored.id}") and (kind is None or j.kind == kind)]


async def remove_app(bot: ClockedBot, fake: FakeGraph, someone: DemoPerson) -> None:
    """The person removes the app in Teams: Graph forgets the installation, Teams tells the bot."""
    fake.remove_app(someone.aad_object_id)
    status, body = await bot.post(make_activity(bot.connector.url, type="installationUpdate", action="remove",
                                                user=someone))
    assert status in (200, 201), body


def local(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=COPENHAGEN)


async def test_a_holder_and_a_chefkonsulent_who_never_opened_the_bot_are_reached_once_installed(
    bot: ClockedBot, fake: FakeGraph
) -> None:
    # A fagchef starts the agreement of a leader who has never opened Aftalebot: the app is installed for her
    # and she is told in the installation's chat.
    answer = await bot.say("start aftale for Løgumkloster Distriktsskole", user=FAGCHEF)
    assert answer.startswith("Aftalen for Løgumkloster Distriktsskole for 2026 er startet med Rikke Vinther")
    assert fake.install_requests == [LEADER.aad_object_id]
    leader_chat = chat_of(fake, LEADER)
    assert in_chat(bot, leader_chat) == [
        "Peter Dam har startet din aftale for Løgumkloster Distriktsskole for 2026, med Peter Dam som aftalegiver. "
        "Skriv «min aftale» for at se den, og «nyt mål» for at skrive det første mål."]

    # 2 December: the 2027 draft was due on 1 December. The leader's reminder goes to her chat (the app is not
    # installed again); the chefkonsulent, who never opened the bot either, gets the app and the summary.
    await run_jobs_at(bot, local(2026, 12, 2))
    chefkonsulent_chat = chat_of(fake, CHEFKONSULENT)
    summary = "\n".join(in_chat(bot, chefkonsulent_chat))
    assert "Bagud med udkast 2027" in summary and "Løgumkloster Distriktsskole" in summary, summary
    assert any("Påmindelse" in text for text in in_chat(bot, leader_chat, 1))
    assert fake.install_requests.count(LEADER.aad_object_id) == 1
    assert fake.install_requests.count(CHEFKONSULENT.aad_object_id) == 1
    async with bot.uow() as uow:
        stored = await uow.people.get_by_aad(TENANT_ID, CHEFKONSULENT.aad_object_id)
        assert stored is not None and stored.app_installed_at == local(2026, 12, 2).astimezone(UTC)
        assert stored.conversation_reference is not None
        assert stored.conversation_reference["conversation"]["id"] == chefkonsulent_chat
        assert stored.conversation_reference["serviceUrl"] == bot.connector.url  # the tenant's, from the fagchef

    # 16 December, after the submission deadline: a second summary and reminder, in the same chats, no second
    # installation.
    before = len(bot.connector.activities)
    await run_jobs_at(bot, local(2026, 12, 16))
    assert any("Bagud med indsendelse 2027" in text for text in in_chat(bot, chefkonsulent_chat, before))
    assert any("Påmindelse" in text for text in in_chat(bot, leader_chat, before))
    assert fake.install_requests.count(LEADER.aad_object_id) == 1
    assert fake.install_requests.count(CHEFKONSULENT.aad_object_id) == 1

    # Both remove the app. On 1 February the approval deadline has passed: nothing is sent to them, nothing is
    # installed again, and their summary and reminder wait, marked as put off, not failed.
    await remove_app(bot, fake, CHEFKONSULENT)
    await remove_app(bot, fake, LEADER)
    before, requests = len(bot.connector.activities), len(fake.install_requests)
    await run_jobs_at(bot, local(2027, 2, 1))
    assert in_chat(bot, chefkonsulent_chat, before) == [] and in_chat(bot, leader_chat, before) == []
    assert len(fake.install_requests) == requests
    waiting = [j for j in await jobs_of(bot, CHEFKONSULENT) if j.done_at is None]
    assert waiting and all(j.failed_at is None and (j.last_error or "").startswith(PUT_OFF_UNREACHABLE)
                           for j in waiting)
    async with bot.uow() as uow:
        stored = await uow.people.get_by_aad(TENANT_ID, CHEFKONSULENT.aad_object_id)
        assert stored is not None and stored.conversation_reference is None and stored.app_removed_at is not None

    # She opens Aftalebot again herself: what waited for her arrives in her chat.
    personal = f"a:personal-{CHEFKONSULENT.aad_object_id}"
    status, body = await bot.post(make_activity(bot.connector.url, type="installationUpdate", action="add",
                                                user=CHEFKONSULENT))
    assert status in (200, 201), body
    await bot.run_jobs()
    arrived = [card_text(c) for c in cards_of([a for a in bot.connector.activities[before:]
                                               if a["conversation"]["id"] == personal])]
    assert any("Bagud med godkendelse 2027" in text for text in arrived), arrived
    assert len(fake.install_requests) == requests


@pytest.mark.parametrize("refusal", [403, 404])
async def test_when_graph_refuses_the_message_is_put_off_and_arrives_once_the_app_can_be_installed(
    bot: ClockedBot, fake: FakeGraph, refusal: int, caplog: pytest.LogCaptureFixture
) -> None:
    fake.install_fails_with = refusal  # 403: TeamsAppInstallation.ReadWriteSelfForUser.All not granted
    answer = await bot.say("start aftale for Løgumkloster Distriktsskole", user=FAGCHEF)
    assert answer.startswith("Aftalen for Løgumkloster Distriktsskole for 2026 er startet")  # the start stands
    assert fake.installed == {}
    assert any("could not be installed" in r.getMessage() and str(refusal) in r.getMessage()
               for r in caplog.records if r.levelname == "WARNING")
    assert "Rikke" not in caplog.text  # person ids in the log, not names
    [message] = await jobs_of(bot, LEADER, MESSAGE_JOB_KIND)
    assert message.payload["text"].startswith("Peter Dam har startet din aftale")
    # The runner's next pass tries again (still refused): the message stays, put off, not failed.
    await run_jobs_at(bot, local(2026, 11, 24, 11))
    [message] = await jobs_of(bot, LEADER, MESSAGE_JOB_KIND)
    assert message.done_at is None and message.failed_at is None
    assert (message.last_error or "").startswith(PUT_OFF_UNREACHABLE)
    # The permission is granted. The leader's reminder of 2 December installs the app, and the message that
    # waited arrives with it.
    fake.install_fails_with = None
    await run_jobs_at(bot, local(2026, 12, 2))
    told = in_chat(bot, chat_of(fake, LEADER))
    assert any(text.startswith("Peter Dam har startet din aftale") for text in told), told
    assert any("Påmindelse" in text for text in told), told
    [message] = await jobs_of(bot, LEADER, MESSAGE_JOB_KIND)
    assert message.done_at is not None
    # And the chefkonsulent's summary, and the reminders of the leaders whose units have no agreement yet (Tønder
    # Distriktsskole, Social og Sundhed): the organisation names them as the holders who are behind.
    assert fake.installed == {someone: {CATALOG_ID} for someone in (
        LEADER.aad_object_id, CHEFKONSULENT.aad_object_id, person(5, "Ole Friis", Role.MANAGER).aad_object_id,
        person(6, "Hanne Brink", Role.HEAD).aad_object_id)}


@pytest.fixture
async def demo_bot(database_url: str, fake: FakeGraph) -> AsyncIterator[ClockedBot]:
    """The demo (its holder, giver and chefkonsulent) with the app installable through the fake Graph."""
    settings = dev_settings(database_url)
    await load_demo(settings, today=date(2026, 11, 24))
    graph = GraphClient(GraphConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant_id=TENANT,
                                    base_url=fake.url, authority_host=fake.url, ca_bundle=str(fake.ca_path)))
    async with running(settings, FakeClock(START), database_url,
                       installer=GraphAppInstaller(graph, MANIFEST_ID)) as bot:
        yield bot
        await graph.close()


async def test_a_holder_who_removed_the_app_is_told_of_the_decision_when_they_open_it_again(
    demo_bot: ClockedBot, fake: FakeGraph
) -> None:
    bot = demo_bot
    await bot.say("hej", user=GIVER)
    await bot.send_for_approval()
    [card] = [c for c in cards_of(bot.to(GIVER)) if "til godkendelse" in card_text(c)]
    # The holder removes the app; then the giver approves.
    status, body = await bot.post(make_activity(bot.connector.url, type="installationUpdate", action="remove",
                                                user=HOLDER))
    assert status in (200, 201), body
    before = len(bot.connector.activities)
    answer = await bot.click(find_action(card, "agreement.approve"), user=GIVER)
    assert answer["statusCode"] == 200
    assert bot.to(HOLDER, before) == []  # nothing is sent to someone who removed the app …
    assert fake.install_requests == []  # … and the app is not forced on them again
    [notice] = await jobs_of(bot, HOLDER, MESSAGE_JOB_KIND)  # … but the notice waits for them
    assert notice.payload["text"].startswith("Henrik Thomsen har godkendt aftalen for Børn og Skole 2026")
    # They open Aftalebot again: the notice arrives.
    status, body = await bot.post(make_activity(bot.connector.url, type="installationUpdate", action="add",
                                                user=HOLDER))
    assert status in (200, 201), body
    await bot.run_jobs()
    told = [text_of(a) for a in bot.to(HOLDER, before)]
    assert any(text.startswith("Henrik Thomsen har godkendt aftalen") for text in told), told
    [notice] = await jobs_of(bot, HOLDER, MESSAGE_JOB_KIND)
    assert notice.done_at is not None
