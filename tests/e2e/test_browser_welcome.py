"""In Chromium: the playground's web UI greets in Danish and shows the help card."""

from __future__ import annotations

import pytest

from bot.paths import REPO_ROOT
from tests.e2e.harness import PlaygroundUI, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "welcome-help.png"


async def test_welcome_then_help_card(stack: Stack, browser_page: PlaygroundUI) -> None:
    await browser_page.open(stack.playground_url)
    await browser_page.wait_for_bot_bubble("Velkommen til Aftalebot")

    await browser_page.send("hjælp")
    await browser_page.wait_for_card("Det kan jeg hjælpe med")

    await browser_page.screenshot(SCREENSHOT)
    assert SCREENSHOT.exists()
    assert SCREENSHOT.stat().st_size > 20_000


async def test_reloading_the_page_does_not_greet_again(stack: Stack, browser_page: PlaygroundUI) -> None:
    # Every page load makes the playground resend installationUpdate and conversationUpdate.
    await browser_page.open(stack.playground_url)
    await browser_page.send("hej igen")
    await browser_page.wait_for_bot_bubble("hjælp")
    await browser_page.page.reload()
    await browser_page.page.locator(browser_page.COMPOSER).wait_for(timeout=30_000)
    await browser_page.send("min aftale")
    await browser_page.wait_for_bot_bubble("Børn og Skole")
    await browser_page.page.wait_for_timeout(1000)
    # The UI shows no history after a reload, so any welcome card here would be a second greeting.
    welcomes = browser_page.page.locator(browser_page.CARD).filter(has_text="Velkommen til Aftalebot")
    assert await welcomes.count() == 0
