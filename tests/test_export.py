"""Export of an agreement as a document: the model, DOCX and Markdown, the approval block, access, the CLI, the card."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm

from agreements.agreement import document_texts
from agreements.agreement.approval import ApprovalService
from agreements.agreement.document import AgreementDocument, DocumentService, ExportRefusal, ExportRefused
from agreements.agreement.document_markdown import render_markdown
from agreements.demo import COORDINATOR, GIVER, GOALS, HOLDER, OTHER_MANAGER, TENANT_ID, DemoLoader, DemoPerson
from agreements.profiles import TONDER
from agreements.types import Person
from bot.commandline.cli import main
from bot.docx_export import render_docx
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.conftest import run_async

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
SECTIONS = ("Generelt", "Fokusområder", "Økonomi", "Dialog", "Evaluering")
STATEMENTS = [spec.statement for spec in GOALS]


async def _load_demo(url: str) -> None:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            await DemoLoader().load(uow, TODAY)
            await uow.commit()
    finally:
        await engine.dispose()


@pytest.fixture
def demo_url(database_url: str) -> str:
    run_async(_load_demo(database_url))
    return database_url


async def person(uow: SqlUnitOfWork, who: DemoPerson) -> Person:
    found = await uow.people.get_by_aad(TENANT_ID, who.aad_object_id)
    assert found is not None
    return found


async def document_for(url: str, who: DemoPerson = HOLDER, agreement_id: int = 1) -> AgreementDocument:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            document = await DocumentService(TONDER).load_for(uow, await person(uow, who), agreement_id, TODAY)
            await uow.commit()
            return document
    finally:
        await engine.dispose()


async def audit_actions(url: str) -> list[tuple[str, dict[str, object]]]:
    engine = create_engine(url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            return [(e.action, e.detail) for e in await uow.audit.list(TENANT_ID, "agreement:1")]
    finally:
        await engine.dispose()


def docx_text(content: bytes) -> tuple[list[tuple[str, str]], list[list[list[str]]], str]:
    """(style, text) of every paragraph, the tables' cell texts, and all text including headers and footers."""
    doc = Document(io.BytesIO(content))
    paragraphs = [(p.style.name if p.style is not None else "", p.text) for p in doc.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in doc.tables]
    section = doc.sections[0]
    everything = "\n".join(
        [t for _, t in paragraphs]
        + [cell for table in tables for row in table for cell in row]
        + [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    )
    return paragraphs, tables, everything


# ---------------------------------------------------------------- DOCX


async def test_docx_opens_and_has_the_title_every_section_heading_and_every_goal(demo_url: str) -> None:
    document = await document_for(demo_url)
    content = render_docx(document)
    paragraphs, tables, everything = docx_text(content)

    assert ("Title", "Aftale- og dialogstyringsdokument for 2026") in paragraphs
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    for section in SECTIONS:
        assert section in headings
    assert headings.index("Generelt") < headings.index("Fokusområder") < headings.index("Økonomi") \
        < headings.index("Dialog") < headings.index("Evaluering") < headings.index("Godkendelse")
    assert "Status pr. 24. november 2026" in headings

    goals = next(t for t in tables if t[0] == list(document_texts.GOAL_COLUMNS))
    assert len(goals) == 1 + len(GOALS)
    for number, (row, statement) in enumerate(zip(goals[1:], STATEMENTS, strict=True), start=1):
        assert row[0].startswith(f"{number}. ") and statement in row[0]
    sygefravaer = goals[5]
    assert sygefravaer[5] == "6,1 % → 5,5 %" and sygefravaer[6] == "31. december 2026"
    assert "Lavere sygefravær" in sygefravaer[3] and "Lokal-MED" in sygefravaer[7]
    assert goals[0][1] == "Indsats"

    status = next(t for t in tables if t[0] == list(document_texts.STATUS_COLUMNS))
    assert len(status) == 1 + len(GOALS)
    assert status[5][1] == "Sygefravær i dagtilbud" and "oktober 2026" in status[5][2]
    assert {row[3] for row in status[1:]} <= {"på sporet", "i risiko", "bagud", "mangler data"}

    assert "Ikke godkendt endnu" in everything
    assert "Mette Kjær" in everything and "Henrik Thomsen" in everything
    assert "Tønder Kommune" in everything  # header and footer


async def test_docx_is_a_proper_a4_document_with_a_repeating_table_header(demo_url: str) -> None:
    doc = Document(io.BytesIO(render_docx(await document_for(demo_url))))
    section = doc.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.01) and abs(section.page_height - Cm(29.7)) < Cm(0.01)
    assert all(abs(margin - Cm(2)) < Cm(0.01) for margin in (section.left_margin, section.right_margin))
    goals = doc.tables[1]
    header_props = goals.rows[0]._tr.trPr
    assert header_props is not None and header_props.find(qn("w:tblHeader")) is not None
    assert doc.core_properties.title == "Aftale- og dialogstyringsdokument for 2026"
    assert doc.core_properties.language == "da-DK"


# ---------------------------------------------------------------- Markdown


async def test_markdown_has_every_section_and_goal(demo_url: str) -> None:
    markdown = render_markdown(await document_for(demo_url))
    assert markdown.startswith("# Aftale- og dialogstyringsdokument for 2026\n")
    for section in SECTIONS:
        assert f"\n## {section}\n" in markdown
    header = "| " + " | ".join(document_texts.GOAL_COLUMNS) + " |"
    assert header in markdown
    for statement in STATEMENTS:
        assert statement in markdown
    assert "| 6,1 % → 5,5 % | 31. december 2026 |" in markdown
    assert "## Godkendelse\n\n**Ikke godkendt endnu**" in markdown


def test_markdown_keeps_a_table_intact_when_the_text_has_pipes_and_line_breaks() -> None:
    from agreements.agreement.document import GoalRow
    from agreements.agreement.document_markdown import _goals

    row = GoalRow(1, "Eget mål", "A | B\nC", "i", "x", "y", "z", "1 → 2", "1. maj 2026", "månedlig")
    document = AgreementDocument(
        agreement_id=1, version=1, year=2026, title="t", municipality="m", unit="u", holder="h", giver="g",
        parties_line="", facts=(), sections=(), goals=(row,), status_heading="Status", status=(),
        approval=None,  # type: ignore[arg-type]
        generated="", footer="",
    )
    lines = [line for line in _goals(document) if line.startswith("| **1.")]
    assert lines == ["| **1. Eget mål** – A \\| B C | i | x | y | z | 1 → 2 | 1. maj 2026 | månedlig |"]


# ---------------------------------------------------------------- the approval in place of signatures


async def _submit_and_approve(url: str, then_edit: bool = False) -> None:
    engine = create_engine(url)
    approvals = ApprovalService(TONDER)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            holder, giver = await person(uow, HOLDER), await person(uow, GIVER)
            await approvals.submit(uow, holder, 1, None, datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
            await approvals.approve(uow, giver, 1, 1, datetime(2026, 3, 9, 23, 30, tzinfo=UTC))
            if then_edit:
                agreement = await uow.agreements.get(TENANT_ID, 1)
                assert agreement is not None
                await approvals.begin_edit(uow, holder, agreement)
            await uow.commit()
    finally:
        await engine.dispose()


async def test_an_approved_agreement_closes_with_names_roles_and_the_danish_date(demo_url: str) -> None:
    await _submit_and_approve(demo_url)
    approval = (await document_for(demo_url)).approval
    assert approval.approved
    assert approval.headline == "Tønder, den 10. marts 2026"  # 23.30 UTC is the next day in Copenhagen
    holder, giver = approval.signatories
    assert (holder.name, holder.role) == ("Mette Kjær", "aftaleholder")
    assert (giver.name, giver.role) == ("Henrik Thomsen", "aftalegiver")
    assert holder.line == "Sendt til godkendelse 2. marts 2026 (version 1)"
    assert giver.line == "Godkendt 10. marts 2026 (version 1)"
    _, tables, everything = docx_text(render_docx(await document_for(demo_url)))
    assert "Ikke godkendt endnu" not in everything and "Tønder, den 10. marts 2026" in everything
    assert ["Mette Kjær", "", "Henrik Thomsen"] in [row for table in tables for row in table]  # the signature lines


async def test_a_changed_agreement_is_not_approved_and_says_which_version_was(demo_url: str) -> None:
    await _submit_and_approve(demo_url, then_edit=True)
    document = await document_for(demo_url)
    assert not document.approval.approved and document.version == 2
    assert document.approval.headline == "Ikke godkendt endnu"
    assert document.approval.note == (
        "Version 1 blev godkendt af Henrik Thomsen den 10. marts 2026; denne version er ændret siden.")
    assert "Ikke godkendt endnu" in render_markdown(document)


# ---------------------------------------------------------------- who may export


async def test_holder_giver_and_chefkonsulent_may_export_and_a_stranger_is_refused_and_audited(
    demo_url: str,
) -> None:
    for who in (HOLDER, GIVER, COORDINATOR):
        assert (await document_for(demo_url, who)).unit == "Børn og Skole"
    with pytest.raises(ExportRefused) as refused:
        await document_for(demo_url, OTHER_MANAGER)
    assert refused.value.reason is ExportRefusal.NOT_ALLOWED
    assert refused.value.message.startswith("Du kan kun hente aftaler, du selv er aftaleholder eller aftalegiver for")
    actions = await audit_actions(demo_url)
    assert actions.count(("agreement.exported", {"version": 1})) == 3
    assert ("agreement.refused", {"action": "export", "reason": "not_allowed"}) in actions
    with pytest.raises(ExportRefused) as missing:
        await document_for(demo_url, HOLDER, agreement_id=99)
    assert missing.value.message == "Jeg kan ikke finde den aftale."


# ---------------------------------------------------------------- the command line


@pytest.fixture
def cli_env(demo_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", demo_url)
    for name in ("MicrosoftAppTenantId", "AFTALEBOT_ALLOWED_TENANTS", "AFTALEBOT_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    return demo_url


def test_cli_lists_the_agreements_and_writes_docx_and_markdown(
    cli_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "   1  2026  Børn og Skole" in listing and "Kladde" in listing and "Mette Kjær" in listing

    docx_file = tmp_path / "aftale.docx"
    assert main(["export", "1", "--format", "docx", "-o", str(docx_file)]) == 0
    assert f"Aftalen er skrevet: {docx_file}" in capsys.readouterr().out
    _, _, everything = docx_text(docx_file.read_bytes())
    assert all(statement in everything for statement in STATEMENTS)

    md_file = tmp_path / "aftale.md"
    assert main(["export", "1", "-o", str(md_file), "--tenant", TENANT_ID]) == 0  # format from the suffix
    assert md_file.read_text(encoding="utf-8").startswith("# Aftale- og dialogstyringsdokument for 2026")
    assert ("agreement.exported", {"version": 1, "format": "md", "via": "cli"}) in run_async(audit_actions(cli_env))


def test_cli_refuses_an_unknown_agreement_and_a_missing_id_in_danish(
    cli_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.docx"
    assert main(["export", "42", "-o", str(target)]) == 2
    assert "Aftale 42 findes ikke. Se aftalerne med: aftalebot export --list" in capsys.readouterr().err
    assert not target.exists()
    assert main(["export"]) == 2
    assert "Angiv aftalens nummer" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path / "missing-dir" / "x.docx")]) == 1
    assert "kan ikke skrives" in capsys.readouterr().err
