"""scheduled_job: failed_at (given up) and expires_at; a partial index for claiming due jobs

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_PENDING = "done_at IS NULL AND failed_at IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("scheduled_job") as batch:
        batch.add_column(sa.Column("failed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(
        "ix_scheduled_job_pending_due",
        "scheduled_job",
        ["due_at", "id"],
        postgresql_where=sa.text(_PENDING),
        sqlite_where=sa.text(_PENDING),
    )


def downgrade() -> None:
    op.drop_index("ix_scheduled_job_pending_due", table_name="scheduled_job")
    with op.batch_alter_table("scheduled_job") as batch:
        batch.drop_column("expires_at")
        batch.drop_column("failed_at")
