"""Operations: JSON log lines with a correlation id and without secrets or what users wrote; /metrics in the
Prometheus text format after a turn and after jobs; /healthz telling the database and the job runner apart."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import socket
from collections.abc import AsyncIterator, Collection, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from agreements.clock import RunningClock
from agreements.types import Person
from bot.composition import Container
from bot.logging_setup import Redactor, configure_logging, correlation
from bot.scheduled.job_service import JobService
from bot.scheduled.jobs import Delivery, JobRunner, SendError
from bot.scheduled.rate_limit import SendLimiter
from bot.settings import Settings
from bot.web.app import create_app, job_runner_ctx
from bot.web.metrics import Metrics, WaitCounter
from store.db import create_engine, make_sessionmaker
from store.jobs import Job, JobStore
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector
from tests.support.running_bot import RunningBot, bot, connector

__all__ = ["bot", "connector"]  # fixtures

APP_PASSWORD = "Zq8~app-password-never-logged"
IMPORT_TOKEN = "lis-import-token-never-logged"
USER_TEXT = "Jonas er sygemeldt til marts og budgettet er presset"
TENANT = "tenant-ops"
OPS_NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # the job runners' clock in these tests


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """The production log set-up (JSON lines) writing to a buffer; the root logger is restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    production = Settings(AFTALEBOT_ENV="production", MicrosoftAppPassword=APP_PASSWORD,
                          AFTALEBOT_IMPORT_TOKENS=f"{TENANT}:{IMPORT_TOKEN}")
    configure_logging(production, stream=stream)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved_handlers:
            root.addHandler(handler)
        root.setLevel(saved_level)


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


async def get(server: TestServer, path: str) -> tuple[int, str]:
    async with ClientSession() as http, http.get(str(server.make_url(path))) as response:
        return response.status, await response.text()


def sample(text: str, name: str) -> float | None:
    """The value of one sample (name with labels, exactly) in Prometheus text."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split(" ")[1])
    return None


# ---------------------------------------------------------------- logs


async def test_a_turn_logs_one_json_line_with_its_correlation_id_and_no_text_or_secret(
    bot: RunningBot, connector: FakeConnector, json_log: io.StringIO
) -> None:
    activity = make_activity(connector.url, text=USER_TEXT, id="f:activity-4711")
    response = await bot.post(activity)
    assert response.status in (200, 201)
    await connector.wait_for(lambda a: a.get("type") == "message")
    logging.getLogger("aftalebot.test").warning("token %s and password %s", f"{TENANT}:{IMPORT_TOKEN}", APP_PASSWORD)

    records = lines(json_log)
    turn = [r for r in records if r["message"].startswith("turn message")]
    assert len(turn) == 1
    assert turn[0]["correlation_id"] == "f:activity-4711"
    assert turn[0]["level"] == "INFO" and turn[0]["logger"] == "bot.web.app"
    assert re.fullmatch(r"turn message: 20[01] in \d+ ms", turn[0]["message"])
    assert {"time", "level", "logger", "message", "correlation_id"} <= set(turn[0])
    [redacted] = [r for r in records if r["logger"] == "aftalebot.test"]
    assert redacted["message"] == "token *** and password ***" and redacted["correlation_id"] == "-"
    whole = json_log.getvalue()
    for secret in (APP_PASSWORD, IMPORT_TOKEN, USER_TEXT, "sygemeldt"):
        assert secret not in whole


def test_a_correlation_id_holds_for_its_block_only_and_redaction_covers_tokens() -> None:
    with correlation("in-1") as outer:
        with correlation(None) as inner:
            assert re.fullmatch(r"[0-9a-f]{32}", inner)
        assert outer == "in-1"
    with correlation("bad\nid <script>") as cleaned:
        assert cleaned == "badidscript"
    redact = Redactor(["hemmelig-kode"])
    assert redact("Authorization: Bearer abc.def.ghi-123456") == "Authorization: Bearer ***"
    assert redact("kode hemmelig-kode og eyJhbGciOi.eyJzdWIiOiIx.c2ln") == "kode *** og ***"


async def test_a_job_run_logs_under_its_own_correlation_id(database_url: str, json_log: io.StringIO) -> None:
    engine = create_engine(database_url)
    try:
        store = JobStore(make_sessionmaker(engine))
        await store.enqueue(TENANT, "ops", OPS_NOW - timedelta(minutes=1), "ops:log", {"person_id": 1})
        runner = JobRunner(store=store, handlers={"ops": OpsHandler()}, send=Outbox(refuse_permanently={1}),
                           clock=lambda: OPS_NOW)
        await runner.run_due()
    finally:
        await engine.dispose()
    [given_up] = [r for r in lines(json_log) if "given up" in r["message"]]
    assert re.fullmatch(r"job-\d+\.\d+", given_up["correlation_id"])


# ---------------------------------------------------------------- metrics and health


async def test_metrics_count_turns_and_their_latency(bot: RunningBot, connector: FakeConnector) -> None:
    assert bot.server is not None
    before = len(connector.activities)
    response = await bot.post(make_activity(connector.url, text="hjælp"))
    assert response.status in (200, 201)
    await connector.wait_for(lambda a: a.get("type") == "message", after=before)
    status, text = await get(bot.server, "/metrics")
    assert status == 200
    assert sample(text, 'aftalebot_turns_total{type="message"}') == 1
    assert sample(text, "aftalebot_turn_duration_seconds_count") == 1
    assert sample(text, 'aftalebot_turn_duration_seconds_bucket{le="+Inf"}') == 1
    assert sample(text, 'aftalebot_errors_total{where="turn"}') == 0
    assert "# TYPE aftalebot_turn_duration_seconds histogram" in text
    # Every sample line is `name{labels} number`.
    for line in text.splitlines():
        assert line.startswith("#") or re.fullmatch(r'[a-z_]+(\{[a-z]+="[^"]*"\})? [0-9.e+-]+|.*\+Inf"\} \d+', line)


class OpsHandler:
    async def prepare(self, job: Job, now: Any) -> Delivery | None:
        person_id = int(job.payload["person_id"])
        return Delivery(Person(tenant_id=job.tenant_id, aad_object_id=f"aad-{person_id}", name="x", id=person_id),
                        {"type": "AdaptiveCard"})


class Outbox:
    def __init__(self, *, refuse_permanently: Collection[int] = (), busy: Collection[int] = ()) -> None:
        self.sent: list[int] = []
        self._refuse = refuse_permanently
        self._busy = busy

    async def __call__(self, person: Person, card: dict[str, Any]) -> None:
        if person.id in self._refuse:
            raise SendError("403 Forbidden", retryable=False, status=403)
        if person.id in self._busy:
            raise SendError("429 Too Many Requests", retryable=True, status=429)
        self.sent.append(person.id or 0)


async def test_metrics_count_jobs_sent_retried_failed_and_rate_limit_waits(database_url: str) -> None:
    engine = create_engine(database_url)
    store = JobStore(make_sessionmaker(engine))
    due = OPS_NOW - timedelta(minutes=1)
    for key, person_id in (("ops:a", 1), ("ops:b", 1), ("ops:busy", 2), ("ops:gone", 3)):
        await store.enqueue(TENANT, "ops", due, key, {"person_id": person_id})
    await engine.dispose()
    outbox = Outbox(refuse_permanently={3}, busy={2})

    def make(container: Container) -> JobService:
        waits = WaitCounter(asyncio.sleep)
        runner = JobRunner(store=JobStore(container.sessionmaker), handlers={"ops": OpsHandler()}, send=outbox,
                           limiter=SendLimiter(tenant_rate=1000, conversation_rate=1, sleep=waits),
                           clock=RunningClock(OPS_NOW))
        return JobService(runner=runner, schedule=nothing, poll=0.05, rate_limit_waits=waits)

    app = create_app(Settings(DATABASE_URL=database_url), background=[job_runner_ctx(make, stop_timeout=5)])
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        text = ""
        for _ in range(100):  # the runner works in the background; the two sends to person 1 are a second apart
            text = (await get(server, "/metrics"))[1]
            if sample(text, 'aftalebot_jobs_total{outcome="sent"}') == 2:
                break
            await asyncio.sleep(0.1)
        status, health = await get(server, "/healthz")
    finally:
        await server.close()
    assert outbox.sent == [1, 1]
    assert sample(text, 'aftalebot_jobs_total{outcome="sent"}') == 2
    assert (sample(text, 'aftalebot_jobs_total{outcome="retried"}') or 0) >= 1  # 429: tried again later
    assert sample(text, 'aftalebot_jobs_total{outcome="failed"}') == 1
    assert (sample(text, "aftalebot_rate_limit_waits_total") or 0) >= 1
    assert (sample(text, "aftalebot_rate_limit_wait_seconds_total") or 0) > 0
    assert sample(text, "aftalebot_job_runner_last_pass_age_seconds") is not None
    assert status == 200 and json.loads(health) == {"status": "ok", "database": "ok", "jobs": "ok"}


async def nothing() -> Any:
    return None


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def unreachable_database_app() -> AsyncIterator[TestServer]:
    settings = Settings(DATABASE_URL=f"postgresql+asyncpg://postgres@127.0.0.1:{closed_port()}/test")
    server = TestServer(create_app(settings), host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


async def test_healthz_reports_the_database_down_with_503(unreachable_database_app: TestServer) -> None:
    status, body = await get(unreachable_database_app, "/healthz")
    assert status == 503
    assert json.loads(body) == {"status": "unavailable", "database": "down", "jobs": "off"}


async def test_healthz_is_ok_without_a_job_runner_and_says_it_is_off(bot: RunningBot) -> None:
    assert bot.server is not None
    status, body = await get(bot.server, "/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok", "database": "ok", "jobs": "off"}


def test_a_job_runner_without_a_pass_for_too_long_is_stalled() -> None:
    now = [1000.0]
    metrics = Metrics(monotonic=lambda: now[0], stall_after=180)
    assert metrics.jobs_health() == "off"
    metrics.job_runner_started()
    assert metrics.jobs_health() == "ok"  # the first pass is under way
    metrics.job_pass()
    now[0] += 180
    assert metrics.jobs_health() == "ok"
    now[0] += 1
    assert metrics.jobs_health() == "stalled"
    metrics.job_pass()
    assert metrics.jobs_health() == "ok"
    metrics.job_runner_stopped()  # the task ended while the app runs
    assert metrics.jobs_health() == "stalled"
