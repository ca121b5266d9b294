"""The monthly status job: schedule this month's jobs, and build one person's card when a job is due."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from agreements.agreement.shared_goals import shared_goals_of
from agreements.clock import local_today
from agreements.cycle.workdays import DEFAULT_CLOSING_DAYS, ClosingDays
from agreements.indicators.monthly import JOB_KIND, ScheduleOutcome, schedule_monthly_status
from agreements.indicators.status_report import report_for
from agreements.profiles import BUDGET_QUESTION
from agreements.use_cases import committed, may_register, receives_monthly_status
from bot.scheduled.jobs import Delivery
from cards.budget import with_budget_question
from cards.status import status_card
from cards.status_views import status_card_view
from store.jobs import Job

UowFactory = Callable[[], Any]  # an async context manager giving a SqlUnitOfWork


async def schedule_month(
    uow_factory: UowFactory, now: datetime, *, working_day_number: int, hour: int,
    schedule: Callable[..., Awaitable[ScheduleOutcome]] = schedule_monthly_status,
    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS,
) -> ScheduleOutcome:
    """Enqueues this month's status jobs (idempotent; `schedule`: the people's, or the channels') and commits."""
    async with uow_factory() as uow:
        outcome = await committed(uow, lambda uow: schedule(
            uow, uow.jobs, local_today(now), working_day_number=working_day_number, hour=hour,
            closing_days=closing_days))
    return outcome


class MonthlyStatusHandler:
    kind = JOB_KIND

    def __init__(self, uow_factory: UowFactory) -> None:
        self._uow_factory = uow_factory

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        """The recipient's card as of now; None if the agreement, person or anything due is gone."""
        agreement_id = int(job.payload.get("agreement_id", 0))
        person_id = int(job.payload.get("person_id", 0))
        async with self._uow_factory() as uow:
            agreement = await uow.agreements.get(job.tenant_id, agreement_id)
            if agreement is None or not receives_monthly_status(person_id, agreement):
                return None
            person = await uow.people.get(job.tenant_id, person_id)
            unit = await uow.units.get(job.tenant_id, agreement.unit_id)
            if person is None or unit is None:
                return None
            indicator_ids = [i.id for goal in agreement.goals for i in goal.indicators if i.id is not None]
            measurements = await uow.measurements.for_indicators(job.tenant_id, indicator_ids)
            report = await report_for(uow, agreement, unit.name, measurements, local_today(now), due_only=True)
            shared = await shared_goals_of(uow, agreement, local_today(now))
        is_holder = person_id == agreement.holder_id
        view = status_card_view(report, monthly=True, recipient_is_holder=is_holder,
                                can_register=may_register(person, agreement), shared=shared)
        if not report.lines and not view.shared_goals:
            return None  # nothing to follow up this month (only quarterly or yearly indicators, not due)
        return Delivery(person, with_budget_question(status_card(view), BUDGET_QUESTION))  # R8
