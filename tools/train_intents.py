"""Trains the intent recogniser on its shipped examples and writes the model it serves with.

Run after changing agreements/intents/examples.py, corpus_train.jsonl or training_more.jsonl:
    .venv/bin/python -m tools.train_intents
tests/test_intents.py fails while the shipped model is not the one the examples give.
"""

from __future__ import annotations

from agreements.intents.examples import training_examples
from agreements.intents.model import SHIPPED_MODEL
from agreements.intents.training import train


def main() -> None:
    model = train(training_examples())
    model.save(SHIPPED_MODEL)
    print(f"{SHIPPED_MODEL}: {len(model.intents)} intents, "
          f"{len(model.char_vocabulary) + len(model.word_vocabulary)} n-grams, {SHIPPED_MODEL.stat().st_size} bytes")


if __name__ == "__main__":
    main()
