"""The goal analyser on real municipal goal statements (tests/data/goal_corpus_real.py): verdict agreement and each
element's precision and recall, on the held-aside parts (never tuned on) and on the parts used for tuning.

Run: .venv/bin/python -m bench.goal_corpus_real
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from agreements.goals.goal_analysis import ELEMENTS, analyse
from bench.goal_analysis_quality import Score, score

# The statements were written between about 2008 and 2025, each before the years it names as deadlines. They are read as
# of a day before all of them, so "i 2025" is still ahead, as it was for the writer, and not taken as a baseline year.
TODAY = date(2008, 1, 1)
# The third round (HELD_ASIDE_2) holds statements written from 2006 on ("afsætte … 35,4 mio. kr. i 2007"): the same
# rule, a day before all of them.
TODAY_2 = date(2006, 1, 1)
# The fourth round (ROUND_4, spent and now used for tuning) names years from 2022 on, as baselines ("fra 72 % i
# 2023") and deadlines ("i 2025"): read as of a day between them, after the baseline years and before the deadlines.
TODAY_3 = date(2024, 1, 1)
# The fifth round (ROUND_5, spent and now used for tuning) names baselines up to 2024 and deadlines from 2025 on.
TODAY_4 = date(2025, 1, 1)
# The sixth round (ROUND_6, spent and now used for tuning) names baselines up to 2025 and deadlines from 2026 on.
TODAY_5 = date(2026, 1, 1)
# The seventh round (ROUND_7, spent and now used for tuning) names baselines up to the school year 2024/25 and
# deadlines from 2026 on.
TODAY_6 = date(2026, 1, 1)
# The eighth round (ROUND_8, all quoted from public pages, spent and now used for tuning) names baselines up to 2017
# and deadlines from 2025 on.
TODAY_7 = date(2024, 1, 1)
# The ninth round (HELD_ASIDE_8, all quoted from public pages) names a baseline of 2017 and deadlines from 2020 on.
TODAY_8 = date(2019, 1, 1)


def _pairs(items: Sequence[dict[str, object]]) -> list[tuple[str, set[str]]]:
    return [(str(item["text"]), set(item["elements"])) for item in items]  # type: ignore[call-overload]


def verdict_agreement(items: Sequence[dict[str, object]], today: date = TODAY) -> float:
    agreed = sum(analyse(str(item["text"]), today).verdict == item["verdict"] for item in items)
    return agreed / len(items) if items else 1.0


def disagreements(items: Sequence[dict[str, object]], today: date = TODAY) -> list[str]:
    lines = []
    for item in items:
        analysis = analyse(str(item["text"]), today)
        wanted: set[str] = item["elements"]  # type: ignore[assignment]
        found = set(analysis.found)
        if found != wanted or analysis.verdict != item["verdict"]:
            lines.append(f"- {str(item['text'])[:90]}\n    verdict {analysis.verdict} (label {item['verdict']}); "
                         f"extra {sorted(found - wanted)}, missed {sorted(wanted - found)}")
    return lines


def main() -> None:
    from tests.data.goal_corpus_real import (
        CORPUS,
        HELD_ASIDE,
        HELD_ASIDE_2,
        ROUND_4,
        ROUND_5,
        ROUND_6,
        ROUND_7,
        ROUND_8,
        TUNING,
    )

    aside, tuning = score(_pairs(HELD_ASIDE), TODAY), score(_pairs(TUNING), TODAY)
    aside_2 = score(_pairs(HELD_ASIDE_2), TODAY_2)
    aside_3 = score(_pairs(ROUND_4), TODAY_3)
    aside_4 = score(_pairs(ROUND_5), TODAY_4)
    aside_5 = score(_pairs(ROUND_6), TODAY_5)
    aside_6 = score(_pairs(ROUND_7), TODAY_6)
    aside_7 = score(_pairs(ROUND_8), TODAY_7)
    print(f"real municipal goals: {len(CORPUS)} statements, {len(HELD_ASIDE)} held aside, {len(TUNING)} for tuning; "
          f"a third round of {len(HELD_ASIDE_2)}, held aside; a fourth of {len(ROUND_4)}, spent, now for tuning; "
          f"a fifth of {len(ROUND_5)}, spent, now for tuning; a sixth of {len(ROUND_6)}, spent, now for tuning; "
          f"a seventh of {len(ROUND_7)}, spent, now for tuning; an eighth of {len(ROUND_8)}, spent, now for tuning")
    print(f"verdict agreement: held aside {verdict_agreement(HELD_ASIDE):.2f}, "
          f"third round {verdict_agreement(HELD_ASIDE_2, TODAY_2):.2f}, "
          f"fourth round (tuning) {verdict_agreement(ROUND_4, TODAY_3):.2f}, "
          f"fifth round (tuning) {verdict_agreement(ROUND_5, TODAY_4):.2f}, "
          f"sixth round (tuning) {verdict_agreement(ROUND_6, TODAY_5):.2f}, "
          f"seventh round (tuning) {verdict_agreement(ROUND_7, TODAY_6):.2f}, "
          f"eighth round (tuning) {verdict_agreement(ROUND_8, TODAY_7):.2f}, tuning {verdict_agreement(TUNING):.2f}")
    print(f"{'':<12} {'held aside':^20} {'third round':^20} {'4th (tuning)':^20} {'5th (tuning)':^20} "
          f"{'6th (tuning)':^20} {'7th (tuning)':^20} {'8th (tuning)':^20} {'tuning':^20}")
    print(f"{'element':<12}" + f" {'P':>6} {'R':>6} {'n':>6}" * 8)
    for a, c, d, e, f, g, h, b in zip(aside, aside_2, aside_3, aside_4, aside_5, aside_6, aside_7, tuning, strict=True):
        print(f"{a.element:<12}"
              + "".join(f" {s.precision:>6.2f} {s.recall:>6.2f} {s.support:>6}" for s in (a, c, d, e, f, g, h, b)))
    for name, part in (("held-aside", aside), ("third-round", aside_2), ("fourth-round (tuning)", aside_3),
                       ("fifth-round (tuning)", aside_4), ("sixth-round (tuning)", aside_5),
                       ("seventh-round (tuning)", aside_6), ("eighth-round (tuning)", aside_7)):
        below = [s for s in part if s.support and (s.precision < 0.9 or s.recall < 0.9)]
        print(f"{name} elements below 0.9: " + (", ".join(s.element for s in below) or "none"))


def held_aside_ninth() -> None:
    """The ninth round (HELD_ASIDE_8): held aside, never tuned on; printed below the table of the others."""
    from tests.data.goal_corpus_real import HELD_ASIDE_8

    print(f"ninth round, held aside ({len(HELD_ASIDE_8)} statements quoted from public pages): "
          f"verdict agreement {verdict_agreement(HELD_ASIDE_8, TODAY_8):.2f}")
    print(f"{'element':<12} {'P':>6} {'R':>6} {'n':>6}")
    part = score(_pairs(HELD_ASIDE_8), TODAY_8)
    for s in part:
        print(f"{s.element:<12} {s.precision:>6.2f} {s.recall:>6.2f} {s.support:>6}")
    below = [s for s in part if s.support and (s.precision < 0.9 or s.recall < 0.9)]
    print("ninth-round elements below 0.9: " + (", ".join(s.element for s in below) or "none"))


def tuning_report() -> None:
    """The tuning part's disagreements, for working on the analyser (never the held-aside part)."""
    from tests.data.goal_corpus_real import TUNING

    print("\n".join(disagreements(TUNING)))


def fourth_round_report() -> None:
    """The fourth round's disagreements: it was spent as a blind test and is now used for tuning (issue #20)."""
    from tests.data.goal_corpus_real import ROUND_4

    print("\n".join(disagreements(ROUND_4, TODAY_3)))


def fifth_round_report() -> None:
    """The fifth round's disagreements: it was spent as a blind test and is now used for tuning (issue #20)."""
    from tests.data.goal_corpus_real import ROUND_5

    print("\n".join(disagreements(ROUND_5, TODAY_4)))


def sixth_round_report() -> None:
    """The sixth round's disagreements: it was spent as a blind test and is now used for tuning (issue #20)."""
    from tests.data.goal_corpus_real import ROUND_6

    print("\n".join(disagreements(ROUND_6, TODAY_5)))


def seventh_round_report(part: str = "all") -> None:
    """The seventh round's disagreements: it was spent as a blind test and is now used for tuning (issue #20).

    part: "quoted" (the statements quoted from public pages), "recalled" or "all".
    """
    from tests.data.goal_corpus_real import ROUND_7

    items = [item for item in ROUND_7 if part == "all" or (part == "quoted") == _quoted(item)]
    print("\n".join(disagreements(items, TODAY_6)))


def eighth_round_report() -> None:
    """The eighth round's disagreements: it was spent as a blind test and is now used for tuning (issue #20)."""
    from tests.data.goal_corpus_real import ROUND_8

    print("\n".join(disagreements(ROUND_8, TODAY_7)))


def _quoted(item: dict[str, object]) -> bool:
    return str(item["source"]).startswith(("http://", "https://"))


def seventh_round_parts() -> None:
    """The seventh round's figures split by kind of source: quoted from public pages, and recalled."""
    from tests.data.goal_corpus_real import ROUND_7

    for name, quoted in (("quoted from public pages", True), ("recalled", False)):
        items = [item for item in ROUND_7 if _quoted(item) == quoted]
        print(f"{name}: {len(items)} statements, verdict {verdict_agreement(items, TODAY_6):.2f}")
        for s in score(_pairs(items), TODAY_6):
            print(f"  {s.element:<12} {s.precision:>6.2f} {s.recall:>6.2f} {s.support:>6}")


__all__ = [
    "ELEMENTS",
    "TODAY_2",
    "TODAY_3",
    "TODAY_4",
    "TODAY_5",
    "TODAY_6",
    "TODAY_7",
    "TODAY_8",
    "Score",
    "eighth_round_report",
    "fifth_round_report",
    "fourth_round_report",
    "held_aside_ninth",
    "main",
    "seventh_round_parts",
    "seventh_round_report",
    "sixth_round_report",
    "tuning_report",
    "verdict_agreement",
]

if __name__ == "__main__":
    main()
    held_aside_ninth()
