"""What changed between two sent versions, and a goal's sentence kept in step with its numbers (no I/O)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from agreements.agreement.approval import snapshot
from agreements.agreement.version_changes import Change, compare, last_decided_before
from agreements.goals.coach import answer, forget, start
from agreements.goals.goal_drafts import GoalFrame, apply_edit, coach_state_from_goal, draft_goal, restate_statement
from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementVersion,
    Decision,
    Direction,
    Goal,
    GoalKind,
    Indicator,
)

TODAY = date(2026, 11, 24)
AT = datetime(2026, 11, 24, 9, tzinfo=UTC)


def goal(goal_id: int, statement: str, target: float = 90.0, **parts: Any) -> Goal:
    indicator = Indicator("t", f"k{goal_id}", "Elever med mindst 02", Direction.HIGHER_IS_BETTER, "%", 86.0, target,
                          deadline=date(2026, 12, 31))
    return Goal("t", GoalKind.OWN, statement, indicators=[indicator], id=goal_id, **parts)


def version(number: int, goals: list[Goal], decision: Decision | None = None, **sections: str) -> AgreementVersion:
    agreement = Agreement("t", 1, 2026, AgreementLevel.DIRECTORATE, 1, 2, goals=goals, id=1, **sections)
    return AgreementVersion("t", 1, number, snapshot(agreement), 1, AT, decision=decision)


def test_added_removed_and_changed_goals_and_sections_are_found() -> None:
    first = version(1, [goal(1, "Mål et"), goal(2, "Mål to")], Decision.CHANGES_REQUESTED, economy="Ramme 400")
    second = version(2, [goal(1, "Mål et", target=95.0), goal(3, "Mål tre")], economy="Ramme 412")
    changes = compare(first, second)
    kinds = {(c.change, c.goal_id) for c in changes.goals}
    assert kinds == {(Change.CHANGED, 1), (Change.ADDED, 3), (Change.REMOVED, 2)}
    changed = changes.by_goal[1]
    assert [(p.key, p.before, p.after) for p in changed.parts] == [("indicator.target", 90.0, 95.0)]
    assert changes.sections == ("economy",) and not changes.empty
    assert compare(second, second).empty


def test_the_version_compared_with_is_the_last_one_the_giver_decided_on() -> None:
    records = [version(1, [], Decision.CHANGES_REQUESTED), version(2, [], Decision.APPROVED), version(3, [])]
    previous = last_decided_before(records, 3)
    assert previous is not None and previous.version == 2
    assert last_decided_before(records, 1) is None


def test_a_changed_number_is_written_into_the_sentence_and_nothing_else() -> None:
    cases = [
        ("Flere elever skal bestå: fra 86 % til 90 %.", "target", "95 %",
         "Flere elever skal bestå: fra 86 % til 95 %."),
        ("Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026.", "baseline", "6,4 %",
         "Sygefraværet skal ned fra 6,4 % til 5,5 % senest ultimo 2026."),
        ("Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026.", "deadline", "30. juni 2027",
         "Sygefraværet skal ned fra 6,1 % til 5,5 % senest 30. juni 2027."),
    ]
    for sentence, element, typed, expected in cases:
        before = start(sentence, TODAY)
        after = answer(forget(before, element), element, typed, TODAY).state
        assert restate_statement(before, after) == expected


def test_an_edit_keeps_what_the_coach_did_not_ask_about() -> None:
    stored = goal(1, "Flere elever skal bestå: fra 86 % til 90 %.", initiative="Læringsforløb i 8. klasse",
                  measurement_method="Nøgletal fra afgangsprøverne (LIS)", followup="Månedligt i LIS")
    frame = GoalFrame("t", GoalKind.OWN)
    state = coach_state_from_goal(stored, TODAY)
    untouched = draft_goal(state, frame, "abcd1234")
    edited_state = answer(forget(state, "target"), "target", "95 %", TODAY).state
    edited_state.text = restate_statement(state, edited_state)
    result = apply_edit(stored, untouched, draft_goal(edited_state, frame, "abcd1234"))
    assert result.indicators[0].target == 95.0 and result.statement.endswith("til 95 %.")
    assert (result.initiative, result.measurement_method, result.followup) == (
        "Læringsforløb i 8. klasse", "Nøgletal fra afgangsprøverne (LIS)", "Månedligt i LIS")
    assert result.indicators[0].key == "k1" and result.id == 1
