"""What changed between two sent versions of an agreement, read from their snapshots (`approval.snapshot`).

The giver decides on a version; the next version they are asked about is compared with the last one they decided
on, so they see what is new, gone or different since then: goals (matched by their id, which an edit keeps) and the
agreement's sections (R9). Pure functions over the stored JSON; wording is the card layer's."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agreements.types import AgreementVersion

SECTION_KEYS = ("general", "focus_text", "economy", "dialogue", "evaluation")
# A goal's own parts, then its (first) indicator's, in the order a reader meets them.
GOAL_KEYS = (
    "statement", "kind", "focus_area", "co_owners", "initiative", "output", "effect", "measurement_method",
    "data_source", "followup", "milestone", "leading_indicator",
)
INDICATOR_KEYS = ("name", "baseline", "target", "target_text", "measure_unit", "deadline", "frequency")


class Change(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class PartChange:
    """One part of a goal: `key` is a goal key or `indicator.<key>`; values as stored (None when absent)."""

    key: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class GoalChange:
    change: Change
    goal_id: int | None
    number: int  # 1-based position in the version it is in (the earlier one for a removed goal)
    statement: str
    parts: tuple[PartChange, ...] = ()


@dataclass(frozen=True, slots=True)
class VersionChanges:
    since_version: int
    goals: tuple[GoalChange, ...] = ()
    sections: tuple[str, ...] = ()  # keys of SECTION_KEYS whose text changed
    by_goal: Mapping[int, GoalChange] = field(default_factory=dict)  # goal id → its change, for marking goals

    @property
    def empty(self) -> bool:
        return not self.goals and not self.sections


def last_decided_before(records: Sequence[AgreementVersion], version: int) -> AgreementVersion | None:
    """The latest version before `version` that the giver decided on (approved or sent back), if any."""
    decided = [r for r in records if r.version < version and r.decision is not None]
    return max(decided, key=lambda r: r.version, default=None)


def _goals(snapshot: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [g for g in snapshot.get("goals") or [] if isinstance(g, dict)]


def _indicator(goal: Mapping[str, Any]) -> Mapping[str, Any]:
    indicators = goal.get("indicators") or []
    return indicators[0] if indicators and isinstance(indicators[0], dict) else {}


def _blank(value: Any) -> Any:
    return None if value in ("", [], None) else value


def _parts(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[PartChange, ...]:
    changed = [PartChange(key, _blank(before.get(key)), _blank(after.get(key)))
               for key in GOAL_KEYS if _blank(before.get(key)) != _blank(after.get(key))]
    old, new = _indicator(before), _indicator(after)
    changed += [PartChange(f"indicator.{key}", _blank(old.get(key)), _blank(new.get(key)))
                for key in INDICATOR_KEYS if _blank(old.get(key)) != _blank(new.get(key))]
    return tuple(changed)


def compare(earlier: AgreementVersion, later: AgreementVersion) -> VersionChanges:
    """What `later` adds, removes and changes against `earlier`."""
    old_goals = {g.get("id"): (n, g) for n, g in enumerate(_goals(earlier.snapshot), start=1)}
    new_goals = {g.get("id"): (n, g) for n, g in enumerate(_goals(later.snapshot), start=1)}
    changes: list[GoalChange] = []
    for goal_id, (number, goal) in new_goals.items():
        statement = str(goal.get("statement") or "")
        if goal_id is None or goal_id not in old_goals:
            changes.append(GoalChange(Change.ADDED, goal_id, number, statement))
            continue
        parts = _parts(old_goals[goal_id][1], goal)
        if parts:
            changes.append(GoalChange(Change.CHANGED, goal_id, number, statement, parts))
    for goal_id, (number, goal) in old_goals.items():
        if goal_id is None or goal_id not in new_goals:
            changes.append(GoalChange(Change.REMOVED, goal_id, number, str(goal.get("statement") or "")))
    sections = tuple(key for key in SECTION_KEYS
                     if (earlier.snapshot.get(key) or "").strip() != (later.snapshot.get(key) or "").strip())
    by_goal = {c.goal_id: c for c in changes if c.goal_id is not None and c.change is not Change.REMOVED}
    return VersionChanges(earlier.version, tuple(changes), sections, by_goal)
