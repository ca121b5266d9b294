"""Signed, short-lived download links: GET /api/export/{token}, the «Eksportér» button, and the settings behind them."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer
from docx import Document

from agreements.agreement.approval import ApprovalService
from agreements.agreement.document import ExportFormat
from agreements.demo import COORDINATOR, GIVER, HOLDER, OTHER_MANAGER, TENANT_ID, DemoLoader, DemoPerson
from agreements.profiles import TONDER
from agreements.services import AgreementService
from agreements.types import Agreement, AgreementLevel, Person, Unit
from bot.settings import Settings
from bot.teams.agreement_flow import AgreementFlow
from bot.web import export_route
from bot.web.export_links import ExportLinkError, ExportLinks, LinkProblem
from cards.agreement import AgreementView, ExportLinksView, agreement_card, export_links_card
from cards.payloads import AgreementAction, parse_action
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork, uow_factory
from tests.support.cardcheck import assert_valid_cards

TODAY = date(2026, 11, 24)
SECRET = b"test-export-secret-0123456789abcdef"


@dataclass
class Clock:
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    url: str
    clock: Clock
    links: ExportLinks
    server: TestServer
    uows: Any

    async def person(self, who: DemoPerson) -> Person:
        async with self.uows() as uow:
            found = await uow.people.get_by_aad(TENANT_ID, who.aad_object_id)
            assert found is not None
            return found  # type: ignore[no-any-return]

    async def token(self, who: DemoPerson, agreement_id: int = 1, fmt: ExportFormat = ExportFormat.DOCX,
                    version: int = 1) -> str:
        person = await self.person(who)
        assert person.id is not None
        return self.links.token(TENANT_ID, agreement_id, version, fmt, person.id)

    async def get(self, token: str) -> tuple[int, dict[str, str], bytes]:
        async with ClientSession() as http, http.get(str(self.server.make_url(f"/api/export/{token}"))) as response:
            return response.status, dict(response.headers), await response.read()

    async def audit(self, agreement_id: int = 1) -> list[tuple[str, dict[str, Any]]]:
        async with self.uows() as uow:
            return [(e.action, e.detail) for e in await uow.audit.list(TENANT_ID, f"agreement:{agreement_id}")]


async def _seed(uow: SqlUnitOfWork) -> None:
    """The demo (agreement 1, Børn og Skole, held by Mette Kjær) and agreement 2 (Social og Sundhed, Lars Nielsen)."""
    await DemoLoader().load(uow, TODAY)
    lars = await uow.people.get_by_aad(TENANT_ID, OTHER_MANAGER.aad_object_id)
    henrik = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
    assert lars is not None and lars.id is not None and henrik is not None and henrik.id is not None
    unit = await uow.units.add(Unit(TENANT_ID, "Social og Sundhed", "Social og Sundhed"))
    assert unit.id is not None
    await uow.agreements.add(Agreement(TENANT_ID, unit.id, 2026, AgreementLevel.DIRECTORATE, lars.id, henrik.id,
                                       general="Fælles ledelsesgrundlag."))
    await uow.commit()


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    engine = create_engine(database_url)
    uows = uow_factory(make_sessionmaker(engine))
    async with uows() as uow:
        await _seed(uow)
    clock = Clock()
    app = web.Application()
    server = TestServer(app, host="127.0.0.1")
    links = ExportLinks(SECRET, "http://placeholder", clock)
    export_route.register(app, links, lambda _: (uows, TONDER), clock=clock)
    await server.start_server()
    links = ExportLinks(SECRET, str(server.make_url("")), clock)  # same secret: tokens from either one verify
    yield World(database_url, clock, links, server, uows)
    await server.close()
    await engine.dispose()


# ---------------------------------------------------------------- the link


async def test_a_link_downloads_the_document_again_and_again_within_its_lifetime(world: World) -> None:
    token, start = await world.token(HOLDER), world.clock.now
    for seconds in (0, 300, 599):
        world.clock.now = start + timedelta(seconds=seconds)
        status, headers, body = await world.get(token)
        assert status == 200
    assert headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert headers["Content-Disposition"] == (
        "attachment; filename=\"aftale-2026-boern-og-skole-v1.docx\"; "
        "filename*=UTF-8''Aftale%202026%20%E2%80%93%20B%C3%B8rn%20og%20Skole.docx"
    )
    assert headers["Cache-Control"] == "no-store" and headers["Referrer-Policy"] == "no-referrer"
    text = "\n".join(p.text for p in Document(io.BytesIO(body)).paragraphs)
    assert "Aftale- og dialogstyringsdokument for 2026" in text and "Økonomi" in text

    status, headers, body = await world.get(await world.token(HOLDER, fmt=ExportFormat.MARKDOWN))
    assert status == 200 and headers["Content-Type"].startswith("text/markdown")
    assert body.decode("utf-8").startswith("# Aftale- og dialogstyringsdokument for 2026")
    assert ("agreement.exported", {"version": 1, "format": "md", "via": "link"}) in await world.audit()


async def test_an_expired_link_is_refused_with_410_and_tells_nothing(world: World) -> None:
    token = await world.token(HOLDER)
    world.clock.now += timedelta(minutes=10)
    status, _, body = await world.get(token)
    assert status == 410
    assert body.decode() == "Linket er udløbet. Tryk på «Eksportér» på aftalekortet for at få et nyt link."
    with pytest.raises(ExportLinkError) as expired:
        world.links.verify(token)
    assert expired.value.problem is LinkProblem.EXPIRED


def _reencode(token: str, change: dict[int, Any]) -> str:
    """The token's payload with some fields changed, keeping the original MAC."""
    payload, mac = token.split(".")
    fields = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    for index, value in change.items():
        fields[index] = value
    raw = json.dumps(fields, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode() + "." + mac


async def test_tampered_forged_and_malformed_links_are_refused_with_403(world: World) -> None:
    token = await world.token(HOLDER)
    payload, mac = token.split(".")
    flipped = mac[:-1] + ("A" if mac[-1] != "A" else "B")
    foreign = ExportLinks(b"another-secret-of-enough-length!!", "http://x", world.clock)
    forged = foreign.token(TENANT_ID, 1, 1, ExportFormat.DOCX, 1)
    later = _reencode(token, {6: int((world.clock.now + timedelta(days=365)).timestamp())})
    for bad in (payload + "." + flipped, forged, later, _reencode(token, {4: "md"}), "abc", "x" * 700, token + "x"):
        status, _, body = await world.get(bad)
        assert status == 403, bad
        assert body.decode() == "Linket er ugyldigt. Tryk på «Eksportér» på aftalekortet for at få et nyt link."
        assert b"B\xc3\xb8rn" not in body


async def test_a_link_for_agreement_1_cannot_fetch_agreement_2(world: World) -> None:
    token = await world.token(HOLDER, agreement_id=1)
    status, _, _ = await world.get(_reencode(token, {2: 2}))
    assert status == 403
    # A genuine link names its person too: Mette's link to Lars's agreement is refused and audited.
    status, _, body = await world.get(await world.token(HOLDER, agreement_id=2))
    assert status == 403 and body.decode() == "Du har ikke adgang til denne aftale."
    assert ("agreement.refused", {"action": "export_download", "reason": "not_allowed"}) in await world.audit(2)
    status, _, body = await world.get(await world.token(OTHER_MANAGER, agreement_id=2, fmt=ExportFormat.MARKDOWN))
    assert status == 200 and "Lars Nielsen, aftaleholder, Social og Sundhed" in body.decode()


async def test_a_link_to_a_version_since_changed_is_gone(world: World) -> None:
    token = await world.token(HOLDER)
    holder, giver = await world.person(HOLDER), await world.person(GIVER)
    approvals = ApprovalService(TONDER)
    async with world.uows() as uow:
        await approvals.submit(uow, holder, 1, None, world.clock())
        await approvals.approve(uow, giver, 1, 1, world.clock())
        agreement = await uow.agreements.get(TENANT_ID, 1)
        await approvals.begin_edit(uow, holder, agreement)
        await uow.commit()
    status, _, body = await world.get(token)
    assert status == 410 and "Aftalen er ændret" in body.decode()
    assert (await world.get(await world.token(HOLDER, version=2)))[0] == 200


async def test_giver_and_chefkonsulent_may_download_and_a_stranger_may_not(world: World) -> None:
    for who in (GIVER, COORDINATOR):
        assert (await world.get(await world.token(who)))[0] == 200
    status, _, body = await world.get(await world.token(OTHER_MANAGER))
    assert status == 403 and body.decode() == "Du har ikke adgang til denne aftale."
    assert ("agreement.refused", {"action": "export_download", "reason": "not_allowed"}) in await world.audit()


async def test_without_a_secret_the_route_says_export_is_off(world: World) -> None:
    app = web.Application()
    export_route.register(app, None, lambda _: (world.uows, TONDER))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with ClientSession() as http, http.get(str(server.make_url("/api/export/a.b"))) as response:
            assert response.status == 404
            assert "Eksport er ikke slået til" in await response.text()
    finally:
        await server.close()


# ---------------------------------------------------------------- the «Eksportér» button


class FakeContext:
    """What AgreementFlow's export path uses of a TurnContext: sending an activity."""

    def __init__(self) -> None:
        self.sent: list[Any] = []
        self.typing = 0  # Teams' typing indicator while the export is made

    async def send_activity(self, activity: Any) -> Any:
        if getattr(activity, "type", None) == "typing":
            self.typing += 1
            return None
        self.sent.append(activity)
        return type("Sent", (), {"id": f"activity-{len(self.sent)}"})()


def flow(world: World, *, exports: bool = True) -> AgreementFlow:
    approvals = ApprovalService(TONDER)
    return AgreementFlow(AgreementService(TONDER, approvals), approvals, None, world.clock,  # type: ignore[arg-type]
                         exports=world.links if exports else None)


async def test_the_export_button_posts_a_card_whose_links_download_the_agreement(world: World) -> None:
    context = FakeContext()
    action = AgreementAction(verb="agreement.export", agreement=1, version=1)
    async with world.uows() as uow:
        outcome = await flow(world).act(context, uow, await world.person(HOLDER), action)  # type: ignore[arg-type]
    assert outcome.refresh_only and outcome.card is not None
    assert any(a.get("verb") == "agreement.export" for a in outcome.card["actions"])  # the agreement card stays
    [activity] = context.sent
    assert context.typing == 1
    card = activity.attachments[0].content
    assert_valid_cards(card)
    buttons = {a["title"]: a["url"] for a in card["actions"] if a["type"] == "Action.OpenUrl"}
    assert set(buttons) == {"Hent Word-dokument", "Hent som Markdown"}
    assert "Børn og Skole 2026 (version 1)" in json.dumps(card, ensure_ascii=False)
    docx_url = buttons["Hent Word-dokument"]
    assert docx_url.startswith(str(world.server.make_url("/api/export/")))
    token = docx_url.rsplit("/", 1)[1]
    status, headers, _ = await world.get(token)
    assert status == 200 and headers["Content-Disposition"].startswith("attachment;")
    status, _, body = await world.get(buttons["Hent som Markdown"].rsplit("/", 1)[1])
    assert status == 200 and body.startswith(b"# Aftale- og dialogstyringsdokument for 2026")
    assert ("agreement.export_link", {"version": 1}) in await world.audit()


async def test_the_export_button_refuses_a_stranger_in_danish_and_audits_it(world: World) -> None:
    context = FakeContext()
    action = AgreementAction(verb="agreement.export", agreement=1)
    async with world.uows() as uow:
        outcome = await flow(world).act(context, uow, await world.person(OTHER_MANAGER), action)  # type: ignore[arg-type]
    assert outcome.card is None and context.sent == [] and context.typing == 0
    assert outcome.text == (
        "Du kan kun hente aftaler, du selv er aftaleholder eller aftalegiver for. Chefkonsulenter kan hente alle.")
    assert ("agreement.refused", {"action": "export_link", "reason": "not_allowed"}) in await world.audit()
    async with world.uows() as uow:
        outcome = await flow(world, exports=False).act(
            context, uow, await world.person(HOLDER), action)  # type: ignore[arg-type]
    assert outcome.text == "Eksport er ikke slået til i denne installation. Kontakt din chefkonsulent."


# ---------------------------------------------------------------- the card

def _view(status: str = "draft", editable: bool = True) -> AgreementView:
    return AgreementView(
        agreement_id=7, version=3, unit="Børn og Skole", year=2026, level="Direktion ↔ fagchef", holder="Mette Kjær",
        giver="Henrik Thomsen", status=status, status_label="Kladde", sections=[("Generelt", "")], goals=[],
        missing=[], editable=editable,
    )


def test_the_agreement_card_has_an_export_button_in_every_state_and_validates() -> None:
    draft, approved = agreement_card(_view()), agreement_card(_view("approved", editable=False))
    links = export_links_card(ExportLinksView("Børn og Skole", 2026, 3, 10, "http://127.0.0.1:3978/api/export/a.b",
                                              "http://127.0.0.1:3978/api/export/c.d"))
    assert_valid_cards(draft, approved, links)
    for card in (draft, approved):
        button = next(a for a in card["actions"] if a.get("verb") == "agreement.export")
        assert button["title"] == "Eksportér"
        action = parse_action(button["data"])
        assert action == AgreementAction(verb="agreement.export", agreement=7, version=3)
        assert parse_action(button["fallback"]["data"]) == action
    assert [(a["type"], a["title"]) for a in links["actions"]] == [
        ("Action.OpenUrl", "Hent Word-dokument"), ("Action.OpenUrl", "Hent som Markdown")]
    assert "10 minutter" in str(links["body"])


# ---------------------------------------------------------------- settings


def test_development_makes_a_random_secret_per_settings_and_production_requires_one() -> None:
    one, two = Settings(), Settings()
    assert one.export_secret is not None and two.export_secret is not None
    assert len(one.export_secret.get_secret_value()) >= 32
    assert one.export_secret.get_secret_value() != two.export_secret.get_secret_value()
    assert one.public_base_url == "http://127.0.0.1:3978"
    production = Settings(AFTALEBOT_ENV="production")
    assert production.export_secret is None
    missing = production.missing_for_production()
    assert "AFTALEBOT_EXPORT_SECRET (mindst 32 tegn)" in missing
    assert "AFTALEBOT_PUBLIC_URL (en https-adresse)" in missing
    configured = Settings(AFTALEBOT_ENV="production", AFTALEBOT_EXPORT_SECRET="s" * 40,
                          AFTALEBOT_PUBLIC_URL="https://aftalebot.kommune.dk/")
    assert not any(m.startswith(("AFTALEBOT_EXPORT_SECRET", "AFTALEBOT_PUBLIC_URL"))
                   for m in configured.missing_for_production())
    assert configured.public_base_url == "https://aftalebot.kommune.dk"
    assert "s" * 40 not in repr(configured) and "s" * 40 not in str(configured.model_dump())
    links = ExportLinks.from_settings(configured, Clock())
    assert links.url(TENANT_ID, 1, 1, ExportFormat.DOCX, 1).startswith("https://aftalebot.kommune.dk/api/export/")
    assert links.lifetime == timedelta(minutes=10)
