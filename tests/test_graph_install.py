"""Reaching people who never opened the bot: Graph installs the app in a user's personal scope
(`POST /users/{id}/teamwork/installedApps`), found in the organisation's catalog by its manifest id; a second
install is no error. The approval flow that uses it: tests/test_proactive_install.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.teams.graph import GraphClient, GraphConfig, GraphError
from tests.support.fake_graph import (
    CATALOG_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    MANIFEST_ID,
    TENANT,
    FakeGraph,
    graph_with_the_app,
)

DIRECTOR = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    async with graph_with_the_app(tmp_path) as graph:
        yield graph


@pytest.fixture
async def client(fake: FakeGraph) -> AsyncIterator[GraphClient]:
    graph = GraphClient(GraphConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant_id=TENANT,
                                    base_url=fake.url, authority_host=fake.url, ca_bundle=str(fake.ca_path)))
    yield graph
    await graph.close()


async def test_the_bot_is_installed_for_a_director_who_never_opened_it(client: GraphClient, fake: FakeGraph) -> None:
    app_id = await client.catalog_app_id(MANIFEST_ID)
    assert app_id == CATALOG_ID
    assert await client.install_for_user(DIRECTOR, app_id) is True
    assert fake.installed == {DIRECTOR: {CATALOG_ID}}
    assert await client.install_for_user(DIRECTOR, app_id) is False  # already there: no error


async def test_an_app_not_in_the_catalog(client: GraphClient) -> None:
    assert await client.catalog_app_id("00000000-1111-4222-8333-444444444444") is None
    with pytest.raises(GraphError) as raised:
        await client.install_for_user(DIRECTOR, "no-such-app")
    assert raised.value.status == 404
