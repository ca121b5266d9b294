"""The organisation card's choices and buttons (cards/organisation.py) and their payloads
(cards/organisation_payloads.py), without a bot."""

from __future__ import annotations

from typing import Any

import pytest

from agreements.municipality.organisation import OrgView
from cards.actions import parse_card_action
from cards.organisation import MAX_EDITABLE_UNITS, MAX_PEOPLE, organisation_card
from cards.organisation_payloads import OrganisationAssignAction, OrganisationRoleAction
from cards.payloads import InvalidPayloadError
from tests.support.cardcheck import assert_valid_cards


def _unit(number: int, holder: str, giver: str) -> dict[str, Any]:
    return {"id": number, "overordnet_id": 1 if number > 1 else None, "navn": f"Enhed nummer {number} i kommunen",
            "fagområde": "Børn og Skole", "overordnet": "Enhed nummer 1 i kommunen" if number > 1 else None,
            "aftaleholder": holder, "aftalegiver": giver, "aktiv": True}


def _person(number: int, unit: int, role: str = "medarbejder") -> dict[str, Any]:
    return {"id": number, "enhed_id": unit, "navn": f"Person {number}", "e-mail": f"p{number}@kommune.dk",
            "entra-id": "x", "enhed": f"Enhed nummer {unit} i kommunen", "rolle": role, "leder": None, "aktiv": True}


def _elements(node: Any, kind: str) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return ([node] if node.get("type") == kind else []) + [e for v in node.values() for e in _elements(v, kind)]
    if isinstance(node, list):
        return [e for v in node for e in _elements(v, kind)]
    return []


def test_the_choices_start_at_who_holds_and_gives_the_unit_and_the_persons_role() -> None:
    view = OrgView(units=[_unit(1, "Person 2", "Person 1"), _unit(2, "Person 3", "Person 2")],
                   people=[_person(1, 1, "direktør"), _person(2, 1, "fagchef"), _person(3, 2, "leder"),
                           _person(4, 2)])
    card = organisation_card(view, notice="Person 4 er nu leder (før medarbejder).")
    assert_valid_cards(card)
    inputs = {i["id"]: i for i in _elements(card, "Input.ChoiceSet")}
    assert inputs["holder_2"]["value"] == "3" and inputs["giver_2"]["value"] == "2"
    assert {c["value"] for c in inputs["holder_2"]["choices"]} == {"1", "2", "3", "4"}  # the unit's and its parent's
    assert inputs["role_4"]["value"] == "medarbejder"
    assert card["body"][1]["text"] == "Person 4 er nu leder (før medarbejder)."


def test_a_large_organisation_stays_a_valid_card() -> None:
    units = [_unit(n, f"Person {n * 5}", "Person 1") for n in range(1, 301)]
    people = [_person(n, max(1, n // 5), "leder" if n % 5 == 0 else "medarbejder") for n in range(1, 1500)]
    card = organisation_card(OrgView(units, people))
    assert_valid_cards(card)
    executes = _elements(card, "Action.Execute")
    assert sum(a["verb"] == "organisation.assign" for a in executes) == MAX_EDITABLE_UNITS
    assert sum(a["verb"] == "organisation.role" for a in executes) == MAX_PEOPLE


def test_a_payload_reads_only_its_own_rows_inputs() -> None:
    role = parse_card_action({"verb": "organisation.role", "person": "4", "role_4": "leder", "role_5": "direktør"})
    assert role == OrganisationRoleAction(verb="organisation.role", person=4, role="leder")
    assign = parse_card_action({"verb": "organisation.assign", "unit": 2, "holder_2": "3", "giver_2": "2",
                                "holder_1": "9"})
    assert assign == OrganisationAssignAction(verb="organisation.assign", unit=2, holder=3, giver=2)


@pytest.mark.parametrize("data", [
    {"verb": "organisation.role", "person": 4},
    {"verb": "organisation.role", "person": "fire", "role_4": "leder"},
    {"verb": "organisation.role", "person": 0, "role_0": "leder"},
    {"verb": "organisation.assign", "unit": 2, "holder_2": "3"},
    {"verb": "organisation.assign", "unit": 2, "holder_2": "x", "giver_2": "2"},
    {"verb": "organisation.assign", "unit": [2], "holder_2": "3", "giver_2": "2"},
])
def test_a_malformed_payload_is_refused(data: dict[str, Any]) -> None:
    with pytest.raises(InvalidPayloadError):
        parse_card_action(data)
