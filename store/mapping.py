"""Conversion between table rows and domain objects."""

from __future__ import annotations

from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Decision,
    Direction,
    Frequency,
    Goal,
    GoalKind,
    Indicator,
    Measurement,
    Person,
    Role,
    Unit,
)
from store.models import (
    AgreementRow,
    AgreementVersionRow,
    AuditEventRow,
    GoalRow,
    IndicatorRow,
    MeasurementRow,
    PersonRow,
    UnitRow,
)


def person_from_row(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        tenant_id=row.tenant_id,
        aad_object_id=row.aad_object_id,
        name=row.name,
        email=row.email,
        teams_user_id=row.teams_user_id,
        role=Role(row.role),
        conversation_reference=row.conversation_reference,
        welcomed_at=row.welcomed_at,
        unit_id=row.unit_id,
        leader_id=row.leader_id,
        active=bool(row.active),
        in_organisation=bool(row.in_organisation),
        app_installed_at=row.app_installed_at,
        app_removed_at=row.app_removed_at,
    )


def person_to_row(person: Person, row: PersonRow | None = None) -> PersonRow:
    row = row or PersonRow()
    row.tenant_id = person.tenant_id
    row.aad_object_id = person.aad_object_id
    row.name = person.name
    row.email = person.email
    row.teams_user_id = person.teams_user_id
    row.role = person.role.value
    row.conversation_reference = person.conversation_reference
    row.welcomed_at = person.welcomed_at
    row.unit_id = person.unit_id
    row.leader_id = person.leader_id
    row.active = person.active
    row.in_organisation = person.in_organisation
    row.app_installed_at = person.app_installed_at
    row.app_removed_at = person.app_removed_at
    return row


def unit_from_row(row: UnitRow) -> Unit:
    return Unit(id=row.id, tenant_id=row.tenant_id, name=row.name, area=row.area, parent_id=row.parent_id,
                holder_id=row.holder_id, giver_id=row.giver_id, active=bool(row.active))


def unit_to_row(unit: Unit, row: UnitRow | None = None) -> UnitRow:
    row = row or UnitRow()
    row.tenant_id, row.name, row.area = unit.tenant_id, unit.name, unit.area
    row.parent_id, row.holder_id, row.giver_id, row.active = unit.parent_id, unit.holder_id, unit.giver_id, unit.active
    return row


def indicator_from_row(row: IndicatorRow) -> Indicator:
    return Indicator(
        id=row.id,
        tenant_id=row.tenant_id,
        unit_id=row.unit_id,
        goal_id=row.goal_id,
        key=row.key,
        name=row.name,
        measure_unit=row.measure_unit,
        direction=Direction(row.direction),
        baseline=row.baseline,
        baseline_year=row.baseline_year,
        target=row.target,
        target_text=row.target_text,
        deadline=row.deadline,
        frequency=Frequency(row.frequency),
        source_key=row.source_key,
        tolerance=row.tolerance,
        compare_last_year=row.compare_last_year,
        milestone_target=row.milestone_target,
    )


def indicator_to_row(indicator: Indicator) -> IndicatorRow:
    return IndicatorRow(
        tenant_id=indicator.tenant_id,
        unit_id=indicator.unit_id,
        key=indicator.key,
        name=indicator.name,
        measure_unit=indicator.measure_unit,
        direction=indicator.direction.value,
        baseline=indicator.baseline,
        baseline_year=indicator.baseline_year,
        target=indicator.target,
        target_text=indicator.target_text,
        deadline=indicator.deadline,
        frequency=indicator.frequency.value,
        source_key=indicator.source_key,
        tolerance=indicator.tolerance,
        compare_last_year=indicator.compare_last_year,
        milestone_target=indicator.milestone_target,
    )


def goal_from_row(row: GoalRow) -> Goal:
    return Goal(
        id=row.id,
        tenant_id=row.tenant_id,
        agreement_id=row.agreement_id,
        position=row.position,
        kind=GoalKind(row.kind),
        focus_area=row.focus_area,
        statement=row.statement,
        initiative=row.initiative,
        output=row.output,
        effect=row.effect,
        measurement_method=row.measurement_method,
        followup=row.followup,
        milestone=row.milestone,
        data_source=row.data_source,
        leading_indicator=row.leading_indicator,
        co_owners=list(row.co_owners or []),
        indicators=[indicator_from_row(i) for i in row.indicators],
    )


def goal_to_row(goal: Goal) -> GoalRow:
    return GoalRow(
        tenant_id=goal.tenant_id,
        position=goal.position,
        kind=goal.kind.value,
        focus_area=goal.focus_area,
        statement=goal.statement,
        initiative=goal.initiative,
        output=goal.output,
        effect=goal.effect,
        measurement_method=goal.measurement_method,
        followup=goal.followup,
        milestone=goal.milestone,
        data_source=goal.data_source,
        leading_indicator=goal.leading_indicator,
        co_owners=list(goal.co_owners),
        indicators=[indicator_to_row(i) for i in goal.indicators],
    )


def agreement_from_row(row: AgreementRow) -> Agreement:
    return Agreement(
        id=row.id,
        tenant_id=row.tenant_id,
        unit_id=row.unit_id,
        year=row.year,
        level=AgreementLevel(row.level),
        holder_id=row.holder_id,
        giver_id=row.giver_id,
        status=AgreementStatus(row.status),
        version=row.version,
        general=row.general,
        focus_text=row.focus_text,
        economy=row.economy,
        dialogue=row.dialogue,
        evaluation=row.evaluation,
        goals=[goal_from_row(g) for g in row.goals],
    )


def agreement_to_row(agreement: Agreement) -> AgreementRow:
    return AgreementRow(
        tenant_id=agreement.tenant_id,
        unit_id=agreement.unit_id,
        year=agreement.year,
        level=agreement.level.value,
        holder_id=agreement.holder_id,
        giver_id=agreement.giver_id,
        status=agreement.status.value,
        version=agreement.version,
        general=agreement.general,
        focus_text=agreement.focus_text,
        economy=agreement.economy,
        dialogue=agreement.dialogue,
        evaluation=agreement.evaluation,
        goals=[goal_to_row(g) for g in agreement.goals],
    )


def measurement_from_row(row: MeasurementRow) -> Measurement:
    return Measurement(
        id=row.id,
        tenant_id=row.tenant_id,
        indicator_id=row.indicator_id,
        period=row.period,
        value=row.value,
        comment=row.comment,
    )


def audit_from_row(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        id=row.id,
        tenant_id=row.tenant_id,
        action=row.action,
        actor_id=row.actor_id,
        subject=row.subject,
        detail=dict(row.detail or {}),
        at=row.at,
    )


def version_from_row(row: AgreementVersionRow) -> AgreementVersion:
    return AgreementVersion(
        id=row.id,
        tenant_id=row.tenant_id,
        agreement_id=row.agreement_id,
        version=row.version,
        snapshot=dict(row.snapshot or {}),
        submitted_by=row.submitted_by,
        submitted_at=row.submitted_at,
        submit_reason=row.submit_reason,
        decision=Decision(row.decision) if row.decision else None,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        decision_comment=row.decision_comment,
    )
