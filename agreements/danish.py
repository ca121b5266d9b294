"""Danish numbers, quantities, dates, periods and frequencies as municipal goal texts write them.

Decisions on vague Danish period words (a deadline is always the last day that still counts):
- ultimo/udgangen af/slutningen af X: the last day of X.
- primo/starten af/begyndelsen af X: the end of X's first month ("primo 2026" → 2026-01-31);
  for a single month, its 10th.
- medio/midten af X: the end of X's middle month ("medio 2026" → 2026-06-30); for a month or a quarter, the 15th
  of its middle month.
- inden/før X (without ultimo etc.): the day before X starts ("inden 1. juli 2026" → 2026-06-30,
  "inden 2027" → 2026-12-31); "inden udgangen af X" is the last day of X.
- pr./per X: the first day of X ("pr. 1. juli 2026" → 2026-07-01).
- inden/til sommerferien: 30 June; inden/til jul: 23 December; foråret, sommeren, efteråret: March–May,
  June–August, September–November; skoleåret 2025/26: 1 August 2025 to 30 June 2026.
- A month, day, quarter or half-year without a year is its next occurrence counted from today.
- "i år" is this year, "næste år" next year, "inden for/om N år|måneder" today plus that time.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

NUMBER_WORDS: dict[str, int] = {
    "en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40,
    "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90, "hundrede": 100,
}
# As articles, "en"/"et" are far more common than as numbers, so a text's quantities skip them.
_QUANTITY_WORDS = sorted(set(NUMBER_WORDS) - {"en", "et"}, key=len, reverse=True)

MONTHS: dict[str, int] = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12,
}

FLAGS = re.IGNORECASE
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<sign>[-−]\s?)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)(?!\d)"
)
_NUMBER_WORD_RE = re.compile(r"\b(?:" + "|".join(_QUANTITY_WORDS) + r")\b", FLAGS)
_ALL_NUMBER_WORDS_RE = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", FLAGS)
_THOUSANDS_RE = re.compile(r"-?\d{1,3}(?:\.\d{3})+")


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


def _to_float(sign: str | None, digits: str) -> float:
    if "," in digits:
        value = float(digits.replace(".", "").replace(",", "."))
    elif _THOUSANDS_RE.fullmatch(digits):
        value = float(digits.replace(".", ""))
    else:
        value = float(digits)
    return -value if sign else value


def parse_number(text: str) -> float | None:
    """The first number in the text: "6,1", "1.250,5", "5.5", "-3", "12 dage", or a word such as "ti"."""
    match = _NUMBER_RE.search(text)
    if match:
        return _to_float(match["sign"], match["num"])
    word = _ALL_NUMBER_WORDS_RE.search(text)
    return float(NUMBER_WORDS[word.group().lower()]) if word else None


# ---------------------------------------------------------------- quantities


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # "%", "procentpoint", a noun such as "dage" or "borgere", or ""

    def __str__(self) -> str:
        number = format_number(self.value)
        if not self.unit:
            return number
        return f"{number} %" if self.unit == "%" else f"{number} {self.unit}"


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    start: int
    end: int
    quantity: Quantity


def format_number(value: float, unit: str = "", decimals: int | None = None) -> str:
    """Danish notation: format_number(5.9, "%") → "5,9 %", format_number(1250.5) → "1.250,5".

    `decimals=None` shows up to two decimals without trailing zeros; an int shows exactly that many."""
    shown = 2 if decimals is None else decimals
    text = f"{value:,.{shown}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # no "-0"
    if text.lstrip("-") == "1":
        unit = SINGULAR_UNITS.get(unit, unit)  # «1 dag», not «1 dage»
    return f"{text} {unit}" if unit else text


# The measuring units people write in the plural, and their singular for exactly one.
SINGULAR_UNITS = {
    "dage": "dag", "uger": "uge", "måneder": "måned", "timer": "time", "år": "år", "elever": "elev", "børn": "barn",
    "borgere": "borger", "sager": "sag", "medarbejdere": "medarbejder", "familier": "familie", "skoler": "skole",
    "ansøgninger": "ansøgning", "klager": "klage", "virksomheder": "virksomhed", "kurser": "kursus",
}


_PERCENT_POINT_RE = re.compile(
    r"\s*(?:procent-?\s?points?|procentenheder|pct\.?\s?-?\s?points?|%\s?-?\s?points?)(?!\w)", FLAGS
)
_PERCENT_RE = re.compile(r"\s*(?:%|pct\.?|procent)(?![\w-])", FLAGS)
_SCALE_RE = re.compile(r"\s*(?P<scale>mio|mia|millioner|milliarder)\b\.?", FLAGS)
_NOUN_RE = re.compile(r"(?:\s*-\s*|\s+)(?P<noun>[a-zæøåé][\wæøå]*(?:-[\wæøå]+)?\.?)", FLAGS)
_SCALES = {"mio": 1e6, "millioner": 1e6, "mia": 1e9, "milliarder": 1e9}
_SKIPPED_ADJECTIVES = frozenset({"nye", "nyt", "ny", "ekstra", "yderligere", "flere", "færre", "faste", "aktive"})
_NOT_UNITS = word_set(
    """til i inden senest og eller af om på fra mod pr per med for ved under over som der det den de er var skal
    vil kan har at end ud hver samt mens men så se fx ca dvs jf mv osv mindst højst ikke blev bliver"""
)
_NOT_QUANTITY_UNITS = frozenset({"gange", "gang", "år", "årig", "årige", "årigt", "års", "klasse", "klassetrin"})
_SHARE_WORDS = {
    "halvdelen": 50.0, "en tredjedel": 33.3, "to tredjedele": 66.7, "en fjerdedel": 25.0, "tre fjerdedele": 75.0
}
_SHARE_WORD_RE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in _SHARE_WORDS) + r")(?=\s+af\b)", FLAGS)
_NOT_A_QUANTITY_AFTER = re.compile(r"\.(?:\s*-|\s+[a-zæøå])|\s*/\s*\d|\s*[-–]\s*\d")
_NOT_QUANTITY_BEFORE = re.compile(r"(?:\b(?:kl|nr|uge|version|paragraf|afsnit|bilag|side)\.?|§)\s*$", FLAGS)


def _unit_after(text: str, pos: int) -> tuple[str, int, float]:
    """The unit after a number ending at `pos`: (unit, end of the unit, scale factor)."""
    for pattern, unit in ((_PERCENT_POINT_RE, "procentpoint"), (_PERCENT_RE, "%")):
        match = pattern.match(text, pos)
        if match:
            return unit, match.end(), 1.0
    scale = 1.0
    scaled = _SCALE_RE.match(text, pos)
    if scaled:
        scale = _SCALES[scaled["scale"].lower().rstrip(".")]
        pos = scaled.end()
    noun = _NOUN_RE.match(text, pos)
    if noun and noun["noun"].lower().rstrip(".") in _SKIPPED_ADJECTIVES:
        following = _NOUN_RE.match(text, noun.end())
        if following and following["noun"].lower().rstrip(".") not in _NOT_UNITS:
            noun = following
    if noun is None or noun["noun"].lower().rstrip(".") in _NOT_UNITS:
        return "", pos, scale
    word = noun["noun"].lower()
    if word.endswith(".") and word[:-1] not in {"kr", "t", "min", "km", "m"}:
        word = word[:-1]
        return word, noun.end() - 1, scale
    return word, noun.end(), scale


# Where no day is given, date mentions are found only to leave their words out of the amounts; which words are a
# date does not depend on the day, so any fixed day serves (a leap year, so that «29. februar» is a date too).
_ANY_DAY = date(2024, 1, 1)


def find_quantities(text: str, today: date | None = None) -> list[QuantityMatch]:
    """Amounts in the text, leaving out dates, years, ordinals ("2. klasse"), ages and counts of times."""
    dates = find_date_mentions(text, today or _ANY_DAY)
    taken = [(d.start, d.end) for d in dates]
    found: list[QuantityMatch] = []
    candidates: list[tuple[int, int, float]] = [
        (m.start(), m.end(), _to_float(m["sign"], m["num"])) for m in _NUMBER_RE.finditer(text)
    ]
    candidates += [(m.start(), m.end(), float(NUMBER_WORDS[m.group().lower()])) for m in _NUMBER_WORD_RE.finditer(text)]
    for share in _SHARE_WORD_RE.finditer(text):
        found.append(QuantityMatch(share.start(), share.end(), Quantity(_SHARE_WORDS[_normal(share.group())], "%")))
        taken.append((share.start(), share.end()))
    for start, end, value in sorted(candidates):
        if any(s < end and start < e for s, e in taken):
            continue
        if _NOT_A_QUANTITY_AFTER.match(text, end):
            continue  # an ordinal such as "2. klasse", a fraction, or the first number of a range
        before = text[max(0, start - 12) : start]
        if _NOT_QUANTITY_BEFORE.search(before) or before.rstrip().endswith("/"):
            continue
        unit, unit_end, scale = _unit_after(text, end)
        is_word = not text[start].isdigit() and text[start] not in "-−"
        if is_word and not unit:
            continue
        if unit in _NOT_QUANTITY_UNITS:
            continue
        if value == int(value) and 1900 <= value <= 2099 and (not unit or re.fullmatch(r"[a-zæøå]{4,}es", unit)):
            continue  # a year, also before a verb: "I 2026 og 2027 gennemføres …"
        found.append(QuantityMatch(start, unit_end, Quantity(value * scale, unit)))
        taken.append((start, unit_end))
    return sorted(found, key=lambda m: m.start)


def parse_quantity(text: str) -> Quantity | None:
    """The first amount in the text with its unit: "6,1 %" → (6.1, "%"), "12 dage" → (12, "dage")."""
    matches = find_quantities(text)
    if matches:
        return matches[0].quantity
    value = parse_number(text)
    if value is None or _ALL_NUMBER_WORDS_RE.fullmatch(text.strip()) is None:
        return None
    return Quantity(value, "")


# ---------------------------------------------------------------- dates and periods


@dataclass(frozen=True, slots=True)
class Deadline:
    end: date
    words: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period in a text. strength: 0 a start or past reference, 1 a bare "i 2026", 2 a deadline."""

    start: int
    end: int
    on: date
    words: str
    strength: int


@dataclass(frozen=True, slots=True)
class _Period:
    first: date
    last: date

    @property
    def months(self) -> int:
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _next(make: Callable[[int], _Period | None], year: int | None, today: date) -> _Period | None:
    """The period in the given year, or else its next occurrence counted from today."""
    if year is not None:
        return make(year)
    period = make(today.year)
    if period is not None and period.last < today:
        period = make(today.year + 1)
    return period


_YEAR = r"(?:19|20)\d{2}"
_MONTH = (
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)(?:\.|(?=\s+(?:19|20)\d{2}\b)))"
)
_ORDINALS = {"første": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4}
_MARKER = (
    r"(?:(?P<marker>senest(?:\s+(?:ved|med|i|den|pr\.?))?|inden\s+for|indenfor|inden|før|pr\.?|per|i\s+løbet\s+af|ved|med"
    r"|frem\s+mod|frem\s+til|hen\s+over|til\s+og\s+med|til|i|den|fra|siden|efter|mod|by|for"
    r"|[\wæøå]*(?:undersøgelsen|målingen|opgørelsen))\s+)?"
)
_MODIFIER = (
    r"(?:(?P<mod>ultimo|primo|medio|udgangen\s+af|slutningen\s+af|starten\s+af|begyndelsen\s+af"
    r"|midten\s+af)\s+)?"
)
_NUMBER_WORD = r"(?:\d{1,2}|" + "|".join(_QUANTITY_WORDS) + r"|et|en|halvandet)"
_STRONG_MARKERS = (
    "senest", "inden", "før", "pr", "per", "i løbet af", "ved", "med", "frem mod", "frem til", "hen over",
    "til og med", "til", "den", "mod", "by",
)
_START_MARKERS = ("fra", "siden", "efter")


def _day(match: re.Match[str], today: date) -> _Period | None:
    day = int(match["d"])
    month = int(match["m"]) if match["m"].isdigit() else MONTHS[match["m"].lower().rstrip(".")]

    def make(year: int) -> _Period | None:
        try:
            on = date(year, month, day)
        except ValueError:
            return None
        return _Period(on, on)

    return _next(make, _year(match["y"]), today)


def _quarter(match: re.Match[str], today: date) -> _Period:
    word = (match["qw"] or "").lower()
    number = int(match["q"] or match["qq"] or 0) or (4 if word == "sidste" else _ORDINALS[word])
    period = _next(lambda y: _Period(date(y, 3 * number - 2, 1), _month_end(y, 3 * number)), _year(match["y"]), today)
    assert period is not None
    return period


def _half(match: re.Match[str], today: date) -> _Period:
    word = (match["hw"] or "").lower()
    number = int(match["h"]) if match["h"] else (2 if word in {"andet", "anden", "sidste"} else 1)
    period = _next(lambda y: _Period(date(y, 6 * number - 5, 1), _month_end(y, 6 * number)), _year(match["y"]), today)
    assert period is not None
    return period


def _month(match: re.Match[str], today: date) -> _Period | None:
    if not (match["y"] or match["marker"] or match["mod"]):
        return None
    month = MONTHS[match["mon"].lower().rstrip(".")]
    return _next(lambda y: _Period(date(y, month, 1), _month_end(y, month)), _year(match["y"]), today)


def _bare_year(match: re.Match[str], today: date) -> _Period | None:
    if not (match["marker"] or match["mod"]):
        return None
    year = int(match["y"])
    return _Period(date(year, 1, 1), date(year, 12, 31))


def _year_range(match: re.Match[str], today: date) -> _Period | None:
    first, last = int(match["y"]), int(match["y2"])
    return _Period(date(first, 1, 1), date(last, 12, 31)) if first < last else None


_SEASONS = {"foråret": (3, 5), "sommeren": (6, 8), "efteråret": (9, 11)}


def _season(match: re.Match[str], today: date) -> _Period | None:
    if not (match["y"] or match["marker"] or match["mod"]):
        return None
    first, last = _SEASONS[match["season"].lower()]
    return _next(lambda y: _Period(date(y, first, 1), _month_end(y, last)), _year(match["y"]), today)


def _school_year(match: re.Match[str], today: date) -> _Period:
    first = int(match["y"])
    return _Period(date(first, 8, 1), date(first + 1, 6, 30))


_DATED_CORES: tuple[tuple[str, Callable[[re.Match[str], date], _Period | None]], ...] = (
    (r"(?P<y>" + _YEAR + r")-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", _day),
    (r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./-]|\s)\s?(?P<y>(?:19|20)?\d{2})\b(?![.,]\d)", _day),
    (r"(?P<d>\d{1,2})\.?\s*(?P<m>" + _MONTH + r")(?:\s+(?P<y>" + _YEAR + r"))?\b", _day),
    (
        r"(?:(?P<q>[1-4])\.\s*kvartal|(?P<qw>første|andet|anden|tredje|fjerde|sidste)\s+kvartal|q(?P<qq>[1-4]))"
        r"(?:et)?(?:\s+(?:i\s+|af\s+)?(?P<y>" + _YEAR + r"))?\b",
        _quarter,
    ),
    (
        r"(?:(?P<h>[12])\.\s*halvår|(?P<hw>første|andet|anden|sidste)\s+halvår)(?:et)?"
        r"(?:\s+(?:i\s+|af\s+)?(?P<y>" + _YEAR + r"))?\b",
        _half,
    ),
    (r"skoleår(?:et)?\s+(?P<y>" + _YEAR + r")\s*[/-]\s*\d{2}(?:\d{2})?\b", _school_year),
    (r"(?P<mon>" + _MONTH + r")(?:\s+(?P<y>" + _YEAR + r"))?(?!\w)", _month),
    (r"(?P<season>foråret|sommeren|efteråret)(?:\s+(?P<y>" + _YEAR + r"))?\b", _season),
    (
        r"(?:(?:år(?:ene)?|perioden)\s+)?(?P<y>" + _YEAR + r")\s*(?:-|–|—|til(?:\s+og\s+med)?)\s*(?P<y2>"
        + _YEAR + r")\b",
        _year_range,
    ),
    (r"(?:år(?:et)?\s+)?(?P<y>" + _YEAR + r")\b(?!\s*/)", _bare_year),
)
_DATED_RES = tuple((re.compile(r"\b" + _MARKER + _MODIFIER + core, FLAGS), resolve) for core, resolve in _DATED_CORES)
# Each pattern's core alone: where it occurs nowhere, its whole pattern (whose optional marker and modifier are tried
# at every word) cannot match, and the core is found or missed several times faster.
_DATED_CORE_RES = tuple(re.compile(core, FLAGS) for core, _resolve in _DATED_CORES)

_THIS_YEAR_RE = re.compile(
    r"\b(?:i\s+år|i\s+indeværende\s+år|i\s+løbet\s+af\s+året|året\s+ud"
    r"|(?:senest\s+)?(?:inden|ved|med|før)\s+(?:udgangen\s+af\s+året|årets\s+udgang|årsskiftet)"
    r"|(?:senest\s+)?(?:ultimo|medio\s+december|udgangen\s+af|slutningen\s+af)\s+året)\b",
    FLAGS,
)
_NEXT_YEAR_RE = re.compile(r"(?<!de\s)\b(?:(?:til|i|inden|senest)\s+)?næste\s+år\b", FLAGS)
# A period named by its kind, not its years: the current municipal election period (the councils elected in
# November 2021, 2025, 2029 … sit to the end of the next election year), or a school year counted from today.
_ELECTION_PERIOD_RE = re.compile(
    r"\b(?:(?:inden\s+(?:for|udgangen\s+af)|indenfor|i\s+løbet\s+af|ved\s+udgangen\s+af|senest\s+ved\s+udgangen\s+af|i)"
    r"\s+)?(?:denne\s+|den\s+(?:nuværende|kommende)\s+)?(?:valgperiode|byrådsperiode|kommunalbestyrelsesperiode)n?\b"
    r"(?!\s*(?:19|20)\d\d)",
    FLAGS,
)
_SCHOOL_YEAR_RE = re.compile(
    r"\b(?:(?:inden\s+udgangen\s+af|i\s+løbet\s+af|ved\s+udgangen\s+af|i|inden|senest\s+ved\s+udgangen\s+af)\s+)?"
    r"(?P<which>det\s+kommende|næste|indeværende|dette|det\s+nuværende)\s+skoleår\b"
    r"|\bi\s+løbet\s+af\s+skoleåret\b(?!\s*(?:19|20)\d\d)",
    FLAGS,
)
_COMING_YEAR_RE = re.compile(r"\b(?:i|inden\s+for|i\s+løbet\s+af)\s+det\s+kommende\s+år\b(?!\s*\d)", FLAGS)
_HOLIDAY_RE = re.compile(
    r"\b(?:inden|før|til|senest\s+ved|ved|op\s+til)\s+(?P<holiday>sommerferien|juleferien|julen|jul)"
    r"(?:\s+(?P<y>" + _YEAR + r"))?\b",
    FLAGS,
)
_HOLIDAYS = {"sommerferien": (6, 30), "juleferien": (12, 23), "julen": (12, 23), "jul": (12, 23)}
_WITHIN_RE = re.compile(
    r"\b(?:(?:inden\s+for|indenfor|i\s+løbet\s+af|om|på)\s+(?:de\s+(?:næste|kommende)\s+)?"
    r"|(?:over\s+|i\s+)?de\s+(?:næste|kommende)\s+)"
    r"(?P<n>" + _NUMBER_WORD + r")\s+(?P<unit>år|måneder|måned)\b"
    r"|\b(?:over|inden\s+for|i)\s+en\s+(?P<n2>" + _NUMBER_WORD + r")-?(?P<unit2>år|måned)(?:ig|s)\s+periode\b",
    FLAGS,
)
_BASELINE_BEFORE_RE = re.compile(
    r"\b(?:niveau(?:et)?|udgangspunkt(?:et)?|baseline|var|lå|sidste|siden|status|tal(?:let)?|forhold|sammenlignet)"
    r"\s+(?:\w+\s+)?$",
    FLAGS,
)
_BASELINE_AFTER_RE = re.compile(r"^\s*,?\s*(?:var|lå|udgjorde|havde|blev|viste)\b", FLAGS)


def _resolve(period: _Period, marker: str, modifier: str) -> date:
    if modifier in {"ultimo", "udgangen af", "slutningen af"}:
        return period.last
    if modifier in {"primo", "starten af", "begyndelsen af"}:
        if period.months == 1:
            return period.first + timedelta(days=9)
        return _month_end(period.first.year, period.first.month)
    if modifier in {"medio", "midten af"}:
        if period.months in (1, 3):
            return _add_months(period.first, period.months // 2).replace(day=15)
        middle = _add_months(period.first, period.months // 2 - 1)
        return _month_end(middle.year, middle.month)
    if marker in {"inden", "før"}:
        return period.first - timedelta(days=1)
    if marker in {"pr", "pr.", "per"}:
        return period.first
    return period.last


def _normal(words: str | None) -> str:
    return " ".join((words or "").lower().split()).rstrip(".")


def _dated_mentions(text: str, today: date) -> list[DateMention]:
    mentions: list[DateMention] = []
    for (pattern, resolve), core in zip(_DATED_RES, _DATED_CORE_RES, strict=True):
        if core.search(text) is None:
            continue
        for match in pattern.finditer(text):
            period = resolve(match, today)
            if period is None:
                continue
            marker, modifier = _normal(match["marker"]), _normal(match["mod"])
            core_start = match.start("mod") if match["mod"] else max(match.end("marker"), match.start())
            is_year = resolve is _bare_year
            if marker in _START_MARKERS and resolve is not _year_range:
                strength = 0
            elif modifier or marker.split(" ")[0] in _STRONG_MARKERS or marker.startswith(_STRONG_MARKERS):
                strength = 2
            else:
                strength = 1 if is_year else 2
            before, after = text[: match.start()], text[match.end() :]
            if strength and (_BASELINE_BEFORE_RE.search(before) or _BASELINE_AFTER_RE.match(after)):
                strength = 0
            on = _resolve(period, marker, modifier)
            start = match.start() if strength else core_start
            mentions.append(DateMention(start, match.end(), on, text[start : match.end()], strength))
    return mentions


def _relative_mentions(text: str, today: date) -> list[DateMention]:
    mentions: list[DateMention] = []

    def add(match: re.Match[str], on: date) -> None:
        mentions.append(DateMention(match.start(), match.end(), on, match.group(), 2))

    for match in _THIS_YEAR_RE.finditer(text):
        add(match, date(today.year, 12, 31))
    for match in _NEXT_YEAR_RE.finditer(text):
        add(match, date(today.year + 1, 12, 31))
    for match in _ELECTION_PERIOD_RE.finditer(text):
        year = today.year + (1 - today.year) % 4  # the next year y >= today's with y % 4 == 1: 2025, 2029 …
        if year == today.year and today >= date(year, 11, 16):
            year += 4  # after the November election the new council's period is meant
        add(match, date(year, 12, 31))
    for match in _SCHOOL_YEAR_RE.finditer(text):
        which = " ".join((match["which"] or "indeværende").lower().split())
        current_end = today.year + 1 if today.month >= 8 else today.year  # the school year running now ends then
        add(match, date(current_end + (1 if which in ("det kommende", "næste") else 0), 6, 30))
    for match in _COMING_YEAR_RE.finditer(text):
        add(match, _add_months(today, 12))
    for match in _HOLIDAY_RE.finditer(text):
        month, day = _HOLIDAYS[match["holiday"].lower()]

        def holiday(year: int, month: int = month, day: int = day) -> _Period:
            return _Period(date(year, month, day), date(year, month, day))

        period = _next(holiday, _year(match["y"]), today)
        assert period is not None
        add(match, period.last)
    for match in _WITHIN_RE.finditer(text):
        word = (match["n"] or match["n2"]).lower()
        amount = 1.5 if word == "halvandet" else float(word) if word.isdigit() else NUMBER_WORDS[word]
        months = round(amount * (12 if (match["unit"] or match["unit2"]).lower() == "år" else 1))
        if 0 < months <= 120:
            add(match, _add_months(today, months))
    return mentions


def find_date_mentions(text: str, today: date) -> list[DateMention]:
    """Every date or period in the text, longest first where they overlap, in text order."""
    candidates = _dated_mentions(text, today) + _relative_mentions(text, today)
    candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
    chosen: list[DateMention] = []
    for mention in candidates:
        if all(mention.end <= c.start or c.end <= mention.start for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def parse_deadline(text: str, today: date) -> Deadline | None:
    """The deadline the text states: the most deadline-like date, and the latest of those.

    A bare year ("i 2024") that has already passed is taken as a reference, not a deadline;
    so are "fra"/"siden" dates and years next to "niveauet", "var" and the like.
    """
    mentions = [m for m in find_date_mentions(text, today) if m.strength == 2 or (m.strength == 1 and m.on >= today)]
    if not mentions:
        return None
    best = max(mentions, key=lambda m: (m.strength, m.on))
    return Deadline(best.on, best.words.strip())


# ---------------------------------------------------------------- frequencies

_PER_YEAR = r"(?:gange\s+(?:om\s+året|årligt|pr\.?\s+år|i\s+året|om\s+år)|årlige\b)"
_TIMES_RE = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_QUANTITY_WORDS) + r")\s+" + _PER_YEAR, FLAGS)
_ONCE = r"(?:en|én|1)\s+gang\s+(?:om|i|pr\.?|hver)\s+"
_FREQUENCY_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, FLAGS))
    for kind, pattern in (
        ("weekly", r"\bugentlig\w*|\bhver\s+uge\b|\b" + _ONCE + r"ugen?\b|\bpå\s+ugebasis\b"),
        (
            "monthly",
            r"\bmånedlig\w*|\bhver\s+måned\b|\b" + _ONCE + r"måned(?:en)?\b|\bpå\s+månedsbasis\b"
            r"|\bmåned\s+for\s+måned\b|\bmånedsvis\b|\bhver\s+anden\s+måned\b",
        ),
        (
            "quarterly",
            r"\bkvartalsvis\w*|\bhvert\s+kvartal\b|\b" + _ONCE + r"kvartal(?:et)?\b|\bpå\s+kvartalsbasis\b"
            r"|\bkvartalsmæssig\w*",
        ),
        ("half_yearly", r"\bhalvårlig\w*|\bhvert\s+halve\s+år\b|\bhvert\s+halvår\b|\bpå\s+halvårsbasis\b"),
        ("yearly", r"\bårlig\w*|\bhvert\s+år\b|\b" + _ONCE + r"år(?:et)?\b|\bpå\s+årsbasis\b|\bårsvis\b"),
    )
)


def _times_per_year(count: float) -> str:
    if count >= 52:
        return "weekly"
    if count >= 12:
        return "monthly"
    if count >= 3:
        return "quarterly"
    return "half_yearly" if count >= 2 else "yearly"


def find_frequency(text: str) -> tuple[str, int, int] | None:
    """The most frequent follow-up rhythm the text names, with where it stands."""
    times = _TIMES_RE.search(text)
    if times:
        word = times["n"].lower()
        count = float(word) if word.isdigit() else float(NUMBER_WORDS[word])
        return _times_per_year(count), times.start(), times.end()
    for kind, pattern in _FREQUENCY_RES:
        match = pattern.search(text)
        if match:
            return kind, match.start(), match.end()
    return None


def parse_frequency(text: str) -> str | None:
    """"monthly", "quarterly", "half_yearly", "yearly" or "weekly" from "månedligt", "hvert kvartal" …"""
    found = find_frequency(text)
    return found[0] if found else None
