"""Precision and recall of the goal analyser per element, on the held-out corpus and on the development set.

Run: .venv/bin/python -m bench.goal_analysis_quality
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from agreements.goal_analysis import ELEMENTS, analyse

TODAY = date(2026, 1, 15)


@dataclass(frozen=True)
class Score:
    element: str
    precision: float
    recall: float
    support: int


def score(items: Iterable[tuple[str, set[str]]], today: date = TODAY) -> list[Score]:
    tp = dict.fromkeys(ELEMENTS, 0)
    fp = dict.fromkeys(ELEMENTS, 0)
    fn = dict.fromkeys(ELEMENTS, 0)
    for text, wanted in items:
        found = set(analyse(text, today).found)
        for element in ELEMENTS:
            if element in found and element in wanted:
                tp[element] += 1
            elif element in found:
                fp[element] += 1
            elif element in wanted:
                fn[element] += 1
    return [
        Score(
            element,
            tp[e] / (tp[e] + fp[e]) if tp[e] + fp[e] else 1.0,
            tp[e] / (tp[e] + fn[e]) if tp[e] + fn[e] else 1.0,
            tp[e] + fn[e],
        )
        for element in ELEMENTS
        for e in [element]
    ]


def held_out() -> list[tuple[str, set[str]]]:
    from tests.data.goal_corpus import CORPUS

    return [(str(item["text"]), set(item["elements"])) for item in CORPUS]  # type: ignore[call-overload]


def main() -> None:
    scores = score(held_out())
    print(f"{'element':<12} {'precision':>9} {'recall':>7} {'support':>8}   (held-out corpus, {len(held_out())} goals)")
    for s in scores:
        print(f"{s.element:<12} {s.precision:>9.2f} {s.recall:>7.2f} {s.support:>8}")


if __name__ == "__main__":
    main()
