"""The card validator must bite: valid Teams cards pass, each kind of defect is reported."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.support import cardcheck
from tests.support.cardcheck import assert_valid_cards, card_problems

Card = dict[str, Any]


def _card(*body: Card, **extra: Any) -> Card:
    return {"type": "AdaptiveCard", "version": "1.5", "body": list(body), **extra}


def _text(text: str = "Hej") -> Card:
    return {"type": "TextBlock", "text": text, "wrap": True}


def _full_card() -> Card:
    return _card(
        {
            "type": "TextBlock",
            "text": "Udviklingsaftale 2025",
            "size": "Large",
            "weight": "Bolder",
            "color": "Accent",
        },
        {"type": "Container", "style": "emphasis", "items": [_text("Status: kladde")]},
        {
            "type": "ColumnSet",
            "columns": [
                {"type": "Column", "width": "auto", "items": [_text("Enhed")]},
                {"type": "Column", "width": "stretch", "items": [_text("Børn og Unge")]},
            ],
        },
        {
            "type": "FactSet",
            "facts": [{"title": "År", "value": "2025"}, {"title": "Niveau", "value": "Direktion"}],
        },
        {
            "type": "Table",
            "firstRowAsHeader": True,
            "columns": [{"width": 1}, {"width": 2}],
            "rows": [
                {
                    "type": "TableRow",
                    "cells": [
                        {"type": "TableCell", "items": [_text("Mål")]},
                        {"type": "TableCell", "items": [_text("Færre sygedage")]},
                    ],
                }
            ],
        },
        {
            "type": "Input.Text",
            "id": "note",
            "label": "Bemærkning",
            "isMultiline": True,
            "isRequired": True,
            "errorMessage": "Skriv en bemærkning",
        },
        {
            "type": "Input.ChoiceSet",
            "id": "status",
            "label": "Status",
            "choices": [{"title": "Kladde", "value": "draft"}, {"title": "Godkendt", "value": "approved"}],
            "value": "draft",
        },
        {"type": "Input.Date", "id": "deadline", "label": "Frist", "value": "2025-06-30"},
        {"type": "Input.Time", "id": "at", "label": "Tidspunkt", "value": "09:30"},
        msteams={"width": "Full"},
        refresh={
            "action": {"type": "Action.Execute", "verb": "refresh", "data": {"agreement": 7}},
            "userIds": ["29:abc", "29:def"],
        },
        actions=[
            {
                "type": "Action.Execute",
                "title": "Godkend",
                "verb": "approve",
                "data": {"agreement": 7},
                "fallback": {
                    "type": "Action.Submit",
                    "title": "Godkend",
                    "data": {"verb": "approve", "agreement": 7},
                },
            },
            {"type": "Action.Submit", "title": "Gem", "data": {"verb": "save", "agreement": 7}},
        ],
    )


def _chart(**extra: Any) -> Card:
    return {"type": "Chart.Line", "title": "Sygefravær", "data": [{"legend": "2025", "values": []}], **extra}


def test_valid_card_with_actions_inputs_and_layout_passes() -> None:
    assert_valid_cards(_full_card())


def test_batch_keeps_order_and_reports_per_card() -> None:
    bad = _card({"type": "TextBlok", "text": "x"})
    problems = card_problems([_full_card(), bad, _full_card()])
    assert problems[0] == [] and problems[2] == []
    assert problems[1]


def test_unknown_element_fails() -> None:
    (problems,) = card_problems([_card({"type": "TextBlok", "text": "stavefejl"})])
    assert any('Unknown element type "TextBlok"' in p for p in problems), problems


def test_unknown_action_fails() -> None:
    (problems,) = card_problems([_card(_text(), actions=[{"type": "Action.Launch", "title": "x"}])])
    assert any('Unknown action type "Action.Launch"' in p for p in problems), problems


def test_unknown_property_fails() -> None:
    (problems,) = card_problems([_card({"type": "TextBlock", "text": "x", "wieght": "Bolder"})])
    assert any('Unknown property "wieght"' in p for p in problems), problems


def test_msteams_is_allowed_only_on_the_root_card() -> None:
    (problems,) = card_problems([_card({**_text(), "msteams": {"width": "Full"}})])
    assert any('Unknown property "msteams"' in p for p in problems), problems


@pytest.mark.parametrize(
    "element",
    [
        {"type": "TextBlock", "text": "x", "size": "Huge"},
        {"type": "TextBlock", "text": "x", "color": "Purple"},
        {"type": "Container", "style": "fancy", "items": [_text()]},
    ],
)
def test_invalid_enum_value_fails(element: Card) -> None:
    (problems,) = card_problems([_card(element)])
    assert any("InvalidPropertyValue" in p for p in problems), problems


def test_version_above_1_5_fails() -> None:
    (problems,) = card_problems([{**_full_card(), "version": "1.6"}])
    assert any("version 1.6 is above 1.5" in p for p in problems), problems


def test_missing_version_and_wrong_type_fail() -> None:
    card = _card(_text())
    del card["version"]
    card["type"] = "HeroCard"
    (problems,) = card_problems([card])
    assert any("version must be" in p for p in problems), problems
    assert any('type must be "AdaptiveCard"' in p for p in problems), problems


def test_property_newer_than_1_5_fails() -> None:
    (problems,) = card_problems(
        [_card(_text(), actions=[{"type": "Action.Submit", "title": "x", "role": "Button"}])]
    )
    assert any('"role" is supported in version 1.6' in p for p in problems), problems


def test_more_than_60_refresh_user_ids_fails() -> None:
    card = _full_card()
    card["refresh"]["userIds"] = [f"29:user{i}" for i in range(61)]
    (problems,) = card_problems([card])
    assert any("refresh.userIds has 61 entries" in p for p in problems), problems

    card["refresh"]["userIds"] = card["refresh"]["userIds"][:60]
    assert card_problems([card]) == [[]]


def test_oversized_card_fails() -> None:
    card = _card(*[_text(f"Linje {i}: " + "x" * 1000) for i in range(85)])
    (problems,) = card_problems([card])
    assert any("it must stay under 81920" in p for p in problems), problems


def test_chart_with_fallback_passes() -> None:
    assert_valid_cards(_card(_chart(fallback={"type": "TextBlock", "text": "Grafen kan ikke vises her."})))


def test_chart_without_fallback_fails() -> None:
    nested = _card({"type": "Container", "items": [_chart()]})
    (problems,) = card_problems([nested])
    assert len(problems) == 1, problems
    assert problems[0].startswith('Chart.Line at $.body[0].items[0] has no "fallback"')


def test_assert_valid_cards_lists_every_problem_per_card() -> None:
    bad = _card({"type": "TextBlock", "text": "x", "size": "Huge"}, {"type": "TextBlok"}, version="1.6")
    with pytest.raises(AssertionError) as raised:
        assert_valid_cards(_full_card(), bad)
    message = str(raised.value)
    assert "card #1" in message and "card #0" not in message
    for fragment in ('"Huge"', '"TextBlok"', "version 1.6"):
        assert fragment in message


def test_validation_does_not_mutate_cards() -> None:
    card = _full_card()
    before = copy.deepcopy(card)
    card_problems([card])
    assert card == before


def test_missing_node_is_an_error_not_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(cardcheck.CardCheckUnavailable, match="node"):
        card_problems([_full_card()])


def test_missing_node_modules_is_an_error_not_a_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(cardcheck, "PARSER", tmp_path / "adaptivecards.js")
    with pytest.raises(cardcheck.CardCheckUnavailable, match="npm ci"):
        card_problems([_full_card()])
