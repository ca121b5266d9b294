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
from typing import Any

import jsonpickle
from botbuilder.core import ConversationState, Storage, StoreItem, TurnContext, UserState
from botbuilder.core.bot_state import CachedBotState
from botbuilder.dialogs import DialogInstance, DialogState

from bot.storage import current_tenant
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
        """What `CachedBotState` compares to see a change: the encoded state as text."""
        try:
            return json.dumps(self.encode(value), ensure_ascii=False, separators=(",", ":"))
        except NotPlain:
            return "jsonpickle:" + str(jsonpickle.encode(value, unpicklable=True, make_refs=False))


CODEC = StateCodec()


class FastSqlStorage(Storage):  # type: ignore[misc]
    """`bot.storage.SqlStorage` with `StateCodec` in front of jsonpickle (same rows, same ETag rules)."""

    def __init__(self, store: SqlStateStore, codec: StateCodec = CODEC) -> None:
        super().__init__()
        self._store = store
        self._codec = codec

    async def read(self, keys: list[str]) -> dict[str, Any]:
        if keys is None:
            raise TypeError("keys are required when reading")
        rows = await self._store.read(keys)
        return {key: self._decode(data) for key, data in rows.items()}

    async def write(self, changes: dict[str, StoreItem]) -> None:
        if changes is None:
            raise TypeError("changes are required when writing")
        await self._store.write(
            {key: self._encode(item) for key, item in changes.items()}, tenant_id=current_tenant.get()
        )

    async def delete(self, keys: list[str]) -> None:
        await self._store.delete(keys)

    def _encode(self, item: Any) -> dict[str, Any]:
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
    def compute_hash(self, obj: object) -> str:
        return CODEC.fingerprint(obj)


async def _load(state: ConversationState | UserState, turn_context: TurnContext, force: bool) -> None:
    # BotState.load, with the cheaper fingerprint.
    cached = state.get_cached_state(turn_context)
    if force or not cached or not cached.state:
        key = state.get_storage_key(turn_context)
        items = await state._storage.read([key])
        turn_context.turn_state[state._context_service_key] = _FastCachedBotState(items.get(key))


class FastConversationState(ConversationState):  # type: ignore[misc]
    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        await _load(self, turn_context, force)


class FastUserState(UserState):  # type: ignore[misc]
    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        await _load(self, turn_context, force)
