"""Issue 15, item 4: a unit name (or section text) planted with markup shows as plain text everywhere.

The unit «Skole [Log ind igen](https://evil.example/login) <at>Henrik Thomsen</at> **GODKENDT**» appeared raw in
the unit list of «ny aftale», the giver's submission message, the approval card's «Enhed», the status cards and
the Markdown export (with raw section texts). Every user-written string now goes through agreements.escape.plain.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import update

from agreements.agreement.document import DocumentService
from agreements.agreement.document_markdown import render_markdown
from agreements.demo import GIVER, HOLDER, TENANT_ID
from agreements.profiles import TONDER
from bot.docx_export import render_docx
from store.db import create_engine, make_sessionmaker
from store.models import AgreementRow, UnitRow
from store.uow import SqlUnitOfWork
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot, bot, connector
from tests.test_approval import cards_in, chat_of, say

__all__ = ["bot", "connector"]  # the fixtures

HOSTILE = "Skole [Log ind igen](https://evil.example/login) <at>Henrik Thomsen</at> **GODKENDT**"
HOSTILE_SECTION = "Se [her](https://evil.example/x) og ![spor](https://evil.example/p.png)\n# GODKENDT\n<b>ja</b>"


def assert_inert(text: str, where: str) -> None:
    assert "](https://evil.example" not in text, (where, text)
    assert "<at>" not in text and "<b>" not in text, (where, text)
    assert "**GODKENDT**" not in text and "\n# GODKENDT" not in text, (where, text)


def assert_readable(text: str, where: str) -> None:
    assert "Log ind igen" in text and "GODKENDT" in text and "Henrik Thomsen" in text, (where, text)


async def plant(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            await uow.session.execute(update(UnitRow).values(name=HOSTILE))
            await uow.session.execute(update(AgreementRow).values(economy=HOSTILE_SECTION))
            await uow.commit()
    finally:
        await engine.dispose()


def everything(activities: list[dict[str, Any]]) -> str:
    return "\n".join([text_of(a) for a in activities] + [json.dumps(a, ensure_ascii=False) for a in activities])


async def test_the_hostile_unit_name_is_plain_text_in_every_message_and_card(
    bot: RunningBot, connector: FakeConnector
) -> None:
    await plant(bot.settings.database_url)

    unit_list = await say(bot, connector, HOLDER, "ny aftale")  # the unit list of «ny aftale»
    assert_inert(everything(unit_list), "ny aftale")
    assert_readable(everything(unit_list), "ny aftale")
    await say(bot, connector, HOLDER, "annuller")
    await say(bot, connector, HOLDER, "ja")

    await say(bot, connector, GIVER, "hej")
    await say(bot, connector, HOLDER, "send til godkendelse")
    to_giver = [a for a in connector.activities if a.get("conversation", {}).get("id") == chat_of(GIVER)]
    message = [text_of(a) for a in to_giver if "har sendt udviklingsaftalen" in text_of(a)]
    assert message, [text_of(a) for a in to_giver]
    assert_inert(message[-1], "submission message")
    assert_readable(message[-1], "submission message")
    approval = cards_in(connector.activities, chat_of(GIVER))[-1]
    assert_inert(everything([approval]), "approval card")
    assert_readable(text_of(approval), "approval card")

    status = await say(bot, connector, GIVER, "status")  # the status cards
    assert cards_in(status, chat_of(GIVER)), [text_of(a) for a in status]
    assert_inert(everything(status), "status cards")
    assert_readable(everything(status), "status cards")


async def test_the_exports_show_the_hostile_unit_and_section_as_plain_text(database_url: str) -> None:
    from bot.commandline.demo import load_demo
    from bot.settings import Settings

    await load_demo(Settings(DATABASE_URL=database_url), today=date(2026, 11, 24))
    await plant(database_url)
    engine = create_engine(database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            document = await DocumentService(TONDER).load(uow, await _agreement(uow), date(2026, 11, 24))
    finally:
        await engine.dispose()
    markdown = render_markdown(document)
    assert_inert(markdown, "markdown")
    assert_readable(markdown, "markdown")
    assert "![spor](" not in markdown and "](https://evil.example/x)" not in markdown
    assert render_docx(document)[:2] == b"PK"


async def _agreement(uow: SqlUnitOfWork) -> Any:
    [agreement] = await uow.agreements.for_year(TENANT_ID)
    return agreement
