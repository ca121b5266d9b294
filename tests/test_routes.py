"""Issue 15, item 7: every way in declares the right its use case checks, and one without cannot be added.

The route tables (bot/routes.py) refuse an entry without an `agreements.policy.Right`. These tests enumerate what
the bot actually answers – typed commands, dialogs, card verbs (from the payload models), job kinds (from the
domain's constants), HTTP endpoints (from the aiohttp router) and CLI subcommands (from the parser) – and require
each to be in a table with a right; an unknown card verb is refused before any use case runs.
"""

from __future__ import annotations

import argparse
import typing
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from pydantic import BaseModel

from agreements import policy, reach
from agreements.cycle import annual_cycle
from agreements.dialogue import meeting_time
from agreements.indicators import monthly
from agreements.intents import INTENTS, OUT_OF_SCOPE
from agreements.policy import Right
from bot import routes
from bot.commandline.cli import build_parser, cli_routes
from bot.composition import Container
from bot.routes import MissingPolicy, RouteTable, card_routes
from bot.scheduled.job_service import job_routes
from bot.settings import Settings
from bot.teams.commands import COMMANDS, request_for
from bot.teams.handler import PRIVATE_COMMANDS
from bot.teams.requests import Request
from bot.web.app import create_app
from bot.web.http_routes import HTTP_ROUTES, add_http
from cards import (
    meeting_payloads,
    organisation_payloads,
    overview_payloads,
    payloads,
    profile_payloads,
    status_payloads,
)
from cards.actions import PAYLOAD_TYPES, verbs_of
from cards.payloads import Ask
from dialogs.texts import HELP_WORDS
from tests.support.conversation import Conversation, FakeClock, demo_container

ROOT = Path(__file__).resolve().parent.parent


def test_a_route_without_a_right_cannot_be_added() -> None:
    table: RouteTable[str] = RouteTable("text")
    with pytest.raises(MissingPolicy):
        table.add("slet alt", "target", right=None)
    with pytest.raises(MissingPolicy):
        table.add("slet alt", "target", right="view_agreement")  # type: ignore[arg-type]  # a string is no Right
    assert "slet alt" not in table
    table.add("min aftale", "target", right=Right.VIEW_AGREEMENT)
    with pytest.raises(ValueError, match="twice"):
        table.add("min aftale", "other", right=Right.VIEW_AGREEMENT)


def test_every_card_payload_type_is_a_route_and_a_verb_without_a_right_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The card table is keyed by the payload types of the one union (cards/actions.py): a type left without a
    use case, or a verb left without a right, stops the bot at start-up."""
    targets = {payload_type: payload_type.__name__ for payload_type in PAYLOAD_TYPES}
    table = card_routes(targets)
    assert {route.name for route in table} == card_verbs()
    for payload_type in PAYLOAD_TYPES:
        for verb in verbs_of(payload_type):
            assert table.get(verb).target == payload_type.__name__  # type: ignore[union-attr]
    with pytest.raises(MissingPolicy, match="OverviewAction"):
        card_routes({t: n for t, n in targets.items() if t.__name__ != "OverviewAction"})
    monkeypatch.setattr(routes, "CARD_RIGHTS", {k: v for k, v in routes.CARD_RIGHTS.items() if k != "action.close"})
    with pytest.raises(MissingPolicy, match=r"action\.close"):
        routes.card_routes(targets)


def test_an_endpoint_without_a_right_cannot_be_added() -> None:
    app = web.Application()

    async def handler(request: web.Request) -> web.Response:
        return web.Response()

    with pytest.raises(MissingPolicy):
        add_http(app, "GET", "/api/secret", handler, right=None)
    assert [r for r in app.router.routes() if r.resource is not None and r.resource.canonical == "/api/secret"] == []


def _verbs(model: Any) -> set[str]:
    if isinstance(model, type) and issubclass(model, BaseModel) and "verb" in model.model_fields:
        return set(typing.get_args(model.model_fields["verb"].annotation))
    return set()


def card_verbs() -> set[str]:
    """Every verb any card payload model accepts."""
    found: set[str] = set()
    for module in (payloads, status_payloads, meeting_payloads, overview_payloads, organisation_payloads,
                   profile_payloads):
        for value in vars(module).values():
            found |= _verbs(value)
    return found


def job_kinds() -> set[str]:
    """Every job kind the domain defines (its *JOB_KIND constants)."""
    return {value for module in (monthly, meeting_time, annual_cycle, reach) for name, value in vars(module).items()
            if name.endswith("JOB_KIND") and isinstance(value, str)}


@pytest.fixture
async def container(database_url: str) -> Any:
    async with demo_container(database_url, FakeClock()) as built:
        yield built


async def test_every_intent_command_and_card_verb_declares_a_right(container: Container) -> None:
    """Typed text and «ask» buttons route by intent: every intent the recogniser knows, every intent a button can ask
    for and every exact command's intent has a route with a right; the exact commands name intents, not targets."""
    tables = container.handler.routes()
    [intents] = [table for table in tables if table.entry == "intent"]
    routed = {route.name for route in intents}
    assert set(INTENTS) - {OUT_OF_SCOPE} <= routed, set(INTENTS) - {OUT_OF_SCOPE} - routed
    assert set(typing.get_args(Ask)) <= routed
    assert {request.intent for request in COMMANDS.values()} <= routed
    assert set(COMMANDS) >= HELP_WORDS | {"ny aftale", "nyt mål", "ret økonomi", "min aftale", "send til godkendelse"}
    typed = set(COMMANDS) | {"overblik", "hvem er bagud", "mine opgaver", "mine handlingspunkter", "årsoverblik"}
    assert typed >= PRIVATE_COMMANDS, PRIVATE_COMMANDS - typed
    assert request_for("ret mål 3") == Request("edit_goal", goal=3)
    assert request_for("send til godkendelse: hævet") == Request("submit", comment="hævet")
    for typed_comment in ("send den til godkendelse; hævet", "Send aftalen til godkendelse. hævet",
                          "send til godkendelse med kommentar: hævet", "send til godkendelse med begrundelsen hævet"):
        assert request_for(typed_comment) == Request("submit", comment="hævet"), typed_comment
    answers = [route.name for table in tables if table.entry == "answer" for route in table]
    assert answers == ["channel subscription", "meeting", "year review", "start agreements", "organisation",
                       "profile texts", "involvement", "shared goals", "overview", "status", "channel subscription",
                       "channel status"]
    [cards] = [table for table in tables if table.entry == "card"]
    verbs = card_verbs()
    assert len(verbs) >= 20
    assert verbs == {route.name for route in cards}, verbs ^ {route.name for route in cards}
    for table in tables:
        assert all(isinstance(route.right, Right) for route in table)


def test_every_job_kind_has_a_handler_with_a_right() -> None:
    routes = job_routes(lambda: None, policy_profile(), meetings=None, graph=None)  # type: ignore[arg-type]
    kinds = job_kinds()
    assert len(kinds) == 10  # a message put off until its person can be reached (agreements.reach) joined
    assert set(routes.targets()) == kinds
    assert all(isinstance(right, Right) for right in routes.rights().values())


def policy_profile() -> Any:
    from agreements.profiles import TONDER

    return TONDER


def test_every_http_endpoint_declares_a_right(tmp_path: Path) -> None:
    app = create_app(Settings(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"))
    declared = app[HTTP_ROUTES].rights()
    served = {f"{route.method} {route.resource.canonical}" for route in app.router.routes()
              if route.resource is not None and route.method != "HEAD"}
    assert served == set(declared), served ^ set(declared)
    assert declared["POST /api/measurements"] is Right.IMPORT_MEASUREMENTS
    assert declared["GET /api/export/{token}"] is Right.EXPORT_AGREEMENT


def test_every_cli_command_declares_a_right() -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == set(cli_routes().targets())


async def test_a_card_verb_without_a_route_is_refused_before_any_use_case(container: Container) -> None:
    chat = Conversation(container)
    for value in ({"verb": "agreement.delete", "agreement": 1}, {"verb": {"x": 1}}, ["agreement.submit"], "x", 7):
        chat.adapter.activity_buffer.clear()
        from botbuilder.schema import Activity

        await chat.adapter.receive_activity(Activity(type="message", text="", value=value))
        replies = [a.text for a in chat.adapter.activity_buffer if a.type == "message"]
        assert len(replies) == 1 and "kort" in (replies[0] or "").lower(), (value, replies)


def test_rights_are_decided_only_in_the_policy_module() -> None:
    """No flow, dialog or job compares a person with an agreement's holder or giver, or checks a role, itself."""
    offences = []
    for layer in ("bot", "dialogs"):
        for path in sorted((ROOT / layer).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if ("Role.COORDINATOR" in line or "in (agreement.holder_id, agreement.giver_id)" in line
                        or "== agreement.giver_id" in line or "_may_see" in line or "_may_register" in line):
                    offences.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offences == []
    assert callable(policy.may_view) and callable(policy.may_create_agreement)
