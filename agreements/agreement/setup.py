"""Setting up an agreement (R1, R9) and changing its sections afterwards.

`create` stores a new agreement (unit, year, level, holder, giver and the Norddjurs sections) in the caller's
unit of work: every refusal is raised before anything is written, so the caller commits once or not at all.
Changing a section goes through `ApprovalService.begin_edit`: a submitted or approved agreement becomes a new
draft version first. Only the holder may change an agreement; a refusal is audited and changes nothing.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from agreements import policy
from agreements.agreement.approval import ApprovalRefused, ApprovalService, Refusal
from agreements.cycle.annual_cycle import drafting_year
from agreements.municipality.profile_texts import year_profile
from agreements.ports import UnitOfWork
from agreements.profiles import Profile
from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementStatus,
    AuditEvent,
    Person,
    Role,
    Unit,
)

SECTION_KEYS: tuple[str, ...] = ("general", "focus_text", "economy", "dialogue", "evaluation")
MAX_DIRECTORY_MATCHES = 5
# A new agreement may be for last year (made late), this year or the next three.
YEARS_BACK, YEARS_AHEAD = 1, 3


# --- the people directory (Microsoft Graph at the edge) ------------------------------------------------


@dataclass(frozen=True, slots=True)
class DirectoryPerson:
    """A person found in the organisation's directory; `aad_object_id` is the directory's id."""

    aad_object_id: str
    name: str
    email: str | None = None
    job_title: str | None = None


class DirectoryUnavailable(Exception):
    """The directory could not be searched: not configured, unreachable, or it refused the request."""


class PeopleDirectory(Protocol):
    async def search_people(self, query: str) -> list[DirectoryPerson]: ...


# --- what the set-up conversation collects -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitChoice:
    """An existing unit (`unit_id`) or a new one (`name` and `area`)."""

    name: str
    unit_id: int | None = None
    area: str = ""


@dataclass(frozen=True, slots=True)
class GiverChoice:
    """A person the bot knows (`person_id`) or one found in the directory."""

    person_id: int | None = None
    directory: DirectoryPerson | None = None


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    unit: UnitChoice
    year: int
    level: AgreementLevel
    giver: GiverChoice
    sections: Mapping[str, str] = field(default_factory=dict)


class SetupRefusal(enum.StrEnum):
    DUPLICATE = "duplicate"
    GIVER_IS_HOLDER = "giver_is_holder"
    UNKNOWN_GIVER = "unknown_giver"
    UNKNOWN_UNIT = "unknown_unit"
    LEVEL_NOT_USED = "level_not_used"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    NOT_FOR_UNIT = "not_for_unit"  # an existing unit the person has no part in (agreements.policy)
    UNIT_TAKEN = "unit_taken"  # a new unit's name was taken by someone else while the conversation ran
    NOT_IN_ORGANISATION = "not_in_organisation"  # a new unit after the organisation was imported


SETUP_REFUSAL_TEXTS = {
    SetupRefusal.DUPLICATE: "Der findes allerede en aftale for den enhed, det år og det niveau.",
    SetupRefusal.GIVER_IS_HOLDER: "Du kan ikke selv være aftalegiver for din egen aftale.",
    SetupRefusal.UNKNOWN_GIVER: "Jeg kan ikke finde den aftalegiver.",
    SetupRefusal.UNKNOWN_UNIT: "Jeg kan ikke finde den enhed.",
    SetupRefusal.LEVEL_NOT_USED: "Kommunen bruger ikke aftaler på det niveau.",
    SetupRefusal.YEAR_OUT_OF_RANGE: "Aftalen kan ikke oprettes for det år.",
    SetupRefusal.UNIT_TAKEN: (
        "En anden har netop oprettet en enhed med det navn, så aftalen er ikke gemt. Skriv «ny aftale» og vælg "
        "enheden på listen, eller brug et andet navn."
    ),
    SetupRefusal.NOT_IN_ORGANISATION: (
        "Enhederne kommer fra kommunens organisation, så du kan ikke oprette en ny enhed her. Bed en chefkonsulent "
        "om at tilføje den."
    ),
    SetupRefusal.NOT_FOR_UNIT: (
        "Du kan ikke oprette en aftale for den enhed: det kan kun enhedens aftaleholder fra et tidligere år, dens "
        "aftalegiver eller en chefkonsulent."
    ),
}


class SetupRefused(Exception):
    def __init__(self, reason: SetupRefusal, existing: Agreement | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.existing = existing

    @property
    def message(self) -> str:
        """The refusal in Danish (the set-up conversation words some of them with the unit's name)."""
        return SETUP_REFUSAL_TEXTS[self.reason]


@dataclass(frozen=True, slots=True)
class Created:
    agreement: Agreement
    unit: Unit
    giver: Person


@dataclass(frozen=True, slots=True)
class Editable:
    agreement: Agreement
    unit: Unit


@dataclass(frozen=True, slots=True)
class SectionView:
    agreement: Agreement
    unit: Unit
    section: str
    text: str


@dataclass(frozen=True, slots=True)
class SectionChanged:
    agreement: Agreement
    unit: Unit
    section: str
    changed: bool
    new_version: bool


# --- Danish answers ------------------------------------------------------------------------------------

_YES = frozenset({"ja", "j", "ok", "ja tak", "yes"})
_THIS_YEAR = frozenset({"i år", "iår", "dette år", "det her år", "samme år", "indeværende år"})
_NEXT_YEAR = frozenset({"næste år", "naeste aar", "næste", "til næste år", "kommende år", "det kommende år"})
_YEAR_RE = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_LEVEL_WORDS: dict[AgreementLevel, tuple[str, ...]] = {
    AgreementLevel.DIRECTORATE: ("1", "et", "én", "niveau 1", "direktion", "direktionen", "direktør"),
    AgreementLevel.DEPARTMENT: (
        "2", "to", "niveau 2", "leder", "distrikt", "distriktsleder", "område", "områdeleder", "afdeling",
        "afdelingsleder",
    ),
}


def _plain(text: str) -> str:
    return " ".join(text.strip().lower().rstrip(".!").split())


def allowed_years(current: int) -> range:
    return range(current - YEARS_BACK, current + YEARS_AHEAD + 1)


def parse_year(text: str, current: int, suggested: int | None = None) -> int | None:
    """«ja» → the suggested year (default this year), «i år» → this year, «næste år» → next, «2027» → 2027; None
    if unreadable or out of range."""
    answer = _plain(text)
    if answer in _YES:
        return suggested if suggested is not None else current
    if answer in _THIS_YEAR:
        return current
    if answer in _NEXT_YEAR:
        return current + 1
    found = _YEAR_RE.findall(answer)
    if len(set(found)) != 1:
        return None
    year = int(found[0])
    return year if year in allowed_years(current) else None


def parse_level(text: str, levels: tuple[AgreementLevel, ...]) -> AgreementLevel | None:
    answer = _plain(text)
    for level, words in _LEVEL_WORDS.items():
        if level in levels and answer in words:
            return level
    return None


# --- the service ---------------------------------------------------------------------------------------


def shared_focus_of(profile: Profile) -> str:
    """The Generelt section: the profile's standard text (Norddjurs: the frame of the koncernstrategier) followed by
    the fælles grundlag, or the shared leadership focus alone."""
    general = profile.standard_text("general")
    if not general:
        return " ".join(profile.shared_leadership_focus)
    points = "\n".join(f"- {line}" for line in profile.shared_leadership_focus)
    year = profile.texts_year or profile.year
    return f"{general}\n\nLedelsesmæssigt er der fokus på følgende fælles grundlag i {year}:\n{points}"


class AgreementSetupService:
    def __init__(
        self, profile: Profile, approvals: ApprovalService, directory: PeopleDirectory | None = None
    ) -> None:
        self._profile = profile
        self._approvals = approvals
        self._directory = directory

    @property
    def profile(self) -> Profile:
        return self._profile

    def suggested_year(self, today: date) -> int:
        """The year a new agreement is for by default: the year being drafted (from the profile's drafting
        deadline on, next year's)."""
        return drafting_year(self._profile, today)

    @property
    def has_directory(self) -> bool:
        return self._directory is not None

    async def year_profile(self, uow: UnitOfWork, tenant_id: str, year: int | None) -> Profile:
        """The profile an agreement of `year` starts from: its year's file with the municipality's own standard
        texts for the year, if a chefkonsulent edited them (agreements.municipality.profile_texts); no year: the
        profile as configured."""
        return self._profile if year is None else await year_profile(uow, self._profile, tenant_id, year)

    async def shared_focus(self, uow: UnitOfWork, tenant_id: str, year: int | None = None) -> str:
        """The Generelt section as the profile of the agreement's year gives it (`shared_focus_of`)."""
        return shared_focus_of(await self.year_profile(uow, tenant_id, year))

    async def standard_sections(self, uow: UnitOfWork, tenant_id: str, year: int) -> dict[str, str]:
        """An agreement started for `year`: Generelt, and every other section the profile of that year (with the
        municipality's own texts) has a standard text for."""
        profile = await self.year_profile(uow, tenant_id, year)
        sections = {"general": shared_focus_of(profile)}
        for key in SECTION_KEYS[1:]:
            if profile.standard_text(key):
                sections[key] = profile.standard_text(key)
        return sections

    async def units(self, uow: UnitOfWork, person: Person) -> list[Unit]:
        """The existing units the person may create an agreement for (a chefkonsulent: all of them)."""
        agreements = await uow.agreements.for_year(person.tenant_id)
        return [u for u in await uow.units.list(person.tenant_id)
                if u.active and policy.may_create_agreement(
                    person, [a for a in agreements if a.unit_id == u.id], year=10_000, unit=u)]

    async def may_name_new_unit(self, uow: UnitOfWork, person: Person) -> bool:
        """Whether the person may name a unit that does not exist (not once the organisation is imported)."""
        return policy.may_create_unit(person, await uow.people.has_organisation(person.tenant_id))

    async def unit_refusal(
        self, uow: UnitOfWork, person: Person, choice: UnitChoice, year: int | None = None
    ) -> tuple[Unit | None, SetupRefusal | None]:
        """The existing unit the choice names (None for a new one), and why the person may not create an agreement
        for it (None if they may; NOT_IN_ORGANISATION for a new unit once the organisation is imported). Reads only:
        `create` checks again and audits a refusal. Without a year, any year
        the person could use counts."""
        unit = await self._find_unit(uow, person, choice)
        if unit is None and not policy.may_create_unit(person, await uow.people.has_organisation(person.tenant_id)):
            return None, SetupRefusal.NOT_IN_ORGANISATION
        if unit is None or await self._may_create_for(uow, person, unit, year):
            return unit, None
        return unit, SetupRefusal.NOT_FOR_UNIT

    async def known_givers(self, uow: UnitOfWork, person: Person, level: AgreementLevel) -> list[Person]:
        """Everyone the bot knows in the tenant except the holder; the likely givers for the level first."""
        first = Role.DIRECTOR if level is AgreementLevel.DIRECTORATE else Role.MANAGER
        rank = {Role.DIRECTOR: 1, Role.MANAGER: 1, Role.HEAD: 1, first: 0}
        others = [p for p in await uow.people.list(person.tenant_id) if p.id != person.id and p.active]
        if person.leader_id is not None:  # the organisation's leader is the default giver
            return sorted(others, key=lambda p: (p.id != person.leader_id, rank.get(p.role, 2), p.name.casefold()))
        return sorted(others, key=lambda p: (rank.get(p.role, 2), p.name.casefold()))

    async def organisation_giver(self, uow: UnitOfWork, person: Person, unit_id: int) -> Person | None:
        """The aftalegiver the organisation names for the unit (its leader's leader), when there is one, active and
        not the person; else, for the person's own unit, their leader. None: the organisation does not say."""
        unit = await uow.units.get(person.tenant_id, unit_id)
        if unit is None:
            return None
        named = unit.giver_id or (person.leader_id if unit.holder_id == person.id else None)
        if named is None or named == person.id:
            return None
        giver = await uow.people.get(person.tenant_id, named)
        return giver if giver is not None and giver.active else None

    async def taken_levels(self, uow: UnitOfWork, person: Person, unit_id: int, year: int) -> list[Agreement]:
        """The unit's agreements for the year, one a level the profile uses."""
        found = [await uow.agreements.find_for_level(person.tenant_id, unit_id, year, level)
                 for level in self._profile.levels]
        return [agreement for agreement in found if agreement is not None]

    def year_taken(self, person: Person, taken: list[Agreement]) -> bool:
        """No new agreement for the unit that year: the person holds one already, or every level has one."""
        return any(a.holder_id == person.id for a in taken) or {a.level for a in taken} >= set(self._profile.levels)

    async def existing(
        self, uow: UnitOfWork, person: Person, unit_id: int, year: int, level: AgreementLevel
    ) -> Agreement | None:
        return await uow.agreements.find_for_level(person.tenant_id, unit_id, year, level)

    async def search_givers(self, person: Person, query: str) -> list[DirectoryPerson]:
        """Up to five directory matches, never the holder; raises DirectoryUnavailable."""
        if self._directory is None:
            raise DirectoryUnavailable("no directory configured")
        found = await self._directory.search_people(query.strip())
        return [p for p in found if p.aad_object_id != person.aad_object_id][:MAX_DIRECTORY_MATCHES]

    async def create(self, uow: UnitOfWork, holder: Person, draft: AgreementDraft, current_year: int) -> Created:
        """Checks everything first, then writes unit, giver, agreement and audit event; the caller commits."""
        assert holder.id is not None
        unknown = set(draft.sections) - set(SECTION_KEYS)
        if unknown:
            raise ValueError(f"not agreement sections: {sorted(unknown)}")
        if draft.level not in self._profile.levels:
            raise SetupRefused(SetupRefusal.LEVEL_NOT_USED)
        if draft.year not in allowed_years(current_year):
            raise SetupRefused(SetupRefusal.YEAR_OUT_OF_RANGE)
        unit = await self._find_unit(uow, holder, draft.unit)
        if unit is not None:
            assert unit.id is not None
            if not await self._may_create_for(uow, holder, unit, draft.year):
                await uow.rollback()
                await uow.audit.add(AuditEvent(
                    tenant_id=holder.tenant_id, action="agreement.refused", actor_id=holder.id,
                    subject=f"unit:{unit.id}",
                    detail={"action": "create", "year": draft.year, "reason": SetupRefusal.NOT_FOR_UNIT.value}))
                await uow.commit()
                raise SetupRefused(SetupRefusal.NOT_FOR_UNIT)
            duplicate = await self.existing(uow, holder, unit.id, draft.year, draft.level)
            if duplicate is not None:
                raise SetupRefused(SetupRefusal.DUPLICATE, duplicate)
        giver = await self._find_giver(uow, holder, draft.giver)

        if unit is None and not policy.may_create_unit(holder, await uow.people.has_organisation(holder.tenant_id)):
            raise SetupRefused(SetupRefusal.NOT_IN_ORGANISATION)

        # Nothing is written above this line.
        new_unit = unit is None
        if unit is None:
            unit = await uow.units.add_new(
                Unit(tenant_id=holder.tenant_id, name=draft.unit.name.strip(), area=draft.unit.area.strip())
            )
            if unit is None:  # someone named the same new unit a moment ago: it is theirs now
                await uow.rollback()
                raise SetupRefused(SetupRefusal.UNIT_TAKEN)
        if giver.id is None:
            giver = await uow.people.ensure(giver)
        assert unit.id is not None and giver.id is not None
        sections = {key: (draft.sections.get(key) or "").strip() for key in SECTION_KEYS}
        agreement = await uow.agreements.add(
            Agreement(
                tenant_id=holder.tenant_id, unit_id=unit.id, year=draft.year, level=draft.level,
                holder_id=holder.id, giver_id=giver.id, status=AgreementStatus.DRAFT, version=1,
                general=sections["general"], focus_text=sections["focus_text"], economy=sections["economy"],
                dialogue=sections["dialogue"], evaluation=sections["evaluation"],
            )
        )
        assert agreement.id is not None
        await self._audit(uow, holder, agreement.id, "agreement.created", {
            "unit_id": unit.id, "new_unit": new_unit, "year": draft.year, "level": draft.level.value,
            "giver_id": giver.id, "giver_from_directory": draft.giver.directory is not None, "version": 1,
            "sections": [key for key in SECTION_KEYS if sections[key]],
        })
        return Created(agreement, unit, giver)

    # --- sections ------------------------------------------------------------------------------------

    async def editable(self, uow: UnitOfWork, person: Person) -> list[Editable]:
        """The agreements the person holds or gives, newest year first (only holders may change them)."""
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        given = [a for a in await uow.agreements.for_year(person.tenant_id) if a.giver_id == person.id]
        found: list[Editable] = []
        for agreement in sorted([*held, *given], key=lambda a: (-a.year, a.id or 0)):
            unit = await uow.units.get(person.tenant_id, agreement.unit_id)
            assert unit is not None
            found.append(Editable(agreement, unit))
        return found

    async def open_section(self, uow: UnitOfWork, person: Person, agreement_id: int, section: str) -> SectionView:
        """The section's current text, for the holder only (anyone else is refused and audited)."""
        agreement, unit = await self._held(uow, person, agreement_id, section)
        return SectionView(agreement, unit, section, str(getattr(agreement, section)))

    async def change_section(
        self, uow: UnitOfWork, person: Person, agreement_id: int, section: str, text: str
    ) -> SectionChanged:
        agreement, unit = await self._held(uow, person, agreement_id, section)
        text = text.strip()
        before = str(getattr(agreement, section))
        if text == before:
            return SectionChanged(agreement, unit, section, changed=False, new_version=False)
        old_version = agreement.version
        agreement = await self._approvals.begin_edit(uow, person, agreement)
        assert agreement.id is not None
        await uow.agreements.update_sections(person.tenant_id, agreement.id, {section: text})
        setattr(agreement, section, text)
        new_version = agreement.version != old_version
        await self._audit(uow, person, agreement.id, "agreement.section_changed", {
            "section": section, "version": agreement.version, "new_version": new_version,
            "before": before, "after": text,
        })
        return SectionChanged(agreement, unit, section, changed=True, new_version=new_version)

    # --- helpers -------------------------------------------------------------------------------------

    async def _find_unit(self, uow: UnitOfWork, holder: Person, choice: UnitChoice) -> Unit | None:
        """The chosen existing unit, or the unit that already has the new unit's name; None if it is new."""
        if choice.unit_id is not None:
            unit = await uow.units.get(holder.tenant_id, choice.unit_id)
            if unit is None:
                raise SetupRefused(SetupRefusal.UNKNOWN_UNIT)
            return unit
        name = choice.name.strip().casefold()
        if not name:
            raise SetupRefused(SetupRefusal.UNKNOWN_UNIT)
        return next((u for u in await uow.units.list(holder.tenant_id) if u.name.casefold() == name), None)

    @staticmethod
    async def _may_create_for(uow: UnitOfWork, person: Person, unit: Unit, year: int | None) -> bool:
        agreements = [a for a in await uow.agreements.for_year(person.tenant_id) if a.unit_id == unit.id]
        return policy.may_create_agreement(person, agreements, year=10_000 if year is None else year, unit=unit)

    async def _find_giver(self, uow: UnitOfWork, holder: Person, choice: GiverChoice) -> Person:
        """The giver as stored, or (from the directory, not stored yet) a Person without id."""
        if choice.person_id is not None:
            giver = await uow.people.get(holder.tenant_id, choice.person_id)
            if giver is None:
                raise SetupRefused(SetupRefusal.UNKNOWN_GIVER)
        elif choice.directory is not None:
            found = choice.directory
            if found.aad_object_id == holder.aad_object_id:
                raise SetupRefused(SetupRefusal.GIVER_IS_HOLDER)
            giver = await uow.people.get_by_aad(holder.tenant_id, found.aad_object_id) or Person(
                tenant_id=holder.tenant_id, aad_object_id=found.aad_object_id, name=found.name, email=found.email
            )
        else:
            raise SetupRefused(SetupRefusal.UNKNOWN_GIVER)
        if giver.id is not None and giver.id == holder.id:
            raise SetupRefused(SetupRefusal.GIVER_IS_HOLDER)
        return giver

    async def _held(self, uow: UnitOfWork, person: Person, agreement_id: int, section: str) -> tuple[Agreement, Unit]:
        if section not in SECTION_KEYS:
            raise ValueError(f"not an agreement section: {section!r}")
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None:
            raise ApprovalRefused(Refusal.NOT_FOUND)
        if not policy.may_edit(person, agreement):
            # The refusal is committed on its own: the caller rolls back everything else.
            await uow.rollback()
            await self._audit(uow, person, agreement_id, "agreement.refused",
                              {"action": "edit_section", "section": section, "reason": Refusal.NOT_HOLDER.value})
            await uow.commit()
            raise ApprovalRefused(Refusal.NOT_HOLDER)
        unit = await uow.units.get(person.tenant_id, agreement.unit_id)
        assert unit is not None
        return agreement, unit

    @staticmethod
    async def _audit(uow: UnitOfWork, person: Person, agreement_id: int, action: str, detail: dict[str, Any]) -> None:
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action=action, actor_id=person.id,
                                       subject=f"agreement:{agreement_id}", detail=detail))
