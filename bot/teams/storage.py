"""botbuilder Storage on top of the SQL state store (ETag optimistic concurrency)."""

from __future__ import annotations

import json
from contextvars import ContextVar
from typing import Any

import jsonpickle
from botbuilder.core import Storage, StoreItem

from store.state import ETAG_FIELD, SqlStateStore

# The tenant of the turn being processed, so that every stored state row carries it.
current_tenant: ContextVar[str] = ContextVar("current_tenant", default="")


class SqlStorage(Storage):
    def __init__(self, store: SqlStateStore) -> None:
        super().__init__()
        self._store = store

    async def read(self, keys: list[str]) -> dict[str, Any]:
        if keys is None:
            raise TypeError("keys are required when reading")
        rows = await self._store.read(keys)
        return {key: _decode(data) for key, data in rows.items()}

    async def write(self, changes: dict[str, StoreItem]) -> None:
        if changes is None:
            raise TypeError("changes are required when writing")
        await self._store.write(
            {key: _encode(item) for key, item in changes.items()}, tenant_id=current_tenant.get()
        )

    async def delete(self, keys: list[str]) -> None:
        await self._store.delete(keys)


def _encode(item: Any) -> dict[str, Any]:
    etag = item.get(ETAG_FIELD) if isinstance(item, dict) else getattr(item, ETAG_FIELD, None)
    flat = json.loads(jsonpickle.encode(item, unpicklable=True, make_refs=False))
    if not isinstance(flat, dict):
        flat = {"value": flat}
    flat[ETAG_FIELD] = etag
    return flat


def _decode(data: dict[str, Any]) -> Any:
    etag = data.get(ETAG_FIELD)
    body = {k: v for k, v in data.items() if k != ETAG_FIELD}
    item = jsonpickle.decode(json.dumps(body))
    if isinstance(item, dict):
        item[ETAG_FIELD] = etag
    else:
        setattr(item, ETAG_FIELD, etag)
    return item
