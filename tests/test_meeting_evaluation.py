"""The year-end evaluation (R9) and carrying unmet goals into next year's draft agreement."""

from __future__ import annotations

from datetime import date

from agreements.danish import format_number
from agreements.dialogue.evaluation import AssessmentInput, EvaluationService
from agreements.dialogue.meeting_ports import Assessment
from agreements.dialogue.meetings import Refusal
from agreements.types import AgreementStatus
from tests.support.meeting_world import TENANT_ID, World, local, refused, world

__all__ = ["world"]  # the fixture

NOW = local(2026, 12, 1, 9)
EVALUATION = EvaluationService()


async def evaluation_meeting(world: World) -> int:
    scheduled = await world.schedule(world.giver, starts_at=local(2026, 12, 15, 13), evaluation=True)
    assert scheduled.meeting.is_evaluation and scheduled.meeting.title.startswith("Evaluering af udviklingsaftale")
    return scheduled.meeting.id or 0


async def goal_ids(world: World) -> list[int]:
    async with world.uow() as uow:
        agreement = await uow.agreements.get(TENANT_ID, world.agreement_id)
        assert agreement is not None
        return [g.id or 0 for g in agreement.goals]


async def test_goals_are_assessed_at_the_evaluation_meeting(world: World) -> None:
    meeting_id = await evaluation_meeting(world)
    goals = await goal_ids(world)
    async with world.uow() as uow:
        await EVALUATION.save_evaluation(uow, world.giver, meeting_id, [
            AssessmentInput(goals[0], Assessment.MET, "Nået"),
            AssessmentInput(goals[4], Assessment.PARTLY_MET, "Tæt på – 5,7 %"),
        ], NOW)
        await uow.commit()
        # Saving again overwrites the goal's assessment.
        saved = await EVALUATION.save_evaluation(uow, world.holder, meeting_id, [
            AssessmentInput(goals[0], Assessment.NOT_MET, "Alligevel ikke"),
        ], NOW)
        await uow.commit()
        read = await EVALUATION.evaluation(uow, world.coordinator, meeting_id)
    assert {g: (a.assessment, a.comment) for g, a in read.assessments.items()} == {
        goals[0]: (Assessment.NOT_MET, "Alligevel ikke"), goals[4]: (Assessment.PARTLY_MET, "Tæt på – 5,7 %"),
    }
    assert read.assessments == saved.assessments
    assert [g.id for g in read.unmet_goals] == [goals[0], goals[4]]
    assert ("evaluation.saved", None) in await world.audit(f"agreement:{world.agreement_id}")


async def test_evaluation_refusals(world: World) -> None:
    meeting_id = await evaluation_meeting(world)
    ordinary = (await world.schedule()).meeting.id or 0
    goals = await goal_ids(world)
    one = [AssessmentInput(goals[0], Assessment.MET)]
    async with world.uow() as uow:
        extra = await refused(EVALUATION.save_evaluation(uow, world.extra, meeting_id, one, NOW))
        assert extra.reason is Refusal.NOT_ALLOWED_TO_EVALUATE
        assert extra.message == "Det er kun aftaleholderen og aftalegiveren, der kan vurdere målene."
        outsider = await refused(EVALUATION.save_evaluation(uow, world.other, meeting_id, one, NOW))
        assert outsider.reason is Refusal.NO_ACCESS
        not_evaluation = await refused(EVALUATION.save_evaluation(uow, world.giver, ordinary, one, NOW))
        assert not_evaluation.reason is Refusal.NOT_EVALUATION
        foreign = await refused(EVALUATION.save_evaluation(
            uow, world.giver, meeting_id, [AssessmentInput(999_999, Assessment.MET)], NOW))
        assert foreign.reason is Refusal.UNKNOWN_GOAL
        assert (await refused(EVALUATION.save_evaluation(uow, world.giver, meeting_id, [], NOW))).reason is (
            Refusal.NO_ASSESSMENTS)
        assert (await EVALUATION.evaluation(uow, world.giver, meeting_id)).assessments == {}
    assert ("meeting.refused", "not_allowed_to_evaluate") in await world.audit(f"meeting:{meeting_id}")


async def test_unmet_goals_are_carried_into_next_years_draft_once(world: World) -> None:
    meeting_id = await evaluation_meeting(world)
    goals = await goal_ids(world)
    async with world.uow() as uow:
        await EVALUATION.save_evaluation(uow, world.giver, meeting_id, [
            AssessmentInput(goals[0], Assessment.MET),
            AssessmentInput(goals[4], Assessment.PARTLY_MET, "Tæt på"),
            AssessmentInput(goals[7], Assessment.NOT_MET, "Teamet kom sent i gang"),
        ], NOW)
        await uow.commit()
        source = await uow.agreements.get(TENANT_ID, world.agreement_id)
        assert source is not None
        sick_leave = source.goals[4].indicators[0]
        series = await uow.measurements.for_indicator(TENANT_ID, sick_leave.id or 0)
        carry = await EVALUATION.carry_unmet_goals(uow, world.holder, world.agreement_id, 2027, NOW)
        await uow.commit()
    target = carry.agreement
    assert carry.created and carry.already_carried == 0
    assert (target.year, target.status, target.unit_id, target.level) == (
        2027, AgreementStatus.DRAFT, source.unit_id, source.level)
    assert (target.holder_id, target.giver_id) == (source.holder_id, source.giver_id)
    # The sentences are the same, with next year's baseline (the level when next year starts) written in.
    assert [g.statement.split(" fra ")[0] for g in target.goals] == [
        source.goals[4].statement.split(" fra ")[0], source.goals[7].statement.split(" fra ")[0]]
    assert f"fra {format_number(series[-1].value)} % til 5,5 %" in target.goals[0].statement
    copied = target.goals[0].indicators[0]
    assert copied.key == "demo-sygefravaer-2027" and copied.id != sick_leave.id
    assert copied.baseline == series[-1].value  # the level when next year starts
    assert copied.target == sick_leave.target and copied.deadline == date(2027, 12, 31)
    assert copied.source_key is None
    # Carrying again copies nothing; the source agreement is untouched.
    async with world.uow() as uow:
        again = await EVALUATION.carry_unmet_goals(uow, world.giver, world.agreement_id, 2027, NOW)
        await uow.commit()
        unchanged = await uow.agreements.get(TENANT_ID, world.agreement_id)
    assert (again.created, again.carried, again.already_carried) == (False, (), 2)
    assert again.agreement.id == target.id and len(again.agreement.goals) == 2
    assert unchanged is not None and len(unchanged.goals) == 8
    assert ("evaluation.goals_carried", None) in await world.audit(f"agreement:{world.agreement_id}")


async def test_carry_over_refusals(world: World) -> None:
    async with world.uow() as uow:
        outsider = await refused(EVALUATION.carry_unmet_goals(uow, world.other, world.agreement_id, 2027, NOW))
        assert outsider.reason is Refusal.NOT_ALLOWED_TO_CARRY
        same_year = await refused(EVALUATION.carry_unmet_goals(uow, world.holder, world.agreement_id, 2026, NOW))
        assert same_year.reason is Refusal.NOT_A_LATER_YEAR
        # Next year's agreement exists and is approved: it must become a draft before goals are added.
        empty = await EVALUATION.carry_unmet_goals(uow, world.holder, world.agreement_id, 2027, NOW)
        assert empty.created and empty.carried == ()
        assert await uow.agreements.transition(TENANT_ID, empty.agreement.id or 0,
                                               from_statuses=(AgreementStatus.DRAFT,), version=1,
                                               to_status=AgreementStatus.APPROVED)
        await uow.commit()
        locked = await refused(EVALUATION.carry_unmet_goals(uow, world.holder, world.agreement_id, 2027, NOW))
    assert locked.reason is Refusal.NEXT_YEAR_LOCKED
    assert locked.message.startswith("Aftalen for 2027 er sendt til godkendelse eller godkendt.")
    assert ("meeting.refused", "not_allowed_to_carry") in await world.audit(f"agreement:{world.agreement_id}")


def test_a_carried_goal_says_next_years_baseline_and_deadline() -> None:
    """Found by the year in the life: the 2028 draft held «fra 94,5 % til 96 % senest ultimo 2027» while the
    goal's indicator said 95,7 % → 96 % by the end of 2028."""
    from agreements.dialogue.evaluation import carried_goal
    from agreements.types import Direction, Goal, GoalKind, Indicator, Measurement

    indicator = Indicator(tenant_id=TENANT_ID, key="almenskole", name="Andelen af elever i almenskolen",
                          direction=Direction.HIGHER_IS_BETTER, measure_unit="%", baseline=94.5, target=96.0,
                          deadline=date(2027, 12, 31), compare_last_year=True, id=7)
    goal = Goal(tenant_id=TENANT_ID, kind=GoalKind.OWN, indicators=[indicator],
                statement="Andelen af elever i almenskolen skal stige fra 94,5 % til 96 % senest ultimo 2027, målt "
                          "med elevtal fra skoleadministrationen.")
    series = {7: [Measurement(TENANT_ID, 7, "2027-11", 95.5), Measurement(TENANT_ID, 7, "2027-12", 95.7)]}
    carried = carried_goal(goal, 2027, 2028, series, set())
    assert carried.statement == ("Andelen af elever i almenskolen skal stige fra 95,7 % til 96 % senest ultimo "
                                 "2028, målt med elevtal fra skoleadministrationen.")
    copied = carried.indicators[0]
    assert (copied.baseline, copied.target, copied.deadline) == (95.7, 96.0, date(2028, 12, 31))
    assert copied.compare_last_year, "a seasonal measure stays seasonal"
    # A sentence without numbers is left as the holder wrote it.
    plain = carried_goal(Goal(tenant_id=TENANT_ID, kind=GoalKind.OWN, statement="Flere børn trives.",
                              indicators=[indicator]), 2027, 2028, series, set())
    assert plain.statement == "Flere børn trives."
