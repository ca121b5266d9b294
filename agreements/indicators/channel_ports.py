"""Channel subscriptions to a unit's monthly status: the record, and the port the store implements for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from agreements.ports import UnitOfWork


@dataclass(slots=True)
class ChannelSubscription:
    """A team channel (or group chat) that gets the unit's monthly status card.

    `conversation_id` is the conversation the card is posted to (a channel's, without any «;messageid=…» of the
    thread the command was written in); `conversation_reference` is the Bot Framework reference to reach it, with
    no user in it. One subscription per (tenant, unit, conversation)."""

    tenant_id: str
    unit_id: int
    conversation_id: str
    conversation_type: str  # "channel" or "groupChat"
    conversation_reference: dict[str, Any] = field(default_factory=dict)
    subscribed_by: int | None = None
    created_at: datetime | None = None
    id: int | None = None


class ChannelSubscriptionRepository(Protocol):
    async def add(self, subscription: ChannelSubscription) -> tuple[ChannelSubscription, bool]:
        """Stores the subscription unless (tenant, unit, conversation) has one; returns the stored one and whether
        it was added now (race-safe: two at once add one)."""
        ...

    async def remove(self, tenant_id: str, unit_id: int, conversation_id: str) -> bool:
        """Deletes the unit's subscription of the conversation; True if there was one."""
        ...

    async def get(self, tenant_id: str, subscription_id: int) -> ChannelSubscription | None: ...

    async def for_conversation(self, tenant_id: str, conversation_id: str) -> list[ChannelSubscription]:
        """Oldest first."""
        ...

    async def for_tenant(self, tenant_id: str) -> list[ChannelSubscription]:
        """Every subscription of the tenant, oldest first (for the monthly scheduling)."""
        ...


class ChannelUnitOfWork(UnitOfWork, Protocol):
    channel_subscriptions: ChannelSubscriptionRepository
