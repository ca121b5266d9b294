"""Key/value state with ETag optimistic concurrency, backing the bot's conversation and user state.

Framework-free: bot/ adapts it to botbuilder's Storage interface. The error text contains
"Etag conflict" because botbuilder recognises write conflicts by that text.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from store.db import dialect_insert
from store.models import BotStateRow

ETAG_FIELD = "e_tag"


class EtagConflictError(KeyError):
    def __init__(self, key: str, expected: str, current: str | None) -> None:
        super().__init__(f"Etag conflict on {key!r}: expected {expected}, current {current}")
        self.key = key

    def __str__(self) -> str:
        return str(self.args[0])


class SqlStateStore:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker

    async def read(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = list(keys)
        if not wanted:
            return {}
        async with self._sessionmaker() as session:
            rows = await session.scalars(select(BotStateRow).where(BotStateRow.key.in_(wanted)))
            return {row.key: {**row.data, ETAG_FIELD: row.etag} for row in rows}

    async def write(self, changes: Mapping[str, Mapping[str, Any]], *, tenant_id: str = "") -> None:
        """Writes all changes in one transaction; any stale ETag aborts the whole write."""
        if not changes:
            return
        async with self._sessionmaker() as session, session.begin():
            for key, item in changes.items():
                await self._write_one(session, key, item, tenant_id)

    async def delete(self, keys: Iterable[str]) -> None:
        wanted = list(keys)
        if not wanted:
            return
        async with self._sessionmaker() as session, session.begin():
            await session.execute(delete(BotStateRow).where(BotStateRow.key.in_(wanted)))

    async def _write_one(
        self, session: AsyncSession, key: str, item: Mapping[str, Any], tenant_id: str
    ) -> None:
        expected = item.get(ETAG_FIELD)
        if expected == "":
            raise ValueError("an empty ETag is not allowed")
        data = {k: v for k, v in item.items() if k != ETAG_FIELD}
        new_etag = uuid.uuid4().hex
        values = {"data": data, "etag": new_etag, "tenant_id": tenant_id}

        if expected is None or expected == "*":
            await session.execute(self._upsert(session, key, values))
            return
        # Conditional update: the row lock makes a concurrent writer with the same ETag match nothing.
        result = await session.execute(
            update(BotStateRow)
            .where(BotStateRow.key == key, BotStateRow.etag == expected)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            return
        current = await session.scalar(select(BotStateRow.etag).where(BotStateRow.key == key))
        if current is not None:
            raise EtagConflictError(key, str(expected), current)
        inserted = await session.execute(self._insert_if_absent(session, key, values))
        if inserted.rowcount != 1:  # type: ignore[attr-defined]
            raise EtagConflictError(key, str(expected), "written concurrently")

    def _upsert(self, session: AsyncSession, key: str, values: dict[str, Any]) -> Any:
        stmt = dialect_insert(session)(BotStateRow).values(key=key, **values)
        return stmt.on_conflict_do_update(index_elements=["key"], set_=values)

    def _insert_if_absent(self, session: AsyncSession, key: str, values: dict[str, Any]) -> Any:
        stmt = dialect_insert(session)(BotStateRow).values(key=key, **values)
        return stmt.on_conflict_do_nothing(index_elements=["key"])


__all__ = ["ETAG_FIELD", "EtagConflictError", "SqlStateStore"]
