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
from tests.support.fake_connector import FakeConnector, text_of
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


def in_channel(connector: FakeConnector, text: str = "", **overrides: Any) -> dict[str, Any]:
    activity = make_activity(connector.url, text=f"<at>Aftalebot</at> {text}" if text else "", **overrides)
    activity["conversation"] = {**activity["conversation"], "id": "19:general@thread.tacv2;messageid=171",
                                "conversationType": "channel", "isGroup": True}
    activity["channelData"] = {**activity["channelData"], "team": {"id": "19:team@thread.tacv2"},
                               "channel": {"id": "19:general@thread.tacv2"}}
    if text:
        activity["entities"] = [{"type": "mention", "text": "<at>Aftalebot</at>",
                                 "mentioned": {"id": activity["recipient"]["id"], "name": "Aftalebot"}}]
    return activity


async def test_a_channel_is_subscribed_to_a_units_monthly_status(bot: RunningBot, connector: FakeConnector) -> None:
    response = await bot.post(in_channel(connector, "abonnér på status for Børn og Skole"))
    assert response.status in (200, 201)
    reply = await connector.wait_for(lambda a: a["conversation"]["id"].startswith("19:general"))
    assert "Kanalen får nu månedsstatus for Børn og Skole" in text_of(reply)
    before = len(connector.activities)
    await bot.post(in_channel(connector, "abonnementer"))
    listed = await connector.wait_for(lambda a: a["conversation"]["id"].startswith("19:general"), after=before)
    assert "Børn og Skole" in text_of(listed)


async def test_a_command_button_clicked_in_a_channel_never_posts_a_personal_card_there(
    bot: RunningBot, connector: FakeConnector
) -> None:
    await bot.post(make_activity(connector.url, text="hej"))  # the holder's private chat is known
    before = len(connector.activities)
    await bot.post(in_channel(connector, value={"verb": "command", "text": "min aftale"}))
    await connector.wait_for(lambda a: a["conversation"]["id"].startswith("19:general"), after=before)
    shared = [text_of(a) for a in connector.activities[before:] if a["conversation"]["id"].startswith("19:")]
    assert shared and all("Udviklingsaftale 2026" not in t and "Sygefravær" not in t for t in shared)


async def test_meeting_and_overview_buttons_do_nothing_in_a_channel(bot: RunningBot, connector: FakeConnector) -> None:
    for data in ({"verb": "meeting.summary", "meeting": 1}, {"verb": "overview.refresh"}):
        before = len(connector.activities)
        await bot.post(in_channel(connector, value=data, user=COORDINATOR))
        reply = await connector.wait_for(lambda a: a["conversation"]["id"].startswith("19:general"), after=before)
        assert "kun i din private chat" in text_of(reply)
        response = await bot.post(in_channel(connector, type="invoke", name="adaptiveCard/action", user=COORDINATOR,
                                             value={"action": {"type": "Action.Execute", "verb": data["verb"],
                                                               "data": data}}))
        body = await response.json()
        assert body["statusCode"] == 400 and "kun i din private chat" in body["value"]["message"]
