"""The year-end evaluation (R9 «Evaluering») and carrying unmet goals into next year's agreement.

An evaluation meeting (a dialogue meeting scheduled with `is_evaluation=True`) assesses each goal as opfyldt,
delvist opfyldt or ikke opfyldt, with a comment. One assessment per agreement and goal: saving again overwrites it.
Only the holder and the giver assess; participants and chefkonsulenter read (agreements.dialogue.meetings' access
rules).

`carry_unmet_goals` copies the goals assessed delvist or ikke opfyldt into next year's agreement for the same unit
and level, creating it as a draft (kladde) if it is missing. It is idempotent: a goal already carried (and still
in next year's agreement) is not copied again. Each copied indicator gets
- a new key, `{key}-{year}` (keys are unique per tenant);
- the latest measured value as baseline: the level when next year's agreement starts (the old baseline when
  nothing was measured);
- the end of the new year as deadline, if its deadline lay within the old agreement year;
- no LIS source key: two indicators with one source key would make imports by that key ambiguous
  (agreements.indicators.measurements refuses them), so the holder sets it on next year's indicator when the old one
  stops.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from agreements import policy
from agreements.dialogue.meeting_ports import UNMET, Assessment, DialogueMeeting, GoalAssessment, MeetingUnitOfWork
from agreements.dialogue.meetings import (
    MAX_TEXT,
    MeetingRefused,
    Refusal,
    audit,
    load_agreement,
    load_meeting,
    refuse,
)
from agreements.goals.goal_drafts import coach_state_from_goal, restate_statement
from agreements.indicators.periods import PeriodError, parse_period
from agreements.types import Agreement, AgreementStatus, Goal, Indicator, Measurement, Person

INDICATOR_KEY_MAX = 100
EDITABLE = (AgreementStatus.DRAFT, AgreementStatus.CHANGES_REQUESTED)


@dataclass(frozen=True, slots=True)
class AssessmentInput:
    goal_id: int
    assessment: Assessment
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Evaluation:
    meeting: DialogueMeeting
    agreement: Agreement
    assessments: Mapping[int, GoalAssessment]  # by goal id

    @property
    def unmet_goals(self) -> list[Goal]:
        unmet = {goal_id for goal_id, a in self.assessments.items() if a.assessment in UNMET}
        return [g for g in self.agreement.goals if g.id in unmet]


@dataclass(frozen=True, slots=True)
class CarryOver:
    agreement: Agreement  # next year's, after the carry-over
    created: bool  # next year's agreement was created now
    carried: tuple[Goal, ...]  # goals copied now
    already_carried: int  # unmet goals copied by an earlier carry-over


class EvaluationService:
    async def evaluation(self, uow: MeetingUnitOfWork, person: Person, meeting_id: int) -> Evaluation:
        meeting = await load_meeting(uow, person, meeting_id, write=False, action="evaluation")
        return await self._evaluation(uow, person, meeting)

    async def save_evaluation(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        meeting_id: int,
        assessments: Sequence[AssessmentInput],
        now: datetime,
    ) -> Evaluation:
        """Records each goal's assessment (opfyldt / delvist opfyldt / ikke opfyldt + comment)."""
        meeting = await load_meeting(uow, person, meeting_id, write=False, action="evaluate")
        agreement = await load_agreement(uow, person, meeting.agreement_id, "evaluate")
        if not policy.may_evaluate(person, agreement):
            await refuse(uow, person, f"meeting:{meeting_id}", Refusal.NOT_ALLOWED_TO_EVALUATE, "evaluate")
        if not meeting.is_evaluation:
            raise MeetingRefused(Refusal.NOT_EVALUATION)
        if not assessments:
            raise MeetingRefused(Refusal.NO_ASSESSMENTS)
        goal_ids = {g.id for g in agreement.goals}
        if any(a.goal_id not in goal_ids for a in assessments):
            raise MeetingRefused(Refusal.UNKNOWN_GOAL)
        if any(len((a.comment or "").strip()) > MAX_TEXT for a in assessments):
            raise MeetingRefused(Refusal.TOO_LONG, limit=f"{MAX_TEXT:,}".replace(",", "."))
        for item in assessments:
            await uow.meetings.save_assessment(GoalAssessment(
                tenant_id=person.tenant_id, agreement_id=meeting.agreement_id, goal_id=item.goal_id,
                assessment=Assessment(item.assessment), comment=(item.comment or "").strip(),
                meeting_id=meeting.id, assessed_by=person.id, assessed_at=now,
            ))
        await audit(uow, person, f"agreement:{meeting.agreement_id}", "evaluation.saved", now, {
            "meeting_id": meeting.id,
            "assessments": {str(a.goal_id): Assessment(a.assessment).value for a in assessments},
        })
        return await self._evaluation(uow, person, meeting)

    async def carry_unmet_goals(
        self, uow: MeetingUnitOfWork, person: Person, agreement_id: int, next_year: int, now: datetime
    ) -> CarryOver:
        """Copies unmet and partly met goals into next year's agreement (see the module docstring)."""
        agreement = await load_agreement(uow, person, agreement_id, "carry")
        if not policy.may_carry_over(person, agreement):
            await refuse(uow, person, f"agreement:{agreement_id}", Refusal.NOT_ALLOWED_TO_CARRY, "carry")
        if next_year <= agreement.year:
            raise MeetingRefused(Refusal.NOT_A_LATER_YEAR)
        assert agreement.id is not None
        target = await uow.agreements.find_for_level(person.tenant_id, agreement.unit_id, next_year, agreement.level)
        created = target is None
        if target is None:
            target = await uow.agreements.add(Agreement(
                tenant_id=person.tenant_id, unit_id=agreement.unit_id, year=next_year, level=agreement.level,
                holder_id=agreement.holder_id, giver_id=agreement.giver_id, status=AgreementStatus.DRAFT,
            ))
        elif not policy.may_carry_into(agreement, target):
            await refuse(uow, person, f"agreement:{agreement_id}", Refusal.NEXT_YEAR_OTHER_HOLDER, "carry",
                         year=next_year)
        elif target.status not in EDITABLE:
            raise MeetingRefused(Refusal.NEXT_YEAR_LOCKED, year=next_year)
        assert target.id is not None
        assessed = {a.goal_id: a for a in await uow.meetings.assessments(person.tenant_id, agreement.id)}
        unmet = [g for g in agreement.goals if g.id in assessed and assessed[g.id].assessment in UNMET]
        in_target = {g.id for g in target.goals}
        taken_keys = {i.key for i in await uow.measurements.indicators(person.tenant_id)}
        indicator_ids = [i.id for g in unmet for i in g.indicators if i.id is not None]
        series = await uow.measurements.for_indicators(person.tenant_id, indicator_ids) if indicator_ids else {}
        carried: list[Goal] = []
        already = 0
        for goal in unmet:
            assert goal.id is not None
            record = assessed[goal.id]
            if record.carried_to_goal_id is not None and record.carried_to_goal_id in in_target:
                already += 1
                continue
            stored = await uow.agreements.add_goal(
                target.id, carried_goal(goal, agreement.year, next_year, series, taken_keys)
            )
            assert stored.id is not None and record.id is not None
            await uow.meetings.mark_carried(person.tenant_id, record.id, stored.id)
            carried.append(stored)
        await audit(uow, person, f"agreement:{agreement.id}", "evaluation.goals_carried", now, {
            "to_agreement": target.id, "year": next_year, "created": created,
            "goals": [g.id for g in carried], "already": already,
        })
        refreshed = await uow.agreements.get(person.tenant_id, target.id)
        return CarryOver(refreshed or target, created, tuple(carried), already)

    @staticmethod
    async def _evaluation(uow: MeetingUnitOfWork, person: Person, meeting: DialogueMeeting) -> Evaluation:
        agreement = await load_agreement(uow, person, meeting.agreement_id, "evaluation")
        assert agreement.id is not None
        assessments = await uow.meetings.assessments(person.tenant_id, agreement.id)
        return Evaluation(meeting, agreement, {a.goal_id: a for a in assessments})


def latest_value(measurements: Sequence[Measurement]) -> float | None:
    """The value of the newest period (by its end), or None."""
    dated = []
    for measurement in measurements:
        try:
            period = parse_period(measurement.period)
        except PeriodError:
            continue
        dated.append(((period.end, period.start), measurement.value))
    return max(dated)[1] if dated else None


def new_indicator_key(key: str, year: int, taken: set[str]) -> str:
    """`{key}-{year}`, with a number added while taken; the result is added to `taken`."""
    base = key[: INDICATOR_KEY_MAX - 10]
    candidate, number = f"{base}-{year}", 2
    while candidate in taken:
        candidate, number = f"{base}-{year}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _restated(goal: Goal, indicators: Sequence[Indicator], old_year: int) -> str:
    """The goal's sentence with next year's baseline and deadline written into it where it states last year's
    («fra 94,5 % til 96 % senest ultimo 2027» → «fra 95,7 % til 96 % senest ultimo 2028»), as «ret mål» does."""
    if not indicators or not goal.indicators:
        return goal.statement
    day = date(old_year, 12, 31)
    carried = replace(goal, indicators=[indicators[0]])
    return restate_statement(coach_state_from_goal(goal, day), coach_state_from_goal(carried, day))


def carried_goal(
    goal: Goal, old_year: int, new_year: int, series: Mapping[int, Sequence[Measurement]], taken: set[str]
) -> Goal:
    """A copy of the goal for next year's agreement, with new indicators (see the module docstring)."""
    indicators = []
    for indicator in goal.indicators:
        latest = latest_value(series.get(indicator.id or -1, ()))
        deadline = indicator.deadline
        if deadline is None or deadline.year <= old_year:
            deadline = date(new_year, 12, 31)
        indicators.append(Indicator(
            tenant_id=indicator.tenant_id, key=new_indicator_key(indicator.key, new_year, taken),
            name=indicator.name, direction=indicator.direction, measure_unit=indicator.measure_unit,
            baseline=latest if latest is not None else indicator.baseline, target=indicator.target,
            target_text=indicator.target_text, deadline=deadline, frequency=indicator.frequency,
            tolerance=indicator.tolerance, compare_last_year=indicator.compare_last_year,
        ))
    return Goal(
        tenant_id=goal.tenant_id, kind=goal.kind, statement=_restated(goal, indicators, old_year),
        focus_area=goal.focus_area,
        initiative=goal.initiative, output=goal.output, effect=goal.effect,
        measurement_method=goal.measurement_method, followup=goal.followup, milestone=goal.milestone,
        data_source=goal.data_source, leading_indicator=goal.leading_indicator, co_owners=list(goal.co_owners),
        indicators=indicators,
    )
