"""SQLAlchemy implementation of agreements.indicators.channel_ports.ChannelSubscriptionRepository.

Times are stored in UTC and come back as aware UTC times (SQLite keeps no offset).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from agreements.indicators.channel_ports import ChannelSubscription
from store.db import dialect_insert
from store.models import ChannelSubscriptionRow


def subscription_from_row(row: ChannelSubscriptionRow) -> ChannelSubscription:
    created = row.created_at
    if created is not None:
        created = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
    return ChannelSubscription(
        id=row.id,
        tenant_id=row.tenant_id,
        unit_id=row.unit_id,
        conversation_id=row.conversation_id,
        conversation_type=row.conversation_type,
        conversation_reference=dict(row.conversation_reference or {}),
        subscribed_by=row.subscribed_by,
        created_at=created,
    )


class SqlChannelSubscriptionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, subscription: ChannelSubscription) -> tuple[ChannelSubscription, bool]:
        values: dict[str, Any] = {
            "tenant_id": subscription.tenant_id,
            "unit_id": subscription.unit_id,
            "conversation_id": subscription.conversation_id,
            "conversation_type": subscription.conversation_type,
            "conversation_reference": subscription.conversation_reference,
            "subscribed_by": subscription.subscribed_by,
        }
        if subscription.created_at is not None:
            values["created_at"] = _to_db(subscription.created_at)
        insert = dialect_insert(self._session)
        result = await self._session.execute(
            insert(ChannelSubscriptionRow).values(values)
            .on_conflict_do_nothing(index_elements=["tenant_id", "unit_id", "conversation_id"])
        )
        added = bool(getattr(result, "rowcount", 0))
        row = await self._session.scalar(select(ChannelSubscriptionRow).where(
            ChannelSubscriptionRow.tenant_id == subscription.tenant_id,
            ChannelSubscriptionRow.unit_id == subscription.unit_id,
            ChannelSubscriptionRow.conversation_id == subscription.conversation_id,
        ))
        assert row is not None
        return subscription_from_row(row), added

    async def remove(self, tenant_id: str, unit_id: int, conversation_id: str) -> bool:
        result = await self._session.execute(delete(ChannelSubscriptionRow).where(
            ChannelSubscriptionRow.tenant_id == tenant_id,
            ChannelSubscriptionRow.unit_id == unit_id,
            ChannelSubscriptionRow.conversation_id == conversation_id,
        ))
        return bool(getattr(result, "rowcount", 0))

    async def get(self, tenant_id: str, subscription_id: int) -> ChannelSubscription | None:
        row = await self._session.scalar(select(ChannelSubscriptionRow).where(
            ChannelSubscriptionRow.tenant_id == tenant_id, ChannelSubscriptionRow.id == subscription_id))
        return subscription_from_row(row) if row is not None else None

    async def for_conversation(self, tenant_id: str, conversation_id: str) -> list[ChannelSubscription]:
        rows = await self._session.scalars(select(ChannelSubscriptionRow).where(
            ChannelSubscriptionRow.tenant_id == tenant_id, ChannelSubscriptionRow.conversation_id == conversation_id,
        ).order_by(ChannelSubscriptionRow.id))
        return [subscription_from_row(r) for r in rows]

    async def for_tenant(self, tenant_id: str) -> list[ChannelSubscription]:
        rows = await self._session.scalars(select(ChannelSubscriptionRow).where(
            ChannelSubscriptionRow.tenant_id == tenant_id).order_by(ChannelSubscriptionRow.id))
        return [subscription_from_row(r) for r in rows]


def _to_db(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return moment.astimezone(UTC)
