"""Second rounds of the dialogue meetings, through the Bot Framework protocol on SQLite and PostgreSQL, with a clock
the test controls: a planned meeting is moved (the others are told; the reminders for the old time are not sent and
new ones are), and a closed action point is opened again."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from agreements.demo import GIVER, HOLDER, OTHER_MANAGER
from agreements.demo import TENANT_ID as TENANT
from store.db import create_engine, make_sessionmaker
from store.models import ScheduledJobRow
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, find_action, has_action
from tests.support.fake_connector import text_of
from tests.support.meeting_world import NOW, SERVICE, World, local, refused, world

__all__ = ["world"]  # the fixture

ERROR = "gik noget galt"


async def reminder_jobs(bot: ClockedBot, kind: str = "meeting_reminder") -> list[dict[str, Any]]:
    engine = create_engine(bot.url)
    try:
        async with make_sessionmaker(engine)() as session:
            rows = (await session.scalars(select(ScheduledJobRow).where(ScheduledJobRow.kind == kind))).all()
            return [{"key": r.idempotency_key, "payload": r.payload, "done": r.done_at is not None,
                     "pending": r.done_at is None and r.failed_at is None} for r in rows]
    finally:
        await engine.dispose()


async def test_a_meeting_is_moved_twice_the_others_are_told_and_the_reminders_follow_it(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    await bot.say("hej", user=GIVER)
    planned = await bot.say("planlæg dialogmøde 14/12 kl. 10-11.30")
    assert "mandag den 14. december 2026 kl. 10.00–11.30" in planned
    assert await bot.run_jobs() == 1  # the giver is told
    assert len([j for j in await reminder_jobs(bot) if j["pending"]]) == 4  # 2 participants × 5 and 1 days

    before = len(bot.connector.activities)
    moved = await bot.say("flyt mødet til kl. 13")
    assert ERROR not in moved
    assert "flyttet fra mandag den 14. december 2026 kl. 10.00 til mandag den 14. december 2026 kl. 13.00–14.30" in (
        moved), moved
    assert await bot.run_jobs() == 1
    told = [text_of(a) for a in bot.to(GIVER, before)]
    assert any("Mette Kjær har flyttet dialogmødet til mandag den 14. december 2026 kl. 13.00–14.30" in t
               for t in told), told

    before = len(bot.connector.activities)
    moved = await bot.say("flyt mødet til 15/12 kl. 10")
    assert "til tirsdag den 15. december 2026 kl. 10.00–11.30" in moved, moved
    assert await bot.run_jobs() == 1
    assert any("flyttet dialogmødet til tirsdag den 15. december 2026" in text_of(a) for a in bot.to(GIVER, before))
    assert "tirsdag den 15. december 2026 kl. 10.00" in await bot.say("næste møde", user=GIVER)

    jobs = [j for j in await reminder_jobs(bot) if j["pending"]]
    assert len(jobs) == 4 and {j["payload"]["starts_at"] for j in jobs} == {"2026-12-15T09:00:00+00:00"}

    # 5 working days before the first time (Monday 7 December): nothing; before the new time (Tuesday 8th): each
    # participant gets the agenda once.
    bot.clock.now = datetime(2026, 12, 7, 7, 5, tzinfo=UTC)
    assert await bot.run_jobs() == 0
    bot.clock.now = datetime(2026, 12, 8, 7, 5, tzinfo=UTC)
    before = len(bot.connector.activities)
    assert await bot.run_jobs() == 2
    for person in (HOLDER, GIVER):
        agenda = cards_of(bot.to(person, before))
        assert len(agenda) == 1 and "tirsdag den 15. december 2026" in card_text(agenda[0])
        assert_valid_cards(agenda[0])
    assert await bot.run_jobs() == 0


async def test_a_moved_meeting_keeps_its_day_and_length_and_a_bad_time_changes_nothing(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    assert "planlagt" in await bot.say("planlæg dialogmøde 15/12 kl. 10-11.30")
    refused = await bot.say("flyt mødet til i overmorgen")
    assert ERROR not in refused and "klokkeslæt" in refused, refused
    assert "fx «flyt mødet til kl. 13»" in await bot.say("flyt mødet")
    assert "ikke noget kommende dialogmøde" in await bot.say("flyt mødet til kl. 13", user=OTHER_MANAGER)
    assert "tirsdag den 15. december 2026 kl. 10.00–11.30" in await bot.say("næste møde")

    moved = await bot.say("flyt mødet til kl. 12.30", user=GIVER)  # the giver may move it too
    assert "til tirsdag den 15. december 2026 kl. 12.30–14.00" in moved, moved


async def test_a_closed_action_point_is_opened_again_and_is_back_on_the_list_and_the_agenda(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    await bot.say("hej", user=GIVER)
    await bot.say("planlæg dialogmøde 15/12 kl. 10-11.30")
    bot.clock.now = datetime(2026, 12, 15, 9, 5, tzinfo=UTC)  # the meeting has begun
    notes = cards_of(await bot.send("noter til mødet"))[-1]
    await bot.send(value={**find_action(notes, "meeting.add_action"), "action_text": "Send budgetnotat",
                          "owner": "", "due": "2027-01-20"})
    await bot.say("afslut møde")

    tasks = cards_of(await bot.send("mine opgaver"))[-1]
    closed = cards_of(await bot.send(value=find_action(tasks, "action.close")))[-1]
    assert_valid_cards(closed)
    assert "Handlingspunktet er lukket" in card_text(closed) and has_action(closed, "action.reopen")
    assert "Lukket for nylig" in card_text(closed)

    bot.clock.advance(days=2)
    reopened = cards_of(await bot.send(value=find_action(closed, "action.reopen")))[-1]
    assert_valid_cards(reopened)
    shown = card_text(reopened)
    assert "åbnet igen" in shown and has_action(reopened, "action.close")
    assert "Lukket for nylig" not in shown and "Send budgetnotat" in shown
    again = cards_of(await bot.send(value=find_action(closed, "action.reopen")))[-1]  # a second click
    assert "allerede åbent" in card_text(again)

    # Back on the next meeting's agenda, and its owner is reminded on the deadline, once.
    agenda = cards_of(await bot.send("planlæg dialogmøde 12/1 kl. 10"))[-1]
    assert "Send budgetnotat" in card_text(agenda)
    pending = [j for j in await reminder_jobs(bot, "action_point_due") if j["pending"]]
    assert len(pending) == 1
    bot.clock.now = datetime(2027, 1, 20, 7, 5, tzinfo=UTC)
    before = len(bot.connector.activities)
    await bot.run_jobs()
    assert sum("Send budgetnotat" in text_of(a) for a in bot.to(HOLDER, before)) >= 1
    assert not [j for j in await reminder_jobs(bot, "action_point_due") if j["pending"]]


async def test_only_the_holder_or_giver_moves_a_meeting_and_only_those_who_may_close_a_point_reopen_it(
    world: World,
) -> None:
    meeting = (await world.schedule()).meeting
    assert meeting.id is not None
    async with world.uow() as uow:
        extra = await refused(SERVICE.move(uow, world.extra, meeting.id, local(2026, 12, 11, 10), None, NOW))
        coordinator = await refused(SERVICE.move(uow, world.coordinator, meeting.id, local(2026, 12, 11, 10), None,
                                                 NOW))
        point = await SERVICE.add_action_point(uow, world.holder, meeting.id, "Send budgetnotat",
                                               world.holder.id or 0, None, NOW)
        await SERVICE.close_action_point(uow, world.holder, point.id or 0, NOW)
        await uow.commit()
    assert extra.reason.value == "not_allowed_to_move" and coordinator.reason.value == "not_allowed_to_move"
    async with world.uow() as uow:
        stranger = await refused(SERVICE.reopen_action_point(uow, world.other, point.id or 0, NOW))
    assert stranger.reason.value == "not_allowed_to_reopen"
    assert ("meeting.refused", "not_allowed_to_move") in await world.audit(f"meeting:{meeting.id}")
    async with world.uow() as uow:
        reopened = await SERVICE.reopen_action_point(uow, world.giver, point.id or 0, NOW)
        await uow.commit()
    assert not reopened.already and reopened.action_point.closed_at is None
    assert ("action_point.reopened", None) in await world.audit(f"agreement:{world.agreement_id}")
    async with world.uow() as uow:
        stored = await uow.meetings.get(TENANT, meeting.id)
    assert stored is not None and stored.starts_at == local(2026, 12, 10, 10), "a refused move changes nothing"


async def test_a_meeting_is_moved_by_a_relative_amount_and_the_example_is_never_a_past_day(
    clocked_bot: ClockedBot,
) -> None:
    """In January «kan du rykke mødet en time?» moves the meeting an hour (later unless «tidligere» is said), keeping
    its length; when no time can be read, the example day in the answer is ahead of the clock, not «15/12»."""
    bot = clocked_bot
    bot.clock.now = datetime(2027, 1, 12, 9, tzinfo=UTC)  # Tuesday 12 January 2027, 10:00 in Copenhagen
    assert "planlagt" in await bot.say("planlæg dialogmøde 20/1 kl. 10-11.30")

    asked = await bot.say("flyt mødet")
    assert "«flyt mødet til 19/1 kl. 10»" in asked and "15/12" not in asked, asked

    moved = await bot.say("kan du rykke mødet en time?")
    assert ERROR not in moved
    assert "til onsdag den 20. januar 2027 kl. 11.00–12.30" in moved, moved
    moved = await bot.say("flyt mødet en halv time tidligere")
    assert "til onsdag den 20. januar 2027 kl. 10.30–12.00" in moved, moved
    moved = await bot.say("ryk mødet til dagen efter")
    assert "til torsdag den 21. januar 2027 kl. 10.30–12.00" in moved, moved
    moved = await bot.say("kan vi rykke mødet en time senere")
    assert "til torsdag den 21. januar 2027 kl. 11.30–13.00" in moved, moved
    assert "torsdag den 21. januar 2027 kl. 11.30" in await bot.say("næste møde")
