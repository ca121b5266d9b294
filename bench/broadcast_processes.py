"""The monthly status from several `serve` processes at once on one PostgreSQL database, side by side: each
process limiting itself (AFTALEBOT_SEND_RATE_SCOPE=process, as before) against one rate for the installation
(AFTALEBOT_SEND_RATE_SCOPE=installation, store/send_rate.py).

Run: .venv/bin/python -m bench.broadcast_processes [--agreements 1500] [--processes 3] [--rate 50] [--inject 200]

Per variant: a fresh PostgreSQL database (AFTALEBOT_TEST_POSTGRES_DSN), seeded and scheduled as in
bench/broadcast.py (2 × agreements recipients, one card each), then `--processes` worker processes, each with
the real JobRunner, limiter, sender and adapter (`build_job_service`, settings as in production except the send
rate and its scope), claim and send the jobs until none is left. One fake Bot Connector on loopback, in this
process, enforces Teams' limits (7/1 s … per conversation, `--app-rps` per app and tenant), answers 429 with
Retry-After beyond them, and also refuses every `--inject`-th request with a 429 on purpose (retries must
recover those). Figures: messages/s per tenant (unique deliveries / wall time from the workers' start to the
last one's end), of the Teams ceiling, 429s for full windows (beyond the injected ones), lost and duplicates.
JSON in bench/results/broadcast_processes.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from agreements.profiles import TONDER
from bench.broadcast import PG_ADMIN_DSN, TEAMS_APP_RPS, TEAMS_PER_CONVERSATION, RunningClock, _admin, seed
from bench.common import machine, table
from bench.fake_connector import BenchConnector
from bot.scheduled.job_sender import BotConnectorSender
from bot.scheduled.job_service import build_job_service
from bot.settings import Settings
from bot.teams.adapter import create_adapter
from store.db import create_engine, make_sessionmaker
from store.migrate import upgrade_engine

RESULTS = Path(__file__).resolve().parent / "results" / "broadcast_processes.json"
SCOPES = (("process", "per process (before)"), ("installation", "shared in PostgreSQL"))


def bench_settings(rate: float, scope: str) -> Settings:
    return Settings(_env_file=None, AFTALEBOT_SEND_RATE=rate, AFTALEBOT_SEND_RATE_SCOPE=scope)


async def worker(url: str, rate: float, scope: str, name: str, wait: float) -> dict[str, Any]:
    """One `serve` process's job runner: sends what is due until nothing is left."""
    engine = create_engine(url)
    adapter = create_adapter(Settings(_env_file=None))
    try:
        service = build_job_service(bench_settings(rate, scope), TONDER, make_sessionmaker(engine),
                                    BotConnectorSender(adapter, ""), clock=RunningClock(), worker_id=name)
        stats = await service.runner.run_until_idle(wait)
    finally:
        await adapter.close()
        await engine.dispose()
    return {"sent": stats.sent, "retried": stats.retried, "given_up": stats.failed}


async def variant(scope: str, *, agreements: int, processes: int, rate: float, app_rps: int,
                  inject: int) -> dict[str, Any]:
    name = f"aftalebot_bench_{uuid.uuid4().hex[:10]}"
    await _admin(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://") + f"/{name}"
    connector = BenchConnector(per_conversation=TEAMS_PER_CONVERSATION, per_app=((1.0, app_rps),),
                               inject_429_every=inject)
    await connector.start()
    try:
        engine = create_engine(url)
        try:
            await upgrade_engine(engine)
            await seed(engine, agreements, connector.url)
            service = build_job_service(bench_settings(rate, scope), TONDER, make_sessionmaker(engine),
                                        BotConnectorSender(create_adapter(Settings(_env_file=None)), ""),
                                        clock=RunningClock())
            scheduled = (await service.schedule()).enqueued
        finally:
            await engine.dispose()
        began = time.perf_counter()
        children = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench.broadcast_processes", "--worker", url, "--rate", str(rate),
                "--scope", scope, "--name", f"serve-{n}", stdout=asyncio.subprocess.PIPE)
            for n in range(1, processes + 1)
        ]
        outputs = [await child.communicate() for child in children]
        seconds = time.perf_counter() - began
        workers = [json.loads(out.decode().strip().splitlines()[-1]) for out, _ in outputs]
    finally:
        await connector.close()
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    delivered = connector.unique_deliveries
    return {
        "scope": scope,
        "processes": processes,
        "recipients": scheduled,
        "send_rate": rate,
        "seconds": seconds,
        "per_tenant_rate": delivered / seconds,
        "of_ceiling": delivered / seconds / app_rps,
        "steady_rate": (delivered - 1) / ((connector.last_accepted or 0) - (connector.first_accepted or 0) or 1),
        "delivered": delivered,
        "lost": scheduled - delivered,
        "duplicates": connector.duplicates,
        "throttled_429": connector.throttled,
        "throttled_by": dict(connector.throttled_by),
        "injected_429": connector.injected,
        "retried": sum(w["retried"] for w in workers),
        "given_up": sum(w["given_up"] for w in workers),
        "sent_per_process": [w["sent"] for w in workers],
    }


ROWS: tuple[tuple[str, str], ...] = (
    ("recipients", "cards scheduled"),
    ("processes", "serve processes"),
    ("send_rate", "AFTALEBOT_SEND_RATE, msg/s"),
    ("seconds", "wall time, s"),
    ("per_tenant_rate", "per tenant, msg/s"),
    ("of_ceiling", "of Teams' 50/s"),
    ("steady_rate", "first→last accepted, msg/s"),
    ("throttled_429", "429s for full windows"),
    ("injected_429", "429s injected on purpose"),
    ("retried", "retries"),
    ("given_up", "given up"),
    ("lost", "lost"),
    ("duplicates", "duplicates"),
    ("sent_per_process", "sent by each process"),
)


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"machine": machine(), "app_rps": args.app_rps, "variants": {}}
    for scope, heading in SCOPES:
        report["variants"][heading] = await variant(scope, agreements=args.agreements, processes=args.processes,
                                                    rate=args.rate, app_rps=args.app_rps, inject=args.inject)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--agreements", type=int, default=1500, help="agreements; cards = 2 × this")
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--rate", type=float, default=float(TEAMS_APP_RPS), help="AFTALEBOT_SEND_RATE, msg/s")
    parser.add_argument("--app-rps", type=int, default=TEAMS_APP_RPS, help="the fake connector's per-app limit")
    parser.add_argument("--inject", type=int, default=200, help="refuse every n-th request with 429 (0: never)")
    parser.add_argument("--worker", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--scope", default="installation", help=argparse.SUPPRESS)
    parser.add_argument("--name", default="serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.worker:
        print(json.dumps(asyncio.run(worker(args.worker, args.rate, args.scope, args.name, 120.0))))
        return
    report = asyncio.run(main_async(args))
    rows = []
    for key, heading in ROWS:
        row: dict[str, Any] = {"figure": heading}
        for name, figures in report["variants"].items():
            value = figures[key]
            row[name] = f"{value:.1%}" if key == "of_ceiling" else value
        rows.append(row)
    print(table(rows, [("figure", "")] + [(name, name) for name in report["variants"]]))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Written to {RESULTS}")


if __name__ == "__main__":
    main()
