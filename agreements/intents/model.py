"""The recogniser's trained model as data: n-gram vocabularies with their idf, and a linear weight per n-gram and
intent. Shipped in the package (`model.npz`, built by `python -m tools.train_intents` from the examples) and read
with NumPy alone, so that serving neither imports scikit-learn (about 100 MB) nor trains at start-up.

The two analysers below are scikit-learn's `TfidfVectorizer` analysers written out (character 2–5-grams within
words, padded with a space; word uni- and bigrams); tests/test_intents.py checks they read every example alike.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

SHIPPED_MODEL = Path(__file__).resolve().parent / "model.npz"
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
WORD_PATTERN = r"\b\w+\b"
_WORD_RE = re.compile(WORD_PATTERN)
_SPACES = re.compile(r"\s\s+")


def char_grams(text: str) -> list[str]:
    """Character n-grams within words, each word padded with a space (scikit-learn's «char_wb»)."""
    grams: list[str] = []
    low, high = CHAR_NGRAMS
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            if length <= n:  # the word is no longer than n: itself, and no longer n-grams
                grams.append(padded)
                break
            grams.extend([padded[offset : offset + n] for offset in range(length - n + 1)])
    return grams


def word_grams(text: str) -> list[str]:
    words = _WORD_RE.findall(text.lower())
    low, high = WORD_NGRAMS
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return grams


class _Part:
    """One vocabulary: n-gram → column, idf; a text's sublinear tf-idf weights, l2-normalised within the part."""

    def __init__(self, grams: Any, idf: Any, offset: int, analyse: Any) -> None:
        self._analyse = analyse
        pairs = enumerate(zip(grams, idf, strict=True))
        self._columns: dict[str, tuple[int, float]] = {str(g): (offset + n, float(value)) for n, (g, value) in pairs}

    def weights(self, text: str) -> dict[int, float]:
        columns = self._columns
        values: dict[int, float] = {}
        for gram, count in Counter(self._analyse(text)).items():
            known = columns.get(gram)
            if known is not None:
                values[known[0]] = (1.0 + math.log(count)) * known[1]
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return {column: v / norm for column, v in values.items()}


class IntentModel:
    """Read-only once built; `scores` is what a message costs."""

    def __init__(self, *, intents: tuple[str, ...], char_vocabulary: list[str], char_idf: Any,
                 word_vocabulary: list[str], word_idf: Any, weights: Any, intercept: Any) -> None:
        self.intents = intents
        self.char_vocabulary, self.char_idf = char_vocabulary, char_idf
        self.word_vocabulary, self.word_idf = word_vocabulary, word_idf
        self.weights: Any = np.ascontiguousarray(weights, dtype=np.float32)  # columns × intents
        self.intercept: Any = np.asarray(intercept, dtype=np.float32)
        self._parts = (_Part(char_vocabulary, char_idf, 0, char_grams),
                       _Part(word_vocabulary, word_idf, len(char_vocabulary), word_grams))

    def scores(self, text: str) -> list[tuple[str, float]]:
        """Every intent with its score for an already mended text, best first; empty when no n-gram is known."""
        values: dict[int, float] = {}
        for part in self._parts:
            values.update(part.weights(text))
        if not values:
            return []
        columns = np.fromiter(values.keys(), dtype=np.int64, count=len(values))
        weights = np.fromiter(values.values(), dtype=np.float32, count=len(values))
        scores = weights @ self.weights[columns] + self.intercept
        return [(self.intents[i], float(scores[i])) for i in np.argsort(-scores)]

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path, intents=np.array(self.intents), char_vocabulary=np.array(self.char_vocabulary),
            char_idf=np.asarray(self.char_idf, dtype=np.float32),
            word_vocabulary=np.array(self.word_vocabulary), word_idf=np.asarray(self.word_idf, dtype=np.float32),
            weights=np.asarray(self.weights, dtype=np.float16), intercept=np.asarray(self.intercept, dtype=np.float32))

    @classmethod
    def load(cls, path: Path = SHIPPED_MODEL) -> IntentModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                intents=tuple(str(intent) for intent in data["intents"]),
                char_vocabulary=[str(gram) for gram in data["char_vocabulary"]], char_idf=data["char_idf"],
                word_vocabulary=[str(gram) for gram in data["word_vocabulary"]], word_idf=data["word_idf"],
                weights=data["weights"], intercept=data["intercept"])
