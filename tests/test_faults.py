"""Faults injected into the running system: the database going away mid-turn (a TCP proxy in front of PostgreSQL
is cut at a chosen statement), a job runner stopped mid-batch, two `aftalebot serve` processes on one database,
and two people changing one agreement at the same moment."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.clock import COPENHAGEN
from agreements.demo import GIVER, TENANT_ID
from agreements.profiles import TONDER
from bot.commandline.demo import load_demo
from bot.scheduled.job_service import build_job_service
from bot.settings import Settings
from bot.teams import texts
from store.db import create_engine, make_sessionmaker
from store.jobs import JobStore
from store.models import AuditEventRow, GoalRow, MeasurementRow, ScheduledJobRow
from store.uow import SqlUnitOfWork
from tests.conftest import _truncate, run_async
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.jobs_db import FakeClock, seed_agreements
from tests.support.running_bot import RunningBot, converse, dev_settings
from tests.support.tcp_proxy import TcpProxy

REPO = Path(__file__).resolve().parents[1]
STATEMENT = "Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026, målt i LIS og fulgt månedligt i Lokal-MED."


async def count(engine: AsyncEngine, model: Any) -> int:
    async with make_sessionmaker(engine)() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


def through(url: str, proxy: TcpProxy) -> str:
    """The same database, reached through the proxy, in plain text (so the proxy can see the SQL)."""
    parsed = make_url(url)
    return parsed.set(host=proxy.host, port=proxy.port).update_query_dict(
        {"ssl": "disable", "prepared_statement_cache_size": "0"}  # every statement's SQL on the wire
    ).render_as_string(
        hide_password=False
    )


@pytest.fixture
def pg_url(postgres_url: str) -> str:
    run_async(_truncate(postgres_url))
    return postgres_url


@pytest.fixture
async def proxy(pg_url: str) -> AsyncIterator[TcpProxy]:
    target = make_url(pg_url)
    tcp = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await tcp.start()
    yield tcp
    await tcp.close()


@pytest.fixture
async def direct(pg_url: str) -> AsyncIterator[AsyncEngine]:
    """The database as the test sees it, not through the proxy."""
    engine = create_engine(pg_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def proxied_bot(pg_url: str, proxy: TcpProxy) -> AsyncIterator[RunningBot]:
    await load_demo(dev_settings(pg_url), today=date(2026, 11, 24))
    running = RunningBot(dev_settings(through(pg_url, proxy)))
    await running.start()
    yield running
    if running.server is not None and running.server.runner is not None:
        await running.stop()


# ------------------------------------------------------------------------------ the database goes away


async def test_database_cut_mid_save_gives_a_danish_message_no_partial_write_and_recovers(
    proxied_bot: RunningBot, connector: FakeConnector, proxy: TcpProxy, direct: AsyncEngine
) -> None:
    bot = proxied_bot
    await converse(bot, connector, "nyt mål")
    await converse(bot, connector, "2")
    await converse(bot, connector, STATEMENT)
    assert "Dit mål" in text_of(connector.activities[-2])
    goals, audits = await count(direct, GoalRow), await count(direct, AuditEventRow)

    # «gem»: the goal row is inserted, then the connection dies as the audit event is sent (before COMMIT).
    proxy.cut_when(b"INSERT INTO audit_event")
    answer = await converse(bot, connector, "gem")
    assert proxy.tripped.is_set()
    assert answer == texts.ERROR  # friendly, Danish, no internals
    assert (await count(direct, GoalRow), await count(direct, AuditEventRow)) == (goals, audits)

    # While the database is away every turn gets the same friendly answer, and /healthz says so.
    assert await converse(bot, connector, "gem") == texts.ERROR
    assert bot.server is not None
    async with ClientSession() as http, http.get(str(bot.server.make_url("/healthz"))) as health:
        assert health.status == 503

    # It comes back: the same bot, no restart, picks up where the user was (the statement was not lost).
    await proxy.restore()
    assert "gemt som kladde" in await converse(bot, connector, "gem")
    assert await count(direct, GoalRow) == goals + 1
    async with make_sessionmaker(direct)() as session:
        saved = await session.scalar(select(func.count()).select_from(GoalRow).where(GoalRow.statement == STATEMENT))
    assert saved == 1
    assert proxy.cuts == 1


async def test_database_cut_during_the_first_step_of_a_conversation_loses_nothing_typed_before(
    proxied_bot: RunningBot, connector: FakeConnector, proxy: TcpProxy
) -> None:
    """The cut lands as the conversation state is written: the user's previous answers are still there."""
    bot = proxied_bot
    await converse(bot, connector, "nyt mål")
    await converse(bot, connector, "2")
    proxy.cut_when(b"UPDATE bot_state")
    before = len(connector.activities)
    await bot.post(make_activity(connector.url, text=STATEMENT))
    await connector.wait_for(lambda a: text_of(a) == texts.ERROR, after=before)  # the user is told
    assert proxy.tripped.is_set()
    await proxy.restore()
    # The statement turn never saved, so the coach still waits for the statement — and takes it now.
    await converse(bot, connector, STATEMENT)
    assert "Dit mål" in text_of(connector.activities[-2])
    assert "gemt som kladde" in await converse(bot, connector, "gem")


async def test_database_cut_mid_import_is_503_all_or_nothing_and_recovers(
    pg_url: str, proxy: TcpProxy, direct: AsyncEngine
) -> None:
    from tests.support.measurement_db import LIS_KEY, seed

    await seed(direct)
    settings = Settings(DATABASE_URL=through(pg_url, proxy), AFTALEBOT_IMPORT_TOKENS=f"{TENANT_ID}:fault-token")
    from bot.web.app import create_app

    server = TestServer(create_app(settings), host="127.0.0.1")
    await server.start_server()
    rows = "\n".join(f"{LIS_KEY};2025-{month:02d};{10 + month},5" for month in range(1, 13))
    body = f"indikator;periode;værdi\n{rows}\n".encode()
    headers = {"Authorization": "Bearer fault-token", "Content-Type": "text/csv"}
    try:
        before = await count(direct, MeasurementRow)
        proxy.cut_when(b"INSERT INTO audit_event")  # after the measurement rows were sent
        async with ClientSession() as http, http.post(
            str(server.make_url("/api/measurements")), data=body, headers=headers
        ) as response:
            status, answer = response.status, await response.json()
        assert proxy.tripped.is_set()
        assert status == 503, answer
        assert "databasen" in answer["message"].lower() and "Traceback" not in str(answer)
        assert await count(direct, MeasurementRow) == before
        async with ClientSession() as http, http.post(  # still away: refused connections, the same answer
            str(server.make_url("/api/measurements")), data=body, headers=headers
        ) as response:
            assert response.status == 503 and response.headers["Retry-After"] == "30"

        await proxy.restore()
        async with ClientSession() as http, http.post(
            str(server.make_url("/api/measurements")), data=body, headers=headers
        ) as response:
            assert response.status == 200, await response.text()
        assert await count(direct, MeasurementRow) == before + 12
    finally:
        await server.close()


# ------------------------------------------------------------------------------ jobs: a restart mid-batch


def reference(url: str) -> dict[str, Any]:
    return {"serviceUrl": url, "channelId": "msteams", "conversation": {"id": "a:personal-jobs"},
            "user": {"id": "29:user"}, "bot": {"id": "28:aftalebot"}}


class DyingConnector:
    """A Bot Connector that accepts sends, except that the `die_on`-th request calls `kill` (the runner's
    process dies while that request is in flight) and is never answered, so it was not delivered."""

    def __init__(self) -> None:
        self.attempts = 0
        self.accepted: list[dict[str, Any]] = []
        self.die_on: int | None = None
        self.kill: Any = None
        self.release = asyncio.Event()
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._post)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._post)
        self.server = TestServer(app, host="127.0.0.1")

    @property
    def url(self) -> str:
        return str(self.server.make_url("")).rstrip("/") + "/"

    async def _post(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.attempts += 1
        if self.attempts == self.die_on and self.kill is not None:
            self.kill()
            await self.release.wait()
            return web.json_response({"error": "gone"}, status=503)
        self.accepted.append(body)
        return web.json_response({"id": f"activity-{len(self.accepted)}"}, status=201)


def delivered(activities: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    """(unit line, role line) of each monthly card: one per job."""
    cards = [a["attachments"][0]["content"]["body"] for a in activities]
    return Counter((body[1]["text"], body[2]["text"]) for body in cards)


async def test_a_runner_killed_with_a_send_in_flight_resumes_without_duplicates_at_the_connector(
    database_url: str,
) -> None:
    """Over real HTTP with the app's sender: the job whose request died with the runner is sent again, once; the
    jobs the dead runner had leased wait for its lease to run out and are then sent by the new runner, once."""
    from bot.scheduled.job_sender import BotConnectorSender
    from bot.teams.adapter import create_adapter

    agreements = 12  # 24 jobs; the first runner claims a batch of 20
    connector = DyingConnector()
    await connector.server.start_server()
    engines = [create_engine(database_url) for _ in range(2)]
    adapters = [create_adapter(Settings()) for _ in range(2)]
    try:
        await seed_agreements(engines[0], agreements, reference=reference(connector.url))
        clock = FakeClock()
        services = [
            build_job_service(Settings(AFTALEBOT_JOB_CONCURRENCY=1), TONDER, make_sessionmaker(engine),
                              BotConnectorSender(adapter, ""), clock=clock, sleep=clock.sleep, worker_id=name)
            for engine, adapter, name in zip(engines, adapters, ("before-restart", "after-restart"), strict=True)
        ]
        first, second = services
        await first.schedule()
        task = asyncio.create_task(first.runner.run_due())
        connector.die_on, connector.kill = 4, task.cancel
        with pytest.raises(asyncio.CancelledError):
            await task
        assert len(connector.accepted) == 3

        resumed = await second.runner.run_due()  # the jobs nobody holds
        assert resumed.sent == 2 * agreements - 20
        clock.advance(first.runner.lock_for.total_seconds() + 1)  # the dead runner's leases run out
        resumed = await second.runner.run_due()
        assert resumed.sent == 17  # 20 claimed − 3 sent, including the one in flight when it died
        counts = delivered(connector.accepted)
        assert len(counts) == 2 * agreements and set(counts.values()) == {1}
        store_counts = await second.runner.store.counts()
        assert (store_counts.pending, store_counts.done, store_counts.failed) == (0, 2 * agreements, 0)
    finally:
        connector.release.set()
        for adapter in adapters:
            await adapter.close()
        for engine in engines:
            await engine.dispose()
        await connector.server.close()


# ------------------------------------------------------------------------------ two `aftalebot serve` processes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ServeProcess:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


# The serve processes' clock: 10 s before November's status cards fall due (the profile's 5th working day,
# Friday 6 November 2026, at 08:00 in Copenhagen), whatever today's date is.
SERVE_CLOCK_START = datetime(2026, 11, 6, 7, 59, 50, tzinfo=COPENHAGEN)
NOVEMBER_STATUS_DUE = datetime(2026, 11, 6, 8, 0, tzinfo=COPENHAGEN)


def start_serve(database_url: str, workdir: Path, name: str, clock_start: datetime = SERVE_CLOCK_START) -> ServeProcess:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AFTALEBOT_", "Microsoft"))}
    env.update({
        "DATABASE_URL": database_url, "AFTALEBOT_ENV": "development", "AFTALEBOT_JOB_POLL_SECONDS": "0.2",
        "AFTALEBOT_CLOCK_START": clock_start.isoformat(), "PYTHONPATH": str(REPO),
    })
    log = workdir / f"{name}.log"
    cli = REPO / ".venv" / "bin" / "aftalebot"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "bot"]
    with log.open("wb") as out:
        process = subprocess.Popen([*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
                                   env=env, cwd=workdir, stdout=out, stderr=subprocess.STDOUT)
    return ServeProcess(process, port, log)


async def wait_healthy(server: ServeProcess, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    async with ClientSession() as http:
        while time.monotonic() < deadline:
            assert server.process.poll() is None, server.log.read_text(errors="replace")
            try:
                async with http.get(f"http://127.0.0.1:{server.port}/healthz") as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"serve did not start: {server.log.read_text(errors='replace')}")


@pytest.fixture
def serve_processes(tmp_path: Path) -> Iterator[list[ServeProcess]]:
    started: list[ServeProcess] = []
    yield started
    for server in started:
        server.stop()


async def test_serve_schedules_and_sends_as_of_its_configured_clock(
    pg_url: str, direct: AsyncEngine, tmp_path: Path, serve_processes: list[ServeProcess]
) -> None:
    """A `serve` started on a test's clock schedules that month's status, not the real month's, and sends it when
    that clock reaches the due time. (Before the clock was a setting, `serve` scheduled by today's date: in December
    its own December jobs took the keys the test used for its jobs, and the test waited for cards never due.)"""
    connector = FakeConnector()
    await connector.start()
    try:
        await seed_agreements(direct, 1, reference=reference(connector.url))
        serve_processes.append(start_serve(pg_url, tmp_path, "serve"))
        await wait_healthy(serve_processes[0])
        store = JobStore(make_sessionmaker(direct))
        deadline = time.monotonic() + 30
        while (job := await store.get("monthly:1:2026-11:1")) is None and time.monotonic() < deadline:
            await asyncio.sleep(0.1)  # the first scheduling pass runs once serve is up
        assert job is not None, "serve did not schedule November's status card"
        assert job.due_at == NOVEMBER_STATUS_DUE
        deadline = time.monotonic() + 40
        while (await store.counts()).done < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        assert (await store.counts()).done == 2  # holder and giver, each once
        async with make_sessionmaker(direct)() as session:
            keys = set(await session.scalars(select(ScheduledJobRow.idempotency_key)))
        assert keys == {"monthly:1:2026-11:1", "monthly:1:2026-11:2"}  # nothing scheduled for the real month
        assert len(delivered(connector.activities)) == 2
    finally:
        for server in serve_processes:
            server.stop()
        await connector.close()


async def test_two_serve_processes_on_one_postgresql_send_each_card_once(
    pg_url: str, direct: AsyncEngine, tmp_path: Path, serve_processes: list[ServeProcess]
) -> None:
    agreements = 20
    connector = FakeConnector()
    await connector.start()
    try:
        await seed_agreements(direct, agreements, reference=reference(connector.url))
        for name in ("serve-a", "serve-b"):
            serve_processes.append(start_serve(pg_url, tmp_path, name))
        await asyncio.gather(*(wait_healthy(s) for s in serve_processes))
        # Both schedule November's cards for holder 2n−1 and giver 2n of agreement n on start (idempotently), and
        # both are polling when the cards fall due at one moment, so both wake for them together.
        store = JobStore(make_sessionmaker(direct))
        expected = 2 * agreements
        deadline = time.monotonic() + 60
        while (await store.counts()).done < expected and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # several more polls by both processes: nothing more may arrive
        counts = await store.counts()
        assert (counts.pending, counts.done, counts.failed) == (0, expected, 0)
        cards = delivered(connector.activities)
        assert len(cards) == expected and set(cards.values()) == {1}, cards
        assert len(connector.activities) == expected
        async with make_sessionmaker(direct)() as session:
            errors = set(await session.scalars(select(ScheduledJobRow.last_error)))
        assert errors == {None}  # no job was retried, refused or lost on the way
        for server in serve_processes:
            assert server.process.poll() is None  # both still running
        # Each process's own account of what it sent adds up to the same total.
        sent = {s.log.name: sum(int(m) for m in re.findall(r"jobs: (\d+) sent", s.log.read_text())) for s in
                serve_processes}
        print(f"sent per process: {sent}")
        assert sum(sent.values()) == expected
    finally:
        for server in serve_processes:
            server.stop()
        await connector.close()


# ------------------------------------------------------------------------------ two people, one agreement


COMMENT = "Tilføj et mål om elevernes trivsel, tak."
ECONOMY = "Budgettet for 2026 er 41,2 mio. kr.; merforbruget på specialundervisning skal ned med 1 mio. kr."


async def agreement_state(url: str) -> tuple[str, int, str, list[tuple[int, str | None, str | None]]]:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            agreement = await uow.agreements.get(TENANT_ID, 1)
            assert agreement is not None and agreement.id is not None
            versions = await uow.agreements.versions(TENANT_ID, agreement.id)
    finally:
        await engine.dispose()
    decisions = [(v.version, v.decision.value if v.decision else None, v.decision_comment) for v in versions]
    return agreement.status.value, agreement.version, agreement.economy, decisions


def request_changes(connector_url: str) -> dict[str, Any]:
    data = {"verb": "agreement.request_changes", "agreement": 1, "version": 1, "comment": COMMENT}
    return make_activity(connector_url, user=GIVER, type="invoke", name="adaptiveCard/action",
                         value={"action": {"type": "Action.Execute", "verb": data["verb"], "data": data}})


@pytest.fixture
async def submitted(bot: RunningBot, connector: FakeConnector) -> RunningBot:
    """The demo agreement sent to the giver (version 1), and the holder half-way through «ret økonomi»."""
    await converse(bot, connector, "hej", user=GIVER)  # the giver has opened the bot
    before = len(connector.activities)
    await bot.post(make_activity(connector.url, text="send til godkendelse"))
    await connector.wait_for(lambda a: "Aftalen er sendt til" in text_of(a), after=before)
    await converse(bot, connector, "ret økonomi")  # the bot shows the text and waits for the new one
    return bot


def interleave(monkeypatch: pytest.MonkeyPatch, first: Any) -> list[bool]:
    """The next conditional status change waits until `first()` (the other person's whole turn) has run: both
    read the agreement as it was, and the other commits first."""
    from store.repositories import SqlAgreementRepository

    original = SqlAgreementRepository.transition
    fired: list[bool] = []

    async def transition(self: Any, *args: Any, **kwargs: Any) -> bool:
        if not fired:
            fired.append(True)
            await first()
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(SqlAgreementRepository, "transition", transition)
    return fired


async def test_holder_saves_while_the_giver_asks_for_changes_and_the_giver_is_told_with_the_comment_kept(
    submitted: RunningBot, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = submitted
    holder_turn = make_activity(connector.url, text=ECONOMY)
    interleave(monkeypatch, lambda: bot.post(holder_turn))  # the holder's save lands first
    before = len(connector.activities)
    response = await bot.post(request_changes(connector.url))
    answer = await response.json()  # type: ignore[attr-defined]
    status, version, economy, decisions = await agreement_state(bot.settings.database_url)
    assert (status, version, economy) == ("draft", 2, ECONOMY)  # the holder won: a new draft version
    assert decisions == [(1, None, None)]  # the giver's decision was not recorded on a withdrawn version
    said = "\n".join([str(answer), *(text_of(a) for a in connector.activities[before:])])
    assert "ændret" in said  # told, in Danish, why
    assert COMMENT in said  # and nothing they typed is lost


async def test_giver_asks_for_changes_while_the_holder_saves_and_the_holders_text_is_kept(
    submitted: RunningBot, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = submitted
    interleave(monkeypatch, lambda: bot.post(request_changes(connector.url)))  # the giver's decision lands first
    before = len(connector.activities)
    await bot.post(make_activity(connector.url, text=ECONOMY))
    answer = "\n".join(text_of(a) for a in connector.activities[before:])
    status, version, economy, decisions = await agreement_state(bot.settings.database_url)
    assert decisions == [(1, "changes_requested", COMMENT)]  # the giver won
    assert economy == ECONOMY  # and the holder's text is saved too, on the agreement sent back to them
    # Sent back to the holder, whose change starts the next version (the version the giver decided on stays as
    # they saw it, so it can be sent again).
    assert (status, version) == ("draft", 2)
    assert "Økonomi er opdateret" in answer and "galt" not in answer  # told it is saved
    assert "beder om ændringer" in answer  # and told what the giver decided
