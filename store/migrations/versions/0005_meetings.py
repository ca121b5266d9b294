"""dialogue meetings: meeting end, title, creator, calendar event; who closed an action point; own agenda
points; goal evaluations

Revision ID: 0005_meetings
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_meetings"
down_revision = "0004"
branch_labels = None
depends_on = None


def _person_key() -> list[sa.ForeignKey]:
    return [] if op.get_bind().dialect.name == "sqlite" else [sa.ForeignKey("person.id")]


def upgrade() -> None:
    # Plain ADD COLUMNs only: on SQLite, copying `meeting` (batch "recreate") would drop the old table with
    # foreign keys on, and its ON DELETE CASCADE would delete every meeting note. SQLite cannot add a foreign key
    # to an existing table, so there `created_by` and `closed_by` are plain integers (PostgreSQL gets the keys).
    op.add_column("meeting", sa.Column("title", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("meeting", sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("meeting", sa.Column("created_by", sa.Integer(), *_person_key(), nullable=True))
    op.add_column("meeting", sa.Column("graph_event_id", sa.String(length=300), nullable=True))
    op.add_column("action_point", sa.Column("closed_by", sa.Integer(), *_person_key(), nullable=True))
    op.create_index("ix_action_point_owner_id", "action_point", ["owner_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agenda_item_meeting_id", "agenda_item", ["meeting_id"], unique=False)
    op.create_index("ix_agenda_item_tenant_id", "agenda_item", ["tenant_id"], unique=False)

    op.create_table(
        "goal_evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("assessment", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("assessed_by", sa.Integer(), nullable=True),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("carried_to_goal_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["assessed_by"], ["person.id"]),
        sa.ForeignKeyConstraint(["carried_to_goal_id"], ["goal.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agreement_id", "goal_id"),
    )
    op.create_index("ix_goal_evaluation_agreement_id", "goal_evaluation", ["agreement_id"], unique=False)
    op.create_index("ix_goal_evaluation_tenant_id", "goal_evaluation", ["tenant_id"], unique=False)


def downgrade() -> None:
    op.drop_table("goal_evaluation")
    op.drop_table("agenda_item")
    op.drop_index("ix_action_point_owner_id", table_name="action_point")
    # Plain DROP COLUMNs (SQLite ≥ 3.35), for the same reason as in upgrade: no copying of `meeting`.
    op.drop_column("action_point", "closed_by")
    for column in ("graph_event_id", "created_by", "ends_at", "title"):
        op.drop_column("meeting", column)
