"""a municipality's own standard texts per agreement year (issue 18): the sections' texts and the fælles grundlag a
chefkonsulent edits from a card, used instead of the profile file's for agreements started for that year on

Revision ID: 0024_profile_texts
Revises: 0023_goal_shares
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024_profile_texts"
down_revision = "0023_goal_shares"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile_texts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tenant_id", sa.String(64), nullable=False, index=True),
        sa.Column("profile_key", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("common_ground", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.UniqueConstraint("tenant_id", "profile_key", "year"),
    )


def downgrade() -> None:
    op.drop_table("profile_texts")
