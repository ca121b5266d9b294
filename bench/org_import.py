"""The organisation import at municipality size: a generated file of about 5,000 people (one direktør, eight
fagområder of twelve units with a leader and fifty employees each), imported, then imported again (no change),
then with one person moved and one gone — on SQLite (a temporary file) and PostgreSQL, side by side.

Run: .venv/bin/python -m bench.org_import [--areas 8] [--units 12] [--staff 50] [--no-postgres]

PostgreSQL: a database created for the run through asyncpg (AFTALEBOT_TEST_POSTGRES_DSN, default
postgresql://postgres@127.0.0.1:5432/test), dropped afterwards. Figures: wall time of parsing and of each import
(one transaction each, as `aftalebot org import` runs it), on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg

from agreements.municipality.organisation import parse_organisation_file
from bot.commandline.org_cli import store_organisation
from store.db import create_engine
from store.migrate import upgrade_engine

PG_DSN = os.environ.get("AFTALEBOT_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
TENANT = "bench-tenant"


def organisation_file(areas: int, units: int, staff: int) -> bytes:
    def uid(i: int) -> str:
        return f"0e000000-0000-4000-8000-{i:012d}"

    rows = ["navn;e-mail;entra-id;enhed;rolle;leder", f"Direktør;dir@k.dk;{uid(0)};Direktionen;direktør;",
            f"Chefkonsulent;ck@k.dk;{uid(1)};Stab;chefkonsulent;dir@k.dk"]
    n = 2
    for a in range(areas):
        head = f"fag{a}@k.dk"
        rows.append(f"Fagchef {a};{head};{uid(n)};Fagområde {a};fagchef;dir@k.dk")
        n += 1
        for u in range(units):
            lead = f"leder{a}-{u}@k.dk"
            rows.append(f"Leder {a}-{u};{lead};{uid(n)};Enhed {a}-{u};leder;{head}")
            n += 1
            for m in range(staff):
                rows.append(f"Medarbejder {a}-{u}-{m};m{a}-{u}-{m}@k.dk;{uid(n)};Enhed {a}-{u};medarbejder;{lead}")
                n += 1
    return ("\n".join(rows) + "\n").encode("utf-8")


def changed(data: bytes) -> bytes:
    lines = data.decode("utf-8").splitlines()
    moved = [line.replace(";Enhed 0-0;", ";Enhed 0-1;") if line.startswith("Medarbejder 0-0-0;") else line
             for line in lines]
    return ("\n".join(line for line in moved if not line.startswith("Medarbejder 0-0-1;")) + "\n").encode()


async def run(url: str, data: bytes) -> list[tuple[str, float, str]]:
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
    finally:
        await engine.dispose()
    figures = []
    for label, body in (("first import", data), ("same file again", data), ("one moved, one gone", changed(data))):
        started = time.perf_counter()
        summary = await store_organisation(url, TENANT, body, "bench.csv")
        figures.append((label, time.perf_counter() - started, summary.text()))
    return figures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--areas", type=int, default=8)
    parser.add_argument("--units", type=int, default=12)
    parser.add_argument("--staff", type=int, default=50)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    data = organisation_file(args.areas, args.units, args.staff)
    started = time.perf_counter()
    parsed = parse_organisation_file(data, xlsx=False)
    print(f"parse: {len(parsed.rows)} people, {len(parsed.units)} units in {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as directory:
        targets = [("sqlite", f"sqlite+aiosqlite:///{Path(directory) / 'bench.db'}")]
        name = f"aftalebot_bench_{uuid.uuid4().hex[:8]}"
        if not args.no_postgres:
            connection = await asyncpg.connect(PG_DSN)
            await connection.execute(f'CREATE DATABASE "{name}"')
            await connection.close()
            base = PG_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
            targets.append(("postgres", f"{base}/{name}"))
        try:
            for database, url in targets:
                for label, seconds, summary in await run(url, data):
                    print(f"{database:9} {label:22} {seconds:6.2f} s  {summary}")
        finally:
            if not args.no_postgres:
                connection = await asyncpg.connect(PG_DSN)
                await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                await connection.close()


if __name__ == "__main__":
    asyncio.run(main())
