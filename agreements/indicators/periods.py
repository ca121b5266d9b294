"""Reporting periods of indicators (R6): a month, a quarter or a year.

A `Period` is stored and exchanged by its canonical key: `2026-10` (month), `2026-Q4` (quarter) or `2026` (year).
`parse_period` is lenient with what people and spreadsheets write; it accepts:

- a year: `2026`;
- a month: `2026-10`, `2026-3`, `2026/10`, `2026.10`, `202610`, `10-2026`, `10/2026`, `10.2026`, and a month name
  with a year, Danish or English, full or short: `oktober 2026`, `okt. 2026`, `okt-26` (as Danish Excel shows a
  date formatted mmm-yy), `Oct 2026`;
- a date on the first day of a month, as that month: `2026-10-01`, `01-10-2026`, `1.10.2026` (Excel turns a typed
  `2026-10` into 1 October 2026). Any other date is refused: it does not say which period it closes;
- a quarter, with Q or the Danish K: `2026-Q1`, `2026Q1`, `2026 Q1`, `2026-K1`, `2026K1`, `Q1 2026`, `K1-2026`,
  `1. kvartal 2026`, `1. kvt. 2026`, `2026 1. kvartal`.

Anything else raises `PeriodError`, whose message is Danish and can be shown to the user as it is.
Years must lie within `MIN_YEAR`…`MAX_YEAR`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from agreements.types import Frequency

MIN_YEAR = 1900
MAX_YEAR = 2100

MONTH_NAMES_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)
_MONTHS_BY_NAME: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES_DA, start=1)},
    **{name[:3]: number for number, name in enumerate(MONTH_NAMES_DA, start=1)},
    "sept": 9,
    # English names and abbreviations where they differ from the Danish ones.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10,
}
_SPAN_BY_FREQUENCY = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.YEARLY: 12}
_FREQUENCY_BY_SPAN = {span: frequency for frequency, span in _SPAN_BY_FREQUENCY.items()}

HINT = "Skriv fx 2026-10 (måned), 2026-K4 (kvartal) eller 2026 (år)."


class PeriodError(ValueError):
    """A period that cannot be read. `str(error)` is a Danish sentence for the user."""

    def __init__(self, message: str, text: str = "") -> None:
        super().__init__(message)
        self.text = text


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A month, quarter or year. Ordered by start, and a shorter period before a longer one starting with it
    (2026-01 < 2026-Q1 < 2026 < 2026-02); compare periods of one frequency to get the plain calendar order."""

    year: int
    first_month: int
    months: int  # 1, 3 or 12
    # The first and last day (inclusive), computed once: status reports sort and filter by them constantly.
    start: date = field(init=False, compare=False, repr=False)
    end: date = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(f"Året {self.year} skal ligge mellem {MIN_YEAR} og {MAX_YEAR}.", str(self.year))
        valid_first = {1: range(1, 13), 3: (1, 4, 7, 10), 12: (1,)}.get(self.months, ())
        if self.first_month not in valid_first:
            raise ValueError(f"no period spans {self.months} months from month {self.first_month}")
        object.__setattr__(self, "start", date(self.year, self.first_month, 1))
        object.__setattr__(self, "end", _end(self.year, self.first_month + self.months - 1))

    # ---------------------------------------------------------------- constructors

    @classmethod
    def for_month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise PeriodError(f"Måneden skal være mellem 1 og 12, ikke {month}.", str(month))
        return cls(year, month, 1)

    @classmethod
    def for_quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise PeriodError(f"Kvartalet skal være mellem 1 og 4, ikke {quarter}.", str(quarter))
        return cls(year, 3 * quarter - 2, 3)

    @classmethod
    def for_year(cls, year: int) -> Period:
        return cls(year, 1, 12)

    @classmethod
    def containing(cls, frequency: Frequency, day: date) -> Period:
        """The period of this frequency that `day` falls in."""
        span = _SPAN_BY_FREQUENCY[frequency]
        return cls(day.year, (day.month - 1) // span * span + 1, span)

    # ---------------------------------------------------------------- properties

    @property
    def frequency(self) -> Frequency:
        return _FREQUENCY_BY_SPAN[self.months]

    @property
    def quarter(self) -> int:
        """The quarter the period starts in (1–4)."""
        return (self.first_month - 1) // 3 + 1

    @property
    def key(self) -> str:
        """The canonical form, as stored: 2026-10, 2026-Q4 or 2026."""
        if self.months == 1:
            return f"{self.year:04d}-{self.first_month:02d}"
        if self.months == 3:
            return f"{self.year:04d}-Q{self.quarter}"
        return f"{self.year:04d}"

    @property
    def label(self) -> str:
        """Danish, for running text: "oktober 2026", "4. kvartal 2026", "2026"."""
        if self.months == 1:
            return f"{MONTH_NAMES_DA[self.first_month - 1]} {self.year}"
        if self.months == 3:
            return f"{self.quarter}. kvartal {self.year}"
        return str(self.year)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        return self._shift(-1)

    def next(self) -> Period:
        return self._shift(1)

    def _shift(self, steps: int) -> Period:
        index = self.year * 12 + self.first_month - 1 + steps * self.months
        year, month0 = divmod(index, 12)
        return Period(year, month0 + 1, self.months)

    def __str__(self) -> str:
        return self.key


def latest_complete(frequency: Frequency, today: date) -> Period:
    """The newest period of this frequency that has ended before `today` (on 31 October, that is September)."""
    return Period.containing(frequency, today).previous()


# ---------------------------------------------------------------- parsing

_YEAR_RE = re.compile(r"(\d{4})")
_MONTH_RES = (
    (re.compile(r"(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})"), False),
    (re.compile(r"(?P<y>\d{4})(?P<m>\d{2})"), False),
    (re.compile(r"(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})"), False),
    (re.compile(r"(?P<name>[a-zæøå]+)\.?\s*[-/ ]?\s*(?P<y>\d{4}|\d{2})"), True),
)
_QUARTER_WORD = r"(?:kvartal|kvt\.?|kv\.?)"
_QUARTER_RES = (
    re.compile(r"(?P<y>\d{4})\s*[-/ ]?\s*[qk]\s*(?P<q>\d)"),
    re.compile(r"[qk]\s*(?P<q>\d)\s*[-/ ]?\s*(?P<y>\d{4})"),
    re.compile(r"(?P<q>\d)\.?\s*" + _QUARTER_WORD + r"\s*(?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})\s*[-/ ]?\s*(?P<q>\d)\.?\s*" + _QUARTER_WORD),
)
_TIME = r"(?:[ t]00:00(?::00(?:\.0+)?)?)?"
_DATE_RES = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME),
    re.compile(r"(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})" + _TIME),
)


def parse_period(text: str) -> Period:
    """Reads a month, quarter or year in the forms listed in the module docstring; raises PeriodError."""
    return _parse_period(text)


@lru_cache(maxsize=4096)
def _parse_period(text: str) -> Period:
    # Cached: a status card reads the same few stored periods («2026-11») thousands of times; Period is frozen.
    raw = text.strip()
    if not raw:
        raise PeriodError("Perioden mangler.", text)
    norm = " ".join(raw.lower().split())

    if _YEAR_RE.fullmatch(norm):
        return _checked(raw, Frequency.YEARLY, int(norm), 1)
    for pattern in _QUARTER_RES:
        match = pattern.fullmatch(norm)
        if match:
            year, quarter = int(match["y"]), int(match["q"])
            return _checked(raw, Frequency.QUARTERLY, year, quarter)
    for pattern, named in _MONTH_RES:
        match = pattern.fullmatch(norm)
        if not match:
            continue
        if named:
            month_or_none = _MONTHS_BY_NAME.get(match["name"])
            if month_or_none is None:
                break
            month = month_or_none
            year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        else:
            year, month = int(match["y"]), int(match["m"])
        return _checked(raw, Frequency.MONTHLY, year, month)
    for pattern in _DATE_RES:
        match = pattern.fullmatch(norm)
        if match:
            return _from_date(raw, int(match["y"]), int(match["m"]), int(match["d"]))
    raise PeriodError(f"«{raw}» er ikke en periode. {HINT}", text)


def period_from_date(day: date) -> Period:
    """A date cell from a spreadsheet: the first day of a month stands for that month; other dates are refused."""
    return _from_date(day.isoformat(), day.year, day.month, day.day)


def _from_date(raw: str, year: int, month: int, day: int) -> Period:
    try:
        date(year, month, day)
    except ValueError:
        raise PeriodError(f"«{raw}» er ikke en gyldig dato eller periode. {HINT}", raw) from None
    if day != 1:
        raise PeriodError(f"«{raw}» er en dato, ikke en periode. {HINT}", raw)
    return _checked(raw, Frequency.MONTHLY, year, month)


def _checked(raw: str, frequency: Frequency, year: int, number: int) -> Period:
    """The period, or a range error that quotes the text the user wrote. `number`: the month or quarter."""
    try:
        if frequency is Frequency.MONTHLY:
            return Period.for_month(year, number)
        if frequency is Frequency.QUARTERLY:
            return Period.for_quarter(year, number)
        return Period.for_year(year)
    except PeriodError as error:
        raise PeriodError(f"«{raw}»: {_lower_first(str(error))}", raw) from None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@lru_cache(maxsize=1024)
def _end(year: int, last_month: int) -> date:
    return date(year, last_month, calendar.monthrange(year, last_month)[1])
