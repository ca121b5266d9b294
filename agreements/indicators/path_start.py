"""Where a goal's planned path starts (issue 17, item 3): not 1 January, but at its baseline's period or the day
the goal was first approved, whichever is later, never before the agreement year. Read by the status code: the
planned path runs from the baseline at `path_start` to the target at the deadline, so a goal added in December
(into next year's draft) or approved in March is not «bagud» at once.

`goal_path_starts` gives every goal of an agreement its start from the agreement's stored versions (the snapshot
of each submitted version names its goals by id; the first approved version that holds a goal is when it was
approved). A goal not approved yet starts on 1 January of the year (or at its baseline's period), as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from agreements.clock import local_today
from agreements.indicators.periods import Period
from agreements.ports import UnitOfWork
from agreements.types import Agreement, AgreementVersion, Decision


def path_start(year: int, approved_on: date | None = None, baseline_period: Period | None = None) -> date:
    """The later of 1 January of `year`, the end of the baseline's period and the day of approval. An approval after
    the year has ended (a late agreement approved in January) does not move the path: the year's figures are
    judged against the plan, not all left waiting for a first figure that can no longer come."""
    start = date(year, 1, 1)
    if baseline_period is not None:
        start = max(start, baseline_period.end)
    if approved_on is not None and approved_on.year <= year:
        start = max(start, approved_on)
    return start


def first_approved_on(goal_id: int, versions: Sequence[AgreementVersion]) -> date | None:
    """The Copenhagen day the first approved version holding the goal was approved; None if none was."""
    days = [
        local_today(v.decided_at) for v in versions
        if v.decision is Decision.APPROVED and v.decided_at is not None
        and any(isinstance(g, dict) and g.get("id") == goal_id for g in v.snapshot.get("goals") or [])
    ]
    return min(days) if days else None


def goal_path_starts(
    agreement: Agreement, versions: Sequence[AgreementVersion],
    baseline_periods: Mapping[int, Period] | None = None,
) -> dict[int, date]:
    """Goal id → its path start. `baseline_periods`: goal id → the period its baseline was measured in, if known."""
    periods = baseline_periods or {}
    return {
        goal.id: path_start(agreement.year, first_approved_on(goal.id, versions), periods.get(goal.id))
        for goal in agreement.goals if goal.id is not None
    }


def approval_days(agreement: Agreement, versions: Sequence[AgreementVersion]) -> dict[int, date]:
    """Goal id → the day its first approved version was approved, for the goals that have been approved."""
    days = {goal.id: first_approved_on(goal.id, versions) for goal in agreement.goals if goal.id is not None}
    return {goal_id: day for goal_id, day in days.items() if day is not None}


async def stored_approval_days(uow: UnitOfWork, agreement: Agreement) -> dict[int, date]:
    """`approval_days` from the agreement's versions in the store (none for an agreement never approved)."""
    if agreement.id is None:
        return {}
    return approval_days(agreement, await uow.agreements.versions(agreement.tenant_id, agreement.id))
