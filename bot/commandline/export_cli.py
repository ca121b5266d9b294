"""`aftalebot export AGREEMENT --format docx|md -o FILE` and `aftalebot export --list`."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from agreements.agreement import document_texts
from agreements.agreement.document import AgreementDocument, DocumentService, ExportFormat
from agreements.agreement.document_markdown import render_markdown
from agreements.clock import local_today
from agreements.profiles import get_profile
from agreements.use_cases import CliExport, record_cli_export
from bot.commandline.import_cli import choose_tenant
from bot.composition import database
from bot.settings import Settings
from store.uow import SqlUnitOfWork


@dataclass(frozen=True, slots=True)
class Listed:
    id: int
    unit: str
    year: int
    status: str
    version: int
    holder: str


class ExportCliError(Exception):
    """A Danish message for the operator; exit code 2."""


def render(document: AgreementDocument, fmt: ExportFormat) -> bytes:
    if fmt is ExportFormat.MARKDOWN:
        return render_markdown(document).encode("utf-8")
    from bot.docx_export import render_docx

    return render_docx(document)


def format_for(given: str | None, output: Path | None) -> ExportFormat:
    """--format, else the output file's suffix (.md/.markdown → Markdown), else DOCX."""
    if given:
        return ExportFormat(given)
    if output is not None and output.suffix.lower() in (".md", ".markdown"):
        return ExportFormat.MARKDOWN
    return ExportFormat.DOCX


async def _tenant(settings: Settings, given: str | None, uow: SqlUnitOfWork) -> str:
    tenant = choose_tenant(settings, given)
    if tenant:
        return tenant
    tenants = await uow.agreements.tenants()
    if len(tenants) == 1:
        return tenants[0]
    if not tenants:
        raise ExportCliError("Der er ingen aftaler i databasen.")
    raise ExportCliError("Databasen har aftaler for flere kommuner: angiv tenant-id med --tenant.")


async def list_agreements(settings: Settings, tenant: str | None) -> list[Listed]:
    async with database(settings) as db, SqlUnitOfWork(db.sessionmaker) as uow:
        tenant_id = await _tenant(settings, tenant, uow)
        listed = []
        for agreement in sorted(await uow.agreements.for_year(tenant_id), key=lambda a: (a.year, a.id or 0)):
            unit = await uow.units.get(tenant_id, agreement.unit_id)
            holder = await uow.people.get(tenant_id, agreement.holder_id)
            assert agreement.id is not None
            listed.append(Listed(agreement.id, unit.name if unit else "?", agreement.year,
                                 document_texts.STATUS_LABELS[agreement.status.value], agreement.version,
                                 holder.name if holder else "?"))
        return listed


async def export_document(settings: Settings, tenant: str | None, agreement_id: int, today: date,
                          fmt: ExportFormat) -> tuple[AgreementDocument, bytes]:
    async with database(settings) as db, SqlUnitOfWork(db.sessionmaker) as uow:
        tenant_id = await _tenant(settings, tenant, uow)
        agreement = await uow.agreements.get(tenant_id, agreement_id)
        if agreement is None:
            raise ExportCliError(f"Aftale {agreement_id} findes ikke. Se aftalerne med: aftalebot export --list")
        document = await DocumentService(get_profile(settings.profile)).load(uow, agreement, today)
        await record_cli_export(uow, tenant_id, CliExport(agreement_id, agreement.version, fmt.value))
    return document, render(document, fmt)


def run_export(
    settings: Settings, agreement: int | None, fmt: str | None, output: Path | None, tenant: str | None, *,
    list_only: bool = False, today: date | None = None, out: TextIO | None = None, err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        if list_only:
            listed = asyncio.run(list_agreements(settings, tenant))
            if not listed:
                print("Der er ingen aftaler endnu.", file=out)
            for item in listed:
                print(f"{item.id:>4}  {item.year}  {item.unit:<28} {item.status:<22} version {item.version}  "
                      f"({item.holder})", file=out)
            return 0
        if agreement is None:
            print("Angiv aftalens nummer, fx: aftalebot export 1 -o aftale.docx (se numrene med --list).", file=err)
            return 2
        chosen = format_for(fmt, output)
        document, content = asyncio.run(
            export_document(settings, tenant, agreement, today or local_today(settings.make_clock()()), chosen))
    except ExportCliError as error:
        print(str(error), file=err)
        return 2
    path = output or Path(f"{document.file_stem()}.{chosen.value}")
    try:
        path.write_bytes(content)
    except OSError as error:
        print(f"Filen {path} kan ikke skrives: {error.strerror or error}", file=err)
        return 1
    print(f"Aftalen er skrevet: {path}", file=out)
    return 0
