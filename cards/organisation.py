"""The organisation card for chefkonsulenter and the administrator (agreements.municipality.organisation_admin):
every unit with its place, aftaleholder and aftalegiver, each with a holder and a giver choice and «Gem»; every
active person with a role choice and «Gem rolle» (payloads: cards/organisation_payloads.py). A pure function of the
organisation view (and of the sentence the last change answered with)."""

from __future__ import annotations

from typing import Any

from agreements.municipality.organisation import ROLE_BY_WORD, OrgView
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import plain
from cards.organisation_payloads import ASSIGN_VERB, ROLE_VERB, giver_input, holder_input, role_input

TITLE = "Organisationen"
SUMMARY = "{units} enheder og {people} personer (heraf {inactive} deaktiverede)."
HOLDER = "Aftaleholder"
GIVER = "Aftalegiver"
PARENT = "Under"
AREA = "Fagområde"
NOBODY = "ingen"
INACTIVE = " (deaktiveret)"
HOW_TO_CHANGE = (
    "Vælg og tryk «Gem», eller skriv «gør NAVN til ROLLE» eller «giv ENHED aftaleholder NAVN og aftalegiver "
    "NAVN». Næste indlæsning af organisationsfilen gælder igen."
)
MAX_UNITS = 60  # with the choices below, a message stays under Teams' size limit
MORE = "… og {n} enheder mere (se dem alle med «aftalebot org show»)."
PEOPLE = "Personer"
ROLE = "Rolle"
SAVE = "Gem"
SAVE_ROLE = "Gem rolle"
CHOOSE = "Vælg …"
# The card stays well under Teams' size limit in a large municipality: the first units and people get the choices,
# the rest are changed by the typed commands.
MAX_EDITABLE_UNITS = 15
MAX_PEOPLE = 20  # people with a role choice
MORE_PEOPLE = "… og {n} personer mere (skift deres rolle med «gør NAVN til ROLLE»)."
MAX_CHOICES = 8  # holder and giver choices per unit: who holds and gives it now, its leaders, then its members


LEADING_WORDS = frozenset({"direktør", "fagchef", "leder"})


def organisation_card(view: OrgView, notice: str | None = None) -> Element:
    inactive = sum(1 for p in view.people if not p["aktiv"])
    body: list[Element] = [heading(TITLE)]
    if notice:
        body.append(text(plain(notice), color="Good", weight="Bolder"))
    body.append(text(SUMMARY.format(units=len(view.units), people=len(view.people), inactive=inactive),
                     isSubtle=True))
    active = [p for p in view.people if p["aktiv"] and p.get("id")]
    for number, unit in enumerate(view.units[:MAX_UNITS]):
        name = plain(str(unit["navn"])) + ("" if unit["aktiv"] else INACTIVE)
        # FactSet values are made inert by `facts`.
        pairs = [(HOLDER, str(unit["aftaleholder"] or NOBODY)), (GIVER, str(unit["aftalegiver"] or NOBODY))]
        if unit["overordnet"]:
            pairs.append((PARENT, str(unit["overordnet"])))
        if unit["fagområde"] and unit["fagområde"] != unit["navn"]:
            pairs.append((AREA, str(unit["fagområde"])))
        items: list[Element] = [text(name, weight="Bolder"), facts(pairs)]
        if unit["aktiv"] and unit.get("id") and number < MAX_EDITABLE_UNITS:
            items.extend(_assign_controls(unit, active))
        body.append({"type": "Container", "separator": True, "items": items})
    if len(view.units) > MAX_UNITS:
        body.append(text(MORE.format(n=len(view.units) - MAX_UNITS), isSubtle=True))
    if active:
        body.append({"type": "Container", "separator": True, "items": [text(PEOPLE, weight="Bolder", size="Medium")]})
        body.extend(_role_row(person) for person in active[:MAX_PEOPLE])
        if len(active) > MAX_PEOPLE:
            body.append(text(MORE_PEOPLE.format(n=len(active) - MAX_PEOPLE), isSubtle=True))
    body.append(text(HOW_TO_CHANGE, isSubtle=True, size="Small"))
    return card(body)


def _choice_set(input_id: str, label: str, choices: list[tuple[str, str]], value: str | None) -> Element:
    element: Element = {"type": "Input.ChoiceSet", "id": input_id, "label": label, "style": "compact",
                        "choices": [{"title": plain(title), "value": v} for title, v in choices]}
    if value is not None:
        element["value"] = value
    else:
        element["placeholder"] = CHOOSE
    return element


def _assign_controls(unit: dict[str, Any], people: list[dict[str, Any]]) -> list[Element]:
    unit_id = int(unit["id"])
    near = {unit_id, unit.get("overordnet_id")}
    current = {unit["aftaleholder"], unit["aftalegiver"]}
    nearby = [p for p in people if p.get("enhed_id") in near or p["navn"] in current]
    nearby.sort(key=lambda p: (p["navn"] not in current, p["rolle"] not in LEADING_WORDS))  # stable: by name next
    candidates = nearby[:MAX_CHOICES]
    choices = [(f"{p['navn']} ({p['rolle']})", str(p["id"])) for p in candidates]
    by_name = {p["navn"]: str(p["id"]) for p in candidates}
    return [
        {"type": "ColumnSet", "columns": [
            {"type": "Column", "width": "stretch", "items": [
                _choice_set(holder_input(unit_id), HOLDER, choices, by_name.get(unit["aftaleholder"]))]},
            {"type": "Column", "width": "stretch", "items": [
                _choice_set(giver_input(unit_id), GIVER, choices, by_name.get(unit["aftalegiver"]))]},
        ]},
        {"type": "ActionSet", "actions": [execute(SAVE, ASSIGN_VERB, {"verb": ASSIGN_VERB, "unit": unit_id})]},
    ]


def _role_row(person: dict[str, Any]) -> Element:
    person_id = int(person["id"])
    label = plain(str(person["navn"])) + (f" · {plain(str(person['enhed']))}" if person["enhed"] else "")
    return {"type": "ColumnSet", "separator": True, "columns": [
        {"type": "Column", "width": "stretch", "verticalContentAlignment": "Center", "items": [text(label)]},
        {"type": "Column", "width": "stretch", "items": [
            _choice_set(role_input(person_id), ROLE, [(word, word) for word in ROLE_BY_WORD], str(person["rolle"]))]},
        {"type": "Column", "width": "auto", "verticalContentAlignment": "Center", "items": [
            {"type": "ActionSet", "actions": [execute(SAVE_ROLE, ROLE_VERB, {"verb": ROLE_VERB,
                                                                            "person": person_id})]}]},
    ]}
