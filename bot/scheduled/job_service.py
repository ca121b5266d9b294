"""Jobs as a service: scheduling plus the runner, built from settings; used by `run-jobs` and inside `serve`."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agreements.clock import Clock, utc_now
from agreements.dialogue.meeting_time import ACTION_DUE_JOB_KIND, CALENDAR_JOB_KIND, NOTICE_JOB_KIND, REMINDER_JOB_KIND
from agreements.dialogue.meetings import MeetingService
from agreements.indicators.monthly import JOB_KIND, ScheduleOutcome, schedule_channel_status
from agreements.policy import Right
from agreements.ports import AppInstaller
from agreements.profiles import Profile
from agreements.reach import Reach
from agreements.types import Person
from agreements.use_cases import committed
from bot.routes import RouteTable
from bot.scheduled.annual_jobs import (
    DeadlineReminderHandler,
    DeadlineSummaryHandler,
    DeadlineUpcomingHandler,
    schedule_deadlines,
)
from bot.scheduled.channel_jobs import ChannelStatusHandler
from bot.scheduled.jobs import JobHandler, JobRunner, Reacher, RunStats, Sender
from bot.scheduled.meeting_jobs import (
    ActionPointDueHandler,
    MeetingCalendarHandler,
    MeetingNoticeHandler,
    MeetingReminderHandler,
)
from bot.scheduled.message_jobs import PutOffMessageHandler
from bot.scheduled.monthly_jobs import MonthlyStatusHandler, schedule_month
from bot.scheduled.rate_limit import SendLimiter, Sleep, slot_interval
from bot.settings import Settings
from bot.teams.graph import GraphClient
from bot.web.metrics import Metrics, WaitCounter
from store.jobs import JobStore
from store.send_rate import SharedSendRate
from store.uow import uow_factory

log = logging.getLogger(__name__)
SCHEDULE_EVERY = 15 * 60.0  # seconds between scheduling passes inside `serve`
PURGE_EVERY = 24 * 3600.0  # seconds between retention passes (meeting notes) inside `serve`


@dataclass
class JobService:
    runner: JobRunner
    schedule: Callable[[], Awaitable[ScheduleOutcome]]
    poll: float = 30.0
    purge: Callable[[], Awaitable[object]] | None = None  # the daily retention pass (bot.commandline.person_cli)
    rate_limit_waits: WaitCounter | None = None
    org_sync: Callable[[], Awaitable[object]] | None = None  # the daily organisation sync from Graph

    def attach_metrics(self, metrics: Metrics) -> None:
        """Reports jobs, the runner's heartbeat and rate-limit waits to the app's metrics."""
        self.runner.metrics = metrics
        if self.rate_limit_waits is not None:
            self.rate_limit_waits.sink = metrics.rate_limit_wait

    async def _purge(self) -> None:
        assert self.purge is not None
        try:
            await self.purge()
        except Exception:  # the next day's pass tries again; sending must go on
            log.exception("the retention pass for meeting notes failed")

    async def _org_sync(self) -> None:
        assert self.org_sync is not None
        try:
            await self.org_sync()
        except Exception:  # the next day's sync tries again; sending must go on
            log.exception("the organisation sync from Microsoft Graph failed")

    async def run_once(self, *, wait: float = 60.0, schedule: bool = True) -> tuple[ScheduleOutcome | None, RunStats]:
        """Schedules this month's status (optional), sends what is due, waits for retries due within `wait`."""
        outcome = await self.schedule() if schedule else None
        return outcome, await self.runner.run_until_idle(wait)

    async def serve(self, stop: asyncio.Event) -> None:
        last = -SCHEDULE_EVERY
        last_purge = -PURGE_EVERY

        async def maybe_schedule() -> None:
            nonlocal last, last_purge
            if time.monotonic() - last >= SCHEDULE_EVERY:
                last = time.monotonic()
                await self.schedule()
            if time.monotonic() - last_purge >= PURGE_EVERY:
                last_purge = time.monotonic()
                if self.purge is not None:
                    await self._purge()
                if self.org_sync is not None:
                    await self._org_sync()

        await self.runner.serve(stop, poll=self.poll, before_pass=maybe_schedule)


def job_routes(
    uows: Callable[[], Any], profile: Profile, meetings: MeetingService, graph: GraphClient | None
) -> RouteTable[JobHandler]:
    """Every job kind with its handler and the right the handler checks for its recipient (agreements.policy)."""
    table: RouteTable[JobHandler] = RouteTable("job")
    table.add(JOB_KIND, MonthlyStatusHandler(uows), right=Right.RECEIVE_STATUS)
    table.add(ChannelStatusHandler.kind, ChannelStatusHandler(uows), right=Right.CHANNEL_STATUS)
    table.add(DeadlineReminderHandler.kind, DeadlineReminderHandler(uows, profile), right=Right.RECEIVE_STATUS)
    table.add(DeadlineUpcomingHandler.kind, DeadlineUpcomingHandler(uows, profile), right=Right.RECEIVE_STATUS)
    table.add(DeadlineSummaryHandler.kind, DeadlineSummaryHandler(uows, profile), right=Right.OVERVIEW)
    table.add(REMINDER_JOB_KIND, MeetingReminderHandler(uows, meetings), right=Right.RECEIVE_MEETING)
    table.add(ACTION_DUE_JOB_KIND, ActionPointDueHandler(uows, meetings), right=Right.CLOSE_ACTION_POINT)
    table.add(NOTICE_JOB_KIND, MeetingNoticeHandler(uows, meetings), right=Right.RECEIVE_MEETING)
    table.add(CALENDAR_JOB_KIND, MeetingCalendarHandler(uows, meetings, graph), right=Right.PLAN_MEETING)
    # A message a use case wrote to the person, put off until they could be reached (agreements.reach).
    table.add(PutOffMessageHandler.kind, PutOffMessageHandler(uows), right=Right.OWN_DATA)
    return table


def reacher(uows: Callable[[], Any], installer: AppInstaller, clock: Clock) -> Reacher:
    """The runner's way to reach a recipient the bot has no conversation with: the app installed for them once
    (agreements.reach; committed there). Returns the person with the installation's conversation when there is
    one; as it was otherwise (the runner then puts their card off). Never raises."""
    reach = Reach(None, installer, clock)

    async def reach_person(person: Person) -> Person:
        try:
            async with uows() as uow:
                reached = await reach.conversation(uow, person)
        except Exception:
            log.warning("could not make person %s reachable; their card is put off", person.id, exc_info=True)
            return person
        return replace(person, conversation_reference=reached.conversation) if reached.conversation else person

    return reach_person


def shared_send_rate(settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]) -> SharedSendRate | None:
    """The installation's send rate in PostgreSQL, unless the rate is per process or the database is SQLite."""
    bind = sessionmaker.kw.get("bind")
    if settings.send_rate_scope != "installation" or bind is None or bind.dialect.name != "postgresql":
        return None
    return SharedSendRate(sessionmaker, slot_interval(settings.send_rate))


def build_job_service(
    settings: Settings,
    profile: Profile,
    sessionmaker: async_sessionmaker[AsyncSession],
    send: Sender,
    *,
    clock: Clock = utc_now,
    sleep: Sleep = asyncio.sleep,
    worker_id: str | None = None,
    graph: GraphClient | None = None,
    installer: AppInstaller | None = None,
) -> JobService:
    """`graph`: Microsoft Graph for the meetings' Outlook events (None: not configured). `installer`: how the app
    is installed for a recipient who never opened it (None: their cards wait until they do)."""
    uows = uow_factory(sessionmaker)
    meetings = MeetingService(profile)
    runner_options: dict[str, Any] = {"worker_id": worker_id} if worker_id else {}
    waits = WaitCounter(sleep)  # counts rate-limit waits once metrics are attached
    runner = JobRunner(
        store=JobStore(sessionmaker),
        handlers=job_routes(uows, profile, meetings, graph).targets(),
        send=send,
        limiter=SendLimiter(settings.send_rate, sleep=waits, shared=shared_send_rate(settings, sessionmaker)),
        clock=clock,
        sleep=sleep,
        lock_for=timedelta(seconds=settings.job_lock_seconds),
        concurrency=settings.job_concurrency,
        max_attempts=settings.job_max_attempts,
        reach=reacher(uows, installer, clock) if installer is not None else None,
        **runner_options,
    )

    async def schedule() -> ScheduleOutcome:
        outcome = await schedule_month(
            uows, clock(), working_day_number=profile.monthly_status_working_day, hour=settings.status_hour,
            closing_days=profile.closing_days,
        )
        await schedule_month(  # the same status for the channels subscribed to a unit
            uows, clock(), working_day_number=profile.monthly_status_working_day, hour=settings.status_hour,
            schedule=schedule_channel_status, closing_days=profile.closing_days,
        )
        await schedule_deadlines(uows, profile, clock(), hour=settings.status_hour)  # the annual cycle's reminders
        return outcome

    async def purge() -> object:
        from bot.commandline.person_cli import purge_expired_notes

        return await purge_expired_notes(sessionmaker, profile, clock())

    async def org_sync() -> object:
        from agreements.municipality.organisation_sync import sync_organisation

        assert graph is not None
        members = await graph.organisation_members()
        async with uows() as uow:
            outcome = await committed(uow, lambda uow: sync_organisation(uow, settings.app_tenant_id, members))
        log.info("organisation sync: %s", outcome.text())
        return outcome

    return JobService(runner=runner, schedule=schedule, poll=settings.job_poll_seconds, purge=purge,
                      rate_limit_waits=waits,
                      org_sync=org_sync if graph is not None and settings.graph_org_sync else None)
