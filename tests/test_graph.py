"""The Graph client against a fake identity platform and Graph on loopback (TLS, as msal requires)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from pydantic import ValidationError

from bot.composition import build_container
from bot.settings import Settings
from bot.teams.graph import Attendee, GraphClient, GraphConfig, GraphError, graph_client, search_expression
from tests.support.fake_graph import CLIENT_ID, CLIENT_SECRET, SCOPE, TENANT, FakeGraph


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path)
    await graph.start()
    yield graph
    await graph.close()


def config_for(fake: FakeGraph, **changes: str | None) -> GraphConfig:
    values: dict[str, str | None] = {
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "tenant_id": TENANT, "base_url": fake.url,
        "authority_host": fake.url, "ca_bundle": str(fake.ca_path),
    }
    values.update(changes)
    return GraphConfig(**values)  # type: ignore[arg-type]


@pytest.fixture
async def client(fake: FakeGraph) -> AsyncIterator[GraphClient]:
    graph = GraphClient(config_for(fake))
    yield graph
    await graph.close()


async def test_search_finds_people_with_an_app_only_token(client: GraphClient, fake: FakeGraph) -> None:
    found = await client.search_people("Sofie")
    assert [(p.name, p.email, p.job_title) for p in found] == [
        ("Sofie Lund", "sofie.lund@demo.toender.dk", "Direktør, Børn og Kultur")
    ]
    assert found[0].aad_object_id == "d0000000-0000-4000-8000-000000000001"
    [token_request] = fake.token_requests
    assert token_request["grant_type"] == "client_credentials"
    assert token_request["client_id"] == CLIENT_ID and token_request["client_secret"] == CLIENT_SECRET
    assert token_request["scope"] == SCOPE
    [search] = fake.searches
    assert search["$search"] == '"displayName:Sofie"'
    assert search["$select"] == "id,displayName,mail,jobTitle"


async def test_danish_letters_and_several_words_are_searched(client: GraphClient) -> None:
    assert [p.name for p in await client.search_people("Søren L")] == ["Søren Lundgaard"]
    assert [p.name for p in await client.search_people("æbelø")] == ["Birgitte Æbelø"]
    assert await client.search_people("Ingen Findes") == []
    assert await client.search_people("   ") == []


async def test_one_token_serves_many_requests_until_it_expires(client: GraphClient, fake: FakeGraph) -> None:
    await client.search_people("Sofie")
    await client.search_people("Henrik")
    assert len(fake.token_requests) == 1
    assert len(fake.searches) == 2


async def test_an_expiring_token_is_renewed(fake: FakeGraph) -> None:
    fake.token_lifetime = 1  # shorter than the safety margin: renewed after half its life
    client = GraphClient(config_for(fake))
    try:
        await client.search_people("Sofie")
        await asyncio.sleep(0.6)
        await client.search_people("Sofie")
    finally:
        await client.close()
    assert len(fake.token_requests) == 2


async def test_a_revoked_token_is_replaced_once(client: GraphClient, fake: FakeGraph) -> None:
    await client.search_people("Sofie")
    fake.revoke_tokens()
    assert [p.name for p in await client.search_people("Sofie")] == ["Sofie Lund"]
    assert len(fake.token_requests) == 2
    assert fake.rejected == [(401, "InvalidAuthenticationToken")]


async def test_wrong_secret_is_a_graph_error_and_graph_is_not_called(fake: FakeGraph) -> None:
    client = GraphClient(config_for(fake, client_secret="not-the-secret"))
    try:
        with pytest.raises(GraphError, match="invalid_client"):
            await client.search_people("Sofie")
    finally:
        await client.close()
    assert fake.searches == []


async def test_unknown_tenant_is_a_graph_error(fake: FakeGraph) -> None:
    client = GraphClient(config_for(fake, tenant_id="00000000-0000-4000-8000-000000000000"))
    try:
        with pytest.raises(GraphError):
            await client.search_people("Sofie")
    finally:
        await client.close()


async def test_an_untrusted_certificate_is_refused(fake: FakeGraph) -> None:
    client = GraphClient(config_for(fake, ca_bundle=None))
    try:
        with pytest.raises(GraphError, match="SSL"):
            await client.search_people("Sofie")
    finally:
        await client.close()
    assert fake.token_requests == []


async def test_graph_unavailable_is_retried_then_reported(client: GraphClient, fake: FakeGraph) -> None:
    fake.fail_with = 503
    with pytest.raises(GraphError) as raised:
        await client.search_people("Sofie")
    assert raised.value.status == 503
    assert len(fake.rejected) == 3  # the first try and two retries


async def test_forbidden_is_not_retried(client: GraphClient, fake: FakeGraph) -> None:
    fake.fail_with = 403
    with pytest.raises(GraphError) as raised:
        await client.search_people("Sofie")
    assert raised.value.status == 403 and len(fake.rejected) == 1


async def test_an_unreachable_graph_is_a_graph_error(fake: FakeGraph) -> None:
    client = GraphClient(config_for(fake, base_url="https://127.0.0.1:1"))
    try:
        with pytest.raises(GraphError):
            await client.search_people("Sofie")
    finally:
        await client.close()


async def test_the_fake_answers_like_graph_without_token_or_consistency_level(
    client: GraphClient, fake: FakeGraph
) -> None:
    token = await client.token()
    url = f"{fake.url}/v1.0/users"
    params = {"$search": '"displayName:Sofie"'}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as http:
        async with http.get(url, params=params) as response:
            assert response.status == 401
        async with http.get(url, params=params, headers={"Authorization": f"Bearer {token}"}) as response:
            assert response.status == 400
            assert "ConsistencyLevel" in (await response.json())["error"]["message"]
        headers = {"Authorization": f"Bearer {token}", "ConsistencyLevel": "eventual"}
        async with http.get(url, params=params, headers=headers) as response:
            assert response.status == 200


async def test_create_event_puts_a_meeting_in_the_organizers_calendar(client: GraphClient, fake: FakeGraph) -> None:
    start = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)
    created = await client.create_event(
        "d0000000-0000-4000-8000-000000000001", "Dialogmøde om udviklingsaftalen", start, start + timedelta(hours=1),
        [Attendee("mette.kjaer@demo.toender.dk", "Mette Kjær"), Attendee("anne.bech@demo.toender.dk", required=False)],
        location="Rådhuset, mødelokale 2",
    )
    assert created.id == "AAMkAD-fake-1" and created.web_link
    [event] = fake.events
    assert event["organizer"] == "d0000000-0000-4000-8000-000000000001"
    assert event["subject"] == "Dialogmøde om udviklingsaftalen"
    assert event["start"] == {"dateTime": "2027-03-02T09:00:00", "timeZone": "UTC"}
    assert event["end"] == {"dateTime": "2027-03-02T10:00:00", "timeZone": "UTC"}
    assert event["location"] == {"displayName": "Rådhuset, mødelokale 2"}
    assert event["attendees"] == [
        {"emailAddress": {"address": "mette.kjaer@demo.toender.dk", "name": "Mette Kjær"}, "type": "required"},
        {"emailAddress": {"address": "anne.bech@demo.toender.dk", "name": "anne.bech@demo.toender.dk"},
         "type": "optional"},
    ]


async def test_create_event_needs_time_zones_and_an_order(client: GraphClient) -> None:
    naive = datetime(2027, 3, 2, 9, 0)
    with pytest.raises(ValueError, match="time zone"):
        await client.create_event("x", "Møde", naive, naive + timedelta(hours=1), [])
    aware = naive.replace(tzinfo=UTC)
    with pytest.raises(ValueError, match="end after"):
        await client.create_event("x", "Møde", aware, aware, [])


def test_search_expression_drops_what_graph_cannot_escape() -> None:
    assert search_expression('  Sofie  "Lund" ') == '"displayName:Sofie Lund"'
    assert search_expression("a\\b") == '"displayName:a b"'


# --- settings and lifecycle ----------------------------------------------------------------------------


def graph_settings(fake: FakeGraph, database_url: str = "sqlite+aiosqlite:///:memory:") -> Settings:
    return Settings(
        DATABASE_URL=database_url, MicrosoftAppId=CLIENT_ID, MicrosoftAppPassword=CLIENT_SECRET,
        MicrosoftAppTenantId=TENANT, AFTALEBOT_GRAPH_ENABLED=True, AFTALEBOT_GRAPH_BASE_URL=fake.url,
        AFTALEBOT_AUTHORITY_HOST=fake.url, AFTALEBOT_GRAPH_CA_BUNDLE=str(fake.ca_path),
    )


def test_graph_is_off_by_default() -> None:
    settings = Settings()
    assert settings.graph_enabled is False
    assert settings.graph_base_url == "https://graph.microsoft.com"
    assert settings.authority_host == "https://login.microsoftonline.com"
    assert graph_client(settings) is None


def test_graph_needs_the_app_credentials() -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(AFTALEBOT_GRAPH_ENABLED=True, MicrosoftAppId=CLIENT_ID)
    message = str(raised.value)
    assert "MicrosoftAppPassword" in message and "MicrosoftAppTenantId" in message
    assert "MicrosoftAppId," not in message


def test_graph_urls_must_be_https() -> None:
    with pytest.raises(ValidationError, match="AFTALEBOT_AUTHORITY_HOST"):
        Settings(AFTALEBOT_GRAPH_ENABLED=True, MicrosoftAppId=CLIENT_ID, MicrosoftAppPassword=CLIENT_SECRET,
                 MicrosoftAppTenantId=TENANT, AFTALEBOT_AUTHORITY_HOST="http://127.0.0.1:9")


async def test_the_container_owns_one_session_and_closes_it(fake: FakeGraph) -> None:
    container = build_container(graph_settings(fake))
    assert container.graph is not None
    await container.graph.search_people("Sofie")
    await container.graph.search_people("Henrik")
    assert not container.graph.closed
    await container.close()
    assert container.graph.closed
    assert len(fake.token_requests) == 1
