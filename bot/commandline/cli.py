"""The `aftalebot` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from agreements.clock import local_today
from agreements.policy import Right
from bot.routes import RouteTable
from bot.settings import ConfigurationError, Settings

log = logging.getLogger("aftalebot")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aftalebot",
        description="Aftalebot – Teams-bot til kommunernes udviklingsaftaler.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="start the bot's web server")
    serve.add_argument("--host", help="interface to listen on (default: AFTALEBOT_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: PORT or 3978)")

    commands.add_parser("migrate", help="create or upgrade the database schema")

    demo = commands.add_parser("demo", help="load the demo municipality (idempotent)")
    demo.add_argument("--if-empty", action="store_true", help="only when the database holds no agreement")
    demo.add_argument("--organisation", action="store_true",
                      help="also import the demo's organisation file, as «org import» does")

    coach = commands.add_parser("coach", help="analyse one goal statement as the goal coach would")
    coach.add_argument("text", help="the goal in the manager's own words (Danish)")
    coach.add_argument("--json", action="store_true", help="print one JSON object")

    package = commands.add_parser("package-app", help="build the Teams app package (manifest, icons, en-us)")
    package.add_argument("-o", "--output", type=Path,
                         help="zip to write (default: build/appPackage.zip in a checkout, else in AFTALEBOT_DATA_DIR)")
    package.add_argument("--domain",
                         help="the bot's public host (or URL) for validDomains (default: AFTALEBOT_PUBLIC_URL)")
    package.add_argument("--graph", action="store_true", help="add webApplicationInfo (api://botid-<app id>)")
    package.add_argument("--check", action="store_true", help="validate against the official schema (needs npm ci)")

    measurements = commands.add_parser(
        "import-measurements", help="import indicator measurements from a CSV or XLSX file (all or nothing)"
    )
    measurements.add_argument("file", type=Path, help="CSV (; , or tab) or XLSX with indikator, periode, værdi")
    measurements.add_argument(
        "--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId, or the only allowed tenant)"
    )

    jobs = commands.add_parser("run-jobs", help="schedule this month's status cards, send what is due now, exit")
    jobs.add_argument(
        "--wait", type=float, default=60.0,
        help="seconds to wait for retries that fall due soon (default 60; 0 = never wait)",
    )
    jobs.add_argument("--no-schedule", action="store_true", help="only send jobs already in the queue")

    export = commands.add_parser("export", help="write an agreement as a Word document (DOCX) or Markdown")
    export.add_argument("agreement", nargs="?", type=int, help="the agreement's id (see --list)")
    export.add_argument("--format", choices=("docx", "md"), help="docx or md (default: from -o's suffix, else docx)")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: aftale-ÅR-ENHED-vN.FORMAT)")
    export.add_argument("--list", action="store_true", help="list the agreements with their ids")
    export.add_argument("--tenant", help="the municipality's tenant id (default: as import-measurements, or the "
                        "only tenant in the database)")

    person = commands.add_parser("person", help="data protection: export or erase what is stored about a person")
    person_commands = person.add_subparsers(dest="person_command", required=True, metavar="ACTION")
    person_export = person_commands.add_parser("export", help="write everything stored about the person as JSON")
    person_export.add_argument("id", help="the person's id in the database or their Azure AD object id")
    person_export.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    person_export.add_argument("--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId)")
    erase = person_commands.add_parser(
        "erase", help="anonymise the person and delete their notes (journalised notes are kept)"
    )
    erase.add_argument("id", help="the person's id in the database or their Azure AD object id")
    erase.add_argument("--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId)")

    purge = commands.add_parser("purge-notes", help="delete meeting notes past the profile's retention period")
    purge.add_argument("--dry-run", action="store_true", help="count what would be deleted; change nothing")

    journalise = commands.add_parser(
        "journalise", help="put a meeting's notes under legal hold (kept through erasure and retention)"
    )
    journalise.add_argument("meeting", help="the meeting's id")
    journalise.add_argument("--undo", action="store_true", help="lift the legal hold")
    journalise.add_argument("--tenant", help="the municipality's tenant id (default: MicrosoftAppTenantId)")

    from bot.commandline import org_cli, profile_cli
    org_cli.add_parser(commands)
    profile_cli.add_parser(commands)

    dev = commands.add_parser("dev", help="migrate, load the demo and run the bot with the Agents Playground")
    dev.add_argument("--port", type=int, default=3978, help="bot port (default 3978)")
    dev.add_argument("--playground-port", type=int, default=56150, help="playground port (default 56150)")
    dev.add_argument("--role", choices=("holder", "giver", "chefkonsulent"), default=None,
                     help="open the playground as this demo person (default: the holder, Mette Kjær)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"Ugyldige indstillinger:\n{error}", file=sys.stderr)
        return 2
    from bot.logging_setup import configure_logging

    configure_logging(settings, replace=False)
    route = cli_routes().get(args.command)
    assert route is not None, args.command
    return route.target(settings, args)


CliCommand = Callable[[Settings, argparse.Namespace], int]


def cli_routes() -> RouteTable[CliCommand]:
    """Every subcommand with its right: the operator on the server, or nothing about anyone's data."""
    table: RouteTable[CliCommand] = RouteTable("cli")
    for name, command, right in (
        ("serve", _serve, Right.OPERATOR), ("migrate", _migrate, Right.OPERATOR), ("demo", _demo, Right.OPERATOR),
        ("dev", _dev, Right.OPERATOR), ("package-app", _package_app, Right.PUBLIC), ("coach", _coach, Right.PUBLIC),
        ("import-measurements", _import_measurements, Right.IMPORT_MEASUREMENTS),
        ("run-jobs", _run_jobs, Right.OPERATOR), ("export", _export, Right.OPERATOR),
        ("person", _person, Right.OPERATOR), ("purge-notes", _purge_notes, Right.OPERATOR),
        ("journalise", _journalise, Right.OPERATOR), ("org", _org, Right.OPERATOR),
        ("profile", _profile, Right.OPERATOR),
    ):
        table.add(name, command, right=right)
    return table


def _org(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline import org_cli
    return org_cli.run(settings, args)


def _profile(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline import profile_cli
    return profile_cli.run(args)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    try:
        settings.check_startable()
    except ConfigurationError as error:
        print(str(error), file=sys.stderr)
        return 2
    from aiohttp import web

    from bot.composition import job_service_for
    from bot.web.app import create_app, job_runner_ctx
    from bot.web.event_loop import new_event_loop
    from bot.web.heap import settle_when_started

    host = args.host or settings.host
    settings = serve_settings(settings, args.port)
    port = settings.port
    if settings.is_production and not asyncio.run(database_is_current(settings)):
        print("Databasen er ikke migreret til den nyeste version. Kør «aftalebot migrate» først.", file=sys.stderr)
        return 2
    if not settings.has_credentials:
        log.warning("no MicrosoftAppId: inbound authentication is off (development only)")
    if settings.secret_expiry(local_today(settings.make_clock()())) in ("expiring", "expired"):
        log.warning("MicrosoftAppPassword expires %s: rotate it (docs/deploy.md)", settings.app_password_expires)
    app = create_app(settings, background=[job_runner_ctx(job_service_for)])
    app.on_startup.append(settle_when_started)
    web.run_app(app, host=host, port=port, print=lambda _: None, loop=new_event_loop())
    return 0


def serve_settings(settings: Settings, port: int | None) -> Settings:
    """The settings `serve` runs with: `--port` also moves the development links (export) to that port."""
    return settings.model_copy(update={"port": port}) if port else settings


async def database_is_current(settings: Settings) -> bool:
    from store.db import create_engine
    from store.migrate import is_current

    engine = create_engine(settings.database_url)
    try:
        return await is_current(engine)
    except Exception:  # an unreachable database: `serve` starts, and /healthz reports it
        return True
    finally:
        await engine.dispose()


def _migrate(settings: Settings, args: argparse.Namespace) -> int:
    from store.migrate import upgrade

    upgrade(settings.database_url)
    print("Databasen er opdateret.")
    return 0


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.demo import load_demo

    outcome = asyncio.run(load_demo(settings, today=local_today(settings.make_clock()()), if_empty=args.if_empty,
                                    organisation=args.organisation))
    print(outcome)
    return 0


def _dev(settings: Settings, args: argparse.Namespace) -> int:
    from bot.paths import source_checkout

    if source_checkout() is None:
        print("«aftalebot dev» med Agents Playground findes kun i kildekoden: kør «make run» i en checkout. "
              "En installeret bot startes med «aftalebot migrate» og «aftalebot serve».", file=sys.stderr)
        return 2
    from bot.commandline.devstack import run_dev

    return run_dev(bot_port=args.port, playground_port=args.playground_port, role=args.role)


def _package_app(settings: Settings, args: argparse.Namespace) -> int:
    from bot.teams.app_package import (
        AppPackageError,
        ManifestCheckUnavailable,
        build_app_package,
        check_app_package,
        default_output,
    )

    try:
        path = build_app_package(
            settings, args.output or default_output(settings), bot_domain=args.domain, graph_enabled=args.graph
        )
    except AppPackageError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"App-pakken er skrevet: {path}")
    if not args.check:
        return 0
    try:
        problems = check_app_package(path)
    except ManifestCheckUnavailable as error:
        print(str(error), file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def _coach(settings: Settings, args: argparse.Namespace) -> int:
    import json

    from agreements.goals.coach import verdict_and_next
    from agreements.goals.goal_analysis import ELEMENTS

    result = verdict_and_next(args.text, local_today(settings.make_clock()()))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    verdicts = {"measurable": "målbart", "initiative_only": "kun en indsats", "vague": "uklart"}
    print(f"Vurdering: {verdicts.get(result['verdict'], result['verdict'])}")
    for element in ELEMENTS:
        words = result["found"].get(element)
        print(f"  {'✓' if words else '✗'} {element:<12} {words or ''}")
    if result["next_question"]:
        print(f"Næste spørgsmål: {result['next_question']}")
    return 0


def _import_measurements(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.import_cli import run_import

    return run_import(settings, args.file, args.tenant)


def _run_jobs(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.job_cli import run_jobs

    return run_jobs(settings, wait=max(0.0, args.wait), schedule=not args.no_schedule)


def _export(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.export_cli import run_export

    return run_export(settings, args.agreement, args.format, args.output, args.tenant, list_only=args.list)


def _person(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.person_cli import run_erase, run_export

    if args.person_command == "export":
        return run_export(settings, args.id, args.tenant, args.output, clock=settings.make_clock())
    return run_erase(settings, args.id, args.tenant, clock=settings.make_clock())


def _purge_notes(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.person_cli import run_purge

    return run_purge(settings, dry_run=args.dry_run, clock=settings.make_clock())


def _journalise(settings: Settings, args: argparse.Namespace) -> int:
    from bot.commandline.person_cli import run_journalise

    return run_journalise(settings, args.meeting, args.tenant, undo=args.undo, clock=settings.make_clock())
