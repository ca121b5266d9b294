"""Patterns an expert reads differently from a naive parser (issue #20), each with sentences of its own."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.goal_analysis import analyse

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Mål 3: Flere unge skal gennemføre en ungdomsuddannelse.",
        "Delmål 1.4 – Borgerne oplever en hurtig og korrekt sagsbehandling.",
        "Indsatsområde 2. Flere borgere skal bo i egen bolig.",
        "2.3 Flere familier skal opleve en sammenhængende indsats.",
    ],
)
def test_the_goals_own_number_is_no_target(text: str) -> None:
    analysis = analyse(text, TODAY)
    assert "target" not in analysis.found
    assert analysis.verdict != "measurable"


def test_a_numbered_goal_keeps_its_real_target() -> None:
    analysis = analyse("Delmål 2.2: Ventetiden på genoptræning skal under 3 uger i 2027.", TODAY)
    assert analysis.found["target"] == "under 3 uger"
    assert analysis.verdict == "measurable"


@pytest.mark.parametrize(
    ("text", "indicator_words"),
    [
        ("Flere elever i 9. klasse skal have mindst 7 i dansk.", "mindst 7 i dansk"),
        ("Eleverne skal opnå mindst 02 i matematik ved afgangsprøven.", "mindst 02 i matematik"),
    ],
)
def test_a_mark_defines_who_is_counted_and_is_no_target(text: str, indicator_words: str) -> None:
    analysis = analyse(text, TODAY)
    assert "target" not in analysis.found
    assert indicator_words in analysis.found["indicator"]
    assert analysis.verdict == "vague"


def test_a_share_reaching_a_mark_has_its_own_target() -> None:
    analysis = analyse("Andelen af elever med mindst 4 i fysik skal være 70 % i 2027.", TODAY)
    assert analysis.found["target"] == "70 %"
    assert "mindst 4 i fysik" in analysis.found["indicator"]


@pytest.mark.parametrize(
    "text",
    [
        "Alle ældre skal opleve en værdig hverdag.",
        "Ingen borgere skal vente unødigt på en plejebolig.",
        "Samtlige skoler skal have en antimobbestrategi.",
        "Alle borgere med demens skal have en tryg hverdag.",
    ],
)
def test_a_quantifier_says_whom_a_goal_is_for_not_a_level(text: str) -> None:
    analysis = analyse(text, TODAY)
    assert "target" not in analysis.found
    assert analysis.verdict != "measurable"


@pytest.mark.parametrize(
    "text",
    [
        "Skolen vil udvikle og kvalificere to-lærer-timerne i matematik.",
        "Vi vil styrke og kvalificere brugen af data i undervisningen.",
    ],
)
def test_an_activity_is_no_indicator(text: str) -> None:
    analysis = analyse(text, TODAY)
    assert "indicator" not in analysis.found
    assert analysis.verdict == "initiative_only"


def test_the_subject_of_an_aim_is_the_indicator() -> None:
    analysis = analyse("Målet for tilfredsheden med rengøringen er at nå landsniveau i 2027.", TODAY)
    assert analysis.found["indicator"] == "tilfredsheden med rengøringen"
    assert analysis.found["target"] == "landsniveau"
    assert analysis.verdict == "measurable"


def test_a_rate_named_as_the_aims_subject_is_the_indicator() -> None:
    text = "Målet for erhvervsfrekvensen blandt flygtninge er at nå regionsgennemsnittet i 2029."
    analysis = analyse(text, TODAY)
    assert "erhvervsfrekvensen" in analysis.found["indicator"]
    assert analysis.verdict == "measurable"


@pytest.mark.parametrize(
    ("text", "indicator_words"),
    [
        ("70 % af de pårørende er trygge ved plejen.", "70 % af de pårørende"),
        ("Mindst 85 % af brugerne skal være tilfredse med madservice.", "85 % af brugerne"),
    ],
)
def test_a_share_satisfied_is_the_indicator(text: str, indicator_words: str) -> None:
    analysis = analyse(text, TODAY)
    assert indicator_words in analysis.found["indicator"]
    assert analysis.verdict == "measurable"


@pytest.mark.parametrize(
    "text",
    [
        "Det gøres tydeligt for forældrene, hvor mange børn der venter på en plads.",
        "Det synliggøres, hvor mange borgere der får afslag.",
        "Centret sikrer, at de nye retningslinjer omsættes til daglig praksis.",
        "Direktionen sørger for, at handleplanerne bliver kendt i alle afdelinger.",
    ],
)
def test_an_initiative_alone_is_initiative_only(text: str) -> None:
    analysis = analyse(text, TODAY)
    assert "initiative" in analysis.found
    assert analysis.verdict == "initiative_only"


def test_ensuring_a_change_for_citizens_is_an_aim_not_an_initiative() -> None:
    analysis = analyse("Vi vil sikre, at borgerne oplever en tryg overgang fra sygehus til eget hjem.", TODAY)
    assert "initiative" not in analysis.found
    assert "effect" in analysis.found
