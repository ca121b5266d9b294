"""What a free-typed Danish message asks for: the nearest of the recogniser's own examples, by words and by
character n-grams, so that inflections, word order, politeness and typos still find their intent.

Pure Python and offline: an inverted index over TF-IDF weighted features of the examples (word, stem, word pair
and character 3- and 4-grams), cosine similarity, and a per-intent score from the nearest examples. A word the
examples do not know is first mended to the known word one letter away («statsu» → «status», «aftlae» → «aftale»).
About 0.1–0.3 ms a message on this machine (bench/intents.py).

The verdict is one of three: an intent it is sure of, two or three it hesitates between (the bot asks back), or
nothing it can do (the bot says what it can do). It never guesses past its thresholds.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from itertools import pairwise

from agreements.intents.examples import OUT_OF_SCOPE, training_examples
from agreements.intents.slots import Slots, read_slots

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_NUMBER = "#"
# Inflection endings stripped to a stem: aftalen/aftalerne/aftaler → aftal, målene/målet → maal.
_ENDINGS = ("erne", "ene", "ens", "ets", "en", "et", "er", "es", "ne", "e", "s", "r", "t", "n")
MAX_TEXT = 300  # characters read; longer messages are not commands
COMMON_SHARE = 0.2


class Verdict(Enum):
    SURE = "sure"
    UNSURE = "unsure"
    OUT_OF_SCOPE = "out_of_scope"


@dataclass(frozen=True, slots=True)
class Recognition:
    verdict: Verdict
    intent: str | None  # the intent when SURE
    score: float
    candidates: tuple[tuple[str, float], ...] = ()  # in-scope intents, best first (for «Mente du …?»)
    slots: Slots = field(default_factory=Slots)


@dataclass(frozen=True, slots=True)
class Thresholds:
    sure: float = 0.42  # the best intent's score at least this …
    margin: float = 0.06  # … and this far ahead of the next intent
    ask: float = 0.28  # below this: nothing it can do; between: ask back


def fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def tokens(text: str) -> list[str]:
    return [_NUMBER if token.isdigit() else token for token in _TOKEN_RE.findall(fold(text[:MAX_TEXT]))]


def stem(token: str) -> str:
    for ending in _ENDINGS:
        if len(token) - len(ending) >= 4 and token.endswith(ending):
            return token[: -len(ending)]
    return token


def _features(words: Sequence[str]) -> dict[str, float]:
    features: dict[str, float] = defaultdict(float)
    for word in words:
        features["w:" + word] += 1.0
        features["s:" + stem(word)] += 0.8
        if word != _NUMBER:
            padded = f" {word} "
            for n in (3, 4):
                for i in range(len(padded) - n + 1):
                    features["c:" + padded[i : i + n]] += 0.25
    for first, second in pairwise(words):
        features[f"b:{stem(first)}_{stem(second)}"] += 0.7
    return features


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class IntentRecogniser:
    """Built once from examples (at start-up, in the composition root); `recognise` is then read-only."""

    def __init__(self, examples: Iterable[tuple[str, str]] | None = None, thresholds: Thresholds | None = None,
                 neighbours: int = 3) -> None:
        self.thresholds = thresholds or Thresholds()
        self._neighbours = neighbours
        pairs = list(examples if examples is not None else training_examples())
        self._labels = [intent for _, intent in pairs]
        tokenised = [tokens(text) for text, _ in pairs]
        self._frequency: dict[str, int] = defaultdict(int)
        for words in tokenised:
            for word in words:
                self._frequency[word] += 1
        self._vocabulary = set(self._frequency)
        self._mend: dict[str, set[str]] = defaultdict(set)  # a word less one letter → the known words
        for word in self._vocabulary:
            if len(word) >= 4:
                for variant in _deletions(word):
                    self._mend[variant].add(word)
        raw = [_features(words) for words in tokenised]
        documents = len(raw)
        frequency: dict[str, int] = defaultdict(int)
        for features in raw:
            for name in features:
                frequency[name] += 1
        self._idf = {name: math.log((documents + 1) / (count + 1)) + 1.0 for name, count in frequency.items()}
        # Features in more than a fifth of the examples («jeg», « mi», «aft») tell intents apart too little to be
        # worth their long lists: they count in each vector's length but are not looked up.
        common = {name for name, count in frequency.items() if count > documents * COMMON_SHARE}
        self._index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for number, features in enumerate(raw):
            vector = self._weigh(features)
            for name, weight in vector.items():
                if name not in common:
                    self._index[name].append((number, weight))

    def _weigh(self, features: dict[str, float]) -> dict[str, float]:
        vector = {name: (1.0 + math.log(count)) * self._idf[name]
                  for name, count in features.items() if name in self._idf and count > 0}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {name: w / norm for name, w in vector.items()}

    def _mended(self, words: list[str]) -> list[str]:
        return [self._mend_word(word) for word in words]

    def _mend_word(self, word: str) -> str:
        """A word the examples do not know, as the known word one letter away (a letter too many, too few, wrong or
        two swapped); of several, the one with the same letters, then the most common."""
        if word in self._vocabulary or len(word) < 4:
            return word
        variants = _deletions(word)
        candidates = set(self._mend.get(word, ()))  # a letter missing from the typed word
        candidates.update(v for v in variants if v in self._vocabulary)  # a letter too many
        for variant in variants:  # a wrong or swapped letter
            candidates.update(self._mend.get(variant, ()))
        if not candidates:
            return word
        letters = sorted(word)
        return min(candidates, key=lambda c: (sorted(c) != letters, -self._frequency[c], c))

    def scores(self, text: str) -> list[tuple[str, float]]:
        """Every intent (out_of_scope included) with its score, best first."""
        words = self._mended(tokens(text))
        if not words:
            return []
        query = self._weigh(_features(words))
        similarity: dict[int, float] = defaultdict(float)
        for name, weight in query.items():
            for number, example_weight in self._index.get(name, ()):
                similarity[number] += weight * example_weight
        nearest: dict[str, list[float]] = defaultdict(list)
        for number, value in similarity.items():
            nearest[self._labels[number]].append(value)
        ranked = []
        for intent, values in nearest.items():
            values.sort(reverse=True)
            top = values[: self._neighbours]
            ranked.append((intent, 0.6 * top[0] + 0.4 * sum(top) / self._neighbours))
        ranked.sort(key=lambda item: -item[1])
        return ranked

    def recognise(self, text: str) -> Recognition:
        ranked = self.scores(text)
        slots = read_slots(text)
        if not ranked:
            return Recognition(Verdict.OUT_OF_SCOPE, None, 0.0, slots=slots)
        best, score = ranked[0]
        in_scope = tuple((intent, round(value, 3)) for intent, value in ranked if intent != OUT_OF_SCOPE)
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        limits = self.thresholds
        if best == OUT_OF_SCOPE:
            if in_scope and in_scope[0][1] >= limits.sure and score - in_scope[0][1] < limits.margin:
                return Recognition(Verdict.UNSURE, None, score, in_scope[:3], slots)
            return Recognition(Verdict.OUT_OF_SCOPE, None, score, in_scope[:3], slots)
        if score >= limits.sure and score - runner_up >= limits.margin:
            return Recognition(Verdict.SURE, best, score, in_scope[:3], slots)
        if score >= limits.ask:
            return Recognition(Verdict.UNSURE, None, score, in_scope[:3], slots)
        return Recognition(Verdict.OUT_OF_SCOPE, None, score, in_scope[:3], slots)


@cache
def shared_recogniser() -> IntentRecogniser:
    """The recogniser built from the shipped examples, once per process (read-only once built)."""
    return IntentRecogniser()
