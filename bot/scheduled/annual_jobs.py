"""The annual cycle's jobs (agreements.cycle.annual_cycle): schedule the deadline reminders, and build each card when
due.

Each handler judges again as of the moment it runs: a person who has caught up since the job was scheduled gets
nothing (the job completes without a send), and the coordinator's summary lists only who is still behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from agreements.clock import local_today
from agreements.cycle.annual_cycle import (
    REMINDER_HOUR,
    REMINDER_JOB_KIND,
    SUMMARY_JOB_KIND,
    UPCOMING_JOB_KIND,
    CycleState,
    DeadlineScheduleOutcome,
    load_cycle,
    schedule_deadline_reminders,
)
from agreements.profiles import BUDGET_QUESTION, Profile
from agreements.types import Person
from agreements.use_cases import committed, receives_deadline_summary
from bot.scheduled.jobs import Delivery
from cards.overview import deadline_reminder_card, deadline_summary_card
from cards.overview_views import reminder_view, summary_view, upcoming_view
from store.jobs import Job

UowFactory = Callable[[], Any]  # an async context manager giving a SqlUnitOfWork


async def schedule_deadlines(
    uow_factory: UowFactory, profile: Profile, now: datetime, *, hour: int = REMINDER_HOUR
) -> DeadlineScheduleOutcome:
    """Enqueues the reminders and summaries of deadlines just passed (idempotent) and commits."""
    async with uow_factory() as uow:
        outcome = await committed(uow, lambda uow: schedule_deadline_reminders(uow, uow.jobs, profile, now, hour=hour))
    return outcome


def _job_fields(job: Job) -> tuple[int, str, int] | None:
    try:
        return int(job.payload["year"]), str(job.payload["deadline"]), int(job.payload["person_id"])
    except (KeyError, TypeError, ValueError):
        return None


class _DeadlineHandler:
    kind = ""

    def __init__(self, uow_factory: UowFactory, profile: Profile) -> None:
        self._uow_factory = uow_factory
        self._profile = profile

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        fields = _job_fields(job)
        if fields is None:
            return None
        year, key, person_id = fields
        async with self._uow_factory() as uow:
            person = await uow.people.get(job.tenant_id, person_id)
            if person is None:
                return None
            state = await load_cycle(uow, job.tenant_id, year, self._profile)
            names = {p.id: p.name for p in await uow.people.list(job.tenant_id) if p.id is not None}
        return self._delivery(person, state, key, now, names, job)

    def _delivery(self, person: Person, state: CycleState, key: str, now: datetime,
                  names: dict[int, str], job: Job) -> Delivery | None:
        raise NotImplementedError


class DeadlineUpcomingHandler(_DeadlineHandler):
    """One person's reminder before a deadline of what is still missing (a budget follow-up: the R8 question);
    None once nothing is missing or the deadline's day has come."""

    kind = UPCOMING_JOB_KIND

    def _delivery(self, person: Person, state: CycleState, key: str, now: datetime,
                  names: dict[int, str], job: Job) -> Delivery | None:
        deadline = state.deadline(key)
        if deadline is None:
            return None
        mine = [b for b in state.upcoming(now, key) if b.responsible_id == person.id]
        if not mine:
            return None
        try:
            days = int(job.payload.get("days_before", 0))
        except (TypeError, ValueError):
            return None
        view = upcoming_view(deadline, mine, days, local_today(now), BUDGET_QUESTION)
        return Delivery(person, deadline_reminder_card(view))


class DeadlineReminderHandler(_DeadlineHandler):
    """One person's reminder of what they are behind with at one deadline; None once they have caught up."""

    kind = REMINDER_JOB_KIND

    def _delivery(self, person: Person, state: CycleState, key: str, now: datetime,
                  names: dict[int, str], job: Job) -> Delivery | None:
        deadline = state.deadline(key)
        if deadline is None:
            return None
        mine = [b for b in state.behind(now, key) if b.responsible_id == person.id]
        if not mine:
            return None
        return Delivery(person, deadline_reminder_card(reminder_view(deadline, mine, local_today(now))))


class DeadlineSummaryHandler(_DeadlineHandler):
    """A coordinator's summary of who is behind one deadline; None when nobody is (any more)."""

    kind = SUMMARY_JOB_KIND

    def _delivery(self, person: Person, state: CycleState, key: str, now: datetime,
                  names: dict[int, str], job: Job) -> Delivery | None:
        deadline = state.deadline(key)
        if deadline is None or not receives_deadline_summary(person):
            return None
        behind = state.behind(now, key)
        if not behind:
            return None
        return Delivery(person, deadline_summary_card(summary_view(deadline, behind, names)))
