"""The channel status job: schedule this month's channel jobs, and build a unit's card for a channel when due.

The card is the monthly status card as a reader sees it: no register form, no «Du får kortet som …», and no
buttons at all (in a shared conversation a «Min aftale» click would answer the clicker's own agreement there).
The runner sends to a `Person`; a channel is given as one whose `conversation_reference` is the channel's and
whose AAD id (the rate limiter's key) names the conversation, so no part of the runner or sender changes.
"""

from __future__ import annotations

from datetime import datetime

from agreements.agreement.shared_goals import shared_goals_of
from agreements.clock import local_today
from agreements.indicators.channel_ports import ChannelSubscription
from agreements.indicators.monthly import CHANNEL_JOB_KIND, shown_in_channels
from agreements.indicators.status_report import report_for
from agreements.types import Person
from bot.scheduled.jobs import Card, Delivery
from bot.scheduled.monthly_jobs import UowFactory
from bot.teams import channel_texts as texts
from cards.status import status_card
from cards.status_views import status_card_view
from store.jobs import Job


def channel_recipient(subscription: ChannelSubscription, unit_name: str) -> Person:
    """The channel as the runner's recipient: reached through the subscription's reference."""
    return Person(
        tenant_id=subscription.tenant_id,
        aad_object_id=f"channel:{subscription.conversation_id}",
        name=texts.RECIPIENT_NAME.format(unit=unit_name),
        conversation_reference=subscription.conversation_reference,
    )


def reader_card(card: Card) -> Card:
    """The card without its actions: what everyone in a channel may see and nothing to click."""
    return {key: value for key, value in card.items() if key != "actions"}


class ChannelStatusHandler:
    kind = CHANNEL_JOB_KIND

    def __init__(self, uow_factory: UowFactory) -> None:
        self._uow_factory = uow_factory

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        """The unit's card for the channel as of now; None if the subscription, the agreement or anything due is
        gone (stopped since it was scheduled, say)."""
        subscription_id = int(job.payload.get("subscription_id", 0))
        agreement_id = int(job.payload.get("agreement_id", 0))
        async with self._uow_factory() as uow:
            subscription = await uow.channel_subscriptions.get(job.tenant_id, subscription_id)
            if subscription is None:
                return None
            agreement = await uow.agreements.get(job.tenant_id, agreement_id)
            if agreement is None or agreement.unit_id != subscription.unit_id or not shown_in_channels(agreement):
                return None
            unit = await uow.units.get(job.tenant_id, agreement.unit_id)
            if unit is None:
                return None
            indicator_ids = [i.id for goal in agreement.goals for i in goal.indicators if i.id is not None]
            measurements = await uow.measurements.for_indicators(job.tenant_id, indicator_ids)
            report = await report_for(uow, agreement, unit.name, measurements, local_today(now), due_only=True)
            shared = await shared_goals_of(uow, agreement, local_today(now), in_channel=True)
        view = status_card_view(report, monthly=True, recipient_is_holder=None, can_register=False, shared=shared)
        if not report.lines and not view.shared_goals:
            return None  # nothing to follow up this month
        return Delivery(channel_recipient(subscription, unit.name), reader_card(status_card(view)))
