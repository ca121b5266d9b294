"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 12:12:13.415473
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('bot_state',
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('etag', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('bot_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bot_state_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('aad_object_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('teams_user_id', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('conversation_reference', sa.JSON(), nullable=True),
    sa.Column('welcomed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'aad_object_id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('scheduled_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('idempotency_key', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('locked_by', sa.String(length=100), nullable=True),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('idempotency_key')
    )
    with op.batch_alter_table('scheduled_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scheduled_job_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_scheduled_job_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('area', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'name')
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=40), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=False),
    sa.Column('giver_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('general', sa.Text(), nullable=False),
    sa.Column('focus_text', sa.Text(), nullable=False),
    sa.Column('economy', sa.Text(), nullable=False),
    sa.Column('dialogue', sa.Text(), nullable=False),
    sa.Column('evaluation', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['giver_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['holder_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'unit_id', 'year', 'level')
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_giver_id'), ['giver_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_subject'), ['subject'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('focus_area', sa.String(length=200), nullable=True),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('initiative', sa.Text(), nullable=True),
    sa.Column('output', sa.Text(), nullable=True),
    sa.Column('effect', sa.Text(), nullable=True),
    sa.Column('measurement_method', sa.Text(), nullable=True),
    sa.Column('followup', sa.Text(), nullable=True),
    sa.Column('milestone', sa.Text(), nullable=True),
    sa.Column('co_owners', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=500), nullable=False),
    sa.Column('is_evaluation', sa.Boolean(), nullable=False),
    sa.Column('participant_ids', sa.JSON(), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('action_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_point_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_point_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('measure_unit', sa.String(length=40), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('frequency', sa.String(length=12), nullable=False),
    sa.Column('source_key', sa.String(length=200), nullable=True),
    sa.Column('tolerance', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'key')
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('meeting_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('agenda_point', sa.String(length=500), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('legal_hold', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_note_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_note_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('indicator_id', 'period')
    )
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_tenant_id'), ['tenant_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurement_tenant_id'))

    op.drop_table('measurement')
    with op.batch_alter_table('meeting_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_note_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_note_meeting_id'))

    op.drop_table('meeting_note')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_goal_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('action_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_point_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_action_point_agreement_id'))

    op.drop_table('action_point')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_agreement_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_goal_agreement_id'))

    op.drop_table('goal')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_subject'))

    op.drop_table('audit_event')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_holder_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_giver_id'))

    op.drop_table('agreement')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_tenant_id'))

    op.drop_table('unit')
    with op.batch_alter_table('scheduled_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scheduled_job_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_scheduled_job_due_at'))

    op.drop_table('scheduled_job')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_tenant_id'))

    op.drop_table('person')
    with op.batch_alter_table('bot_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bot_state_tenant_id'))

    op.drop_table('bot_state')
    
