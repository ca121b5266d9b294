"""`aftalebot import-measurements FILE`: parse, check against the database, store all or nothing."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from agreements.indicators.measurement_import import ImportResult, parse_file
from agreements.indicators.measurements import ImportOutcome, import_measurements
from agreements.use_cases import committed_if
from bot.composition import database
from bot.settings import Settings
from bot.teams.progress import TextProgress
from store.uow import SqlUnitOfWork

# Files at least this large get a progress bar.
PROGRESS_MIN_BYTES = 512 * 1024
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}


def choose_tenant(settings: Settings, given: str | None) -> str | None:
    """--tenant, else MicrosoftAppTenantId, else the only tenant in AFTALEBOT_ALLOWED_TENANTS."""
    if given:
        return given.strip()
    if settings.app_tenant_id:
        return settings.app_tenant_id
    if len(settings.allowed_tenants) == 1:
        return settings.allowed_tenants[0]
    return None


def run_import(
    settings: Settings, path: Path, tenant: str | None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    tenant_id = choose_tenant(settings, tenant)
    if not tenant_id:
        print("Angiv kommunens tenant-id med --tenant (eller sæt MicrosoftAppTenantId).", file=err)
        return 2
    if not path.is_file():
        print(f"Filen {path} findes ikke.", file=err)
        return 2
    show_progress = path.stat().st_size >= PROGRESS_MIN_BYTES
    try:
        result = _parse(path, err if show_progress else None)
    except OSError as error:
        print(f"Filen {path} kan ikke læses: {error.strerror or error}", file=err)
        return 2
    outcome = asyncio.run(_store(settings, tenant_id, result, path, err if show_progress else None))
    if not outcome.ok:
        print(outcome.report_da(limit=50), file=err)
        return 1
    print(outcome.summary_da(), file=out)
    return 0


def _parse(path: Path, stream: TextIO | None) -> ImportResult:
    if stream is None:
        return parse_file(path)
    total = path.read_bytes().count(b"\n") if path.suffix.lower() in CSV_SUFFIXES else None
    bar = TextProgress(stream, "Læser ", total)
    every = max(1000, (total or 0) // 100)
    result = parse_file(path, progress=bar.update, progress_every=every)
    bar.finish()
    return result


async def _store(
    settings: Settings, tenant_id: str, result: ImportResult, path: Path, stream: TextIO | None
) -> ImportOutcome:
    bar = TextProgress(stream, "Gemmer", None) if stream is not None else None
    async with database(settings) as db, SqlUnitOfWork(db.sessionmaker) as uow:
        outcome = await committed_if(uow, lambda uow: import_measurements(
            uow, tenant_id, result, None, source=f"cli:{path.name}",
            progress=bar.update if bar is not None else None,
        ), lambda outcome: outcome.ok)
    if bar is not None and outcome.written:
        bar.finish()
    return outcome
