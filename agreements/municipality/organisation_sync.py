"""The organisation from the directory (Microsoft Graph at the edge): `aftalebot org sync` and the daily sync.

Each enabled user with an e-mail and a department becomes a row of the organisation file
(agreements.municipality.organisation):
the department is the unit, the manager the leader. The role is kept for someone already in the organisation (a
role a chefkonsulent set stays); a newcomer's role is read from the job title («direktør», «fagchef»,
«chefkonsulent», «…leder»), else medarbejder. Then the same all-or-nothing import runs: someone gone from the
directory is deactivated, someone moved gets the new unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from agreements.indicators.measurement_import import Cell
from agreements.municipality.organisation import (
    COLUMNS,
    ROLE_WORD,
    ImportSummary,
    OrganisationRejected,
    import_organisation,
    parse_organisation,
)
from agreements.ports import UnitOfWork
from agreements.types import Role


@dataclass(frozen=True, slots=True)
class DirectoryMember:
    aad_object_id: str
    name: str
    email: str | None
    department: str | None
    job_title: str | None = None
    manager_id: str | None = None


class OrganisationDirectory(Protocol):
    async def organisation_members(self) -> list[DirectoryMember]: ...


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    summary: ImportSummary
    skipped: int  # users without e-mail or department

    def text(self) -> str:
        users = "1 bruger" if self.skipped == 1 else f"{self.skipped} brugere"
        skipped = f" {users} uden e-mail eller afdeling er sprunget over." if self.skipped else ""
        return self.summary.text() + skipped


_TITLE_ROLES: tuple[tuple[str, Role], ...] = (
    ("chefkonsulent", Role.COORDINATOR), ("direktør", Role.DIRECTOR), ("fagchef", Role.HEAD),
    ("leder", Role.MANAGER),
)


def role_from_title(title: str | None) -> Role:
    folded = (title or "").casefold()
    return next((role for word, role in _TITLE_ROLES if word in folded), Role.EMPLOYEE)


async def sync_organisation(uow: UnitOfWork, tenant_id: str, members: Sequence[DirectoryMember]) -> SyncOutcome:
    """Imports the directory's organisation in the caller's unit of work (the caller commits); raises
    OrganisationRejected (nothing written) when it does not hold together."""
    known = {p.aad_object_id: p for p in await uow.people.list(tenant_id) if p.in_organisation}
    usable = [m for m in members if m.email and m.department and m.name]
    by_id = {m.aad_object_id: m for m in usable}
    table: list[list[Cell]] = [list(COLUMNS)]
    for member in usable:
        person = known.get(member.aad_object_id.lower())
        role = person.role if person is not None else role_from_title(member.job_title)
        manager = by_id.get(member.manager_id or "")
        table.append([member.name, member.email, member.aad_object_id, member.department, ROLE_WORD[role],
                      manager.email if manager is not None else ""])
    organisation = parse_organisation(table)
    if not organisation.ok:
        raise OrganisationRejected(organisation.errors)
    summary = await import_organisation(uow, tenant_id, organisation, source="Microsoft Graph")
    return SyncOutcome(summary, len(members) - len(usable))
