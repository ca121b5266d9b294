"""The monthly status (R6): when it goes out, and one job per agreement, recipient and month.

When: on the profile's `monthly_status_working_day` (default the 5th) working day of the month, at
`hour` o'clock Europe/Copenhagen. Working days are agreements.cycle.workdays' (Monday–Friday except Danish public
holidays and the profile's closing days, by default 24 and 31 December and Grundlovsdag).
By the 5th working day the previous month's figures are normally in LIS.

Which agreements: those of the year the previous month belongs to (in January: last year's, whose December,
4th quarter and year figures are then reported), whatever their approval status: an approved agreement that is
being changed goes back to draft, and its follow-up must not stop meanwhile. An agreement without indicators
gets no status, unless its unit accepted a tværgående goal with indicators from another unit
(agreements.agreement.shared_goals): the card then shows that goal's status.

Who: the holder and the giver (once if they are the same person). Each (agreement, person, month) is one job
with the idempotency key `monthly:{agreement}:{YYYY-MM}:{person}`, so scheduling again changes nothing and each
card is sent once. A job not sent within `EXPIRES_AFTER` of its due time is given up: by then it is stale.

Channels (agreements.indicators.channel_status): `schedule_channel_status` gives each conversation subscribed to a
unit one
job per month and agreement of the unit, due at the same moment, with the key
`channel:{subscription}:{agreement}:{YYYY-MM}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from agreements.agreement.shared_goals import units_with_shared_indicators
from agreements.clock import COPENHAGEN
from agreements.cycle.workdays import DEFAULT_CLOSING_DAYS, ClosingDays, working_day_of_month
from agreements.indicators.channel_ports import ChannelUnitOfWork
from agreements.indicators.periods import Period
from agreements.ports import JobQueue, UnitOfWork
from agreements.types import Agreement, AgreementStatus, Frequency

JOB_KIND = "monthly_status"
CHANNEL_JOB_KIND = "channel_status"
DEFAULT_HOUR = 8
EXPIRES_AFTER = timedelta(days=20)


def working_day(year: int, month: int, number: int, closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> date:
    """The `number`th working day of the month (agreements.cycle.workdays)."""
    return working_day_of_month(year, month, number, closing_days)


def status_due_at(year: int, month: int, working_day_number: int, hour: int = DEFAULT_HOUR,
                  closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> datetime:
    """The moment the month's status goes out, as an aware time in Europe/Copenhagen."""
    return datetime.combine(working_day(year, month, working_day_number, closing_days), time(hour),
                            tzinfo=COPENHAGEN)


def reporting_year(today: date) -> int:
    """The agreement year the month's status reports on: the year of the previous month."""
    return Period.containing(Frequency.MONTHLY, today).previous().year


def job_key(agreement_id: int, month: Period, person_id: int) -> str:
    return f"monthly:{agreement_id}:{month.key}:{person_id}"


def channel_job_key(subscription_id: int, agreement_id: int, month: Period) -> str:
    return f"channel:{subscription_id}:{agreement_id}:{month.key}"


@dataclass(frozen=True, slots=True)
class ScheduleOutcome:
    month: str
    due_at: datetime
    enqueued: int  # new jobs
    already: int  # jobs that existed (scheduled before)
    agreements: int


def recipients(agreement: Agreement) -> list[int]:
    return list(dict.fromkeys((agreement.holder_id, agreement.giver_id)))


def has_indicators(agreement: Agreement) -> bool:
    return any(goal.indicators for goal in agreement.goals)


async def schedule_monthly_status(
    uow: UnitOfWork,
    jobs: JobQueue,
    today: date,
    *,
    working_day_number: int = 5,
    hour: int = DEFAULT_HOUR,
    tenant_ids: list[str] | None = None,
    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS,
) -> ScheduleOutcome:
    """Enqueues this month's status jobs for every tenant in `tenant_ids` (default: every tenant with agreements).

    Idempotent: run it as often as you like (every runner pass does). The caller commits."""
    month = Period.containing(Frequency.MONTHLY, today)
    due = status_due_at(month.year, month.first_month, working_day_number, hour, closing_days)
    year = reporting_year(today)
    enqueued = already = count = 0
    if today > (due + EXPIRES_AFTER).date():
        return ScheduleOutcome(month.key, due, 0, 0, 0)  # too late for this month's status
    for tenant_id in tenant_ids if tenant_ids is not None else await _tenants(uow):
        agreements = await uow.agreements.for_year(tenant_id, year)
        shared = await units_with_shared_indicators(uow, tenant_id, agreements)
        for agreement in agreements:
            if agreement.id is None or not (has_indicators(agreement) or agreement.unit_id in shared):
                continue
            count += 1
            for person_id in recipients(agreement):
                added = await jobs.enqueue(
                    tenant_id,
                    JOB_KIND,
                    due,
                    job_key(agreement.id, month, person_id),
                    {"agreement_id": agreement.id, "person_id": person_id, "month": month.key},
                    expires_at=due + EXPIRES_AFTER,
                )
                enqueued += added
                already += not added
    return ScheduleOutcome(month.key, due, enqueued, already, count)


async def _tenants(uow: UnitOfWork) -> list[str]:
    return await uow.agreements.tenants()


def shown_in_channels(agreement: Agreement) -> bool:
    """A team sees only an approved agreement: a draft, or an approved one reopened for changes, is the holder's
    and the giver's business until it is approved (again)."""
    return agreement.status is AgreementStatus.APPROVED


async def schedule_channel_status(
    uow: ChannelUnitOfWork,
    jobs: JobQueue,
    today: date,
    *,
    working_day_number: int = 5,
    hour: int = DEFAULT_HOUR,
    tenant_ids: list[str] | None = None,
    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS,
) -> ScheduleOutcome:
    """Enqueues this month's status jobs for every subscribed channel: one per subscription and agreement of its
    unit (of the reporting year, with indicators), due when the holders' cards are. `agreements` counts the
    subscriptions that got jobs. Idempotent; the caller commits."""
    month = Period.containing(Frequency.MONTHLY, today)
    due = status_due_at(month.year, month.first_month, working_day_number, hour, closing_days)
    year = reporting_year(today)
    enqueued = already = count = 0
    if today > (due + EXPIRES_AFTER).date():
        return ScheduleOutcome(month.key, due, 0, 0, 0)
    for tenant_id in tenant_ids if tenant_ids is not None else await _tenants(uow):
        subscriptions = await uow.channel_subscriptions.for_tenant(tenant_id)
        if not subscriptions:
            continue
        by_unit: dict[int, list[Agreement]] = {}
        year_agreements = await uow.agreements.for_year(tenant_id, year)
        shared = await units_with_shared_indicators(uow, tenant_id, year_agreements)
        for agreement in year_agreements:
            if (agreement.id is not None and (has_indicators(agreement) or agreement.unit_id in shared)
                    and shown_in_channels(agreement)):
                by_unit.setdefault(agreement.unit_id, []).append(agreement)
        for subscription in subscriptions:
            agreements = by_unit.get(subscription.unit_id, [])
            if subscription.id is None or not agreements:
                continue
            count += 1
            for agreement in agreements:
                assert agreement.id is not None
                added = await jobs.enqueue(
                    tenant_id,
                    CHANNEL_JOB_KIND,
                    due,
                    channel_job_key(subscription.id, agreement.id, month),
                    {"subscription_id": subscription.id, "agreement_id": agreement.id,
                     "unit_id": subscription.unit_id, "month": month.key},
                    expires_at=due + EXPIRES_AFTER,
                )
                enqueued += added
                already += not added
    return ScheduleOutcome(month.key, due, enqueued, already, count)
