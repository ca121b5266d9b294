"""the organisation as data (issue 18): people's unit, leader and standing; units' parent, holder and giver; and
R10's record of who was involved in an agreement (Lokal-MED, bestyrelsen, lederteamet) and when

A person imported from the municipality's organisation file (or Microsoft Graph) gets their unit and leader (the
default aftalegiver); someone missing from a later file is deactivated, never deleted. A unit gets the unit above
it and its aftaleholder and aftalegiver. The ids are plain integers (no foreign-key constraints), so SQLite's batch
mode does not have to rebuild the referenced tables.

Revision ID: 0021_organisation
Revises: 0020_indicator_baseline_year
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_organisation"
down_revision = "0020_indicator_baseline_year"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("leader_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False))
        batch.add_column(sa.Column("in_organisation", sa.Boolean(), server_default=sa.text("false"), nullable=False))
        batch.create_index("ix_person_unit_id", ["unit_id"])
    with op.batch_alter_table("unit") as batch:
        batch.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("holder_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("giver_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False))
    op.create_table(
        "involvement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tenant_id", sa.String(64), nullable=False, index=True),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreement.id", ondelete="CASCADE"), nullable=False),
        sa.Column("body", sa.String(20), nullable=False),
        sa.Column("involved_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.UniqueConstraint("agreement_id", "body"),
    )


def downgrade() -> None:
    op.drop_table("involvement")
    with op.batch_alter_table("unit") as batch:
        for column in ("active", "giver_id", "holder_id", "parent_id"):
            batch.drop_column(column)
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_unit_id")
        for column in ("in_organisation", "active", "leader_id", "unit_id"):
            batch.drop_column(column)
