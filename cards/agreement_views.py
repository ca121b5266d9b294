"""Domain objects → the view data of the agreement and approval cards."""

from __future__ import annotations

from datetime import datetime

from agreements.clock import COPENHAGEN
from agreements.profiles import NORDDJURS_SECTIONS
from agreements.rules import R4_ELEMENTS, Finding, goal_r4_checklist
from agreements.types import Agreement, AgreementStatus, AgreementVersion, Person, Unit
from cards import texts
from cards.agreement import AgreementView, ApprovalView, ExportLinksView, GoalLine


def _short_labels() -> dict[str, str]:
    return {key: label for key, label in R4_ELEMENTS}


def agreement_view(
    agreement: Agreement, unit: Unit, holder: Person, giver: Person, findings: list[Finding]
) -> AgreementView:
    labels = _short_labels()
    goals = []
    for number, goal in enumerate(agreement.goals, start=1):
        checklist = goal_r4_checklist(goal)
        kind = texts.GOAL_KIND_LABELS[goal.kind.value]
        if goal.focus_area:
            kind = f"{kind}: {goal.focus_area}"
        goals.append(GoalLine(number, kind, goal.statement, [(labels[k], ok) for k, ok in checklist.items()]))
    assert agreement.id is not None
    return AgreementView(
        agreement_id=agreement.id,
        version=agreement.version,
        unit=unit.name,
        year=agreement.year,
        level=texts.LEVEL_LABELS.get(agreement.level.value, agreement.level.value),
        holder=holder.name,
        giver=giver.name,
        status=agreement.status.value,
        status_label=texts.STATUS_LABELS[agreement.status.value],
        sections=[(title, str(getattr(agreement, key))) for key, title in NORDDJURS_SECTIONS],
        goals=goals,
        missing=[f.message for f in findings],
        editable=agreement.status in (AgreementStatus.DRAFT, AgreementStatus.CHANGES_REQUESTED),
    )


def export_links_view(agreement: Agreement, unit: Unit, docx_url: str, markdown_url: str,
                      minutes: int) -> ExportLinksView:
    return ExportLinksView(unit=unit.name, year=agreement.year, version=agreement.version, minutes=minutes,
                           docx_url=docx_url, markdown_url=markdown_url)


def when(moment: datetime) -> str:
    local = moment.astimezone(COPENHAGEN)
    return f"den {local.day}.{local.month}.{local.year} kl. {local:%H.%M}"


def approval_view(
    agreement: Agreement,
    unit: Unit,
    holder: Person,
    giver: Person,
    record: AgreementVersion,
    decided_by: Person | None = None,
) -> ApprovalView:
    """The approval card for one submitted version; later versions make it stale."""
    assert agreement.id is not None
    snapshot_goals = [str(g.get("statement", "")) for g in record.snapshot.get("goals", [])]
    same_version = record.version == agreement.version
    status = agreement.status.value if same_version else (record.decision.value if record.decision else "draft")
    return ApprovalView(
        agreement_id=agreement.id,
        version=record.version,
        current_version=agreement.version,
        unit=unit.name,
        year=agreement.year,
        holder=holder.name,
        giver=giver.name,
        status=status,
        status_label=texts.STATUS_LABELS.get(status, status),
        goals=snapshot_goals,
        submit_reason=record.submit_reason,
        missing=[str(m) for m in record.snapshot.get("missing", [])],
        decision=record.decision.value if record.decision else None,
        decided_by=decided_by.name if decided_by else None,
        decided_at=when(record.decided_at) if record.decided_at else None,
        decision_comment=record.decision_comment,
        refresh_user_ids=[p.teams_user_id for p in (holder, giver) if p.teams_user_id],
    )
