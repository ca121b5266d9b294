"""The coach's Danish proof-read (issue #20): no doubled words in any text it can say."""

from __future__ import annotations

import re
from datetime import date

import pytest

from agreements.goals import coach
from dialogs import texts as dialog_texts
from tests.data.goal_corpus import CORPUS
from tests.data.goal_corpus_fresh import CORPUS as FRESH

TODAY = date(2026, 11, 24)
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# What a holder may answer to «Hvad vil I måle?», including an answer that itself ends in «der»
ANSWERS = ("andelen af elever, der trives", "borgere, der venter", "trivselsmålingen", "antal sygedage",
           "andelen af unge, der er i job eller uddannelse", "ventetiden")


def _spoken(state: coach.CoachState) -> list[str]:
    said = []
    for element in coach.QUESTION_ELEMENTS:
        question = coach.question_for(state, element)
        said += [question.text, question.example, question.help]
    return said


def _all_coach_texts() -> list[str]:
    said: list[str] = []
    for item in [*CORPUS, *FRESH]:
        state = coach.start(str(item["text"]), TODAY)
        said += _spoken(state)
        for answer in ANSWERS:
            said += _spoken(coach.answer(coach.forget(state, "indicator"), "indicator", answer, TODAY).state)
    said += [value for value in vars(dialog_texts).values() if isinstance(value, str)]
    return said


def test_no_text_the_coach_can_say_has_a_doubled_word() -> None:
    doubled = sorted({text for text in _all_coach_texts() if DOUBLED.search(text)})
    assert doubled == []


@pytest.mark.parametrize("answer", ["andelen af elever der der trives", "antal borgere der der venter"])
def test_a_doubled_word_in_an_answer_is_not_repeated_in_the_questions(answer: str) -> None:
    state = coach.start("Vi vil styrke trivslen.", TODAY)
    answered = coach.answer(state, "indicator", answer, TODAY).state
    assert not [text for text in _spoken(answered) if DOUBLED.search(text)]


def test_the_example_fits_the_goal_a_share_in_percent_and_the_right_way() -> None:
    state = coach.start("Vi vil give et mentorforløb til 150 unge.", TODAY)
    answered = coach.answer(coach.forget(state, "indicator"), "indicator", "andelen af elever, der mobbes", TODAY).state
    example = coach.question_for(answered, "target").example
    assert "%" in example and "unge" not in example
    assert "skal ned til" in example
