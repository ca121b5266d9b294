"""indicator tolerance: seasonal comparison and this year's milestone value (issue 17, a status people trust)

The tolerance band and the frequency had columns from the start (0001); what was missing is whether a figure is
compared with the same period last year, and the numeric milestone (delmål, R2) a multi-year goal is judged
against this year.

Revision ID: 0009_indicator_tolerance
Revises: 0006_channel_subscriptions
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_indicator_tolerance"
down_revision = "0006_channel_subscriptions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.add_column(sa.Column("compare_last_year", sa.Boolean(), server_default=sa.text("false"),
                                   nullable=False))
        batch.add_column(sa.Column("milestone_target", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("milestone_target")
        batch.drop_column("compare_last_year")
