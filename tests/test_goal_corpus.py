"""The analyser on the held-out corpus (tests/data/goal_corpus.py): a floor for precision and recall per element.

The corpus was written apart from the analyser; `python -m bench.goal_analysis_quality` prints the full table.
"""

from __future__ import annotations

import pytest

from agreements.goals.goal_analysis import ELEMENTS
from bench.goal_analysis_quality import Score, held_out, score

FLOOR = 0.85


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {s.element: s for s in score(held_out())}


@pytest.mark.parametrize("element", ELEMENTS)
def test_precision_and_recall_stay_above_the_floor(scores: dict[str, Score], element: str) -> None:
    result = scores[element]
    assert result.precision >= FLOOR and result.recall >= FLOOR, result


def test_scoring_counts_misses() -> None:
    [initiative, *_] = score([("Sygefraværet skal ned til 5,5 %.", {"initiative"})])
    assert initiative.recall == 0.0
