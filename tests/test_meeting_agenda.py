"""The agenda: exactly the off-track indicators, the missing data, the open action points, the budget comment
and the participants' own points of a built agreement."""

from __future__ import annotations

from datetime import UTC, date, datetime

from agreements.clock import COPENHAGEN
from agreements.dialogue.agenda import (
    POINT_ACTION_POINTS,
    POINT_BUDGET,
    POINT_MISSING_DATA,
    POINT_OTHER,
    Agenda,
    build_agenda,
)
from agreements.dialogue.meeting_ports import AgendaPoint, DialogueMeeting
from agreements.indicators.status import IndicatorStatus, NoDataReason
from agreements.types import (
    ActionPoint,
    Agreement,
    AgreementLevel,
    Direction,
    Goal,
    GoalKind,
    Indicator,
    Measurement,
)

TENANT = "t"
TODAY = date(2026, 11, 24)
HOLDER, GIVER, EXTRA = 1, 2, 3
NAMES = {HOLDER: "Mette Kjær", GIVER: "Henrik Thomsen", EXTRA: "Jonas Berg"}


def _indicator(id_: int, key: str, name: str, direction: Direction, baseline: float | None,
               target: float | None) -> Indicator:
    return Indicator(tenant_id=TENANT, id=id_, key=key, name=name, direction=direction, measure_unit="%",
                     baseline=baseline, target=target, deadline=date(2026, 12, 31))


def _goal(id_: int, statement: str, *indicators: Indicator) -> Goal:
    return Goal(tenant_id=TENANT, id=id_, kind=GoalKind.OWN, statement=statement, indicators=list(indicators))


ECONOMY = "Budgettet er reduceret med 1,2 mio. kr. i 2026.\n\nVikarudgifterne stiger."


def built_agreement(economy: str = ECONOMY) -> Agreement:
    """Seven goals: bagud, i risiko, på sporet, no target, no measurements, stale, and no indicator at all."""
    goals = [
        _goal(11, "Sygefraværet skal ned", _indicator(101, "syg", "Sygefravær i dagtilbud",
                                                      Direction.LOWER_IS_BETTER, 6.1, 5.5)),
        _goal(12, "Flere elever skal trives", _indicator(102, "trivsel", "Elever der trives",
                                                         Direction.HIGHER_IS_BETTER, 82.0, 86.0)),
        _goal(13, "Flere gode læsere", _indicator(103, "laes", "Gode læsere", Direction.HIGHER_IS_BETTER, 68, 75)),
        _goal(14, "Mere samarbejde", _indicator(104, "samarbejde", "Samarbejdsforløb", Direction.HIGHER_IS_BETTER,
                                                10.0, None)),
        _goal(15, "Kortere ventetid", _indicator(105, "ventetid", "Ventetid", Direction.LOWER_IS_BETTER, 14, 7)),
        _goal(16, "Flere i fritidsjob", _indicator(106, "job", "Unge i fritidsjob", Direction.HIGHER_IS_BETTER,
                                                   120, 160)),
        _goal(17, "Bedre overgange til ungdomsuddannelse"),
    ]
    return Agreement(tenant_id=TENANT, id=1, unit_id=1, year=2026, level=AgreementLevel.DIRECTORATE,
                     holder_id=HOLDER, giver_id=GIVER, economy=economy, goals=goals)


def built_measurements() -> dict[int, list[Measurement]]:
    def m(indicator: int, period: str, value: float) -> Measurement:
        return Measurement(tenant_id=TENANT, indicator_id=indicator, period=period, value=value)

    return {
        101: [m(101, "2026-09", 5.8), m(101, "2026-10", 6.3)],  # expected 5,60: 0,70 worse, beyond two bands: bagud
        102: [m(102, "2026-10", 84.0)],  # expected 85,33, band 1 point: 1,33 worse → i risiko
        103: [m(103, "2026-10", 75.0)],  # på sporet
        104: [m(104, "2026-10", 12.0)],  # no target: mangler data
        106: [m(106, "2026-08", 150.0)],  # October is due by 21 November: stale
    }


def meeting(id_: int = 5) -> DialogueMeeting:
    return DialogueMeeting(tenant_id=TENANT, id=id_, agreement_id=1,
                           starts_at=datetime(2026, 12, 10, 10, tzinfo=COPENHAGEN),
                           ends_at=datetime(2026, 12, 10, 11, tzinfo=COPENHAGEN), place="Rådhuset, lokale 2",
                           title="Dialogmøde om udviklingsaftale 2026 – Børn og Skole",
                           participant_ids=[HOLDER, GIVER, EXTRA])


def built_action_points() -> list[ActionPoint]:
    def ap(id_: int, text: str, due: date | None, meeting_id: int | None = 4, closed: bool = False) -> ActionPoint:
        return ActionPoint(tenant_id=TENANT, id=id_, agreement_id=1, text=text, owner_id=HOLDER, due=due,
                           meeting_id=meeting_id, closed_at=datetime(2026, 11, 1, tzinfo=UTC) if closed else None)

    return [
        ap(1, "Uden frist", None),
        ap(2, "Frist i december", date(2026, 12, 10)),
        ap(3, "Overskredet", date(2026, 11, 1)),
        ap(4, "Lukket", date(2026, 10, 1), closed=True),
        ap(5, "Frist sidst i november", date(2026, 11, 30), meeting_id=5),
        ap(6, "Også overskredet, senere", date(2026, 11, 20)),
    ]


def built_agenda(**overrides: object) -> Agenda:
    values: dict[str, object] = {
        "meeting": meeting(), "agreement": built_agreement(), "measurements": built_measurements(),
        "action_points": built_action_points(),
        "own_points": [AgendaPoint(TENANT, 5, EXTRA, "Status på rekruttering af pædagoger", id=1)],
        "today": TODAY, "names": NAMES,
    }
    values.update(overrides)
    return build_agenda(**values)  # type: ignore[arg-type]


def test_agenda_has_exactly_the_off_track_indicators_worst_first() -> None:
    agenda = built_agenda()
    assert [(i.indicator.key, i.report.status) for i in agenda.off_track] == [
        ("syg", IndicatorStatus.OFF_TRACK), ("trivsel", IndicatorStatus.AT_RISK),
    ]
    assert agenda.off_track[0].goal_number == 1
    assert agenda.off_track[0].report.explanation.startswith("6,3 % i oktober 2026 – forventet 5,6 %")


def test_agenda_has_exactly_the_missing_data() -> None:
    agenda = built_agenda()
    assert [(i.goal_number, i.indicator.key if i.indicator else None, i.reason) for i in agenda.missing_data] == [
        (4, "samarbejde", NoDataReason.MISSING_TARGET),
        (5, "ventetid", NoDataReason.NO_MEASUREMENTS),
        (6, "job", NoDataReason.STALE),
        (7, None, None),
    ]
    assert [i.label for i in agenda.missing_data] == ["mangler mål", "ingen målinger", "mangler nye tal",
                                                      "ingen indikator"]


def test_agenda_has_exactly_the_open_action_points_overdue_first_then_by_due_date() -> None:
    agenda = built_agenda()
    assert [(a.action_point.id, a.overdue, a.carried) for a in agenda.action_points] == [
        (3, True, True), (6, True, True), (5, False, False), (2, False, True), (1, False, True),
    ]


def test_budget_comment_is_the_economy_section_in_paragraphs_and_nothing_when_empty() -> None:
    assert built_agenda().budget == ("Budgettet er reduceret med 1,2 mio. kr. i 2026.", "Vikarudgifterne stiger.")
    assert built_agenda(agreement=built_agreement(economy="  \n ")).budget == ()


def test_own_points_and_the_titles_notes_are_filed_under() -> None:
    agenda = built_agenda()
    assert [p.text for p in agenda.own_points] == ["Status på rekruttering af pædagoger"]
    assert agenda.point_titles == [
        "Sygefravær i dagtilbud (bagud)", "Elever der trives (i risiko)", POINT_MISSING_DATA, POINT_ACTION_POINTS,
        POINT_BUDGET, "Status på rekruttering af pædagoger", POINT_OTHER,
    ]


def test_an_agreement_on_track_without_open_points_has_an_empty_agenda() -> None:
    agreement = built_agreement(economy="")
    agreement.goals = agreement.goals[2:3]
    agenda = built_agenda(agreement=agreement, action_points=[], own_points=[])
    assert agenda.is_empty
    # R8's question is asked on every agenda, so the budget point is always there to file notes under.
    assert agenda.point_titles == [POINT_BUDGET, POINT_OTHER]
    assert agenda.budget_question == "Er der væsentlige budgetændringer, der påvirker målene?"
