"""`aftalebot run-jobs`: schedule this month's status cards, send what is due now, then exit."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.settings import Settings


def run_jobs(settings: Settings, *, wait: float, schedule: bool, out: TextIO | None = None) -> int:
    return asyncio.run(_run(settings, wait=wait, schedule=schedule, out=out or sys.stdout))


async def _run(settings: Settings, *, wait: float, schedule: bool, out: TextIO) -> int:
    from agreements.profiles import get_profile
    from bot.adapter import create_adapter
    from bot.graph import graph_client
    from bot.job_sender import BotConnectorSender
    from bot.job_service import build_job_service
    from store.db import create_engine, make_sessionmaker

    engine = create_engine(settings.database_url)
    adapter = create_adapter(settings)
    graph = graph_client(settings)
    try:
        sender = BotConnectorSender(adapter, settings.app_id)
        service = build_job_service(settings, get_profile(settings.profile), make_sessionmaker(engine), sender,
                                    clock=settings.make_clock(), graph=graph)
        scheduled, stats = await service.run_once(wait=wait, schedule=schedule)
    finally:
        if graph is not None:
            await graph.close()
        close = getattr(adapter, "close", None)  # the adapter may hold an HTTP session
        if close is not None:
            await close()
        await engine.dispose()
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
