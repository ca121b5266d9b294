"""Measurements that arrive as records rather than a file: the JSON body of `POST /api/measurements`, or one
value typed on a card. They go through the file parser's own row rules (`measurement_import`), so a record is
judged exactly as the same row in a CSV would be.

A record is an object with `indicator`, `period` and `value`, and optionally `comment`:
`{"indicator": "demo-sygefravaer", "period": "2026-10", "value": 6.1, "comment": "Influenza"}`.
`value` may be a JSON number or a string in Danish notation ("6,1"); `period` a string or a year as a number.
Row numbers in errors are the record's position, counted from 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from agreements.indicators.measurement_import import (
    PROGRESS_EVERY,
    ImportResult,
    ProgressCallback,
    RowError,
)

# The file parser's row engine; records reuse it so that every rule (periods, numbers, duplicates, key length)
# is the same as for a file. It is private to measurement_import, which has no public per-row entry point.
from agreements.indicators.measurement_import import _Parser as _RowParser

FIELDS = ("indicator", "period", "value", "comment")
_HEADER = ["indikator", "periode", "værdi", "kommentar"]
MAX_RECORDS = 1_000_000


def parse_records(
    records: Sequence[object], *, progress: ProgressCallback | None = None, progress_every: int = PROGRESS_EVERY
) -> ImportResult:
    """Validates records all-or-nothing, like `parse_csv`; nothing is written here."""
    if not records:
        return ImportResult([], [RowError(0, "Der er ingen målinger i forespørgslen.")])
    if len(records) > MAX_RECORDS:
        return ImportResult([], [RowError(0, f"Højst {MAX_RECORDS:,} målinger ad gangen.".replace(",", "."))])
    parser = _RowParser(danish=True, comma_separated=False, progress=progress, progress_every=progress_every)
    parser.feed(0, _HEADER)
    shape_errors: list[RowError] = []
    fed = 0
    for number, record in enumerate(records, start=1):
        cells, error = _cells(record)
        if error is not None:
            shape_errors.append(RowError(number, error))
            continue
        parser.feed(number, cells)
        fed += 1
    if not fed:
        return ImportResult([], shape_errors)
    result = parser.result()
    return result.with_errors(shape_errors) if shape_errors else result


def single_record(indicator: str, period: str, value: str, comment: str | None = None) -> ImportResult:
    """One value typed by a person (a card's inputs), checked like a row of a file."""
    return parse_records([{"indicator": indicator, "period": period, "value": value, "comment": comment}])


def _cells(record: object) -> tuple[list[str | float | int | date | None], str | None]:
    if not isinstance(record, Mapping):
        return [], "skal være et objekt med indicator, period og value."
    unknown = [str(key) for key in record if key not in FIELDS]
    if unknown:
        names = ", ".join(f"«{name}»" for name in unknown)
        return [], f"ukendt felt {names}; brug indicator, period, value og evt. comment."
    cells: list[str | float | int | date | None] = []
    for field in FIELDS:
        value = record.get(field)
        if value is None or isinstance(value, str | int | float):
            cells.append(value)  # bool is an int: the parser itself refuses it as a value
        else:
            return [], f"feltet «{field}» har en ugyldig type."
    if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
        return [], "målingen er tom."
    if cells[0] is not None and not isinstance(cells[0], str):
        return [], "feltet «indicator» skal være tekst."
    if cells[3] is not None and not isinstance(cells[3], str):
        return [], "feltet «comment» skal være tekst."
    return cells, None
