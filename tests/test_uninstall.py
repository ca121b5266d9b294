"""Issue 19 item 6: a person who removes the app (Teams `installationUpdate` remove, personal scope) can no longer be
reached. Their stored conversation is forgotten, the job runner puts their cards off with the reason recorded
instead of failing them for a month, and when they install the app again (or write) the cards put off for them
arrive. Through the protocol, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from agreements.clock import COPENHAGEN
from agreements.demo import GIVER, HOLDER, TENANT_ID, DemoPerson
from agreements.indicators.monthly import JOB_KIND
from bot.composition import job_service_for
from bot.scheduled.jobs import PUT_OFF_UNREACHABLE
from bot.web.app import CONTAINER
from store.db import create_engine, make_sessionmaker
from store.models import ScheduledJobRow
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, clocked_bot
from tests.support.factories import make_activity

__all__ = ["clocked_bot"]


async def reference_of(bot: ClockedBot, person: DemoPerson) -> object:
    async with bot.uow() as uow:
        stored = await uow.people.get_by_aad(TENANT_ID, person.aad_object_id)
        assert stored is not None
        return stored.conversation_reference


async def installation(bot: ClockedBot, person: DemoPerson, action: str) -> None:
    status, body = await bot.post(make_activity(bot.connector.url, type="installationUpdate", action=action,
                                                user=person))
    assert status in (200, 201), body


async def monthly_jobs(bot: ClockedBot, person: DemoPerson) -> list[ScheduledJobRow]:
    engine = create_engine(bot.url)
    try:
        async with make_sessionmaker(engine)() as session:
            jobs = (await session.scalars(select(ScheduledJobRow).where(ScheduledJobRow.kind == JOB_KIND))).all()
    finally:
        await engine.dispose()
    async with bot.uow() as uow:
        stored = await uow.people.get_by_aad(TENANT_ID, person.aad_object_id)
        assert stored is not None
    return [j for j in jobs if j.payload.get("person_id") == stored.id]


async def schedule_and_run(bot: ClockedBot) -> int:
    service = job_service_for(bot.server.app[CONTAINER], clock=bot.clock)
    _, stats = await service.run_once(wait=0, schedule=True)
    return stats.sent


async def test_an_uninstall_puts_the_persons_cards_off_and_a_reinstall_brings_them(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    for person in (HOLDER, GIVER):
        await bot.say("hej", user=person)
        assert await reference_of(bot, person) is not None
    before = len(bot.connector.activities)
    await installation(bot, HOLDER, "remove")
    assert await reference_of(bot, HOLDER) is None  # no longer reachable
    assert bot.to(HOLDER, before) == []  # nothing is sent to someone who just removed the app
    # The 5th working day of December 2026: the monthly status cards are due.
    bot.clock.now = datetime(2026, 12, 7, 10, 0, tzinfo=COPENHAGEN).astimezone(UTC)
    await schedule_and_run(bot)
    assert any("Månedsstatus" in card_text(c) for c in cards_of(bot.to(GIVER, before)))  # the others' go out
    assert bot.to(HOLDER, before) == []
    [put_off] = await monthly_jobs(bot, HOLDER)
    assert put_off.done_at is None and put_off.failed_at is None  # waiting, not failed
    assert put_off.last_error is not None and put_off.last_error.startswith(PUT_OFF_UNREACHABLE)
    assert PUT_OFF_UNREACHABLE == "udskudt til modtageren åbner Aftalebot igen"
    attempts = put_off.attempts
    # Not tried again and again: a pass hours later leaves it alone.
    bot.clock.now += timedelta(hours=5)
    await schedule_and_run(bot)
    [still] = await monthly_jobs(bot, HOLDER)
    assert still.attempts == attempts and still.done_at is None and still.failed_at is None
    # The holder installs the app again: reachable again, and the card put off for them arrives.
    reinstalled = len(bot.connector.activities)
    await installation(bot, HOLDER, "add")
    assert await reference_of(bot, HOLDER) is not None
    assert await bot.run_jobs() == 2
    arrived = [card_text(c).split("\n")[0] for c in cards_of(bot.to(HOLDER, reinstalled))]
    # The monthly card, and the reminder of the draft deadline of 1 December, put off with it (a reminder waits
    # for its person like the monthly card, instead of being retried every hour until it is given up).
    assert arrived.count("Månedsstatus – december 2026") == 1, arrived
    assert arrived.count("Påmindelse: frist for udkast") == 1, arrived
    [sent] = await monthly_jobs(bot, HOLDER)
    assert sent.done_at is not None and sent.failed_at is None


async def test_removing_the_app_from_a_team_leaves_the_persons_chat_alone(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    await bot.say("hej", user=HOLDER)
    status, body = await bot.post(make_activity(
        bot.connector.url, type="installationUpdate", action="remove", user=HOLDER, conversation_id="19:team@thread",
        conversation={"id": "19:team@thread", "conversationType": "channel", "tenantId": TENANT_ID}))
    assert status in (200, 201), body
    assert await reference_of(bot, HOLDER) is not None


async def test_an_uninstall_by_someone_never_seen_stores_nothing(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    before = len(bot.connector.activities)
    await installation(bot, GIVER, "remove")
    assert await reference_of(bot, GIVER) is None
    assert bot.connector.activities[before:] == []
