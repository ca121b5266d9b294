"""Forgiving matching of Danish words: case, æ/ø/å spelled out, inflections, compounds and typos.

`similarity("sygefraværet", "sygefravær")` is high (an inflection), as are "sygefravr" (a typo, by difflib's
ratio) and "fravær" against "sygefravær" (the tail of a compound). Unrelated words score 0.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache

from agreements.danish import word_set

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})
_WORD_RE = re.compile(r"[0-9a-zæøåéüöä]+")
# Danish inflection endings (definite, plural, genitive) that may follow a stem.
_ENDINGS = ("", "e", "t", "n", "s", "r", "et", "en", "er", "es", "ne", "ene", "ets", "ens", "erne", "ernes", "ers")
MIN_RATIO = 0.8
MIN_STEM = 4
MIN_COMPOUND_PART = 5

STOPWORDS = word_set(
    """
    hvordan hvor hvad hvilke hvilken hvilket hvornaar hvem hvorfor gaar gik gaaet det den de der med om paa i
    af til for og eller er var bliver blev har havde jeg du vi min mit mine vores jeres din dit dine sin sit
    status staar egentlig lige saa nu lidt helt meget kan kunne skal vil ville maa godt daarligt en et the how
    is what fortael vis se giv mig os tak please lad hej hallo noget nogen alle alt ved fra siden sidst ud ind
    op ned bare gerne hvis naar men som end ogsaa ikke mere mest mindre maal maalet maalene indikator
    indikatoren indikatorer aftale aftalen tal tallet tallene
    """
)


def fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def words(text: str) -> list[str]:
    """Lower-cased, æ/ø/å spelled out (ae/oe/aa), split on anything but letters and digits."""
    return [fold(word) for word in _WORD_RE.findall(text.lower())]


def content_words(text: str) -> list[str]:
    return [word for word in words(text) if word not in STOPWORDS and len(word) > 1]


@lru_cache(maxsize=65536)
def similarity(query: str, word: str) -> float:
    """0…1 for two folded words; 0 below the thresholds (see the module docstring)."""
    if query == word:
        return 1.0
    shorter, longer = sorted((query, word), key=len)
    scores = [0.0]
    if len(shorter) >= MIN_STEM and longer.startswith(shorter) and longer[len(shorter):] in _ENDINGS:
        scores.append(0.95)  # an inflection: sygefravær ~ sygefraværet
    if _compound_tail(query, word) or _compound_tail(word, query):
        scores.append(0.85)  # the tail of a compound, either inflected: fraværet ~ sygefravær
    common = len(_common_prefix(shorter, longer))
    if common >= MIN_COMPOUND_PART and common >= 0.75 * len(shorter):
        scores.append(0.8)  # one stem, another ending: udredning ~ udredningstid
    ratio = difflib.SequenceMatcher(None, query, word).ratio()
    if ratio >= MIN_RATIO:
        scores.append(ratio)  # a typo: sygefravr ~ sygefravær
    elif len(shorter) >= MIN_STEM + 2:
        # A typo in an inflected form: the shorter word against the longer one's start.
        head = difflib.SequenceMatcher(None, shorter, longer[: len(shorter) + 1]).ratio()
        if head >= 0.88:
            scores.append(head * 0.9)
    return max(scores)


def best_similarity(query: str, candidates: Iterable[str]) -> float:
    return max((similarity(query, word) for word in candidates), default=0.0)


def _common_prefix(a: str, b: str) -> str:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _compound_tail(part: str, whole: str) -> bool:
    """`part`, less an inflection ending, is the last element of the compound `whole` (maybe inflected)."""
    for ending in _ENDINGS:
        if ending and not part.endswith(ending):
            continue
        stem = part[: len(part) - len(ending)]
        if len(stem) < MIN_COMPOUND_PART or len(whole) <= len(stem):
            continue
        at = whole.rfind(stem)
        if at > 0 and whole[at + len(stem):] in _ENDINGS:
            return True
    return False
