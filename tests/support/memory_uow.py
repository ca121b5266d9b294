"""An in-memory unit of work (agreements.ports.UnitOfWork) for use-case tests: no database, no event loop work.

What a use case commits is kept; what it rolls back (or leaves uncommitted when the test calls `discard`) is lost,
as with the store: `commit` copies the working state to the committed one, `rollback` copies it back. The
repositories hold only what the agreement use cases need; a test that needs more adds it here, and the store's
own behaviour stays tested against SQLite and PostgreSQL (tests/test_store.py).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Goal,
    Indicator,
    Measurement,
    PendingCard,
    Person,
    ProfileTexts,
    SentCard,
    Unit,
)


@dataclass
class State:
    people: dict[int, Person] = field(default_factory=dict)
    units: dict[int, Unit] = field(default_factory=dict)
    agreements: dict[int, Agreement] = field(default_factory=dict)
    versions: list[AgreementVersion] = field(default_factory=list)
    pending: list[PendingCard] = field(default_factory=list)
    sent: list[SentCard] = field(default_factory=list)
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    audit: list[AuditEvent] = field(default_factory=list)
    profile_texts: list[ProfileTexts] = field(default_factory=list)
    next_id: int = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1


class MemoryStore:
    """The committed state, shared by every unit of work made from it (as a database is)."""

    def __init__(self) -> None:
        self.committed = State()
        self.commits = 0

    def uow(self) -> MemoryUnitOfWork:
        return MemoryUnitOfWork(self)


class _Repository:
    def __init__(self, uow: MemoryUnitOfWork) -> None:
        self._uow = uow

    @property
    def _state(self) -> State:
        return self._uow.state


class MemoryPeople(_Repository):
    async def get(self, tenant_id: str, person_id: int) -> Person | None:
        person = self._state.people.get(person_id)
        return copy.deepcopy(person) if person and person.tenant_id == tenant_id else None

    async def get_by_aad(self, tenant_id: str, aad_object_id: str) -> Person | None:
        return next((copy.deepcopy(p) for p in self._state.people.values()
                     if p.tenant_id == tenant_id and p.aad_object_id == aad_object_id), None)

    async def add(self, person: Person) -> Person:
        person.id = self._state.new_id()
        self._state.people[person.id] = copy.deepcopy(person)
        return person

    async def ensure(self, person: Person) -> Person:
        return await self.get_by_aad(person.tenant_id, person.aad_object_id) or await self.add(person)

    async def update(self, person: Person) -> None:
        assert person.id is not None
        self._state.people[person.id] = copy.deepcopy(person)

    async def claim_welcome(self, tenant_id: str, person_id: int, at: datetime) -> bool:
        person = self._state.people.get(person_id)
        if person is None or person.welcomed_at is not None:
            return False
        person.welcomed_at = at
        return True

    async def list(self, tenant_id: str) -> list[Person]:
        return [copy.deepcopy(p) for p in self._state.people.values() if p.tenant_id == tenant_id]

    async def known_conversation(self, tenant_id: str) -> dict[str, Any] | None:
        return next((copy.deepcopy(p.conversation_reference) for p in reversed(self._state.people.values())
                     if p.tenant_id == tenant_id and p.conversation_reference), None)


class MemoryUnits(_Repository):
    async def add(self, unit: Unit) -> Unit:
        unit.id = self._state.new_id()
        self._state.units[unit.id] = copy.deepcopy(unit)
        return unit

    async def add_new(self, unit: Unit) -> Unit | None:
        return None if await self.find_by_name(unit.tenant_id, unit.name) else await self.add(unit)

    async def get(self, tenant_id: str, unit_id: int) -> Unit | None:
        unit = self._state.units.get(unit_id)
        return copy.deepcopy(unit) if unit and unit.tenant_id == tenant_id else None

    async def find_by_name(self, tenant_id: str, name: str) -> Unit | None:
        return next((copy.deepcopy(u) for u in self._state.units.values()
                     if u.tenant_id == tenant_id and u.name == name), None)

    async def list(self, tenant_id: str) -> list[Unit]:
        return [copy.deepcopy(u) for u in self._state.units.values() if u.tenant_id == tenant_id]


class MemoryAgreements(_Repository):
    async def add(self, agreement: Agreement) -> Agreement:
        agreement.id = self._state.new_id()
        for goal in agreement.goals:
            self._number(agreement.id, goal)
        self._state.agreements[agreement.id] = copy.deepcopy(agreement)
        return agreement

    def _number(self, agreement_id: int, goal: Goal) -> None:
        goal.agreement_id, goal.id = agreement_id, self._state.new_id()
        for indicator in goal.indicators:
            indicator.goal_id, indicator.id = goal.id, self._state.new_id()

    async def get(self, tenant_id: str, agreement_id: int) -> Agreement | None:
        agreement = self._state.agreements.get(agreement_id)
        return copy.deepcopy(agreement) if agreement and agreement.tenant_id == tenant_id else None

    async def for_holder(self, tenant_id: str, holder_id: int) -> list[Agreement]:
        return [copy.deepcopy(a) for a in self._state.agreements.values()
                if a.tenant_id == tenant_id and a.holder_id == holder_id]

    async def find(self, tenant_id: str, unit_id: int, year: int) -> Agreement | None:
        return next((copy.deepcopy(a) for a in self._state.agreements.values()
                     if a.tenant_id == tenant_id and a.unit_id == unit_id and a.year == year), None)

    async def find_for_level(self, tenant_id: str, unit_id: int, year: int,
                             level: AgreementLevel) -> Agreement | None:
        return next((copy.deepcopy(a) for a in self._state.agreements.values() if a.tenant_id == tenant_id
                     and a.unit_id == unit_id and a.year == year and a.level is level), None)

    async def add_goal(self, agreement_id: int, goal: Goal) -> Goal:
        self._number(agreement_id, goal)
        self._state.agreements[agreement_id].goals.append(copy.deepcopy(goal))
        return goal

    async def update_goal(self, tenant_id: str, goal_id: int, goal: Goal) -> None:
        for agreement in self._state.agreements.values():
            agreement.goals = [copy.deepcopy(goal) if g.id == goal_id else g for g in agreement.goals]

    async def count(self, tenant_id: str | None = None) -> int:
        return sum(1 for a in self._state.agreements.values() if tenant_id in (None, a.tenant_id))

    async def for_year(self, tenant_id: str, year: int | None = None) -> list[Agreement]:
        return [copy.deepcopy(a) for a in self._state.agreements.values()
                if a.tenant_id == tenant_id and year in (None, a.year)]

    async def tenants(self) -> list[str]:
        return sorted({a.tenant_id for a in self._state.agreements.values()})

    async def transition(self, tenant_id: str, agreement_id: int, *, from_statuses: tuple[AgreementStatus, ...],
                         version: int, to_status: AgreementStatus, to_version: int | None = None) -> bool:
        agreement = self._state.agreements.get(agreement_id)
        if agreement is None or agreement.status not in from_statuses or agreement.version != version:
            return False
        agreement.status = to_status
        agreement.version = to_version if to_version is not None else version
        return True

    async def update_sections(self, tenant_id: str, agreement_id: int, sections: dict[str, str]) -> None:
        agreement = self._state.agreements[agreement_id]
        for key, value in sections.items():
            setattr(agreement, key, value)

    async def add_version(self, record: AgreementVersion) -> AgreementVersion:
        record.id = self._state.new_id()
        self._state.versions.append(copy.deepcopy(record))
        return record

    async def versions(self, tenant_id: str, agreement_id: int) -> list[AgreementVersion]:
        return sorted((copy.deepcopy(r) for r in self._state.versions
                       if r.tenant_id == tenant_id and r.agreement_id == agreement_id), key=lambda r: r.version)

    async def record_decision(self, record: AgreementVersion) -> None:
        self._state.versions = [copy.deepcopy(record) if r.id == record.id else r for r in self._state.versions]


class MemoryMeasurements(_Repository):
    async def upsert_many(self, measurements: Sequence[Measurement]) -> int:
        raise NotImplementedError

    async def for_indicator(self, tenant_id: str, indicator_id: int) -> list[Measurement]:
        return []

    async def for_indicators(self, tenant_id: str, indicator_ids: Sequence[int]) -> dict[int, list[Measurement]]:
        return {}

    async def indicators(self, tenant_id: str) -> list[Indicator]:
        return []

    async def stored_values(self, tenant_id: str, indicator_ids: Sequence[int],
                            periods: Sequence[str]) -> dict[tuple[int, str], tuple[float, str | None]]:
        return {}

    async def save_imported(self, measurements: Sequence[Measurement]) -> None:
        raise NotImplementedError


class MemoryCards(_Repository):
    async def add_pending(self, card: PendingCard) -> bool:
        key = dataclasses.replace(card, id=None)
        if any(dataclasses.replace(p, id=None) == key for p in self._state.pending):
            return False
        card.id = self._state.new_id()
        self._state.pending.append(copy.deepcopy(card))
        return True

    async def pending_for(self, tenant_id: str, person_id: int) -> list[PendingCard]:
        return [copy.deepcopy(p) for p in self._state.pending if p.tenant_id == tenant_id and p.person_id == person_id]

    async def mark_delivered(self, card: PendingCard) -> None:
        self._state.pending = [p for p in self._state.pending if p.id != card.id]

    async def remember_sent(self, card: SentCard) -> None:
        card.id = self._state.new_id()
        self._state.sent.append(copy.deepcopy(card))

    async def sent(self, tenant_id: str, agreement_id: int, kind: str) -> list[SentCard]:
        return [copy.deepcopy(s) for s in self._state.sent
                if s.tenant_id == tenant_id and s.agreement_id == agreement_id and s.kind == kind]


class MemoryJobs(_Repository):
    async def enqueue(self, tenant_id: str, kind: str, due_at: datetime, idempotency_key: str,
                      payload: Mapping[str, Any], *, expires_at: datetime | None = None) -> bool:
        if idempotency_key in self._state.jobs:
            return False
        self._state.jobs[idempotency_key] = {"tenant_id": tenant_id, "kind": kind, "due_at": due_at,
                                             "payload": dict(payload), "expires_at": expires_at}
        return True

    async def wake_recipient(self, tenant_id: str, kind: str, person_id: int, now: datetime) -> int:
        return 0

    async def cancel_pending(self, tenant_id: str, kind: str, *, keys: Sequence[str] = (),
                             prefixes: Sequence[str] = (), now: datetime) -> int:
        gone = [k for k, job in self._state.jobs.items() if job["kind"] == kind
                and (k in keys or any(k.startswith(p) for p in prefixes))]
        for key in gone:
            del self._state.jobs[key]
        return len(gone)


class MemoryAudit(_Repository):
    async def add(self, event: AuditEvent) -> None:
        event.id = self._state.new_id()
        self._state.audit.append(copy.deepcopy(event))

    async def list(self, tenant_id: str, subject: str | None = None) -> list[AuditEvent]:
        return [copy.deepcopy(e) for e in self._state.audit
                if e.tenant_id == tenant_id and subject in (None, e.subject)]


class MemoryProfileTexts(_Repository):
    async def for_profile(self, tenant_id: str, profile_key: str) -> list[ProfileTexts]:
        return sorted((copy.deepcopy(t) for t in self._state.profile_texts
                       if t.tenant_id == tenant_id and t.profile_key == profile_key), key=lambda t: t.year)

    async def save(self, texts: ProfileTexts) -> None:
        kept = [t for t in self._state.profile_texts
                if (t.tenant_id, t.profile_key, t.year) != (texts.tenant_id, texts.profile_key, texts.year)]
        texts.id = texts.id or self._state.new_id()
        self._state.profile_texts = [*kept, copy.deepcopy(texts)]


class MemoryUnitOfWork:
    """One transaction over a MemoryStore (agreements.ports.UnitOfWork)."""

    def __init__(self, store: MemoryStore) -> None:
        self._store = store
        self.state = copy.deepcopy(store.committed)
        self.people = MemoryPeople(self)
        self.units = MemoryUnits(self)
        self.agreements = MemoryAgreements(self)
        self.measurements = MemoryMeasurements(self)
        self.cards = MemoryCards(self)
        self.jobs = MemoryJobs(self)
        self.audit = MemoryAudit(self)
        self.profile_texts = MemoryProfileTexts(self)
        self.rollbacks = 0

    async def __aenter__(self) -> MemoryUnitOfWork:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.rollback()  # what was not committed is lost, as with the store

    async def commit(self) -> None:
        self._store.committed = copy.deepcopy(self.state)
        self._store.commits += 1

    async def rollback(self) -> None:
        self.state = copy.deepcopy(self._store.committed)
        self.rollbacks += 1
