"""The details a message gives along with its intent: which goal, which section, when, which unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

_IC = re.IGNORECASE
_ORDINALS = {
    "første": 1, "foerste": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10,
}
_CARDINALS = {"en": 1, "et": 1, "ét": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
              "otte": 8, "ni": 9, "ti": 10}
_GOAL = r"(?:udviklings)?m(?:å|aa)l(?:et|s)?"
_GOAL_NUMBER_RE = re.compile(
    rf"\b{_GOAL}\s*(?:nr\.?|nummer|number|no\.?)?\s*(?P<number>\d{{1,2}}|{'|'.join(_CARDINALS)})\b", _IC
)
_ORDINAL_GOAL_RE = re.compile(
    rf"\b(?P<ordinal>{'|'.join(_ORDINALS)})\s+(?:\w+\s+)?{_GOAL}\b|\b{_GOAL}\s+(?:nummer\s+)?(?P<after>{'|'.join(_ORDINALS)})\b",
    _IC,
)
_LAST_GOAL_RE = re.compile(rf"\bsidste\s+{_GOAL}\b", _IC)
_SECTIONS = (
    ("økonomi", re.compile(r"\b(?:økonomi\w*|oekonomi\w*|okonomi\w*|budget\w*)", _IC)),
    ("generelt", re.compile(r"\bgenerel\w*", _IC)),
    ("dialog", re.compile(r"\bdialog(?!møde|moede)\w*", _IC)),
    ("evaluering", re.compile(r"\bevaluer\w*|\bevaluér\w*", _IC)),
)
_WEEKDAYS = r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|loerdag|soendag"
_WHEN_RE = re.compile(
    rf"(?:\b(?:på\s+|paa\s+|på\s+den\s+|den\s+|d\.\s*)?(?:{_WEEKDAYS})\b"
    r"|\b(?:i\s*morgen|iovermorgen|i\s+overmorgen|i\s+dag|idag|imorgen|næste\s+uge|naeste\s+uge|om\s+\w+\s+uger?)\b"
    r"|\b(?:den\s+)?\d{1,2}\s*[/.]\s*\d{1,2}\b"
    r"|\b(?:den\s+)?\d{1,2}\.?\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*"
    r"|\bkl(?:\.|okken)?\s*\d{1,2}(?:[.:]\d{2})?)",
    _IC,
)
_YEAR_RE = re.compile(r"(?<![\d/.])\b(20[2-9]\d)\b(?![/.]\d)")
_UNIT_RE = re.compile(r"\b(?:for|fra|om)\s+(?P<unit>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+(?:og\s+)?[\wæøåÆØÅ-]+){0,3})")


@dataclass(frozen=True, slots=True)
class Slots:
    goal: int | None = None  # a goal's number («mål 2», «det tredje mål»); -1 for «det sidste mål»
    section: str | None = None  # generelt | økonomi | dialog | evaluering
    when: str | None = None  # the words that say when («på fredag kl 10», «15/12 kl. 10»), as typed
    unit: str | None = None  # a unit named with a capital («status for Børn og Skole»)
    year: int | None = None  # an agreement's year («nyt mål for 2027», «aftalen for 2026»)


def _goal(text: str) -> int | None:
    if match := _GOAL_NUMBER_RE.search(text):
        word = match["number"].lower()
        return int(word) if word.isdigit() else _CARDINALS[word]
    if match := _ORDINAL_GOAL_RE.search(text):
        return _ORDINALS[(match["ordinal"] or match["after"]).lower()]
    if _LAST_GOAL_RE.search(text):
        return -1
    return None


def _section(text: str) -> str | None:
    found = [name for name, pattern in _SECTIONS if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def _when(text: str) -> str | None:
    match = _WHEN_RE.search(text)
    if match is None:
        return None
    return text[match.start():].strip().rstrip("?!. ") or None


def _unit(text: str) -> str | None:
    match = _UNIT_RE.search(text)
    return match["unit"].strip().rstrip("?!.") if match else None


def _year(text: str) -> int | None:
    years = {int(found) for found in _YEAR_RE.findall(text)}
    return years.pop() if len(years) == 1 else None


def read_slots(text: str) -> Slots:
    text = text[:300]
    return Slots(goal=_goal(text), section=_section(text), when=_when(text), unit=_unit(text), year=_year(text))
