"""Status questions in free Danish: forgiving names (typos, inflections), goals by number, what is behind, what is
missing; ambiguous → choices, unknown → what can be asked."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.demo import GOALS, _goal, demo_series, last_months
from agreements.indicators.status_questions import (
    Answer,
    Ask,
    CardKind,
    StatusQuery,
    answer_status_question,
    parse_status_question,
    subjects_of,
)
from agreements.indicators.status_report import AgreementReport, agreement_report
from agreements.types import Agreement, AgreementLevel, Direction, Frequency, Indicator, Measurement

TODAY = date(2026, 11, 24)
TENANT = "t"


def demo_report(agreement_id: int = 7, unit: str = "Børn og Skole", months: int = 12) -> AgreementReport:
    """The demo agreement in memory: 8 goals, one monthly indicator each, 12 months of values."""
    goals = [_goal(spec, 1, 2026) for spec in GOALS]
    measurements: dict[int, list[Measurement]] = {}
    for number, (goal, spec) in enumerate(zip(goals, GOALS, strict=True), start=1):
        indicator_id = agreement_id * 100 + number
        goal.indicators[0].id = indicator_id
        goal.indicators[0].key = f"{goal.indicators[0].key}-{agreement_id}" if agreement_id != 7 else spec.key
        goal.indicators[0].frequency = Frequency.MONTHLY  # the old demo's monthly series, for every indicator
        goal.indicators[0].compare_last_year = False
        goal.indicators[0].tolerance = 0.1 * abs(spec.target - spec.baseline)  # narrow bands: some are behind
        periods = last_months(TODAY, months)
        measurements[indicator_id] = [
            Measurement(TENANT, indicator_id, p, v) for p, v in zip(periods, demo_series(spec, months), strict=True)
        ]
    agreement = Agreement(TENANT, 1, 2026, AgreementLevel.DIRECTORATE, 1, 2, goals=goals, id=agreement_id)
    return agreement_report(agreement, unit, measurements, TODAY)


def ask(text: str, *reports: AgreementReport) -> tuple[StatusQuery, Answer]:
    chosen = list(reports) or [demo_report()]
    query = parse_status_question(text, subjects_of(chosen))
    return query, answer_status_question(query, chosen)


@pytest.mark.parametrize(
    "text",
    [
        "hvordan går det med sygefraværet?",
        "Hvordan går det med sygefravær",
        "hvordan gaar det med sygefravaeret",
        "sygefravr",
        "SYGEFRAVÆRET?",
        "status på sygfraværet",
        "er sygefraværet bagud?",
        "hvad med fraværet",
        "status på indikator demo-sygefravaer",
    ],
)
def test_indicator_by_forgiving_name(text: str) -> None:
    query, answer = ask(text)
    assert query.ask is Ask.INDICATOR, query
    assert query.subjects[0].key == "demo-sygefravaer"
    assert answer.text.startswith("Sygefravær i dagtilbud er ")
    assert "målværdien er 5,5 % ved udgangen af 2026" in answer.text
    assert (answer.card, answer.indicator_keys, answer.agreement_ids) == (CardKind.STATUS, ("demo-sygefravaer",), (7,))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hvordan går det med underretningerne?", "demo-underretning"),
        ("sagsbehandlingstiden", "demo-underretning"),
        ("hvordan går det med fritidsjobbene", "demo-fritidsjob"),
        ("status på jobpatruljen", "demo-fritidsjob"),
        ("læsning", "demo-laesning"),
        ("hvordan går det med de gode læsere", "demo-laesning"),
        ("almenskolen", "demo-almenskole"),
    ],
)
def test_other_indicators(text: str, key: str) -> None:
    query, _ = ask(text)
    assert query.ask is Ask.INDICATOR and query.subjects[0].key == key, query


@pytest.mark.parametrize(
    "text",
    ["status", "Status!", "hvordan går det?", "giv mig et overblik", "<at>Aftalebot</at> status", "@Aftalebot status"],
)
def test_overview(text: str) -> None:
    query, answer = ask(text)
    assert query.ask is Ask.OVERVIEW
    assert answer.text.startswith("Børn og Skole 2026: ")
    assert answer.card is CardKind.STATUS and answer.agreement_ids == (7,)


@pytest.mark.parametrize("text", ["status på mål 2", "mål 2", "hvordan går det med mål nr. 2?", "andet mål"])
def test_goal_by_number(text: str) -> None:
    query, answer = ask(text)
    assert (query.ask, query.goal_number) == (Ask.GOAL, 2)
    assert answer.text.startswith("Mål 2 (Jobpatruljen skal hjælpe flere 13–17-årige i fritidsjob…): ")
    assert "Unge i fritidsjob via jobpatruljen: " in answer.text
    assert answer.goals == ((7, 2),)


def test_goal_that_does_not_exist() -> None:
    _, answer = ask("status på mål 12")
    assert answer.text == "Aftalen for Børn og Skole 2026 har ikke et mål 12; den har mål 1–8."
    assert answer.card is CardKind.NONE


def test_which_goals_are_behind() -> None:
    query, answer = ask("hvilke mål er bagud?")
    assert query.ask is Ask.BEHIND
    assert answer.text == (
        "Ingen mål er bagud. I risiko: mål 5 (Sygefravær i dagtilbud) og mål 6 (Elever i almenskolen)."
    )
    assert (7, 5) in answer.goals and answer.card is CardKind.STATUS
    assert ask("hvad halter?")[0].ask is Ask.BEHIND


def test_what_is_missing() -> None:
    report = demo_report()
    # A report whose measurements stop in August: October is missing by 24 November.
    goals = report.agreement.goals
    measurements = {
        i.id: [Measurement(TENANT, i.id, p, 1.0) for p in last_months(date(2026, 9, 1), 6)]
        for g in goals[:2] for i in g.indicators if i.id is not None
    }
    extra = Indicator(TENANT, "demo-ny", "Ny indikator uden tal", Direction.HIGHER_IS_BETTER, "%", baseline=1,
                      target=2, id=999)
    no_target = Indicator(TENANT, "demo-uden-maal", "Indikator uden mål", Direction.HIGHER_IS_BETTER, id=998)
    goals[2].indicators.extend([extra, no_target])
    partial = agreement_report(report.agreement, "Børn og Skole", measurements, TODAY)
    query, answer = ask("hvad mangler jeg at indberette?", partial)
    assert query.ask is Ask.MISSING
    assert answer.text.startswith(
        "Der mangler tal for: Elever med mindst 02 i dansk og matematik (oktober 2026), "
        "Unge i fritidsjob via jobpatruljen (oktober 2026), Elever der trives (ingen tal endnu), "
    )
    assert answer.text.endswith("Der mangler mål eller udgangspunkt for: Indikator uden mål.")
    assert answer.card is CardKind.STATUS and "demo-ny" in answer.indicator_keys
    _, up_to_date = ask("mangler der tal?")
    assert up_to_date.text == "Du er ajour – der mangler ingen tal."


def test_ambiguous_names_give_choices_that_parse_exactly() -> None:
    first, second = demo_report(7, "Børn og Skole"), demo_report(8, "Dagtilbud")
    query, answer = ask("hvordan går det med sygefraværet", first, second)
    assert query.ask is Ask.CHOOSE and len(query.subjects) == 2
    assert answer.card is CardKind.CHOICES
    assert [c.title for c in answer.choices] == ["Sygefravær i dagtilbud (Børn og Skole)",
                                                 "Sygefravær i dagtilbud (Dagtilbud)"]
    chosen, chosen_answer = ask(answer.choices[1].command, first, second)
    assert chosen.ask is Ask.INDICATOR and chosen.subjects[0].agreement_id == 8
    assert chosen_answer.agreement_ids == (8,)

    query, answer = ask("elever", first)
    assert query.ask is Ask.CHOOSE and len(answer.choices) == 3


def test_goal_number_with_several_agreements_asks_which() -> None:
    first, second = demo_report(7, "Børn og Skole"), demo_report(8, "Dagtilbud")
    query, answer = ask("status på mål 3", first, second)
    assert query.ask is Ask.CHOOSE
    assert answer.text == "Du har flere aftaler. Hvilken aftales mål 3 mener du?"
    assert [c.command for c in answer.choices] == ["status på mål 3 i aftale 7", "status på mål 3 i aftale 8"]
    chosen, chosen_answer = ask(answer.choices[1].command, first, second)
    assert (chosen.ask, chosen.agreement_id, chosen_answer.goals) == (Ask.GOAL, 8, ((8, 3),))


def test_unknown_subject_gets_help_listing_what_can_be_asked() -> None:
    query, answer = ask("status på flyvemaskiner")
    assert query.ask is Ask.UNKNOWN and query.recognised
    assert answer.text.startswith("Jeg kan ikke finde en indikator eller et mål, der hedder «flyvemaskiner».")
    assert "Sygefravær i dagtilbud" in answer.text
    assert "«hvilke mål er bagud?»" in answer.text and "«hjælp»" in answer.text


@pytest.mark.parametrize(
    "text", ["hvad med vejret", "tak for hjælpen", "godt nytår", "jeg vil tilføje et mål om trivsel", "nyt mål"]
)
def test_other_text_is_not_a_status_question(text: str) -> None:
    query, answer = ask(text)
    assert query.ask is Ask.UNKNOWN and not query.recognised
    assert "«status»" in answer.text  # if the caller does answer, the answer still helps


def test_no_agreements() -> None:
    query = parse_status_question("status", [])
    assert answer_status_question(query, []).text == "Du har ingen aftaler, jeg kan vise status for."


@pytest.mark.parametrize(
    "text", ["hvordan går det med Dagtilbud?", "status for dagtilbud", "hvordan står det til i Dagtilbuddet"]
)
def test_a_unit_by_name_gets_that_units_status_only(text: str) -> None:
    first, second = demo_report(7, "Børn og Skole"), demo_report(8, "Dagtilbud")
    query, answer = ask(text, first, second)
    assert (query.ask, query.unit_name) == (Ask.OVERVIEW, "Dagtilbud")
    assert answer.agreement_ids == (8,) and "Børn og Skole" not in answer.text


def test_a_unit_with_several_words_and_an_indicator_in_it() -> None:
    first, second = demo_report(7, "Børn og Skole"), demo_report(8, "Dagtilbud")
    query, answer = ask("hvordan går det med sygefraværet i Børn og Skole?", first, second)
    assert query.ask is Ask.INDICATOR and query.subjects[0].agreement_id == 7
    assert answer.agreement_ids == (7,)
    query, answer = ask("hvordan går det med Børn og Skole?", first, second)
    assert (query.ask, answer.agreement_ids) == (Ask.OVERVIEW, (7,))
