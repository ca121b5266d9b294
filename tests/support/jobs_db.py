"""Several agreements with their own holder and giver, for the monthly status jobs; and a fake clock and sender."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.types import (
    Agreement,
    AgreementLevel,
    Direction,
    Goal,
    GoalKind,
    Indicator,
    Measurement,
    Person,
    Unit,
)
from store.db import make_sessionmaker
from store.uow import SqlUnitOfWork

TENANT = "tenant-jobs"
# 24 November 2026 09:00 UTC: after November's 5th working day (6 November) and before the jobs expire.
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


async def seed_agreements(engine: AsyncEngine, count: int, *, reference: dict[str, Any] | None = None) -> None:
    """`count` agreements for 2026, each with its own unit, holder and giver and one monthly indicator."""
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        for n in range(1, count + 1):
            holder = await uow.people.add(Person(TENANT, f"holder-{n}", f"Leder {n}", conversation_reference=reference))
            giver = await uow.people.add(Person(TENANT, f"giver-{n}", f"Chef {n}", conversation_reference=reference))
            unit = await uow.units.add(Unit(TENANT, f"Enhed {n}", "Børn og Skole"))
            assert unit.id is not None and holder.id is not None and giver.id is not None
            agreement = await uow.agreements.add(Agreement(
                TENANT, unit.id, 2026, AgreementLevel.DEPARTMENT, holder.id, giver.id,
                goals=[Goal(TENANT, GoalKind.OWN, f"Sygefraværet i enhed {n} skal ned fra 6,1 % til 5,5 %.",
                            indicators=[Indicator(TENANT, f"syg-{n}", "Sygefravær", Direction.LOWER_IS_BETTER, "%",
                                                  baseline=6.1, target=5.5, deadline=date(2026, 12, 31))])],
            ))
            indicator_id = agreement.goals[0].indicators[0].id
            assert indicator_id is not None
            await uow.measurements.upsert_many([
                Measurement(TENANT, indicator_id, f"2026-{month:02d}", 6.1 - 0.05 * month) for month in range(1, 11)
            ])
        await uow.commit()


class FakeClock:
    """Time that moves only when someone sleeps (or the test moves it)."""

    def __init__(self, start: datetime = NOW) -> None:
        self.now = start
        self.monotonic_now = 1000.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.monotonic_now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.monotonic_now += seconds

    async def sleep(self, seconds: float) -> None:
        self.advance(seconds)
        await asyncio.sleep(0)


@dataclass
class FakeSender:
    """Records (person id, unit line of the card) per send; can 'kill' the runner on a chosen send."""

    sent: list[tuple[int, str]] = field(default_factory=list)
    die_on: int | None = None  # the n-th call (1-based) calls `kill` and never returns
    kill: Callable[[], Any] | None = None
    calls: int = 0

    async def __call__(self, person: Person, card: dict[str, Any]) -> None:
        self.calls += 1
        if self.die_on is not None and self.calls == self.die_on and self.kill is not None:
            self.kill()  # e.g. cancel the runner's task: like the process dying mid-send
            await asyncio.sleep(3600)
        await asyncio.sleep(0)  # let other runners interleave
        assert person.id is not None
        self.sent.append((person.id, card["body"][1]["text"]))
