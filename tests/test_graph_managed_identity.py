"""Microsoft Graph without a secret: with MicrosoftAppType=UserAssignedMSI the bot asks the platform's managed
identity endpoint (App Service's IDENTITY_ENDPOINT, served by the fake Graph on loopback) for its Graph token,
through msal, and never the client-credentials flow."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.teams.graph import GraphClient, GraphConfig, GraphError, graph_client
from tests.support.fake_graph import CLIENT_ID, TENANT, FakeGraph


@pytest.fixture
async def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path)
    await graph.start()
    for name, value in graph.managed_identity_environment.items():
        monkeypatch.setenv(name, value)
    yield graph
    await graph.close()


def msi_settings(fake: FakeGraph) -> Settings:
    return Settings(
        _env_file=None, AFTALEBOT_GRAPH_ENABLED=True, MicrosoftAppType="UserAssignedMSI", MicrosoftAppId=CLIENT_ID,
        MicrosoftAppTenantId=TENANT, AFTALEBOT_GRAPH_BASE_URL=fake.url, AFTALEBOT_AUTHORITY_HOST=fake.url,
        AFTALEBOT_GRAPH_CA_BUNDLE=str(fake.ca_path),
    )


async def test_graph_searches_with_the_managed_identitys_token_and_no_secret(fake: FakeGraph) -> None:
    settings = msi_settings(fake)
    assert settings.app_password is None
    client = graph_client(settings)
    assert client is not None
    try:
        found = await client.search_people("Sofie")
        await client.search_people("Henrik")
    finally:
        await client.close()
    assert [person.name for person in found] == ["Sofie Lund"]
    assert fake.token_requests == []  # no client-credentials request at all
    assert len(fake.msi_requests) == 1  # one token, cached
    assert fake.msi_requests[0]["client_id"] == CLIENT_ID
    assert fake.msi_requests[0]["resource"] == "https://graph.microsoft.com"


async def test_a_revoked_managed_identity_token_is_replaced(fake: FakeGraph) -> None:
    client = GraphClient(GraphConfig.from_settings(msi_settings(fake)))
    try:
        await client.search_people("Sofie")
        fake.revoke_tokens()
        assert [p.name for p in await client.search_people("Sofie")] == ["Sofie Lund"]
    finally:
        await client.close()
    assert len(fake.msi_requests) == 2


async def test_a_wrong_identity_is_a_graph_error(fake: FakeGraph) -> None:
    config = replace(GraphConfig.from_settings(msi_settings(fake)), client_id="99999999-2222-4333-8444-555555555555")
    client = GraphClient(config)
    try:
        with pytest.raises(GraphError):
            await client.search_people("Sofie")
    finally:
        await client.close()


def test_a_managed_identity_needs_no_app_password_for_graph() -> None:
    settings = Settings(_env_file=None, AFTALEBOT_GRAPH_ENABLED=True, MicrosoftAppType="UserAssignedMSI",
                        MicrosoftAppId=CLIENT_ID, MicrosoftAppTenantId=TENANT)
    assert settings.missing_for_graph() == []
