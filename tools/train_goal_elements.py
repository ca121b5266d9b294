"""Trains the goal analyser's learned elements (agreements/goals/element_model.py) and writes the shipped model.

Trained only on labelled goal statements that are not held aside: tests/data/goal_corpus.py, goal_corpus_fresh.py,
goal_corpus_patterns.py, the tuning part and the spent fourth to eighth rounds (ROUND_4, ROUND_5, ROUND_6, ROUND_7,
ROUND_8) of goal_corpus_real.py and the development set of tests/test_goal_analysis.py. Never on HELD_ASIDE
or HELD_ASIDE_2 (nor on any later held-aside round).
Run after changing those corpora:
    .venv/bin/python -m tools.train_goal_elements
tests/test_goal_element_model.py fails while the shipped model is not the one the corpora give.
"""

from __future__ import annotations

from agreements.goals.element_model import SHIPPED_MODEL, train


def training_pairs() -> list[tuple[str, set[str]]]:
    from tests.data import goal_corpus, goal_corpus_fresh, goal_corpus_patterns
    from tests.data.goal_corpus_real import ROUND_4, ROUND_5, ROUND_6, ROUND_7, ROUND_8, TUNING
    from tests.test_goal_analysis import DEVELOPMENT_SET

    items = [*goal_corpus.CORPUS, *goal_corpus_fresh.CORPUS, *goal_corpus_patterns.CORPUS, *TUNING, *ROUND_4, *ROUND_5,
             *ROUND_6, *ROUND_7, *ROUND_8]
    pairs = [(str(item["text"]), set(item["elements"])) for item in items]  # type: ignore[call-overload]
    return pairs + [(item.text, set(item.elements)) for item in DEVELOPMENT_SET]


def main() -> None:
    pairs = training_pairs()
    model = train(pairs)
    model.save(SHIPPED_MODEL)
    print(f"{SHIPPED_MODEL}: {len(pairs)} statements, "
          f"{len(model.char_vocabulary) + len(model.word_vocabulary)} n-grams, {SHIPPED_MODEL.stat().st_size} bytes")


if __name__ == "__main__":
    main()
