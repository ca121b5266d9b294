"""goal: data source and leading indicator (R5); indicator: target in words ("halveres")

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.add_column(sa.Column("data_source", sa.Text(), nullable=True))
        batch.add_column(sa.Column("leading_indicator", sa.Text(), nullable=True))
    with op.batch_alter_table("indicator") as batch:
        batch.add_column(sa.Column("target_text", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("target_text")
    with op.batch_alter_table("goal") as batch:
        batch.drop_column("leading_indicator")
        batch.drop_column("data_source")
