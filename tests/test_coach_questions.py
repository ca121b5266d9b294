"""The coach: what it asks next, in which order, and how it reads the answers (R4, R2, R5)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from agreements.danish import Quantity
from agreements.goals.coach import (
    CoachState,
    acknowledge,
    answer,
    forget,
    next_question,
    question_for,
    start,
    verdict_and_next,
)
from agreements.goals.goal_analysis import analyse

TODAY = date(2026, 1, 15)


def asked(state: CoachState) -> str | None:
    question = next_question(state)
    return question.element if question else None


def questions_until_done(state: CoachState) -> list[str]:
    """The elements asked, giving up on each at once, so the order shows."""
    order: list[str] = []
    while (element := asked(state)) is not None:
        order.append(element)
        state.given_up.append(element)
    return order


def test_an_initiative_is_asked_everything_in_order() -> None:
    state = start("Vi vil sætte fokus på sygefravær.", TODAY)
    assert questions_until_done(state) == [
        "output_effect", "indicator", "baseline", "target", "deadline", "followup"
    ]


def test_data_source_is_asked_right_after_what_is_measured() -> None:
    state = start("Vi vil sætte fokus på sygefravær.", TODAY)
    state = answer(state, "output_effect", "Færre sygedage blandt medarbejderne", TODAY).state
    state = answer(state, "indicator", "Sygefraværet i procent", TODAY).state
    assert asked(state) == "data_source"


def test_the_output_effect_question_asks_what_should_come_out_of_it() -> None:
    question = next_question(start("Vi vil igangsætte et projekt om sygefravær.", TODAY))
    assert question is not None and question.element == "output_effect"
    assert "Hvad skal komme ud af det?" in question.text
    assert question.example.startswith("Fx «") and question.help


def test_nothing_already_stated_is_asked_for() -> None:
    text = (
        "Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo 2026. "
        "Vi følger op månedligt i LIS og drøfter det i Lokal-MED."
    )
    assert questions_until_done(start(text, TODAY)) == []
    partly = start("Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo 2026.", TODAY)
    assert questions_until_done(partly) == ["data_source", "followup"]


def test_examples_use_the_goals_own_measure() -> None:
    state = start("Sygefraværet skal ned fra 6,1 % i 2025.", TODAY)
    question = next_question(state)
    assert question is not None and question.element == "data_source"
    assert question.text == "Hvor kommer tallene for sygefraværet fra?"
    state.given_up.append("data_source")
    target = next_question(state)
    assert target is not None and target.element == "target"
    assert target.text == "Hvor skal sygefraværet ligge, når målet er nået?"
    assert target.example == "Fx «Sygefraværet skal ned til 5,5 %»."


def test_a_reading_goal_gets_a_reading_example() -> None:
    question = next_question(start("Vi vil styrke læsningen i indskolingen.", TODAY))
    assert question is not None and question.element == "indicator"
    assert question.example == "Fx «andelen af gode læsere i 2. klasse»."


def test_a_long_horizon_effect_asks_for_a_leading_indicator_r5() -> None:
    state = start("Borgernes livskvalitet skal på sigt forbedres.", TODAY)
    question = next_question(state)
    assert question is not None and question.element == "leading_indicator"
    assert "på sigt" in question.text and "allerede i år" in question.text
    assert "indicator" not in questions_until_done(state)


def test_a_leading_indicator_answer_is_kept_and_used_in_later_questions() -> None:
    state = start("Borgernes livskvalitet skal på sigt forbedres.", TODAY)
    result = answer(state, "leading_indicator", "Andelen af borgere, der er aktive i et fællesskab", TODAY)
    assert result.accepted
    assert result.state.leading_indicator == "Andelen af borgere, der er aktive i et fællesskab"
    assert result.next_question is not None and result.next_question.element == "data_source"
    assert "andelen af borgere" in result.next_question.text


def test_a_multi_year_goal_asks_for_this_years_milestone_right_after_the_target_r2() -> None:
    state = start("Antallet af forebyggelige indlæggelser skal ned på landsgennemsnittet frem mod 2028.", TODAY)
    assert state.multi_year
    order = questions_until_done(state)
    assert order.index("milestone") == order.index("baseline") + 1
    assert "target" not in order and "deadline" not in order


def test_the_milestone_question_names_this_year() -> None:
    state = start("Andelen af gode læsere skal op fra 60 % til 80 % frem mod 2029.", TODAY)
    question = next_question(state)
    while question is not None and question.element != "milestone":
        state.given_up.append(question.element)
        question = next_question(state)
    assert question is not None
    assert question.text == "Målet strækker sig over flere år. Hvad er delmålet for i år?"
    assert question.example == "Fx «Andelen af gode læsere skal op på 70 % ved udgangen af 2026»."


def test_a_milestone_of_another_year_is_asked_again_for_this_year() -> None:
    """Found living the product: «90 % i 2027» as the 2026 agreement's milestone was saved as written, and the agenda
    then showed «delmålet for 2026 er 89,33 %». The milestone is what this year must reach (R2)."""
    state = start("Andelen af gode læsere skal op fra 60 % til 80 % frem mod 2029.", TODAY)
    result = answer(state, "milestone", "90 % i 2027", TODAY)
    assert not result.accepted and result.reask and result.state.milestone is None
    assert result.text.startswith("Delmålet er det, I skal nå i år – hvor langt skal I være ved udgangen af 2026?")
    assert "milestone" not in result.state.attempts  # a question back, not a failed try
    kept = answer(result.state, "milestone", "70 % ved udgangen af 2026", TODAY)
    assert kept.accepted and kept.state.milestone == "70 % ved udgangen af 2026"
    assert answer(state, "milestone", "70 % i 2026", TODAY).accepted


def test_a_source_named_after_its_measure_is_kept_as_written() -> None:
    """Found living the product: «sygefraværsstatistikken i LIS» was saved as «sygefraværsstatistikken», the analyser
    reading the measure in the source's name as an indicator said more than the source."""
    state = start("Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % inden udgangen af 2027", TODAY)
    for typed in ("sygefraværsstatistikken i LIS", "Trivselsmålingen fra KL"):
        assert answer(state, "data_source", typed, TODAY).state.data_source == typed
    assert answer(state, "data_source", "vi måler det med tal fra LIS", TODAY).state.data_source == "LIS"


def test_a_stated_milestone_is_not_asked_for() -> None:
    text = "Ledigheden skal halveres frem mod 2029. Delmålet for 2026 er en ledighed på 4 %."
    state = start(text, TODAY)
    assert state.milestone == "en ledighed på 4 %"
    assert "milestone" not in questions_until_done(state)


def test_an_unusable_answer_is_asked_again_with_an_example_then_given_up() -> None:
    state = start("Vi vil sætte fokus på sygefravær.", TODAY)
    state = answer(state, "output_effect", "Lavere sygefravær", TODAY).state
    state = answer(state, "indicator", "Sygefraværet", TODAY).state
    state = answer(state, "data_source", "LIS", TODAY).state
    first = answer(state, "baseline", "ved ikke", TODAY)
    assert not first.accepted and first.reask and not first.given_up
    assert "Fx «" in first.text
    assert first.next_question is not None and first.next_question.element == "baseline"
    second = answer(first.state, "baseline", "det har vi ikke tal på", TODAY)
    assert second.given_up and not second.reask
    assert "baseline" in second.state.given_up
    assert second.next_question is not None and second.next_question.element == "target"


def test_a_number_is_needed_where_a_number_is_asked_for() -> None:
    state = start("Sygefraværet skal ned.", TODAY)
    result = answer(state, "target", "meget lavere", TODAY)
    assert result.reask and "tal" in result.text


def test_skip_gives_up_at_once() -> None:
    state = start("Sygefraværet skal ned.", TODAY)
    result = answer(state, "data_source", "spring over", TODAY)
    assert result.given_up and "data_source" in result.state.given_up


def test_the_coach_never_gets_stuck() -> None:
    state = start("Vi vil gøre noget godt for borgerne.", TODAY)
    for _ in range(30):
        question = next_question(state)
        if question is None:
            break
        state = answer(state, question.element, "ved ikke", TODAY).state
    assert next_question(state) is None


def test_an_answer_may_state_more_than_was_asked() -> None:
    state = start("Sygefraværet i hjemmeplejen skal ned.", TODAY)
    result = answer(state, "baseline", "fra 6,1 til 5,5 % inden udgangen af 2026", TODAY)
    assert result.accepted
    assert result.state.baseline == Quantity(6.1, "%")
    assert result.state.target == Quantity(5.5, "%")
    assert result.state.deadline == "2026-12-31"
    assert {"baseline", "target", "deadline"} <= set(result.filled)


def test_a_bare_number_is_not_read_twice() -> None:
    state = start("Sygefraværet skal ned til 5,5 %.", TODAY)
    result = answer(state, "baseline", "6,1", TODAY)
    assert result.state.baseline == Quantity(6.1, "%") and result.state.target == Quantity(5.5, "%")


def test_answers_fill_their_fields() -> None:
    state = start("Vi vil styrke trivslen blandt eleverne.", TODAY)
    state = answer(state, "indicator", "andelen af elever med høj trivsel i den nationale trivselsmåling", TODAY).state
    assert state.indicator == "andelen af elever med høj trivsel"
    assert state.data_source == "den nationale trivselsmåling"
    state = answer(state, "baseline", "84 % i 2025", TODAY).state
    assert state.baseline == Quantity(84, "%")
    state = answer(state, "target", "halveres", TODAY).state
    assert state.target_words == "halveres"
    state = answer(state, "deadline", "i løbet af 2. kvartal", TODAY).state
    assert state.deadline == "2026-06-30"
    result = answer(state, "followup", "Vi drøfter det kvartalsvis i skolebestyrelsen", TODAY)
    assert result.state.frequency == "quarterly" and result.state.followup
    assert result.next_question is None


def test_followup_needs_a_frequency_or_a_forum() -> None:
    state = start("Sygefraværet skal ned.", TODAY)
    assert answer(state, "followup", "vi følger op", TODAY).reask
    assert answer(state, "followup", "på dialogmøderne", TODAY).accepted


def test_a_deadline_must_be_a_date_or_period() -> None:
    state = start("Sygefraværet skal ned.", TODAY)
    assert answer(state, "deadline", "løbende", TODAY).reask
    assert answer(state, "deadline", "hurtigst muligt", TODAY).reask
    assert answer(state, "deadline", "1/7-2026", TODAY).state.deadline == "2026-07-01"


def test_the_state_round_trips_through_json() -> None:
    state = start("Sygefraværet skal ned fra 6,1 % til 5,5 % frem mod 2028.", TODAY)
    state = answer(state, "data_source", "ved ikke", TODAY).state
    data = json.loads(json.dumps(state.to_dict()))
    assert CoachState.from_dict(data) == state
    assert data["baseline"] == {"value": 6.1, "unit": "%"} and data["deadline"] == "2028-12-31"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Sygefraværet skal ned fra 6,1 % til 5,5 %.", "Godt – du har allerede et udgangspunkt og et mål."),
        (
            "Vi vil sætte fokus på sygefravær.",
            "Godt – du ved, hvad I vil sætte i gang. Lad os gøre det målbart sammen.",
        ),
        ("Vi vil gøre noget godt.", "Godt at have en idé at gå ud fra – lad os gøre den konkret sammen."),
        (
            "Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026, målt i LIS. Vi følger op månedligt "
            "i Lokal-MED, og 40 ledere uddannes i fraværssamtaler.",
            "Flot – målet er både konkret og målbart.",
        ),
    ],
)
def test_acknowledge(text: str, sentence: str) -> None:
    assert acknowledge(analyse(text, TODAY)) == sentence


def test_verdict_and_next_for_the_command_line() -> None:
    result = verdict_and_next("Vi vil sætte fokus på sygefravær.", TODAY)
    assert result == {
        "found": {"initiative": "sætte fokus på sygefravær"},
        "missing": ["output", "effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"],
        "verdict": "initiative_only",
        "next_question": "Hvad skal komme ud af det? Skriv det resultat eller den forandring, I vil kunne se.",
    }
    done = verdict_and_next(
        "Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026, målt i LIS. Vi følger op månedligt.", TODAY
    )
    assert done["verdict"] == "measurable" and done["next_question"] is None


def test_a_far_deadline_alone_needs_no_leading_indicator_when_the_measure_can_be_followed() -> None:
    state = start("Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2027.", TODAY)
    assert analyse(state.text, TODAY).long_horizon_effect
    assert "leading_indicator" not in questions_until_done(state)


def test_a_long_term_effect_needs_a_leading_indicator_even_when_measured() -> None:
    state = start("Uddannelsesniveauet skal hæves, så 90 % af de 25-årige har en uddannelse i 2030.", TODAY)
    assert questions_until_done(state)[0] == "leading_indicator"


def test_any_question_can_be_asked_again_to_change_an_answer() -> None:
    state = start("Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026.", TODAY)
    assert question_for(state, "target").text == "Hvor skal sygefraværet ligge, når målet er nået?"
    with pytest.raises(ValueError):
        question_for(state, "statement")
    changed = answer(forget(state, "target"), "target", "5 %", TODAY).state
    assert changed.target == Quantity(5, "%") and changed.target_words == "5 %"
    assert state.target == Quantity(5.5, "%")
    assert forget(state, "output_effect").effect is None


def test_a_measure_seen_rising_is_named_without_its_verb() -> None:
    text = "Over de næste tre år vil vi se andelen af unge i uddannelse stige fra 78 % til 85 %."
    assert analyse(text, TODAY).found["indicator"] == "andelen af unge i uddannelse"
    state = start(text, TODAY)
    assert question_for(state, "milestone").example == (
        "Fx «Andelen af unge i uddannelse skal op på 82 % ved udgangen af 2026»."
    )


def test_an_answered_indicator_with_fewer_sets_the_measure_and_the_direction() -> None:
    state = start("Vi vil styrke trivslen blandt medarbejderne.", TODAY)
    state = answer(state, "indicator", "Færre medarbejdere melder sig stressede", TODAY).state
    target = question_for(state, "target")
    assert target.text == "Hvor skal antallet af medarbejdere, der melder sig stressede, ligge, når målet er nået?"
    assert target.example == "Fx «Antallet af medarbejdere, der melder sig stressede, skal ned til 108»."


def test_a_wellbeing_goal_gets_examples_about_wellbeing_not_sickness_absence() -> None:
    state = start("Vi vil styrke trivslen blandt medarbejderne.", TODAY)
    indicator = next_question(state)
    assert indicator is not None and indicator.element == "indicator"
    assert indicator.example == "Fx «andelen af medarbejdere med høj trivsel»."
    target = question_for(state, "target")
    assert target.text == "Hvilket niveau vil I nå?"  # the suggestion is not quoted back as the user's own words
    assert target.example == "Fx «Andelen af medarbejdere med høj trivsel skal op på 75 %»."


def test_a_measure_that_should_fall_goes_down_even_when_the_goal_says_strengthen() -> None:
    state = start("Vi vil styrke trivslen blandt medarbejderne.", TODAY)
    state = answer(state, "indicator", "Andelen af medarbejdere, der oplever stress", TODAY).state
    assert question_for(state, "baseline").text == "Hvor ligger andelen af medarbejdere, der oplever stress, i dag?"
    example = question_for(state, "target").example
    assert example == "Fx «Andelen af medarbejdere, der oplever stress, skal ned til 22 %»."


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Flere ledige skal i job.", "Fx «Antallet af ledige, der kommer i job, skal op på 138»."),
        (
            "Færre børn skal anbringes uden for hjemmet.",
            "Fx «Antallet af børn, der anbringes uden for hjemmet, skal ned til 108».",
        ),
        ("Vi vil mindske ensomheden blandt ældre.", "Fx «Andelen af ældre, der føler sig ensomme, skal ned til 22 %»."),
    ],
)
def test_target_examples_follow_the_goals_own_words(text: str, example: str) -> None:
    assert question_for(start(text, TODAY), "target").example == example


def test_the_answered_indicator_sets_which_way_is_better() -> None:
    state = start("Vi vil styrke trivslen blandt medarbejderne.", TODAY)
    assert state.direction == "higher"
    assert answer(state, "indicator", "Færre medarbejdere melder sig stressede", TODAY).state.direction == "lower"
    assert answer(state, "indicator", "Andelen af medarbejdere med høj trivsel", TODAY).state.direction == "higher"


@pytest.mark.parametrize(
    ("goal", "indicator", "measure"),
    [
        ("Flere unge skal i job.", "hvor mange procent af de unge der er i job", "andelen af de unge, der er i job"),
        ("Flere unge skal i job.", "% unge i job eller uddannelse", "andelen af unge i job eller uddannelse"),
        ("Flere unge skal i job.", "unge i job, målt i procent", "andelen af unge i job"),
        ("Flere borgere skal være tilfredse med madservice.", "tilfredsheden i procent",
         "andelen af borgere, der er tilfredse med madservice"),
        ("Flere ledige skal i job.", "beskæftigelsesfrekvensen", "beskæftigelsesfrekvensen"),
    ],
)
def test_a_share_is_asked_about_as_a_share_and_shown_in_percent(goal: str, indicator: str, measure: str) -> None:
    state = answer(start(goal, TODAY), "indicator", indicator, TODAY).state
    target = question_for(state, "target")
    assert measure in target.text
    assert "antallet" not in target.text + target.example
    assert target.example.endswith("%».")


def test_a_share_the_goal_states_is_named_in_the_example() -> None:
    state = start("70 % af de ledige skal være i job efter et år.", TODAY)
    assert "andelen af de ledige, der er i job" in question_for(state, "target").text


@pytest.mark.parametrize(
    ("indicator", "example_end"),
    [
        ("antallet af elever med over 10 % fravær", "108»."),  # a count of pupils, though defined by a share
        ("antal fraværsdage pr. elev", "dage»."),
        ("antal ledige i job", "138»."),  # more of them in job is better
    ],
)
def test_a_count_is_shown_as_a_count(indicator: str, example_end: str) -> None:
    state = answer(start("Flere elever og ledige skal videre.", TODAY), "indicator", indicator, TODAY).state
    target = question_for(state, "target")
    assert not target.example.endswith("%».") and target.example.endswith(example_end), target.example
