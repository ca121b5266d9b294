"""Issue 17, item 6: the year-end evaluation's results in the DOCX and Markdown export (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from agreements.agreement import document_texts
from agreements.agreement.document import AgreementDocument, DocumentService
from agreements.agreement.document_markdown import render_markdown
from agreements.dialogue.evaluation import AssessmentInput, EvaluationService
from agreements.dialogue.meeting_ports import Assessment
from agreements.profiles import TONDER
from agreements.types import Person
from bot.docx_export import render_docx
from tests.support.meeting_world import World, local, world
from tests.test_export import docx_text

__all__ = ["world"]  # the fixture

TODAY = date(2026, 12, 16)
EVALUATED = local(2026, 12, 15, 14)


async def export(world: World, who: Person) -> AgreementDocument:
    async with world.uow() as uow:
        document = await DocumentService(TONDER).load_for(uow, who, world.agreement_id, TODAY)
        await uow.commit()
    return document


async def evaluate(world: World) -> list[int]:
    scheduled = await world.schedule(world.giver, starts_at=local(2026, 12, 15, 13), evaluation=True)
    async with world.uow() as uow:
        agreement = await uow.agreements.get(world.holder.tenant_id, world.agreement_id)
        assert agreement is not None
        goals = [g.id or 0 for g in agreement.goals]
        await EvaluationService().save_evaluation(uow, world.giver, scheduled.meeting.id or 0, [
            AssessmentInput(goals[0], Assessment.MET, "Nået i oktober"),
            AssessmentInput(goals[4], Assessment.PARTLY_MET, "Tæt på: 5,7 % mod [målet](http://x) *5,5*"),
            AssessmentInput(goals[5], Assessment.NOT_MET, ""),
        ], EVALUATED)
        await uow.commit()
    return goals


async def test_no_evaluation_part_before_the_goals_are_assessed(world: World) -> None:
    document = await export(world, world.holder)
    assert document.evaluation is None
    markdown = render_markdown(document)
    assert document_texts.EVALUATION_HEADING not in markdown
    paragraphs, tables, everything = docx_text(render_docx(document))
    assert document_texts.EVALUATION_HEADING not in everything
    assert not any(t[0] == list(document_texts.EVALUATION_COLUMNS) for t in tables)
    assert "Evaluering" in [text for style, text in paragraphs if style.startswith("Heading")]  # the R9 section


async def test_the_assessments_are_exported_per_goal_with_when_and_by_whom(world: World) -> None:
    goals = await evaluate(world)
    document = await export(world, world.coordinator)
    block = document.evaluation
    assert block is not None and len(block.rows) == len(goals)
    assert block.summary == f"1 opfyldt, 1 delvist opfyldt, 1 ikke opfyldt; {len(goals) - 3} mål er ikke vurderet."
    first, sick_leave, third = block.rows[0], block.rows[4], block.rows[5]
    assert (first.assessment, first.comment) == ("opfyldt", "Nået i oktober")
    assert first.assessed.endswith("15. december 2026 af Henrik Thomsen")
    assert sick_leave.assessment == "delvist opfyldt" and third.assessment == "ikke opfyldt"
    assert third.comment == document_texts.NOT_STATED
    assert block.rows[1].assessment == "Ikke vurderet"

    # Markdown: after the R9 section «Evaluering», before the approval; the comment cannot link or emphasise.
    markdown = render_markdown(document)
    assert markdown.index("## Evaluering") < markdown.index("### Resultat af evalueringen") \
        < markdown.index("## Godkendelse")
    assert "| Mål | Vurdering | Kommentar | Vurderet |" in markdown
    line = next(row for row in markdown.splitlines() if "Tæt på" in row)
    assert "delvist opfyldt" in line and "](http" not in line and "*5,5*" not in line
    assert "Henrik Thomsen" in line

    # DOCX: a heading and a table with one row per goal.
    paragraphs, tables, everything = docx_text(render_docx(document))
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert headings.index("Evaluering") < headings.index("Resultat af evalueringen") < headings.index("Godkendelse")
    table = next(t for t in tables if t[0] == list(document_texts.EVALUATION_COLUMNS))
    assert len(table) == 1 + len(goals)
    assert table[1][1:3] == ["opfyldt", "Nået i oktober"] and "Henrik Thomsen" in table[1][3]
    assert table[5][1] == "delvist opfyldt" and "5,7 %" in table[5][2] and "](http" not in table[5][2]
    assert table[2][1] == "Ikke vurderet"
    assert block.summary in everything
