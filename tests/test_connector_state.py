"""bot/teams/state.py: dialog state stored exactly as jsonpickle stores it, without jsonpickle on every turn."""

from __future__ import annotations

import json
from datetime import date
from enum import Enum
from typing import Any

import jsonpickle
import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.teams.state import CODEC, FastConversationState, FastSqlStorage
from bot.teams.storage import SqlStorage
from store.db import make_sessionmaker
from store.state import SqlStateStore


class Colour(Enum):
    RED = "red"


def dialog_state() -> dict[str, Any]:
    inner = DialogState([DialogInstance("TextPrompt", {"options": {"prompt": "Hvad vil I måle?"}})])
    guided = {
        "data": {"draft": "abc", "choices": [{"id": 1, "label": "2026 – aftale 1"}], "coach": {"target": 15.0,
                 "multi_year": False, "attempts": {}, "given_up": [], "deadline": None}},
        "history": [{"question": {"key": "kind", "prompt": "Hvilken slags mål?"}}],
    }
    stack = [DialogInstance("GoalDialog", {"dialogs": inner, "guided": guided})]
    return {"DialogState": DialogState(stack), "Flags": {"group_welcomed": True}, "e_tag": "1"}


def jsonpickled(value: Any) -> Any:
    return json.loads(jsonpickle.encode(value, unpicklable=True, make_refs=False))


def test_the_codec_writes_what_jsonpickle_writes_and_reads_it_back() -> None:
    state = dialog_state()
    assert CODEC.encode(state) == jsonpickled(state)
    assert json.dumps(CODEC.encode(state)) == jsonpickle.encode(state, unpicklable=True, make_refs=False)
    back = CODEC.decode(jsonpickled(state))
    assert isinstance(back["DialogState"], DialogState)
    instance = back["DialogState"].dialog_stack[0]
    assert isinstance(instance, DialogInstance) and isinstance(instance.state["dialogs"], DialogState)
    assert jsonpickled(back) == jsonpickled(state)


@pytest.mark.parametrize("odd", [(1, 2), Colour.RED, date(2026, 1, 1), {1: "x"}, {"py/id": 1}, {"a": {2, 3}}])
def test_anything_else_is_left_to_jsonpickle(odd: Any) -> None:
    state = {"value": odd}
    assert CODEC.fingerprint(state).startswith("jsonpickle:")
    storage = FastSqlStorage(SqlStateStore(None))  # type: ignore[arg-type]
    encoded = storage._encode(state)
    assert encoded == {**jsonpickled(state), "e_tag": None}
    assert jsonpickled(storage._decode(encoded)) == jsonpickled({**state, "e_tag": None})


async def test_rows_are_interchangeable_with_sql_storage(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    old, new = SqlStorage(store), FastSqlStorage(store)
    await old.write({"a": dialog_state()})
    read = (await new.read(["a"]))["a"]
    assert isinstance(read["DialogState"], DialogState) and read["Flags"] == {"group_welcomed": True}
    read["Flags"]["more"] = 1
    await new.write({"a": read})
    again = (await old.read(["a"]))["a"]
    assert again["Flags"] == {"group_welcomed": True, "more": 1}
    assert jsonpickled(again["DialogState"]) == jsonpickled(dialog_state()["DialogState"])
    with pytest.raises(Exception, match="Etag conflict"):
        await new.write({"a": read})  # stale ETag, as with SqlStorage


async def test_conversation_state_saves_only_what_changed(engine: AsyncEngine) -> None:
    writes: list[str] = []

    class Counting(FastSqlStorage):
        async def write(self, changes: dict[str, Any]) -> None:
            writes.extend(changes)
            await super().write(changes)

    state = FastConversationState(Counting(SqlStateStore(make_sessionmaker(engine))))
    flags = state.create_property("Flags")
    adapter = TestAdapter()

    async def turn(change: bool) -> None:
        activity = Activity(type="message", text="hej", channel_id="msteams", service_url="http://127.0.0.1:1/",
                            conversation=ConversationAccount(id="c1"), from_property=ChannelAccount(id="u"),
                            recipient=ChannelAccount(id="b"))
        context = TurnContext(adapter, activity)
        value = await flags.get(context, dict)
        if change:
            value["n"] = value.get("n", 0) + 1
        await state.save_changes(context)

    await turn(change=True)
    await turn(change=False)
    await turn(change=True)
    assert len(writes) == 2
