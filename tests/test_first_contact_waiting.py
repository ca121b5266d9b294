"""First contact with something waiting (through the Bot Framework protocol): the giver's approval card, kept
because he had not opened the bot when the agreement was sent, reaches him after the welcome, not before it – on his
first «hej» and when Teams installs the app for him."""

from __future__ import annotations

import pytest

from agreements.demo import GIVER, TENANT_ID
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, clocked_bot
from tests.support.factories import make_activity
from tests.support.fake_connector import text_of

__all__ = ["clocked_bot"]


async def sent_before_the_giver_opened_the_bot(bot: ClockedBot) -> None:
    said = await bot.send_for_approval()
    assert "Henrik" in said and "gik noget galt" not in said, said
    assert not bot.to(GIVER)  # nothing could reach him yet


@pytest.mark.parametrize("first", ["hej", "installationUpdate"])
async def test_the_welcome_comes_before_the_approval_card_that_waited(clocked_bot: ClockedBot, first: str) -> None:
    bot = clocked_bot
    await sent_before_the_giver_opened_the_bot(bot)
    before = len(bot.connector.activities)
    if first == "hej":
        await bot.send("hej", user=GIVER)
    else:
        activity = make_activity(bot.connector.url, type="installationUpdate", action="add", user=GIVER)
        assert (await bot.post(activity))[0] in (200, 201)
    await bot.connector.wait_for(
        lambda a: any("Børn og Skole" in card_text(c) and "godkend" in card_text(c).lower()
                      for c in cards_of([a])), after=before)
    shown = [card_text(c) for c in cards_of(bot.to(GIVER, before))]
    assert len(shown) == 2, shown
    assert "Velkommen til Aftalebot" in shown[0] and "Hej Henrik!" in shown[0], shown[0]
    assert "Velkommen til Aftalebot" not in shown[1] and "Børn og Skole" in shown[1], shown[1]

    # Once he is welcomed, what waits is not held back: nothing is left, and the next «hej» brings no card twice.
    again = cards_of(await bot.send("hej", user=GIVER))
    assert not any("Børn og Skole" in card_text(c) and "Godkend" in card_text(c) for c in again[1:])


@pytest.mark.parametrize("first", ["hej", "godmorgen"])
async def test_a_first_greeting_counts_as_the_welcome(clocked_bot: ClockedBot, first: str) -> None:
    """Found living the product: a first «hej» was answered with the welcome but did not count as one, so the
    person stayed «not welcomed» (Teams' next install event greeted again) until something else welcomed them."""
    bot = clocked_bot
    await sent_before_the_giver_opened_the_bot(bot)
    shown = [card_text(c) for c in cards_of(await bot.send(first, user=GIVER))]
    assert "Velkommen til Aftalebot" in shown[0] and any("Børn og Skole" in s for s in shown[1:]), shown
    async with bot.uow() as uow:
        henrik = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
    assert henrik is not None and henrik.welcomed_at is not None

    # The playground reloads: Teams sends the install event again. No second welcome, nothing sent twice.
    before = len(bot.connector.activities)
    activity = make_activity(bot.connector.url, type="installationUpdate", action="add", user=GIVER)
    assert (await bot.post(activity))[0] in (200, 201)
    answer = await bot.send("hvornår er fristen?", user=GIVER)
    later = [card_text(c) for c in cards_of(bot.to(GIVER, before))] + [text_of(a) for a in answer]
    assert not any("Velkommen til Aftalebot" in t for t in later), later
    assert not any("Udviklingsaftale til godkendelse" in t for t in later), later
