"""The monthly status to 1,000 recipients at the Teams rate ceiling, on PostgreSQL and SQLite, side by side.

Run: .venv/bin/python -m bench.broadcast [--agreements 500] [--rate 50] [--no-postgres]

Per database, a fresh one (a temporary SQLite file; on PostgreSQL a database created for the run through asyncpg,
AFTALEBOT_TEST_POSTGRES_DSN, default postgresql://postgres@127.0.0.1:5432/test, dropped afterwards), migrated
with Alembic and seeded through the store's repositories: `--agreements` agreements for 2026, each with its own
unit, holder and giver (so 2 × agreements recipients, each in their own 1:1 conversation), three goals with one
monthly indicator each and ten months of figures. Then, on a clock that starts at 24 November 2026 09:00 UTC
(after November's status is due) and runs in real time:
- schedule:  the real scheduling code (`schedule_month`, the job service's `schedule`): one job per recipient;
- broadcast: the real `JobRunner` (`run_until_idle`) with the real `MonthlyStatusHandler`, `SendLimiter` and
             `BotConnectorSender` through the app's adapter and connector clients, settings as in production
             except `AFTALEBOT_SEND_RATE` = `--rate` (the ceiling), against a fake Bot Connector on loopback
             (bench/fake_connector.py) that enforces Teams' limits and answers 429 with Retry-After beyond them.
Figures: wall time of the broadcast, achieved rate (unique deliveries / wall time) against the configured
ceiling (target ≥ 90 %), 429s answered, retries, given up, lost (scheduled − delivered unique) and duplicates
(the same content accepted twice in one conversation). A table on stdout; JSON in bench/results/broadcast.json.
The fake connector shares this process with the runner, as the load generator does in bench/turns.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.profiles import TONDER
from agreements.types import Agreement, AgreementLevel, Direction, Goal, GoalKind, Indicator, Measurement, Person, Unit
from bench.common import machine, table
from bench.fake_connector import BenchConnector, Window
from bot.scheduled.job_sender import BotConnectorSender
from bot.scheduled.job_service import build_job_service
from bot.settings import Settings
from bot.teams.adapter import create_adapter
from store.db import create_engine, make_sessionmaker
from store.migrate import upgrade_engine
from store.uow import SqlUnitOfWork

TENANT = "bench-broadcast"
START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # November 2026's status is due (6 Nov) and not yet expired
GOALS = 3  # one monthly indicator each
MONTHS = 10  # January–October 2026
PG_ADMIN_DSN = os.environ.get("AFTALEBOT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
RESULTS = Path(__file__).resolve().parent / "results" / "broadcast.json"

# Teams' limits, from Microsoft's "Rate limiting for bots/agents" page (Per bot per thread limit),
# https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit (ms.date 10/08/2026):
# «Send to conversation» at most 7 operations in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in 3,600 s per bot and
# conversation; «The global limit per app per tenant is 50 Requests Per Second (RPS)» (some earlier versions of
# the page said 30). The page adds that the values are estimates and that a 429 must be retried with back-off.
TEAMS_PER_CONVERSATION: tuple[Window, ...] = ((1.0, 7), (2.0, 8), (30.0, 60), (3600.0, 1800))
TEAMS_APP_RPS = 50
TEAMS_PER_APP: tuple[Window, ...] = ((1.0, TEAMS_APP_RPS),)


class RunningClock:
    """UTC time that starts at `start` and advances in real time (retries fall due as they would in production).
    With `epoch` (a `time.time()` value), `start` is the time at that epoch and the clock follows the machine's
    wall clock: several processes then agree on the time, as production's synchronised clocks do, and a retry one
    process puts off for 1 s is due 1 s later in the others too."""

    def __init__(self, start: datetime = START, *, epoch: float | None = None) -> None:
        self._start = start
        self._epoch = epoch
        self._began = time.monotonic()

    def __call__(self) -> datetime:
        if self._epoch is not None:
            return self._start + timedelta(seconds=time.time() - self._epoch)
        return self._start + timedelta(seconds=time.monotonic() - self._began)


def conversation_reference(service_url: str, who: str) -> dict[str, Any]:
    return {"serviceUrl": service_url, "channelId": "msteams", "conversation": {"id": f"a:bench-{who}",
            "conversationType": "personal", "tenantId": TENANT}, "user": {"id": f"29:{who}"},
            "bot": {"id": "28:aftalebot-bench"}}


async def seed(engine: AsyncEngine, agreements: int, service_url: str) -> None:
    """`agreements` agreements for 2026, each with its own unit, holder and giver, through the repositories."""
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        for n in range(1, agreements + 1):
            holder = await uow.people.add(Person(TENANT, f"holder-{n}", f"Leder {n}",
                                                 conversation_reference=conversation_reference(service_url, f"h{n}")))
            giver = await uow.people.add(Person(TENANT, f"giver-{n}", f"Chef {n}",
                                                conversation_reference=conversation_reference(service_url, f"g{n}")))
            unit = await uow.units.add(Unit(TENANT, f"Enhed {n}", "Børn og Skole"))
            assert unit.id is not None and holder.id is not None and giver.id is not None
            goals = [
                Goal(TENANT, GoalKind.OWN, f"Mål {g} i enhed {n}: sygefraværet skal ned fra 6,1 % til 5,5 %.",
                     position=g, indicators=[Indicator(TENANT, f"syg-{n}-{g}", f"Sygefravær {g}",
                                                       Direction.LOWER_IS_BETTER, "%", baseline=6.1, target=5.5,
                                                       deadline=date(2026, 12, 31))])
                for g in range(1, GOALS + 1)
            ]
            agreement = await uow.agreements.add(
                Agreement(TENANT, unit.id, 2026, AgreementLevel.DEPARTMENT, holder.id, giver.id, goals=goals)
            )
            ids = [i.id for goal in agreement.goals for i in goal.indicators if i.id is not None]
            await uow.measurements.upsert_many([
                Measurement(TENANT, indicator_id, f"2026-{month:02d}", round(6.1 - 0.05 * month - 0.01 * k, 2))
                for k, indicator_id in enumerate(ids) for month in range(1, MONTHS + 1)
            ])
        await uow.commit()


async def broadcast(url: str, *, agreements: int, send_rate: float, connector: BenchConnector,
                    wait: float = 120.0) -> dict[str, Any]:
    """Seeds a migrated, empty database, schedules the month's status and sends it; the figures of the run."""
    engine = create_engine(url)
    adapter = create_adapter(Settings())
    try:
        began = time.perf_counter()
        await seed(engine, agreements, connector.url)
        seed_seconds = time.perf_counter() - began
        service = build_job_service(Settings(AFTALEBOT_SEND_RATE=send_rate), TONDER, make_sessionmaker(engine),
                                    BotConnectorSender(adapter, ""), clock=RunningClock())
        began = time.perf_counter()
        outcome = await service.schedule()
        schedule_seconds = time.perf_counter() - began
        began = time.perf_counter()
        stats = await service.runner.run_until_idle(wait)
        seconds = time.perf_counter() - began
        counts = await service.runner.store.counts(TENANT)
    finally:
        await adapter.close()
        await engine.dispose()
    delivered = connector.unique_deliveries
    spread = (connector.last_accepted or 0.0) - (connector.first_accepted or 0.0)
    return {
        "agreements": agreements,
        "recipients": outcome.enqueued,
        "seed_seconds": seed_seconds,
        "schedule_seconds": schedule_seconds,
        "seconds": seconds,
        "send_rate": send_rate,
        "achieved_rate": delivered / seconds if seconds else 0.0,
        "of_ceiling": delivered / seconds / send_rate if seconds else 0.0,
        # between the first and the last accepted message (no start-up, no final bookkeeping)
        "steady_rate": (delivered - 1) / spread if spread > 0 else None,
        "delivered": delivered,
        "lost": outcome.enqueued - delivered,
        "duplicates": connector.duplicates,
        "throttled_429": connector.throttled,
        "throttled_by": dict(connector.throttled_by),
        "retried": stats.retried,
        "given_up": stats.failed,
        "nothing_to_send": stats.skipped,
        "jobs": {"pending": counts.pending, "done": counts.done, "failed": counts.failed},
    }


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN_DSN, timeout=3)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def run_database(url: str, agreements: int, send_rate: float, app_rps: int) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
    finally:
        await engine.dispose()
    connector = BenchConnector(per_conversation=TEAMS_PER_CONVERSATION, per_app=((1.0, app_rps),))
    await connector.start()
    try:
        return await broadcast(url, agreements=agreements, send_rate=send_rate, connector=connector)
    finally:
        await connector.close()


async def main_async(agreements: int, send_rate: float, app_rps: int, postgres: bool) -> dict[str, Any]:
    report: dict[str, Any] = {
        "machine": machine(),
        "agreements": agreements,
        "indicators_per_agreement": GOALS,
        "send_rate": send_rate,
        "limits": {"per_conversation": TEAMS_PER_CONVERSATION, "per_app": [(1.0, app_rps)]},
        "databases": {},
    }
    if postgres:
        name = f"aftalebot_bench_{uuid.uuid4().hex[:10]}"
        try:
            await _admin(f'CREATE DATABASE "{name}"')
        except (OSError, asyncpg.PostgresError) as error:
            report["databases"]["PostgreSQL"] = {"skipped": f"PostgreSQL not reachable at {PG_ADMIN_DSN}: {error}"}
        else:
            try:
                base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
                report["databases"]["PostgreSQL"] = await run_database(f"{base}/{name}", agreements, send_rate,
                                                                        app_rps)
            finally:
                await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'broadcast.db'}"
        report["databases"]["SQLite"] = await run_database(url, agreements, send_rate, app_rps)
    return report


ROWS: tuple[tuple[str, str], ...] = (
    ("recipients", "recipients (jobs scheduled)"),
    ("schedule_seconds", "schedule, s"),
    ("seconds", "broadcast wall time, s"),
    ("send_rate", "configured ceiling, msg/s"),
    ("achieved_rate", "achieved, msg/s"),
    ("of_ceiling", "achieved / ceiling"),
    ("steady_rate", "first→last accepted, msg/s"),
    ("throttled_429", "429s received"),
    ("retried", "retries"),
    ("given_up", "given up"),
    ("lost", "lost"),
    ("duplicates", "duplicates"),
)


def print_table(report: dict[str, Any]) -> None:
    ran = {name: figures for name, figures in report["databases"].items() if "skipped" not in figures}
    rows = []
    for key, heading in ROWS:
        row: dict[str, Any] = {"figure": heading}
        for name, figures in ran.items():
            value = figures[key]
            row[name] = f"{value:.1%}" if key == "of_ceiling" else value
        rows.append(row)
    print(table(rows, [("figure", "")] + [(name, name) for name in ran]))
    for name, figures in ran.items():
        verdict = "met" if figures["of_ceiling"] >= 0.9 and not figures["lost"] and not figures["duplicates"] else \
            "NOT met"
        print(f"{name}: target (≥ 90 % of the ceiling, none lost, none twice) {verdict}")
    for name, figures in report["databases"].items():
        if "skipped" in figures:
            print(f"{name}: {figures['skipped']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--agreements", type=int, default=500, help="agreements; recipients = 2 × this")
    parser.add_argument("--rate", type=float, default=float(TEAMS_APP_RPS),
                        help="the bot's AFTALEBOT_SEND_RATE (the ceiling), messages/s")
    parser.add_argument("--app-rps", type=int, default=TEAMS_APP_RPS, help="the fake connector's per-app limit")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    report = asyncio.run(main_async(args.agreements, args.rate, args.app_rps, not args.no_postgres))
    print_table(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Written to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
