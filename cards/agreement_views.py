"""Domain objects → the view data of the agreement and approval cards."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from agreements.agreement.involvement import describe as describe_involvement
from agreements.agreement.shared_goals import SharedGoalView
from agreements.agreement.version_changes import Change, GoalChange, PartChange, compare
from agreements.clock import COPENHAGEN
from agreements.danish import format_number
from agreements.goals.rules import R4_ELEMENTS, Finding, goal_r4_checklist
from agreements.profiles import NORDDJURS_SECTIONS
from agreements.types import Agreement, AgreementStatus, AgreementVersion, Person, Unit
from cards import texts
from cards.agreement import (
    AgreementView,
    ApprovalGoal,
    ApprovalView,
    ChangeSummary,
    DecisionNote,
    ExportLinksView,
    GoalLine,
)

SHORT_CHANGE = 60  # longer texts are shown as their new wording only
LONG_CHANGE = 160


def _short_labels() -> dict[str, str]:
    return {key: label for key, label in R4_ELEMENTS}


def decision_note(record: AgreementVersion | None, decided_by: Person | None) -> DecisionNote | None:
    """The giver's last decision as the agreement card shows it, until the next decision."""
    if record is None or record.decision is None or record.decided_at is None:
        return None
    return DecisionNote(decision=record.decision.value, decided_by=decided_by.name if decided_by else "Aftalegiveren",
                        decided_at=when(record.decided_at), version=record.version, comment=record.decision_comment)


def agreement_view(
    agreement: Agreement, unit: Unit, holder: Person, giver: Person, findings: list[Finding],
    *, last_decision: DecisionNote | None = None, viewer_is_holder: bool = True,
    shared_goals: list[SharedGoalView] | None = None,
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
        editable=viewer_is_holder and agreement.status in (AgreementStatus.DRAFT, AgreementStatus.CHANGES_REQUESTED),
        last_decision=last_decision,
        shared_goals=[(shared.owner, shared.statement,
                       ([texts.SHARED_GOAL_WAITING.format(owner=shared.owner)] if shared.status == "pending" else [])
                       + list(shared.indicators)) for shared in shared_goals or []],
    )


def export_links_view(agreement: Agreement, unit: Unit, docx_url: str, markdown_url: str,
                      minutes: int) -> ExportLinksView:
    return ExportLinksView(unit=unit.name, year=agreement.year, version=agreement.version, minutes=minutes,
                           docx_url=docx_url, markdown_url=markdown_url)


def when(moment: datetime) -> str:
    local = moment.astimezone(COPENHAGEN)
    return f"den {local.day}.{local.month}.{local.year} kl. {local:%H.%M}"


def _quantity(value: Any, unit: str) -> str:
    if not isinstance(value, int | float):
        return ""
    number = format_number(float(value))
    return f"{number} %" if unit == "%" else f"{number} {unit}".strip()


def _levels(indicator: Mapping[str, Any]) -> str:
    """«86 % → 95 %», «120 → 160 unge», or just the målværdi when there is no baseline."""
    unit = str(indicator.get("measure_unit") or "")
    baseline, target = indicator.get("baseline"), indicator.get("target")
    goal = _quantity(target, unit) or str(indicator.get("target_text") or "")
    if not isinstance(baseline, int | float):
        return goal
    start = _quantity(baseline, unit) if unit == "%" or not goal else format_number(float(baseline))
    return f"{start} → {goal}" if goal else start


def _day(value: Any) -> str:
    try:
        return date.fromisoformat(str(value)).strftime("%d.%m.%Y") if value else ""
    except ValueError:
        return ""


def _shown(part: PartChange, value: Any, unit: str) -> str:
    if value is None:
        return texts.CHANGE_NONE_VALUE
    if part.key in ("indicator.baseline", "indicator.target"):
        return _quantity(value, unit)
    if part.key == "indicator.deadline":
        return _day(value)
    if part.key == "indicator.frequency":
        return texts.FREQUENCY_LABELS.get(str(value), str(value))
    if part.key == "kind":
        return texts.GOAL_KIND_LABELS.get(str(value), str(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def _change_lines(change: GoalChange, unit: str) -> tuple[str, ...]:
    lines = []
    for part in change.parts:
        if part.key == "indicator.measure_unit" and len(change.parts) > 1:
            continue  # shown with the levels
        label = texts.CHANGE_LABELS.get(part.key, part.key)
        before, after = _shown(part, part.before, unit), _shown(part, part.after, unit)
        if part.key == "statement":  # the new wording is on the card already: show what it said before
            shortened = before if len(before) <= LONG_CHANGE else before[: LONG_CHANGE - 1].rstrip() + "…"
            lines.append(texts.CHANGE_STATEMENT.format(before=shortened))
            continue
        if len(before) <= SHORT_CHANGE and len(after) <= SHORT_CHANGE:
            lines.append(f"{label}: {before} → {after}")
        else:
            shortened = after if len(after) <= LONG_CHANGE else after[: LONG_CHANGE - 1].rstrip() + "…"
            lines.append(texts.CHANGE_LONG.format(label=label, after=shortened))
    return tuple(lines)


def _approval_goal(number: int, goal: Mapping[str, Any], change: GoalChange | None) -> ApprovalGoal:
    indicators = goal.get("indicators") or []
    indicator: Mapping[str, Any] = indicators[0] if indicators and isinstance(indicators[0], dict) else {}
    kind = texts.GOAL_KIND_LABELS.get(str(goal.get("kind")), "Mål")
    if goal.get("focus_area"):
        kind = f"{kind}: {goal['focus_area']}"
    details = tuple((label, " ".join(str(goal[key]).split())) for key, label in texts.DETAIL_LABELS if goal.get(key))
    mark = change.change.value if change is not None else None
    unit = str(indicator.get("measure_unit") or "")
    return ApprovalGoal(
        number=number, kind=kind, statement=str(goal.get("statement") or ""),
        indicator=str(indicator.get("name") or ""), levels=_levels(indicator), deadline=_day(indicator.get("deadline")),
        mark=mark, details=details,
        changes=_change_lines(change, unit) if change is not None and change.change is Change.CHANGED else (),
    )


def approval_view(
    agreement: Agreement,
    unit: Unit,
    holder: Person,
    giver: Person,
    record: AgreementVersion,
    decided_by: Person | None = None,
    previous: AgreementVersion | None = None,
) -> ApprovalView:
    """The approval card for one submitted version; later versions make it stale. `previous`: the version the
    giver last decided on before this one, to show what changed since."""
    assert agreement.id is not None
    snapshot = record.snapshot
    same_version = record.version == agreement.version
    status = agreement.status.value if same_version else (record.decision.value if record.decision else "draft")
    changes = compare(previous, record) if previous is not None else None
    by_goal = changes.by_goal if changes is not None else {}
    goals = [_approval_goal(n, g, by_goal.get(g["id"]) if isinstance(g.get("id"), int) else None)
             for n, g in enumerate((g for g in snapshot.get("goals") or [] if isinstance(g, dict)), start=1)]
    summary = None
    if changes is not None and previous is not None and previous.decision is not None:
        titles = dict(NORDDJURS_SECTIONS)
        summary = ChangeSummary(
            since_version=previous.version, since_decision=previous.decision.value,
            since_comment=previous.decision_comment,
            removed_goals=tuple(c.statement for c in changes.goals if c.change is Change.REMOVED),
            changed_sections=tuple(titles.get(key, key) for key in changes.sections),
            nothing_changed=changes.empty,
        )
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
        goals=goals,
        submit_reason=record.submit_reason,
        missing=[str(m) for m in snapshot.get("missing", [])],
        decision=record.decision.value if record.decision else None,
        decided_by=decided_by.name if decided_by else None,
        decided_at=when(record.decided_at) if record.decided_at else None,
        decision_comment=record.decision_comment,
        refresh_user_ids=[p.teams_user_id for p in (holder, giver) if p.teams_user_id],
        changes=summary,
        sections=[(title, str(snapshot.get(key) or "")) for key, title in NORDDJURS_SECTIONS],
        involvement=(describe_involvement(snapshot["involvement"]) if isinstance(snapshot.get("involvement"), dict)
                     else None),
    )
