"""Fixtures for the end-to-end tests: the bot with the Agents Playground, an API client and Chromium.

Missing prerequisites skip these tests with a hint on a laptop, and fail them in CI (`CI=true`).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from tests.e2e.harness import (
    Playground,
    PlaygroundUI,
    Stack,
    chromium_page,
    missing_browser_prerequisites,
    missing_stack_prerequisites,
)


def _unavailable(missing: list[str], enable: str) -> None:
    message = f"missing: {'; '.join(missing)}. To enable: {enable}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"end-to-end prerequisites missing in CI: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The bot (fresh SQLite database, migrated, demo loaded) and the playground on free loopback ports."""
    missing = missing_stack_prerequisites()
    if missing:
        _unavailable(missing, "install Node.js 20+ and run `npm ci` (or `make install`) in the repository root")
    with Stack(workdir=tmp_path_factory.mktemp("e2e")) as running:
        yield running


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def playground(stack: Stack) -> AsyncIterator[Playground]:
    """A client acting as the configured users through the playground's API, reading the bot's replies."""
    async with Playground(stack.playground_url) as client:
        yield client


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser_page(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[PlaygroundUI]:
    """A headless Debian Chromium page with a fresh profile (not yet navigated)."""
    missing = missing_browser_prerequisites()
    if missing:
        _unavailable(missing, "apt-get install chromium and `pip install -e '.[dev]'` (never `playwright install`)")
    async with chromium_page(tmp_path_factory.mktemp("chromium-profile")) as page:
        yield page
