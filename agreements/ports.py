"""Ports the store implements. Services depend on these, never on a database library."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Goal,
    GoalShare,
    Indicator,
    Involvement,
    Measurement,
    PendingCard,
    Person,
    ProfileTexts,
    SentCard,
    Unit,
)


class PersonRepository(Protocol):
    async def get(self, tenant_id: str, person_id: int) -> Person | None: ...
    async def get_by_aad(self, tenant_id: str, aad_object_id: str) -> Person | None: ...
    async def add(self, person: Person) -> Person: ...
    async def ensure(self, person: Person) -> Person:
        """The stored person with this tenant and AAD id, inserting `person` if there is none (race-safe)."""
        ...
    async def update(self, person: Person) -> None: ...
    async def claim_welcome(self, tenant_id: str, person_id: int, at: datetime) -> bool:
        """Marks the person welcomed; True only for the one caller that did it first."""
        ...
    async def list(self, tenant_id: str) -> list[Person]: ...
    async def add_many(self, people: Sequence[Person]) -> None:
        """Inserts the people at once and sets their ids (an organisation import)."""
        ...
    async def update_many(self, people: Sequence[Person]) -> None: ...
    async def has_organisation(self, tenant_id: str) -> bool:
        """Whether the tenant's organisation was imported
        (agreements.municipality.organisation): then only its people
        count."""
        ...
    async def known_conversation(self, tenant_id: str) -> dict[str, Any] | None:
        """A conversation reference stored for someone in the tenant (the latest person's that has one), or None:
        where Teams reaches the bot from in this tenant, for reaching someone who never wrote to it."""
        ...


class UnitRepository(Protocol):
    async def add(self, unit: Unit) -> Unit: ...
    async def add_new(self, unit: Unit) -> Unit | None:
        """Adds the unit unless one with its name exists (perhaps added by someone else this moment): None then."""
        ...
    async def get(self, tenant_id: str, unit_id: int) -> Unit | None: ...
    async def find_by_name(self, tenant_id: str, name: str) -> Unit | None: ...
    async def list(self, tenant_id: str) -> list[Unit]: ...
    async def update(self, unit: Unit) -> None: ...


class AgreementRepository(Protocol):
    async def add(self, agreement: Agreement) -> Agreement: ...
    async def get(self, tenant_id: str, agreement_id: int) -> Agreement | None: ...
    async def for_holder(self, tenant_id: str, holder_id: int) -> list[Agreement]: ...
    async def find(self, tenant_id: str, unit_id: int, year: int) -> Agreement | None: ...
    async def find_for_level(
        self, tenant_id: str, unit_id: int, year: int, level: AgreementLevel
    ) -> Agreement | None:
        """The agreement for this unit, year and level (at most one exists)."""
        ...
    async def add_goal(self, agreement_id: int, goal: Goal) -> Goal: ...
    async def update_goal(self, tenant_id: str, goal_id: int, goal: Goal) -> None:
        """Replaces the goal's fields; its first indicator is updated in place so measurements stay."""
        ...
    async def count(self, tenant_id: str | None = None) -> int: ...
    async def for_year(self, tenant_id: str, year: int | None = None) -> list[Agreement]: ...
    async def tenants(self) -> list[str]:
        """Every tenant that has an agreement (for jobs that run across tenants)."""
        ...
    async def transition(
        self,
        tenant_id: str,
        agreement_id: int,
        *,
        from_statuses: tuple[AgreementStatus, ...],
        version: int,
        to_status: AgreementStatus,
        to_version: int | None = None,
    ) -> bool:
        """Moves the agreement on only if it still has one of `from_statuses` and `version`; True if it did."""
        ...
    async def update_sections(self, tenant_id: str, agreement_id: int, sections: dict[str, str]) -> None: ...
    async def add_version(self, record: AgreementVersion) -> AgreementVersion: ...
    async def versions(self, tenant_id: str, agreement_id: int) -> list[AgreementVersion]: ...
    async def record_decision(self, record: AgreementVersion) -> None: ...


class MeasurementRepository(Protocol):
    async def upsert_many(self, measurements: Sequence[Measurement]) -> int: ...
    async def for_indicator(self, tenant_id: str, indicator_id: int) -> list[Measurement]: ...
    async def for_indicators(self, tenant_id: str, indicator_ids: Sequence[int]) -> dict[int, list[Measurement]]:
        """The measurements of each indicator (an indicator without any is absent), ordered by period."""
        ...
    async def indicators(self, tenant_id: str) -> list[Indicator]:
        """Every indicator of the tenant: what an import may refer to by key or source key."""
        ...
    async def stored_values(
        self, tenant_id: str, indicator_ids: Sequence[int], periods: Sequence[str]
    ) -> dict[tuple[int, str], tuple[float, str | None]]:
        """(value, comment) by (indicator id, period key), for the given indicators and periods."""
        ...
    async def save_imported(self, measurements: Sequence[Measurement]) -> None:
        """Inserts or overwrites value and comment per (indicator, period), in one statement per call."""
        ...


class JobQueue(Protocol):
    async def enqueue(
        self,
        tenant_id: str,
        kind: str,
        due_at: datetime,
        idempotency_key: str,
        payload: Mapping[str, Any],
        *,
        expires_at: datetime | None = None,
    ) -> bool:
        """Adds the job unless one with this key was ever added; True if it was added now."""
        ...

    async def wake_recipient(self, tenant_id: str, kind: str, person_id: int, now: datetime) -> int:
        """Makes the waiting, unclaimed jobs of `kind` for this person due now; returns how many."""
        ...

    async def cancel_pending(
        self, tenant_id: str, kind: str, *, keys: Sequence[str] = (), prefixes: Sequence[str] = (), now: datetime
    ) -> int:
        """Drops the unsent, unclaimed jobs of `kind` whose key is one of `keys` or starts with one of `prefixes`;
        how many. Their keys can be enqueued again."""
        ...


class CardRepository(Protocol):
    async def add_pending(self, card: PendingCard) -> bool:
        """False if the same card is already waiting."""
        ...
    async def pending_for(self, tenant_id: str, person_id: int) -> list[PendingCard]: ...
    async def mark_delivered(self, card: PendingCard) -> None: ...
    async def remember_sent(self, card: SentCard) -> None: ...
    async def sent(self, tenant_id: str, agreement_id: int, kind: str) -> list[SentCard]: ...


class AuditRepository(Protocol):
    async def add(self, event: AuditEvent) -> None: ...
    async def list(self, tenant_id: str, subject: str | None = None) -> list[AuditEvent]: ...


class ProfileTextRepository(Protocol):
    """The municipality's own standard texts per agreement year (agreements.municipality.profile_texts)."""

    async def for_profile(self, tenant_id: str, profile_key: str) -> list[ProfileTexts]:
        """Every year's texts of the tenant for that profile, oldest year first."""
        ...
    async def save(self, texts: ProfileTexts) -> None:
        """Stores the year's texts, replacing what was stored for that tenant, profile and year."""
        ...


class UnitOfWork(Protocol):
    """One transaction: a turn, a command or a job opens one and commits or rolls it back."""

    people: PersonRepository
    units: UnitRepository
    agreements: AgreementRepository
    measurements: MeasurementRepository
    cards: CardRepository
    jobs: JobQueue
    audit: AuditRepository
    profile_texts: ProfileTextRepository

    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...


class InvolvementRepository(Protocol):
    async def record(self, involvement: Involvement) -> bool:
        """Stores the date for the agreement and body; False if that date was stored already."""
        ...
    async def for_agreement(self, tenant_id: str, agreement_id: int) -> list[Involvement]: ...


class InvolvementUnitOfWork(UnitOfWork, Protocol):
    involvements: InvolvementRepository


class NotificationFailed(RuntimeError):
    """The channel refused or could not take a message to someone outside the current turn."""


class Notifier(Protocol):
    """Reaches a person outside the current turn, in the conversation `reference` names (the Teams sender in bot/
    implements it). `send` returns the new message's id (empty when the channel gives none); both raise
    NotificationFailed when the channel refuses."""

    async def send(
        self, reference: dict[str, Any], card: dict[str, Any] | None = None, text: str | None = None
    ) -> str: ...

    async def update(self, reference: dict[str, Any], activity_id: str, card: dict[str, Any]) -> None: ...


@dataclass(frozen=True, slots=True)
class Installation:
    """The bot in a person's personal Teams scope after `AppInstaller.install_for`. `installed_now`: installed just
    now (False: it was already, e.g. by a setup policy); `conversation`: the installation's chat with the bot as a
    conversation reference to send to, or None when Teams does not name it yet (the installation's own turn, an
    installationUpdate, then brings it)."""

    installed_now: bool
    conversation: dict[str, Any] | None = None


class AppInstaller(Protocol):
    """Installs the bot in a person's personal Teams scope (Microsoft Graph in bot/ implements it), so that someone
    who never opened the bot can be reached at once, in the installation's chat (agreements.reach uses it).
    `like`: a conversation reference of someone else in the tenant, whose channel address (service URL) the new
    conversation shares. Returns None when the app cannot be installed at all (not in the organisation's catalog);
    raises for a refusal (permission missing, no such user) or an unreachable service, which the caller logs."""

    async def install_for(self, person: Person, like: Mapping[str, Any] | None = None) -> Installation | None: ...


class GoalShareRepository(Protocol):
    async def add(self, share: GoalShare) -> bool:
        """False if the goal is already shared with that unit."""
        ...
    async def for_goal_owner(self, tenant_id: str, agreement_id: int) -> list[GoalShare]: ...
    async def for_units(self, tenant_id: str, unit_ids: list[int]) -> list[GoalShare]: ...
    async def decide(self, share: GoalShare) -> None: ...


class SharingUnitOfWork(UnitOfWork, Protocol):
    goal_shares: GoalShareRepository
