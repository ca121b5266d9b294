"""What a free-typed Danish message asks for: a linear classifier (scikit-learn's LinearSVC) over TF-IDF weighted
character 2–5-grams within words and word uni- and bigrams, so that inflections, word order, politeness and typos
still find their intent. A word the examples do not know is first mended to the known word one letter away
(«statsu» → «status», «aftlae» → «aftale»).

The model is trained from the shipped examples by `python -m tools.train_intents` and shipped with them
(agreements/intents/model.py); serving only loads it. A message is scored without scikit-learn: its n-grams are
looked up in the vocabularies and multiplied into the weights with one NumPy product (bench/intents.py).

The verdict is one of three: an intent it is sure of (ahead of the next by a margin), two or three it hesitates
between (the bot asks back), or nothing it can do (the bot says what it can do). It never guesses past that.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

from agreements.intents.examples import OUT_OF_SCOPE, training_examples
from agreements.intents.model import IntentModel
from agreements.intents.slots import Slots, read_slots

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})
_TOKEN_RE = re.compile(r"[a-z0-9]+")
# A greeting (and whom it greets) before what the message asks: set off by a comma, a full stop or «!»
# («godmorgen, hvad mangler jeg?»), or by a space alone («godmorgen hvad mangler jeg?»).
_GREETING_OPENING = re.compile(
    r"\s*(?:hej|hejsa|hejhej|halløj|hallo|dav|godmorgen|god\s+morgen|goddag|god\s+eftermiddag|godaften|god\s+aften"
    r"|godt\s+nytår|glædeligt\s+nytår|godt\s+nyt\s+år|glædelig\s+jul|god\s+jul|god\s+weekend|tak\s+for\s+sidst"
    r"|hi|hey)\b(?:\s+(?:hej|igen|med\s+dig|aftalebot|bot|der))*+(?P<mark>\s*[,.!:;–-]+)?\s*(?=\S)",
    re.IGNORECASE,
)
# The season's greetings on their own («godt nytår!», «Glædelig jul 🎄»): a greeting the examples do not hold.
_SEASONS_GREETING = re.compile(
    r"\s*(?:godt\s+nytår|glædeligt\s+nytår|godt\s+nyt\s+år|glædelig\s+jul|god\s+jul)"
    r"(?:\s+(?:og\s+godt\s+nytår|til\s+dig|igen|aftalebot))*[\s!.,🎄🎉✨]*",
    re.IGNORECASE,
)
MIN_AFTER_GREETING = 2  # «hej, Henrik» is a greeting; «godmorgen, hvad mangler jeg?» a question


PLAN_OR_MOVE = frozenset({"plan_meeting", "move_meeting"})


def asks_for_a_meeting_time(recognition: Recognition) -> bool:
    """Unsure only between planning a dialogue meeting and moving the next one, with a time named («kan vi tage
    dialogmødet den 15/12 kl 10?»): a meeting asked for at a time, which of the two for the meeting use case to say."""
    return (recognition.verdict is Verdict.UNSURE and recognition.slots.when is not None
            and {intent for intent, _ in recognition.candidates[:2]} == PLAN_OR_MOVE)


def after_greeting(text: str) -> str:
    """`text` without the greeting that opens it («hej igen. har Henrik sagt noget?» → «har Henrik sagt noget?»)."""
    opened = _GREETING_OPENING.match(text)
    return text[opened.end():] if opened is not None else text
MAX_TEXT = 300  # characters read; longer messages are not commands
# Intents whose command changes something others see (sends, ends, moves, plans): acted on only when clearly meant.
CHANGING = frozenset({"submit", "end_meeting", "move_meeting", "plan_meeting", "plan_evaluation", "new_agreement"})


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
    """Chosen by two-fold cross-validation inside the training half of the corpus (never on the held-out half)."""

    margin: float = 0.2  # sure when the best intent is this far ahead of the next one …
    sure: float = -0.3  # … and scores at least this
    ask: float = -0.8  # below this for every intent: nothing it can do; between: ask back
    changing: float = 0.1  # what an intent that changes something (CHANGING) must score to be acted on


def fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(fold(text[:MAX_TEXT]))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class _Mender:
    """Mends a word the examples do not know to the known word one letter away (a letter too many, too few, wrong
    or two swapped); of several, the one with the same letters, then the most common."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._frequency = Counter(word for text in texts for word in tokens(text))
        self.vocabulary = self._frequency
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for word in self._frequency:
            if len(word) >= 4:
                for variant in _deletions(word):
                    self._by_deletion[variant].add(word)

    def word(self, word: str) -> str:
        if word in self._frequency or len(word) < 4 or word.isdigit():
            return word
        variants = _deletions(word)
        candidates = set(self._by_deletion.get(word, ()))
        candidates.update(v for v in variants if v in self._frequency)
        for variant in variants:
            candidates.update(self._by_deletion.get(variant, ()))
        if not candidates:
            return word
        letters = sorted(word)
        return min(candidates, key=lambda c: (sorted(c) != letters, -self._frequency[c], c))

    def text(self, text: str) -> str:
        return " ".join(self.word(word) for word in tokens(text))


class IntentRecogniser:
    """Loaded once (at start-up, in the composition root); `recognise` is then read-only."""

    def __init__(self, examples: Iterable[tuple[str, str]] | None = None, thresholds: Thresholds | None = None,
                 model: IntentModel | None = None) -> None:
        """The shipped model and examples by default; given examples (and no model), a model trained on them."""
        self.thresholds = thresholds or Thresholds()
        pairs = list(examples if examples is not None else training_examples())
        if model is None:
            if examples is None:
                model = IntentModel.load()
            else:
                from agreements.intents.training import train

                model = train(pairs)
        self._model = model
        self.intents = model.intents
        self._mender = _Mender(text for text, _ in pairs)
        self._lone_words: dict[str, set[str]] = defaultdict(set)  # a one-word example → its intents
        self._openers: dict[str, set[str]] = defaultdict(set)  # the first word of examples → their intents
        self._words_of: dict[str, set[str]] = defaultdict(set)  # intent → every word its examples use
        self._in_scope_intents = tuple(intent for intent in self.intents if intent != OUT_OF_SCOPE)
        for text, intent in pairs:
            words = [word for word in tokens(text) if not word.isdigit()]
            self._words_of[intent].update(words)
            if words:
                self._openers[words[0]].add(intent)
            if len(words) == 1:
                self._lone_words[words[0]].add(intent)

    def scores(self, text: str) -> list[tuple[str, float]]:
        """Every intent (out_of_scope included) with its score, best first; empty when nothing is known."""
        mended = self._mender.text(text)
        if not mended:
            return []
        return self._model.scores(mended)

    def recognise(self, text: str) -> Recognition:
        """What `text` asks for. A greeting that opens a message («godmorgen, hvad mangler jeg?», «hej Aftalebot, er
        min aftale godkendt?», «godmorgen hvad mangler jeg?») is the politeness before it: the rest is read, when it
        says anything. Set off by a space alone, the rest must be read surely («hej Henrik Thomsen» greets)."""
        if _SEASONS_GREETING.fullmatch(text):
            return Recognition(Verdict.SURE, "greeting", 1.0, (("greeting", 1.0),), read_slots(text))
        opened = _GREETING_OPENING.match(text)
        if opened is not None and len(tokens(text[opened.end():])) >= MIN_AFTER_GREETING:
            after = self._recognise(text[opened.end():])
            if after.verdict is Verdict.SURE or (opened["mark"] and after.verdict is not Verdict.OUT_OF_SCOPE):
                return after
        return self._recognise(text)

    def _recognise(self, text: str) -> Recognition:
        ranked = self.scores(text)
        slots = read_slots(text)
        if not ranked:
            return Recognition(Verdict.OUT_OF_SCOPE, None, 0.0, slots=slots)
        best, score = ranked[0]
        in_scope = tuple((intent, round(value, 3)) for intent, value in ranked if intent != OUT_OF_SCOPE)[:3]
        runner_up = ranked[1][1] if len(ranked) > 1 else score - 1.0
        limits = self.thresholds
        floor = limits.changing if best in CHANGING else limits.sure
        if best != OUT_OF_SCOPE and score - runner_up >= limits.margin and score >= floor:
            if self._reads_all_of(text, best, score):
                return Recognition(Verdict.SURE, best, score, in_scope, slots)
            return Recognition(Verdict.UNSURE, None, score, in_scope, slots)
        close_call = best != OUT_OF_SCOPE or score - in_scope[0][1] < limits.margin if in_scope else False
        if in_scope and in_scope[0][1] >= limits.ask and close_call:
            return Recognition(Verdict.UNSURE, None, score, in_scope, slots)
        return Recognition(Verdict.OUT_OF_SCOPE, None, score, in_scope, slots)


    def _reads_all_of(self, text: str, intent: str, score: float) -> bool:
        """Whether a confident score also rests on all of the message; when part of it says something the examples
        never said for that intent, the bot asks back rather than act on the rest:
        - a lone word (besides numbers) is acted on only when it alone is a way to say the intent («mål 3» names a
          goal, not what to do with it);
        - a word only out-of-scope examples use («ferie» in «hvem godkender min ferie?», «frokost», «løn») says the
          message is about something else;
        - a word the examples never use, foreign to the intent, needs the clear score of a changing intent: the
          message may be about something outside the agreements;
        - a process question (ask_*) does not open with an order that opens only other things («beregn …»,
          «send …»): that is a request, not a question.
        """
        words = [self._mender.word(word) for word in tokens(text) if not word.isdigit()]
        if len(words) == 1:
            return intent in self._lone_words.get(words[0], ())
        if intent in CHANGING:  # a command carries free words (where, when, why) and already needs a clear score
            unknown_here = []
        else:
            unknown_here = [word for word in words if len(word) >= 4 and word not in self._words_of[intent]
                            and not any(word in self._words_of[other] for other in self._in_scope_intents)]
        if any(word in self._words_of[OUT_OF_SCOPE] for word in unknown_here):
            return False
        if unknown_here and score < self.thresholds.changing:
            return False
        opens = self._openers.get(words[0], set()) if words else set()
        return not (intent.startswith("ask_") and opens and intent not in opens and OUT_OF_SCOPE in opens)


@cache
def shared_recogniser() -> IntentRecogniser:
    """The recogniser trained on the shipped examples, once per process (read-only once trained)."""
    return IntentRecogniser()
