"""The meeting jobs: the agenda reminder before a dialogue meeting, and an action point's deadline reminder."""

from __future__ import annotations

from datetime import datetime

from agreements.clock import local_today
from agreements.meeting_time import ACTION_DUE_JOB_KIND, REMINDER_JOB_KIND
from agreements.meetings import MeetingService
from bot import meeting_texts as texts
from bot.jobs import Delivery
from bot.monthly_jobs import UowFactory
from cards.agenda import agenda_card, agenda_view
from cards.meeting import action_points_card
from cards.meeting_views import action_points_view
from store.jobs import Job


class MeetingReminderHandler:
    """Sends the agenda to one participant N working days before the meeting; nothing once it has begun."""

    kind = REMINDER_JOB_KIND

    def __init__(self, uow_factory: UowFactory, meetings: MeetingService) -> None:
        self._uow_factory = uow_factory
        self._meetings = meetings

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        async with self._uow_factory() as uow:
            reminder = await self._meetings.reminder(uow, job.tenant_id, job.payload, now)
        if reminder is None:
            return None
        days = int(job.payload.get("days_before", 0)) or None
        view = agenda_view(reminder.agenda, can_write=reminder.can_write, days_before=days)
        return Delivery(reminder.person, agenda_card(view))


class ActionPointDueHandler:
    """Reminds an action point's owner on its deadline day, with their open tasks; nothing once it is closed."""

    kind = ACTION_DUE_JOB_KIND

    def __init__(self, uow_factory: UowFactory, meetings: MeetingService) -> None:
        self._uow_factory = uow_factory
        self._meetings = meetings

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        async with self._uow_factory() as uow:
            due = await self._meetings.action_point_reminder(uow, job.tenant_id, job.payload, now)
            if due is None:
                return None
            owner = await uow.people.get(job.tenant_id, due.action_point.owner_id)
            if owner is None:
                return None
            tasks = await self._meetings.open_action_points(uow, owner, now)
        tasks.sort(key=lambda t: t.action_point.id != due.action_point.id)  # the one due first
        notice = texts.ACTION_OVERDUE if due.overdue else texts.ACTION_DUE_TODAY
        card = action_points_card(action_points_view(tasks, owner, local_today(now), notice=notice))
        return Delivery(owner, card)
