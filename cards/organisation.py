"""The organisation card for chefkonsulenter and the administrator
(agreements.municipality.organisation_admin): every
unit with
its place, aftaleholder and aftalegiver, and how to change them. A pure function of the organisation view."""

from __future__ import annotations

from agreements.municipality.organisation import OrgView
from cards.elements import Element, card, facts, heading, text
from cards.escape import plain

TITLE = "Organisationen"
SUMMARY = "{units} enheder og {people} personer (heraf {inactive} deaktiverede)."
HOLDER = "Aftaleholder"
GIVER = "Aftalegiver"
PARENT = "Under"
AREA = "Fagområde"
NOBODY = "ingen"
INACTIVE = " (deaktiveret)"
HOW_TO_CHANGE = (
    "Skriv «gør NAVN til ROLLE» for at ændre en rolle (direktør, fagchef, leder, chefkonsulent, medarbejder, "
    "administrator), eller «giv ENHED aftaleholder NAVN og aftalegiver NAVN». Næste indlæsning af "
    "organisationsfilen gælder igen."
)
MAX_UNITS = 120  # a message stays well under Teams' size limit
MORE = "… og {n} enheder mere (se dem alle med «aftalebot org show»)."


def organisation_card(view: OrgView) -> Element:
    inactive = sum(1 for p in view.people if not p["aktiv"])
    body: list[Element] = [
        heading(TITLE),
        text(SUMMARY.format(units=len(view.units), people=len(view.people), inactive=inactive), isSubtle=True),
    ]
    for unit in view.units[:MAX_UNITS]:
        name = plain(str(unit["navn"])) + ("" if unit["aktiv"] else INACTIVE)
        # FactSet values are made inert by `facts`.
        pairs = [(HOLDER, str(unit["aftaleholder"] or NOBODY)), (GIVER, str(unit["aftalegiver"] or NOBODY))]
        if unit["overordnet"]:
            pairs.append((PARENT, str(unit["overordnet"])))
        if unit["fagområde"] and unit["fagområde"] != unit["navn"]:
            pairs.append((AREA, str(unit["fagområde"])))
        body.append({"type": "Container", "separator": True, "items": [text(name, weight="Bolder"), facts(pairs)]})
    if len(view.units) > MAX_UNITS:
        body.append(text(MORE.format(n=len(view.units) - MAX_UNITS), isSubtle=True))
    body.append(text(HOW_TO_CHANGE, isSubtle=True, size="Small"))
    return card(body)
