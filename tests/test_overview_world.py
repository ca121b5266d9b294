"""A municipality at the start of agreement year 2027, for the overview and annual-cycle tests (no tests here).

Units and where they stand:
- Skoleområdet (Børn og Skole): approved 2027 agreement, one complete goal with monthly data; a dialogue meeting
  on 10 March 2027 and an evaluation meeting on 10 December 2027.
- Dagtilbud (Børn og Skole): an agreement for 2026 (holder Lise), none yet for 2027.
- Jobcenter (Beskæftigelse): 2027 agreement submitted to Henrik; its goal lacks follow-up (R4) and its indicator has
  no measurements.
- Ældreplejen (Sundhed og Ældre): 2027 agreement, a draft without goals.
- Kultur (Kultur og Fritid): no agreement ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.clock import COPENHAGEN
from agreements.dialogue.meeting_ports import DialogueMeeting
from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementStatus,
    Direction,
    Goal,
    GoalKind,
    Indicator,
    Measurement,
    Person,
    Role,
    Unit,
)
from store.db import make_sessionmaker
from store.uow import SqlUnitOfWork

TENANT = "tenant-cycle"


def local(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=COPENHAGEN)


def complete_goal(key: str) -> Goal:
    return Goal(
        TENANT, GoalKind.OWN, "Sygefraværet skal ned fra 6,1 % til 5,5 %.", output="Sygefraværssamtaler",
        effect="Lavere sygefravær", measurement_method="LIS", followup="Månedlig opfølgning i LIS",
        indicators=[Indicator(TENANT, key, "Sygefravær", Direction.LOWER_IS_BETTER, "%", baseline=6.1, target=5.5,
                              deadline=date(2027, 12, 31))],
    )


@dataclass
class CycleWorld:
    engine: AsyncEngine
    people: dict[str, Person]
    units: dict[str, Unit]
    agreements: dict[str, int]  # unit name → its 2027 agreement id

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(make_sessionmaker(self.engine))

    def id(self, name: str) -> int:
        person_id = self.people[name].id
        assert person_id is not None
        return person_id


async def seed_world(engine: AsyncEngine) -> CycleWorld:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        people: dict[str, Person] = {}
        for key, name, role in (
            ("anne", "Anne Bech", Role.COORDINATOR), ("henrik", "Henrik Thomsen", Role.DIRECTOR),
            ("mette", "Mette Kjær", Role.MANAGER), ("lise", "Lise Holm", Role.MANAGER),
            ("ole", "Ole Dam", Role.MANAGER), ("karen", "Karen Friis", Role.MANAGER),
        ):
            people[key] = await uow.people.add(Person(TENANT, f"aad-{key}", name, role=role))
        units: dict[str, Unit] = {}
        for name, area in (("Skoleområdet", "Børn og Skole"), ("Dagtilbud", "Børn og Skole"),
                           ("Jobcenter", "Beskæftigelse"), ("Ældreplejen", "Sundhed og Ældre"),
                           ("Kultur", "Kultur og Fritid")):
            units[name] = await uow.units.add(Unit(TENANT, name, area))

        def ids(unit: str, holder: str) -> tuple[int, int, int]:
            unit_id, holder_id, giver_id = units[unit].id, people[holder].id, people["henrik"].id
            assert unit_id is not None and holder_id is not None and giver_id is not None
            return unit_id, holder_id, giver_id

        level = AgreementLevel.DIRECTORATE
        for unit, holder in (("Skoleområdet", "mette"), ("Dagtilbud", "lise")):
            u, h, g = ids(unit, holder)
            await uow.agreements.add(Agreement(TENANT, u, 2026, level, h, g, status=AgreementStatus.APPROVED))
        agreements: dict[str, int] = {}
        u, h, g = ids("Skoleområdet", "mette")
        school = await uow.agreements.add(Agreement(TENANT, u, 2027, level, h, g, status=AgreementStatus.APPROVED,
                                                    goals=[complete_goal("syg-skole")]))
        u, h, g = ids("Jobcenter", "ole")
        job_goal = complete_goal("syg-job")
        job_goal.followup = None
        job = await uow.agreements.add(Agreement(TENANT, u, 2027, level, h, g, status=AgreementStatus.SUBMITTED,
                                                 goals=[job_goal]))
        u, h, g = ids("Ældreplejen", "karen")
        elderly = await uow.agreements.add(Agreement(TENANT, u, 2027, level, h, g))
        for name, agreement in (("Skoleområdet", school), ("Jobcenter", job), ("Ældreplejen", elderly)):
            assert agreement.id is not None
            agreements[name] = agreement.id
        indicator_id = school.goals[0].indicators[0].id
        assert indicator_id is not None
        await uow.measurements.upsert_many(
            [Measurement(TENANT, indicator_id, f"2027-{m:02d}", 6.1 - 0.05 * m) for m in range(1, 12)]
        )
        for starts_at, evaluation in ((local(2027, 3, 10, 10), False), (local(2027, 12, 10, 10), True)):
            await uow.meetings.add(DialogueMeeting(TENANT, agreements["Skoleområdet"], starts_at,
                                                   is_evaluation=evaluation))
        await uow.commit()
    return CycleWorld(engine, people, units, agreements)


@pytest.fixture
async def cycle_world(engine: AsyncEngine) -> CycleWorld:
    return await seed_world(engine)
