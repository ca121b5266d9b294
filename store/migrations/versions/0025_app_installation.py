"""The app in a person's personal Teams scope: when the bot installed itself for them through Microsoft Graph (once;
never again), and when they removed it (the bot then does not install itself for them again)

Revision ID: 0025_app_installation
Revises: 0024_profile_texts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025_app_installation"
down_revision = "0024_profile_texts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("app_installed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("app_removed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("app_removed_at")
        batch.drop_column("app_installed_at")
