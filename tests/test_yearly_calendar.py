"""The agreement year follows the årshjul, and the municipality's calendar, through the Bot Framework protocol on
SQLite and PostgreSQL with a clock the test controls (never today's date): from the drafting deadline on «ny
aftale» and «nyt mål» are about next year's agreement and say so, the overview agrees, the årshjul reminds before
its deadlines as well as after, closing days hold no reminders, and a meeting cannot be ended before it starts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from agreements.clock import COPENHAGEN
from agreements.cycle.workdays import is_working_day, working_days_before
from agreements.demo import COORDINATOR, GIVER, HOLDER
from agreements.demo import TENANT_ID as TENANT
from bot.composition import job_service_for
from bot.web.app import CONTAINER
from store.db import create_engine, make_sessionmaker
from store.models import ScheduledJobRow
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import ClockedBot, card_nodes, card_text, cards_of, find_action
from tests.support.fake_connector import text_of

ERROR = "gik noget galt"


def local(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


async def jobs_of(bot: ClockedBot, kind: str) -> list[dict[str, Any]]:
    engine = create_engine(bot.url)
    try:
        async with make_sessionmaker(engine)() as session:
            rows = (await session.scalars(select(ScheduledJobRow).where(ScheduledJobRow.kind == kind))).all()
            return [{"key": r.idempotency_key, "payload": r.payload, "due_at": r.due_at} for r in rows]
    finally:
        await engine.dispose()


async def schedule_and_run(bot: ClockedBot) -> int:
    """One runner pass as `serve` makes it: schedule what is due (the årshjul included), then send."""
    service = job_service_for(bot.server.app[CONTAINER], clock=bot.clock)
    _, stats = await service.run_once(wait=0, schedule=True)
    return stats.sent


async def cancel(bot: ClockedBot) -> None:
    await bot.say("annuller")
    await bot.say("ja")


async def create_agreement_for_the_year_suggested(bot: ClockedBot) -> str:
    reply = await bot.say("ny aftale")
    assert ERROR not in reply
    year_question = await bot.say("1")
    assert "Vi er i gang med aftalerne for 2027. Gælder aftalen 2027?" in year_question, year_question
    assert "Hvilket niveau" in await bot.say("ja")
    await bot.say("1")  # direktion ↔ fagchef
    await bot.say("1")  # the giver
    for _ in range(4):
        await bot.say("spring over")
    return await bot.say("spring over")


async def test_on_6_december_new_goals_go_into_next_years_draft_and_the_overview_agrees(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    # 24 November: the running year is still the one drafted; a new goal goes into the 2026 agreement.
    before = await bot.say("nyt mål")
    assert "Vi er i gang med aftalerne" not in before and "Hvilken slags mål" in before, before
    await cancel(bot)
    overview = card_text(cards_of(await bot.send("overblik", user=COORDINATOR))[-1])
    assert "2026" in overview

    bot.clock.now = local(2026, 12, 6, 10).astimezone(UTC)
    refused = await bot.say("nyt mål")
    assert ERROR not in refused
    assert "Vi er i gang med aftalerne for 2027, og du har endnu ingen aftale for 2027" in refused, refused
    assert "«ny aftale»" in refused

    created = await create_agreement_for_the_year_suggested(bot)
    assert "2027" in created and ERROR not in created, created
    async with bot.uow() as uow:
        mine = sorted(a.year for a in await uow.agreements.for_year(TENANT))
    assert mine == [2026, 2027]

    # Two agreements now, but in December a new goal goes straight into the 2027 draft: no choice of the expiring one.
    goal = await bot.say("nyt mål")
    assert "Vi er i gang med aftalerne for 2027." in goal and "Hvilken slags mål" in goal, goal
    assert "Du har flere aftaler" not in goal
    await cancel(bot)

    # The chefkonsulent's overview is about the same year; status and meetings stay on the running year.
    overview = card_text(cards_of(await bot.send("overblik", user=COORDINATOR))[-1])
    assert "2027" in overview and ERROR not in overview
    status = await bot.say("hvordan går det med sygefraværet?")
    assert ERROR not in status and "2027" not in status


async def test_1_december_is_the_first_day_of_drafting_and_january_is_the_running_year(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    bot.clock.now = local(2026, 11, 30, 16).astimezone(UTC)
    assert "Vi er i gang med aftalerne" not in await bot.say("nyt mål")
    await cancel(bot)
    bot.clock.now = local(2026, 12, 1, 8).astimezone(UTC)
    assert "Vi er i gang med aftalerne for 2027" in await bot.say("nyt mål")
    await cancel(bot)
    bot.clock.now = local(2027, 1, 4, 9).astimezone(UTC)  # a new year: 2027 is the running year and drafted
    await bot.say("ny aftale")
    year_question = await bot.say("1")
    assert "Vi er i gang" not in year_question and "Svar «ja» for 2027" in year_question, year_question
    await cancel(bot)


async def test_the_arshjul_reminds_14_and_3_working_days_before_a_deadline_and_after_it(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    await bot.say("hej")
    await bot.say("hej", user=GIVER)
    await bot.say("hej", user=COORDINATOR)
    drafted = date(2026, 12, 1)
    three_before = working_days_before(drafted, 3)
    assert three_before == date(2026, 11, 26)

    # 14 working days before 1 December is 11 November, before the clock starts: given up, not sent late.
    assert working_days_before(drafted, 14) == date(2026, 11, 11)
    await schedule_and_run(bot)
    assert not [j for j in await jobs_of(bot, "deadline_upcoming")
                if (j["payload"]["deadline"], j["payload"]["days_before"]) == ("drafted", 14)]
    bot.clock.now = local(2026, 11, 26, 8, 5).astimezone(UTC)
    before = len(bot.connector.activities)
    await schedule_and_run(bot)
    cards = cards_of(bot.to(HOLDER, before))
    upcoming = [c for c in cards if "Snart frist for udkast" in card_text(c)]
    assert len(upcoming) == 1, ([card_text(c) for c in cards], await jobs_of(bot, "deadline_upcoming"))
    shown = card_text(upcoming[0])
    assert "Vi er i gang med aftalerne for 2027." in shown
    assert "tirsdag den 1. december 2026" in shown or "1. december 2026" in shown
    assert "om 3 arbejdsdage" in shown and "ingen udviklingsaftale for 2027" in shown
    assert_valid_cards(upcoming[0])
    assert await schedule_and_run(bot) == 0  # once

    # The day after the deadline: the reminder after it, saying which year is being drafted.
    bot.clock.now = local(2026, 12, 2, 8, 5).astimezone(UTC)
    before = len(bot.connector.activities)
    await schedule_and_run(bot)
    after = [c for c in cards_of(bot.to(HOLDER, before)) if "Påmindelse: frist for udkast" in card_text(c)]
    assert len(after) == 1 and "Vi er i gang med aftalerne for 2027." in card_text(after[0])
    jobs = await jobs_of(bot, "deadline_upcoming")
    assert {j["payload"]["deadline"] for j in jobs} >= {"drafted"}


async def test_closing_days_hold_no_reminders_a_meeting_cannot_end_before_it_starts_and_decisions_show_once(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    await bot.say("hej", user=GIVER)
    assert not is_working_day(date(2026, 12, 24)) and not is_working_day(date(2026, 12, 31))
    assert not is_working_day(date(2026, 6, 5))  # Grundlovsdag, a Friday
    planned = await bot.say("planlæg dialogmøde 28/12 kl. 10-11")
    assert "mandag den 28. december 2026" in planned, planned
    reminders = await jobs_of(bot, "meeting_reminder")
    days = sorted({j["due_at"].astimezone(COPENHAGEN).date() for j in reminders})
    # 1 working day before Monday 28 December is Wednesday 23 December (24 December is a closing day);
    # 5 working days before is Thursday 17 December.
    assert days == [date(2026, 12, 17), date(2026, 12, 23)], days

    refused = await bot.say("afslut møde")
    assert ERROR not in refused and "Mødet er ikke begyndt endnu" in refused, refused
    overview = card_text(cards_of(await bot.send("overblik 2026", user=COORDINATOR))[-1])
    assert "næste dialogmøde mandag den 28. december 2026" in overview, overview

    bot.clock.now = local(2026, 12, 28, 10, 5).astimezone(UTC)
    notes = cards_of(await bot.send("noter til mødet"))[-1]
    await bot.send(value={**find_action(notes, "meeting.add_note"), "kind": "decision",
                          "note": "Vi ansætter to pædagoger."})
    ended = await bot.send("afslut møde")
    summaries = [card_text(c) for c in cards_of(ended) if "Referat" in card_text(c)]
    assert summaries and all(s.count("Vi ansætter to pædagoger.") == 1 for s in summaries), summaries
    overview = card_text(cards_of(await bot.send("overblik 2026", user=COORDINATOR))[-1])
    assert "næste dialogmøde" not in overview and "intet dialogmøde planlagt" in overview, overview


async def test_in_january_a_new_goal_goes_into_the_new_years_agreement_not_last_years_draft(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    bot.clock.now = local(2027, 1, 11, 9).astimezone(UTC)  # the demo's 2026 agreement was never approved
    refused = await bot.say("jeg vil gerne skrive et nyt mål")
    assert ERROR not in refused
    assert "Du har endnu ingen aftale for 2027" in refused and "«ny aftale»" in refused, refused
    assert "Hvilken slags mål" not in refused and "2026" not in refused

    await bot.say("ny aftale")
    await bot.say("1")
    assert "Hvilket niveau" in await bot.say("ja")  # 2027
    await bot.say("1")
    await bot.say("1")
    for _ in range(5):
        await bot.say("spring over")
    goal = await bot.say("nyt mål")
    assert "Hvilken slags mål" in goal and "Du har flere aftaler" not in goal, goal
    assert "2026" not in goal


async def test_in_december_the_coach_counts_from_next_years_agreement(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    bot.clock.now = local(2026, 12, 8, 10).astimezone(UTC)
    await create_agreement_for_the_year_suggested(bot)
    await bot.say("nyt mål")
    await bot.say("2")
    await bot.say("Vi vil have flere unge i job eller uddannelse.")
    await bot.say("andelen af unge under 25 der er i job eller uddannelse")
    await bot.say("jobindsats.dk")
    await bot.say("78 % i 2025")
    asked = await bot.say("82 %")
    assert "ultimo 2027" in asked and "ultimo 2026" not in asked, asked  # the example names the agreement's year
    await bot.say("senest ultimo året")
    summary = await bot.say("månedligt i LIS")
    assert "31.12.2027" in summary and "31.12.2026" not in summary, summary


RUNNING_YEAR_GOAL = ("Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,8 % senest ultimo 2026. Det måles med "
                     "sygefraværsstatistikken i LIS og følges op månedligt på dialogmøderne med direktøren.")


async def goals_by_year(bot: ClockedBot) -> dict[int, list[str]]:
    async with bot.uow() as uow:
        return {a.year: [g.statement for g in a.goals] for a in await uow.agreements.for_year(TENANT)}


def add_goal_button(replies: list[dict[str, Any]], year: int) -> dict[str, Any]:
    """The «Tilføj mål» button's data on the agreement card of `year`."""
    [card] = [c for c in cards_of(replies)
              if card_text(c).startswith(f"Udviklingsaftale {year} – Børn og Skole") and "Tilføj mål" in str(c)]
    [data] = [a["data"] for a in card.get("actions", []) if a.get("title") == "Tilføj mål"]
    return dict(data)


async def test_in_december_the_running_years_draft_takes_goals_from_its_card_and_typed_asks_which(
    clocked_bot: ClockedBot,
) -> None:
    """Found living the product on 6 December: the demo's 2026 agreement is still a draft and its card offers «Tilføj
    mål», but the button and typed «nyt mål» only spoke of next year («du har endnu ingen aftale for 2027»)."""
    bot = clocked_bot
    bot.clock.now = local(2026, 12, 7, 9).astimezone(UTC)
    before = await goals_by_year(bot)

    # Typed, with no 2027 agreement yet: asked whether the goal goes into the open 2026 agreement, not refused.
    asked = await bot.say("nyt mål")
    assert "Vi er i gang med aftalerne for 2027, og du har endnu ingen aftale for 2027" in asked, asked
    assert "skal målet i den?" in asked and "1. Børn og Skole 2026" in asked and "«ny aftale»" in asked
    assert "Hvilken slags mål" in await bot.say("ja")
    await cancel(bot)
    await bot.say("nyt mål")
    assert "Du har endnu ingen aftale for 2027. Skriv «ny aftale»" in await bot.say("nej")

    # The card's button carries its agreement, and the goal goes into that agreement.
    button = add_goal_button(await bot.send("min aftale"), 2026)
    async with bot.uow() as uow:
        [running] = [a for a in await uow.agreements.for_year(TENANT) if a.year == 2026]
    assert button["agreement"] == running.id
    sent = len(bot.connector.activities)
    await bot.click(button)
    started = "\n".join(text_of(a) for a in bot.to(HOLDER, sent))
    assert "Hvilken slags mål" in started and "ingen aftale for 2027" not in started, started
    assert "dine egne ord" in await bot.say("2")
    summary = await bot.say(RUNNING_YEAR_GOAL)
    assert "Sådan ser målet ud" in summary, summary
    assert "gemt" in await bot.say("ja")
    after = await goals_by_year(bot)
    assert after[2026] == [*before[2026], RUNNING_YEAR_GOAL]

    # With next year's agreement made, the 2026 card's button still adds to 2026; typed «nyt mål» goes to 2027.
    await create_agreement_for_the_year_suggested(bot)
    button = add_goal_button(await bot.send("min aftale"), 2026)
    sent = len(bot.connector.activities)
    await bot.click(button)
    started = "\n".join(text_of(a) for a in bot.to(HOLDER, sent))
    assert "Hvilken slags mål" in started and "Du har flere aftaler" not in started, started
    assert "Vi er i gang med aftalerne" not in started
    await cancel(bot)
    typed = await bot.say("nyt mål")
    assert "Vi er i gang med aftalerne for 2027." in typed and "Hvilken slags mål" in typed, typed
    await cancel(bot)


def section_button(replies: list[dict[str, Any]], year: int, title: str) -> dict[str, Any]:
    """A section's button («Ret aftalen» → `title`) on the agreement card of `year`."""
    [card] = [c for c in cards_of(replies)
              if card_text(c).startswith(f"Udviklingsaftale {year} – Børn og Skole") and title in str(c)]
    [found] = card_nodes(card, lambda node: node.get("type") == "Action.Execute" and node.get("title") == title)
    return dict(found["data"])


async def test_in_december_a_section_button_on_a_card_edits_that_cards_agreement(clocked_bot: ClockedBot) -> None:
    """With the running agreement and next year's, the card's «Ret aftalen» buttons went to «Hvilken aftale …?»."""
    bot = clocked_bot
    bot.clock.now = local(2026, 12, 7, 9).astimezone(UTC)
    await create_agreement_for_the_year_suggested(bot)
    assert "Hvilken aftale vil du rette i?" in await bot.say("ret økonomi")  # typed: which, as before
    await cancel(bot)
    for year in (2026, 2027):
        button = section_button(await bot.send("min aftale"), year, "Økonomi")
        assert button["section"] == "økonomi" and button.get("agreement")
        sent = len(bot.connector.activities)
        await bot.click(button)
        asked = "\n".join(text_of(a) for a in bot.to(HOLDER, sent))
        assert "Hvilken aftale" not in asked and "Økonomi" in asked, asked
        text = f"Rammen for {year} er 412 mio. kr."
        saved = await bot.say(text)
        assert f"Økonomi er opdateret i aftalen for Børn og Skole {year}" in saved, saved
    async with bot.uow() as uow:
        economy = {a.year: a.economy for a in await uow.agreements.for_year(TENANT)}
    assert economy[2026] == "Rammen for 2026 er 412 mio. kr." and economy[2027] == "Rammen for 2027 er 412 mio. kr."


async def test_a_goal_typed_at_the_december_question_of_which_agreement_is_kept(clocked_bot: ClockedBot) -> None:
    """Found living the product: in December, with no agreement for next year, «nyt mål» asks whether the goal goes
    into the open agreement of the running year; the goal typed there instead was refused and lost. It is kept, the
    question asked again, and once it is answered (and the kind of goal) the goal is read without being asked for."""
    bot = clocked_bot
    bot.clock.now = local(2026, 12, 10, 9).astimezone(UTC)
    before = await goals_by_year(bot)
    assert "skal målet i den?" in await bot.say("nyt mål")
    kept = await bot.say(RUNNING_YEAR_GOAL)
    assert kept.startswith("Tak, det gemmer jeg som målet.") and "skal målet i den?" in kept, kept
    kind = await bot.say("ja")
    assert "Hvilken slags mål" in kind, kind
    summary = await bot.say("2")
    assert "Sådan ser målet ud" in summary and "dine egne ord" not in summary, summary
    assert "gemt" in await bot.say("ja")
    assert (await goals_by_year(bot))[2026] == [*before[2026], RUNNING_YEAR_GOAL]
