"""`aftalebot org sync` and the daily sync: the organisation read from Microsoft Graph (the fake Graph on loopback,
over TLS), paged by `@odata.nextLink`, throttled with 429 and Retry-After; over SQLite and PostgreSQL."""

from __future__ import annotations

import io
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from agreements.municipality.organisation import ROLE_WORD
from agreements.profiles import get_profile
from bot.commandline.org_cli import run_sync, sync_from_graph
from bot.scheduled.job_service import build_job_service
from bot.settings import Settings
from bot.teams.graph import GraphClient, GraphConfig
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.support.fake_graph import CLIENT_ID, CLIENT_SECRET, TENANT, FakeGraph, OrgUser
from tests.support.running_bot import dev_settings


def uid(n: int) -> str:
    return f"0c000000-0000-4000-8000-{n:012d}"


DIRECTORY = [
    OrgUser(uid(1), "Birgit Lund", "birgit.lund@kommune.dk", "Direktionen", "Kommunaldirektør"),
    OrgUser(uid(2), "Sofie Krogh", "sofie.krogh@kommune.dk", "Økonomi og Styring", "Chefkonsulent", uid(1)),
    OrgUser(uid(3), "Peter Dam", "peter.dam@kommune.dk", "Børn og Skole", "Fagchef", uid(1)),
    OrgUser(uid(4), "Rikke Vinther", "rikke.vinther@kommune.dk", "Løgumkloster Distriktsskole", "Skoleleder", uid(3)),
    OrgUser(uid(5), "Ole Friis", "ole.friis@kommune.dk", "Tønder Distriktsskole", "Skoleleder", uid(3)),
    OrgUser(uid(6), "Kim Lassen", "kim.lassen@kommune.dk", "Løgumkloster Distriktsskole", "Lærer", uid(4)),
    OrgUser(uid(7), "Mødelokale 2", None, None),  # a room: no mail, no department
    OrgUser(uid(8), "Gammel Konto", "gammel@kommune.dk", "Børn og Skole", "Lærer", uid(3), account_enabled=False),
]


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path, organisation=list(DIRECTORY), page_size=3)
    await graph.start()
    yield graph
    await graph.close()


def client_for(fake: FakeGraph) -> GraphClient:
    return GraphClient(GraphConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant_id=TENANT,
                                   base_url=fake.url, authority_host=fake.url, ca_bundle=str(fake.ca_path)))


async def people(database_url: str) -> dict[str, tuple[str, str | None, bool]]:
    """name → (role word, unit name, active)."""
    engine = create_engine(database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            units = {u.id: u.name for u in await uow.units.list(TENANT)}
            return {p.name: (ROLE_WORD[p.role], units.get(p.unit_id), p.active)
                    for p in await uow.people.list(TENANT)}
    finally:
        await engine.dispose()


async def test_sync_reads_every_page_with_managers_and_departments(database_url: str, fake: FakeGraph) -> None:
    outcome = await sync_from_graph(database_url, TENANT, client_for(fake))
    assert len(fake.organisation_requests) == 3  # 8 users, 3 a page
    assert fake.organisation_requests[0]["$expand"] == "manager($select=id)"
    assert outcome.summary.people == 6 and outcome.skipped == 1
    assert "6 personer i 5 enheder" in outcome.text()
    assert "1 bruger uden e-mail eller afdeling er sprunget over" in outcome.text()
    found = await people(database_url)
    assert found["Birgit Lund"] == ("direktør", "Direktionen", True)
    assert found["Sofie Krogh"] == ("chefkonsulent", "Økonomi og Styring", True)
    assert found["Peter Dam"] == ("fagchef", "Børn og Skole", True)
    assert found["Rikke Vinther"] == ("leder", "Løgumkloster Distriktsskole", True)
    assert found["Kim Lassen"] == ("medarbejder", "Løgumkloster Distriktsskole", True)
    assert "Gammel Konto" not in found and "Mødelokale 2" not in found


async def test_a_throttled_page_is_asked_again_after_retry_after(database_url: str, fake: FakeGraph) -> None:
    fake.throttle_pages, fake.retry_after = 2, "0.3"
    started = time.monotonic()
    outcome = await sync_from_graph(database_url, TENANT, client_for(fake))
    assert outcome.summary.people == 6
    assert len(fake.throttled) == 2 and len(fake.organisation_requests) == 5
    assert fake.throttled[1] - fake.throttled[0] >= 0.3
    assert time.monotonic() - started >= 0.6  # both Retry-After waits were kept


async def test_a_moved_user_gets_the_new_unit_and_a_removed_user_is_deactivated(
    database_url: str, fake: FakeGraph
) -> None:
    await sync_from_graph(database_url, TENANT, client_for(fake))
    moved = OrgUser(uid(6), "Kim Lassen", "kim.lassen@kommune.dk", "Tønder Distriktsskole", "Lærer", uid(5))
    fake.organisation = [moved if u.id == uid(6) else u for u in DIRECTORY if u.id != uid(2)]
    outcome = await sync_from_graph(database_url, TENANT, client_for(fake))
    assert (outcome.summary.people_changed, outcome.summary.people_deactivated) == (1, 1)
    found = await people(database_url)
    assert found["Kim Lassen"] == ("medarbejder", "Tønder Distriktsskole", True)
    assert found["Sofie Krogh"] == ("chefkonsulent", "Økonomi og Styring", False)
    again = await sync_from_graph(database_url, TENANT, client_for(fake))
    assert not again.summary.changed


async def test_the_daily_sync_runs_in_the_job_service(database_url: str, fake: FakeGraph) -> None:
    settings = Settings(
        DATABASE_URL=database_url, MicrosoftAppId=CLIENT_ID, MicrosoftAppPassword=CLIENT_SECRET,
        MicrosoftAppTenantId=TENANT, AFTALEBOT_GRAPH_ENABLED=True, AFTALEBOT_GRAPH_BASE_URL=fake.url,
        AFTALEBOT_AUTHORITY_HOST=fake.url, AFTALEBOT_GRAPH_CA_BUNDLE=str(fake.ca_path), AFTALEBOT_GRAPH_ORG_SYNC=True)
    engine = create_engine(database_url)
    graph = client_for(fake)

    profile = get_profile(settings.profile)

    async def send(*_: Any) -> Any:
        raise AssertionError("nothing to send")

    try:
        service = build_job_service(settings, profile, make_sessionmaker(engine), send, graph=graph)
        assert service.org_sync is not None
        await service._org_sync()
        without = build_job_service(dev_settings(database_url), profile, make_sessionmaker(engine), send)
        assert without.org_sync is None
    finally:
        await graph.close()
        await engine.dispose()
    assert (await people(database_url))["Peter Dam"][2] is True


def test_sync_without_graph_says_so_in_danish(tmp_path: Path) -> None:
    err = io.StringIO()
    code = run_sync(dev_settings(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"), TENANT, err=err)
    assert code == 2
    assert err.getvalue().startswith("Microsoft Graph er ikke sat op")
