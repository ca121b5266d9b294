"""The send rate shared by all `serve` processes: one row per tenant with the next free send slot.

Revision ID: 0022_send_rate
Revises: 0021_organisation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_send_rate"
down_revision = "0021_organisation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_rate",
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("next_slot_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id"),
    )


def downgrade() -> None:
    op.drop_table("send_rate")
