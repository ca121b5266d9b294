"""Splits the labelled intent corpus (tests/data/intent_corpus.jsonl) in two by a hash of each text: the training
half goes into the recogniser's package (agreements/intents/corpus_train.jsonl); the held-out half is never
trained or tuned on, and tests/test_intent_corpus.py reports on it. Run after the corpus changes:
`.venv/bin/python tools/split_intent_corpus.py`."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "intent_corpus.jsonl"
TRAINING = ROOT / "agreements" / "intents" / "corpus_train.jsonl"


def held_out(text: str) -> bool:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 2 == 1


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    training = [row for row in rows if not held_out(row["text"])]
    TRAINING.write_text("".join(json.dumps({"text": r["text"], "intent": r["intent"]}, ensure_ascii=False) + "\n"
                                for r in training), encoding="utf-8")
    held = len(rows) - len(training)
    print(f"{len(training)} training rows written to {TRAINING.relative_to(ROOT)}; {held} held out")


if __name__ == "__main__":
    main()
