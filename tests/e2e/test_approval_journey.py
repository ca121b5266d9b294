"""The holder submits and the giver approves, through the Agents Playground: over its API as two users, and
in Chromium from the giver's own 1:1 chat (a second playground with the giver as its current user)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from agreements.demo import GIVER, TENANT_ID
from bot.commandline.devstack import (
    ManagedProcess,
    ensure_port_free,
    free_port,
    playground_command,
    start_process,
    stop_process,
    wait_until_ready,
)
from bot.paths import REPO_ROOT
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.e2e.harness import BotMessage, Playground, PlaygroundUI, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

GIVER_CONFIG = Path(__file__).resolve().parent / "playground-giver.yml"
SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"
FOCUS_GOAL = (
    "Flere elever skal i erhvervspraktik: fra 300 til 360 elever senest ultimo 2026, målt med nøgletal "
    "fra LIS og fulgt kvartalsvis på dialogmøderne."
)


async def agreement_state(stack: Stack) -> tuple[str, int, list[tuple[int, str | None, int | None]]]:
    engine = create_engine(stack.database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            agreement = await uow.agreements.get(TENANT_ID, 1)
            assert agreement is not None
            versions = await uow.agreements.versions(TENANT_ID, 1)
            giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        decided = [(v.version, v.decision.value if v.decision else None, v.decided_by) for v in versions]
        assert giver is not None
        return agreement.status.value, agreement.version, [d for d in decided if d[2] in (None, giver.id)]
    finally:
        await engine.dispose()


async def make_submittable(playground: Playground, stack: Stack) -> None:
    """A fresh draft version: add a focus-area goal (an approved agreement becomes a new draft)."""
    status, _, _ = await agreement_state(stack)
    if status == "draft":
        return
    await playground.send_text("nyt mål")
    await playground.wait_for_bot_message(lambda m: m.contains("Hvilken slags mål"))
    await playground.send_text("1")
    await playground.wait_for_bot_message(lambda m: m.contains("Hvilket fokusområde"))
    await playground.send_text("Uddannelse")
    await playground.wait_for_bot_message(lambda m: m.contains("dine egne ord"))
    await playground.send_text(FOCUS_GOAL)
    await playground.wait_for_bot_message(lambda m: m.contains("Dit mål"))
    await playground.send_text("gem")
    await playground.wait_for_bot_message(lambda m: m.contains("gemt som kladde"))


def is_approval_card(message: BotMessage) -> bool:
    return bool(message.cards) and message.contains("Udviklingsaftale til godkendelse")


async def test_holder_submits_and_giver_approves_over_the_api(playground: Playground, stack: Stack) -> None:
    henrik = GIVER.teams_user_id
    await playground.send_text("hej", user=henrik)
    await playground.wait_for_bot_message(conversation=henrik)
    await make_submittable(playground, stack)

    await playground.send_text("send til godkendelse")
    card_message = await playground.wait_for_bot_message(is_approval_card, conversation=henrik)
    holder_copy = await playground.wait_for_bot_message(
        lambda m: m.contains("Venter på Henrik Thomsens godkendelse"), conversation=playground.config.personal_chat
    )
    _, version, _ = await agreement_state(stack)
    approve = next(a for a in card_message.cards[0]["actions"] if a["verb"] == "agreement.approve")

    answer = await playground.invoke(
        approve["verb"], approve["data"], reply_to_id=card_message.id, user=henrik, conversation=henrik
    )
    assert answer["type"] == "application/vnd.microsoft.card.adaptive"
    assert "Udviklingsaftalen er godkendt" in str(answer["value"])

    await playground.wait_for_bot_message(
        lambda m: m.contains("har godkendt aftalen"), conversation=playground.config.personal_chat
    )
    updated = await playground.wait_for_bot_message(
        lambda m: m.action == "updateMessage" and m.id == holder_copy.id, conversation=playground.config.personal_chat
    )
    assert updated.contains("Godkendt af Henrik Thomsen")
    status, _, decisions = await agreement_state(stack)
    assert status == "approved"
    assert (version, "approved") in [(v, d) for v, d, by in decisions if by is not None]


@pytest.fixture(scope="module")
def giver_playground(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second playground on the same bot whose current user is the aftalegiver."""
    port = free_port()
    ensure_port_free(port)
    process: ManagedProcess = start_process(
        "playground-giver",
        playground_command(stack.bot_port, port, workdir=tmp_path_factory.mktemp("pg-giver"), config_path=GIVER_CONFIG),
    )
    try:
        wait_until_ready(process, f"http://127.0.0.1:{port}/_debug/ping", timeout=60.0)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(process)


@pytest_asyncio.fixture(loop_scope="session")
async def giver_api(giver_playground: str) -> AsyncIterator[Playground]:
    async with Playground(giver_playground) as client:
        yield client


@pytest.mark.browser
async def test_giver_approves_from_the_card_in_chromium(
    playground: Playground, giver_playground: str, giver_api: Playground, browser_page: PlaygroundUI, stack: Stack
) -> None:
    await browser_page.open(giver_playground)  # the page load makes Henrik's playground install the bot
    await browser_page.send("hej")
    await browser_page.wait_for_bot_bubble("hjælp")
    await make_submittable(playground, stack)
    await playground.send_text("send til godkendelse")
    await playground.wait_for_bot_message(lambda m: m.contains("sendt til Henrik Thomsen"))

    card = await browser_page.wait_for_card("Udviklingsaftale til godkendelse")
    await card.scroll_into_view_if_needed()
    before = SCREENSHOTS / "approval-before.png"
    await browser_page.screenshot(before)

    await card.get_by_role("button", name="Godkend").click()
    await browser_page.wait_for_card("Udviklingsaftalen er godkendt")
    after = SCREENSHOTS / "approval-after.png"
    await browser_page.screenshot(after)

    status, version, decisions = await agreement_state(stack)
    assert status == "approved" and (version, "approved") in [(v, d) for v, d, _ in decisions]
    assert before.stat().st_size > 20_000 and after.stat().st_size > 20_000
    await playground.wait_for_bot_message(
        lambda m: m.contains("har godkendt aftalen"), conversation=playground.config.personal_chat
    )
