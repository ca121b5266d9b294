"""Issue 15, item 6: the low findings, one test each."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest
from aiohttp import ClientSession
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.agreement.approval import ApprovalService
from agreements.agreement.document import DocumentService, ExportFormat
from agreements.agreement.setup import AgreementDraft, AgreementSetupService, GiverChoice, SetupRefused, UnitChoice
from agreements.demo import HOLDER, TENANT_ID, DemoLoader
from agreements.profiles import TONDER
from agreements.types import AgreementLevel, Person
from bot.commandline.cli import database_is_current, main, serve_settings
from bot.docx_export import render_docx
from bot.logging_setup import ContextFilter, Redactor
from bot.scheduled.job_sender import BotConnectorSender
from bot.scheduled.jobs import SendError
from bot.settings import Settings
from bot.web.export_links import ExportLinks
from store.data_protection import SqlDataProtectionUnitOfWork
from store.db import make_sessionmaker
from store.models import AgreementRow, ScheduledJobRow
from store.uow import SqlUnitOfWork
from tests.support.factories import BOT_ID, make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot, bot, connector

__all__ = ["bot", "connector"]  # the fixtures

NESTED = b"[" * 100_000
NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)
PRODUCTION = {
    "AFTALEBOT_ENV": "production", "MicrosoftAppId": "11111111-2222-3333-4444-555555555555",
    "MicrosoftAppPassword": "not-a-real-secret", "MicrosoftAppTenantId": TENANT_ID,
    "AFTALEBOT_ALLOWED_TENANTS": TENANT_ID, "AFTALEBOT_EXPORT_SECRET": "x" * 40,
    "AFTALEBOT_PUBLIC_URL": "https://aftalebot.toender.dk",
}


# ---------------------------------------------------------------- deeply nested JSON


async def test_deeply_nested_json_is_400_without_a_traceback(bot: RunningBot) -> None:
    response = await bot.post(NESTED, {"Content-Type": "application/json"})
    assert response.status == 400
    assert "Traceback" not in response.text_body  # type: ignore[attr-defined]


async def test_deeply_nested_json_to_the_import_is_400(database_url: str) -> None:
    from aiohttp.test_utils import TestServer

    from bot.web.app import create_app

    token = "lis-token-long-enough-for-production-0001"
    server = TestServer(create_app(Settings(DATABASE_URL=database_url, AFTALEBOT_IMPORT_TOKENS=f"{TENANT_ID}:{token}")),
                        host="127.0.0.1")
    await server.start_server()
    try:
        async with ClientSession() as http, http.post(
            str(server.make_url("/api/measurements")), data=NESTED,
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        ) as response:
            body = await response.text()
    finally:
        await server.close()
    assert response.status == 400 and "Traceback" not in body


# ---------------------------------------------------------------- odd card payloads and mentions


@pytest.mark.parametrize("data", ["tekst", ["agreement.submit"], 7, None], ids=["string", "list", "number", "none"])
async def test_an_execute_whose_data_is_not_an_object_gets_a_danish_error(
    bot: RunningBot, connector: FakeConnector, data: Any
) -> None:
    invoke = make_activity(connector.url, type="invoke", name="adaptiveCard/action",
                           value={"action": {"type": "Action.Execute", "verb": "agreement.submit", "data": data}})
    response = await bot.post(invoke)
    assert response.status == 200
    body = await response.json()  # type: ignore[attr-defined]
    assert body["statusCode"] in (200, 400) and "Traceback" not in str(body)


async def test_an_execute_whose_verb_is_an_object_is_refused(bot: RunningBot, connector: FakeConnector) -> None:
    invoke = make_activity(connector.url, type="invoke", name="adaptiveCard/action",
                           value={"action": {"type": "Action.Execute", "verb": {"x": 1}, "data": {}}})
    response = await bot.post(invoke)
    body = await response.json()  # type: ignore[attr-defined]
    assert response.status == 200 and body["statusCode"] == 400 and "kortet" in body["value"]["message"]


@pytest.mark.parametrize("where", ["personal", "groupChat"])
async def test_a_mention_whose_mentioned_is_null_does_not_crash(
    bot: RunningBot, connector: FakeConnector, where: str
) -> None:
    activity = make_activity(connector.url, text="<at>Aftalebot</at> hjælp")
    if where == "groupChat":
        activity["conversation"] = {**activity["conversation"], "id": "19:gruppe@thread.v2",
                                    "conversationType": "groupChat", "isGroup": True}
    activity["entities"] = [{"type": "mention", "text": "<at>x</at>", "mentioned": None},
                            {"type": "mention", "text": "<at>Aftalebot</at>",
                             "mentioned": {"id": BOT_ID, "name": "Aftalebot"}}]
    response = await bot.post(activity)
    assert response.status in (200, 201)
    reply = await connector.wait_for(lambda a: a["conversation"]["id"] == activity["conversation"]["id"])
    assert "Det kan jeg hjælpe med" in text_of(reply)


# ---------------------------------------------------------------- control characters in the export


async def test_control_characters_do_not_break_the_docx_export(engine: AsyncEngine) -> None:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        loaded = await DemoLoader().load(uow, date(2026, 11, 24))
        await uow.commit()
        nul = "\x00" if engine.dialect.name == "sqlite" else ""  # PostgreSQL cannot store NUL at all
        await uow.session.execute(update(AgreementRow).values(economy=f"Ramme\x0b412\x1b[31m mio.{nul} kr.",
                                                              dialogue="Kvartalsvis\x07 dialog"))
        await uow.commit()
        agreement = await uow.agreements.get(TENANT_ID, loaded.agreement_id)
        assert agreement is not None
        document = await DocumentService(TONDER).load(uow, agreement, date(2026, 11, 24))
    content = render_docx(document)
    assert content[:2] == b"PK"
    economy = next(s for s in document.sections if s.key == "economy")
    assert economy.paragraphs == ("Ramme 412[31m mio. kr.",)


# ---------------------------------------------------------------- names in job errors and logs


async def test_a_job_error_names_no_person() -> None:
    sender = BotConnectorSender(adapter=None, app_id=None)  # type: ignore[arg-type]
    with pytest.raises(SendError) as raised:
        await sender(Person(TENANT_ID, "aad", "Mette Kjær", id=7), {})
    assert "Mette" not in str(raised.value) and "Kjær" not in str(raised.value)


async def test_erasure_clears_the_error_text_of_the_persons_finished_jobs(engine: AsyncEngine) -> None:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        await DemoLoader().load(uow, date(2026, 11, 24))
        await uow.commit()
        mette = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert mette is not None and mette.id is not None
        now = NOW
        uow.session.add(ScheduledJobRow(
            tenant_id=TENANT_ID, kind="monthly_status", due_at=now, idempotency_key="old-error",
            payload={"person_id": mette.id, "agreement_id": 1}, attempts=3, failed_at=now,
            last_error="Mette Kjær har ikke åbnet Aftalebot i Teams endnu"))
        await uow.commit()
    async with SqlDataProtectionUnitOfWork(make_sessionmaker(engine)) as protection:
        await protection.person_data.delete_traces(mette, [])
        await protection.commit()
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        errors = list(await uow.session.scalars(select(ScheduledJobRow.last_error)))
    assert errors == [None]


# ---------------------------------------------------------------- export links in the access log


def test_a_working_export_link_is_not_written_to_the_log() -> None:
    links = ExportLinks(b"k" * 32, "http://127.0.0.1:3978", lambda: NOW)
    path = links.url(TENANT_ID, 1, 1, ExportFormat.DOCX, 3)
    token = path.rsplit("/", 1)[1]
    record = logging.LogRecord("aiohttp.access", logging.INFO, __file__, 1,
                               '127.0.0.1 "GET %s HTTP/1.1" 200 1234', (path.split("3978")[1],), None)
    ContextFilter(Redactor()).filter(record)
    assert token not in record.getMessage() and "/api/export/" in record.getMessage()


# ---------------------------------------------------------------- two people naming the same new unit


async def test_two_people_naming_the_same_new_unit_at_once_get_one_unit_and_a_danish_refusal(
    engine: AsyncEngine,
) -> None:
    setup = AgreementSetupService(TONDER, ApprovalService(TONDER))
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        await DemoLoader().load(uow, date(2026, 11, 24))
        await uow.commit()
        people = [p for p in await uow.people.list(TENANT_ID)]
    first, second, giver = people[0], people[3], people[1]

    async def create(person: Person) -> Any:
        draft = AgreementDraft(unit=UnitChoice(name="Teknik og Miljø", area="Teknik"), year=2027,
                               level=AgreementLevel.DIRECTORATE, giver=GiverChoice(person_id=giver.id))
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            try:
                created = await setup.create(uow, person, draft, 2026)
                await uow.commit()
                return created
            except SetupRefused as refused:
                return refused

    results = await asyncio.gather(create(first), create(second), return_exceptions=True)
    refusals = [r for r in results if isinstance(r, SetupRefused)]
    assert not [r for r in results if isinstance(r, BaseException) and not isinstance(r, SetupRefused)], results
    assert len(refusals) == 1 and refusals[0].message.endswith(".")
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        assert len([u for u in await uow.units.list(TENANT_ID) if u.name == "Teknik og Miljø"]) == 1


# ---------------------------------------------------------------- production start-up checks


@pytest.mark.parametrize("change", [{"AFTALEBOT_PUBLIC_URL": "https://"},
                                    {"AFTALEBOT_PUBLIC_URL": "https:///sti"},
                                    {"AFTALEBOT_IMPORT_TOKENS": f"{TENANT_ID}:abcde"}],
                         ids=["https without host", "https with empty host", "five-character import token"])
def test_production_refuses_a_weak_configuration(change: dict[str, str]) -> None:
    settings = Settings(DATABASE_URL="sqlite+aiosqlite:///:memory:", **{**PRODUCTION, **change})
    assert settings.missing_for_production(), change
    good = Settings(DATABASE_URL="sqlite+aiosqlite:///:memory:", **PRODUCTION)
    assert good.missing_for_production() == []


async def test_an_unmigrated_database_is_noticed(tmp_path: Any) -> None:
    fresh = Settings(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}")
    assert await database_is_current(fresh) is False


def test_production_serve_refuses_an_unmigrated_database(tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in {**PRODUCTION, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"}.items():
        monkeypatch.setenv(name, value)
    assert main(["serve", "--port", "0"]) == 2
    assert "aftalebot migrate" in capsys.readouterr().err


def test_development_export_links_follow_serve_port() -> None:
    settings = serve_settings(Settings(DATABASE_URL="sqlite+aiosqlite:///:memory:"), 4321)
    assert settings.public_base_url == "http://127.0.0.1:4321"
    url = ExportLinks.from_settings(settings, lambda: NOW).url(TENANT_ID, 1, 1, ExportFormat.DOCX, 3)
    assert url.startswith("http://127.0.0.1:4321/api/export/")
