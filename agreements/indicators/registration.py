"""Registering one value by hand (the status card's «Registrér en værdi»): the holder of the agreement, or a
coordinator, records a measurement for one of the agreement's indicators. It goes through the same checks and
the same all-or-nothing import as a file (`import_measurements`), audited with the person as actor.

A refusal (no such agreement, not allowed, an indicator of another agreement) rolls back the unit of work, commits
an audit event `measurement.refused` on its own, and raises `RegistrationRefused` with a Danish message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from agreements import policy
from agreements.indicators.measurement_records import single_record
from agreements.indicators.measurements import ImportOutcome, import_measurements
from agreements.ports import UnitOfWork
from agreements.types import AuditEvent, Indicator, Person

NOT_FOUND = "Aftalen findes ikke længere."
NOT_ALLOWED = "Kun aftaleholderen (eller en chefkonsulent) kan registrere værdier for aftalens indikatorer."
NOT_IN_AGREEMENT = "Indikatoren hører ikke til aftalen."


class RegistrationRefused(Exception):
    """The person may not register this value; `str(error)` (and `message`) is Danish."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def message(self) -> str:
        return str(self)


@dataclass(frozen=True, slots=True)
class Registration:
    indicator: Indicator
    outcome: ImportOutcome

    @property
    def error(self) -> str | None:
        """The first problem with the value, as a Danish sentence (no row number: there is one value)."""
        if self.outcome.ok:
            return None
        message = self.outcome.errors[0].message_da
        return message[:1].upper() + message[1:]


async def register_value(
    uow: UnitOfWork,
    person: Person,
    agreement_id: int,
    indicator_key: str,
    period: str,
    value: str,
    comment: str | None = None,
) -> Registration:
    """Checks access, then imports the one value; the caller commits when `outcome.ok`."""
    agreement = await uow.agreements.get(person.tenant_id, agreement_id)
    if agreement is None:
        await _refuse(uow, person, agreement_id, indicator_key, RegistrationRefused(NOT_FOUND, "not_found"))
    if not policy.may_register(person, agreement):
        await _refuse(uow, person, agreement_id, indicator_key, RegistrationRefused(NOT_ALLOWED, "not_allowed"))
    indicator = next((i for g in agreement.goals for i in g.indicators if i.key == indicator_key), None)
    if indicator is None:
        await _refuse(uow, person, agreement_id, indicator_key,
                      RegistrationRefused(NOT_IN_AGREEMENT, "not_in_agreement"))
    result = single_record(indicator.key, period, value, comment or None)
    outcome = await import_measurements(uow, person.tenant_id, result, person.id, source="card")
    return Registration(indicator, outcome)


async def _refuse(
    uow: UnitOfWork, person: Person, agreement_id: int, indicator_key: str, error: RegistrationRefused
) -> NoReturn:
    # As in agreements.agreement.approval: the refusal is committed on its own, everything else is rolled back.
    await uow.rollback()
    await uow.audit.add(AuditEvent(
        tenant_id=person.tenant_id, action="measurement.refused", actor_id=person.id,
        subject=f"agreement:{agreement_id}",
        detail={"action": "register", "reason": error.reason, "indicator": indicator_key[:100]},
    ))
    await uow.commit()
    raise error
