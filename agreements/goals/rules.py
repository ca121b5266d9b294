"""Checks of rules R3 (the agreement as a whole) and R4 (each goal concrete and measurable)."""

from __future__ import annotations

from dataclasses import dataclass

from agreements.profiles import Profile
from agreements.types import Agreement, Goal, GoalKind


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    message: str


R4_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("output_or_effect", "Output eller effekt"),
    ("measurement", "Hvordan det måles"),
    ("baseline", "Udgangspunkt"),
    ("target", "Målværdi"),
    ("deadline", "Tidsfrist"),
    ("followup", "Løbende opfølgning"),
)


def goal_r4_checklist(goal: Goal) -> dict[str, bool]:
    """Which R4 elements the goal states."""
    indicators = goal.indicators
    return {
        "output_or_effect": bool(goal.output or goal.effect),
        "measurement": bool(goal.measurement_method or indicators),
        "baseline": any(i.baseline is not None for i in indicators),
        "target": any(i.target is not None or i.target_text for i in indicators),
        "deadline": any(i.deadline is not None for i in indicators),
        "followup": bool(goal.followup),
    }


def goal_r4_findings(goal: Goal) -> list[Finding]:
    checklist = goal_r4_checklist(goal)
    return [
        Finding(code=f"r4.{key}", message=f"{label} mangler")
        for key, label in R4_ELEMENTS
        if not checklist[key]
    ]


def agreement_r3_findings(agreement: Agreement, profile: Profile, shared_cross_cutting: int = 0) -> list[Finding]:
    """R3 by the profile of the agreement's year. `shared_cross_cutting`: the tværgående goals other units share
    with this one that its holder accepted (agreements.agreement.shared_goals); each counts as a tværfagligt goal,
    not as one of the unit's own."""
    profile = profile.for_year(agreement.year)
    findings: list[Finding] = []
    addressed = {g.focus_area for g in agreement.goals if g.kind is GoalKind.FOCUS_AREA}
    for area in profile.focus_areas:
        if area not in addressed:
            findings.append(Finding("r3.focus_area", f"Bidraget til fokusområdet «{area}» mangler"))
    if not profile.goal_count_rule:  # Norddjurs: the unit names its focus areas; no goal count (R3)
        return findings
    own = [g for g in agreement.goals if g.kind in (GoalKind.OWN, GoalKind.CROSS_CUTTING)]
    if len(own) < profile.own_goals_min:
        findings.append(
            Finding("r3.too_few", f"{_own_goals(len(own))}; der skal være mindst {profile.own_goals_min}")
        )
    if len(own) > profile.own_goals_max:
        findings.append(
            Finding("r3.too_many", f"{_own_goals(len(own))}; der må højst være {profile.own_goals_max}")
        )
    cross = sum(1 for g in own if g.kind is GoalKind.CROSS_CUTTING) + shared_cross_cutting
    if cross < profile.cross_cutting_min:
        findings.append(Finding("r3.cross_cutting", "Der mangler mindst ét tværfagligt udviklingsmål"))
    return findings


def agreement_findings(agreement: Agreement, profile: Profile, shared_cross_cutting: int = 0) -> list[Finding]:
    """Everything missing before the agreement is ready to submit (R3 and R4)."""
    findings = agreement_r3_findings(agreement, profile, shared_cross_cutting)
    for number, goal in enumerate(agreement.goals, start=1):
        findings.extend(
            Finding(f.code, f"Mål {number}: {f.message}") for f in goal_r4_findings(goal)
        )
    return findings


def _own_goals(count: int) -> str:
    """«Der er ingen egne udviklingsmål», «Der er 1 eget udviklingsmål», «Der er 6 egne udviklingsmål»."""
    if count == 0:
        return "Der er ingen egne udviklingsmål"
    return f"Der er {count} {'eget' if count == 1 else 'egne'} udviklingsmål"
