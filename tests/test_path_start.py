"""A goal's planned path starts at its baseline's period or the day it was first approved, not 1 January."""

from __future__ import annotations

from datetime import UTC, date, datetime

from agreements.path_start import first_approved_on, goal_path_starts, path_start
from agreements.periods import Period
from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementVersion,
    Decision,
    Frequency,
    Goal,
    GoalKind,
)


def version(number: int, goal_ids: list[int], decided: datetime | None, decision: Decision | None) -> AgreementVersion:
    return AgreementVersion("t", 1, number, {"goals": [{"id": g} for g in goal_ids]}, 1,
                            datetime(2026, 12, 10, tzinfo=UTC), decision=decision, decided_at=decided)


def test_the_later_of_new_year_the_baseline_period_and_the_approval() -> None:
    assert path_start(2027) == date(2027, 1, 1)
    assert path_start(2027, approved_on=date(2026, 12, 20)) == date(2027, 1, 1)  # approved in December
    assert path_start(2027, approved_on=date(2027, 3, 10)) == date(2027, 3, 10)
    assert path_start(2027, baseline_period=Period.containing(Frequency.MONTHLY, date(2027, 4, 3))) == \
        date(2027, 4, 30)


def test_each_goal_starts_on_the_day_the_first_version_holding_it_was_approved() -> None:
    agreement = Agreement("t", 1, 2027, AgreementLevel.DIRECTORATE, 1, 2, id=1, goals=[
        Goal("t", GoalKind.OWN, "a", id=10), Goal("t", GoalKind.OWN, "b", id=11), Goal("t", GoalKind.OWN, "c", id=12)])
    versions = [
        version(1, [10], datetime(2026, 12, 18, 9, tzinfo=UTC), Decision.CHANGES_REQUESTED),
        version(2, [10], datetime(2027, 1, 20, 9, tzinfo=UTC), Decision.APPROVED),
        version(3, [10, 11], datetime(2027, 5, 31, 22, 30, tzinfo=UTC), Decision.APPROVED),  # 1 June in Copenhagen
    ]
    assert first_approved_on(11, versions) == date(2027, 6, 1)
    assert goal_path_starts(agreement, versions) == {
        10: date(2027, 1, 20), 11: date(2027, 6, 1), 12: date(2027, 1, 1)}
