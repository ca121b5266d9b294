"""The agreement document as Markdown (GitHub-flavoured tables), a pure function of `AgreementDocument`."""

from __future__ import annotations

from agreements.agreement import document_texts as texts
from agreements.agreement.document import AgreementDocument


def _cell(value: str) -> str:
    """One table cell: no line breaks, pipes escaped."""
    return " ".join(value.split()).replace("|", "\\|") or texts.NOT_STATED


def _row(cells: tuple[str, ...] | list[str]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _table(header: tuple[str, ...], rows: list[list[str]]) -> list[str]:
    return [_row(header), "| " + " | ".join("---" for _ in header) + " |", *(_row(r) for r in rows)]


def render_markdown(document: AgreementDocument) -> str:
    lines: list[str] = [f"# {document.title}", "", f"**{document.parties_line}**", ""]
    lines.extend(f"- **{label}:** {value}" for label, value in document.facts)
    lines.append("")
    for section in document.sections:
        lines.extend([f"## {section.title}", ""])
        for paragraph in section.paragraphs or (texts.SECTION_EMPTY,):
            lines.extend([paragraph, ""])
        if section.bullets:
            lines.extend([section.bullets_intro, ""])
            lines.extend(f"- {bullet}" for bullet in section.bullets)
            lines.append("")
        if section.key == "focus_text":
            lines.extend(_goals(document))
        if section.key == "evaluation":
            lines.extend(_evaluation(document))
    if not any(section.key == "evaluation" for section in document.sections):
        lines.extend(_evaluation(document))
    lines.extend([f"## {texts.APPROVAL_HEADING}", "", f"**{document.approval.headline}**", ""])
    for signatory in document.approval.signatories:
        lines.append(f"- **{signatory.name}**, {signatory.role}: {signatory.line}")
    lines.append("")
    if document.approval.note:
        lines.extend([f"_{document.approval.note}_", ""])
    lines.extend(["---", "", f"_{document.generated} · {document.municipality}_", ""])
    return "\n".join(lines)


def _goals(document: AgreementDocument) -> list[str]:
    lines = [f"### {texts.GOALS_HEADING}", ""]
    if not document.goals:
        return [*lines, texts.GOALS_EMPTY, ""]
    rows = []
    for goal in document.goals:
        statement = f"**{goal.number}. {goal.kind}** – {goal.goal}"
        if goal.notes:
            statement += "<br>" + "<br>".join(goal.notes)
        rows.append([statement, goal.initiative, goal.output, goal.effect, goal.indicator, goal.baseline_target,
                     goal.deadline, goal.followup])
    lines.extend(_table(texts.GOAL_COLUMNS, rows))
    lines.extend(["", f"### {document.status_heading}", ""])
    if not document.status:
        return [*lines, texts.STATUS_EMPTY, ""]
    lines.extend(_table(texts.STATUS_COLUMNS, [
        [str(row.goal_number), row.indicator, row.latest, row.status, row.explanation] for row in document.status
    ]))
    lines.append("")
    return lines


def _evaluation(document: AgreementDocument) -> list[str]:
    """The results of the year-end evaluation; nothing before a goal has been assessed."""
    block = document.evaluation
    if block is None:
        return []
    lines = [f"### {texts.EVALUATION_HEADING}", "", block.summary, ""]
    lines.extend(_table(texts.EVALUATION_COLUMNS, [
        [f"{row.goal_number}. {row.goal}", row.assessment, row.comment, row.assessed] for row in block.rows
    ]))
    lines.append("")
    return lines
