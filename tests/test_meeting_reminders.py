"""Meeting reminders and action-point deadlines as jobs, with a clock the test controls: each participant gets
each reminder exactly once, at 08:00 Copenhagen time across the change to summer time (and Easter), also when
the bot was down at the due time or a runner died holding the job."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from agreements.dialogue.meeting_time import ACTION_DUE_JOB_KIND
from agreements.profiles import TONDER
from agreements.types import Person
from bot.scheduled.job_service import JobService, build_job_service
from bot.settings import Settings
from store.db import make_sessionmaker
from store.jobs import JobStore
from tests.support.cardcheck import assert_valid_cards
from tests.support.conversation import FakeClock
from tests.support.fake_connector import text_of
from tests.support.meeting_world import NOW, SERVICE, World, local, world

__all__ = ["world"]

# Thursday 1 April 2027, after Easter (25, 26 and 29 March are holidays) and after summer time begins (28 March):
# 1 working day before is Wednesday 31 March (summer time), 5 working days before is Monday 22 March (winter time).
MEETING = local(2027, 4, 1, 10)
FIVE_DAYS = datetime(2027, 3, 22, 7, 0, tzinfo=UTC)  # 08:00 CET
ONE_DAY = datetime(2027, 3, 31, 6, 0, tzinfo=UTC)  # 08:00 CEST


class Recorder:
    """The sender: what each person was sent, and when (by the test's clock)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sent: list[tuple[int, datetime, dict[str, Any]]] = []

    async def __call__(self, person: Person, card: dict[str, Any]) -> None:
        assert person.id is not None
        self.sent.append((person.id, self.clock.now, card))


async def _no_sleep(seconds: float) -> None:
    return None


def job_service(world: World, clock: FakeClock, recorder: Recorder, worker: str = "w1") -> JobService:
    settings = Settings(DATABASE_URL=str(world.engine.url.render_as_string(hide_password=False)))
    return build_job_service(settings, TONDER, make_sessionmaker(world.engine), recorder, clock=clock,
                             sleep=_no_sleep, worker_id=worker)


async def run_at(moment: datetime, clock: FakeClock, service: JobService) -> int:
    clock.now = moment
    _, stats = await service.run_once(wait=0, schedule=False)
    return stats.sent


def card_text(card: dict[str, Any]) -> str:
    return text_of({"attachments": [{"content": card}]})


async def test_each_participant_gets_each_reminder_once_at_eight_across_summer_time(world: World) -> None:
    scheduled = await world.schedule(starts_at=MEETING)
    participants = scheduled.meeting.participant_ids
    assert len(participants) == 3
    clock = FakeClock(NOW)
    recorder = Recorder(clock)
    service = job_service(world, clock, recorder)

    assert await run_at(FIVE_DAYS - timedelta(minutes=1), clock, service) == 0
    assert await run_at(FIVE_DAYS, clock, service) == 3
    assert await run_at(FIVE_DAYS + timedelta(hours=5), clock, service) == 0
    assert await run_at(ONE_DAY - timedelta(minutes=1), clock, service) == 0  # 07:59 summer time
    assert await run_at(ONE_DAY, clock, service) == 3
    assert await run_at(MEETING - timedelta(minutes=1), clock, service) == 0

    by_person: dict[int, list[datetime]] = {}
    for person_id, at, card in recorder.sent:
        by_person.setdefault(person_id, []).append(at)
        assert_valid_cards(card)
        assert "Dagsorden" in card_text(card)
    assert by_person == {p: [FIVE_DAYS, ONE_DAY] for p in participants}
    texts = [card_text(card) for _, _, card in recorder.sent]
    assert sum("om 5 arbejdsdage" in t for t in texts) == 3 and sum("næste arbejdsdag" in t for t in texts) == 3


async def test_a_bot_that_was_down_at_the_due_time_sends_once_after_the_restart(world: World) -> None:
    await world.schedule(starts_at=MEETING)
    clock = FakeClock(NOW)
    recorder = Recorder(clock)
    late = ONE_DAY + timedelta(hours=3)  # down from before the 1-day reminder until 11:00
    first = job_service(world, clock, recorder, "before-restart")
    assert await run_at(FIVE_DAYS, clock, first) == 3
    restarted = job_service(world, clock, recorder, "after-restart")
    assert await run_at(late, clock, restarted) == 3
    assert await run_at(late + timedelta(minutes=1), clock, job_service(world, clock, recorder, "again")) == 0
    assert len(recorder.sent) == 6


async def test_a_runner_that_died_holding_a_reminder_is_taken_over_once(world: World) -> None:
    await world.schedule(starts_at=MEETING)
    store = JobStore(make_sessionmaker(world.engine))
    dead = await store.claim("dead-worker", FIVE_DAYS, limit=10, lock_for=timedelta(minutes=5))
    assert len(dead) == 3  # claimed, never sent: the process died
    clock = FakeClock(NOW)
    recorder = Recorder(clock)
    service = job_service(world, clock, recorder, "survivor")
    assert await run_at(FIVE_DAYS + timedelta(minutes=1), clock, service) == 0  # still locked by the dead one
    assert await run_at(FIVE_DAYS + timedelta(minutes=6), clock, service) == 3
    assert await run_at(FIVE_DAYS + timedelta(minutes=30), clock, service) == 0
    assert sorted(p for p, _, _ in recorder.sent) == sorted(dead_job.payload["person_id"] for dead_job in dead)


async def test_no_reminder_after_the_meeting_has_ended(world: World) -> None:
    scheduled = await world.schedule(starts_at=MEETING)
    async with world.uow() as uow:
        await SERVICE.end_meeting(uow, world.holder, scheduled.meeting.id or 0, local(2027, 4, 1, 11))
        await uow.commit()
    clock = FakeClock(NOW)
    recorder = Recorder(clock)
    assert await run_at(ONE_DAY, clock, job_service(world, clock, recorder)) == 0
    async with world.uow() as uow:
        counts = await uow.jobs.counts()
    assert counts.pending == 0


async def _action_point(world: World, due: date | None, owner: Person | None = None) -> int:
    scheduled = await world.schedule(starts_at=local(2026, 12, 10, 10))
    async with world.uow() as uow:
        point = await SERVICE.add_action_point(uow, world.holder, scheduled.meeting.id or 0,
                                               "Indhent tal for sygefravær", (owner or world.giver).id or 0, due,
                                               NOW)
        await uow.commit()
    assert point.id is not None
    return point.id


def only(recorder: Recorder, kind_text: str) -> Callable[[], list[tuple[int, datetime, dict[str, Any]]]]:
    return lambda: [s for s in recorder.sent if kind_text in card_text(s[2])]


async def test_the_owner_is_reminded_of_an_action_point_on_its_deadline_once(world: World) -> None:
    await _action_point(world, date(2027, 1, 15))
    clock = FakeClock(NOW)
    recorder = Recorder(clock)
    service = job_service(world, clock, recorder)
    due_at = datetime(2027, 1, 15, 7, 0, tzinfo=UTC)  # 08:00 in Copenhagen
    deadline = only(recorder, "har frist i dag")
    await run_at(due_at - timedelta(minutes=1), clock, service)
    assert not deadline()
    await run_at(due_at, clock, service)
    assert [(p, at) for p, at, _ in deadline()] == [(world.giver.id, due_at)]
    card = deadline()[0][2]
    assert_valid_cards(card)
    assert "Indhent tal for sygefravær" in card_text(card) and "Luk" in card_text(card)
    await run_at(due_at + timedelta(days=1), clock, service)
    assert len(deadline()) == 1


async def test_a_closed_action_point_is_not_reminded(world: World) -> None:
    point_id = await _action_point(world, date(2027, 1, 15))
    async with world.uow() as uow:
        await SERVICE.close_action_point(uow, world.giver, point_id, NOW)
        await uow.commit()
        job = await uow.jobs.get(f"action_due:{point_id}")
    assert job is not None and job.kind == ACTION_DUE_JOB_KIND
    clock = FakeClock(NOW)
    recorder = Recorder(clock)
    await run_at(datetime(2027, 1, 16, tzinfo=UTC), clock, job_service(world, clock, recorder))
    assert not only(recorder, "Indhent tal")()


async def test_an_action_point_without_a_deadline_has_no_reminder(world: World) -> None:
    point_id = await _action_point(world, None)
    async with world.uow() as uow:
        assert await uow.jobs.get(f"action_due:{point_id}") is None
