"""A second review round in Chromium, as the giver sees it: the giver asks for changes from the card, the holder
raises goal 1's målværdi and sends the agreement again, and the giver's new approval card marks what changed since
the version they sent back (the screenshot in the README)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from agreements.demo import GIVER, TENANT_ID
from bot.commandline.devstack import (
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
from tests.e2e.harness import Playground, PlaygroundUI, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

GIVER_CONFIG = Path(__file__).resolve().parent / "playground-giver.yml"
SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "approval-changes.png"
COMMENT = "Målværdien for afgangsprøverne er for lav – sigt efter 95 %."
REPLY = "Målværdien for mål 1 er hævet til 95 %, som du bad om."


@pytest.fixture(scope="module")
def fresh_stack(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with Stack(workdir=tmp_path_factory.mktemp("e2e-review")) as running:
        yield running


@pytest.fixture(scope="module")
def giver_url(fresh_stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second playground on the same bot whose current user is the aftalegiver."""
    port = free_port()
    ensure_port_free(port)
    process = start_process(
        "playground-giver-review",
        playground_command(fresh_stack.bot_port, port, workdir=tmp_path_factory.mktemp("pg-giver-review"),
                           config_path=GIVER_CONFIG),
    )
    try:
        wait_until_ready(process, f"http://127.0.0.1:{port}/_debug/ping", timeout=60.0)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(process)


@pytest_asyncio.fixture(loop_scope="session")
async def holder(fresh_stack: Stack) -> AsyncIterator[Playground]:
    async with Playground(fresh_stack.playground_url) as client:
        yield client


async def rounds(stack: Stack) -> list[tuple[int, str | None]]:
    engine = create_engine(stack.database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            versions = await uow.agreements.versions(TENANT_ID, 1)
        return [(v.version, v.decision.value if v.decision else None) for v in versions]
    finally:
        await engine.dispose()


async def test_the_giver_sees_what_changed_since_sending_it_back(
    fresh_stack: Stack, giver_url: str, holder: Playground, browser_page: PlaygroundUI
) -> None:
    await browser_page.open(giver_url)  # Henrik's playground installs the bot
    await browser_page.send("hej")
    await browser_page.wait_for_bot_bubble("hjælp")

    await holder.send_text("send til godkendelse")
    await holder.wait_for_bot_message(lambda m: m.contains(f"sendt til {GIVER.name}"))
    first = await browser_page.wait_for_card("Udviklingsaftale til godkendelse")
    await browser_page.fill_card_input(first, "Kommentar (skal udfyldes, hvis du beder om ændringer)", COMMENT)
    await first.get_by_role("button", name="Anmod om ændringer").click()
    await browser_page.wait_for_card("Der er bedt om ændringer")
    await holder.wait_for_bot_message(lambda m: m.contains(COMMENT), conversation=holder.config.personal_chat)
    assert await rounds(fresh_stack) == [(1, "changes_requested")]

    for typed, answer in (("ret mål 1", "Dit mål"), ("ret målværdi", "når målet er nået"), ("95 %", "Dit mål"),
                          ("gem", "Mål 1 er rettet")):
        await holder.send_text(typed)
        await holder.wait_for_bot_message(lambda m, a=answer: m.contains(a))  # type: ignore[misc]
    await holder.send_text(f"send til godkendelse: {REPLY}")
    await holder.wait_for_bot_message(lambda m: m.contains(f"sendt til {GIVER.name}"))

    card = await browser_page.wait_for_card("Ændringer siden version 1")
    text = await card.inner_text()
    assert "Målværdi: 90 % → 95 %" in text and "86 % → 95 %" in text and COMMENT in text and REPLY in text
    assert await rounds(fresh_stack) == [(1, "changes_requested"), (2, None)]
    # The whole card in one picture: a viewport as tall as the card, then the card itself.
    box = await card.bounding_box()
    assert box is not None
    await browser_page.page.set_viewport_size({"width": 1280, "height": int(box["height"]) + 400})
    await card.scroll_into_view_if_needed()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    await card.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
