"""A database with the demo agreement plus indicators for import tests (a LIS source key, a quarterly one)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.demo import TENANT_ID, DemoLoader
from agreements.types import AuditEvent, Direction, Frequency, Goal, GoalKind, Indicator, Measurement
from store.db import make_sessionmaker
from store.models import IndicatorRow, MeasurementRow
from store.uow import SqlUnitOfWork

TODAY = date(2026, 11, 24)
LIS_KEY = "LIS.BOS.TRIV.01"
YEARLY_IN_DEMO = ("demo-afgang-02", "demo-trivsel", "demo-laesning")


async def seed(engine: AsyncEngine) -> int:
    """The demo, plus goal 9 with `demo-ventetid` (source key LIS_KEY) and quarterly `demo-tilfredshed`."""
    sessions = make_sessionmaker(engine)
    async with SqlUnitOfWork(sessions) as uow:
        result = await DemoLoader().load(uow, TODAY)
        goal = Goal(
            tenant_id=TENANT_ID, kind=GoalKind.OWN, statement="Ventetiden på PPR skal ned, og forældrene tilfredse.",
            indicators=[
                Indicator(TENANT_ID, "demo-ventetid", "Ventetid på PPR-udredning", Direction.LOWER_IS_BETTER,
                          "uger", baseline=12, target=6, source_key=LIS_KEY),
                Indicator(TENANT_ID, "demo-tilfredshed", "Forældretilfredshed", Direction.HIGHER_IS_BETTER, "%",
                          baseline=70, target=80, frequency=Frequency.QUARTERLY),
            ],
        )
        await uow.agreements.add_goal(result.agreement_id, goal)
        await uow.commit()
    # The import tests read every demo indicator as monthly, as a LIS that reports them each month would: the demo
    # follows afgangsprøver, trivsel and læsning yearly (R6), which the import checks (tests/test_status_tolerance).
    async with sessions() as session, session.begin():
        await session.execute(update(IndicatorRow).where(IndicatorRow.key.in_(YEARLY_IN_DEMO))
                              .values(frequency=Frequency.MONTHLY.value))
    return result.agreement_id


async def measurement_count(engine: AsyncEngine) -> int:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        return int(await uow.session.scalar(select(func.count()).select_from(MeasurementRow)) or 0)


async def values(engine: AsyncEngine, key: str) -> dict[str, tuple[float, str | None]]:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        indicator = next(i for i in await uow.measurements.indicators(TENANT_ID) if i.key == key)
        assert indicator.id is not None
        found: list[Measurement] = await uow.measurements.for_indicator(TENANT_ID, indicator.id)
    return {m.period: (m.value, m.comment) for m in found}


async def audit(engine: AsyncEngine) -> list[AuditEvent]:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        return [e for e in await uow.audit.list(TENANT_ID) if e.action == "measurements.imported"]
