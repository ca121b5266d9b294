"""The annual cycle (årshjul) with a controllable clock: the deadlines, who is behind which around each deadline
day, and the reminders: scheduled on the working day after a deadline, sent once per person and deadline, with a
summary to the coordinator."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest

from agreements.cycle.annual_cycle import (
    REMINDER_JOB_KIND,
    SUMMARY_JOB_KIND,
    BehindReason,
    CycleState,
    cycle_deadlines,
    cycle_year,
    expected_slots,
    reminder_due_at,
    reminder_key,
    schedule_deadline_reminders,
)
from agreements.cycle.workdays import next_working_day
from agreements.profiles import APPROVED, DRAFTED, EVALUATION, MIDYEAR, SUBMITTED, TONDER
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Meeting, Person, Unit
from bot.scheduled.annual_jobs import DeadlineReminderHandler, DeadlineSummaryHandler
from bot.scheduled.job_service import build_job_service
from bot.settings import Settings
from store.db import make_sessionmaker
from store.jobs import Job, JobStore
from tests.support.cardcheck import assert_valid_cards
from tests.support.jobs_db import FakeClock
from tests.test_overview_world import TENANT, CycleWorld, complete_goal, cycle_world, local

__all__ = ["cycle_world"]  # the fixture

# ---------------------------------------------------------------- the deadlines


def test_the_default_deadlines_of_2027() -> None:
    dated = [(d.key, d.on) for d in cycle_deadlines(TONDER, 2027)]
    assert dated == [
        (DRAFTED, date(2026, 12, 1)), (SUBMITTED, date(2026, 12, 15)), (APPROVED, date(2027, 1, 31)),
        (MIDYEAR, date(2027, 6, 30)), (EVALUATION, date(2028, 3, 31)),  # evaluated afterwards
    ]
    assert [d.label for d in cycle_deadlines(TONDER, 2027)] == [
        "Udkast", "Indsendelse", "Godkendelse", "Midtvejsopfølgning", "Evaluering"
    ]


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 11, 24), 2026),  # mid-year follow-up passed; the evaluation ahead
        (date(2026, 11, 30), 2026),
        (date(2026, 12, 1), 2027),  # from the drafting deadline on, next year's agreements are drafted
        (date(2026, 12, 2), 2027),  # drafting for 2027 is now overdue: that is what coordinators chase
        (date(2026, 12, 16), 2027),  # 2026's evaluation and 2027's submission passed the same day
        (date(2027, 3, 1), 2027),
    ],
)
def test_the_year_being_chased(today: date, year: int) -> None:
    assert cycle_year(TONDER, today) == year


def test_reminders_go_out_at_eight_on_the_working_day_after_the_deadline() -> None:
    assert next_working_day(date(2026, 12, 1)) == date(2026, 12, 2)  # Tuesday → Wednesday
    assert next_working_day(date(2027, 1, 29)) == date(2027, 2, 1)  # Friday → Monday
    assert next_working_day(date(2026, 4, 1)) == date(2026, 4, 7)  # skærtorsdag, langfredag, påske
    assert reminder_due_at(date(2027, 1, 31)) == datetime(2027, 2, 1, 7, 0, tzinfo=UTC)  # Sunday; 08:00 CET
    assert reminder_due_at(date(2027, 6, 30)) == datetime(2027, 7, 1, 6, 0, tzinfo=UTC)  # 08:00 CEST


# ---------------------------------------------------------------- who is behind (in memory)


def memory_state(extra_meetings: tuple[Meeting, ...] = ()) -> CycleState:
    """The world of tests/test_overview_world.py as plain objects: holders 3 (Mette), 4 (Lise), 5 (Ole),
    6 (Karen); giver 2 (Henrik)."""
    units = [Unit(TENANT, name, area, n) for n, (name, area) in enumerate(
        (("Skoleområdet", "Børn og Skole"), ("Dagtilbud", "Børn og Skole"), ("Jobcenter", "Beskæftigelse"),
         ("Ældreplejen", "Sundhed og Ældre"), ("Kultur", "Kultur og Fritid")), start=1)]
    level = AgreementLevel.DIRECTORATE
    job_goal = complete_goal("syg-job")
    job_goal.followup = None
    agreements = [
        Agreement(TENANT, 1, 2026, level, 3, 2, AgreementStatus.APPROVED, id=1),
        Agreement(TENANT, 2, 2026, level, 4, 2, AgreementStatus.APPROVED, id=2),
        Agreement(TENANT, 1, 2027, level, 3, 2, AgreementStatus.APPROVED, goals=[complete_goal("s")], id=3),
        Agreement(TENANT, 3, 2027, level, 5, 2, AgreementStatus.SUBMITTED, goals=[job_goal], id=4),
        Agreement(TENANT, 4, 2027, level, 6, 2, id=5),
    ]
    meetings: dict[int, list[Meeting]] = {3: [Meeting(TENANT, 3, local(2027, 3, 10, 10)),
                                              Meeting(TENANT, 3, local(2027, 12, 10, 10), is_evaluation=True)]}
    for meeting in extra_meetings:
        meetings.setdefault(meeting.agreement_id, []).append(meeting)
    slots = expected_slots(units, agreements, 2027)
    return CycleState(TENANT, 2027, cycle_deadlines(TONDER, 2027), tuple(slots), meetings)


def behind(state: CycleState, now: datetime, key: str) -> dict[str, tuple[str, int | None]]:
    return {b.slot.unit.name: (b.reason.value, b.responsible_id) for b in state.behind(now, key)}


NO_AGREEMENT = BehindReason.NO_AGREEMENT.value
NOBODY_YET: dict[str, tuple[str, int | None]] = {}


@pytest.mark.parametrize(
    ("key", "on_the_day", "day_after", "expected"),
    [
        (DRAFTED, local(2026, 12, 1, 23), local(2026, 12, 2, 0), {
            "Dagtilbud": (NO_AGREEMENT, 4), "Ældreplejen": ("no_goals", 6), "Kultur": (NO_AGREEMENT, None)}),
        (SUBMITTED, local(2026, 12, 15, 23), local(2026, 12, 16, 0), {
            "Dagtilbud": (NO_AGREEMENT, 4), "Ældreplejen": ("not_submitted", 6), "Kultur": (NO_AGREEMENT, None)}),
        (APPROVED, local(2027, 1, 31, 23), local(2027, 2, 1, 0), {
            "Dagtilbud": (NO_AGREEMENT, 4), "Jobcenter": ("awaiting_approval", 2),  # the giver is behind
            "Ældreplejen": ("not_submitted", 6), "Kultur": (NO_AGREEMENT, None)}),
        (MIDYEAR, local(2027, 6, 30, 23), local(2027, 7, 1, 0), {
            "Dagtilbud": (NO_AGREEMENT, 4), "Jobcenter": ("no_meeting", 5), "Ældreplejen": ("no_meeting", 6),
            "Kultur": (NO_AGREEMENT, None)}),
        (EVALUATION, local(2028, 3, 31, 23), local(2028, 4, 1, 0), {
            "Dagtilbud": (NO_AGREEMENT, 4), "Jobcenter": ("no_evaluation", 5),
            "Ældreplejen": ("no_evaluation", 6), "Kultur": (NO_AGREEMENT, None)}),
    ],
)
def test_behind_only_from_the_day_after_each_deadline(
    key: str, on_the_day: datetime, day_after: datetime, expected: dict[str, tuple[str, int | None]]
) -> None:
    state = memory_state()
    assert behind(state, on_the_day, key) == NOBODY_YET
    assert behind(state, day_after, key) == expected


def test_a_late_meeting_clears_the_flag_once_it_has_taken_place() -> None:
    state = memory_state((Meeting(TENANT, 4, local(2027, 7, 5, 10)),))
    assert "Jobcenter" in behind(state, local(2027, 7, 2), MIDYEAR)  # planned, not yet held
    assert "Jobcenter" not in behind(state, local(2027, 7, 6), MIDYEAR)
    # A dialogue meeting is not an evaluation; a meeting the year before is not this year's follow-up.
    late = memory_state((Meeting(TENANT, 4, local(2026, 12, 20, 10), is_evaluation=True),))
    assert behind(late, local(2028, 4, 1), EVALUATION)["Jobcenter"] == ("no_evaluation", 5)


def test_the_school_is_on_time_everywhere_and_flags_list_each_passed_deadline() -> None:
    state = memory_state()
    school, elderly = (next(s for s in state.slots if s.unit.name == name) for name in ("Skoleområdet", "Ældreplejen"))
    assert state.flags(school, local(2027, 12, 20)) == []
    assert [(b.deadline.key, b.reason.value) for b in state.flags(elderly, local(2027, 2, 1))] == [
        (DRAFTED, "no_goals"), (SUBMITTED, "not_submitted"), (APPROVED, "not_submitted")
    ]


# ---------------------------------------------------------------- reminders (database)


async def test_scheduling_enqueues_one_reminder_per_person_and_a_summary_per_coordinator(
    cycle_world: CycleWorld,
) -> None:
    world = cycle_world
    async with world.uow() as uow:
        outcome = await schedule_deadline_reminders(uow, uow.jobs, TONDER, local(2027, 2, 1, 7))
        await uow.commit()
    assert (outcome.reminders, outcome.summaries, outcome.already) == (3, 1, 0)
    store = JobStore(make_sessionmaker(world.engine))
    job = await store.get(reminder_key(TENANT, 2027, APPROVED, world.id("henrik")))
    assert job is not None and job.kind == REMINDER_JOB_KIND
    assert job.due_at == datetime(2027, 2, 1, 7, 0, tzinfo=UTC)
    assert job.payload == {"year": 2027, "deadline": APPROVED, "person_id": world.id("henrik")}
    assert await store.get(reminder_key(TENANT, 2027, APPROVED, world.id("mette"))) is None  # on time
    async with world.uow() as uow:
        again = await schedule_deadline_reminders(uow, uow.jobs, TONDER, local(2027, 2, 3))
        too_late = await schedule_deadline_reminders(uow, uow.jobs, TONDER, local(2027, 2, 16))
        nothing_passed = await schedule_deadline_reminders(uow, uow.jobs, TONDER, local(2027, 1, 31, 23))
        await uow.commit()
    assert (again.reminders, again.summaries, again.already) == (0, 0, 4)
    assert (too_late.reminders, too_late.summaries, too_late.already) == (0, 0, 0)
    assert (nothing_passed.reminders, nothing_passed.summaries) == (0, 0)


@dataclass
class Recorder:
    """Records (person id, card title, card) per send."""

    sent: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)

    async def __call__(self, person: Person, card: dict[str, Any]) -> None:
        assert person.id is not None
        self.sent.append((person.id, card["body"][0]["text"], card))

    def cycle_cards(self) -> list[tuple[int, str, dict[str, Any]]]:
        return [s for s in self.sent if s[1].startswith(("Påmindelse", "Bagud med"))]


async def test_the_runner_sends_each_reminder_once_and_the_coordinator_a_summary(cycle_world: CycleWorld) -> None:
    world = cycle_world
    clock, sender = FakeClock(local(2027, 2, 1, 9).astimezone(UTC)), Recorder()
    service = build_job_service(Settings(), TONDER, make_sessionmaker(world.engine), sender, clock=clock,
                                sleep=clock.sleep, worker_id="w")
    await service.run_once(wait=0)
    await service.run_once(wait=0)
    clock.advance(24 * 3600)
    await service.run_once(wait=0)
    sent = world.id
    titles = Counter((person, title) for person, title, _ in sender.cycle_cards())
    reminder = "Påmindelse: frist for godkendelse"
    assert titles == Counter({
        (sent("henrik"), reminder): 1, (sent("karen"), reminder): 1, (sent("lise"), reminder): 1,
        (sent("anne"), "Bagud med godkendelse 2027"): 1,
    })
    cards = {person: card for person, _, card in sender.cycle_cards()}
    assert_valid_cards(*cards.values())
    henrik = flatten(cards[sent("henrik")])
    assert "Jobcenter · Beskæftigelse: aftalen for 2027 venter på din godkendelse." in henrik
    assert "Fristen var 31. januar 2027" in henrik
    assert "der er endnu ingen udviklingsaftale for 2027" in flatten(cards[sent("lise")])
    summary = flatten(cards[sent("anne")])
    assert "Fristen var 31. januar 2027. 2 aftaler er bagud, og 2 enheder har ingen aftale:" in summary
    for line in ("Dagtilbud · Børn og Skole – ingen aftale (Lise Holm)",
                 "Jobcenter · Beskæftigelse – venter på godkendelse (Henrik Thomsen)",
                 "Ældreplejen · Sundhed og Ældre – ikke indsendt (Karen Friis)",
                 "Kultur · Kultur og Fritid – ingen aftale (ingen aftaleholder kendt)"):
        assert line in summary
    assert "Skoleområdet" not in summary


async def test_whoever_caught_up_before_the_reminder_is_due_gets_none(cycle_world: CycleWorld) -> None:
    world = cycle_world
    async with world.uow() as uow:  # scheduled at midnight, due at 08:00
        await schedule_deadline_reminders(uow, uow.jobs, TONDER, local(2027, 2, 1, 0))
        # Karen sends her draft at 07:30: it now awaits Henrik instead.
        moved = await uow.agreements.transition(
            TENANT, world.agreements["Ældreplejen"], from_statuses=(AgreementStatus.DRAFT,), version=1,
            to_status=AgreementStatus.SUBMITTED,
        )
        await uow.commit()
    assert moved
    clock, sender = FakeClock(local(2027, 2, 1, 8).astimezone(UTC)), Recorder()
    service = build_job_service(Settings(), TONDER, make_sessionmaker(world.engine), sender, clock=clock,
                                sleep=clock.sleep, worker_id="w")
    _, stats = await service.run_once(wait=0, schedule=False)
    people = Counter(person for person, _, _ in sender.cycle_cards())
    assert people == Counter({world.id("henrik"): 1, world.id("lise"): 1, world.id("anne"): 1})
    assert stats.skipped == 1  # Karen's reminder
    henrik = next(flatten(card) for person, _, card in sender.cycle_cards() if person == world.id("henrik"))
    assert "Jobcenter" in henrik and "Ældreplejen" in henrik  # both now wait for his decision


async def test_a_summary_is_only_for_a_coordinator_and_only_while_someone_is_behind(cycle_world: CycleWorld) -> None:
    world = cycle_world
    handler = DeadlineSummaryHandler(lambda: world.uow(), TONDER)
    reminder = DeadlineReminderHandler(lambda: world.uow(), TONDER)
    now = local(2027, 2, 1, 9)

    def job(kind: str, person: str, deadline: str = APPROVED) -> Job:
        return Job(id=1, tenant_id=TENANT, kind=kind, due_at=now, idempotency_key="k",
                   payload={"year": 2027, "deadline": deadline, "person_id": world.id(person)},
                   attempts=0, locked_by=None, locked_until=None, expires_at=None)

    assert await handler.prepare(job(SUMMARY_JOB_KIND, "mette"), now) is None  # not a coordinator
    assert await handler.prepare(job(SUMMARY_JOB_KIND, "anne"), now) is not None
    assert await reminder.prepare(job(REMINDER_JOB_KIND, "mette"), now) is None  # on time
    assert await reminder.prepare(job(REMINDER_JOB_KIND, "lise", "unknown"), now) is None  # no such deadline


def flatten(card: dict[str, Any]) -> str:
    """Every text of a card, one per line."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                found.append(str(node.get("text", "")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return "\n".join(found)
