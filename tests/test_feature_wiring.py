"""The coordinator's overview, the export button and card refreshes, through the running bot as Teams sends them."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import docx
from aiohttp import ClientSession

from agreements.demo import COORDINATOR, HOLDER, OTHER_MANAGER
from tests.support.cardcheck import assert_valid_cards
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector
from tests.support.running_bot import RunningBot, converse


def invoke(connector: FakeConnector, data: dict[str, Any], user: Any = HOLDER) -> dict[str, Any]:
    return make_activity(connector.url, type="invoke", name="adaptiveCard/action", user=user,
                         value={"action": {"type": "Action.Execute", "verb": data["verb"], "data": data}})


async def test_the_coordinator_gets_the_overview_and_a_manager_is_refused(
    bot: RunningBot, connector: FakeConnector
) -> None:
    overview = await converse(bot, connector, "overblik", user=COORDINATOR)
    assert "Børn og Skole" in overview
    refused = await converse(bot, connector, "overblik", user=OTHER_MANAGER)
    assert "chefkonsulent" in refused.lower() and "Børn og Skole" not in refused


async def test_the_coordinator_sees_the_overview_in_help(bot: RunningBot, connector: FakeConnector) -> None:
    assert "overblik" in await converse(bot, connector, "hjælp", user=COORDINATOR)
    assert "overblik" not in await converse(bot, connector, "hjælp")


async def test_export_button_gives_a_link_that_downloads_the_agreement(
    bot: RunningBot, connector: FakeConnector
) -> None:
    response = await bot.post(invoke(connector, {"verb": "agreement.export", "agreement": 1, "version": 1}))
    assert response.status == 200
    posted = await connector.wait_for(lambda a: bool(a.get("attachments")))
    card = posted["attachments"][0]["content"]
    assert_valid_cards(card)
    links = re.findall(r'"url": "([^"]+)"', json.dumps(card))
    docx_link = links[0]  # «Hent Word-dokument» first
    assert bot.server is not None
    path = docx_link[docx_link.index("/api/export/"):]
    async with ClientSession() as http:
        async with http.get(str(bot.server.make_url(path))) as download:
            assert download.status == 200
            body = await download.read()
        async with http.get(str(bot.server.make_url(path[:-3] + "AAA"))) as forged:
            assert forged.status == 403
    document = docx.Document(io.BytesIO(body))
    assert "Aftale- og dialogstyringsdokument for 2026" in "\n".join(p.text for p in document.paragraphs)


async def test_a_stranger_cannot_refresh_someone_elses_agreement_card(
    bot: RunningBot, connector: FakeConnector
) -> None:
    response = await bot.post(invoke(connector, {"verb": "agreement.refresh", "agreement": 1, "version": 1},
                                     user=OTHER_MANAGER))
    assert response.status == 200
    body = await response.json()
    assert body["type"] == "application/vnd.microsoft.activity.message"
    assert "Du kan kun se aftaler" in str(body["value"]) and "Sygefravær" not in str(body["value"])
