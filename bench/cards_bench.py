"""Building the monthly status card for 10 goals × 3 indicators × 24 months: milliseconds per card.

Run: .venv/bin/python -m bench.cards_bench [--cards 200]

Three steps are timed per card: the report (the status of every indicator now and a month ago, and its series),
the view data, and the card JSON; plus json.dumps as the SDK sends it. Prints the size of the card too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date

from agreements.status_report import agreement_report
from cards.status import status_card
from cards.status_views import status_card_view
from tests.support.status_data import big_agreement

TODAY = date(2026, 11, 24)


def main() -> None:
    parser = argparse.ArgumentParser(description="status card build time")
    parser.add_argument("--cards", type=int, default=200)
    args = parser.parse_args()
    agreement, measurements = big_agreement(10, 3, 24, TODAY)
    steps: dict[str, list[float]] = {"report": [], "view": [], "card": [], "json": [], "total": []}
    size = 0
    for _ in range(max(1, args.cards)):
        t0 = time.perf_counter()
        report = agreement_report(agreement, "Børn og Skole", measurements, TODAY, due_only=True)
        t1 = time.perf_counter()
        view = status_card_view(report, monthly=True, recipient_is_holder=True, can_register=True)
        t2 = time.perf_counter()
        card = status_card(view)
        t3 = time.perf_counter()
        wire = json.dumps(card)
        t4 = time.perf_counter()
        size = len(wire.encode())
        for name, seconds in (("report", t1 - t0), ("view", t2 - t1), ("card", t3 - t2), ("json", t4 - t3),
                              ("total", t4 - t0)):
            steps[name].append(seconds * 1000)
    print(f"status card, 10 goals × 3 indicators × 24 months, {args.cards} builds; card {size:,} bytes")
    print(f"{'step':<8}{'median ms':>12}{'p95 ms':>10}")
    for name, values in steps.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        print(f"{name:<8}{statistics.median(values):>12.2f}{p95:>10.2f}")


if __name__ == "__main__":
    main()
