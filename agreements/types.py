"""The data model of agreements, as plain dataclasses."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


class AgreementLevel(enum.StrEnum):
    """R1: the two levels an agreement can be made on."""

    DIRECTORATE = "direktion-fagchef"
    DEPARTMENT = "fagchef-leder"


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"


class GoalKind(enum.StrEnum):
    FOCUS_AREA = "focus_area"
    OWN = "own"
    CROSS_CUTTING = "cross_cutting"


class Direction(enum.StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Frequency(enum.StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Role(enum.StrEnum):
    """A person's standing in the organisation; holder and giver are roles per agreement."""

    DIRECTOR = "director"  # direktør
    COORDINATOR = "coordinator"  # chefkonsulent
    MANAGER = "manager"  # leder (of an institution, district or department); the default before an import
    HEAD = "head"  # fagchef
    EMPLOYEE = "employee"  # medarbejder
    ADMINISTRATOR = "administrator"  # the municipality's administrator of the bot


LEADING_ROLES = frozenset({Role.DIRECTOR, Role.HEAD, Role.MANAGER})


@dataclass(slots=True)
class Person:
    tenant_id: str
    aad_object_id: str
    name: str
    email: str | None = None
    teams_user_id: str | None = None
    role: Role = Role.MANAGER
    conversation_reference: dict[str, Any] | None = None
    welcomed_at: datetime | None = None
    id: int | None = None
    # From the organisation import (agreements.municipality.organisation); None/False for
    # someone only seen in Teams.
    unit_id: int | None = None
    leader_id: int | None = None  # the leader, by default the aftalegiver of the person's agreements
    active: bool = True  # False: missing from the latest organisation file (never deleted)
    in_organisation: bool = False
    # The app in the person's personal Teams scope (agreements.reach): when the bot installed itself for them
    # (once, through Microsoft Graph), and when they removed it (the bot does not install itself again then).
    app_installed_at: datetime | None = None
    app_removed_at: datetime | None = None


@dataclass(slots=True)
class Unit:
    tenant_id: str
    name: str
    area: str
    id: int | None = None
    # From the organisation import: the unit above, its leader (the aftaleholder) and their leader (the giver).
    parent_id: int | None = None
    holder_id: int | None = None
    giver_id: int | None = None
    active: bool = True


@dataclass(slots=True)
class Indicator:
    tenant_id: str
    key: str
    name: str
    direction: Direction
    measure_unit: str = ""
    baseline: float | None = None
    target: float | None = None
    target_text: str | None = None
    deadline: date | None = None
    frequency: Frequency = Frequency.MONTHLY
    baseline_year: int | None = None  # when the baseline was measured («24 % i 2025»)
    source_key: str | None = None
    tolerance: float = 0.0  # the band in the indicator's unit; 0 means the default for its kind of measure
    compare_last_year: bool = False  # seasonal: judge a figure against the same period last year
    milestone_target: float | None = None  # this year's delmål of a multi-year goal (R2)
    unit_id: int | None = None
    goal_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class Measurement:
    tenant_id: str
    indicator_id: int
    period: str
    value: float
    comment: str | None = None
    id: int | None = None


@dataclass(slots=True)
class Goal:
    tenant_id: str
    kind: GoalKind
    statement: str
    focus_area: str | None = None
    initiative: str | None = None
    output: str | None = None
    effect: str | None = None
    measurement_method: str | None = None
    followup: str | None = None
    milestone: str | None = None
    data_source: str | None = None
    leading_indicator: str | None = None
    co_owners: list[str] = field(default_factory=list)
    position: int = 0
    indicators: list[Indicator] = field(default_factory=list)
    agreement_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class Agreement:
    """One unit's agreement for one year; the Norddjurs sections are kept as text (R9)."""

    tenant_id: str
    unit_id: int
    year: int
    level: AgreementLevel
    holder_id: int
    giver_id: int
    status: AgreementStatus = AgreementStatus.DRAFT
    version: int = 1
    general: str = ""
    focus_text: str = ""
    economy: str = ""
    dialogue: str = ""
    evaluation: str = ""
    goals: list[Goal] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class Meeting:
    tenant_id: str
    agreement_id: int
    starts_at: datetime
    place: str = ""
    is_evaluation: bool = False
    id: int | None = None


@dataclass(slots=True)
class MeetingNote:
    tenant_id: str
    meeting_id: int
    author_id: int
    text: str
    kind: str = "note"
    agenda_point: str | None = None
    id: int | None = None


@dataclass(slots=True)
class ActionPoint:
    tenant_id: str
    agreement_id: int
    text: str
    owner_id: int
    due: date | None = None
    meeting_id: int | None = None
    closed_at: datetime | None = None
    id: int | None = None


@dataclass(slots=True)
class Involvement:
    """R10: that and when a body (Lokal-MED, bestyrelsen, lederteamet) was involved in an agreement's goals."""

    tenant_id: str
    agreement_id: int
    body: str  # agreements.agreement.involvement.BODIES
    involved_on: date
    recorded_by: int | None = None
    id: int | None = None


@dataclass(slots=True)
class GoalShare:
    """A tværgående goal shared with a partner unit (issue 18): owned by one agreement, shown read-only in the
    partner's; the partner's holder accepts or declines."""

    tenant_id: str
    goal_id: int
    agreement_id: int  # the owner's agreement
    unit_id: int  # the partner unit
    status: str = "pending"  # pending | accepted | declined
    decided_by: int | None = None
    id: int | None = None


@dataclass(slots=True)
class ProfileTexts:
    """A municipality's own standard texts for one agreement year (issue 18), edited by a chefkonsulent: they take
    the place of the profile file's section texts and fælles grundlag for agreements started for that year on
    (agreements.municipality.profile_texts). Saving again replaces them; agreements already made keep theirs."""

    tenant_id: str
    profile_key: str  # the municipality profile they belong to («tonder», «norddjurs»)
    year: int
    sections: dict[str, str]  # section key → standard text; a section without one is left out
    common_ground: list[str]  # the fælles grundlag, one point each
    id: int | None = None


@dataclass(slots=True)
class AuditEvent:
    tenant_id: str
    action: str
    actor_id: int | None
    subject: str
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None
    id: int | None = None


class Decision(enum.StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


@dataclass(slots=True)
class AgreementVersion:
    """One submitted version of an agreement and the giver's decision on it; stands in for R9's signatures."""

    tenant_id: str
    agreement_id: int
    version: int
    snapshot: dict[str, Any]
    submitted_by: int
    submitted_at: datetime
    submit_reason: str | None = None
    decision: Decision | None = None
    decided_by: int | None = None
    decided_at: datetime | None = None
    decision_comment: str | None = None
    id: int | None = None


@dataclass(slots=True)
class PendingCard:
    """A card waiting for its recipient to open the bot (no conversation reference yet)."""

    tenant_id: str
    person_id: int
    kind: str
    agreement_id: int
    version: int
    id: int | None = None


@dataclass(slots=True)
class SentCard:
    """Where a card about an agreement was posted, so it can be updated in place."""

    tenant_id: str
    agreement_id: int
    person_id: int
    kind: str
    conversation_id: str
    activity_id: str
    service_url: str = ""
    version: int = 1
    id: int | None = None
