"""Conversation and user state without jsonpickle on every turn.

botbuilder's `BotState` flattens the whole state with jsonpickle to hash it when it is loaded, again to see whether
it changed, and once more after saving; `SqlStorage` encodes it with jsonpickle a fourth time and decodes it with
jsonpickle on reading. A dialog stack with its history makes that the largest single cost of a turn.

`StateCodec` writes exactly what jsonpickle writes (`{"py/object": "module.Class", ...attributes}`) for the shapes
dialog state has: JSON values, and the dialog stack's `DialogState`/`DialogInstance` objects. Anything else (a
tuple, an enum, a date, any other class, a non-string key, a `py/` key in the data) makes the codec step aside
and jsonpickle handle that item as before, so rows stay readable by either side.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

import jsonpickle
from botbuilder.core import BotState, ConversationState, Storage, StoreItem, TurnContext, UserState
from botbuilder.core.bot_state import CachedBotState
from botbuilder.dialogs import DialogInstance, DialogState
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.teams.storage import current_tenant
from store.state import ETAG_FIELD, SqlStateStore

OBJECT_TAG = "py/object"


class NotPlain(Exception):
    """The value holds something the codec leaves to jsonpickle."""


class StateCodec:
    def __init__(self, classes: tuple[type[Any], ...] = (DialogState, DialogInstance)) -> None:
        self._names = {cls: f"{cls.__module__}.{cls.__qualname__}" for cls in classes}
        self._classes = {name: cls for cls, name in self._names.items()}

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind is str or kind is int or kind is float or kind is bool or value is None:
            return value
        if kind is dict:
            out: dict[str, Any] = {}
            for key, item in value.items():
                if type(key) is not str or key.startswith("py/"):
                    raise NotPlain(key)
                out[key] = self.encode(item)
            return out
        if kind is list:
            return [self.encode(item) for item in value]
        name = self._names.get(kind)
        if name is None:
            raise NotPlain(kind)
        encoded: dict[str, Any] = {OBJECT_TAG: name}
        for key, item in vars(value).items():
            encoded[key] = self.encode(item)
        return encoded

    def decode(self, data: Any) -> Any:
        kind = type(data)
        if kind is dict:
            name = data.get(OBJECT_TAG)
            if name is not None:
                cls = self._classes.get(name)
                if cls is None:
                    raise NotPlain(name)
                obj = object.__new__(cls)
                for key, item in data.items():
                    if key != OBJECT_TAG:
                        if key.startswith("py/"):
                            raise NotPlain(key)
                        setattr(obj, key, self.decode(item))
                return obj
            out: dict[str, Any] = {}
            for key, item in data.items():
                if key.startswith("py/"):
                    raise NotPlain(key)
                out[key] = self.decode(item)
            return out
        if kind is list:
            return [self.decode(item) for item in data]
        return data

    def fingerprint(self, value: Any) -> str:
        """The encoded state as text."""
        try:
            return json.dumps(self.encode(value), ensure_ascii=False, separators=(",", ":"))
        except NotPlain:
            return "jsonpickle:" + str(jsonpickle.encode(value, unpicklable=True, make_refs=False))

    def snapshot(self, value: Any) -> Any:
        """What `CachedBotState` compares to see a change: the encoded state itself (fresh containers, compared
        with ==), or jsonpickle's text for what the codec leaves to jsonpickle."""
        try:
            return self.encode(value)
        except NotPlain:
            return "jsonpickle:" + str(jsonpickle.encode(value, unpicklable=True, make_refs=False))


CODEC = StateCodec()

TurnConnection = Callable[[], Awaitable[AsyncConnection]]
# The connection of the turn's unit of work (`AsyncSession.connection`), while a turn runs: state is then read and
# written in the turn's transaction, with no connection or commit of its own (bot/teams/handler.py sets it).
turn_connection: ContextVar[TurnConnection | None] = ContextVar("turn_connection", default=None)


async def _turn_connection() -> AsyncConnection | None:
    connect = turn_connection.get()
    return await connect() if connect is not None else None


class Encoded(dict[str, Any]):
    """A state `StateCodec.encode` has already encoded, with its e_tag: `FastSqlStorage.write` stores it as it is."""


class FastSqlStorage(Storage):  # type: ignore[misc]
    """`bot.teams.storage.SqlStorage` with `StateCodec` in front of jsonpickle (same rows, same ETag rules)."""

    def __init__(self, store: SqlStateStore, codec: StateCodec = CODEC) -> None:
        super().__init__()
        self._store = store
        self._codec = codec

    async def read(self, keys: list[str]) -> dict[str, Any]:
        if keys is None:
            raise TypeError("keys are required when reading")
        rows = await self._store.read(keys, connection=await _turn_connection())
        return {key: self._decode(data) for key, data in rows.items()}

    async def read_with_snapshots(self, keys: list[str]) -> dict[str, tuple[Any, Any]]:
        """Each item with its `StateCodec.snapshot`: for a row the codec reads, the row itself is that snapshot
        (encoding what was just decoded gives the row back), so nothing is encoded on loading."""
        rows = await self._store.read(keys, connection=await _turn_connection())
        out: dict[str, tuple[Any, Any]] = {}
        for key, data in rows.items():
            etag = data.get(ETAG_FIELD)
            body = {k: v for k, v in data.items() if k != ETAG_FIELD}
            try:
                item = self._codec.decode(body)
            except NotPlain:
                item = self._decode(data)
                out[key] = (item, self._codec.snapshot(item))
                continue
            if isinstance(item, dict):
                item[ETAG_FIELD] = etag
                out[key] = (item, {**body, ETAG_FIELD: etag})
            else:
                setattr(item, ETAG_FIELD, etag)
                out[key] = (item, self._codec.snapshot(item))
        return out

    async def write(self, changes: dict[str, StoreItem]) -> None:
        if changes is None:
            raise TypeError("changes are required when writing")
        connection = await _turn_connection()
        # In a turn, the state is the turn's last write: it can wait for the commit (see SqlStateStore.write).
        await self._store.write(
            {key: self._encode(item) for key, item in changes.items()}, tenant_id=current_tenant.get(),
            connection=connection, at_commit=connection is not None,
        )

    async def delete(self, keys: list[str]) -> None:
        await self._store.delete(keys)

    def _encode(self, item: Any) -> dict[str, Any]:
        if type(item) is Encoded:
            return item
        etag = item.get(ETAG_FIELD) if isinstance(item, dict) else getattr(item, ETAG_FIELD, None)
        try:
            flat = self._codec.encode(item)
        except NotPlain:
            flat = json.loads(jsonpickle.encode(item, unpicklable=True, make_refs=False))
        if not isinstance(flat, dict):
            flat = {"value": flat}
        flat[ETAG_FIELD] = etag
        return flat

    def _decode(self, data: dict[str, Any]) -> Any:
        etag = data.get(ETAG_FIELD)
        body = {k: v for k, v in data.items() if k != ETAG_FIELD}
        try:
            item = self._codec.decode(body)
        except NotPlain:
            item = jsonpickle.decode(json.dumps(body))
        if isinstance(item, dict):
            item[ETAG_FIELD] = etag
        else:
            setattr(item, ETAG_FIELD, etag)
        return item


class _FastCachedBotState(CachedBotState):  # type: ignore[misc]
    def compute_hash(self, obj: object) -> Any:
        return CODEC.snapshot(obj)

    @classmethod
    def loaded(cls, state: Any, snapshot: Any) -> _FastCachedBotState:
        cached = cls.__new__(cls)
        cached.state = state if state is not None else {}
        cached.hash = snapshot
        return cached


async def _load(state: ConversationState | UserState, turn_context: TurnContext, force: bool) -> None:
    # BotState.load, with the cheaper snapshot (taken from the row itself when the storage can).
    cached = state.get_cached_state(turn_context)
    if force or not cached or not cached.state:
        key = state.get_storage_key(turn_context)
        storage = state._storage
        if isinstance(storage, FastSqlStorage):
            found = (await storage.read_with_snapshots([key])).get(key)
            loaded = _FastCachedBotState.loaded(*found) if found is not None else _FastCachedBotState(None)
        else:
            items = await storage.read([key])
            loaded = _FastCachedBotState(items.get(key))
        turn_context.turn_state[state._context_service_key] = loaded


async def _save(state: ConversationState | UserState, turn_context: TurnContext, force: bool) -> None:
    # BotState.save_changes, encoding the state once: to compare, to write and as the new snapshot.
    cached = state.get_cached_state(turn_context)
    if cached is None:
        if force:
            await BotState.save_changes(state, turn_context, force)
        return
    snapshot = cached.compute_hash(cached.state)
    if not force and snapshot == cached.hash:
        return
    storage = state._storage
    key = state.get_storage_key(turn_context)
    if isinstance(storage, FastSqlStorage) and isinstance(snapshot, dict) and isinstance(cached.state, dict):
        await storage.write({key: Encoded({**snapshot, ETAG_FIELD: cached.state.get(ETAG_FIELD)})})
    else:
        await storage.write({key: cached.state})
    cached.hash = snapshot


class FastConversationState(ConversationState):  # type: ignore[misc]
    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        await _load(self, turn_context, force)

    async def save_changes(self, turn_context: TurnContext, force: bool = False) -> None:
        await _save(self, turn_context, force)


class FastUserState(UserState):  # type: ignore[misc]
    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        await _load(self, turn_context, force)

    async def save_changes(self, turn_context: TurnContext, force: bool = False) -> None:
        await _save(self, turn_context, force)
