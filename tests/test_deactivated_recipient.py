"""Someone deactivated in the organisation (issue 18) gets no job messages: their monthly status card is not sent,
the job is done with the reason recorded, and everybody else's card goes out as before. SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select, update

from agreements.indicators.monthly import JOB_KIND
from bot.scheduled.job_service import build_job_service
from bot.scheduled.jobs import SKIPPED_DEACTIVATED
from bot.settings import Settings
from store.db import create_engine, make_sessionmaker
from store.models import PersonRow, ScheduledJobRow
from tests.support.jobs_db import TENANT, FakeClock, FakeSender, seed_agreements


async def test_a_deactivated_holder_gets_no_monthly_card_and_the_job_says_why(database_url: str) -> None:
    from agreements.profiles import TONDER

    engine = create_engine(database_url)
    try:
        await seed_agreements(engine, 2)
        sessions = make_sessionmaker(engine)
        async with sessions() as session, session.begin():
            await session.execute(update(PersonRow).where(PersonRow.aad_object_id == "holder-1").values(active=False))
            deactivated = (await session.scalars(select(PersonRow.id).where(
                PersonRow.aad_object_id == "holder-1"))).one()
        clock, sender = FakeClock(), FakeSender()
        service = build_job_service(Settings(), TONDER, sessions, sender, clock=clock, sleep=clock.sleep,
                                    worker_id="runner")
        outcome, stats = await service.run_once(wait=0)
        assert outcome is not None and outcome.enqueued == 4  # the job is made; only the send is withheld
        assert stats.sent == 3 and stats.skipped == 1 and stats.failed == 0
        assert deactivated not in {person_id for person_id, _ in sender.sent}
        async with sessions() as session:
            jobs = (await session.scalars(select(ScheduledJobRow).where(ScheduledJobRow.kind == JOB_KIND,
                                                                       ScheduledJobRow.tenant_id == TENANT))).all()
        skipped = [j for j in jobs if j.payload.get("person_id") == deactivated]
        assert len(skipped) == 1 and skipped[0].done_at is not None
        assert skipped[0].last_error == SKIPPED_DEACTIVATED
        assert SKIPPED_DEACTIVATED == "springet over: modtageren er deaktiveret i organisationen"
        assert all(j.done_at is not None and j.last_error is None for j in jobs if j not in skipped)
        again = await service.run_once(wait=0)  # done: not tried again
        assert again[1].sent == 0 and again[1].skipped == 0
    finally:
        await engine.dispose()
