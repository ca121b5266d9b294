"""channel subscriptions: team channels and group chats that get a unit's monthly status

Revision ID: 0006_channel_subscriptions
Revises: 0005_meetings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_channel_subscriptions"
down_revision = "0005_meetings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=300), nullable=False),
        sa.Column("conversation_type", sa.String(length=20), nullable=False),
        sa.Column("conversation_reference", sa.JSON(), nullable=False),
        sa.Column("subscribed_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["subscribed_by"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "unit_id", "conversation_id"),
    )
    op.create_index("ix_channel_subscription_tenant_id", "channel_subscription", ["tenant_id"], unique=False)
    op.create_index("ix_channel_subscription_unit_id", "channel_subscription", ["unit_id"], unique=False)
    op.create_index("ix_channel_subscription_subscribed_by", "channel_subscription", ["subscribed_by"], unique=False)


def downgrade() -> None:
    op.drop_table("channel_subscription")
