"""The goal analyser's learned elements (agreements/goals/element_model.py): trained only on statements that are not
held aside, shipped as the model its corpora give, and silent on a text too short to be a goal statement."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.goals import element_model
from agreements.goals.element_model import BOUNDS, LEARNED, probabilities, train
from agreements.goals.goal_analysis import analyse
from tests.data.goal_corpus_real import HELD_ASIDE, HELD_ASIDE_2, HELD_ASIDE_8
from tools.train_goal_elements import training_pairs

TODAY = date(2026, 1, 15)


def test_no_held_aside_statement_is_trained_on() -> None:
    trained = {text for text, _ in training_pairs()}
    held = {str(item["text"]) for item in HELD_ASIDE + HELD_ASIDE_2 + HELD_ASIDE_8}
    assert len(trained) >= 500
    assert not trained & held


def test_the_shipped_model_is_the_one_the_corpora_give() -> None:
    pairs = training_pairs()
    retrained = train(pairs)
    for text, _ in pairs[::7]:
        shipped, again = probabilities(text), probabilities(text, retrained)
        assert shipped.keys() == again.keys()
        assert all(abs(shipped[e] - again[e]) < 0.02 for e in shipped), text


def test_a_short_answer_is_left_to_the_rules() -> None:
    assert probabilities("trivselsmålingen") == {}
    assert probabilities("ned til 5 %") == {}
    assert probabilities("Vi vil nedbringe sygefraværet.") == {}


def test_every_learned_element_has_bounds_that_leave_a_middle_to_the_rules() -> None:
    assert set(BOUNDS) == set(LEARNED)
    assert all(0.0 <= low < 0.5 < high <= 1.0 for low, high in BOUNDS.values())


def test_new_statements_keep_their_reading_with_the_model_on() -> None:
    # new sentences, not from any corpus: a change for citizens stated as a state, and an activity of the unit
    effect = analyse("Flere ældre i kommunen oplever, at de kan klare hverdagen uden hjælp fra andre.", TODAY)
    assert "effect" in effect.found
    initiative = analyse("Vi indleder et samarbejde med boligforeningerne om en fælles sundhedsindsats.", TODAY)
    assert initiative.verdict == "initiative_only"


def test_a_confident_model_overrides_the_rules_and_an_unsure_one_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Vi indleder et samarbejde med boligforeningerne. Det sker i 2027."
    monkeypatch.setattr(element_model, "probabilities", lambda _text: {"initiative": 0.05, "effect": 0.95})
    overridden = analyse(text, TODAY)
    assert "initiative" not in overridden.found
    assert overridden.found.get("effect") == "Vi indleder et samarbejde med boligforeningerne"
    monkeypatch.setattr(element_model, "probabilities", lambda _text: {"initiative": 0.5, "effect": 0.5})
    unsure = analyse(text, TODAY)
    monkeypatch.setattr(element_model, "probabilities", lambda _text: {})
    assert set(unsure.found) == set(analyse(text, TODAY).found)
