"""Import of measurements (R6) from a CSV or XLSX file, validated all-or-nothing.

Contract: parsing never writes anything. `ImportResult.ok` is True only when the file has at least one row and no
error; the caller writes the rows only then, in one transaction, and otherwise writes nothing and shows
`format_summary(result)` and `format_report(result.errors)`. `result.rows` holds every row that parsed, also when
other rows failed (so keys can be checked and counted); `result.rows_to_write()` returns them only when `ok` and
raises `ImportRejected` otherwise, so a writer that goes through it cannot write part of a file. Checks against the
database (`validate_keys`, `validate_frequencies`) add their errors with `result.with_errors(...)`, after which `ok`
again tells whether to write.

The file
--------
- The first non-blank row is a header naming the columns, in Danish or English, in any order, case and spacing
  ignored: the indicator key (`indikator`, `nøgle`, `indikatornøgle`, `indicator`, `key`, `indicator_key`), the
  period (`periode`, `period`), the value (`værdi`, `vaerdi`, `value`) and optionally a comment (`kommentar`,
  `bemærkning`, `comment`). Any other named column is an error.
- Row numbers are the spreadsheet's: the header is row 1 (blank rows count, as they do in Excel).
- Periods: anything `agreements.indicators.periods.parse_period` reads (2026-10, 2026-K4, 2026, okt 2026, …); in XLSX
also a
  date cell on the first of a month (Excel turns a typed 2026-10 into a date) and a year as a number.
- Values: "6,1", "6.1", "1.250,5", "1,250.5", "1 250", "-3", "6,1 %". A lone dot or comma followed by exactly three
  digits ("1.250") is ambiguous; it is read by the file's convention: in a semicolon- or tab-separated file (what
  Danish Excel writes) the dot groups thousands (1250) and the comma is the decimal sign; in a comma-separated
  file the dot is the decimal sign (1.25). Text values in XLSX follow the Danish convention. A number cell in
  XLSX formatted as a percentage shows 6,1 % but holds 0.061: it is read as 6.1, as the user sees it.

CSV: separated by semicolons, commas or tabs (found from the header row; a first line "sep=;", which Excel writes
and hides, is honoured and not counted as a row); UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
text"), else cp1252, else latin-1. XLSX: the first worksheet.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from agreements.indicators.periods import Period, PeriodError, parse_period, period_from_date
from agreements.types import Frequency

PROGRESS_EVERY = 10_000
MAX_KEY_LENGTH = 200

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class ImportRow:
    line: int
    indicator_key: str
    period: Period
    value: float
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    """`line` 0 is about the whole file."""

    line: int
    message_da: str

    def __str__(self) -> str:
        return f"Række {self.line}: {self.message_da}" if self.line > 0 else self.message_da


class ImportRejected(ValueError):
    """Raised by `ImportResult.rows_to_write` for a result with errors (or no rows); nothing may be written."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(format_summary(result))
        self.result = result


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the rows may be written: there are some, and no error at all."""
        return not self.errors and bool(self.rows)

    def rows_to_write(self) -> list[ImportRow]:
        """The rows, or ImportRejected when anything is wrong: the gate a writer goes through."""
        if not self.ok:
            raise ImportRejected(self)
        return self.rows

    def with_errors(self, more: Iterable[RowError]) -> ImportResult:
        """The same rows with further errors, all sorted by row."""
        errors = sorted([*self.errors, *more], key=lambda error: error.line)
        return ImportResult(self.rows, errors)


# ---------------------------------------------------------------- public entry points


def parse_file(
    path: str | Path, *, progress: ProgressCallback | None = None, progress_every: int = PROGRESS_EVERY
) -> ImportResult:
    """Chooses the reader by extension: .csv/.txt/.tsv or .xlsx/.xlsm. An OSError reading the file propagates."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in {".csv", ".txt", ".tsv"}:
        return parse_csv(file.read_bytes(), progress=progress, progress_every=progress_every)
    if suffix in {".xlsx", ".xlsm"}:
        return parse_xlsx(file.read_bytes(), progress=progress, progress_every=progress_every)
    if suffix == ".xls":
        return _file_error("Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller .csv.")
    return _file_error(f"Filtypen «{file.suffix or file.name}» kan ikke læses. Brug en .csv- eller .xlsx-fil.")


def parse_csv(
    data: bytes | str, *, progress: ProgressCallback | None = None, progress_every: int = PROGRESS_EVERY
) -> ImportResult:
    text = _decode(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    first_line_end = text.find("\n")
    first_line = (text if first_line_end < 0 else text[:first_line_end]).rstrip("\r")
    sep = re.fullmatch(r"sep=(.) *", first_line, re.IGNORECASE)
    if sep:
        delimiter = sep.group(1)
        # Excel hides the sep line, so the next line is what the user sees as row 1.
        text = "" if first_line_end < 0 else text[first_line_end + 1 :]
    else:
        delimiter = _sniff_delimiter(text)
    parser = _Parser(
        danish=delimiter != ",", comma_separated=delimiter == ",", progress=progress, progress_every=progress_every
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 0
    try:
        for line, cells in enumerate(reader, start=1):
            if not parser.feed(line, cells):
                break
    except csv.Error:
        return _file_error(f"Række {line + 1} kan ikke læses som CSV (fx et anførselstegn, der ikke lukkes).")
    return parser.result()


def parse_xlsx(
    data: bytes, *, progress: ProgressCallback | None = None, progress_every: int = PROGRESS_EVERY
) -> ImportResult:
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, key, value errors) for a file it cannot read
        return _file_error("Filen kan ikke læses som et Excel-regneark (.xlsx).")
    try:
        if not workbook.worksheets:
            return _file_error("Filen er tom.")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read what is there
        parser = _Parser(danish=True, comma_separated=False, progress=progress, progress_every=progress_every)
        for line, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
            values = [_xlsx_value(cell) for cell in cells]
            if not parser.feed(line, values):
                break
        return parser.result()
    finally:
        workbook.close()


def validate_keys(result: ImportResult, known_keys: set[str]) -> list[RowError]:
    """An error for each row whose indicator key is not in `known_keys`, with a suggestion when one is close."""
    errors: list[RowError] = []
    messages: dict[str, str] = {}
    for row in result.rows:
        if row.indicator_key in known_keys:
            continue
        message = messages.get(row.indicator_key)
        if message is None:
            message = f"indikatoren «{row.indicator_key}» findes ikke.{_suggestion(row.indicator_key, known_keys)}"
            messages[row.indicator_key] = message
        errors.append(RowError(row.line, message))
    return errors


def validate_frequencies(result: ImportResult, frequency_by_key: Mapping[str, Frequency]) -> list[RowError]:
    """An error for each row whose period is not of its indicator's frequency (R6: uniform reporting).
    Keys missing from the mapping are left to `validate_keys`."""
    errors: list[RowError] = []
    for row in result.rows:
        frequency = frequency_by_key.get(row.indicator_key)
        if frequency is None or row.period.frequency is frequency:
            continue
        example = Period.containing(frequency, row.period.start)
        errors.append(
            RowError(
                row.line,
                f"indikatoren «{row.indicator_key}» følges {_ADVERBS[frequency]}, så perioden skal være "
                f"{_KINDS[frequency]}, fx {display_key(example)} – ikke «{display_key(row.period)}».",
            )
        )
    return errors


def format_report(errors: Sequence[RowError], limit: int = 20) -> str:
    """The errors as Danish lines, at most `limit` of them, then "… og 12 fejl mere."."""
    lines = [str(error) for error in errors[:limit]]
    rest = len(errors) - len(lines)
    if rest > 0:
        lines.append(f"… og {_count(rest)} fejl mere.")
    return "\n".join(lines)


def format_summary(result: ImportResult) -> str:
    """One Danish sentence for the top of the answer to an import."""
    if result.ok:
        count = len(result.rows)
        return f"{_count(count)} {'måling' if count == 1 else 'målinger'} er klar til at blive gemt."
    count = len(result.errors)
    return f"Intet er gemt, fordi filen har {_count(count)} fejl. Ret filen, og prøv igen."


def display_key(period: Period) -> str:
    """The period as Danish users write it: 2026-10, 2026-K4 or 2026."""
    return period.key.replace("-Q", "-K")


def parse_number(text: str, *, danish: bool = True) -> float | None:
    """A number as written in a Danish or English spreadsheet, or None. See the module docstring."""
    simple = _SIMPLE_RE.fullmatch(text)
    if simple:  # the common case: digits with at most one separator that cannot be a thousands separator
        separator, fraction = simple["sep"], simple["fraction"]
        if not separator:
            return float(text)
        if len(fraction) != 3 or simple["whole"][0] == "0" or len(simple["whole"]) > 3:
            return float(text.replace(",", "."))
    compact = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("\u2212", "-")
    compact = compact.removesuffix("%")
    match = _NUMBER_RE.fullmatch(compact)
    if not match:
        return None
    sign, body = match["sign"], match["body"]
    if body[0] in ".,":
        body = "0" + body
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        if body.rfind(",") > body.rfind("."):
            plain = _grouped(body, thousands=".", decimal=",")
        else:
            plain = _grouped(body, thousands=",", decimal=".")
    elif dots:
        plain = _single_separator(body, ".", thousands_when_ambiguous=danish)
    elif commas:
        plain = _single_separator(body, ",", thousands_when_ambiguous=not danish)
    else:
        plain = body
    if plain is None:
        return None
    value = float(plain)
    return -value if sign == "-" else value


# ---------------------------------------------------------------- numbers

_NUMBER_RE = re.compile(r"(?P<sign>[+-]?)(?P<body>[\d.,]*\d[\d.,]*)")
_SIMPLE_RE = re.compile(r"-?(?P<whole>\d+)(?:(?P<sep>[.,])(?P<fraction>\d+))?")


def _grouped(body: str, *, thousands: str, decimal: str) -> str | None:
    """ "1.250,5" with thousands "." and decimal ",": "1250.5"; None if the grouping is not in threes."""
    whole, _, fraction = body.rpartition(decimal)
    if not fraction.isdigit() or not _is_grouped(whole, thousands):
        return None
    return whole.replace(thousands, "") + "." + fraction


def _single_separator(body: str, separator: str, *, thousands_when_ambiguous: bool) -> str | None:
    parts = body.split(separator)
    if len(parts) > 2:
        return body.replace(separator, "") if _is_grouped(body, separator) else None
    whole, fraction = parts
    if not whole.isdigit() or not fraction.isdigit():
        return None
    if thousands_when_ambiguous and len(fraction) == 3 and len(whole) <= 3 and whole[0] != "0":
        return whole + fraction
    return whole + "." + fraction


def _is_grouped(whole: str, separator: str) -> bool:
    groups = whole.split(separator)
    return (
        groups[0].isdigit() and len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:])
    ) if len(groups) > 1 else whole.isdigit()


# ---------------------------------------------------------------- the shared row parser

_KEY, _PERIOD, _VALUE, _COMMENT = "key", "period", "value", "comment"
_HEADER_NAMES: dict[str, str] = {
    **dict.fromkeys(
        ("indikator", "nøgle", "noegle", "indikatornøgle", "indikatornoegle", "indicator", "key", "indicatorkey"),
        _KEY,
    ),
    **dict.fromkeys(("periode", "period"), _PERIOD),
    **dict.fromkeys(("værdi", "vaerdi", "value"), _VALUE),
    **dict.fromkeys(("kommentar", "bemærkning", "bemaerkning", "comment"), _COMMENT),
}
_COLUMN_NAMES_DA = {_KEY: "indikator", _PERIOD: "periode", _VALUE: "værdi", _COMMENT: "kommentar"}
_HEADER_HELP = "Første række skal være en overskrift med kolonnerne indikator, periode og værdi (og evt. kommentar)."
_ADVERBS = {Frequency.MONTHLY: "månedligt", Frequency.QUARTERLY: "kvartalsvis", Frequency.YEARLY: "årligt"}
_KINDS = {Frequency.MONTHLY: "en måned", Frequency.QUARTERLY: "et kvartal", Frequency.YEARLY: "et år"}

Cell = str | float | int | bool | date | None  # a CSV gives str; XLSX gives typed values (percentages resolved)


def _normal_header(text: str) -> str:
    return re.sub(r"[\s_\-.]+", "", text.strip().lower())


class _Parser:
    """Consumes rows one at a time, so a reader can stream; collects rows and errors."""

    def __init__(
        self, *, danish: bool, comma_separated: bool, progress: ProgressCallback | None, progress_every: int
    ) -> None:
        self._danish = danish
        self._comma_separated = comma_separated
        self._progress = progress
        self._progress_every = max(1, progress_every)
        self._columns: dict[str, int] | None = None
        self._width = 0
        self._key_index = self._period_index = self._value_index = 0
        self._comment_index: int | None = None
        self._unnamed: tuple[int, ...] = ()
        self._header_failed = False
        self._seen: dict[tuple[str, Period], int] = {}
        self._periods: dict[str, Period | PeriodError] = {}
        self._rows: list[ImportRow] = []
        self._errors: list[RowError] = []
        self._data_rows = 0

    # Returns False when reading should stop (a header that cannot be used).
    def feed(self, line: int, cells: Sequence[Cell]) -> bool:
        if _blank(cells):
            return True
        if self._columns is None:
            return self._read_header(line, cells)
        self._data_rows += 1
        self._read_row(line, cells)
        if self._progress is not None and self._data_rows % self._progress_every == 0:
            self._progress(self._data_rows)
        return True

    def result(self) -> ImportResult:
        if self._progress is not None and self._data_rows % self._progress_every != 0:
            self._progress(self._data_rows)
        if self._header_failed:
            return ImportResult([], self._errors)
        if self._columns is None:
            return _file_error("Filen er tom.")
        if self._data_rows == 0:
            return _file_error("Filen har ingen målinger – kun en overskrift.")
        return ImportResult(self._rows, self._errors)

    def _read_header(self, line: int, cells: Sequence[Cell]) -> bool:
        columns: dict[str, int] = {}
        unknown: list[str] = []
        errors: list[RowError] = []
        for index, cell in enumerate(cells):
            text = _text(cell)
            if not text:
                continue
            self._width = index + 1
            column = _HEADER_NAMES.get(_normal_header(text))
            if column is None:
                unknown.append(text)
            elif column in columns:
                errors.append(RowError(line, f"kolonnen «{_COLUMN_NAMES_DA[column]}» står mere end én gang."))
            else:
                columns[column] = index
        if not columns:
            self._fail(RowError(line, _HEADER_HELP))
            return False
        errors.extend(
            RowError(line, f"kolonnen «{name}» kendes ikke; brug indikator, periode, værdi og evt. kommentar.")
            for name in unknown
        )
        errors.extend(
            RowError(line, f"kolonnen «{_COLUMN_NAMES_DA[column]}» mangler.")
            for column in (_KEY, _PERIOD, _VALUE)
            if column not in columns
        )
        if errors:
            for error in errors:
                self._fail(error)
            return False
        self._columns = columns
        self._key_index, self._period_index, self._value_index = columns[_KEY], columns[_PERIOD], columns[_VALUE]
        self._comment_index = columns.get(_COMMENT)
        self._unnamed = tuple(i for i in range(self._width) if i not in columns.values())
        return True

    def _fail(self, error: RowError) -> None:
        self._header_failed = True
        self._errors.append(error)

    def _read_row(self, line: int, cells: Sequence[Cell]) -> None:
        if len(cells) > self._width or self._unnamed:
            stray = self._stray_cell_error(cells)
            if stray:
                self._errors.append(RowError(line, stray))
                return
        count = len(cells)
        key_cell = cells[self._key_index] if self._key_index < count else None
        period_cell = cells[self._period_index] if self._period_index < count else None
        value_cell = cells[self._value_index] if self._value_index < count else None
        comment_index = self._comment_index
        comment_cell = cells[comment_index] if comment_index is not None and comment_index < count else None

        errors_before = len(self._errors)
        key = key_cell.strip() if isinstance(key_cell, str) else _text(key_cell)
        if not key:
            self._errors.append(RowError(line, "indikatornøglen mangler."))
        elif len(key) > MAX_KEY_LENGTH:
            self._errors.append(RowError(line, f"indikatornøglen er for lang (højst {MAX_KEY_LENGTH} tegn)."))
        period = self._period(line, period_cell)
        value = self._value(line, value_cell)
        comment = comment_cell.strip() if isinstance(comment_cell, str) else _text(comment_cell)
        if len(self._errors) > errors_before or period is None or value is None:
            return
        first = self._seen.setdefault((key, period), line)
        if first != line:
            message = f"«{key}» for {period.label} står også i række {first}; hver periode må kun stå én gang."
            self._errors.append(RowError(line, message))
            return
        self._rows.append(ImportRow(line, key, period, value, comment or None))

    def _stray_cell_error(self, cells: Sequence[Cell]) -> str | None:
        """A message for a filled cell outside the named columns, or None."""
        for index in self._unnamed:
            if index < len(cells) and _text(cells[index]):
                return f"kolonne {index + 1} har ingen overskrift, men der står «{_text(cells[index])}»."
        filled = max((i + 1 for i in range(self._width, len(cells)) if _text(cells[i])), default=0)
        if not filled:
            return None
        message = f"rækken har {filled} kolonner, men overskriften har kun {self._width}."
        if self._comma_separated:
            message += (
                " Er der brugt decimalkomma i en kommasepareret fil? Sæt tallet i anførselstegn,"
                " eller brug semikolon mellem kolonnerne."
            )
        return message

    def _period(self, line: int, cell: Cell) -> Period | None:
        try:
            if isinstance(cell, date):
                return period_from_date(cell.date() if isinstance(cell, datetime) else cell)
            if isinstance(cell, float | int) and not isinstance(cell, bool):
                if cell != int(cell):
                    raise PeriodError(f"«{_text(cell)}» er ikke en periode.")
                cell = str(int(cell))
            text = _text(cell)
            if not text:
                raise PeriodError("perioden mangler.")
            cached = self._periods.get(text)
            if cached is None:
                try:
                    cached = parse_period(text)
                except PeriodError as error:
                    cached = error
                self._periods[text] = cached
            if isinstance(cached, PeriodError):
                raise cached
            return cached
        except PeriodError as error:
            self._errors.append(RowError(line, _lower_first(str(error))))
            return None

    def _value(self, line: int, cell: Cell) -> float | None:
        if isinstance(cell, bool | date):
            self._errors.append(RowError(line, f"«{_text(cell)}» er ikke et tal."))
            return None
        if isinstance(cell, float | int):
            if math.isfinite(cell):
                return float(cell)
            self._errors.append(RowError(line, f"«{cell}» er ikke et tal."))
            return None
        text = _text(cell)
        if not text:
            self._errors.append(RowError(line, "værdien mangler."))
            return None
        value = parse_number(text, danish=self._danish)
        if value is None:
            self._errors.append(RowError(line, f"«{text}» er ikke et tal."))
        return value


def _cell(cells: Sequence[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime) and cell.time() == datetime.min.time():
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def _blank(cells: Sequence[Cell]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _file_error(message: str) -> ImportResult:
    return ImportResult([], [RowError(0, message)])


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _suggestion(key: str, known_keys: set[str]) -> str:
    folded = {known.casefold(): known for known in known_keys}
    match = folded.get(key.casefold())
    if match is None:
        close = difflib.get_close_matches(key.casefold(), list(folded), n=1, cutoff=0.8)
        match = folded[close[0]] if close else None
    return f" Mente du «{match}»?" if match else ""


# ---------------------------------------------------------------- file formats


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    """The separator the header row uses most; semicolon before tab before comma on a tie."""
    for line in _first_lines(text):
        if line.strip():
            counts = {sep: line.count(sep) for sep in (";", "\t", ",")}
            best = max(counts, key=lambda sep: counts[sep])
            return best if counts[best] else ";"
    return ";"


def _first_lines(text: str, limit: int = 20) -> Iterator[str]:
    start = 0
    for _ in range(limit):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def _xlsx_value(cell: object) -> Cell:
    value = getattr(cell, "value", None)
    if isinstance(value, bool) or value is None or isinstance(value, str | date):
        return value
    if isinstance(value, int | float):
        number_format = getattr(cell, "number_format", None)
        if isinstance(number_format, str) and "%" in number_format:
            return round(float(value) * 100, 10)
        return value
    return str(value)
