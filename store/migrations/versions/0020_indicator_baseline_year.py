"""indicator baseline year: the year the starting level was measured, as the holder said it (issue 20)

«24 % i 2025» was stored as 24 %: the year was lost. The goal's initiative had a column from the start (0001).

Revision ID: 0020_indicator_baseline_year
Revises: 0009_indicator_tolerance
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_indicator_baseline_year"
down_revision = "0009_indicator_tolerance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.add_column(sa.Column("baseline_year", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("baseline_year")
