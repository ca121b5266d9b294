"""The year-end overview for the direktion («årsoverblik 2026»): every unit's evaluation results for one year.

Per agreement of the year: per goal its assessment at the year-end evaluation (agreements.dialogue.evaluation), the
counts
of opfyldt / delvist opfyldt / ikke opfyldt, and whether the agreement is evaluated at all. Units whose agreement
has no assessment yet are listed as not evaluated.

Who (agreements.policy): chefkonsulenter and direktører see every unit; a giver sees the agreements they give.
Anyone else is refused with a Danish message, and the refusal is audited (action `year_review.refused`).

Year: «årsoverblik 2026» names it; plain «årsoverblik» means the year being evaluated: last year until the end of
March (the evaluation lies in the first quarter after the year), this year from April.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from agreements import policy
from agreements.clock import local_today
from agreements.dialogue.meeting_ports import Assessment, MeetingUnitOfWork
from agreements.fuzzy import fold
from agreements.types import AuditEvent, Person

MIN_YEAR, MAX_YEAR = 2000, 2100
LAST_MONTH_OF_EVALUATION = 3

NOT_ALLOWED = (
    "Årsoverblikket over evalueringen er for direktionen, aftalegiverne og chefkonsulenterne. "
    "Skriv «min aftale» for at se din egen aftale."
)
BAD_YEAR = "Året skal være mellem {low} og {high}."

_REQUEST_RE = re.compile(r"(?:vis\s+)?(?:årsoverblik(?:ket)?|aarsoverblik(?:ket)?)(?:\s+(?:for\s+)?(\d{1,4}))?")


class YearReviewError(Exception):
    """A request the overview cannot answer; `str(error)` is a Danish sentence for the user."""


class YearReviewRefused(YearReviewError):
    """The person may see no unit's results (audited)."""


@dataclass(frozen=True, slots=True)
class YearReviewRequest:
    year: int | None = None


def parse_year_review_request(text: str) -> YearReviewRequest | None:
    """«årsoverblik», «årsoverblik 2026», «vis årsoverblikket for 2026»; None for any other text."""
    cleaned = " ".join(text.strip().lower().rstrip(".!?").split())
    match = _REQUEST_RE.fullmatch(cleaned)
    if match is None:
        return None
    return YearReviewRequest(int(match[1]) if match[1] else None)


@dataclass(frozen=True, slots=True)
class GoalResult:
    number: int
    statement: str
    assessment: Assessment | None  # None: not assessed
    comment: str


@dataclass(frozen=True, slots=True)
class UnitResult:
    agreement_id: int
    unit: str
    area: str
    holder: str
    giver: str
    goals: tuple[GoalResult, ...]

    @property
    def evaluated(self) -> bool:
        return any(goal.assessment is not None for goal in self.goals)

    def count(self, assessment: Assessment | None) -> int:
        return sum(1 for goal in self.goals if goal.assessment is assessment)


@dataclass(frozen=True, slots=True)
class YearReview:
    year: int
    units: tuple[UnitResult, ...]  # evaluated first, then by area and name

    @property
    def evaluated(self) -> tuple[UnitResult, ...]:
        return tuple(u for u in self.units if u.evaluated)

    @property
    def not_evaluated(self) -> tuple[UnitResult, ...]:
        return tuple(u for u in self.units if not u.evaluated)

    def count(self, assessment: Assessment | None) -> int:
        return sum(unit.count(assessment) for unit in self.units)


def default_year(now: datetime) -> int:
    today = local_today(now)
    return today.year - 1 if today.month <= LAST_MONTH_OF_EVALUATION else today.year


class YearReviewService:
    async def build(self, uow: MeetingUnitOfWork, person: Person, now: datetime,
                    year: int | None = None) -> YearReview:
        """The year's results the person may see; raises `YearReviewRefused` (audited, committed) when they may
        see none of them, and `YearReviewError` for an impossible year."""
        chosen = year if year is not None else default_year(now)
        if not MIN_YEAR <= chosen <= MAX_YEAR:
            raise YearReviewError(BAD_YEAR.format(low=MIN_YEAR, high=MAX_YEAR))
        tenant = person.tenant_id
        agreements = [a for a in await uow.agreements.for_year(tenant, chosen)
                      if policy.may_see_year_results(person, a)]
        if not agreements and not policy.may_see_all_year_results(person):
            await uow.audit.add(AuditEvent(
                tenant_id=tenant, action="year_review.refused", actor_id=person.id,
                subject=f"year_review:{tenant}", detail={"reason": "not_allowed", "year": chosen},
            ))
            await uow.commit()
            raise YearReviewRefused(NOT_ALLOWED)
        units = {u.id: u for u in await uow.units.list(tenant)}
        names = {p.id: p.name for p in await uow.people.list(tenant)}
        results = []
        for agreement in agreements:
            assert agreement.id is not None
            assessed = {a.goal_id: a for a in await uow.meetings.assessments(tenant, agreement.id)}
            unit = units.get(agreement.unit_id)
            goals = tuple(
                GoalResult(number, goal.statement,
                           assessed[goal.id].assessment if goal.id in assessed else None,
                           assessed[goal.id].comment if goal.id in assessed else "")
                for number, goal in enumerate(agreement.goals, start=1)
            )
            results.append(UnitResult(agreement.id, unit.name if unit else "", unit.area if unit else "",
                                      names.get(agreement.holder_id, ""), names.get(agreement.giver_id, ""), goals))
        results.sort(key=lambda r: (0 if r.evaluated else 1, fold(r.area), fold(r.unit), r.agreement_id))
        return YearReview(chosen, tuple(results))
