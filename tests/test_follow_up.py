"""The coach's last question (issue 17, item 4): how often the indicator is measured and how much noise it may show,
with defaults per kind of measure that the holder accepts with «ja» or changes in a few words."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.demo import TENANT_ID
from agreements.indicators.follow_up import FollowUp, default_follow_up, describe, follow_up_for, parse_follow_up
from agreements.types import Direction, Frequency, Indicator
from tests.support.clocked_bot import ClockedBot

SICK = Indicator(tenant_id="t", key="k", name="Sygefraværet", direction=Direction.LOWER_IS_BETTER,
                 measure_unit="%", baseline=6.1, target=5.4, deadline=date(2027, 12, 31))
UP = Direction.HIGHER_IS_BETTER
DEFAULT = FollowUp(Frequency.MONTHLY, 0.3, "%")


def test_the_defaults_follow_the_kind_of_measure_and_its_source() -> None:
    assert default_follow_up(SICK, "sygefraværsstatistikken i LIS") == DEFAULT
    assert describe(DEFAULT, "Sygefraværet") == (
        "Jeg følger «Sygefraværet» månedligt, og et udsving på op til 0,3 procentpoint fra planen regnes for støj – "
        "først derefter er det «i risiko».")
    exams = Indicator(tenant_id="t", key="a", name="Elever med mindst 02", direction=UP, measure_unit="%",
                      baseline=86.0, target=90.0)
    assert default_follow_up(exams, "Nøgletal fra afgangsprøverne") == FollowUp(Frequency.YEARLY, 1.0, "%")
    youth = Indicator(tenant_id="t", key="u", name="Unge i fritidsjob", direction=UP, measure_unit="unge",
                      baseline=120.0, target=160.0)
    assert default_follow_up(youth, None, followup_frequency="quarterly") == FollowUp(Frequency.QUARTERLY, 8.0,
                                                                                      "unge")
    assert "op til 8 unge fra planen" in describe(default_follow_up(youth), "Unge i fritidsjob")
    no_target = Indicator(tenant_id="t", key="x", name="x", direction=UP)
    assert follow_up_for(no_target, None) is None  # nothing to follow, nothing to ask


@pytest.mark.parametrize(("typed", "expected"), [
    ("kvartalsvis", FollowUp(Frequency.QUARTERLY, 0.3, "%")),
    ("årligt", FollowUp(Frequency.YEARLY, 0.3, "%")),
    ("±0,5", FollowUp(Frequency.MONTHLY, 0.5, "%", True)),
    ("0,5 procentpoint", FollowUp(Frequency.MONTHLY, 0.5, "%", True)),
    ("hvert kvartal med et bånd på 0,4", FollowUp(Frequency.QUARTERLY, 0.4, "%", True)),
    ("månedligt", DEFAULT),
])
def test_the_holder_changes_it_in_a_few_words(typed: str, expected: FollowUp) -> None:
    assert parse_follow_up(typed, DEFAULT) == expected


@pytest.mark.parametrize("typed", ["ret målværdi", "hvornår er fristen?", "mellem 2 og 3", "0", "kassér"])
def test_other_answers_are_not_read_as_a_change(typed: str) -> None:
    assert parse_follow_up(typed, DEFAULT) is None


def test_a_default_band_follows_a_changed_target_but_the_holders_band_stays() -> None:
    youth = Indicator(tenant_id="t", key="u", name="Unge", direction=UP, measure_unit="unge", baseline=120.0,
                      target=200.0)
    assert follow_up_for(youth, FollowUp(Frequency.MONTHLY, 8.0, "unge").to_dict()).band == 10.0
    assert follow_up_for(youth, FollowUp(Frequency.MONTHLY, 3.0, "unge", True).to_dict()).band == 3.0


# ---------------------------------------------------------------- through the protocol (SQLite and PostgreSQL)


async def stored_indicator(bot: ClockedBot, number: int) -> Indicator:
    async with bot.uow() as uow:
        agreement = await uow.agreements.get(TENANT_ID, 1)
        assert agreement is not None
    return agreement.goals[number - 1].indicators[0]


async def start_goal(bot: ClockedBot, statement: str) -> str:
    assert "Hvilken slags mål" in await bot.say("nyt mål")
    await bot.say("2")
    return await bot.say(statement)


async def test_the_holder_sets_the_band_and_frequency_and_accepts_with_ja(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    summary = await start_goal(bot, "Sygefraværet i dagplejen skal ned fra 7,2 % til 6,5 % senest ultimo 2026, målt "
                                    "med sygefraværsstatistikken i LIS og fulgt op på dialogmøderne.")
    assert "Jeg følger «Sygefraværet» månedligt, og et udsving på op til 0,3 procentpoint fra planen" in summary
    assert "Svar «ja» for at gemme målet sådan" in summary and "«gem»" in summary
    changed = await bot.say("±0,5")
    assert "Rettet. Jeg følger «Sygefraværet» månedligt, og et udsving på op til 0,5 procentpoint" in changed
    assert "kvartalsvis, og et udsving på op til 0,5 procentpoint" in await bot.say("kvartalsvis")
    saved = await bot.say("ja")
    assert "Mål 9 er gemt" in saved or "gemt" in saved, saved
    indicator = await stored_indicator(bot, 9)
    assert (indicator.frequency, indicator.tolerance) == (Frequency.QUARTERLY, 0.5)
    assert "gik noget galt" not in saved and "forstod jeg ikke" not in saved


async def test_a_yearly_source_is_proposed_yearly_and_ja_keeps_the_default_band(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    summary = await start_goal(bot, "Andelen af elever med mindst 7 i dansk skal stige fra 61 % til 66 % senest "
                                    "ultimo 2026, målt med karaktererne fra afgangsprøverne og fulgt op månedligt i "
                                    "LIS.")
    assert "årligt, og et udsving på op til 1 procentpoint" in summary, summary
    assert "gemt" in await bot.say("ja")
    indicator = await stored_indicator(bot, 9)
    assert (indicator.frequency, indicator.tolerance) == (Frequency.YEARLY, 0.0)  # the default stays a default

    # «ret mål 9» shows what the saved indicator has, and «ja» keeps it.
    reopened = await bot.say("ret mål 9")
    assert "Jeg følger" in reopened and "årligt" in reopened, reopened
    assert "op til 2 procentpoint" in await bot.say("±2")
    assert "Mål 9 er rettet" in await bot.say("ja")
    indicator = await stored_indicator(bot, 9)
    assert (indicator.frequency, indicator.tolerance) == (Frequency.YEARLY, 2.0)


async def test_a_target_typed_at_the_follow_up_question_is_not_taken_as_the_band(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    reopened = await bot.say("ret mål 6")  # the demo's «fra 94,5 % til 95,5 %»
    assert "Jeg følger" in reopened and "Passer det?" in reopened, reopened
    too_wide = await bot.say("96 %")
    assert "mere end hele den planlagte forandring" in too_wide and "op til 96 procentpoint" in too_wide, too_wide
    assert "Rettet" not in too_wide
    asked = await bot.say("målværdi")  # the field alone, as «ret målværdi»
    assert "Det svar kunne jeg ikke bruge" not in asked and "95,5 %" in asked, asked
    assert "andelen af elever i almenskolen" in asked and "antallet" not in asked, asked  # a share, asked as one
    assert "96 %" in await bot.say("96 %")
    assert "Mål 6 er rettet" in await bot.say("gem")
    indicator = await stored_indicator(bot, 6)
    assert (indicator.target, indicator.tolerance) == (96.0, 0.0)  # the target changed; the band stayed a default


def test_a_time_of_day_is_no_band() -> None:
    """Found living the product: «hov nej, flyt det til kl 14 i stedet» (about a meeting) at the follow-up question
    was read as a band of ±14 procentpoint. A number after «kl.» is a time of day; a bare number is still a band."""
    current = FollowUp(Frequency.MONTHLY, 0.3, "%")
    for typed in ("hov nej, flyt det til kl 14 i stedet", "kl. 9.30", "Klokken 10"):
        assert parse_follow_up(typed, current) is None, typed
    changed = parse_follow_up("kvartalsvis, 0,5", current)
    assert changed is not None and changed.band == 0.5 and changed.frequency is Frequency.QUARTERLY
