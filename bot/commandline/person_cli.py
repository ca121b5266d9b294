"""`aftalebot person export|erase ID`, `aftalebot purge-notes [--dry-run]` and `aftalebot journalise MEETING`:
the command-line side of agreements.data_protection. The daily retention pass in bot/scheduled/job_service.py calls
`purge_expired_notes` too."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agreements import data_protection as dp
from agreements.clock import Clock, local_today, utc_now
from agreements.profiles import Profile, get_profile
from bot.commandline import data_protection_texts as texts
from bot.commandline.import_cli import choose_tenant
from bot.composition import database
from bot.settings import Settings
from store.data_protection import SqlDataProtectionUnitOfWork

T = TypeVar("T")
log = logging.getLogger(__name__)


async def purge_expired_notes(
    sessionmaker: async_sessionmaker[AsyncSession], profile: Profile, now: datetime, *, dry_run: bool = False
) -> dp.Purge:
    """Deletes the meeting notes past the profile's retention period (journalised ones stay)."""
    async with SqlDataProtectionUnitOfWork(sessionmaker) as uow:
        purge = await dp.purge_notes(uow, profile.note_retention_years, local_today(now), now, dry_run=dry_run)
    log.info("retention pass%s: %d meeting notes of agreements before %d deleted, %d journalised kept",
             " (dry run)" if dry_run else "", purge.deleted, purge.before_year, purge.kept)
    return purge


def run_export(settings: Settings, ident: str, tenant: str | None, output: Path | None, *,
               out: TextIO | None = None, err: TextIO | None = None, clock: Clock = utc_now) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    async def work(uow: SqlDataProtectionUnitOfWork) -> dict[str, object]:
        person = await dp.find_person(uow, choose_tenant(settings, tenant), ident)
        return await dp.export_person(uow, person, clock())

    document = _run(settings, work, ident, err)
    if document is None:
        return 1
    text = json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"
    if output is None:
        out.write(text)
        return 0
    try:
        # Personal data: readable by the owner only.
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        print(texts.FILE_FAILED.format(path=output, reason=error.strerror or error), file=err)
        return 2
    print(texts.EXPORT_WRITTEN.format(person=ident, path=output), file=out)
    return 0


def run_erase(settings: Settings, ident: str, tenant: str | None, *,
              out: TextIO | None = None, err: TextIO | None = None, clock: Clock = utc_now) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    async def work(uow: SqlDataProtectionUnitOfWork) -> dp.Erasure:
        person = await dp.find_person(uow, choose_tenant(settings, tenant), ident)
        return await dp.erase_person(uow, person, clock())

    erasure = _run(settings, work, ident, err)
    if erasure is None:
        return 1
    log.info("person %d erased: %d notes deleted, %d journalised kept", erasure.person_id, erasure.notes.deleted,
             erasure.notes.kept)
    print(erasure_report(erasure), file=out)
    return 0


def erasure_report(erasure: dp.Erasure) -> str:
    name = dp.ANONYMISED_NAME
    lines = [
        (texts.ALREADY_ERASED if erasure.already_anonymised else texts.ERASED).format(
            person=erasure.person_id, name=name),
        texts.ERASED_DELETED.format(
            notes=texts.notes(erasure.notes.deleted),
            agenda=texts.count(erasure.agenda_items_deleted, "dagsordenspunkt", "dagsordenspunkter"),
            state=texts.count(erasure.state_rows_deleted, "samtaletilstand", "samtaletilstande"),
            cards=texts.count(erasure.cards_deleted, "kort", "kort"),
            jobs=texts.count(erasure.jobs_deleted, "ventende besked", "ventende beskeder"),
        ),
    ]
    if erasure.notes.kept:
        lines.append(texts.ERASED_JOURNALISED.format(notes=texts.notes(erasure.notes.kept), name=name))
    if erasure.agreements_kept or erasure.action_points_kept:
        lines.append(texts.ERASED_KEPT.format(
            agreements=texts.count(erasure.agreements_kept, "aftale", "aftaler"),
            points=texts.count(erasure.action_points_kept, "handlingspunkt", "handlingspunkter"), name=name))
    return "\n".join(lines)


def run_purge(settings: Settings, *, dry_run: bool, out: TextIO | None = None, clock: Clock = utc_now) -> int:
    out = out or sys.stdout
    profile = get_profile(settings.profile)

    async def work() -> dp.Purge:
        async with database(settings) as db:
            return await purge_expired_notes(db.sessionmaker, profile, clock(), dry_run=dry_run)

    purge = asyncio.run(work())
    print(purge_report(purge), file=out)
    return 0


def purge_report(purge: dp.Purge) -> str:
    lines = [texts.PURGE_RULE.format(years=purge.retention_years, year=purge.before_year)]
    lines.append((texts.PURGE_DRY_RUN if purge.dry_run else texts.PURGED).format(notes=texts.notes(purge.deleted)))
    if purge.kept:
        lines.append(texts.PURGE_KEPT.format(notes=texts.notes(purge.kept)))
    return "\n".join(lines)


def run_journalise(settings: Settings, meeting: str, tenant: str | None, *, undo: bool = False,
                   out: TextIO | None = None, err: TextIO | None = None, clock: Clock = utc_now) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    tenant_id = choose_tenant(settings, tenant)
    if not tenant_id:
        print(texts.NEED_TENANT, file=err)
        return 2
    if not meeting.strip().isdigit():
        print(texts.NOT_A_NUMBER, file=err)
        return 2
    meeting_id = int(meeting)

    async def work() -> int | None:
        async with database(settings) as db, SqlDataProtectionUnitOfWork(db.sessionmaker) as uow:
            return await dp.journalise_meeting(uow, tenant_id, meeting_id, clock(), journalised=not undo)

    count = asyncio.run(work())
    if count is None:
        print(texts.NO_MEETING.format(meeting=meeting_id), file=err)
        return 1
    message = texts.UNJOURNALISED if undo else texts.JOURNALISED
    print(message.format(meeting=meeting_id, notes=texts.notes(count)), file=out)
    return 0


def _run(settings: Settings, work: Callable[[SqlDataProtectionUnitOfWork], Awaitable[T]], ident: str,
         err: TextIO) -> T | None:
    async def main() -> T:
        async with database(settings) as db, SqlDataProtectionUnitOfWork(db.sessionmaker) as uow:
            return await work(uow)

    try:
        return asyncio.run(main())
    except dp.PersonNotFound as error:
        message = texts.AMBIGUOUS if error.matches > 1 else texts.NO_TENANT_MATCH
        print(message.format(ident=error.ident, n=error.matches), file=err)
        return None
