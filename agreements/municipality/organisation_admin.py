"""The organisation in Teams, for chefkonsulenter and the administrator (issue 18): see it, change a person's role,
give a unit its aftaleholder and aftalegiver. Anyone else is refused (audited); every change is audited.

Typed: «organisation» (or «vis organisationen»), «gør Kim Lassen til leder», «giv Tønder Distriktsskole
aftaleholder Ole Friis og aftalegiver Peter Dam» (the giver is optional: by default the holder's leader).
A later import of the organisation file (or the daily sync) sets roles and units as the file says again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements import policy
from agreements.fuzzy import fold
from agreements.municipality.organisation import (
    ROLE_BY_WORD,
    ROLE_WORD,
    OrgView,
    organisation_view,
)
from agreements.ports import UnitOfWork
from agreements.types import AuditEvent, Person, Role, Unit

NOT_ALLOWED = "Det er chefkonsulenterne og administratoren, der ser og ændrer organisationen."
NO_ORGANISATION = "Der er ingen organisation endnu. Den indlæses med «aftalebot org import»."
UNKNOWN_PERSON = "Jeg kan ikke finde «{name}» i organisationen."
AMBIGUOUS_PERSON = "Flere i organisationen hedder «{name}»: {names}. Skriv e-mailadressen i stedet."
UNKNOWN_UNIT = "Jeg kender ikke enheden «{unit}» i kommunens organisation."
GONE_PERSON = "Personen findes ikke længere i organisationen. Skriv «organisation» for at se den, som den er nu."
GONE_UNIT = "Enheden findes ikke længere i organisationen. Skriv «organisation» for at se den, som den er nu."
UNKNOWN_ROLE = "Rollen «{role}» findes ikke. Brug en af: {roles}."
ROLE_CHANGED = "{name} er nu {role} (før {before})."
ROLE_SAME = "{name} er allerede {role}."
ASSIGNED = "{unit} har nu {holder} som aftaleholder og {giver} som aftalegiver."
NO_GIVER = "{holder} har ingen leder i organisationen. Skriv også aftalegiveren: «… og aftalegiver NAVN»."
SAME_PERSON = "Aftaleholder og aftalegiver kan ikke være den samme person."

# «organisationen», «vis organisationen», «kan du vise mig organisationen?», «se organisationen»
_SHOW = re.compile(r"(?:(?:kan\s+du\s+|vil\s+du\s+)?(?:vis|vise|se)\s+(?:mig\s+)?)?organisation(?:en)?")
_ROLE = re.compile(r"(?:gør|sæt)\s+(?P<name>.+?)\s+(?:til|som)\s+(?P<role>\S+)")
_ASSIGN = re.compile(r"giv\s+(?P<unit>.+?)\s+aftaleholder(?:en)?\s+(?P<holder>.+?)"
                     r"(?:\s+og\s+aftalegiver(?:en)?\s+(?P<giver>.+))?")


class OrganisationRefused(Exception):
    """`str(error)` is a Danish sentence for the user."""


@dataclass(frozen=True, slots=True)
class ShowOrganisation:
    pass


@dataclass(frozen=True, slots=True)
class ChangeRole:
    person: str
    role: str


@dataclass(frozen=True, slots=True)
class AssignUnit:
    unit: str
    holder: str
    giver: str | None


Request = ShowOrganisation | ChangeRole | AssignUnit


def parse_request(text: str) -> Request | None:
    cleaned = " ".join(text.strip().rstrip(".!").split())
    lowered = cleaned.lower()
    if _SHOW.fullmatch(lowered.rstrip("?")):
        return ShowOrganisation()
    if (match := _ASSIGN.fullmatch(lowered)) is not None:
        giver = cleaned[match.start("giver"):match.end("giver")] if match["giver"] else None
        return AssignUnit(cleaned[match.start("unit"):match.end("unit")],
                          cleaned[match.start("holder"):match.end("holder")], giver)
    if (match := _ROLE.fullmatch(lowered)) is not None and match["role"] in ROLE_BY_WORD:
        return ChangeRole(cleaned[match.start("name"):match.end("name")], match["role"])
    return None


class OrganisationAdmin:
    async def show(self, uow: UnitOfWork, actor: Person) -> OrgView:
        await self._check(uow, actor, "show")
        view = await organisation_view(uow, actor.tenant_id)
        if not view.people:
            raise OrganisationRefused(NO_ORGANISATION)
        return view

    async def change_role(self, uow: UnitOfWork, actor: Person, name: str, role_word: str) -> str:
        await self._check(uow, actor, "change_role")
        role = _role(role_word)
        return await self._set_role(uow, actor, await self._person(uow, actor, name), role)

    async def change_role_by_id(self, uow: UnitOfWork, actor: Person, person_id: int, role_word: str) -> str:
        """The organisation card's «Gem rolle»: the person by id (of this tenant, active, in the organisation)."""
        await self._check(uow, actor, "change_role")
        role = _role(role_word)
        return await self._set_role(uow, actor, await self._person_by_id(uow, actor, person_id), role)

    async def _set_role(self, uow: UnitOfWork, actor: Person, person: Person, role: Role) -> str:
        if person.role is role:
            return ROLE_SAME.format(name=person.name, role=ROLE_WORD[role])
        before = person.role
        person.role = role
        await uow.people.update(person)
        await self._audit(uow, actor, f"person:{person.id}", "organisation.role_changed",
                          {"from": before.value, "to": role.value})
        return ROLE_CHANGED.format(name=person.name, role=ROLE_WORD[role], before=ROLE_WORD[before])

    async def assign(self, uow: UnitOfWork, actor: Person, unit_name: str, holder_name: str,
                     giver_name: str | None) -> str:
        await self._check(uow, actor, "assign")
        unit = _unit(await uow.units.list(actor.tenant_id), unit_name)
        if unit is None:
            raise OrganisationRefused(UNKNOWN_UNIT.format(unit=unit_name))
        holder = await self._person(uow, actor, holder_name)
        if giver_name is not None:
            giver = await self._person(uow, actor, giver_name)
        elif holder.leader_id is not None and (leader := await uow.people.get(actor.tenant_id,
                                                                              holder.leader_id)) is not None:
            giver = leader
        else:
            raise OrganisationRefused(NO_GIVER.format(holder=holder.name))
        return await self._assign(uow, actor, unit, holder, giver)

    async def assign_by_id(self, uow: UnitOfWork, actor: Person, unit_id: int, holder_id: int,
                           giver_id: int) -> str:
        """The organisation card's «Gem» per unit: unit, holder and giver by id (of this tenant, active)."""
        await self._check(uow, actor, "assign")
        unit = next((u for u in await uow.units.list(actor.tenant_id) if u.id == unit_id and u.active), None)
        if unit is None:
            raise OrganisationRefused(GONE_UNIT)
        holder = await self._person_by_id(uow, actor, holder_id)
        giver = await self._person_by_id(uow, actor, giver_id)
        return await self._assign(uow, actor, unit, holder, giver)

    async def _assign(self, uow: UnitOfWork, actor: Person, unit: Unit, holder: Person, giver: Person) -> str:
        if giver.id == holder.id:
            raise OrganisationRefused(SAME_PERSON)
        before = (unit.holder_id, unit.giver_id)
        unit.holder_id, unit.giver_id = holder.id, giver.id
        await uow.units.update(unit)
        await self._audit(uow, actor, f"unit:{unit.id}", "organisation.unit_assigned",
                          {"from": list(before), "holder_id": holder.id, "giver_id": giver.id})
        return ASSIGNED.format(unit=unit.name, holder=holder.name, giver=giver.name)

    async def _check(self, uow: UnitOfWork, actor: Person, action: str) -> None:
        if policy.may_manage_organisation(actor):
            return
        await uow.rollback()
        await self._audit(uow, actor, f"organisation:{actor.tenant_id}", "organisation.refused", {"action": action})
        await uow.commit()
        raise OrganisationRefused(NOT_ALLOWED)

    @staticmethod
    async def _person(uow: UnitOfWork, actor: Person, name: str) -> Person:
        wanted = fold(name.strip())
        people = [p for p in await uow.people.list(actor.tenant_id) if p.in_organisation and p.active]
        found = [p for p in people if fold(p.name) == wanted or (p.email or "").lower() == name.strip().lower()]
        if not found:
            raise OrganisationRefused(UNKNOWN_PERSON.format(name=name))
        if len(found) > 1:
            raise OrganisationRefused(AMBIGUOUS_PERSON.format(
                name=name, names=", ".join(f"{p.name} <{p.email}>" for p in found)))
        return found[0]

    @staticmethod
    async def _person_by_id(uow: UnitOfWork, actor: Person, person_id: int) -> Person:
        person = await uow.people.get(actor.tenant_id, person_id)
        if person is None or not person.in_organisation or not person.active:
            raise OrganisationRefused(GONE_PERSON)
        return person

    @staticmethod
    async def _audit(uow: UnitOfWork, actor: Person, subject: str, action: str, detail: dict[str, object]) -> None:
        await uow.audit.add(AuditEvent(tenant_id=actor.tenant_id, action=action, actor_id=actor.id, subject=subject,
                                       detail=dict(detail)))


def _role(word: str) -> Role:
    role = ROLE_BY_WORD.get(word.strip().lower())
    if role is None:
        raise OrganisationRefused(UNKNOWN_ROLE.format(role=word, roles=", ".join(ROLE_BY_WORD)))
    return role


def _unit(units: list[Unit], name: str) -> Unit | None:
    wanted = fold(name.strip())
    return next((u for u in units if fold(u.name) == wanted and u.active), None)
