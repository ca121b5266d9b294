"""A goal's planned path starts at its baseline's period or the day it was first approved, not 1 January."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest

from agreements.demo import COORDINATOR, GIVER, HOLDER, TENANT_ID
from agreements.indicators.path_start import first_approved_on, goal_path_starts, path_start
from agreements.indicators.periods import Period
from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementVersion,
    Decision,
    Frequency,
    Goal,
    GoalKind,
    Measurement,
)
from bot.commandline.demo import load_demo
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, find_action, running
from tests.support.conversation import FakeClock
from tests.support.running_bot import dev_settings


def version(number: int, goal_ids: list[int], decided: datetime | None, decision: Decision | None) -> AgreementVersion:
    return AgreementVersion("t", 1, number, {"goals": [{"id": g} for g in goal_ids]}, 1,
                            datetime(2026, 12, 10, tzinfo=UTC), decision=decision, decided_at=decided)


def test_the_later_of_new_year_the_baseline_period_and_the_approval() -> None:
    assert path_start(2027) == date(2027, 1, 1)
    assert path_start(2027, approved_on=date(2026, 12, 20)) == date(2027, 1, 1)  # approved in December
    assert path_start(2027, approved_on=date(2027, 3, 10)) == date(2027, 3, 10)
    assert path_start(2027, baseline_period=Period.containing(Frequency.MONTHLY, date(2027, 4, 3))) == \
        date(2027, 4, 30)


def test_each_goal_starts_on_the_day_the_first_version_holding_it_was_approved() -> None:
    agreement = Agreement("t", 1, 2027, AgreementLevel.DIRECTORATE, 1, 2, id=1, goals=[
        Goal("t", GoalKind.OWN, "a", id=10), Goal("t", GoalKind.OWN, "b", id=11), Goal("t", GoalKind.OWN, "c", id=12)])
    versions = [
        version(1, [10], datetime(2026, 12, 18, 9, tzinfo=UTC), Decision.CHANGES_REQUESTED),
        version(2, [10], datetime(2027, 1, 20, 9, tzinfo=UTC), Decision.APPROVED),
        version(3, [10, 11], datetime(2027, 5, 31, 22, 30, tzinfo=UTC), Decision.APPROVED),  # 1 June in Copenhagen
    ]
    assert first_approved_on(11, versions) == date(2027, 6, 1)
    assert goal_path_starts(agreement, versions) == {
        10: date(2027, 1, 20), 11: date(2027, 6, 1), 12: date(2027, 1, 1)}


# ---------------------------------------------------------------- through the protocol (SQLite and PostgreSQL)


@pytest.fixture
async def january_bot(database_url: str) -> AsyncIterator[ClockedBot]:
    """The demo loaded on 5 January 2027: its 2027 agreement, a draft, and the figures of 2026 in the store."""
    clock = FakeClock(datetime(2027, 1, 5, 9, tzinfo=UTC))
    settings = dev_settings(database_url)
    await load_demo(settings, today=date(2027, 1, 5), year=2027)
    async with running(settings, clock, database_url) as bot:
        yield bot


async def test_a_goal_approved_in_january_is_not_bagud_in_february_before_its_first_figure(
    january_bot: ClockedBot,
) -> None:
    bot = january_bot
    async with bot.uow() as uow:  # LIS had a bad December: far below the baseline of 94,5 %
        agreement = (await uow.agreements.for_year(TENANT_ID, 2027))[0]
        school = next(g for g in agreement.goals if "almenskolen" in g.statement).indicators[0]
        await uow.measurements.upsert_many([Measurement(TENANT_ID, school.id or 0, "2026-12", 93.0)])
        await uow.commit()
    await bot.say("hej", user=GIVER)
    bot.clock.now = datetime(2027, 1, 12, 9, tzinfo=UTC)
    sent = await bot.say("send til godkendelse")
    assert "sendt til Henrik Thomsen" in sent, sent
    card = cards_of(bot.to(GIVER))[-1]
    assert "Udviklingsaftalen er godkendt" in card_text((await bot.click(find_action(card, "agreement.approve"),
                                                                         user=GIVER))["value"])

    bot.clock.now = datetime(2027, 2, 3, 9, tzinfo=UTC)  # January's figure is not in yet
    for user, asked in ((HOLDER, "status på mål 6"), (HOLDER, "status"), (GIVER, "status")):
        told = await bot.say(asked, user=user)
        assert "Elever i almenskolen" in told and "før aftalen blev godkendt" in told, told
        assert "● bagud" not in told and "● i risiko" not in told, told
    overview = card_text(cards_of(await bot.send("overblik", user=COORDINATOR))[-1])
    assert "ingen er bagud" in overview and "Børn og Skole** – Godkendt" in overview, overview

    # The first figure after approval is judged against a path that starts on the day of approval.
    async with bot.uow() as uow:
        await uow.measurements.upsert_many([Measurement(TENANT_ID, school.id or 0, "2027-01", 93.0)])
        await uow.commit()
    bot.clock.now = datetime(2027, 2, 4, 9, tzinfo=UTC)
    told = await bot.say("status på mål 6")
    assert "● i risiko" in told and "93 % i januar 2027 – forventet 94,6 %" in told, told


def test_an_approval_after_the_year_has_ended_does_not_leave_every_figure_waiting() -> None:
    """Seen in the playground: a 2026 agreement approved on 12 January 2027 showed «8 nye tal», «8 mangler data»."""
    assert path_start(2026, approved_on=date(2027, 1, 12)) == date(2026, 1, 1)
    assert path_start(2026, approved_on=date(2026, 12, 20)) == date(2026, 12, 20)
