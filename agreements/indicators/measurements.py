"""Storing imported measurements (R6): all-or-nothing, idempotent, audited.

`import_measurements` takes a parsed `ImportResult` (from a file, the API or a card) and:
1. resolves each row's key to an indicator of the tenant: its `key`, else its `source_key` (the name LIS uses).
   A key that names no indicator, a source key shared by several indicators, a period of the wrong frequency
   (R6: uniform reporting) and two rows that reach the same indicator and period under different keys are
   errors. With any error (including the parser's own) nothing is written, and every error is reported.
2. compares each row with what is stored: new (no value for that period), changed (another value, or another
   comment) or unchanged. A row without a comment keeps the stored comment, so a LIS export without comments
   does not wipe what a holder wrote.
3. writes the new and changed rows in chunks (executemany upserts) in the caller's transaction, and adds one
   audit event "measurements.imported" with the counts and the periods that changed. A re-import of the same
   values writes nothing and logs nothing.

The caller commits (or rolls back): one unit of work, one transaction, as for every use case.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from agreements.indicators.measurement_import import (
    ImportResult,
    ImportRow,
    RowError,
    format_report,
    validate_frequencies,
    validate_keys,
)
from agreements.ports import UnitOfWork
from agreements.types import AuditEvent, Indicator, Measurement

AUDIT_ACTION = "measurements.imported"
AUDIT_SUBJECT = "measurements"
CHUNK_SIZE = 2000
MAX_AUDITED_INDICATORS = 100

WriteProgress = Callable[[int, int], None]  # (rows written so far, rows to write)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    rows: int
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    errors: tuple[RowError, ...] = ()
    # indicator key → the period keys that got a new or changed value
    changed_periods: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def written(self) -> int:
        return self.new + self.changed

    def summary_da(self) -> str:
        if self.errors:
            count = len(self.errors)
            them = "den" if count == 1 else "dem"
            return f"Intet er gemt, fordi der er {_count(count)} fejl. Ret {them}, og prøv igen."
        if not self.written:
            if self.unchanged == 1:
                return "Intet nyt: målingen var gemt i forvejen med samme værdi."
            return f"Intet nyt: alle {_count(self.unchanged)} målinger var gemt i forvejen med samme værdi."
        new = f"{_count(self.new)} {'ny' if self.new == 1 else 'nye'}"
        changed = f"{_count(self.changed)} {'ændret' if self.changed == 1 else 'ændrede'}"
        if self.new and self.changed:
            text = f"Gemt: {_count(self.written)} målinger – {new} og {changed}"
        else:
            text = f"Gemt: {new if self.new else changed} {'måling' if self.written == 1 else 'målinger'}"
        if self.unchanged:
            text += f"; {_count(self.unchanged)} var {'uændret' if self.unchanged == 1 else 'uændrede'}"
        return text + "."

    def report_da(self, limit: int = 20) -> str:
        """The summary, then (on errors) one line per bad row: "Række 7: indikatoren «x» findes ikke."."""
        if not self.errors:
            return self.summary_da()
        return f"{self.summary_da()}\n{format_report(list(self.errors), limit)}"

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "message": self.summary_da(),
            "errors": [{"row": e.line, "message": str(e)} for e in self.errors],
        }


async def import_measurements(
    uow: UnitOfWork,
    tenant_id: str,
    result: ImportResult,
    actor: int | None,
    *,
    source: str | None = None,
    progress: WriteProgress | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> ImportOutcome:
    """Checks `result` against the tenant's indicators and stores it, or nothing. See the module docstring."""
    indicators = await uow.measurements.indicators(tenant_id)
    resolver = _Resolver(indicators)
    errors = [*result.errors, *resolver.errors(result)]
    if not result.rows and not errors:
        errors.append(RowError(0, "Der er ingen målinger at gemme."))
    if errors:
        return ImportOutcome(rows=len(result.rows), errors=tuple(sorted(errors, key=lambda e: e.line)))

    targets = {key: resolver.resolve(key) for key in {row.indicator_key for row in result.rows}}
    periods = {row.period: row.period.key for row in result.rows}
    stored = await uow.measurements.stored_values(
        tenant_id, sorted({indicator_id for indicator_id, _ in targets.values()}), sorted(set(periods.values()))
    )
    to_write: list[Measurement] = []
    changed_periods: dict[str, set[str]] = {}
    new = changed = 0
    for row in result.rows:
        indicator_id, key = targets[row.indicator_key]
        period = periods[row.period]
        before = stored.get((indicator_id, period))
        if before is None:
            new += 1
            comment = row.comment
        else:
            value, stored_comment = before
            comment = stored_comment if row.comment is None else row.comment
            if _same(value, row.value) and comment == stored_comment:
                continue
            changed += 1
        to_write.append(Measurement(tenant_id, indicator_id, period, row.value, comment))
        changed_periods.setdefault(key, set()).add(period)

    total = len(to_write)
    for start in range(0, total, max(1, chunk_size)):
        await uow.measurements.save_imported(to_write[start : start + chunk_size])
        if progress is not None:
            progress(min(start + chunk_size, total), total)
    outcome = ImportOutcome(
        rows=len(result.rows),
        new=new,
        changed=changed,
        unchanged=len(result.rows) - total,
        changed_periods={key: tuple(sorted(periods)) for key, periods in sorted(changed_periods.items())},
    )
    if total:
        await uow.audit.add(
            AuditEvent(tenant_id=tenant_id, action=AUDIT_ACTION, actor_id=actor, subject=AUDIT_SUBJECT,
                       detail=_audit_detail(outcome, source))
        )
    return outcome


def _same(stored: float, incoming: float) -> bool:
    return math.isclose(stored, incoming, rel_tol=1e-12, abs_tol=1e-12)


def _audit_detail(outcome: ImportOutcome, source: str | None) -> dict[str, Any]:
    """Counts, every period that changed, and per indicator its changed periods (the first 100 indicators)."""
    indicators = dict(list(outcome.changed_periods.items())[:MAX_AUDITED_INDICATORS])
    detail: dict[str, Any] = {
        "rows": outcome.rows,
        "new": outcome.new,
        "changed": outcome.changed,
        "unchanged": outcome.unchanged,
        "periods": sorted({p for periods in outcome.changed_periods.values() for p in periods}),
        "indicators": {key: list(periods) for key, periods in indicators.items()},
    }
    left_out = len(outcome.changed_periods) - len(indicators)
    if left_out > 0:
        detail["indicators_left_out"] = left_out
    if source:
        detail["source"] = source
    return detail


class _Resolver:
    """Indicator keys and LIS source keys → (indicator id, the indicator's own key)."""

    def __init__(self, indicators: Sequence[Indicator]) -> None:
        self._by_key: dict[str, Indicator] = {i.key: i for i in indicators if i.id is not None}
        self._by_source: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            if indicator.id is not None and indicator.source_key and indicator.source_key not in self._by_key:
                self._by_source.setdefault(indicator.source_key, []).append(indicator)

    def find(self, key: str) -> Indicator | None:
        indicator = self._by_key.get(key)
        if indicator is not None:
            return indicator
        matches = self._by_source.get(key, [])
        return matches[0] if len(matches) == 1 else None

    def resolve(self, key: str) -> tuple[int, str]:
        indicator = self.find(key)
        assert indicator is not None and indicator.id is not None, "resolve only after errors() found none"
        return indicator.id, indicator.key

    def errors(self, result: ImportResult) -> list[RowError]:
        known = set(self._by_key) | set(self._by_source)
        errors = validate_keys(result, known)
        ambiguous = {key: group for key, group in self._by_source.items() if len(group) > 1}
        for row in result.rows:
            group = ambiguous.get(row.indicator_key)
            if group:
                names = ", ".join(f"«{i.key}»" for i in group)
                errors.append(RowError(row.line, f"«{row.indicator_key}» passer på flere indikatorer ({names}); "
                                                 "brug indikatorens egen nøgle."))
        frequencies = {key: i.frequency for key in known if (i := self.find(key)) is not None}
        errors.extend(validate_frequencies(result, frequencies))
        errors.extend(self._same_target_twice(result))
        return errors

    def _same_target_twice(self, result: ImportResult) -> list[RowError]:
        """Two rows with different keys (key and source key) that reach one indicator and period."""
        if not any(row.indicator_key in self._by_source for row in result.rows):
            return []  # every row uses an indicator's own key: the parser has already refused duplicates
        first: dict[tuple[int, str], ImportRow] = {}
        errors: list[RowError] = []
        for row in result.rows:
            indicator = self.find(row.indicator_key)
            if indicator is None or indicator.id is None:
                continue
            seen = first.setdefault((indicator.id, row.period.key), row)
            if seen is not row and seen.indicator_key != row.indicator_key:
                errors.append(RowError(row.line, (
                    f"«{row.indicator_key}» er samme indikator som «{seen.indicator_key}» i række {seen.line}, "
                    f"og {row.period.label} står der allerede; hver periode må kun stå én gang."
                )))
        return errors


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")
