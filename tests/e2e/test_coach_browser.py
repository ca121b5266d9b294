"""In Chromium: one goal-coach journey in the playground's web UI, ending with «Gem» on the summary card."""

from __future__ import annotations

import pytest

from bot.paths import REPO_ROOT
from tests.e2e.harness import PlaygroundUI, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "coach-summary.png"


async def test_coach_journey_ends_in_a_saved_goal(stack: Stack, browser_page: PlaygroundUI) -> None:
    await browser_page.open(stack.playground_url)
    await browser_page.send("nyt mål")
    await browser_page.wait_for_bot_bubble("Hvilken slags mål")
    await browser_page.send("2")
    await browser_page.wait_for_bot_bubble("dine egne ord")
    await browser_page.send("Vi vil styrke trivslen blandt medarbejderne.")
    await browser_page.wait_for_bot_bubble("Hvad vil I måle")
    answers = [
        ("Andelen af medarbejdere, der oplever stress", "Hvor kommer tallene"),
        ("Trivselsmålingen", "i dag?"),
        ("24 % i 2025", "når målet er nået"),
        ("under 15 %", "Hvornår"),
        ("senest ultimo 2026", "følger I op"),
    ]
    for answer, next_prompt in answers:
        await browser_page.send(answer)
        await browser_page.wait_for_bot_bubble(next_prompt)
    await browser_page.send("Vi følger op kvartalsvis i Lokal-MED")
    card = await browser_page.wait_for_card("Dit mål")
    await card.scroll_into_view_if_needed()
    await browser_page.screenshot(SCREENSHOT)

    await card.get_by_role("button", name="Gem").click()
    await browser_page.wait_for_card("Gemt som kladde i aftalen")
    await browser_page.wait_for_bot_bubble("gemt som kladde")
    assert SCREENSHOT.stat().st_size > 20_000
