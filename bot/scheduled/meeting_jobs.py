"""The meeting jobs: the agenda reminder before a dialogue meeting, an action point's deadline reminder, telling the
other participants that a meeting was planned (its agenda) or ended (its summary), and the Outlook event."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from agreements.clock import local_today
from agreements.dialogue.meeting_time import (
    ACTION_DUE_JOB_KIND,
    CALENDAR_JOB_KIND,
    NOTICE_JOB_KIND,
    REMINDER_JOB_KIND,
    format_meeting_time,
)
from agreements.dialogue.meetings import MeetingRefused, MeetingService, moved_since
from agreements.use_cases import committed
from bot.scheduled.jobs import Delivery
from bot.scheduled.monthly_jobs import UowFactory
from bot.teams import meeting_texts as texts
from bot.teams.graph import Attendee, GraphClient, GraphError
from cards.agenda import agenda_card, agenda_view
from cards.escape import fill
from cards.meeting import action_points_card, meeting_summary_card
from cards.meeting_views import action_points_view, summary_view
from store.jobs import Job

log = logging.getLogger(__name__)
RETRIED_GRAPH_STATUSES = frozenset({None, 429, 500, 502, 503, 504})  # None: Graph could not be reached


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


class MeetingNoticeHandler:
    """Tells one participant about a meeting another planned (the agenda) or ended (the summary)."""

    kind = NOTICE_JOB_KIND

    def __init__(self, uow_factory: UowFactory, meetings: MeetingService) -> None:
        self._uow_factory = uow_factory
        self._meetings = meetings

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        payload = job.payload
        meeting_id = int(payload.get("meeting_id", 0))
        async with self._uow_factory() as uow:
            person = await uow.people.get(job.tenant_id, int(payload.get("person_id", 0)))
            actor = await uow.people.get(job.tenant_id, int(payload.get("actor_id", 0)))
            meeting = await uow.meetings.get(job.tenant_id, meeting_id)
            if person is None or meeting is None:
                return None
            name = actor.name if actor else ""
            try:
                if payload.get("what") == "ended":
                    summary = await committed(  # audited as a read
                        uow, lambda uow: self._meetings.summary(uow, person, meeting_id, now))
                    card = meeting_summary_card(summary_view(summary, intro=fill(texts.SUMMARY_FOR_OTHER, name=name)))
                    return Delivery(person, card)
                if meeting.ended_at is not None or meeting.starts_at <= now or moved_since(payload, meeting):
                    return None  # too late to be news, or moved again since (that notice follows)
                agenda = await self._meetings.agenda(uow, person, meeting_id, now)
            except MeetingRefused:
                return None  # no longer a participant
        if payload.get("what") == "moved":
            notice = fill(texts.MOVED_FOR_OTHER, name=name,
                          when=format_meeting_time(meeting.starts_at, meeting.ends_at))
        else:
            notice = fill(texts.PLANNED_FOR_OTHER, name=name)
        return Delivery(person, agenda_card(agenda_view(agenda, notice=notice)))


class MeetingCalendarHandler:
    """Creates the meeting in the organiser's Outlook calendar with the other participants invited (Microsoft
    Graph, app-only). Graph unavailable: the runner retries. Graph refuses: the organiser is told, with the agenda."""

    kind = CALENDAR_JOB_KIND

    def __init__(self, uow_factory: UowFactory, meetings: MeetingService, graph: GraphClient | None) -> None:
        self._uow_factory = uow_factory
        self._meetings = meetings
        self._graph = graph

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        meeting_id = int(job.payload.get("meeting_id", 0))
        async with self._uow_factory() as uow:
            meeting = await uow.meetings.get(job.tenant_id, meeting_id)
            organiser = await uow.people.get(job.tenant_id, int(job.payload.get("person_id", 0)))
            if meeting is None or organiser is None or meeting.graph_event_id or meeting.ended_at is not None:
                return None
            others = [p for p in [await uow.people.get(job.tenant_id, i) for i in meeting.participant_ids]
                      if p is not None and p.id != organiser.id]
        if self._graph is None:
            log.warning("meeting %s: no Microsoft Graph in this process, no calendar event", meeting_id)
            return None
        try:
            event = await self._graph.create_event(
                organiser.aad_object_id, meeting.title, meeting.starts_at,
                meeting.ends_at or meeting.starts_at + timedelta(hours=1),
                [Attendee(p.email, p.name) for p in others if p.email], meeting.place,
            )
        except GraphError as error:
            if error.status in RETRIED_GRAPH_STATUSES:
                raise
            log.warning("meeting %s: Graph refused the calendar event (%s)", meeting_id, error.status)
            async with self._uow_factory() as uow:
                agenda = await self._meetings.agenda(uow, organiser, meeting_id, now)
            return Delivery(organiser, agenda_card(agenda_view(agenda, notice=texts.CALENDAR_FAILED,
                                                               notice_is_error=True)))
        async with self._uow_factory() as uow:
            await committed(
                uow, lambda uow: self._meetings.record_calendar_event(uow, organiser, meeting_id, event.id))
        return None
