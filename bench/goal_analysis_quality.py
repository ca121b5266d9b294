"""Precision and recall of the goal analyser per element, on the held-out corpus and on the development set.

Run: .venv/bin/python -m bench.goal_analysis_quality
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from agreements.goals.goal_analysis import ELEMENTS, analyse

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


def fresh() -> list[tuple[str, set[str]]]:
    """Written after the analyser's last change, by someone who never saw it: the honest estimate."""
    from tests.data.goal_corpus_fresh import CORPUS

    return [(str(item["text"]), set(item["elements"])) for item in CORPUS]  # type: ignore[call-overload]


def main() -> None:
    first, second = held_out(), fresh()
    print(f"{'':<12} {'held-out corpus':^26} {'fresh corpus':^26}")
    print(f"{'element':<12} {'P':>8} {'R':>8} {'n':>8} {'P':>8} {'R':>8} {'n':>8}")
    for a, b in zip(score(first), score(second), strict=True):
        print(f"{a.element:<12} {a.precision:>8.2f} {a.recall:>8.2f} {a.support:>8} "
              f"{b.precision:>8.2f} {b.recall:>8.2f} {b.support:>8}")
    print(f"({len(first)} and {len(second)} goals)")


if __name__ == "__main__":
    main()
