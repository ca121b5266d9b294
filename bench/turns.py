"""Turn latency and throughput, side by side in one run, against a fake Bot Connector on loopback.

Run: .venv/bin/python -m bench.turns [--levels 1,10,50] [--turns 500] [--no-postgres] [--no-stock]

Variants, each served by its own process (bench/servers.py) while this process generates the load and plays
the Bot Connector:
  aftalebot/sqlite, aftalebot/postgres   the real app with the demo loaded, on the event loop `aftalebot serve`
                                         runs on (uvloop; AFTALEBOT_BENCH_ASYNCIO_LOOP=1: asyncio's), a goal-coach
                                         conversation per user:
                                         «nyt mål» → «2» → a goal statement → six answers → «gem», state loaded
                                         from and saved to the database on every turn
  aftalebot-stock/sqlite                 the same app on botbuilder's stock CloudAdapter (the 'before')
  echo                                   botbuilder 4.17.1's echo bot: stock CloudAdapter + ActivityHandler
  plain                                  plain aiohttp posting one reply (the floor)
Each of `level` conversations is its own user and conversation and sends its turns one after another; a turn's
latency is its HTTP round trip, counted only once the bot's reply has reached the fake connector. All variants
run one concurrency level before the next level starts, so that they are compared under the same conditions.
Also reported: database round trips per turn (counted in the serving process by SQLAlchemy events) and the
serving process's memory (VmRSS sampled from /proc/self/status every 50 ms; VmHWM is the kernel's peak).
Results: a table on stdout and bench/results/turns-<time>.json (and turns-latest.json).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, ClientTimeout, TCPConnector

from bench.common import latency_summary, machine, table, write_result
from bench.fake_connector import BenchConnector

BOT_ID = "28:aftalebot-bench"
BENCH_DAY = date(2026, 11, 24)  # the demo is loaded as of this day, whatever today is
PG_DSN = os.environ.get(
    "AFTALEBOT_BENCH_POSTGRES_DSN",
    os.environ.get("AFTALEBOT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test"),
)
# (what the user says, what the bot's answer must contain); the goal is the one of test_goal_dialog's scenario a.
COACH_SCRIPT: tuple[tuple[str, str], ...] = (
    ("nyt mål", "Hvilken slags mål"),
    ("2", "dine egne ord"),
    ("Vi vil styrke trivslen blandt medarbejderne.", "Hvad vil I måle"),
    ("Andelen af medarbejdere, der oplever stress", "Hvor kommer tallene"),
    ("Trivselsmålingen", "i dag?"),
    ("24 % i 2025", "når målet er nået"),
    ("under 15 %", "Hvornår"),
    ("senest ultimo 2026", "følger I op"),
    ("Vi følger op kvartalsvis i Lokal-MED", "Sådan ser målet ud"),
    ("gem", "gemt som kladde"),
)
WARMUP_USER = 999


@dataclass
class Variant:
    name: str
    server: str
    database: str | None = None  # "sqlite" | "postgres"
    coach: bool = False
    url: str | None = None
    process: asyncio.subprocess.Process | None = None
    port: int = 0
    pid: int = 0
    scratch: str | None = None
    skipped: str | None = None
    results: list[dict[str, Any]] = field(default_factory=list)


# --- the user's side ---------------------------------------------------------------------------------------------


def user_aad(n: int) -> str:
    return f"b0000000-0000-4000-8000-{n:012d}"


def activity(connector_url: str, user: int, text: str, seq: int) -> bytes:
    from agreements.demo import TENANT_ID

    return json.dumps({
        "type": "message",
        "id": f"in-{user}-{seq}",
        "timestamp": "2026-11-24T09:00:00.000Z",
        "serviceUrl": connector_url,
        "channelId": "msteams",
        "from": {"id": f"29:bench-{user}", "name": f"Bench Leder {user}", "aadObjectId": user_aad(user)},
        "recipient": {"id": BOT_ID, "name": "Aftalebot"},
        "conversation": {"id": f"a:bench-{user}", "conversationType": "personal", "tenantId": TENANT_ID},
        "channelData": {"tenant": {"id": TENANT_ID}},
        "locale": "da-DK",
        "text": text,
    }).encode()


class Client:
    def __init__(self, connector: BenchConnector) -> None:
        self.connector = connector
        self.http = ClientSession(connector=TCPConnector(limit=0), timeout=ClientTimeout(total=60))
        self.seq = 0

    async def close(self) -> None:
        await self.http.close()

    async def turn(self, variant: Variant, user: int, text: str) -> float:
        """One turn's latency: POST until the answer and the bot's reply (at the fake connector) are both in."""
        self.seq += 1
        conversation = f"a:bench-{user}"
        before = self.connector.arrived[conversation]
        body = activity(self.connector.url, user, text, self.seq)
        started = time.perf_counter()
        async with self.http.post(
            f"http://127.0.0.1:{variant.port}/api/messages", data=body, headers={"Content-Type": "application/json"}
        ) as response:
            await response.read()
            if response.status not in (200, 201):
                raise RuntimeError(f"{variant.name}: HTTP {response.status} for {text!r}")
        await self.connector.wait_for(conversation, before + 1)
        return time.perf_counter() - started


async def conversation(client: Client, variant: Variant, user: int, rounds: int, latencies: list[float],
                       by_step: dict[str, list[float]] | None = None) -> None:
    for _ in range(rounds):
        if variant.coach:
            for text, _expected in COACH_SCRIPT:
                latency = await client.turn(variant, user, text)
                latencies.append(latency)
                if by_step is not None:
                    by_step.setdefault(text, []).append(latency)
        else:
            for n in range(len(COACH_SCRIPT)):
                latencies.append(await client.turn(variant, user, f"hej {n}"))


async def check_script(client: Client, variant: Variant, connector: BenchConnector) -> None:
    """The coach conversation once, reading the answers: the script must still match what the coach asks."""
    for text, expected in COACH_SCRIPT:
        start = len(connector.texts)
        await client.turn(variant, WARMUP_USER, text)
        said = "\n".join(t for conv, t in connector.texts[start:] if conv == f"a:bench-{WARMUP_USER}")
        if expected not in said:
            raise RuntimeError(f"{variant.name}: after {text!r} expected {expected!r}, the bot said:\n{said}")


# --- databases ---------------------------------------------------------------------------------------------------


async def prepare_database(url: str, users: Sequence[int]) -> None:
    """Migrated, the demo municipality loaded, and one agreement per bench user (each its own unit)."""
    from agreements.demo import GIVER, TENANT_ID
    from agreements.types import Agreement, AgreementLevel, Person, Unit
    from bot.commandline.demo import load_demo
    from bot.settings import Settings
    from store.db import create_engine, make_sessionmaker
    from store.migrate import upgrade_engine
    from store.uow import SqlUnitOfWork

    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
        await load_demo(Settings(DATABASE_URL=url, _env_file=None), today=BENCH_DAY)
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
            assert giver is not None and giver.id is not None
            for n in users:
                holder = await uow.people.add(
                    Person(TENANT_ID, user_aad(n), f"Bench Leder {n}", teams_user_id=f"29:bench-{n}")
                )
                unit = await uow.units.add(Unit(TENANT_ID, f"Bench-enhed {n}", "Børn og Skole"))
                assert holder.id is not None and unit.id is not None
                await uow.agreements.add(
                    Agreement(TENANT_ID, unit.id, BENCH_DAY.year, AgreementLevel.DEPARTMENT, holder.id, giver.id)
                )
            await uow.commit()
    finally:
        await engine.dispose()


async def postgres_admin(sql: str) -> None:
    import asyncpg  # type: ignore[import-untyped]

    connection = await asyncpg.connect(PG_DSN, timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def postgres_url(name: str) -> str:
    base = PG_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    return f"{base}/{name}"


# --- servers -----------------------------------------------------------------------------------------------------


async def start_server(variant: Variant, users: Sequence[int], workdir: Path) -> None:
    args = [variant.server]
    if variant.database == "sqlite":
        variant.url = f"sqlite+aiosqlite:///{workdir / (variant.name.replace('/', '-') + '.db')}"
    elif variant.database == "postgres":
        variant.scratch = f"aftalebot_bench_{uuid.uuid4().hex[:10]}"
        try:
            await postgres_admin(f'CREATE DATABASE "{variant.scratch}"')
        except Exception as error:
            variant.skipped = f"PostgreSQL not reachable at {PG_DSN} ({error.__class__.__name__}: {error})"
            variant.scratch = None
            return
        variant.url = postgres_url(variant.scratch)
    if variant.url:
        await prepare_database(variant.url, users)
        args.append(variant.url)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    # BENCH_SERVER_WRAPPER, e.g. "py-spy record -r 500 -f raw -o srv.txt --", wraps the server for profiling.
    wrapper = os.environ.get("BENCH_SERVER_WRAPPER", "").split()
    variant.process = await asyncio.create_subprocess_exec(
        *wrapper, sys.executable, "-m", "bench.servers", *args,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env,
    )
    assert variant.process.stdout is not None
    while True:
        line = await asyncio.wait_for(variant.process.stdout.readline(), 60)
        if not line:
            raise RuntimeError(f"{variant.name}: the server did not start")
        if line.startswith(b"{"):
            break
    ready = json.loads(line)
    variant.port, variant.pid = ready["port"], ready["pid"]


async def stop_server(variant: Variant) -> None:
    if variant.process is not None:
        assert variant.process.stdin is not None
        variant.process.stdin.close()
        try:
            await asyncio.wait_for(variant.process.wait(), 20)
        except TimeoutError:
            variant.process.terminate()
            await variant.process.wait()
    if variant.scratch:
        await postgres_admin(f'DROP DATABASE IF EXISTS "{variant.scratch}" WITH (FORCE)')


async def server_stats(client: Client, variant: Variant, reset: bool = False) -> dict[str, Any]:
    url = f"http://127.0.0.1:{variant.port}/_bench/{'reset' if reset else 'stats'}"
    async with (client.http.post(url) if reset else client.http.get(url)) as response:
        data: dict[str, Any] = await response.json()
        return data


# --- the run -----------------------------------------------------------------------------------------------------


async def run_level(client: Client, variant: Variant, level: int, turns: int) -> dict[str, Any]:
    rounds = max(1, math.ceil(turns / (level * len(COACH_SCRIPT))))
    before = await server_stats(client, variant)
    await server_stats(client, variant, reset=True)
    latencies: list[float] = []
    by_step: dict[str, list[float]] = {}
    started = time.perf_counter()
    await asyncio.gather(*(conversation(client, variant, user, rounds, latencies, by_step) for user in range(level)))
    elapsed = time.perf_counter() - started
    after = await server_stats(client, variant)
    count = len(latencies)
    db = after.get("db") or {}
    row: dict[str, Any] = {
        "variant": variant.name,
        "concurrency": level,
        "turns": count,
        **latency_summary(latencies),
        "throughput_per_s": count / elapsed,
        "server_cpu_ms_per_turn": 1000 * (after["cpu_s"] - before["cpu_s"]) / count,
        "rss_peak_mb": after["rss_sampled_peak_kb"] / 1024,
        "rss_now_mb": after["rss_kb"] / 1024,
        "hwm_mb": after["hwm_kb"] / 1024,
    }
    if by_step:
        row["by_step"] = {text: {key: round(value, 2) for key, value in latency_summary(values).items()
                                 if key in ("p50_ms", "p99_ms", "max_ms")}
                          for text, values in by_step.items()}
    if db:
        row["db_per_turn"] = {key: round(value / count, 2) for key, value in sorted(db.items())}
        row["db_statements_per_turn"] = db.get("statements", 0) / count
        row["db_commits_per_turn"] = db.get("commit", 0) / count
        row["db_checkouts_per_turn"] = db.get("checkout", 0) / count
        row["db_round_trips_per_turn"] = round_trips(db, after.get("dialect")) / count
    return row


def round_trips(db: dict[str, int], dialect: str | None) -> float:
    """Statements, plus on PostgreSQL what asyncpg sent by text (BEGIN, COMMIT, ROLLBACK, a state update left to
    the commit: bench.servers.DbCounter), on SQLite COMMIT and ROLLBACK (its BEGIN travels with the first statement,
    a state update left to the commit with the COMMIT). (A PostgreSQL connection is pinged only after lying idle:
    none in a run.)"""
    if dialect == "postgresql":
        return float(db.get("statements", 0) + sum(n for key, n in db.items() if key.startswith("pg:")))
    return float(db.get("statements", 0) + db.get("commit", 0) + db.get("rollback", 0))


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    levels = [int(x) for x in args.levels.split(",")]
    users = [*range(max(levels)), WARMUP_USER]
    variants = [Variant("plain", "plain"), Variant("echo (botbuilder)", "echo")]
    variants.append(Variant("aftalebot/sqlite", "aftalebot", "sqlite", coach=True))
    if args.postgres:
        variants.append(Variant("aftalebot/postgres", "aftalebot", "postgres", coach=True))
    if args.stock:
        variants.append(Variant("aftalebot-stock/sqlite", "aftalebot-stock", "sqlite", coach=True))

    if args.only:
        wanted = set(args.only.split(","))
        variants = [v for v in variants if v.name in wanted]
    connector = BenchConnector(record_texts=True)
    await connector.start()
    client = Client(connector)
    workdir = Path(tempfile.mkdtemp(prefix="aftalebot-bench-"))
    info = {"machine": machine(), "levels": levels, "turns_per_level": args.turns,
            "script": [text for text, _ in COACH_SCRIPT]}
    try:
        for variant in variants:
            await start_server(variant, users, workdir)
        for variant in variants:
            if variant.skipped:
                print(f"skipped {variant.name}: {variant.skipped}", file=sys.stderr)
                continue
            # Warm-up (imports, pools, caches), and the coach script checked against what the bot says.
            if variant.coach:
                await check_script(client, variant, connector)
            else:
                for n in range(len(COACH_SCRIPT)):
                    await client.turn(variant, WARMUP_USER, f"hej {n}")
        connector.record_texts = False
        rows: list[dict[str, Any]] = []
        for level in levels:
            for variant in variants:
                if variant.skipped:
                    continue
                row = await run_level(client, variant, level, args.turns)
                variant.results.append(row)
                rows.append(row)
                print(f"  {variant.name:24s} c={level:<3d} p50 {row['p50_ms']:7.2f} ms  "
                      f"{row['throughput_per_s']:7.1f} turns/s", file=sys.stderr)
    finally:
        await client.close()
        for variant in variants:
            await stop_server(variant)
        await connector.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return {**info, "rows": rows, "skipped": {v.name: v.skipped for v in variants if v.skipped},
            "targets": targets(rows)}


def targets(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Aftalebot's coach turn at 10 conversations: p50 at most a third of the echo bot's; memory under 200 MB."""
    def find(name: str, level: int) -> dict[str, Any] | None:
        return next((r for r in rows if r["variant"] == name and r["concurrency"] == level), None)

    echo = find("echo (botbuilder)", 10)
    out: dict[str, Any] = {}
    for name in ("aftalebot/sqlite", "aftalebot/postgres"):
        bot = find(name, 10)
        if echo and bot:
            ratio = bot["p50_ms"] / echo["p50_ms"]
            out[name] = {"p50_ratio_to_echo_at_10": ratio, "p50_target_met": ratio <= 1 / 3}
        peak = max((r["rss_peak_mb"] for r in rows if r["variant"] == name), default=None)
        if peak is not None:
            out.setdefault(name, {})["rss_peak_mb"] = peak
            out[name]["memory_target_met"] = peak < 200
    return out


COLUMNS = [
    ("variant", "variant"),
    ("concurrency", "conv"),
    ("turns", "turns"),
    ("p50_ms", "p50 ms"),
    ("p95_ms", "p95 ms"),
    ("p99_ms", "p99 ms"),
    ("throughput_per_s", "turns/s"),
    ("server_cpu_ms_per_turn", "cpu ms/turn"),
    ("db_round_trips_per_turn", "db trips/turn"),
    ("db_statements_per_turn", "stmts/turn"),
    ("rss_peak_mb", "RSS peak MB"),
]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.turns", description=__doc__.split("\n\n")[0])
    parser.add_argument("--levels", default="1,10,50", help="concurrent conversations, comma-separated")
    parser.add_argument("--turns", type=int, default=500, help="turns per variant and level (rounded up to "
                        "whole coach conversations)")
    parser.add_argument("--no-postgres", dest="postgres", action="store_false")
    parser.add_argument("--no-stock", dest="stock", action="store_false",
                        help="leave out Aftalebot on the stock CloudAdapter")
    parser.add_argument("--only", default="", help="only these variants (comma-separated names)")
    args = parser.parse_args(argv)
    result = asyncio.run(main_async(args))
    rows = sorted(result["rows"], key=lambda r: (r["concurrency"], r["variant"]))
    print(table(rows, COLUMNS))
    for name, verdict in result["targets"].items():
        print(f"{name}: " + ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                      for k, v in verdict.items()))
    for row in rows:
        for text, figures in row.get("by_step", {}).items():
            print(f"  {row['variant']:20s} c={row['concurrency']:<3d} {text[:40]:40s} "
                  + "  ".join(f"{key[:-3]} {value:6.1f}" for key, value in figures.items()))
        if "db_per_turn" in row:
            print(f"db per turn, {row['variant']} c={row['concurrency']}: {row['db_per_turn']}")
    print(f"written: {write_result('turns', result)}")


if __name__ == "__main__":
    main()
