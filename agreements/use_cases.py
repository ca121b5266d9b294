"""Use cases that own their transaction, for the turn, channels, status registration, jobs, CLI and HTTP.

Framework-free. The edge (bot/) opens a unit of work and hands it here; what is committed, rolled back, audited
or allowed is decided here (and in the services these call), never at the edge: tests/test_layers.py checks
that bot/ has no `commit`, `rollback`, `begin`, audit event or agreements.policy decision of its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from agreements import policy
from agreements.indicators.channel_ports import ChannelUnitOfWork
from agreements.indicators.channel_status import ChannelStatusService, Subscribed, Unsubscribed
from agreements.indicators.registration import Registration, register_value
from agreements.ports import UnitOfWork
from agreements.services import Identity, PeopleService
from agreements.types import Agreement, AuditEvent, Person

T = TypeVar("T")


# --- the turn ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Started:
    person: Person
    pending_after_answer: bool  # first contact: the waiting cards follow the welcome (TurnUseCases.after_answer)


class TurnUseCases:
    """A turn is one transaction: the person read (and written when their conversation changed), what the turn
    changes and its dialog state, then one commit."""

    def __init__(self, people: PeopleService) -> None:
        self._people = people

    async def start(
        self, uow: UnitOfWork, identity: Identity, reference: dict[str, Any] | None, now: datetime,
        deliver_pending: Callable[[UnitOfWork, Person], Awaitable[int]],
    ) -> Started:
        """Who speaks (recorded; committed at once when written) and the cards that waited for them. Before the
        person is welcomed (first contact), the cards wait until the turn has answered (`after_answer`): the welcome
        comes first, then what waits for them."""
        person, wrote = await self._people.note_turn(uow, identity, reference, now)
        if wrote:
            await uow.commit()
        if person.welcomed_at is None:
            return Started(person, pending_after_answer=True)
        await deliver_pending(uow, person)
        return Started(person, pending_after_answer=False)

    @staticmethod
    async def after_answer(uow: UnitOfWork, started: Started,
                           deliver_pending: Callable[[UnitOfWork, Person], Awaitable[int]]) -> None:
        """The cards that waited for a person on first contact, once the welcome (or the answer) is out."""
        if started.pending_after_answer:
            await deliver_pending(uow, started.person)

    async def uninstalled(self, uow: UnitOfWork, identity: Identity, now: datetime) -> bool:
        """The person removed the app (installationUpdate remove in their personal chat); committed when written."""
        if await self._people.note_uninstall(uow, identity, now):
            await uow.commit()
            return True
        return False

    async def welcome(self, uow: UnitOfWork, person: Person, now: datetime) -> bool:
        """True (committed) exactly once per person: the first time they should be greeted."""
        if await self._people.claim_welcome(uow, person, now):
            await uow.commit()
            return True
        return False

    @staticmethod
    async def finish(uow: UnitOfWork, save_state: Callable[[], Awaitable[None]]) -> None:
        """The dialog's state and what the turn changed, committed together in one round trip."""
        await save_state()
        await uow.commit()


# --- channels and status -----------------------------------------------------------------------------------


async def subscribe_channel(service: ChannelStatusService, uow: ChannelUnitOfWork, person: Person, unit_id: int,
                            reference: Mapping[str, Any], now: datetime) -> Subscribed:
    subscribed = await service.subscribe(uow, person, unit_id, reference, now)
    await uow.commit()
    return subscribed


async def unsubscribe_channel(service: ChannelStatusService, uow: ChannelUnitOfWork, person: Person, unit_id: int,
                              reference: Mapping[str, Any], now: datetime) -> Unsubscribed:
    unsubscribed = await service.unsubscribe(uow, person, unit_id, reference, now)
    await uow.commit()
    return unsubscribed


async def register_measurement(uow: UnitOfWork, person: Person, agreement_id: int, indicator_key: str, period: str,
                               value: str, comment: str | None) -> Registration:
    """Stores a value from the status card, committed unless the registration found an error (RegistrationRefused
    propagates, nothing changed)."""
    registration = await register_value(uow, person, agreement_id, indicator_key, period, value, comment)
    if not registration.error:
        await uow.commit()
    return registration


# --- the dialogs ------------------------------------------------------------------------------------------


async def in_transaction(uow: UnitOfWork, work: Callable[[UnitOfWork], Awaitable[T]],
                         refused: type[Exception] | tuple[type[Exception], ...]) -> T:
    """`work` committed; when it raises `refused` (a Danish refusal) everything it began is rolled back and the
    refusal goes on to the caller, which says it."""
    try:
        result = await work(uow)
    except refused:
        await uow.rollback()
        raise
    await uow.commit()
    return result


# --- jobs --------------------------------------------------------------------------------------------------


async def committed(uow: UnitOfWork, work: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    """`work` in the unit of work, committed: a job's scheduling (idempotent enqueues), a job's recorded read."""
    result = await work(uow)
    await uow.commit()
    return result


async def committed_if(uow: UnitOfWork, work: Callable[[UnitOfWork], Awaitable[T]],
                       ok: Callable[[T], bool]) -> T:
    """`work` in the unit of work, committed only when `ok(result)` (an import that found errors stores nothing)."""
    result = await work(uow)
    if ok(result):
        await uow.commit()
    else:
        await uow.rollback()
    return result


def receives_monthly_status(person_id: int, agreement: Agreement | None) -> bool:
    return agreement is not None and policy.receives_status(person_id, agreement)


def receives_job_messages(person: Person) -> bool:
    return policy.receives_job_messages(person)


def may_register(person: Person, agreement: Agreement) -> bool:
    return policy.may_register(person, agreement)


def receives_deadline_summary(person: Person) -> bool:
    return policy.may_see_overview(person)


# --- CLI ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CliExport:
    agreement_id: int
    version: int
    format: str


async def record_cli_export(uow: UnitOfWork, tenant_id: str, export: CliExport) -> None:
    """An agreement exported from the command line (no person): audited and committed."""
    await uow.audit.add(AuditEvent(tenant_id=tenant_id, action="agreement.exported", actor_id=None,
                                   subject=f"agreement:{export.agreement_id}",
                                   detail={"version": export.version, "format": export.format, "via": "cli"}))
    await uow.commit()


async def finish(uow: UnitOfWork) -> None:
    """What a service did that leaves the commit to its caller (a goal saved, the audit of an export download),
    kept once the answer to it is made."""
    await uow.commit()


__all__ = [
    "CliExport",
    "Started",
    "TurnUseCases",
    "committed",
    "committed_if",
    "finish",
    "in_transaction",
    "may_register",
    "receives_deadline_summary",
    "receives_monthly_status",
    "record_cli_export",
    "register_measurement",
    "subscribe_channel",
    "unsubscribe_channel",
]
