"""The monthly status from several `serve` processes at once on one PostgreSQL database, side by side: each
process limiting itself (AFTALEBOT_SEND_RATE_SCOPE=process, as before) against one rate for the installation
(AFTALEBOT_SEND_RATE_SCOPE=installation, store/send_rate.py).

Run: .venv/bin/python -m bench.broadcast_processes [--agreements 1500] [--processes 3] [--rate 50] [--inject 200]
     [--only installation|process]

Per variant: a fresh PostgreSQL database (AFTALEBOT_TEST_POSTGRES_DSN), seeded and scheduled as in
bench/broadcast.py (2 × agreements recipients, one card each), then `--processes` worker processes, each with
the real JobRunner, limiter, sender and adapter (`build_job_service`, settings as in production except the send
rate and its scope), claim and send the jobs until none is left. One fake Bot Connector on loopback, in this
process, enforces Teams' limits (7/1 s … per conversation, `--app-rps` per app and tenant), answers 429 with
Retry-After beyond them, and also refuses every `--inject`-th request with a 429 on purpose (retries must
recover those).

The cards fall due while the processes are running, as in production, where `serve` has been up for days when the
month's status falls due and every process wakes for it (JobRunner.serve sleeps until the next job is due): each
worker process starts, connects, says it is ready and waits; once all are, they are told to go at the same
moment, and the broadcast lasts from then until the last process has reported that nothing is left. Starting the
three Python interpreters (about 1.5 s on two cores) and ending them are the benchmark's own and are reported
apart (`with_processes_s`). Figures: messages/s per tenant (unique deliveries / that wall time), of the Teams
ceiling, 429s for full windows (beyond the injected ones), lost and duplicates, and where the time went.
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
from bench.common import cpu_seconds, latency_summary, machine, table
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


async def worker(url: str, rate: float, scope: str, name: str, wait: float, epoch: float) -> dict[str, Any]:
    """One `serve` process's job runner: says «ready» once it can send, waits for «go» on stdin, then sends what is
    due until nothing is left. Reports when it was ready and when it ended (wall clock, comparable across
    processes), the shared slots it gave up for waking too late, how long each slot reservation took, and its CPU
    time."""
    engine = create_engine(url)
    adapter = create_adapter(Settings(_env_file=None))
    reserve_seconds: list[float] = []
    try:
        service = build_job_service(bench_settings(rate, scope), TONDER, make_sessionmaker(engine),
                                    BotConnectorSender(adapter, ""), clock=RunningClock(epoch=epoch),
                                    worker_id=name)
        limiter = service.runner.limiter
        shared = getattr(limiter, "_shared", None)
        if shared is not None:
            reserve = shared.reserve

            async def timed(tenant_id: str) -> float:
                began = time.perf_counter()
                try:
                    return await reserve(tenant_id)
                finally:
                    reserve_seconds.append(time.perf_counter() - began)

            shared.reserve = timed
        ready = time.time()
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        stats = await service.runner.run_until_idle(wait)
    finally:
        await adapter.close()
        await engine.dispose()
    late = sum(getattr(limit, "late", 0) for limit in getattr(limiter, "_shared_tenants", {}).values())
    return {"sent": stats.sent, "retried": stats.retried, "given_up": stats.failed, "ready": ready,
            "ended": time.time(), "late_slots": late, "cpu_seconds": cpu_seconds(),
            "reserve": latency_summary(reserve_seconds) if reserve_seconds else None}


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
        spawned, epoch = time.perf_counter(), time.time()  # the processes' clocks: START at this epoch
        children = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench.broadcast_processes", "--worker", url, "--rate", str(rate),
                "--scope", scope, "--name", f"serve-{n}", "--epoch", repr(epoch), stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE)
            for n in range(1, processes + 1)
        ]
        for child in children:
            assert child.stdout is not None
            while (await child.stdout.readline()).strip() != b"ready":
                pass
        began, began_wall, began_monotonic = time.perf_counter(), time.time(), time.monotonic()
        for child in children:  # go
            assert child.stdin is not None
            child.stdin.write(b"go\n")
        await asyncio.gather(*(child.stdin.drain() for child in children if child.stdin is not None))
        workers = []
        for child in children:
            assert child.stdout is not None
            workers.append(json.loads((await child.stdout.readline()).decode()))
        seconds = time.perf_counter() - began
        for child in children:
            await child.wait()
        with_processes = time.perf_counter() - spawned
    finally:
        await connector.close()
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    delivered = connector.unique_deliveries
    first = connector.first_accepted or began_monotonic
    last = connector.last_accepted or first
    interval = 1.0 / app_rps
    gaps = [b - a for a, b in zip(connector.accepted_at, connector.accepted_at[1:], strict=False)]
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
        # where the wall time went (seconds from «go»; readiness before it is negative): until the first message
        # was accepted, between the first and the last accepted, after the last one until the last process ended
        "with_processes_s": with_processes,
        "with_processes_of_ceiling": delivered / with_processes / app_rps,
        "breakdown": {
            "processes_ready_s": [round(w["ready"] - began_wall, 3) for w in workers],
            "to_first_accepted_s": first - began_monotonic,
            "first_to_last_s": last - first,
            "after_last_s": (began_monotonic + seconds) - last,
            "processes_ended_s": [round(w["ended"] - began_wall, 3) for w in workers],
            "gaps_over_2_intervals_s": sum(g for g in gaps if g > 2 * interval),
            # the shortest span holding app_rps + 1 accepted messages: Teams' window of 1 s refuses below 1.0, so
            # what it has above 1.0 is the margin left of the limiter's slack (SLACK, 50 ms)
            "tightest_span_of_ceiling_plus_one_s": min(
                (b - a for a, b in zip(connector.accepted_at, connector.accepted_at[app_rps:], strict=False)),
                default=None),
            "largest_gaps_s": [  # (seconds from «go» to the gap's start, its length)
                (round(connector.accepted_at[i] - began_monotonic, 3), round(gap, 3))
                for gap, i in sorted(((g, i) for i, g in enumerate(gaps)), reverse=True)[:3]],
        },
        "late_slots": [w.get("late_slots") for w in workers],
        "cpu_seconds": [w.get("cpu_seconds") for w in workers],
        "reserve": [w.get("reserve") for w in workers],
    }


ROWS: tuple[tuple[str, str], ...] = (
    ("recipients", "cards scheduled"),
    ("processes", "serve processes"),
    ("send_rate", "AFTALEBOT_SEND_RATE, msg/s"),
    ("seconds", "wall time from «go», s"),
    ("per_tenant_rate", "per tenant, msg/s"),
    ("of_ceiling", "of Teams' 50/s"),
    ("steady_rate", "first→last accepted, msg/s"),
    ("with_processes_s", "incl. starting/ending the processes, s"),
    ("with_processes_of_ceiling", "of 50/s incl. starting/ending"),
    ("late_slots", "slots given up as late"),
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
        if args.only and scope != args.only:
            continue
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
    parser.add_argument("--only", choices=[scope for scope, _ in SCOPES],
                        help="run one variant only (the side-by-side comparison needs both)")
    parser.add_argument("--worker", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--scope", default="installation", help=argparse.SUPPRESS)
    parser.add_argument("--name", default="serve", help=argparse.SUPPRESS)
    parser.add_argument("--epoch", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.worker:
        print(json.dumps(asyncio.run(worker(args.worker, args.rate, args.scope, args.name, 120.0,
                                                 args.epoch or time.time()))), flush=True)
        return
    report = asyncio.run(main_async(args))
    rows = []
    for key, heading in ROWS:
        row: dict[str, Any] = {"figure": heading}
        for name, figures in report["variants"].items():
            value = figures[key]
            row[name] = f"{value:.1%}" if key.endswith("of_ceiling") else value
        rows.append(row)
    print(table(rows, [("figure", "")] + [(name, name) for name in report["variants"]]))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Written to {RESULTS}")


if __name__ == "__main__":
    main()
