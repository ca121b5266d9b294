"""The monthly status card, sent by the job runner, as the holder sees it in Chromium. On a fresh stack the
holder has never opened the bot when the month's cards are scheduled; the card arrives when she does."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from bot.commandline.devstack import bot_command
from bot.paths import REPO_ROOT
from tests.e2e.harness import PlaygroundUI, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "monthly-status.png"


@pytest.fixture(scope="module")
def fresh_stack(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with Stack(workdir=tmp_path_factory.mktemp("e2e-monthly")) as running:
        yield running


def run_jobs(stack: Stack) -> str:
    command = bot_command("run-jobs", "--wait", "0", env=stack.bot_env(), cwd=stack.workdir)
    result = subprocess.run(
        list(command.argv), env=dict(command.env), cwd=command.cwd, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


async def test_monthly_status_card_arrives_when_the_holder_opens_the_bot(
    fresh_stack: Stack, browser_page: PlaygroundUI
) -> None:
    run_jobs(fresh_stack)  # schedules the month; nobody can be reached yet
    await browser_page.open(fresh_stack.playground_url)
    await browser_page.wait_for_bot_bubble("Velkommen til Aftalebot")
    run_jobs(fresh_stack)  # sends it now (or the serve process's own runner already has: sent once either way)
    card = await browser_page.wait_for_card("Månedsstatus", timeout=60)
    await card.scroll_into_view_if_needed()
    folded = await card.bounding_box()
    assert folded is not None and folded["height"] < 2200, folded  # a screen or two (it was about 4,000 px)
    # The sygefravær goal's details: the chart with the målværdi, the plan and the tolerance band.
    # In the monthly card the goals with a due indicator come in order: jobpatruljen (2), sygefravær (5), …
    buttons = card.get_by_role("button", name="Vis graf og detaljer")
    assert await buttons.count() >= 2
    await buttons.nth(1).click()
    legend = card.get_by_text("Målværdi 5,5 %").locator("visible=true").first
    await legend.wait_for(timeout=10_000)
    await legend.scroll_into_view_if_needed()
    await browser_page.screenshot(SCREENSHOT)
    assert SCREENSHOT.stat().st_size > 20_000
