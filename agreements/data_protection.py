"""Data protection (GDPR): what is stored about a person, erasing them, and the retention of meeting notes.

- `export_person`: everything stored about or by a person, JSON-ready, including for each meeting note they wrote
  who read that meeting's notes and when (the read log: audit events `meeting.notes_read`, written by
  agreements.dialogue.meetings when a summary is shown).
- `erase_person`: the person row is anonymised («Slettet bruger»; AAD id, e-mail, Teams id and conversation
  reference cleared); their conversation state, cards, waiting jobs, own agenda points and the notes they wrote
  are deleted, except notes under a legal hold (journaliseret), which are kept with the author anonymised.
  Agreements they hold or give, action points they own and audit events stay: they are the municipality's
  record, and now show the anonymised name. So do channel subscriptions they set up: the channel's, not theirs
  (the stored reference names no person; `subscribed_by` then points to the anonymised row).
- `purge_notes`: meeting notes of agreements whose year ended more than the profile's `note_retention_years` ago
  are deleted, except journalised ones; the audit event carries counts only.

No function here logs or audits note text. Each use case takes a unit of work and commits it itself (the
command-line and the daily job are its only callers).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from agreements.ports import AuditRepository
from agreements.types import AuditEvent, Person

ANONYMISED_NAME = "Slettet bruger"
ANONYMISED_AAD_PREFIX = "slettet-"
READ_ACTION = "meeting.notes_read"
EXPORT_FORMAT = "aftalebot.person-export/1"
MIN_IDENTIFIER = 8  # shorter identifiers are not used to find state rows (they could match by accident)

# The sections of an export, in order; the store fills each with JSON-ready rows.
EXPORT_SECTIONS: tuple[str, ...] = (
    "agreements",  # held or given by the person, each with its goals and the person's role
    "agreement_versions",  # versions the person submitted or decided
    "meetings",  # meetings the person takes part in or created
    "meeting_notes",  # notes and decisions the person wrote (each gets "reads" here)
    "agenda_items",  # agenda points the person added
    "action_points",  # action points the person owns or closed
    "goal_evaluations",  # goal assessments the person made
    "measurements_registered",  # imports and registrations the person made (audit events)
    "audit_events",  # every audit event by or about the person
    "pending_cards",
    "sent_cards",
    "scheduled_jobs",  # jobs addressed to the person
    "channel_subscriptions",  # channels the person set up to get a unit's monthly status
    "bot_state",  # conversation and user state rows keyed by the person
)


class PersonNotFound(LookupError):
    """No person, or more than one, matches the identifier."""

    def __init__(self, ident: str, matches: int) -> None:
        super().__init__(ident)
        self.ident = ident
        self.matches = matches


@dataclass(frozen=True, slots=True)
class NoteCounts:
    deleted: int
    kept: int  # journalised: kept, with the author anonymised


@dataclass(frozen=True, slots=True)
class Erasure:
    person_id: int
    tenant_id: str
    already_anonymised: bool
    notes: NoteCounts
    agenda_items_deleted: int
    state_rows_deleted: int
    cards_deleted: int
    jobs_deleted: int
    agreements_kept: int
    action_points_kept: int


@dataclass(frozen=True, slots=True)
class Purge:
    before_year: int  # notes of agreements of earlier years are due
    retention_years: int
    dry_run: bool
    by_tenant: Mapping[str, NoteCounts] = field(default_factory=dict)

    @property
    def deleted(self) -> int:
        return sum(c.deleted for c in self.by_tenant.values())

    @property
    def kept(self) -> int:
        return sum(c.kept for c in self.by_tenant.values())


class PersonDataStore(Protocol):
    async def find(self, tenant_id: str | None, ident: str) -> list[Person]:
        """People whose database id (digits) or AAD object id is `ident`, in the tenant if one is given."""
        ...

    async def records(self, person: Person, state_identifiers: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Every stored row about or by the person, JSON-ready, by section (EXPORT_SECTIONS). A meeting note
        carries its `meeting_id`; state rows are those whose key contains one of `state_identifiers`."""
        ...

    async def note_reads(self, tenant_id: str, meeting_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        """The read log of each meeting, oldest first: {"reader_id", "reader_name", "at"} per read."""
        ...

    async def delete_notes(self, person: Person) -> NoteCounts:
        """Deletes the notes the person wrote, except journalised ones; counts both."""
        ...

    async def delete_traces(self, person: Person, state_identifiers: Sequence[str]) -> dict[str, int]:
        """Deletes the person's agenda points, cards, waiting jobs and state rows; counts by kind
        ("agenda_items", "cards", "jobs", "state_rows")."""
        ...

    async def kept_records(self, person: Person) -> dict[str, int]:
        """What stays: {"agreements": held or given, "action_points": owned}."""
        ...

    async def anonymise(self, person: Person, name: str, aad_object_id: str) -> None:
        """Replaces name and AAD id; clears e-mail, Teams user id, conversation reference and welcome."""
        ...

    async def purge_notes(self, before_year: int, *, dry_run: bool) -> dict[str, NoteCounts]:
        """Deletes (unless `dry_run`) notes of meetings about agreements of years before `before_year`, except
        journalised ones; counts by tenant (tenants with no such note are absent)."""
        ...

    async def set_journalised(self, tenant_id: str, meeting_id: int, journalised: bool) -> int | None:
        """Sets the legal hold on every note of the meeting; the number of notes, or None without the meeting."""
        ...


class DataProtectionUnitOfWork(Protocol):
    @property
    def person_data(self) -> PersonDataStore: ...
    @property
    def audit(self) -> AuditRepository: ...

    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...


# ---------------------------------------------------------------- rules


def is_anonymised(person: Person) -> bool:
    return person.aad_object_id.startswith(ANONYMISED_AAD_PREFIX)


def anonymised_aad_id(person_id: int) -> str:
    return f"{ANONYMISED_AAD_PREFIX}{person_id}"


def state_identifiers(person: Person) -> list[str]:
    """What the bot's state keys contain for this person: their Teams user id, AAD id and the id of their
    personal chat (never a group chat's: that conversation is not theirs alone)."""
    found = [person.teams_user_id or "", "" if is_anonymised(person) else person.aad_object_id]
    reference = person.conversation_reference or {}
    conversation = reference.get("conversation") if isinstance(reference, Mapping) else None
    if isinstance(conversation, Mapping) and conversation.get("conversationType", "personal") == "personal":
        found.append(str(conversation.get("id") or ""))
    return [i for i in dict.fromkeys(found) if len(i) >= MIN_IDENTIFIER]


def retention_cutoff_year(today: date, retention_years: int) -> int:
    """Agreements of years before the returned one ended (31 December) more than `retention_years` years ago."""
    if retention_years < 0:
        raise ValueError("retention_years must not be negative")
    return today.year - retention_years


def person_record(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "tenant_id": person.tenant_id,
        "aad_object_id": person.aad_object_id,
        "name": person.name,
        "email": person.email,
        "teams_user_id": person.teams_user_id,
        "role": person.role.value,
        "conversation_reference": person.conversation_reference,
        "welcomed_at": person.welcomed_at.isoformat() if person.welcomed_at else None,
        # From the organisation import (agreements.municipality.organisation).
        "unit_id": person.unit_id,
        "leader_id": person.leader_id,
        "in_organisation": person.in_organisation,
        "active": person.active,
        "app_installed_at": person.app_installed_at.isoformat() if person.app_installed_at else None,
        "app_removed_at": person.app_removed_at.isoformat() if person.app_removed_at else None,
    }


# ---------------------------------------------------------------- use cases


async def find_person(uow: DataProtectionUnitOfWork, tenant_id: str | None, ident: str) -> Person:
    matches = await uow.person_data.find(tenant_id, ident.strip())
    if len(matches) != 1:
        raise PersonNotFound(ident, len(matches))
    return matches[0]


async def export_person(uow: DataProtectionUnitOfWork, person: Person, now: datetime) -> dict[str, Any]:
    """Everything stored about the person, as one JSON-ready document; audits that an export was made."""
    assert person.id is not None
    records = await uow.person_data.records(person, state_identifiers(person))
    notes = records.get("meeting_notes", [])
    reads = await uow.person_data.note_reads(person.tenant_id, sorted({int(n["meeting_id"]) for n in notes}))
    for note in notes:
        note["reads"] = reads.get(int(note["meeting_id"]), [])
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "person": person_record(person),
    }
    document.update({section: records.get(section, []) for section in EXPORT_SECTIONS})
    await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="person.exported", actor_id=None,
                                   subject=f"person:{person.id}", detail={}, at=now))
    await uow.commit()
    return document


async def erase_person(uow: DataProtectionUnitOfWork, person: Person, now: datetime) -> Erasure:
    """Anonymises the person and deletes what is theirs alone; journalised notes stay. Idempotent."""
    assert person.id is not None
    identifiers = state_identifiers(person)
    already = is_anonymised(person)
    notes = await uow.person_data.delete_notes(person)
    traces = await uow.person_data.delete_traces(person, identifiers)
    kept = await uow.person_data.kept_records(person)
    await uow.person_data.anonymise(person, ANONYMISED_NAME, anonymised_aad_id(person.id))
    erasure = Erasure(
        person_id=person.id,
        tenant_id=person.tenant_id,
        already_anonymised=already,
        notes=notes,
        agenda_items_deleted=traces.get("agenda_items", 0),
        state_rows_deleted=traces.get("state_rows", 0),
        cards_deleted=traces.get("cards", 0),
        jobs_deleted=traces.get("jobs", 0),
        agreements_kept=kept.get("agreements", 0),
        action_points_kept=kept.get("action_points", 0),
    )
    await uow.audit.add(AuditEvent(
        tenant_id=person.tenant_id, action="person.erased", actor_id=None, subject=f"person:{person.id}", at=now,
        detail={"notes_deleted": notes.deleted, "notes_kept_journalised": notes.kept,
                "agenda_items_deleted": erasure.agenda_items_deleted, "state_rows_deleted": erasure.state_rows_deleted,
                "cards_deleted": erasure.cards_deleted, "jobs_deleted": erasure.jobs_deleted},
    ))
    await uow.commit()
    return erasure


async def purge_notes(
    uow: DataProtectionUnitOfWork, retention_years: int, today: date, now: datetime, *, dry_run: bool = False
) -> Purge:
    """Deletes the meeting notes past retention (not journalised ones); one audit event per tenant where notes
    were deleted, with counts only. `dry_run` counts and changes nothing."""
    before_year = retention_cutoff_year(today, retention_years)
    counts = await uow.person_data.purge_notes(before_year, dry_run=dry_run)
    if dry_run:
        await uow.rollback()
        return Purge(before_year, retention_years, True, counts)
    for tenant_id, tenant_counts in sorted(counts.items()):
        if tenant_counts.deleted:
            await uow.audit.add(AuditEvent(
                tenant_id=tenant_id, action="meeting_notes.purged", actor_id=None, subject="retention", at=now,
                detail={"deleted": tenant_counts.deleted, "kept_journalised": tenant_counts.kept,
                        "before_year": before_year, "retention_years": retention_years},
            ))
    await uow.commit()
    return Purge(before_year, retention_years, False, counts)


async def journalise_meeting(
    uow: DataProtectionUnitOfWork, tenant_id: str, meeting_id: int, now: datetime, *, journalised: bool = True
) -> int | None:
    """Puts (or lifts) the legal hold on a meeting's notes; the number of notes, None without the meeting."""
    count = await uow.person_data.set_journalised(tenant_id, meeting_id, journalised)
    if count is None:
        await uow.rollback()
        return None
    await uow.audit.add(AuditEvent(
        tenant_id=tenant_id, action="meeting.journalised" if journalised else "meeting.unjournalised",
        actor_id=None, subject=f"meeting:{meeting_id}", detail={"notes": count}, at=now,
    ))
    await uow.commit()
    return count
