"""Measurement import from CSV and XLSX: all-or-nothing validation with Danish row errors."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from agreements.indicators.measurement_import import (
    ImportRejected,
    ImportResult,
    ImportRow,
    RowError,
    format_report,
    format_summary,
    parse_csv,
    parse_file,
    parse_number,
    parse_xlsx,
    validate_frequencies,
    validate_keys,
)
from agreements.indicators.periods import HINT, parse_period
from agreements.types import Frequency

KNOWN = {"demo-sygefravaer", "demo-fritidsjob", "demo-trivsel"}


def triples(result: ImportResult) -> list[tuple[int, str, str, float]]:
    return [(row.line, row.indicator_key, row.period.key, row.value) for row in result.rows]


def xlsx(*rows: list[object], percent_cells: tuple[str, ...] = ()) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for ref in percent_cells:
        sheet[ref].number_format = "0.0%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- CSV dialects


def test_semicolons_and_decimal_commas_as_danish_excel_writes_them() -> None:
    data = (
        "Indikator;Periode;Værdi;Kommentar\r\n"
        "demo-sygefravaer;2026-10;6,1;Influenza i uge 42\r\n"
        "demo-fritidsjob;okt 2026;1.250,5;\r\n"
        "demo-trivsel;2026-K3;84;\r\n"
        "demo-fritidsjob;2026-11;1.250;\r\n"
    )
    result = parse_csv(data)
    assert result.ok and result.errors == []
    assert triples(result) == [
        (2, "demo-sygefravaer", "2026-10", 6.1),
        (3, "demo-fritidsjob", "2026-10", 1250.5),
        (4, "demo-trivsel", "2026-Q3", 84.0),
        (5, "demo-fritidsjob", "2026-11", 1250.0),
    ]
    assert result.rows[0].comment == "Influenza i uge 42"
    assert result.rows[1].comment is None
    assert result.rows[0] == ImportRow(2, "demo-sygefravaer", parse_period("2026-10"), 6.1, "Influenza i uge 42")


def test_commas_with_decimal_points_and_an_english_header() -> None:
    data = (
        "Indicator Key,Period,Value,Comment\n"
        "demo-sygefravaer,2026-10,6.1,\"flu, week 42\"\n"
        "demo-fritidsjob,2026-10,\"1,250.5\",\n"
        "demo-trivsel,2026-10,1.250,\n"
    )
    result = parse_csv(data)
    assert result.ok
    assert triples(result) == [
        (2, "demo-sygefravaer", "2026-10", 6.1),
        (3, "demo-fritidsjob", "2026-10", 1250.5),
        (4, "demo-trivsel", "2026-10", 1.25),  # a comma-separated file writes decimals with a point
    ]
    assert result.rows[0].comment == "flu, week 42"


@pytest.mark.parametrize(
    "header",
    ["indikator;periode;værdi", "NØGLE ; Periode ; VAERDI", "indicator_key;period;value",
     "Indikator nøgle;periode;værdi", "key;period;value;bemærkning", "værdi;indikatornøgle;periode"],
)  # fmt: skip
def test_header_names_in_danish_or_english_in_any_order(header: str) -> None:
    columns = [c.strip().lower() for c in header.split(";")]
    cells = {"værdi": "6,1", "vaerdi": "6,1", "value": "6,1", "periode": "2026-10", "period": "2026-10"}
    row = ";".join(cells.get(c, "demo-trivsel" if c not in ("bemærkning",) else "") for c in columns)
    result = parse_csv(f"{header}\n{row}\n")
    assert result.ok, result.errors
    assert triples(result) == [(2, "demo-trivsel", "2026-10", 6.1)]


def test_utf8_with_bom() -> None:
    data = "\ufeffindikator;periode;værdi;bemærkning\ndemo-trivsel;2026-10;84,5;Større skoler\n".encode()
    result = parse_csv(data)
    assert result.ok
    assert triples(result) == [(2, "demo-trivsel", "2026-10", 84.5)]
    assert result.rows[0].comment == "Større skoler"


def test_cp1252_as_older_excel_saves_it() -> None:
    data = "indikator;periode;værdi;bemærkning\ndemo-sygefravaer;2026-10;5,9;Fravær – især i børnehaverne\n"
    result = parse_csv(data.encode("cp1252"))
    assert result.ok
    assert result.rows[0].comment == "Fravær – især i børnehaverne"
    assert parse_csv("indikator;periode;værdi\nx;2026-10;1\n".encode("latin-1")).ok


def test_utf16_tab_separated_as_excel_unicode_text() -> None:
    data = "indikator\tperiode\tværdi\ndemo-trivsel\t2026-10\t84,5\n".encode("utf-16")
    result = parse_csv(data)
    assert result.ok and triples(result) == [(2, "demo-trivsel", "2026-10", 84.5)]


def test_the_excel_sep_line_is_honoured_and_hidden_from_row_numbers() -> None:
    result = parse_csv("sep=,\nindikator,periode,værdi\ndemo-trivsel,2026-10,84.5\ndemo-trivsel,2026-11,x\n")
    assert triples(result) == [(2, "demo-trivsel", "2026-10", 84.5)]
    assert result.errors == [RowError(3, "«x» er ikke et tal.")]


def test_blank_lines_and_quoted_newlines_keep_spreadsheet_row_numbers() -> None:
    data = (
        "indikator;periode;værdi;kommentar\n"
        "\n"
        "demo-trivsel;2026-09;84;\"to\nlinjer\"\n"
        ";;;\n"
        "demo-trivsel;2026-10;x;\n"
    )
    result = parse_csv(data)
    assert triples(result) == [(3, "demo-trivsel", "2026-09", 84.0)]
    assert result.rows[0].comment == "to\nlinjer"
    assert result.errors == [RowError(5, "«x» er ikke et tal.")]


@pytest.mark.parametrize(
    ("text", "danish", "value"),
    [
        ("6,1", True, 6.1), ("6.1", True, 6.1), ("1.250,5", True, 1250.5), ("1,250.5", True, 1250.5),
        ("1.250", True, 1250.0), ("1.250", False, 1.25), ("1,250", False, 1250.0), ("1,25", False, 1.25),
        ("0,125", True, 0.125), ("1250,125", True, 1250.125), ("1.250.000", True, 1250000.0),
        ("1 250,5", True, 1250.5), ("-3", True, -3.0), ("−3,5", True, -3.5), ("+2", True, 2.0),
        ("6,1 %", True, 6.1), (",5", True, 0.5), ("84", False, 84.0),
        ("6,1x", True, None), ("1.2.3", True, None), ("12.34,5", True, None), ("nan", True, None),
        ("inf", True, None), ("1e3", True, None), ("", True, None), ("-", True, None), ("6,1,2", True, None),
    ],
)  # fmt: skip
def test_parse_number(text: str, danish: bool, value: float | None) -> None:
    assert parse_number(text, danish=danish) == value


# ---------------------------------------------------------------- XLSX


def test_xlsx_with_numbers_as_numbers_and_as_text() -> None:
    data = xlsx(
        ["Indikator", "Periode", "Værdi", "Kommentar"],
        ["demo-sygefravaer", "2026-10", 6.1, "tal"],
        ["demo-fritidsjob", "2026-10", "1.250,5", None],
        [],
        ["demo-trivsel", "2026-K3", "84,5", 17],
        ["demo-trivsel", datetime(2026, 10, 1), 0.845, None],
        ["demo-trivsel", 2026, 85, None],
        ["demo-fritidsjob", 202611, 7, None],
        percent_cells=("C6",),
    )
    result = parse_xlsx(data)
    assert result.ok, result.errors
    assert triples(result) == [
        (2, "demo-sygefravaer", "2026-10", 6.1),
        (3, "demo-fritidsjob", "2026-10", 1250.5),
        (5, "demo-trivsel", "2026-Q3", 84.5),
        (6, "demo-trivsel", "2026-10", 84.5),  # a percentage cell holds 0.845 and shows 84,5 %
        (7, "demo-trivsel", "2026", 85.0),
        (8, "demo-fritidsjob", "2026-11", 7.0),
    ]
    assert result.rows[0].comment == "tal" and result.rows[2].comment == "17"


def test_xlsx_errors_carry_the_sheet_row() -> None:
    data = xlsx(
        ["indikator", "periode", "værdi"],
        ["demo-trivsel", "2026-10", 84],
        ["demo-trivsel", datetime(2026, 10, 15), 84],
        ["demo-trivsel", "2026-11", "otte"],
        ["demo-trivsel", "2026-12", True],
        [None, "2026-12", 3],
    )
    result = parse_xlsx(data)
    assert not result.ok
    assert [str(error) for error in result.errors] == [
        f"Række 3: «2026-10-15» er en dato, ikke en periode. {HINT}",
        "Række 4: «otte» er ikke et tal.",
        "Række 5: «True» er ikke et tal.",
        "Række 6: indikatornøglen mangler.",
    ]


def test_a_file_that_is_not_xlsx() -> None:
    result = parse_xlsx(b"this is not a workbook")
    assert not result.ok
    assert result.errors == [RowError(0, "Filen kan ikke læses som et Excel-regneark (.xlsx).")]


# ---------------------------------------------------------------- all or nothing


def many_rows(count: int, bad_line: int | None = None) -> str:
    lines = ["indikator;periode;værdi"]
    for i in range(count):
        line = i + 2
        value = "6,1x" if line == bad_line else f"{i % 90},{i % 10}"
        lines.append(f"ind-{i % 100};{2000 + i // 1200}-{(i // 100) % 12 + 1:02d};{value}")
    return "\n".join(lines) + "\n"


def test_one_bad_row_among_many_rejects_the_whole_file() -> None:
    result = parse_csv(many_rows(1000, bad_line=537))
    assert result.errors == [RowError(537, "«6,1x» er ikke et tal.")]
    assert len(result.rows) == 999  # parsed, for counting and key checks, but not to be written
    assert not result.ok
    with pytest.raises(ImportRejected) as rejected:
        result.rows_to_write()
    assert rejected.value.result is result
    assert str(rejected.value) == "Intet er gemt, fordi filen har 1 fejl. Ret filen, og prøv igen."
    assert format_report(result.errors) == "Række 537: «6,1x» er ikke et tal."
    good = parse_csv(many_rows(1000))
    assert good.ok and len(good.rows_to_write()) == 1000
    assert format_summary(good) == "1.000 målinger er klar til at blive gemt."


def test_every_problem_of_a_row_is_reported() -> None:
    result = parse_csv("indikator;periode;værdi\n;2026-13;\ndemo-trivsel;;6,1\n")
    assert [str(error) for error in result.errors] == [
        "Række 2: indikatornøglen mangler.",
        "Række 2: «2026-13»: måneden skal være mellem 1 og 12, ikke 13.",
        "Række 2: værdien mangler.",
        "Række 3: perioden mangler.",
    ]
    assert result.rows == []


def test_format_report_limits_the_list() -> None:
    errors = [RowError(line, "«x» er ikke et tal.") for line in range(2, 1_234 + 2)]
    report = format_report(errors, limit=3).splitlines()
    assert report == [
        "Række 2: «x» er ikke et tal.",
        "Række 3: «x» er ikke et tal.",
        "Række 4: «x» er ikke et tal.",
        "… og 1.231 fejl mere.",
    ]
    assert len(format_report(errors).splitlines()) == 21
    assert format_report([]) == ""
    assert format_report([RowError(0, "Filen er tom.")]) == "Filen er tom."


def test_duplicates_name_both_rows() -> None:
    data = (
        "indikator;periode;værdi\n"
        "demo-trivsel;2026-10;84\n"
        "demo-trivsel;2026-11;85\n"
        "demo-trivsel;okt 2026;86\n"
        "demo-fritidsjob;2026-10;120\n"
    )
    result = parse_csv(data)
    assert [str(error) for error in result.errors] == [
        "Række 4: «demo-trivsel» for oktober 2026 står også i række 2; hver periode må kun stå én gang."
    ]
    assert not result.ok


def test_too_many_columns() -> None:
    result = parse_csv("indikator,periode,værdi\ndemo-trivsel,2026-10,84,5\ndemo-trivsel,2026-11,85,\n")
    assert [str(error) for error in result.errors] == [
        "Række 2: rækken har 4 kolonner, men overskriften har kun 3. Er der brugt decimalkomma i en kommasepareret "
        "fil? Sæt tallet i anførselstegn, eller brug semikolon mellem kolonnerne."
    ]
    assert triples(result) == [(3, "demo-trivsel", "2026-11", 85.0)]  # an empty trailing cell is fine
    semicolons = parse_csv("indikator;periode;værdi\ndemo-trivsel;2026-10;84;ekstra\n")
    assert [str(e) for e in semicolons.errors] == ["Række 2: rækken har 4 kolonner, men overskriften har kun 3."]
    gap = parse_csv("indikator;;periode;værdi\ndemo-trivsel;hov;2026-10;84\ndemo-trivsel;;2026-11;85\n")
    assert [str(e) for e in gap.errors] == ["Række 2: kolonne 2 har ingen overskrift, men der står «hov»."]
    assert len(gap.rows) == 1


# ---------------------------------------------------------------- header and empty files


@pytest.mark.parametrize("data", ["", "\n\n", ";;;\n", b"", b"\xef\xbb\xbf"])
def test_an_empty_file(data: str | bytes) -> None:
    result = parse_csv(data)
    assert not result.ok
    assert result.errors == [RowError(0, "Filen er tom.")]
    assert format_summary(result) == "Intet er gemt, fordi filen har 1 fejl. Ret filen, og prøv igen."


def test_a_header_without_rows() -> None:
    for result in (parse_csv("indikator;periode;værdi\n"), parse_xlsx(xlsx(["indikator", "periode", "værdi"]))):
        assert not result.ok
        assert result.errors == [RowError(0, "Filen har ingen målinger – kun en overskrift.")]


def test_header_errors_stop_the_import() -> None:
    missing = parse_csv("indikator;værdi\ndemo-trivsel;84\n")
    assert [str(e) for e in missing.errors] == ["Række 1: kolonnen «periode» mangler."]
    unknown = parse_csv("indikator;periode;værdi;enhed\ndemo-trivsel;2026-10;84;%\n")
    assert [str(e) for e in unknown.errors] == [
        "Række 1: kolonnen «enhed» kendes ikke; brug indikator, periode, værdi og evt. kommentar."
    ]
    twice = parse_csv("indikator;periode;værdi;value\ndemo-trivsel;2026-10;84;85\n")
    assert [str(e) for e in twice.errors] == ["Række 1: kolonnen «værdi» står mere end én gang."]
    no_header = parse_csv("demo-trivsel;2026-10;84\n")
    assert [str(e) for e in no_header.errors] == [
        "Række 1: Første række skal være en overskrift med kolonnerne indikator, periode og værdi (og evt. kommentar)."
    ]
    for result in (missing, unknown, twice, no_header):
        assert result.rows == [] and not result.ok


def test_an_unclosed_quote_swallows_the_rest_and_is_reported() -> None:
    result = parse_csv('indikator;periode;værdi\ndemo-trivsel;2026-10;84\n"demo;2026-11;85\ndemo;2026-12;86\n')
    assert not result.ok
    assert [str(e) for e in result.errors] == ["Række 3: perioden mangler.", "Række 3: værdien mangler."]


def test_an_unreadable_csv_is_one_file_error() -> None:
    huge = "x" * 200_000  # beyond the csv module's field size limit
    result = parse_csv(f"indikator;periode;værdi\ndemo-trivsel;2026-10;84\n{huge};2026-11;85\n")
    assert not result.ok
    assert result.errors == [
        RowError(0, "Række 3 kan ikke læses som CSV (fx et anførselstegn, der ikke lukkes).")
    ]


# ---------------------------------------------------------------- checks against known indicators


def test_unknown_keys_are_errors_with_a_suggestion() -> None:
    data = (
        "indikator;periode;værdi\n"
        "demo-trivsel;2026-10;84\n"
        "sygefravaer;2026-10;6,1\n"
        "Demo-Trivsel;2026-11;85\n"
        "helt-ukendt;2026-10;6,1\n"
        "helt-ukendt;2026-11;6,1\n"
    )
    result = parse_csv(data)
    assert result.ok
    errors = validate_keys(result, KNOWN)
    assert [str(error) for error in errors] == [
        "Række 3: indikatoren «sygefravaer» findes ikke. Mente du «demo-sygefravaer»?",
        "Række 4: indikatoren «Demo-Trivsel» findes ikke. Mente du «demo-trivsel»?",
        "Række 5: indikatoren «helt-ukendt» findes ikke.",
        "Række 6: indikatoren «helt-ukendt» findes ikke.",
    ]
    checked = result.with_errors(errors)
    assert not checked.ok and checked.rows == result.rows
    with pytest.raises(ImportRejected):
        checked.rows_to_write()
    assert validate_keys(parse_csv("indikator;periode;værdi\ndemo-trivsel;2026-10;84\n"), KNOWN) == []


def test_with_errors_keeps_rows_in_order() -> None:
    result = parse_csv("indikator;periode;værdi\na;2026-10;1\nb;2026-10;x\nc;2026-10;3\n")
    merged = result.with_errors([RowError(4, "indikatoren «c» findes ikke."), RowError(2, "«a» findes ikke.")])
    assert [error.line for error in merged.errors] == [2, 3, 4]


def test_periods_must_match_the_indicators_frequency() -> None:
    result = parse_csv("indikator;periode;værdi\nkvartal;2026-08;1\nkvartal;2026-K3;1\naar;2026;1\nukendt;2026;1\n")
    errors = validate_frequencies(result, {"kvartal": Frequency.QUARTERLY, "aar": Frequency.YEARLY})
    assert [str(error) for error in errors] == [
        "Række 2: indikatoren «kvartal» følges kvartalsvis, så perioden skal være et kvartal, fx 2026-K3 – ikke "
        "«2026-08»."
    ]


# ---------------------------------------------------------------- files, speed and progress


def test_parse_file_chooses_the_reader_by_extension(tmp_path: Path) -> None:
    csv_file = tmp_path / "maalinger.CSV"
    csv_file.write_bytes("indikator;periode;værdi\ndemo-trivsel;2026-10;84,5\n".encode("cp1252"))
    xlsx_file = tmp_path / "maalinger.xlsx"
    xlsx_file.write_bytes(xlsx(["indikator", "periode", "værdi"], ["demo-trivsel", "2026-10", 84.5]))
    expected = [(2, "demo-trivsel", "2026-10", 84.5)]
    assert triples(parse_file(csv_file)) == triples(parse_file(str(xlsx_file))) == expected
    old = tmp_path / "gammel.xls"
    old.write_bytes(b"")
    assert str(parse_file(old).errors[0]) == (
        "Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller .csv."
    )
    other = tmp_path / "noter.docx"
    other.write_bytes(b"")
    assert str(parse_file(other).errors[0]) == "Filtypen «.docx» kan ikke læses. Brug en .csv- eller .xlsx-fil."


def test_100000_csv_rows_parse_with_progress() -> None:
    # Speed is measured in bench/import_bench.py, not asserted here.
    data = many_rows(100_000).encode("utf-8")
    calls: list[int] = []
    result = parse_csv(data, progress=calls.append)
    assert result.ok and len(result.rows) == 100_000
    assert calls == list(range(10_000, 100_001, 10_000))


def test_progress_reports_the_final_count() -> None:
    calls: list[int] = []
    parse_xlsx(xlsx(["indikator", "periode", "værdi"], *[["a", f"2026-{m:02d}", m] for m in range(1, 8)]),
               progress=calls.append, progress_every=3)  # fmt: skip
    assert calls == [3, 6, 7]
