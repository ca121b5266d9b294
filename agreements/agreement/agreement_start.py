"""Who starts an agreement, once the organisation is imported (issue 18, R1, R11).

A chefkonsulent starts the coming year's agreements for every unit of the organisation at once (each holder is
told); a fagchef starts the level-2 agreement of a leader under them; a holder starts their own unit's. The holder
and giver are the unit's, from the organisation (the giver is the holder's leader); the level follows the holder: a
fagchef's agreement is with the direktion (level 1), a leader's with the fagchef (level 2). Nobody starts an
agreement for a unit they are not linked to (agreements.policy.may_start_agreement); a refusal is audited.

Typed: «start aftale for Tønder Distriktsskole» (optionally «… 2027»), «start årets aftaler» and «start næste års
aftaler» (chefkonsulenter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from agreements import policy
from agreements.agreement.setup import AgreementDraft, AgreementSetupService, GiverChoice, SetupRefused, UnitChoice
from agreements.cycle.annual_cycle import drafting_year
from agreements.fuzzy import fold
from agreements.ports import UnitOfWork
from agreements.types import Agreement, AgreementLevel, AuditEvent, Person, Role, Unit

NOT_LINKED = ("Du kan ikke starte en aftale for {unit}: det kan enhedens aftaleholder, fagchefen over den og "
              "chefkonsulenterne.")
NOT_COORDINATOR = "Det er chefkonsulenterne, der starter årets aftaler for alle enheder."
UNKNOWN_UNIT = "Jeg kender ikke enheden «{unit}» i kommunens organisation."
NO_HOLDER = "Enheden {unit} har ingen aftaleholder i organisationen, så aftalen kan ikke startes."
NO_GIVER = "Enheden {unit} har ingen aftalegiver i organisationen, så aftalen kan ikke startes."
EXISTS = "Der findes allerede en aftale for {unit} for {year}."
STARTED = "Aftalen for {unit} for {year} er startet med {holder} som aftaleholder og {giver} som aftalegiver."
STARTED_ALL = "{count} for {year} er startet, og hver aftaleholder har fået besked."
NONE_TO_START = "Alle enheder har allerede en aftale for {year}."
NO_UNIT_READY = (
    "Ingen enhed har både en aftaleholder og en aftalegiver endnu. Indlæs organisationen med «aftalebot org "
    "import», eller skriv fx «giv Børn og Skole aftaleholder Mette Kjær og aftalegiver Henrik Thomsen»."
)
TOLD_HOLDER = ("{actor} har startet din aftale for {unit} for {year}, med {giver} som aftalegiver. Skriv «min "
               "aftale» for at se den, og «nyt mål» for at skrive det første mål.")

# «… med Karen Holm» (the holder, as the organisation already knows them) is read past: the unit's own holder and
# giver are used.
_START_ONE = re.compile(r"start(?:er|e)?\s+(?:en\s+)?(?:ny\s+)?aftale(?:n)?\s+(?:for|til)\s+(?P<unit>.+?)"
                        r"(?:\s+med\s+\D+?)?(?:\s+(?:for|i)?\s*(?P<year>20\d\d))?")
_START_ALL = re.compile(r"start(?:er|e)?\s+(?:alle\s+)?(?:årets|(?P<next>næste\s+års)|alle)\s+aftaler"
                        r"(?:\s+for\s+(?P<year>20\d\d))?"
                        r"|start(?:er|e)?\s+(?:alle\s+)?aftalerne(?:\s+for\s+(?:(?P<year2>20\d\d)|(?P<next2>næste\s+år)))?")


class StartRefused(Exception):
    """`str(error)` is a Danish sentence for the user."""


@dataclass(frozen=True, slots=True)
class StartRequest:
    unit: str | None  # None: every unit (a chefkonsulent's bulk start)
    year: int | None
    next_year: bool = False  # «næste års aftaler»: the coming calendar year


@dataclass(frozen=True, slots=True)
class Started:
    agreement: Agreement
    unit: Unit
    holder: Person
    giver: Person


def parse_start_request(text: str) -> StartRequest | None:
    cleaned = " ".join(text.strip().rstrip(".!").split())
    lowered = cleaned.lower()
    if match := _START_ALL.fullmatch(lowered):
        year = match["year"] or match["year2"]
        return StartRequest(None, int(year) if year else None,
                            next_year=match["next"] is not None or match["next2"] is not None)
    if match := _START_ONE.fullmatch(lowered):
        start, end = match.span("unit")
        return StartRequest(cleaned[start:end].strip("«»\"' "), int(match["year"]) if match["year"] else None)
    return None


def level_for(holder: Person) -> AgreementLevel:
    """A fagchef's (or a direktør's) agreement is with the direktion; a leader's with their fagchef."""
    return AgreementLevel.DIRECTORATE if holder.role in (Role.HEAD, Role.DIRECTOR) else AgreementLevel.DEPARTMENT


class AgreementStartService:
    def __init__(self, setup: AgreementSetupService) -> None:
        self._setup = setup

    def year_for(self, today: date, request: StartRequest) -> int:
        """The year named, else the coming year («næste års aftaler»), else the year being drafted (the profile's
        årshjul: from its drafting deadline on, next year)."""
        if request.year is not None:
            return request.year
        return today.year + 1 if request.next_year else drafting_year(self._setup.profile, today)

    async def start_for_unit(self, uow: UnitOfWork, actor: Person, unit_name: str, year: int,
                             current_year: int) -> Started:
        """Starts the unit's agreement for `year` with its holder and giver; the caller commits."""
        units = await uow.units.list(actor.tenant_id)
        unit = _find(units, unit_name)
        if unit is None:
            raise StartRefused(UNKNOWN_UNIT.format(unit=unit_name))
        if not policy.may_start_agreement(actor, unit, _ancestors(unit, units)):
            await self._refuse(uow, actor, unit, year)
            if unit.holder_id is None:
                raise StartRefused(NO_HOLDER.format(unit=unit.name))
            raise StartRefused(NOT_LINKED.format(unit=unit.name))
        return await self._start(uow, actor, unit, year, current_year)

    async def start_year(self, uow: UnitOfWork, actor: Person, year: int, current_year: int) -> list[Started]:
        """A chefkonsulent starts every organisation unit's agreement for `year` that does not exist yet."""
        if not policy.is_coordinator(actor):
            await uow.rollback()
            await uow.audit.add(AuditEvent(tenant_id=actor.tenant_id, action="agreement.refused", actor_id=actor.id,
                                           subject=f"organisation:{actor.tenant_id}",
                                           detail={"action": "start_year", "year": year}))
            await uow.commit()
            raise StartRefused(NOT_COORDINATOR)
        started: list[Started] = []
        existing = {a.unit_id for a in await uow.agreements.for_year(actor.tenant_id, year)}
        ready = [unit for unit in await uow.units.list(actor.tenant_id)
                 if unit.active and unit.holder_id is not None and unit.giver_id is not None]
        if not ready:  # not «every unit has one»: nobody is known to hold or give an agreement yet
            raise StartRefused(NO_UNIT_READY)
        sections = await self._setup.standard_sections(uow, actor.tenant_id, year)  # the same for every unit
        for unit in ready:
            if unit.id not in existing:
                started.append(await self._start(uow, actor, unit, year, current_year, sections))
        return started

    async def _start(self, uow: UnitOfWork, actor: Person, unit: Unit, year: int, current_year: int,
                     sections: dict[str, str] | None = None) -> Started:
        assert unit.id is not None and unit.holder_id is not None
        holder = await uow.people.get(actor.tenant_id, unit.holder_id)
        if holder is None or not holder.active:
            raise StartRefused(NO_HOLDER.format(unit=unit.name))
        if unit.giver_id is None:
            raise StartRefused(NO_GIVER.format(unit=unit.name))
        level = level_for(holder)
        if await uow.agreements.find_for_level(actor.tenant_id, unit.id, year, level) is not None:
            raise StartRefused(EXISTS.format(unit=unit.name, year=year))
        draft = AgreementDraft(unit=UnitChoice(unit.name, unit_id=unit.id), year=year, level=level,
                               giver=GiverChoice(person_id=unit.giver_id),
                               sections=sections if sections is not None
                               else await self._setup.standard_sections(uow, actor.tenant_id, year))
        try:
            created = await self._setup.create(uow, holder, draft, current_year)
        except SetupRefused as refused:
            raise StartRefused(refused.message) from refused
        assert created.agreement.id is not None
        await uow.audit.add(AuditEvent(
            tenant_id=actor.tenant_id, action="agreement.started", actor_id=actor.id,
            subject=f"agreement:{created.agreement.id}",
            detail={"unit_id": unit.id, "year": year, "level": level.value, "holder_id": holder.id,
                    "giver_id": created.giver.id}))
        return Started(created.agreement, unit, holder, created.giver)

    @staticmethod
    async def _refuse(uow: UnitOfWork, actor: Person, unit: Unit, year: int) -> None:
        await uow.rollback()
        await uow.audit.add(AuditEvent(tenant_id=actor.tenant_id, action="agreement.refused", actor_id=actor.id,
                                       subject=f"unit:{unit.id}",
                                       detail={"action": "start", "year": year, "reason": "not_linked"}))
        await uow.commit()


def _find(units: list[Unit], name: str) -> Unit | None:
    wanted = fold(name)
    return next((u for u in units if fold(u.name) == wanted), None)


def _ancestors(unit: Unit, units: list[Unit]) -> set[int]:
    by_id = {u.id: u for u in units}
    found: set[int] = set()
    current = by_id.get(unit.parent_id)
    while current is not None and current.id is not None and current.id not in found:
        found.add(current.id)
        current = by_id.get(current.parent_id)
    return found
