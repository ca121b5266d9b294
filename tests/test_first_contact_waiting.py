"""First contact with something waiting (through the Bot Framework protocol): the giver's approval card, kept
because he had not opened the bot when the agreement was sent, reaches him after the welcome, not before it – on his
first «hej» and when Teams installs the app for him."""

from __future__ import annotations

import pytest

from agreements.demo import GIVER
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, clocked_bot
from tests.support.factories import make_activity

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
