"""`aftalebot org import FILE [--tenant T]` and `aftalebot org show [--tenant T] [--json]`: the command-line side of
agreements.municipality.organisation (issue 18)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from agreements.municipality.organisation import (
    ImportSummary,
    OrganisationRejected,
    OrgView,
    import_organisation,
    organisation_view,
    parse_organisation_file,
)
from agreements.municipality.organisation_sync import SyncOutcome, sync_organisation
from agreements.use_cases import committed
from bot.commandline.import_cli import choose_tenant
from bot.settings import Settings
from bot.teams.graph import GraphClient, GraphError, graph_client
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)
NEED_TENANT = "Angiv kommunens tenant-id med --tenant (eller sæt MicrosoftAppTenantId)."


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    org = commands.add_parser("org", help="the municipality's organisation: people, units and roles")
    actions = org.add_subparsers(dest="org_command", required=True, metavar="ACTION")
    load = actions.add_parser("import", help="import people, units and roles from CSV or XLSX (all or nothing)")
    load.add_argument("file", type=Path, help="CSV (; or ,) or XLSX with navn;e-mail;entra-id;enhed;rolle;leder")
    load.add_argument("--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId)")
    show = actions.add_parser("show", help="print the organisation: units with holder and giver, people")
    show.add_argument("--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId)")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    sync = actions.add_parser("sync", help="read users, managers and departments from Microsoft Graph and import them")
    sync.add_argument("--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId)")


def run(settings: Settings, args: argparse.Namespace) -> int:
    if args.org_command == "import":
        return run_import(settings, args.file, args.tenant)
    if args.org_command == "sync":
        return run_sync(settings, args.tenant)
    return run_show(settings, args.tenant, as_json=args.json)


def run_import(settings: Settings, path: Path, tenant: str | None, *,
               out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    tenant_id = choose_tenant(settings, tenant)
    if not tenant_id:
        print(NEED_TENANT, file=err)
        return 2
    try:
        data = path.read_bytes()
    except OSError as error:
        print(f"Filen {path} kan ikke læses: {error.strerror or error}", file=err)
        return 2
    organisation = parse_organisation_file(data, xlsx=path.suffix.lower() in {".xlsx", ".xlsm"})
    if not organisation.ok:
        print(OrganisationRejected(organisation.errors).report(), file=err)
        return 1
    summary = asyncio.run(store_organisation(settings.database_url, tenant_id, data, path.name))
    print(summary.text(), file=out)
    return 0


async def store_organisation(database_url: str, tenant_id: str, data: bytes, name: str) -> ImportSummary:
    """Parses and stores the file in one transaction (all or nothing); raises OrganisationRejected."""
    organisation = parse_organisation_file(data, xlsx=name.lower().endswith((".xlsx", ".xlsm")))
    engine = create_engine(database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            return await committed(uow, lambda uow: import_organisation(uow, tenant_id, organisation, source=name))
    finally:
        await engine.dispose()


def run_show(settings: Settings, tenant: str | None, *, as_json: bool,
             out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    tenant_id = choose_tenant(settings, tenant)
    if not tenant_id:
        print(NEED_TENANT, file=err)
        return 2
    view = asyncio.run(_view(settings.database_url, tenant_id))
    if as_json:
        print(json.dumps(view.as_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(view.text(), file=out)
    return 0


def run_sync(settings: Settings, tenant: str | None, *,
             out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    tenant_id = choose_tenant(settings, tenant)
    if not tenant_id:
        print(NEED_TENANT, file=err)
        return 2
    graph = graph_client(settings)
    if graph is None:
        print("Microsoft Graph er ikke sat op (AFTALEBOT_GRAPH_ENABLED), så organisationen kan ikke hentes.",
              file=err)
        return 2
    try:
        outcome = asyncio.run(sync_from_graph(settings.database_url, tenant_id, graph))
    except GraphError as error:
        log.warning("organisation sync failed: %s", error)
        reason = f"svar {error.status}" if error.status else "ingen forbindelse"
        print(f"Microsoft Graph svarede ikke som ventet, så organisationen er ikke ændret ({reason}).", file=err)
        return 1
    except OrganisationRejected as rejected:
        print(rejected.report(), file=err)
        return 1
    print(outcome.text(), file=out)
    return 0


async def sync_from_graph(database_url: str, tenant_id: str, graph: GraphClient) -> SyncOutcome:
    """Reads the directory, then imports it in one transaction; closes `graph`. Raises GraphError or
    OrganisationRejected, with nothing written."""
    try:
        members = await graph.organisation_members()
    finally:
        await graph.close()
    engine = create_engine(database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            return await committed(uow, lambda uow: sync_organisation(uow, tenant_id, members))
    finally:
        await engine.dispose()


async def _view(database_url: str, tenant_id: str) -> OrgView:
    engine = create_engine(database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            return await organisation_view(uow, tenant_id)
    finally:
        await engine.dispose()
