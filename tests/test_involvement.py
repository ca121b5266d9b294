"""R10 recorded (issue 18): the holder notes that and when Lokal-MED, the bestyrelse and the lederteam were involved;
the giver sees it. Through the Bot Framework protocol with the demo, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from agreements.agreement.involvement import parse_day
from agreements.demo import GIVER, HOLDER, OTHER_MANAGER, TENANT_ID
from tests.support.clocked_bot import ClockedBot, clocked_bot

__all__ = ["clocked_bot"]


def test_days_are_read_in_danish_and_never_ahead_of_today() -> None:
    today = date(2026, 11, 24)
    assert parse_day("12. marts", today) == date(2026, 3, 12)
    assert parse_day("12. dec", today) == date(2025, 12, 12)  # no year: the latest 12 December up to today
    assert parse_day("3/2/2026", today) == date(2026, 2, 3)
    assert parse_day("i går", today) == date(2026, 11, 23)
    assert parse_day("i dag", today) == today
    assert parse_day("31. februar", today) is None
    assert parse_day("snart", today) is None


async def test_the_holder_records_involvement_and_the_giver_sees_it(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    assert await bot.say("Lokal-MED er inddraget 12. marts", user=HOLDER) == (
        "Noteret: Lokal-MED er inddraget 12. marts 2026 i aftalen for Børn og Skole 2026.")
    assert await bot.say("lederteamet blev inddraget i dag", user=HOLDER) == (
        "Noteret: lederteamet er inddraget 24. november 2026 i aftalen for Børn og Skole 2026.")
    assert await bot.say("Lokal-MED er inddraget 12. marts", user=HOLDER) == (
        "Det står allerede, at Lokal-MED er inddraget 12. marts 2026.")
    assert await bot.say("bestyrelsen er inddraget 1. december", user=HOLDER) == (
        "Noteret: bestyrelsen er inddraget 1. december 2025 i aftalen for Børn og Skole 2026.")
    seen = await bot.say("inddragelse", user=GIVER)
    assert seen == ("Børn og Skole 2026: Lokal-MED 12. marts 2026, bestyrelsen 1. december 2025, "
                    "lederteamet 24. november 2026")
    assert await bot.say("inddragelse", user=OTHER_MANAGER) == "Der er ingen aftaler, hvor du kan se inddragelsen."
    async with bot.uow() as uow:
        events = [e for e in await uow.audit.list(TENANT_ID) if e.action == "agreement.involvement_recorded"]
    assert len(events) == 3


async def test_involvement_said_in_own_words_names_several_bodies(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    assert await bot.say("Lokal-MED og lederteamet var med den 2. november", user=HOLDER) == (
        "Noteret: Lokal-MED og lederteamet er inddraget 2. november 2026 i aftalen for Børn og Skole 2026.")
    assert await bot.say("bestyrelsen blev hørt i går", user=HOLDER) == (
        "Noteret: bestyrelsen er inddraget 23. november 2026 i aftalen for Børn og Skole 2026.")
    assert await bot.say("inddragelse", user=GIVER) == (
        "Børn og Skole 2026: Lokal-MED 2. november 2026, bestyrelsen 23. november 2026, "
        "lederteamet 2. november 2026")


async def test_a_day_ahead_or_unreadable_and_someone_without_an_agreement_are_refused(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    assert await bot.say("Lokal-MED er inddraget 30/12/2026", user=HOLDER) == (
        "Datoen ligger i fremtiden. Skriv den dag, hvor Lokal-MED blev inddraget.")
    assert (await bot.say("Lokal-MED er inddraget på et tidspunkt", user=HOLDER)).startswith(
        "Jeg kan ikke læse datoen.")
    assert await bot.say("Lokal-MED er inddraget i dag", user=GIVER) == (
        "Du har ingen aftale at notere inddragelsen i. Skriv «ny aftale» for at oprette en.")
