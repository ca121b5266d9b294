"""agreement versions and cards

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 12:57:44.900616
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('agreement_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('submitted_by', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submit_reason', sa.Text(), nullable=True),
    sa.Column('decision', sa.String(length=30), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by'], ['person.id'], ),
    sa.ForeignKeyConstraint(['submitted_by'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agreement_id', 'version')
    )
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_version_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_version_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('pending_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id', 'kind', 'agreement_id', 'version')
    )
    with op.batch_alter_table('pending_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pending_card_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pending_card_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('sent_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('conversation_id', sa.String(length=300), nullable=False),
    sa.Column('service_url', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sent_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sent_card_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sent_card_tenant_id'), ['tenant_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('sent_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sent_card_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_sent_card_agreement_id'))

    op.drop_table('sent_card')
    with op.batch_alter_table('pending_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_card_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_pending_card_person_id'))

    op.drop_table('pending_card')
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_version_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_version_agreement_id'))

    op.drop_table('agreement_version')

