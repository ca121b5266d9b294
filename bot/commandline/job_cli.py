"""`aftalebot run-jobs`: schedule this month's status cards, send what is due now, then exit."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.settings import Settings


def run_jobs(settings: Settings, *, wait: float, schedule: bool, out: TextIO | None = None) -> int:
    return asyncio.run(_run(settings, wait=wait, schedule=schedule, out=out or sys.stdout))


async def _run(settings: Settings, *, wait: float, schedule: bool, out: TextIO) -> int:
    from bot.composition import build_job_container

    jobs = build_job_container(settings)
    try:
        scheduled, stats = await jobs.service.run_once(wait=wait, schedule=schedule)
    finally:
        await jobs.close()
    if scheduled is not None and scheduled.enqueued:
        print(f"Planlagt: {scheduled.enqueued} statuskort for {scheduled.month}.", file=out)
    parts = [f"Sendt: {stats.sent}"]
    if stats.retried:
        parts.append(f"prøves igen senere: {stats.retried}")
    if stats.failed:
        parts.append(f"opgivet: {stats.failed}")
    if stats.skipped:
        parts.append(f"intet at sende: {stats.skipped}")
    print(", ".join(parts) + ".", file=out)
    return 1 if stats.failed else 0
