"""Tables of the whole data model. Every row carries the Azure AD tenant id."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncAttrs
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

TENANT = String(64)



class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored in UTC and read back as an aware UTC time, on every database and whatever the server's
    time zone (SQLite keeps no offset: without this, a naive value read back was taken as the server's local
    time, and an approval at 23.30 UTC was dated the day before on a machine set to Copenhagen time)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

class Base(AsyncAttrs, DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class PersonRow(Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("tenant_id", "aad_object_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    aad_object_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    teams_user_id: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="manager")
    conversation_reference: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    welcomed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())
    # The organisation (0021): the person's unit and leader, and whether the latest import still names them.
    unit_id: Mapped[int | None] = mapped_column(Integer, index=True)
    leader_id: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    in_organisation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # The app in the person's personal scope (0025): installed by the bot through Graph, removed by the person.
    app_installed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    app_removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class UnitRow(Base):
    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    name: Mapped[str] = mapped_column(String(200))
    area: Mapped[str] = mapped_column(String(200))
    # The organisation (0021): the unit above, the unit's aftaleholder and aftalegiver.
    parent_id: Mapped[int | None] = mapped_column(Integer)
    holder_id: Mapped[int | None] = mapped_column(Integer)
    giver_id: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class InvolvementRow(Base):
    """R10 (0021): when a body was involved in the agreement's goals; one row per agreement and body."""

    __tablename__ = "involvement"
    __table_args__ = (UniqueConstraint("agreement_id", "body"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(String(20))
    involved_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(Integer)


class GoalShareRow(Base):
    """A tværgående goal shared with a partner unit (0022): pending, accepted or declined by its holder."""

    __tablename__ = "goal_share"
    __table_args__ = (UniqueConstraint("goal_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    decided_by: Mapped[int | None] = mapped_column(Integer)


class ProfileTextsRow(Base):
    """A municipality's own standard texts for one agreement year (0024): the sections' texts and the fælles
    grundlag that replace the profile file's for agreements started for that year on; one row per tenant, profile
    and year, replaced when edited again."""

    __tablename__ = "profile_texts"
    __table_args__ = (UniqueConstraint("tenant_id", "profile_key", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    profile_key: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    sections: Mapped[dict[str, Any]] = mapped_column(JSON)
    common_ground: Mapped[list[str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now(), onupdate=func.now())


class AgreementRow(Base):
    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("tenant_id", "unit_id", "year", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(40))
    holder_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    giver_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(30), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    general: Mapped[str] = mapped_column(Text, default="")
    focus_text: Mapped[str] = mapped_column(Text, default="")
    economy: Mapped[str] = mapped_column(Text, default="")
    dialogue: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), server_default=func.now(), onupdate=func.now()
    )

    goals: Mapped[list[GoalRow]] = relationship(
        back_populates="agreement", order_by="GoalRow.position", cascade="all, delete-orphan"
    )


class GoalRow(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    focus_area: Mapped[str | None] = mapped_column(String(200))
    statement: Mapped[str] = mapped_column(Text)
    initiative: Mapped[str | None] = mapped_column(Text)
    output: Mapped[str | None] = mapped_column(Text)
    effect: Mapped[str | None] = mapped_column(Text)
    measurement_method: Mapped[str | None] = mapped_column(Text)
    followup: Mapped[str | None] = mapped_column(Text)
    milestone: Mapped[str | None] = mapped_column(Text)
    data_source: Mapped[str | None] = mapped_column(Text)
    leading_indicator: Mapped[str | None] = mapped_column(Text)
    co_owners: Mapped[list[str]] = mapped_column(JSON, default=list)

    agreement: Mapped[AgreementRow] = relationship(back_populates="goals")
    indicators: Mapped[list[IndicatorRow]] = relationship(
        back_populates="goal", order_by="IndicatorRow.id", cascade="all, delete-orphan"
    )


class IndicatorRow(Base):
    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("tenant_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    measure_unit: Mapped[str] = mapped_column(String(40), default="")
    direction: Mapped[str] = mapped_column(String(10))
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target: Mapped[float | None] = mapped_column(Float)
    target_text: Mapped[str | None] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    frequency: Mapped[str] = mapped_column(String(12), default="monthly")
    source_key: Mapped[str | None] = mapped_column(String(200))
    tolerance: Mapped[float] = mapped_column(Float, default=0.0)
    # Migration 0009_indicator_tolerance: seasonal comparison and this year's milestone value (R2).
    compare_last_year: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    milestone_target: Mapped[float | None] = mapped_column(Float)

    goal: Mapped[GoalRow | None] = relationship(back_populates="indicators")


class MeasurementRow(Base):
    __tablename__ = "measurement"
    __table_args__ = (UniqueConstraint("indicator_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), server_default=func.now(), onupdate=func.now()
    )


class MeetingRow(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime())
    place: Mapped[str] = mapped_column(String(500), default="")
    is_evaluation: Mapped[bool] = mapped_column(Boolean, default=False)
    participant_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Dialogue meetings (migration 0005_meetings).
    title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    graph_event_id: Mapped[str | None] = mapped_column(String(300))


class MeetingNoteRow(Base):
    __tablename__ = "meeting_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(20), default="note")
    agenda_point: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())


class ActionPointRow(Base):
    __tablename__ = "action_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Dialogue meetings (migration 0005_meetings).
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class AuditEventRow(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    action: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(200), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ScheduledJobRow(Base):
    __tablename__ = "scheduled_job"
    __table_args__ = (
        UniqueConstraint("idempotency_key"),
        Index(
            "ix_scheduled_job_pending_due", "due_at", "id",
            postgresql_where=text("done_at IS NULL AND failed_at IS NULL"),
            sqlite_where=text("done_at IS NULL AND failed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    kind: Mapped[str] = mapped_column(String(50))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(300))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_by: Mapped[str | None] = mapped_column(String(100))
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    # Given up (too many attempts, expired, or a permanent error); never claimed again.
    failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # A job not sent by then is given up (a monthly status is stale once the next one is near).
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class BotStateRow(Base):
    """botbuilder Storage rows: conversation and user state as JSON, guarded by an ETag."""

    __tablename__ = "bot_state"

    key: Mapped[str] = mapped_column(String(500), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    etag: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), server_default=func.now(), onupdate=func.now()
    )


class AgreementVersionRow(Base):
    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_by: Mapped[int] = mapped_column(ForeignKey("person.id"))
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    submit_reason: Mapped[str | None] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(String(30))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_comment: Mapped[str | None] = mapped_column(Text)


class PendingCardRow(Base):
    __tablename__ = "pending_card"
    __table_args__ = (UniqueConstraint("person_id", "kind", "agreement_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SentCardRow(Base):
    __tablename__ = "sent_card"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    conversation_id: Mapped[str] = mapped_column(String(300))
    service_url: Mapped[str] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer)
    activity_id: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())


# ---------------------------------------------------------------- dialogue meetings (migration 0005_meetings)

# «Mine opgaver»: a person's open action points.
Index("ix_action_point_owner_id", ActionPointRow.owner_id)


class AgendaItemRow(Base):
    """A point a participant added to a meeting's agenda themself."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())


class GoalEvaluationRow(Base):
    """R9 «Evaluering»: a goal's assessment at the year-end evaluation; one per agreement and goal."""

    __tablename__ = "goal_evaluation"
    __table_args__ = (UniqueConstraint("agreement_id", "goal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    assessment: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    assessed_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    assessed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # The copy in next year's agreement (carry-over), so carrying again does not copy twice.
    carried_to_goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))


# ---------------------------------------------------------------- channel status (migration 0006_channel_subscriptions)


class ChannelSubscriptionRow(Base):
    """A team channel or group chat that gets a unit's monthly status card (agreements.indicators.channel_status)."""

    __tablename__ = "channel_subscription"
    __table_args__ = (UniqueConstraint("tenant_id", "unit_id", "conversation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(TENANT, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[str] = mapped_column(String(300))
    conversation_type: Mapped[str] = mapped_column(String(20))
    conversation_reference: Mapped[dict[str, Any]] = mapped_column(JSON)
    subscribed_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())


# ---------------------------------------------------------------- shared send rate (migration 0022_send_rate)


class SendRateRow(Base):
    """Per tenant, the earliest moment the next outbound message may go, shared by every `serve` process
    (store/send_rate.py); on PostgreSQL only."""

    __tablename__ = "send_rate"
    tenant_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_slot_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
