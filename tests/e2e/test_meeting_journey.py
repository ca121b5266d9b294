"""In Chromium: the holder plans a dialogue meeting by typing, takes notes on the notes card (a note, a decision
and an action point with a deadline), ends the meeting from the card and sees the summary («Referat»)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from agreements.clock import local_today
from agreements.cycle.workdays import is_working_day
from agreements.dialogue.meeting_time import format_date_short
from bot.paths import REPO_ROOT
from tests.e2e.harness import STACK_NOW, PlaygroundUI, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "meeting-summary.png"
NOTE = "Sygefraværet i dagtilbuddene er faldet siden sommer, men ikke i vuggestuerne."
DECISION = "Vi fastholder målet om 5,5 % sygefravær."
ACTION = "Indhent tal for sygefravær fra de tre vuggestuer"


def meeting_day(today: date) -> date:
    """The stack's day (a working day): a meeting can be ended from its day on, so it is held today, later on."""
    assert is_working_day(today)
    return today


async def test_notes_decision_and_action_point_end_in_the_summary_card(
    stack: Stack, browser_page: PlaygroundUI
) -> None:
    day = meeting_day(local_today(STACK_NOW))
    due = day + timedelta(days=14)
    await browser_page.open(stack.playground_url)

    await browser_page.send(f"planlæg dialogmøde {day.day}/{day.month} kl. 14-15")
    await browser_page.wait_for_bot_bubble("Dialogmødet er planlagt")
    await browser_page.wait_for_card("Dagsorden: Dialogmøde")

    await browser_page.send("noter til mødet")
    notes = await browser_page.wait_for_card("Punkt 1 af")
    await browser_page.fill_card_input(notes, "Note eller beslutning", NOTE)
    await notes.get_by_role("button", name="Gem note").click()
    notes = await browser_page.wait_for_card("Noten er gemt.")
    assert NOTE in await notes.inner_text()

    await browser_page.fill_card_input(notes, "Note eller beslutning", DECISION)
    await notes.get_by_role("button", name="Gem som beslutning").click()
    notes = await browser_page.wait_for_card("Beslutningen er gemt.")
    assert DECISION in await notes.inner_text()

    await browser_page.fill_card_input(notes, "Hvad skal gøres?", ACTION)
    await browser_page.fill_card_input(notes, "Frist", due.isoformat())
    await notes.get_by_role("button", name="Tilføj handlingspunkt").click()
    notes = await browser_page.wait_for_card("Handlingspunktet er tilføjet.")

    await notes.get_by_role("button", name="Afslut møde").click()
    summary = await browser_page.wait_for_card("Referat: Dialogmøde")
    await browser_page.wait_for_bot_bubble("referatet er sendt til alle deltagere")
    shown = await summary.inner_text()
    assert NOTE in shown
    assert DECISION in shown
    assert ACTION in shown and format_date_short(due) in shown
    assert "Mette Kjær" in shown and "Henrik Thomsen" in shown

    await summary.scroll_into_view_if_needed()
    await browser_page.screenshot(SCREENSHOT)
    assert SCREENSHOT.stat().st_size > 20_000
