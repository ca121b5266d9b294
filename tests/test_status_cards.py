"""The status card: coloured status, latest value and target, a Chart.Line trend with a fallback for older
clients, what changed since last month; valid and under 80 KB also for 10 goals × 3 indicators × 24 months."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from agreements.indicators.status_report import agreement_report
from agreements.types import Frequency, Indicator, Measurement
from cards.status import MAX_CARD_BYTES, choices_card, status_card
from cards.status_views import nice_axis, short_label, status_card_view
from tests.support.cardcheck import MAX_CARD_BYTES as TEAMS_LIMIT
from tests.support.cardcheck import assert_valid_cards
from tests.support.status_data import TENANT, big_agreement

TODAY = date(2026, 11, 24)


def walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(walk(value))
    return found


def of_type(card: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [n for n in walk(card) if n.get("type") == kind]


def big_card(**view_options: Any) -> dict[str, Any]:
    agreement, measurements = big_agreement(10, 3, 24, TODAY)
    report = agreement_report(agreement, "Børn og Skole", measurements, TODAY, due_only=True)
    return status_card(status_card_view(report, **view_options))


def test_ten_goals_three_indicators_24_months_is_valid_and_under_80_kb() -> None:
    card = big_card(monthly=True, recipient_is_holder=True, can_register=True)
    size = len(json.dumps(card).encode())
    assert size < TEAMS_LIMIT, size
    charts = of_type(card, "Chart.Line")
    assert len(charts) == 30  # nothing had to be trimmed
    for chart in charts:
        fallback = chart["fallback"]
        assert fallback["type"] == "FactSet" and len(fallback["facts"]) == 6
        assert [d["legend"] for d in chart["data"]][1:3] == ["Målt", "Plan"]
    assert charts[0]["fallback"]["facts"][0]["title"] == "oktober 2026"  # newest first
    assert [v["x"] for v in charts[0]["data"][1]["values"]][-1] == "okt"
    assert_valid_cards(card, big_card(), big_card(monthly=True, recipient_is_holder=False))


def test_the_chart_has_target_path_band_and_a_fitted_axis() -> None:
    card = big_card(monthly=True)
    chart = of_type(card, "Chart.Line")[0]  # Sygefravær i dagtilbud (1.1): 6,1 → 5,5 %, band ±0,3
    series = {d["legend"]: d for d in chart["data"]}
    assert set(series) == {"Målværdi 5,5 %", "Målt", "Plan", "Bånd +0,3", "Bånd −0,3"}
    target = series["Målværdi 5,5 %"]["values"]
    assert [v["x"] for v in target] == ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
                                        "nov", "dec"]  # whole month names, not «n… d… j…»
    assert {v["y"] for v in target} == {5.5}
    plan = series["Plan"]["values"]
    assert (plan[0]["x"], plan[-1]["x"], plan[-1]["y"]) == ("jan", "dec", 5.5)
    assert plan[0]["y"] == pytest.approx(6.1 - 0.6 * 31 / 365, abs=1e-3)
    assert series["Bånd +0,3"]["values"][-1]["y"] == pytest.approx(5.8)
    assert series["Bånd −0,3"]["values"][-1]["y"] == pytest.approx(5.2)
    # Fitted, not from 0, and five round steps: ticks like 5,1 · 5,4 · 5,7 rather than 4,57.
    assert 4.5 < chart["yMin"] < 5.2 and 6.3 < chart["yMax"] < 7.0
    step = (chart["yMax"] - chart["yMin"]) / 5
    assert any(step == pytest.approx(base * 10.0 ** power) for base in (1, 2, 2.5, 3, 4, 5) for power in (-2, -1, 0))
    assert chart["xAxisTitle"] == "2026" and chart["yAxisTitle"] == "%"


def test_nice_axis() -> None:
    assert nice_axis(5.2, 6.4) == (5.1, 6.6)
    assert nice_axis(85.8, 90.0) == (85.0, 90.0)
    assert nice_axis(120, 165) == (120.0, 170.0)
    low, high = nice_axis(94.3, 95.6)
    assert low <= 94.3 and high >= 95.6 and high - low < 2


def test_details_are_one_click_away_and_the_card_is_short() -> None:
    card = big_card(monthly=True)
    top = [n for n in card["body"] if n.get("type") == "Container"]
    assert len(top) == 10
    for goal in top:
        shown = [n for n in walk(goal["items"][:-1]) if n.get("type") == "Chart.Line"]
        assert not shown  # no chart on the face of the card
        details = goal["items"][-1]["actions"][0]
        assert (details["type"], details["title"]) == ("Action.ShowCard", "Vis graf og detaljer")
        assert of_type(details["card"], "Chart.Line")
    # On the face: per indicator two text lines (status and name, the figures): about a screen for 10 goals.
    face_lines = [n for n in walk(card["body"]) if n.get("type") == "TextBlock"
                  and not any(n is m for a in of_type(card, "Action.ShowCard") for m in walk(a))]
    assert len(face_lines) < 110


def test_status_colours_values_and_targets() -> None:
    card = big_card(monthly=True)
    texts = [n["text"] for n in of_type(card, "TextBlock")]
    assert texts[0] == "Månedsstatus – november 2026"
    assert texts[1] == "Udviklingsaftale 2026 · Børn og Skole"
    marks = {n["text"]: n["color"] for n in of_type(card, "TextBlock") if n["text"].startswith("● ")}
    expected = {"● på sporet": "Good", "● i risiko": "Warning", "● bagud": "Attention"}
    indicator_marks = {mark: colour for mark, colour in marks.items() if mark in expected}
    assert indicator_marks and all(expected[mark] == colour for mark, colour in indicator_marks.items())
    assert any("i oktober 2026 – forventet" in t and "ved udgangen af 2026" in t for t in texts)
    assert "Siden sidste måned" in texts


def test_new_figures_without_status_changes_do_not_say_nothing_happened() -> None:
    card = big_card(monthly=True)
    texts = [n["text"] for n in of_type(card, "TextBlock")]
    assert "30 nye tal." in texts
    assert "Ingen nye tal og ingen ændringer i status." not in texts


def test_an_oversized_card_is_trimmed_to_fit() -> None:
    agreement, measurements = big_agreement(10, 3, 24, TODAY)
    for goal in agreement.goals:
        for indicator in goal.indicators:
            indicator.name = indicator.name + " – " + "meget lang forklaring af indikatoren " * 8
    report = agreement_report(agreement, "Børn og Skole", measurements, TODAY)
    card = status_card(status_card_view(report, monthly=True, can_register=True))
    assert len(json.dumps(card).encode()) < MAX_CARD_BYTES
    points = {len(d["values"]) for c in of_type(card, "Chart.Line") for d in c["data"]}
    assert not points or max(points) <= 6
    assert_valid_cards(card)


def test_what_changed_since_last_month() -> None:
    agreement, measurements = big_agreement(1, 1, 12, TODAY)
    indicator = agreement.goals[0].indicators[0]
    assert indicator.id is not None
    # Lower is better, 6.1 → 5.5 over 2026: on track in September, well off track with October's figure.
    series = [m for m in measurements[indicator.id] if m.period < "2026-09"]
    series += [Measurement(TENANT, indicator.id, "2026-09", 5.6), Measurement(TENANT, indicator.id, "2026-10", 6.3)]
    report = agreement_report(agreement, "Børn og Skole", {indicator.id: series}, TODAY)
    line = report.lines[0]
    assert (line.previous.status.value, line.report.status.value) == ("on_track", "off_track")
    card = status_card(status_card_view(report, monthly=True))
    texts = [n["text"] for n in of_type(card, "TextBlock")]
    assert "1 forværret, 1 nyt tal." in texts
    assert any(t.endswith("fra på sporet til bagud") for t in texts)
    assert "Fra på sporet til bagud; nyt tal for oktober 2026 (+0,7 procentpoint)" in texts
    assert_valid_cards(card)


def test_quarterly_and_yearly_indicators_only_when_due() -> None:
    agreement, measurements = big_agreement(1, 1, 12, TODAY)
    goal = agreement.goals[0]
    quarterly = Indicator(TENANT, "q", "Forældretilfredshed", goal.indicators[0].direction, "%", baseline=70,
                          target=80, frequency=Frequency.QUARTERLY, id=100)
    yearly = replace(quarterly, key="y", name="Trivselsmåling", frequency=Frequency.YEARLY, id=101)
    goal.indicators.extend([quarterly, yearly])
    measurements[100] = [Measurement(TENANT, 100, "2026-Q3", 74)]
    measurements[101] = [Measurement(TENANT, 101, "2025", 71)]

    def names(day: date) -> list[str]:
        report = agreement_report(agreement, "Børn og Skole", measurements, day, due_only=True)
        return [line.indicator.name for line in report.lines]

    assert "Forældretilfredshed" not in names(date(2026, 11, 24))
    assert "Forældretilfredshed" in names(date(2026, 10, 8))
    assert "Trivselsmåling" in names(date(2027, 1, 8)) and "Trivselsmåling" not in names(date(2026, 10, 8))
    everything = agreement_report(agreement, "Børn og Skole", measurements, TODAY)  # on demand: all of them
    assert len(everything.lines) == 3


def test_nothing_due_says_so() -> None:
    agreement, measurements = big_agreement(1, 1, 3, TODAY)
    agreement.goals[0].indicators[0].frequency = Frequency.YEARLY
    report = agreement_report(agreement, "Børn og Skole", measurements, TODAY, due_only=True)
    card = status_card(status_card_view(report, monthly=True))
    assert "Ingen indikatorer skal følges op i denne måned." in [n["text"] for n in of_type(card, "TextBlock")]
    assert_valid_cards(card)


def test_register_form_only_for_those_who_may_register() -> None:
    holder = big_card(monthly=True, recipient_is_holder=True, can_register=True)
    giver = big_card(monthly=True, recipient_is_holder=False)
    show = [a for a in holder["actions"] if a["type"] == "Action.ShowCard"]
    assert len(show) == 1 and show[0]["title"] == "Registrér en værdi"
    inputs = {n["id"]: n for n in walk(show[0]["card"]) if str(n.get("type", "")).startswith("Input.")}
    assert set(inputs) == {"indicator", "period", "value", "comment"}
    assert len(inputs["indicator"]["choices"]) == 30
    save = show[0]["card"]["actions"][0]
    assert save["verb"] == "measurement.register" and save["data"] == {"verb": "measurement.register", "agreement": 1}
    assert not [a for a in giver["actions"] if a["type"] == "Action.ShowCard"]


def test_choices_card() -> None:
    card = choices_card("Hvilken mener du?", (("Sygefravær (Børn og Skole)", "status på indikator a"),
                                              ("Sygefravær (Social)", "status på indikator b")))
    assert [a["data"]["text"] for a in card["actions"]] == ["status på indikator a", "status på indikator b"]
    assert_valid_cards(card)


def test_short_labels() -> None:
    from agreements.indicators.periods import parse_period

    assert [short_label(parse_period(p)) for p in ("2026-10", "2026-K4", "2026")] == ["okt 26", "K4 26", "2026"]
