"""tværgående goals shared with partner units (issue 18): owned by one agreement, shown read-only in each partner's,
accepted or declined by the partner's holder

Revision ID: 0023_goal_shares
Revises: 0022_send_rate
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_goal_shares"
down_revision = "0022_send_rate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goal_share",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tenant_id", sa.String(64), nullable=False, index=True),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), nullable=False),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreement.id", ondelete="CASCADE"), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False, index=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="pending"),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.UniqueConstraint("goal_id", "unit_id"),
    )


def downgrade() -> None:
    op.drop_table("goal_share")
