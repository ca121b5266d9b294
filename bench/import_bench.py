"""Importing 100,000 measurements through the service, against a raw SQLAlchemy Core bulk insert of the same rows,
on SQLite and PostgreSQL, side by side.

Run: .venv/bin/python -m bench.import_bench [--rows 100000] [--repeat 2]

Each database is a scratch one: a temporary SQLite file, and on PostgreSQL a database created for the run through
asyncpg (AFTALEBOT_TEST_POSTGRES_DSN, default postgresql://postgres@127.0.0.1:5432/test) and dropped afterwards.
Both are migrated with Alembic, and hold 5,000 indicators of one tenant (20 months each → 100,000 rows).

Steps, each timed from an empty `measurement` table unless said otherwise (best of --repeat):
- parse:            the CSV parser on the same rows (no database; once);
- service, new:     `import_measurements` (resolve keys, check frequencies, compare, write, audit; one commit);
- service, again:   the same rows again: all unchanged, nothing written;
- service, changed: every value different: 100,000 upserts;
- core insert:      `insert(measurement)` executemany of the same rows in one transaction (no checks, no upsert).
Writes the figures to bench/results/import.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import delete, insert
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.indicators.measurement_import import ImportResult, parse_csv
from agreements.indicators.measurements import import_measurements
from store.db import create_engine, make_sessionmaker
from store.migrate import upgrade_engine
from store.models import AuditEventRow, IndicatorRow, MeasurementRow
from store.uow import SqlUnitOfWork

TENANT = "bench-tenant"
MONTHS = [f"{2025 + (m // 12)}-{m % 12 + 1:02d}" for m in range(20)]  # 2025-01 … 2026-08
PG_ADMIN_DSN = os.environ.get("AFTALEBOT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
RESULTS = Path(__file__).resolve().parent / "results" / "import.json"


def make_csv(rows: int, shift: float = 0.0) -> str:
    indicators = rows // len(MONTHS)
    lines = ["indikator;periode;værdi"]
    for i in range(indicators):
        for step, month in enumerate(MONTHS):
            lines.append(f"bench-{i:05d};{month};{(i % 97) + step / 10 + shift:.1f}".replace(".", ","))
    return "\n".join(lines) + "\n"


async def seed_indicators(engine: AsyncEngine, count: int) -> dict[str, int]:
    async with engine.begin() as connection:
        await connection.execute(insert(IndicatorRow), [
            {"tenant_id": TENANT, "key": f"bench-{i:05d}", "name": f"Indikator {i}", "measure_unit": "%",
             "direction": "higher", "frequency": "monthly", "tolerance": 0.0}
            for i in range(count)
        ])
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        return {i.key: i.id for i in await uow.measurements.indicators(TENANT) if i.id is not None}


async def clear(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        await connection.execute(delete(MeasurementRow))
        await connection.execute(delete(AuditEventRow))


async def service_import(engine: AsyncEngine, result: ImportResult) -> dict[str, int]:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        outcome = await import_measurements(uow, TENANT, result, None, source="bench")
        assert outcome.ok, outcome.report_da()
        await uow.commit()
    return {"new": outcome.new, "changed": outcome.changed, "unchanged": outcome.unchanged}


async def core_insert(engine: AsyncEngine, result: ImportResult, ids: dict[str, int]) -> None:
    rows = [
        {"tenant_id": TENANT, "indicator_id": ids[r.indicator_key], "period": r.period.key, "value": r.value,
         "comment": r.comment}
        for r in result.rows
    ]
    async with engine.begin() as connection:
        await connection.execute(insert(MeasurementRow), rows)


async def timed(work: Callable[[], Awaitable[Any]], before: Callable[[], Awaitable[None]] | None,
                repeat: int) -> tuple[float, Any]:
    best, value = float("inf"), None
    for _ in range(repeat):
        if before is not None:
            await before()
        start = time.perf_counter()
        value = await work()
        best = min(best, time.perf_counter() - start)
    return best, value


async def run_database(url: str, result: ImportResult, changed: ImportResult, repeat: int) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
        ids = await seed_indicators(engine, len(result.rows) // len(MONTHS))
        figures: dict[str, Any] = {}

        async def fresh() -> None:
            await clear(engine)

        async def fresh_then_new() -> None:
            await clear(engine)
            await service_import(engine, result)

        seconds, counts = await timed(lambda: service_import(engine, result), fresh, repeat)
        figures["service, new"] = {"seconds": seconds, **counts}
        seconds, counts = await timed(lambda: service_import(engine, result), None, repeat)
        figures["service, again"] = {"seconds": seconds, **counts}
        seconds, counts = await timed(lambda: service_import(engine, changed), fresh_then_new, repeat)
        figures["service, changed"] = {"seconds": seconds, **counts}
        seconds, _ = await timed(lambda: core_insert(engine, result, ids), fresh, repeat)
        figures["core insert"] = {"seconds": seconds, "new": len(result.rows)}
        return figures
    finally:
        await engine.dispose()


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN_DSN, timeout=3)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def main_async(rows: int, repeat: int) -> dict[str, Any]:
    start = time.perf_counter()
    result = parse_csv(make_csv(rows))
    parse_seconds = time.perf_counter() - start
    assert result.ok, result.errors[:3]
    changed = parse_csv(make_csv(rows, shift=0.5))
    report: dict[str, Any] = {
        "rows": len(result.rows),
        "repeat": repeat,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "parse_seconds": parse_seconds,
        "databases": {},
    }
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        report["databases"]["SQLite"] = await run_database(url, result, changed, repeat)

    name = f"aftalebot_bench_{uuid.uuid4().hex[:10]}"
    try:
        await _admin(f'CREATE DATABASE "{name}"')
    except (OSError, asyncpg.PostgresError) as error:
        report["databases"]["PostgreSQL"] = {"skipped": f"PostgreSQL not reachable at {PG_ADMIN_DSN}: {error}"}
        return report
    try:
        base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        report["databases"]["PostgreSQL"] = await run_database(f"{base}/{name}", result, changed, repeat)
    finally:
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return report


def print_table(report: dict[str, Any]) -> None:
    rows = report["rows"]
    databases = [name for name, figures in report["databases"].items() if "skipped" not in figures]
    header = f"{'step (' + format(rows, ',') + ' rows)':<26}" + "".join(
        f"{name + ' s':>14}{'rows/s':>12}" for name in databases
    )
    print(header)
    print("-" * len(header))
    print(f"{'parse CSV (no database)':<26}{report['parse_seconds']:>14.2f}{rows / report['parse_seconds']:>12,.0f}")
    for step in ("service, new", "service, again", "service, changed", "core insert"):
        line = f"{step:<26}"
        for name in databases:
            seconds = report["databases"][name][step]["seconds"]
            line += f"{seconds:>14.2f}{rows / seconds:>12,.0f}"
        print(line)
    for name in databases:
        figures = report["databases"][name]
        ratio = figures["service, new"]["seconds"] / figures["core insert"]["seconds"]
        print(f"{name}: the service takes {ratio:.1f}× the raw Core insert for new rows "
              "(it also resolves keys, checks frequencies, compares with what is stored, upserts and audits).")
    for name, figures in report["databases"].items():
        if "skipped" in figures:
            print(f"{name}: {figures['skipped']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    report = asyncio.run(main_async(args.rows, max(1, args.repeat)))
    print_table(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Written to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
