"""The quick activity reader and writer give exactly what msrest gives, or step aside."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    Attachment,
    CardAction,
    ChannelAccount,
    Mention,
    SuggestedActions,
)
from botframework.connector.aio import ConnectorClient
from msrest.authentication import Authentication

from bot.teams.activity_json import Unusual, activity_from_json, model_to_json
from bot.teams.connector import serialize_activity
from bot.web.app import read_activity

TEAMS_MESSAGE: dict[str, Any] = {
    "type": "message",
    "id": "1700000000000",
    "timestamp": "2026-11-24T09:00:00.123Z",
    "localTimestamp": "2026-11-24T10:00:00.123+01:00",
    "serviceUrl": "https://smba.trafficmanager.net/emea/",
    "channelId": "msteams",
    "from": {"id": "29:abc", "name": "Mette Holm", "aadObjectId": "a-1", "role": "user"},
    "recipient": {"id": "28:bot", "name": "Aftalebot"},
    "conversation": {"id": "19:chat@thread.v2", "conversationType": "groupChat", "tenantId": "t-1",
                     "isGroup": True},
    "channelData": {"tenant": {"id": "t-1"}, "eventType": None, "list": [1, 2.5, "x", {"y": [None]}]},
    "entities": [
        {"type": "mention", "mentioned": {"id": "28:bot", "name": "Aftalebot"}, "text": "<at>Aftalebot</at>"},
        {"type": "clientInfo", "locale": "da-DK", "country": "DK", "platform": "Web"},
    ],
    "attachments": [{"contentType": "text/html", "content": "<p>hej</p>"}],
    "locale": "da-DK",
    "text": "<at>Aftalebot</at> hjælp",
    "textFormat": "plain",
    "value": {"verb": "x", "n": 3},
    "replyToId": "99",
    "someFutureField": {"kept": True},
}

INVOKE: dict[str, Any] = {
    "type": "invoke",
    "name": "adaptiveCard/action",
    "id": "i-1",
    "serviceUrl": "http://127.0.0.1:1/",
    "channelId": "msteams",
    "from": {"id": "29:abc", "aadObjectId": "a-1"},
    "recipient": {"id": "28:bot"},
    "conversation": {"id": "a:1", "conversationType": "personal"},
    "value": {"action": {"type": "Action.Execute", "verb": "approve", "data": {"id": 4}}, "trigger": "manual"},
    "membersAdded": [{"id": "29:abc"}, {"id": "28:bot", "name": "Aftalebot"}],
}


@pytest.mark.parametrize("payload", [TEAMS_MESSAGE, INVOKE, {"type": "conversationUpdate"}], ids=["msg", "inv", "min"])
def test_reading_gives_what_msrest_gives(payload: dict[str, Any]) -> None:
    quick = activity_from_json(copy.deepcopy(payload))
    stock = Activity().deserialize(copy.deepcopy(payload))
    assert quick == stock
    assert vars(quick.entities[0]) == vars(stock.entities[0]) if stock.entities else True
    assert quick.additional_properties == stock.additional_properties
    assert quick.timestamp == stock.timestamp
    # the mention the handler looks for survives
    if payload is TEAMS_MESSAGE:
        assert quick.entities[0].additional_properties["mentioned"]["id"] == "28:bot"
        assert quick.additional_properties == {"someFutureField": {"kept": True}}


@pytest.mark.parametrize(
    "odd",
    [
        {**TEAMS_MESSAGE, "text": 5},  # msrest turns it into "5"
        {**TEAMS_MESSAGE, "from": "29:abc"},
        {**TEAMS_MESSAGE, "entities": [None]},
        {**TEAMS_MESSAGE, "timestamp": 17},
        {**TEAMS_MESSAGE, "conversation": {"id": "a", "isGroup": "true"}},
    ],
)
def test_unusual_shapes_go_to_msrest_and_read_the_same(odd: dict[str, Any]) -> None:
    with pytest.raises(Unusual):
        activity_from_json(copy.deepcopy(odd))
    try:
        stock = Activity().deserialize(copy.deepcopy(odd))
    except Exception as error:  # msrest refuses it: so does the app's reader
        with pytest.raises(type(error)):
            read_activity(copy.deepcopy(odd))
    else:
        assert read_activity(copy.deepcopy(odd)) == stock


def replies() -> list[Activity]:
    inbound = Activity().deserialize(copy.deepcopy(TEAMS_MESSAGE))
    card = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Mål 1", "wrap": True}],
            "actions": [{"type": "Action.Execute", "verb": "gem", "data": {"n": 1, "x": None}}]}
    text = MessageFactory.text("Hvad vil I måle?", "Hvad vil I måle?")
    with_card = MessageFactory.attachment(CardFactory.adaptive_card(card))
    suggested = MessageFactory.suggested_actions([CardAction(type="imBack", title="Ja", value="ja")], "Gem?")
    mention = MessageFactory.text("<at>Mette</at> se her")
    mention.entities = [Mention(mentioned=ChannelAccount(id="29:abc", name="Mette"), text="<at>Mette</at>",
                                type="mention")]
    timed = Activity(type=ActivityTypes.message, text="t", timestamp=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
                     attachments=[Attachment(content_type="text/plain", content="x", name="n")],
                     suggested_actions=SuggestedActions(to=["29:a"], actions=[]))
    out = []
    for activity in (text, with_card, suggested, mention, timed):
        out.append(TurnContext.apply_conversation_reference(
            activity, TurnContext.get_conversation_reference(inbound)
        ))
    return out


class NoAuth(Authentication):  # type: ignore[misc]
    pass


@pytest.mark.parametrize("index", range(5))
def test_writing_gives_what_msrest_gives(index: int) -> None:
    client = ConnectorClient(NoAuth(), base_url="http://127.0.0.1:1")
    activity = replies()[index]
    quick = json.dumps(model_to_json(copy.deepcopy(activity)))
    stock = json.dumps(client._serialize.body(copy.deepcopy(activity), "Activity"))
    assert quick == stock
    assert json.dumps(serialize_activity(client._serialize, activity)) == stock


def test_a_reference_is_written_as_msrest_writes_it() -> None:
    inbound = Activity().deserialize(copy.deepcopy(TEAMS_MESSAGE))
    reference = TurnContext.get_conversation_reference(inbound)
    assert model_to_json(reference) == reference.serialize()


def test_writing_steps_aside_for_values_msrest_converts() -> None:
    activity = MessageFactory.text("x")
    activity.channel_data = {"when": datetime(2026, 1, 1, tzinfo=UTC)}
    with pytest.raises(Unusual):
        model_to_json(activity)
    client = ConnectorClient(NoAuth(), base_url="http://127.0.0.1:1")
    assert serialize_activity(client._serialize, copy.deepcopy(activity)) == client._serialize.body(
        copy.deepcopy(activity), "Activity")
