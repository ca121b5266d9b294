"""The `aftalebot` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from datetime import date

from pydantic import ValidationError

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

    dev = commands.add_parser("dev", help="migrate, load the demo and run the bot with the Agents Playground")
    dev.add_argument("--port", type=int, default=3978, help="bot port (default 3978)")
    dev.add_argument("--playground-port", type=int, default=56150, help="playground port (default 56150)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"Ugyldige indstillinger:\n{error}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    handlers = {"serve": _serve, "migrate": _migrate, "demo": _demo, "dev": _dev}
    return handlers[args.command](settings, args)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    try:
        settings.check_startable()
    except ConfigurationError as error:
        print(str(error), file=sys.stderr)
        return 2
    from aiohttp import web

    from bot.app import create_app

    host = args.host or settings.host
    port = args.port or settings.port
    if not settings.has_credentials:
        log.warning("no MicrosoftAppId: inbound authentication is off (development only)")
    web.run_app(create_app(settings), host=host, port=port, print=lambda _: None)
    return 0


def _migrate(settings: Settings, args: argparse.Namespace) -> int:
    from store.migrate import upgrade

    upgrade(settings.database_url)
    print("Databasen er opdateret.")
    return 0


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    from bot.demo import load_demo

    outcome = asyncio.run(load_demo(settings, today=date.today(), if_empty=args.if_empty))
    print(outcome)
    return 0


def _dev(settings: Settings, args: argparse.Namespace) -> int:
    from bot.devstack import run_dev

    return run_dev(bot_port=args.port, playground_port=args.playground_port)
