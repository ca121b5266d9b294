"""The monthly status: due on the profile's working day at the configured hour (Danish holidays), one job per
agreement, recipient and month."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.cycle.workdays import is_working_day
from agreements.demo import GIVER, HOLDER, TENANT_ID, DemoLoader
from agreements.indicators.monthly import (
    EXPIRES_AFTER,
    JOB_KIND,
    recipients,
    reporting_year,
    schedule_monthly_status,
    status_due_at,
    working_day,
)
from agreements.types import Agreement, AgreementLevel
from store.db import make_sessionmaker
from store.jobs import JobStore
from store.uow import SqlUnitOfWork
from tests.support.jobs_db import TENANT, seed_agreements


@pytest.mark.parametrize(
    ("year", "month", "number", "expected"),
    [
        (2026, 11, 5, date(2026, 11, 6)),  # Mon 2 … Fri 6
        (2026, 1, 5, date(2026, 1, 8)),  # 1 January is nytårsdag
        (2026, 4, 5, date(2026, 4, 10)),  # skærtorsdag, langfredag and 2. påskedag fall in the first week
        (2023, 5, 5, date(2023, 5, 8)),  # store bededag, 5 May 2023
        (2024, 4, 20, date(2024, 4, 29)),  # … abolished from 2024: 26 April 2024 is a working day
        (2026, 11, 1, date(2026, 11, 2)),  # 1 November 2026 is a Sunday
        (2026, 2, 40, date(2026, 2, 27)),  # more than the month has: its last working day
    ],
)
def test_working_day(year: int, month: int, number: int, expected: date) -> None:
    assert working_day(year, month, number) == expected


def test_holidays_and_weekends_are_not_working_days() -> None:
    assert not is_working_day(date(2026, 12, 25)) and not is_working_day(date(2026, 12, 26))
    assert not is_working_day(date(2026, 5, 14))  # Kristi himmelfartsdag
    assert not is_working_day(date(2026, 11, 28))  # a Saturday
    assert is_working_day(date(2026, 11, 24))


def test_due_time_is_copenhagen_local_across_daylight_saving() -> None:
    assert status_due_at(2026, 11, 5, 8).astimezone(UTC) == datetime(2026, 11, 6, 7, 0, tzinfo=UTC)  # CET
    # CEST; the 5th working day of June 2026 is Monday 8 June, as Grundlovsdag (Friday 5 June) is a closing day.
    assert status_due_at(2026, 6, 5, 8).astimezone(UTC) == datetime(2026, 6, 8, 6, 0, tzinfo=UTC)
    assert status_due_at(2026, 11, 3, 14).astimezone(UTC) == datetime(2026, 11, 4, 13, 0, tzinfo=UTC)


def test_january_reports_on_last_years_agreement() -> None:
    assert reporting_year(date(2027, 1, 10)) == 2026
    assert reporting_year(date(2026, 11, 24)) == 2026


async def test_one_job_per_agreement_recipient_and_month(engine: AsyncEngine) -> None:
    await seed_agreements(engine, 3)
    sessions = make_sessionmaker(engine)
    async with SqlUnitOfWork(sessions) as uow:
        outcome = await schedule_monthly_status(uow, uow.jobs, date(2026, 11, 24), working_day_number=5, hour=8)
        await uow.commit()
    assert (outcome.month, outcome.enqueued, outcome.already, outcome.agreements) == ("2026-11", 6, 0, 3)
    assert outcome.due_at.astimezone(UTC) == datetime(2026, 11, 6, 7, 0, tzinfo=UTC)
    job = await JobStore(sessions).get("monthly:1:2026-11:1")
    assert job is not None and job.kind == JOB_KIND and job.tenant_id == TENANT
    assert job.payload == {"agreement_id": 1, "person_id": 1, "month": "2026-11"}
    assert job.expires_at == outcome.due_at + EXPIRES_AFTER
    async with SqlUnitOfWork(sessions) as uow:
        again = await schedule_monthly_status(uow, uow.jobs, date(2026, 11, 25))
        december = await schedule_monthly_status(uow, uow.jobs, date(2026, 12, 1))
        await uow.commit()
    assert (again.enqueued, again.already) == (0, 6)
    assert december.enqueued == 6 and december.month == "2026-12"


async def test_a_draft_agreement_is_followed_up_too(engine: AsyncEngine) -> None:
    sessions = make_sessionmaker(engine)
    async with SqlUnitOfWork(sessions) as uow:
        result = await DemoLoader().load(uow, date(2026, 11, 24))
        await uow.commit()
    async with SqlUnitOfWork(sessions) as uow:
        outcome = await schedule_monthly_status(uow, uow.jobs, date(2026, 11, 24), tenant_ids=[TENANT_ID])
        await uow.commit()
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
    assert holder is not None and giver is not None
    assert outcome.enqueued == 2  # the demo agreement is a draft, and still followed up
    store = JobStore(sessions)
    assert await store.get(f"monthly:{result.agreement_id}:2026-11:{holder.id}") is not None
    assert await store.get(f"monthly:{result.agreement_id}:2026-11:{giver.id}") is not None


def test_a_holder_who_is_also_the_giver_gets_one_card() -> None:
    same = Agreement(TENANT, 1, 2026, AgreementLevel.DEPARTMENT, holder_id=4, giver_id=4)
    assert recipients(same) == [4]
    assert recipients(Agreement(TENANT, 1, 2026, AgreementLevel.DEPARTMENT, holder_id=4, giver_id=5)) == [4, 5]


async def test_too_late_in_the_month_schedules_nothing(engine: AsyncEngine) -> None:
    await seed_agreements(engine, 1)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        late = await schedule_monthly_status(uow, uow.jobs, date(2026, 11, 30))
    assert late.enqueued == 0
