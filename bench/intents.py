"""Reading a typed message (agreements.intents): the recogniser's cost per message, beside the exact-command lookup
it falls back from, in one run.

Run: .venv/bin/python -m bench.intents [--repeat 2000]

Times `recognise` on the held-out half of the labelled corpus (tests/data/intent_corpus.jsonl), message by message,
and a dict lookup of the same normalised texts (what an exact command costs), and the one-off build of the
recogniser. Results: a table on stdout and bench/results/intents-<time>.json (and intents-latest.json).
"""

from __future__ import annotations

import argparse
import json
import time

from bench.common import machine, percentile, table, write_result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()

    from agreements.intents import IntentRecogniser
    from tools.split_intent_corpus import CORPUS, held_out

    texts = [row["text"] for row in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
             if held_out(row["text"])]
    started = time.perf_counter()
    recogniser = IntentRecogniser()
    build_ms = (time.perf_counter() - started) * 1000
    commands = {"min aftale": 1, "nyt mål": 2, "status": 3}
    rows = []
    for name, call in (("recognise", recogniser.recognise),
                       ("exact command (dict)", lambda text: commands.get(" ".join(text.lower().split())))):
        timings = []
        for n in range(args.repeat):
            text = texts[n % len(texts)]
            start = time.perf_counter()
            call(text)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        rows.append({"what": name, "p50_ms": percentile(timings, 50), "p95_ms": percentile(timings, 95),
                     "max_ms": timings[-1]})
    print(table(rows, (("what", "per message"), ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("max_ms", "max ms"))))
    print(f"recogniser built in {build_ms:.0f} ms (once per process)")
    write_result("intents", {"machine": machine(), "build_ms": build_ms, "rows": rows})


if __name__ == "__main__":
    main()
