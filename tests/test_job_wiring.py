"""Jobs at the edges: `aftalebot run-jobs`, and the background runner inside the web app (cleanup context)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestServer

from agreements.indicators.monthly import JOB_KIND
from bot.commandline.cli import build_parser, main
from bot.composition import Container, job_service_for
from bot.settings import Settings
from bot.web.app import create_app, job_runner_ctx
from store.db import create_engine, make_sessionmaker
from store.jobs import JobStore
from tests.conftest import run_async
from tests.support.cardcheck import assert_valid_cards
from tests.support.fake_connector import FakeConnector
from tests.support.jobs_db import TENANT, seed_agreements

WIRING_NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # `run-jobs` runs on this clock (AFTALEBOT_CLOCK_START)


async def _prepare(url: str, connector_url: str) -> None:
    engine = create_engine(url)
    try:
        reference = {"serviceUrl": connector_url, "channelId": "msteams", "conversation": {"id": "a:1"},
                     "user": {"id": "29:u"}, "bot": {"id": "28:b"}}
        await seed_agreements(engine, 1, reference=reference)
        store = JobStore(make_sessionmaker(engine))
        now = WIRING_NOW
        await store.enqueue(TENANT, JOB_KIND, now - timedelta(minutes=1), "monthly:1:test:1",
                            {"agreement_id": 1, "person_id": 1, "month": "2026-11"})
        await store.enqueue(TENANT, JOB_KIND, now + timedelta(days=1), "monthly:1:test:2",
                            {"agreement_id": 1, "person_id": 2, "month": "2026-11"})
    finally:
        await engine.dispose()


def test_run_jobs_sends_what_is_due_and_exits(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def scenario() -> list[dict[str, object]]:
        connector = FakeConnector()
        await connector.start()
        try:
            await _prepare(database_url, connector.url)
            monkeypatch.setenv("DATABASE_URL", database_url)
            monkeypatch.setenv("AFTALEBOT_CLOCK_START", WIRING_NOW.isoformat())
            code = await asyncio.to_thread(main, ["run-jobs", "--no-schedule", "--wait", "0"])
            assert code == 0
            return list(connector.activities)
        finally:
            await connector.close()

    activities = run_async(scenario())
    assert capsys.readouterr().out.strip() == "Sendt: 1."
    assert len(activities) == 1  # tomorrow's job waits
    card = activities[0]["attachments"][0]["content"]  # type: ignore[index]
    assert_valid_cards(card)  # type: ignore[arg-type]


def test_cli_lists_the_new_commands() -> None:
    help_text = build_parser().format_help()
    assert "import-measurements" in help_text and "run-jobs" in help_text


class RecordingService:
    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.stopped = False

    async def serve(self, stop: asyncio.Event) -> None:
        self.started.set()
        await stop.wait()
        self.stopped = True


async def test_background_runner_starts_with_the_app_and_stops_with_it(database_url: str) -> None:
    service = RecordingService()
    seen: list[Container] = []

    def make(container: Container) -> RecordingService:
        seen.append(container)
        return service

    app = create_app(Settings(DATABASE_URL=database_url), background=[job_runner_ctx(make)])
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    await asyncio.wait_for(service.started.wait(), 5)
    assert seen and seen[0].settings.database_url == database_url
    await server.close()
    assert service.stopped


async def test_the_real_service_runs_inside_the_app(database_url: str) -> None:
    settings = Settings(DATABASE_URL=database_url, AFTALEBOT_JOB_POLL_SECONDS=0.05)
    app = create_app(settings, background=[job_runner_ctx(job_service_for, stop_timeout=5)])
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    await asyncio.sleep(0.3)  # a few empty passes (nothing scheduled: no agreements)
    await asyncio.wait_for(server.close(), 10)
