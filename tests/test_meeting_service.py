"""Dialogue meetings through the services and the store, on SQLite and PostgreSQL: scheduling and reminders,
notes, action points, the summary, access and refusals."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest

from agreements.dialogue.meetings import Refusal, enqueue_reminders
from agreements.types import Person, Unit
from store.models import MeetingNoteRow, MeetingRow
from tests.support.meeting_world import NOW, SERVICE, TENANT_ID, World, local, refused, world

__all__ = ["world"]  # the fixture


# ---------------------------------------------------------------- scheduling


async def test_scheduling_plans_the_meeting_and_one_reminder_per_participant(world: World) -> None:
    scheduled = await world.schedule()
    meeting = scheduled.meeting
    assert [p.name for p in scheduled.participants] == ["Mette Kjær", "Henrik Thomsen", "Jonas Berg"]
    assert len(scheduled.reminders) == 6
    assert len({r.idempotency_key for r in scheduled.reminders}) == 6
    async with world.uow() as uow:
        stored = await uow.meetings.get(TENANT_ID, meeting.id or 0)
        assert stored is not None
        assert stored.participant_ids == [world.holder.id, world.giver.id, world.extra.id]
        assert stored.starts_at == local(2026, 12, 10, 10) and stored.ends_at == local(2026, 12, 10, 11)
        assert stored.title == "Dialogmøde om udviklingsaftale 2026 – Børn og Skole"
        assert stored.created_by == world.holder.id and not stored.is_evaluation
        job = await uow.jobs.get(f"reminder:{meeting.id}:5:{world.giver.id}")
        assert job is not None and job.kind == "meeting_reminder"
        assert job.due_at == datetime(2026, 12, 3, 7, 0, tzinfo=UTC)
        assert job.payload == {"meeting_id": meeting.id, "person_id": world.giver.id, "days_before": 5,
                               "starts_at": "2026-12-10T09:00:00+00:00"}
        # Enqueueing the same plans again adds nothing: each reminder goes out once.
        assert await enqueue_reminders(uow.jobs, TENANT_ID, scheduled.reminders) == 0
    assert ("meeting.scheduled", None) in await world.audit(f"meeting:{meeting.id}")


async def test_only_the_holder_or_giver_schedules_and_a_refusal_changes_nothing(world: World) -> None:
    async with world.uow() as uow:
        await uow.units.add(Unit(tenant_id=TENANT_ID, name="Ikke gemt", area="x"))  # rolled back by the refusal
        error = await refused(SERVICE.schedule(uow, world.other, world.agreement_id, local(2026, 12, 10, 10),
                                               None, "", [], NOW))
        await uow.commit()
    assert error.reason is Refusal.NOT_HOLDER_OR_GIVER
    assert error.message == "Det er kun aftaleholderen og aftalegiveren, der kan planlægge dialogmøder om aftalen."
    assert await world.count(MeetingRow) == 0
    async with world.uow() as uow:
        assert await uow.units.find_by_name(TENANT_ID, "Ikke gemt") is None
    assert ("meeting.refused", "not_holder_or_giver") in await world.audit(f"agreement:{world.agreement_id}")
    # The giver may schedule; a time in the past or an unknown participant is refused in Danish.
    assert (await world.schedule(world.giver, extras=[])).meeting.id
    past = await refused(world.schedule(starts_at=local(2026, 11, 23, 10)))
    assert past.reason is Refusal.INVALID_TIME and "allerede passeret" in past.message
    unknown = await refused(world.schedule(extras=[9999]))
    assert unknown.reason is Refusal.UNKNOWN_PERSON
    async with world.uow() as uow:
        missing = await refused(SERVICE.schedule(uow, world.holder, 999_999, local(2026, 12, 10, 10), None, "",
                                                 [], NOW))
    assert missing.reason is Refusal.AGREEMENT_NOT_FOUND


async def test_upcoming_meetings_are_the_persons_own(world: World) -> None:
    first = await world.schedule(starts_at=local(2027, 1, 14, 10))
    second = await world.schedule(starts_at=local(2026, 12, 10, 10), extras=[])
    async with world.uow() as uow:
        assert [m.id for m in await SERVICE.upcoming(uow, world.holder, NOW)] == [second.meeting.id,
                                                                                   first.meeting.id]
        assert [m.id for m in await SERVICE.upcoming(uow, world.extra, NOW)] == [first.meeting.id]
        assert await SERVICE.upcoming(uow, world.other, NOW) == []


async def test_the_meeting_to_take_notes_for_is_the_begun_one_else_the_next(world: World) -> None:
    early = (await world.schedule(starts_at=local(2026, 12, 10, 10))).meeting.id
    late = (await world.schedule(starts_at=local(2027, 1, 14, 10))).meeting.id
    async with world.uow() as uow:
        assert (await SERVICE.meeting_for_notes(uow, world.holder, NOW)).id == early  # type: ignore[union-attr]
        during = local(2026, 12, 10, 10, 30)
        assert (await SERVICE.meeting_for_notes(uow, world.giver, during)).id == early  # type: ignore[union-attr]
        await SERVICE.end_meeting(uow, world.giver, early or 0, during)
        await uow.commit()
        assert (await SERVICE.meeting_for_notes(uow, world.giver, during)).id == late  # type: ignore[union-attr]
        assert await SERVICE.meeting_for_notes(uow, world.other, during) is None


# ---------------------------------------------------------------- notes and access


async def test_participants_write_notes_coordinators_read_and_others_are_refused(world: World) -> None:
    meeting_id = (await world.schedule()).meeting.id or 0
    async with world.uow() as uow:
        await SERVICE.add_note(uow, world.holder, meeting_id, "Økonomi", "note", "Vikarudgifterne stiger.", NOW)
        await SERVICE.add_note(uow, world.giver, meeting_id, "Økonomi", "decision", "Vi følger op i marts.", NOW)
        await SERVICE.add_note(uow, world.extra, meeting_id, None, "note", "Husk lokale-MED.", NOW)
        await uow.commit()
    async with world.uow() as uow:
        summary = await SERVICE.summary(uow, world.coordinator, meeting_id, NOW)
        assert [(g.title, [n.text for n in g.notes]) for g in summary.groups] == [
            ("Økonomi", ["Vikarudgifterne stiger.", "Vi følger op i marts."]), ("Eventuelt", ["Husk lokale-MED."]),
        ]
        read_only = await refused(SERVICE.add_note(uow, world.coordinator, meeting_id, None, "note", "x", NOW))
        assert read_only.reason is Refusal.READ_ONLY
        no_access = await refused(SERVICE.summary(uow, world.other, meeting_id, NOW))
        assert no_access.reason is Refusal.NO_ACCESS
        assert no_access.message == "Du har ikke adgang til dette dialogmøde."
        not_participant = await refused(SERVICE.add_note(uow, world.other, meeting_id, None, "note", "x", NOW))
        assert not_participant.reason is Refusal.NOT_PARTICIPANT
        empty = await refused(SERVICE.add_note(uow, world.holder, meeting_id, None, "note", "   ", NOW))
        assert empty.message == "Skriv lidt tekst først."
        gone = await refused(SERVICE.agenda(uow, world.holder, 999_999, NOW))
        assert gone.reason is Refusal.MEETING_NOT_FOUND
    assert await world.count(MeetingNoteRow) == 3
    refusals = [r for a, r in await world.audit(f"meeting:{meeting_id}") if a == "meeting.refused"]
    assert refusals == ["read_only", "no_access", "not_participant"]


async def test_own_agenda_points_reach_the_agenda(world: World) -> None:
    meeting_id = (await world.schedule()).meeting.id or 0
    async with world.uow() as uow:
        await SERVICE.add_agenda_point(uow, world.extra, meeting_id, "Status på rekruttering", NOW)
        await uow.commit()
        agenda = await SERVICE.agenda(uow, world.coordinator, meeting_id, NOW)
    assert [(p.text, agenda.names[p.author_id]) for p in agenda.own_points] == [
        ("Status på rekruttering", "Jonas Berg")
    ]
    assert "Status på rekruttering" in agenda.point_titles
    assert agenda.budget  # the demo's Økonomi section


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_participants_writing_at_once_lose_no_notes(world: World) -> None:
    meeting_id = (await world.schedule()).meeting.id or 0
    both_writing = asyncio.Barrier(2)

    async def write(person: Person) -> None:
        async with world.uow() as uow:
            await SERVICE.add_note(uow, person, meeting_id, "Økonomi", "note", f"{person.name} 0", NOW)
            await both_writing.wait()  # both transactions are open and have written
            for number in range(1, 20):
                await SERVICE.add_note(uow, person, meeting_id, "Økonomi", "note", f"{person.name} {number}", NOW)
                await asyncio.sleep(0)
            await uow.commit()

    await asyncio.gather(write(world.holder), write(world.giver))
    async with world.uow() as uow:
        notes = await uow.meetings.notes(TENANT_ID, meeting_id)
    assert len(notes) == 40
    for person in (world.holder, world.giver):
        assert [n.text for n in notes if n.author_id == person.id] == [f"{person.name} {i}" for i in range(20)]


# ---------------------------------------------------------------- action points


async def test_action_points_are_created_closed_and_carried_to_the_next_meeting(world: World) -> None:
    first = (await world.schedule()).meeting.id or 0
    async with world.uow() as uow:
        for_giver = await SERVICE.add_action_point(uow, world.holder, first, "Indhent tal fra dagtilbud",
                                                   world.giver.id or 0, date(2026, 12, 1), NOW)
        for_extra = await SERVICE.add_action_point(uow, world.giver, first, "Plan for læsebånd",
                                                   world.extra.id or 0, None, NOW)
        await uow.commit()
        outsider = await refused(SERVICE.add_action_point(uow, world.holder, first, "x", world.other.id or 0,
                                                          None, NOW))
        assert outsider.reason is Refusal.OWNER_NOT_PARTICIPANT
        past = await refused(SERVICE.add_action_point(uow, world.holder, first, "x", world.giver.id or 0,
                                                      date(2026, 11, 23), NOW))
        assert past.message == "Fristen kan ikke ligge før i dag."
    async with world.uow() as uow:
        mine = await SERVICE.open_action_points(uow, world.giver, NOW)
    assert [(m.action_point.text, m.agreement_year, m.unit_name, m.overdue) for m in mine] == [
        ("Indhent tal fra dagtilbud", 2026, "Børn og Skole", False)
    ]
    # The next meeting's agenda carries both open points, from the first meeting.
    second = (await world.schedule(starts_at=local(2027, 1, 14, 10))).meeting.id or 0
    later = local(2026, 12, 5, 9)  # for_giver is overdue by now
    async with world.uow() as uow:
        agenda = await SERVICE.agenda(uow, world.holder, second, later)
    assert [(a.action_point.id, a.overdue, a.carried) for a in agenda.action_points] == [
        (for_giver.id, True, True), (for_extra.id, False, True),
    ]
    async with world.uow() as uow:
        not_allowed = await refused(SERVICE.close_action_point(uow, world.other, for_giver.id or 0, later))
        assert not_allowed.reason is Refusal.NOT_ALLOWED_TO_CLOSE
        closed = await SERVICE.close_action_point(uow, world.giver, for_giver.id or 0, later)
        assert not closed.already and closed.action_point.closed_at == later
        await uow.commit()
        again = await SERVICE.close_action_point(uow, world.giver, for_giver.id or 0, later)
        assert again.already
        assert not (await SERVICE.close_action_point(uow, world.holder, for_extra.id or 0, later)).already
        await uow.commit()
        agenda = await SERVICE.agenda(uow, world.holder, second, later)
        assert agenda.action_points == ()
        assert await SERVICE.open_action_points(uow, world.giver, later) == []
    audit = await world.audit(f"agreement:{world.agreement_id}")
    assert audit.count(("action_point.closed", None)) == 2
    assert ("meeting.refused", "not_allowed_to_close") in audit


# ---------------------------------------------------------------- ending and reminders


async def test_ending_the_meeting_gives_the_summary_once(world: World) -> None:
    meeting_id = (await world.schedule()).meeting.id or 0
    async with world.uow() as uow:
        agenda = await SERVICE.agenda(uow, world.holder, meeting_id, NOW)
        first_point = agenda.point_titles[0]
        await SERVICE.add_note(uow, world.holder, meeting_id, first_point, "note", "Vi ser på tallene.", NOW)
        await SERVICE.add_note(uow, world.giver, meeting_id, "Økonomi", "decision", "Budgettet holder.", NOW)
        await SERVICE.add_note(uow, world.giver, meeting_id, None, "note", "Næste møde i januar.", NOW)
        await SERVICE.add_action_point(uow, world.giver, meeting_id, "Send referat", world.holder.id or 0,
                                       date(2026, 12, 15), NOW)
        early = await refused(SERVICE.end_meeting(uow, world.giver, meeting_id, NOW))  # 16 days before it starts
        summary = await SERVICE.end_meeting(uow, world.giver, meeting_id, local(2026, 12, 10, 11))
        await uow.commit()
        again = await SERVICE.end_meeting(uow, world.holder, meeting_id, local(2026, 12, 10, 11, 5))
        await uow.commit()
        ended = await refused(SERVICE.add_agenda_point(uow, world.holder, meeting_id, "For sent", NOW))
    assert early.reason is Refusal.NOT_STARTED and "Mødet er ikke begyndt endnu" in early.message
    assert summary.ended and again.ended
    # The agenda's first point: a goal behind plan, or «Økonomi» when none is (the demo's year is on plan).
    assert [g.title for g in summary.groups] == list(dict.fromkeys([first_point, "Økonomi", "Eventuelt"]))
    assert [d.text for d in summary.decisions] == ["Budgettet holder."]
    assert [p.text for p in summary.new_action_points] == ["Send referat"]
    assert first_point in summary.point_titles and summary.point_titles[-1] == "Eventuelt"
    assert "Opfølgning på handlingspunkter" in summary.point_titles  # the new action point is open
    assert ended.reason is Refusal.MEETING_ENDED
    assert (await world.audit(f"meeting:{meeting_id}")).count(("meeting.ended", None)) == 1


async def test_the_reminder_job_gets_the_agenda_until_the_meeting_ends(world: World) -> None:
    scheduled = await world.schedule()
    plan = scheduled.reminders[0]
    async with world.uow() as uow:
        reminder = await SERVICE.reminder(uow, TENANT_ID, plan.payload, plan.due_at)
        assert reminder is not None and reminder.person.id == plan.person_id
        assert reminder.agenda.meeting.id == scheduled.meeting.id
        assert await SERVICE.reminder(uow, TENANT_ID, {**plan.payload, "person_id": world.other.id}, NOW) is None
        await SERVICE.end_meeting(uow, world.holder, scheduled.meeting.id or 0, local(2026, 12, 10, 11))
        await uow.commit()
        assert await SERVICE.reminder(uow, TENANT_ID, plan.payload, plan.due_at) is None
