"""The real municipal goal corpus (tests/data/goal_corpus_real.py): well-formed, self-consistent labels, and a floor
under the analyser on its tuning part. The held-aside part is only measured (bench.goal_corpus_real), never tuned on.
"""

from __future__ import annotations

from agreements.goals.goal_analysis import ELEMENTS, VERDICTS
from bench.goal_analysis_quality import score
from bench.goal_corpus_real import TODAY, verdict_agreement
from tests.data.goal_corpus_real import CORPUS, HELD_ASIDE, HELD_ASIDE_2, TUNING

FLOOR = 0.85


def _expected_verdict(elements: set[str]) -> str:
    if {"indicator", "target"} <= elements:
        return "measurable"
    if "initiative" in elements and not elements & {"output", "effect"}:
        return "initiative_only"
    return "vague"


def test_every_statement_names_its_public_source_and_known_labels() -> None:
    for item in CORPUS + HELD_ASIDE_2:
        assert str(item["source"]).startswith(("http://", "https://")), item
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] in VERDICTS, item


def test_each_verdict_follows_from_its_element_labels() -> None:
    for item in CORPUS + HELD_ASIDE_2:
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]


def test_statements_are_distinct_and_a_third_is_held_aside() -> None:
    texts = [item["text"] for item in CORPUS + HELD_ASIDE_2]
    assert len(set(texts)) == len(texts)
    assert len(HELD_ASIDE) + len(TUNING) == len(CORPUS)
    assert 0.3 <= len(HELD_ASIDE) / len(CORPUS) <= 0.4


def test_the_analyser_stays_above_the_floor_on_the_tuning_part() -> None:
    assert verdict_agreement(TUNING) >= FLOOR
    pairs = [(str(i["text"]), set(i["elements"])) for i in TUNING]  # type: ignore[call-overload]
    for result in score(pairs, TODAY):
        if result.support >= 10:
            assert result.precision >= FLOOR and result.recall >= FLOOR, result


def test_the_third_round_is_held_aside_apart_from_the_corpus() -> None:
    assert len(HELD_ASIDE_2) >= 40
    assert all(item["held_aside"] for item in HELD_ASIDE_2)
    assert not {str(item["text"]) for item in HELD_ASIDE_2} & {str(item["text"]) for item in CORPUS}


def test_the_fourth_round_is_apart_from_the_rest_and_self_consistent() -> None:
    from tests.data.goal_corpus_real import ROUND_4

    assert len(ROUND_4) >= 80
    assert all(not item["held_aside"] and str(item["source"]).strip() for item in ROUND_4)  # spent: now for tuning
    texts = [str(item["text"]) for item in ROUND_4]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {str(item["text"]) for item in CORPUS + HELD_ASIDE_2}
    for item in ROUND_4:
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]


def test_the_fifth_round_is_apart_from_the_rest_and_self_consistent() -> None:
    from tests.data.goal_corpus_real import ROUND_4, ROUND_5

    assert len(ROUND_5) >= 100
    assert all(not item["held_aside"] and str(item["source"]).endswith("(recalled)") for item in ROUND_5)  # spent
    texts = [str(item["text"]) for item in ROUND_5]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {str(item["text"]) for item in CORPUS + HELD_ASIDE_2 + ROUND_4}
    for item in ROUND_5:
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]


def test_the_sixth_round_is_apart_from_the_rest_and_self_consistent() -> None:
    from tests.data.goal_corpus_real import ROUND_4, ROUND_5, ROUND_6

    assert len(ROUND_6) >= 100
    assert all(not item["held_aside"] and str(item["source"]).endswith("(recalled)") for item in ROUND_6)  # spent
    texts = [str(item["text"]) for item in ROUND_6]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {str(item["text"]) for item in CORPUS + HELD_ASIDE_2 + ROUND_4 + ROUND_5}
    for item in ROUND_6:
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]


def test_the_seventh_round_is_apart_from_the_rest_and_self_consistent() -> None:
    from tests.data.goal_corpus_real import ROUND_4, ROUND_5, ROUND_6, ROUND_7

    assert len(ROUND_7) >= 120
    for item in ROUND_7:
        quoted = str(item["source"]).startswith(("http://", "https://"))
        assert not item["held_aside"] and (quoted or str(item["source"]).endswith("(recalled)")), item  # spent
    texts = [str(item["text"]) for item in ROUND_7]
    assert len(set(texts)) == len(texts)
    earlier = CORPUS + HELD_ASIDE_2 + ROUND_4 + ROUND_5 + ROUND_6
    assert not set(texts) & {str(item["text"]) for item in earlier}
    for item in ROUND_7:
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]


def test_the_eighth_round_is_quoted_apart_from_the_rest_and_self_consistent() -> None:
    from tests.data.goal_corpus_real import ROUND_4, ROUND_5, ROUND_6, ROUND_7, ROUND_8

    assert len(ROUND_8) >= 80
    for item in ROUND_8:  # every statement quoted from a public page: none recalled; spent
        assert not item["held_aside"] and str(item["source"]).startswith(("http://", "https://")), item
    texts = [str(item["text"]) for item in ROUND_8]
    assert len(set(texts)) == len(texts)
    earlier = CORPUS + HELD_ASIDE_2 + ROUND_4 + ROUND_5 + ROUND_6 + ROUND_7
    assert not set(texts) & {str(item["text"]) for item in earlier}
    assert not {str(item["source"]) for item in ROUND_8} & {str(item["source"]) for item in earlier}
    for item in ROUND_8:
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]


def test_the_ninth_round_is_held_aside_quoted_apart_from_the_rest_and_self_consistent() -> None:
    import re
    import unicodedata

    import tests.data.goal_corpus_real as real

    ninth = real.HELD_ASIDE_8
    assert len(ninth) >= 60
    for item in ninth:  # every statement quoted from a public page: none recalled
        assert item["held_aside"] and str(item["source"]).startswith(("http://", "https://")), item
        assert "(recalled)" not in str(item["source"]), item

    def normalised(text: str) -> str:
        return " ".join(re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKC", text).lower()).split())

    def page(source: str) -> str:
        return source.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")

    texts = [normalised(str(item["text"])) for item in ninth]
    assert len(set(texts)) == len(texts)
    # every earlier list of the module, whatever it is called now (ROUND_8 or HELD_ASIDE_7 for the eighth round)
    earlier = [
        item
        for name, value in vars(real).items()
        if name.isupper() and name != "HELD_ASIDE_8" and isinstance(value, list)
        for item in value
        if isinstance(item, dict)
    ]
    assert len(earlier) >= 800
    assert not set(texts) & {normalised(str(item["text"])) for item in earlier}
    assert not {page(str(item["source"])) for item in ninth} & {page(str(item["source"])) for item in earlier}
    for item in ninth:
        assert set(item["elements"]) <= set(ELEMENTS), item  # type: ignore[call-overload]
        assert item["verdict"] == _expected_verdict(set(item["elements"])), item  # type: ignore[call-overload]
    verdicts = {str(item["verdict"]) for item in ninth}
    assert verdicts == {"measurable", "initiative_only", "vague"}
