"""The municipality's organisation as data (issue 18): people, units and roles, imported from a file.

The file (CSV with `;` or `,`, UTF-8 or cp1252, or XLSX) has the header `navn;e-mail;entra-id;enhed;rolle;leder`:
one row a person, `leder` the e-mail of the person's leader, who becomes the default aftalegiver. Everything is
checked before anything is written, and every error names its row (in Danish). Importing the same file again changes
nothing; someone missing from a new file is deactivated, never deleted (their agreements stay).

What the rows make:
- a unit per `enhed`; its aftaleholder is its leading person (direktør, fagchef or leder) whose own leader sits in
  another unit (the first such row), its aftalegiver that holder's leader, its parent the giver's unit (a unit
  without a holder: the unit of the first member's leader outside it);
- the unit's fagområde (`Unit.area`): the fagchef's unit above it (or the unit itself when none is above);
- a person by Entra object id (what Teams sends as `from.aadObjectId`), with role, unit and leader.

Pure parsing first (`parse_organisation`), then `import_organisation` in the caller's unit of work.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from agreements.indicators.measurement_import import Cell, _decode, _sniff_delimiter, _text, _xlsx_value
from agreements.ports import UnitOfWork
from agreements.types import LEADING_ROLES, AuditEvent, Person, Role, Unit

ROLE_BY_WORD: dict[str, Role] = {
    "direktør": Role.DIRECTOR,
    "fagchef": Role.HEAD,
    "leder": Role.MANAGER,
    "chefkonsulent": Role.COORDINATOR,
    "medarbejder": Role.EMPLOYEE,
    "administrator": Role.ADMINISTRATOR,
}
ROLE_WORD: dict[Role, str] = {role: word for word, role in ROLE_BY_WORD.items()}
COLUMNS = ("navn", "e-mail", "entra-id", "enhed", "rolle", "leder")
_COLUMN_ALIASES = {"email": "e-mail", "mail": "e-mail", "entra id": "entra-id", "entraid": "entra-id",
                   "objekt-id": "entra-id", "object id": "entra-id", "aadobjectid": "entra-id"}
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
MAX_ROWS = 50_000


@dataclass(frozen=True, slots=True)
class OrgRow:
    line: int
    name: str
    email: str
    entra_id: str
    unit: str
    role: Role
    leader_email: str | None


@dataclass(frozen=True, slots=True)
class OrgError:
    line: int  # 0: the file as a whole
    message: str

    def text(self) -> str:
        return self.message if self.line == 0 else f"Række {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class PlannedUnit:
    name: str
    area: str
    parent: str | None
    holder_email: str | None
    giver_email: str | None


@dataclass(slots=True)
class Organisation:
    """A checked file: its people and the units they make."""

    rows: list[OrgRow] = field(default_factory=list)
    units: list[PlannedUnit] = field(default_factory=list)
    errors: list[OrgError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class OrganisationRejected(ValueError):
    def __init__(self, errors: Sequence[OrgError]) -> None:
        super().__init__("; ".join(e.text() for e in errors))
        self.errors = list(errors)

    def report(self, limit: int = 50) -> str:
        lines = ["Organisationen er ikke indlæst; intet er ændret."]
        lines += [e.text() for e in self.errors[:limit]]
        if len(self.errors) > limit:
            lines.append(f"… og {len(self.errors) - limit} fejl mere.")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    people_added: int = 0
    people_changed: int = 0
    people_deactivated: int = 0
    units_added: int = 0
    units_changed: int = 0
    units_deactivated: int = 0
    people: int = 0
    units: int = 0

    @property
    def changed(self) -> bool:
        return any((self.people_added, self.people_changed, self.people_deactivated, self.units_added,
                    self.units_changed, self.units_deactivated))

    def text(self) -> str:
        if not self.changed:
            return f"Organisationen er uændret: {self.people} personer i {self.units} enheder."
        return (
            f"Organisationen er indlæst: {self.people} personer i {self.units} enheder. "
            f"Personer: {_counts(self.people_added, self.people_changed, self.people_deactivated)}. "
            f"Enheder: {_counts(self.units_added, self.units_changed, self.units_deactivated)}."
        )


def _counts(added: int, changed: int, deactivated: int) -> str:
    def word(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    return ", ".join((word(added, "ny", "nye"), word(changed, "ændret", "ændrede"),
                      word(deactivated, "deaktiveret", "deaktiverede")))


# ---------------------------------------------------------------- parsing


def parse_organisation_file(data: bytes, *, xlsx: bool) -> Organisation:
    """The file's rows, checked (see the module docstring); errors instead of rows when anything is wrong."""
    table = _xlsx_rows(data) if xlsx else _csv_rows(data)
    if isinstance(table, OrgError):
        return Organisation(errors=[table])
    return parse_organisation(table)


def parse_organisation(table: Sequence[Sequence[Cell]]) -> Organisation:
    rows = [(line, [_text(c) for c in cells]) for line, cells in enumerate(table, start=1)]
    rows = [(line, cells) for line, cells in rows if any(cells)]
    if not rows:
        return Organisation(errors=[OrgError(0, "Filen er tom.")])
    header_line, header = rows[0]
    index: dict[str, int] = {}
    for position, title in enumerate(header):
        key = " ".join(title.strip().lower().split())
        key = _COLUMN_ALIASES.get(key, key)
        if key in COLUMNS and key not in index:
            index[key] = position
    missing = [c for c in COLUMNS if c not in index]
    if missing:
        return Organisation(errors=[OrgError(header_line, (
            f"overskriften mangler {', '.join(f'«{c}»' for c in missing)}. "
            f"Første række skal være: {';'.join(COLUMNS)}."))])
    if len(rows) - 1 > MAX_ROWS:
        return Organisation(errors=[OrgError(0, f"Filen har over {MAX_ROWS} personer.")])

    errors: list[OrgError] = []
    parsed: list[OrgRow] = []
    by_email: dict[str, int] = {}
    by_entra: dict[str, int] = {}
    for line, cells in rows[1:]:
        def cell(column: str, cells: list[str] = cells) -> str:
            position = index[column]
            return cells[position].strip() if position < len(cells) else ""

        name, email, entra, unit = cell("navn"), cell("e-mail").lower(), cell("entra-id").lower(), cell("enhed")
        role_word, leader = cell("rolle").lower(), cell("leder").lower()
        problems = []
        if not name:
            problems.append("navnet mangler")
        if not _EMAIL.match(email):
            problems.append(f"e-mailen «{email}» er ikke en e-mailadresse" if email else "e-mailen mangler")
        if not _GUID.match(entra):
            problems.append(f"entra-id «{entra}» er ikke et objekt-id fra Entra ID (fx "
                            "1a2b3c4d-0000-4000-8000-000000000001)" if entra else "entra-id mangler")
        if not unit:
            problems.append("enheden mangler")
        role = ROLE_BY_WORD.get(role_word)
        if role is None:
            problems.append((f"rollen «{role_word}» findes ikke" if role_word else "rollen mangler")
                            + f"; brug en af: {', '.join(ROLE_BY_WORD)}")
        if leader and leader == email:
            problems.append("en person kan ikke være sin egen leder")
        if email in by_email:
            problems.append(f"e-mailen {email} står også i række {by_email[email]}")
        if entra and entra in by_entra:
            problems.append(f"entra-id {entra} står også i række {by_entra[entra]}")
        if problems:
            errors.append(OrgError(line, _sentence(problems)))
            continue
        assert role is not None
        by_email[email] = line
        by_entra[entra] = line
        parsed.append(OrgRow(line, name, email, entra, unit, role, leader or None))

    emails = {r.email: r for r in parsed}
    for row in parsed:
        if row.leader_email and row.leader_email not in emails:
            errors.append(OrgError(row.line, f"Lederen {row.leader_email} står ikke i filen."))
    if not errors:
        errors += _cycles(parsed, emails)
    if errors:
        return Organisation(errors=sorted(errors, key=lambda e: e.line))
    return Organisation(rows=parsed, units=_plan_units(parsed, emails))


def _sentence(problems: list[str]) -> str:
    text = "; ".join(problems)
    return text[:1].upper() + text[1:] + "."


def _cycles(rows: list[OrgRow], emails: Mapping[str, OrgRow]) -> list[OrgError]:
    errors: list[OrgError] = []
    for row in rows:
        seen = {row.email}
        current = row
        while current.leader_email is not None:
            if current.leader_email in seen:
                errors.append(OrgError(row.line, "Lederne danner en ring (en person er sin egen leders leder)."))
                break
            seen.add(current.leader_email)
            current = emails[current.leader_email]
    return errors


def _plan_units(rows: list[OrgRow], emails: Mapping[str, OrgRow]) -> list[PlannedUnit]:
    names: list[str] = []
    for row in rows:
        if row.unit not in names:
            names.append(row.unit)
    holder: dict[str, OrgRow] = {}
    parent: dict[str, str] = {}
    for row in rows:
        leader = emails.get(row.leader_email) if row.leader_email else None
        from_outside = leader is None or leader.unit != row.unit
        if from_outside and leader is not None and row.unit not in parent:
            parent[row.unit] = leader.unit
        if from_outside and row.role in LEADING_ROLES and row.unit not in holder:
            holder[row.unit] = row
    for name, top in holder.items():  # the unit above is the holder's leader's, whoever else sits in the unit
        above = emails.get(top.leader_email) if top.leader_email else None
        if above is not None:
            parent[name] = above.unit
        else:
            parent.pop(name, None)
    planned: list[PlannedUnit] = []
    for name in names:
        head = holder.get(name)
        giver = emails.get(head.leader_email) if head is not None and head.leader_email else None
        planned.append(PlannedUnit(
            name=name, area=_area(name, holder, parent), parent=parent.get(name),
            holder_email=head.email if head else None, giver_email=giver.email if giver else None))
    return planned


def _area(name: str, holder: Mapping[str, OrgRow], parent: Mapping[str, str]) -> str:
    """The fagområde: the nearest unit, this one or above, whose holder is a fagchef; else the unit itself."""
    current: str | None = name
    seen: set[str] = set()
    while current is not None and current not in seen:
        seen.add(current)
        head = holder.get(current)
        if head is not None and head.role is Role.HEAD:
            return current
        current = parent.get(current)
    return name


def _csv_rows(data: bytes) -> list[list[Cell]] | OrgError:
    text = _decode(data)
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))]
    except csv.Error:
        return OrgError(0, "Filen kan ikke læses som CSV (fx et anførselstegn, der ikke lukkes).")


def _xlsx_rows(data: bytes) -> list[list[Cell]] | OrgError:
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, key, value errors) for a file it cannot read
        return OrgError(0, "Filen kan ikke læses som et Excel-regneark (.xlsx).")
    try:
        if not workbook.worksheets:
            return OrgError(0, "Filen er tom.")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        return [[_xlsx_value(c) for c in cells] for cells in sheet.iter_rows(min_row=1)]
    finally:
        workbook.close()


# ---------------------------------------------------------------- storing


def is_organisation_member(person: Person) -> bool:
    return person.in_organisation and person.active


async def import_organisation(
    uow: UnitOfWork, tenant_id: str, organisation: Organisation, *, actor_id: int | None = None,
    source: str = "fil",
) -> ImportSummary:
    """Writes the checked organisation in the caller's unit of work (the caller commits): units and people added or
    changed, those missing deactivated. Writes nothing when nothing differs."""
    if not organisation.ok:
        raise OrganisationRejected(organisation.errors)
    counts: dict[str, int] = dict.fromkeys(
        ("people_added", "people_changed", "people_deactivated", "units_added", "units_changed",
         "units_deactivated"), 0)

    units = {u.name: u for u in await uow.units.list(tenant_id)}
    before_units = {name: replace(u) for name, u in units.items()}
    for planned in organisation.units:
        if planned.name not in units:
            units[planned.name] = await uow.units.add(Unit(tenant_id=tenant_id, name=planned.name, area=planned.area))
            counts["units_added"] += 1

    people = {p.aad_object_id: p for p in await uow.people.list(tenant_id)}
    before_people = {aad: replace(p) for aad, p in people.items()}
    added = [Person(tenant_id=tenant_id, aad_object_id=row.entra_id, name=row.name, email=row.email, role=row.role,
                    unit_id=units[row.unit].id, in_organisation=True)
             for row in organisation.rows if row.entra_id not in people]
    if added:
        await uow.people.add_many(added)
        people.update({p.aad_object_id: p for p in added})
        counts["people_added"] = len(added)
    by_email = {row.email: people[row.entra_id] for row in organisation.rows}

    named = {row.entra_id for row in organisation.rows}
    changed: list[Person] = []
    for row in organisation.rows:
        person = people[row.entra_id]
        leader = by_email[row.leader_email] if row.leader_email else None
        person.name, person.email, person.role = row.name, row.email, row.role
        person.unit_id, person.leader_id = units[row.unit].id, leader.id if leader else None
        person.active, person.in_organisation = True, True
        before = before_people.get(row.entra_id)
        if before is None or _person_key(before) != _person_key(person):
            changed.append(person)
            counts["people_changed"] += before is not None
    for aad, person in people.items():
        if aad not in named and person.in_organisation and person.active:
            person.active = False
            changed.append(person)
            counts["people_deactivated"] += 1
    if changed:
        await uow.people.update_many(changed)

    planned_names = {p.name for p in organisation.units}
    for planned in organisation.units:
        unit = units[planned.name]
        unit.area = planned.area
        unit.parent_id = units[planned.parent].id if planned.parent else None
        unit.holder_id = by_email[planned.holder_email].id if planned.holder_email else None
        unit.giver_id = by_email[planned.giver_email].id if planned.giver_email else None
        unit.active = True
        before_unit = before_units.get(planned.name)
        if before_unit is None or _unit_key(before_unit) != _unit_key(unit):
            await uow.units.update(unit)
            if before_unit is not None:
                counts["units_changed"] += 1
    for name, unit in units.items():
        if name not in planned_names and unit.active:
            unit.active = False
            await uow.units.update(unit)
            counts["units_deactivated"] += 1

    summary = ImportSummary(**counts, people=len(organisation.rows), units=len(organisation.units))
    if summary.changed:
        await uow.audit.add(AuditEvent(tenant_id=tenant_id, action="organisation.imported", actor_id=actor_id,
                                       subject=f"organisation:{tenant_id}",
                                       detail={"source": source, **counts}))
    return summary


def _person_key(p: Person) -> tuple[Any, ...]:
    return (p.name, p.email, p.role, p.unit_id, p.leader_id, p.active, p.in_organisation)


def _unit_key(u: Unit) -> tuple[Any, ...]:
    return (u.area, u.parent_id, u.holder_id, u.giver_id, u.active)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class OrgView:
    """Units and people as the file names them; each dict also carries its store ids (`ID_KEYS`, for the card's
    actions), left out of `as_json`."""

    units: list[dict[str, Any]]
    people: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"units": [_without_ids(u) for u in self.units], "people": [_without_ids(p) for p in self.people]}

    def text(self) -> str:
        if not self.units and not self.people:
            return "Der er ingen organisation endnu. Indlæs den med «aftalebot org import FIL»."
        lines = ["Enheder:"]
        children: dict[str | None, list[dict[str, Any]]] = {}
        for unit in self.units:
            children.setdefault(unit["overordnet"], []).append(unit)

        def walk(parent: str | None, depth: int, seen: set[str]) -> None:
            for unit in children.get(parent, []):
                if unit["navn"] in seen:
                    continue
                seen.add(unit["navn"])
                parts = [f"aftaleholder {unit['aftaleholder'] or '–'}", f"aftalegiver {unit['aftalegiver'] or '–'}"]
                inactive = "" if unit["aktiv"] else " (deaktiveret)"
                lines.append(f"{'  ' * (depth + 1)}{unit['navn']}{inactive}: {', '.join(parts)}")
                walk(unit["navn"], depth + 1, seen)

        walk(None, 0, set())
        lines.append("Personer:")
        for person in self.people:
            inactive = "" if person["aktiv"] else " (deaktiveret)"
            lines.append(f"  {person['navn']} <{person['e-mail'] or ''}>, {person['rolle']}, "
                         f"{person['enhed'] or '–'}{inactive}")
        return "\n".join(lines)


ID_KEYS = ("id", "overordnet_id", "enhed_id")


def _without_ids(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in ID_KEYS}


async def organisation_view(uow: UnitOfWork, tenant_id: str) -> OrgView:
    units = await uow.units.list(tenant_id)
    people = [p for p in await uow.people.list(tenant_id) if p.in_organisation]
    names = {p.id: p.name for p in people}
    unit_names = {u.id: u.name for u in units}
    emails = {p.id: p.email for p in people}
    return OrgView(
        units=[{"id": u.id, "overordnet_id": u.parent_id,
                "navn": u.name, "fagområde": u.area, "overordnet": unit_names.get(u.parent_id),
                "aftaleholder": names.get(u.holder_id), "aftalegiver": names.get(u.giver_id), "aktiv": u.active}
               for u in units if u.holder_id is not None or any(p.unit_id == u.id for p in people)],
        people=[{"id": p.id, "enhed_id": p.unit_id,
                 "navn": p.name, "e-mail": p.email, "entra-id": p.aad_object_id, "enhed": unit_names.get(p.unit_id),
                 "rolle": ROLE_WORD[p.role], "leder": emails.get(p.leader_id), "aktiv": p.active}
                for p in sorted(people, key=lambda p: p.name.casefold())],
    )
