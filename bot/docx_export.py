"""The agreement document as DOCX (python-docx): the Norddjurs layout with a goals table and the approval.

A4 portrait, 2 cm margins, Calibri, Danish language set on every style, real heading styles (so Word's
navigation pane and a PDF's outline show the sections), tables whose header row repeats on every page, and a
footer with the municipality, the title and the page number.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from agreements.agreement import document_texts as texts
from agreements.agreement.document import AgreementDocument, GoalRow

FONT = "Calibri"
LANGUAGE = "da-DK"
INK = RGBColor(0x1F, 0x1F, 0x1F)
ACCENT = RGBColor(0x1B, 0x3A, 0x5C)  # dark municipal blue
MUTED = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "1B3A5C"
BAND_FILL = "EEF2F6"
STATUS_FILLS = {"on_track": "D9EAD3", "at_risk": "FFF2CC", "off_track": "F4CCCC", "no_data": "E7E6E6",
                "not_followed_yet": "E7E6E6"}
PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN = Cm(2.0)
# Widths in cm of the goals table's columns (sum 17 = A4 less the margins).
GOAL_WIDTHS = (3.3, 2.0, 1.8, 2.0, 2.2, 2.0, 1.7, 2.0)
STATUS_WIDTHS = (1.1, 4.0, 2.6, 2.0, 7.3)
EVALUATION_WIDTHS = (5.5, 2.3, 6.0, 3.2)
ASSESSMENT_FILLS = {"met": "D9EAD3", "partly_met": "FFF2CC", "not_met": "F4CCCC", "": "E7E6E6"}


def render_docx(document: AgreementDocument) -> bytes:
    doc = Document()
    _page_setup(doc, document)
    _styles(doc)
    props = doc.core_properties
    props.title, props.subject, props.author = document.title, document.unit, "Aftalebot"
    props.language, props.keywords = LANGUAGE, f"udviklingsaftale; {document.year}"

    title = doc.add_paragraph(document.title, style="Title")
    title.paragraph_format.space_after = Pt(2)
    doc.add_paragraph(document.parties_line, style="Subtitle")
    _facts(doc, document.facts)

    for section in document.sections:
        doc.add_heading(section.title, level=1)
        for paragraph in section.paragraphs or (texts.SECTION_EMPTY,):
            p = doc.add_paragraph(paragraph)
            if not section.paragraphs:
                _muted(p)
        if section.bullets:
            doc.add_paragraph(section.bullets_intro)
            for bullet in section.bullets:
                doc.add_paragraph(bullet, style="List Bullet")
        if section.key == "focus_text":
            _goals(doc, document)
        if section.key == "evaluation":
            _evaluation(doc, document)
    if not any(section.key == "evaluation" for section in document.sections):
        _evaluation(doc, document)

    _approval(doc, document)

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- page and styles


def _page_setup(doc: DocxDocument, document: AgreementDocument) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)
    header = section.header.paragraphs[0]
    header.text = document.municipality
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in header.runs:
        run.font.size, run.font.bold, run.font.color.rgb = Pt(9), True, ACCENT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = footer.add_run(document.footer + "  ·  side ")
    run.font.size, run.font.color.rgb = Pt(8), MUTED
    _page_number(footer.add_run())


def _page_number(run: Run) -> None:
    """A PAGE field, updated by Word and LibreOffice when the document is shown."""
    begin, separate, end = (OxmlElement("w:fldChar") for _ in range(3))
    begin.set(qn("w:fldCharType"), "begin")
    separate.set(qn("w:fldCharType"), "separate")
    end.set(qn("w:fldCharType"), "end")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    shown = OxmlElement("w:t")
    shown.text = "1"
    for element in (begin, instruction, separate, shown, end):
        run._r.append(element)
    run.font.size, run.font.color.rgb = Pt(8), MUTED


def _set_font(style: ParagraphStyle, size: float, *, bold: bool = False, color: RGBColor = INK) -> None:
    style.font.name, style.font.size, style.font.bold = FONT, Pt(size), bold
    style.font.color.rgb = color
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is not None:  # theme fonts would override the named font in Word
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:cs"), FONT)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)


def _styles(doc: DocxDocument) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    _set_font(normal, 10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, color in (("Title", 22, ACCENT), ("Subtitle", 12, MUTED), ("Heading 1", 14, ACCENT),
                              ("Heading 2", 12, ACCENT), ("List Bullet", 10.5, INK)):
        style = styles[name]
        assert isinstance(style, ParagraphStyle)
        _set_font(style, size, bold=name.startswith("Heading") or name == "Title", color=color)
        style.font.italic = False
    # The template's Title has a bottom border, and Title and Subtitle have expanded letter spacing.
    for name in ("Title", "Subtitle"):
        style = styles[name]
        assert isinstance(style, ParagraphStyle)
        p_pr = style.element.get_or_add_pPr()
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)
        r_pr = style.element.get_or_add_rPr()
        for spacing in r_pr.findall(qn("w:spacing")):
            r_pr.remove(spacing)
    footer = styles["Footer"]
    assert isinstance(footer, ParagraphStyle)
    _set_font(footer, 8, color=MUTED)
    for name, before, after in (("Heading 1", 16, 4), ("Heading 2", 12, 4)):
        heading = styles[name]
        assert isinstance(heading, ParagraphStyle)
        heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(before), Pt(after)
        heading.paragraph_format.keep_with_next = True


def _muted(paragraph: Paragraph, size: float | None = None) -> None:
    for run in paragraph.runs:
        run.font.color.rgb, run.font.italic = MUTED, True
        if size is not None:
            run.font.size = Pt(size)


# ---------------------------------------------------------------- tables


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def _keep_row_together(row: _Row, *, header: bool = False) -> None:
    """The row is not split across pages; a header row also repeats on every page (schema order: cantSplit
    before tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)


def _column_widths(table: Table, widths: Sequence[float]) -> None:
    """Fixed layout with the grid's widths; Word reads the cells' widths, LibreOffice the grid's."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)


def _tight(paragraph: Paragraph, before: float = 0) -> Paragraph:
    paragraph.paragraph_format.space_before, paragraph.paragraph_format.space_after = Pt(before), Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    return paragraph


def _cell_text(cell: _Cell, text: str, *, size: float = 8, bold: bool = False,
               color: RGBColor | None = None) -> None:
    paragraph = _tight(cell.paragraphs[0])
    run = paragraph.add_run(text)
    run.font.size, run.font.bold = Pt(size), bold
    if color is not None:
        run.font.color.rgb = color


def _table(doc: DocxDocument, header: Sequence[str], widths: Sequence[float]) -> Table:
    table: Table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _column_widths(table, widths)
    for cell, title, width in zip(table.rows[0].cells, header, widths, strict=True):
        cell.width = Cm(width)
        _cell_text(cell, title, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        _shade(cell, HEADER_FILL)
    _keep_row_together(table.rows[0], header=True)
    return table


def _add_row(table: Table, values: Sequence[str], widths: Sequence[float], *, band: bool,
             fills: dict[int, str] | None = None) -> None:
    row = table.add_row()  # type: ignore[no-untyped-call]
    _keep_row_together(row)
    cells = row.cells
    for index, (cell, value, width) in enumerate(zip(cells, values, widths, strict=True)):
        cell.width = Cm(width)
        if value:
            _cell_text(cell, value)
        fill = (fills or {}).get(index) or (BAND_FILL if band else None)
        if fill:
            _shade(cell, fill)


def _facts(doc: DocxDocument, facts: Sequence[tuple[str, str]]) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _column_widths(table, (3.5, 13.5))
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(3.5), Cm(13.5)
        _cell_text(cells[0], label, size=9.5, bold=True, color=ACCENT)
        _cell_text(cells[1], value, size=9.5)


def _goal_cell(cell: _Cell, goal: GoalRow) -> None:
    """The number and kind in bold on their own line, the goal below, then any notes (delmål, co-owners)."""
    paragraph = _tight(cell.paragraphs[0])
    label = paragraph.add_run(f"{goal.number}. {goal.kind}")
    label.font.size, label.font.bold, label.font.color.rgb = Pt(8), True, ACCENT
    label.add_break()
    paragraph.add_run(goal.goal).font.size = Pt(8)
    for line in goal.notes:
        note = _tight(cell.add_paragraph(), before=2).add_run(line)
        note.font.size, note.font.italic, note.font.color.rgb = Pt(8), True, MUTED


def _goals(doc: DocxDocument, document: AgreementDocument) -> None:
    doc.add_heading(texts.GOALS_HEADING, level=2)
    if not document.goals:
        _muted(doc.add_paragraph(texts.GOALS_EMPTY))
    else:
        table = _table(doc, texts.GOAL_COLUMNS, GOAL_WIDTHS)
        for index, goal in enumerate(document.goals):
            values = ["", goal.initiative, goal.output, goal.effect, goal.indicator, goal.baseline_target,
                      goal.deadline, goal.followup]
            _add_row(table, values, GOAL_WIDTHS, band=index % 2 == 1)
            _goal_cell(table.rows[-1].cells[0], goal)
    doc.add_heading(document.status_heading, level=2)
    if not document.status:
        _muted(doc.add_paragraph(texts.STATUS_EMPTY))
        return
    table = _table(doc, texts.STATUS_COLUMNS, STATUS_WIDTHS)
    for index, row in enumerate(document.status):
        _add_row(table, [str(row.goal_number), row.indicator, row.latest, row.status, row.explanation],
                 STATUS_WIDTHS, band=index % 2 == 1, fills={3: STATUS_FILLS.get(row.status_key, BAND_FILL)})


def _evaluation(doc: DocxDocument, document: AgreementDocument) -> None:
    """The results of the year-end evaluation; nothing before a goal has been assessed."""
    block = document.evaluation
    if block is None:
        return
    doc.add_heading(texts.EVALUATION_HEADING, level=2)
    doc.add_paragraph(block.summary)
    table = _table(doc, texts.EVALUATION_COLUMNS, EVALUATION_WIDTHS)
    for index, row in enumerate(block.rows):
        _add_row(table, [f"{row.goal_number}. {row.goal}", row.assessment, row.comment, row.assessed],
                 EVALUATION_WIDTHS, band=index % 2 == 1,
                 fills={1: ASSESSMENT_FILLS.get(row.assessment_key, BAND_FILL)})


def _approval(doc: DocxDocument, document: AgreementDocument) -> None:
    """Place and date, then each party's name on a signature line with role and what they did."""
    approval = document.approval
    doc.add_heading(texts.APPROVAL_HEADING, level=1)
    place = doc.add_paragraph()
    place.paragraph_format.keep_with_next = True
    place.paragraph_format.space_after = Pt(30)
    run = place.add_run(approval.headline)
    run.font.bold = True
    if not approval.approved:
        run.font.color.rgb = RGBColor(0x9C, 0x27, 0x06)
    widths = (7.8, 1.4, 7.8)
    table = doc.add_table(rows=3, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _column_widths(table, widths)
    for row in table.rows:
        _keep_row_together(row)
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    for column, signatory in zip((0, 2), approval.signatories, strict=True):
        name_cell, role_cell, line_cell = (table.rows[r].cells[column] for r in range(3))
        _top_border(name_cell)
        _cell_text(name_cell, signatory.name, size=11, bold=True)
        _cell_text(role_cell, signatory.role.capitalize(), size=9.5, color=MUTED)
        _cell_text(line_cell, signatory.line, size=9.5)
        name_cell.paragraphs[0].paragraph_format.space_before = Pt(3)
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(12)
    for line in (approval.note, document.generated):
        if line:
            if note.runs:
                note.runs[-1].add_break()
            note.add_run(line)
    _muted(note, size=9)


def _top_border(cell: _Cell) -> None:
    """The line a signature would stand on."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "1B3A5C")):
        top.set(qn(key), value)
    borders.append(top)
    tc_pr.append(borders)
