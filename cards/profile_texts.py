"""The standard texts card for chefkonsulenter and the administrator (agreements.municipality.profile_texts): a
year's texts as new agreements start from them, one multi-line input per section prefilled with its current text,
the fælles grundlag one point a line, and «Gem standardteksterne» (payload: cards/profile_payloads.py). A pure
function of the view (and of the sentence the last save answered with)."""

from __future__ import annotations

from agreements.municipality.profile_texts import MAX_POINT, MAX_POINTS, MAX_SECTION_TEXT, TextsView
from cards.elements import Element, card, execute, heading, text
from cards.escape import fill, plain
from cards.profile_payloads import COMMON_GROUND_INPUT, TEXTS_VERB, section_input

TITLE = "Standardtekster for {year}"
INTRO = ("{municipality}. Nye aftaler for {year} starter med disse tekster; aftaler, der allerede er oprettet, "
         "beholder deres egen tekst.")
FROM_FILE = "Teksterne kommer fra kommunens profil og er ikke rettet for {year} endnu."
EDITED = "Teksterne er rettet for {edited}."
EDITED_EARLIER = "Teksterne er rettet for {edited} og gælder også {year}, til de rettes igen."
NO_TEXT = "Ingen standardtekst – aftaleholderen skriver selv afsnittet."
NOT_EMPTY = "Afsnittet {label} må ikke være tomt."
COMMON_GROUND = "Fælles grundlag (ét punkt pr. linje)"
COMMON_GROUND_REQUIRED = "Fælles grundlag skal have mindst ét punkt."
SAVE = "Gem standardteksterne"


def profile_texts_card(view: TextsView, notice: str | None = None) -> Element:
    body: list[Element] = [heading(TITLE.format(year=view.year))]
    if notice:
        body.append(text(plain(notice), color="Good", weight="Bolder"))
    body.append(text(fill(INTRO, municipality=view.municipality, year=view.year), isSubtle=True))
    if view.edited_year is None:
        source = FROM_FILE.format(year=view.year)
    elif view.edited_year == view.year:
        source = EDITED.format(edited=view.edited_year)
    else:
        source = EDITED_EARLIER.format(edited=view.edited_year, year=view.year)
    body.append(text(source, isSubtle=True, size="Small", spacing="None"))
    for section in view.sections:
        element: Element = {
            "type": "Input.Text", "id": section_input(section.key), "label": plain(section.label),
            "isMultiline": True, "maxLength": MAX_SECTION_TEXT, "placeholder": NO_TEXT, "spacing": "Medium",
        }
        if section.text:
            element.update(value=section.text, isRequired=True,
                           errorMessage=NOT_EMPTY.format(label=plain(section.label)))
        body.append(element)
    body.append({
        "type": "Input.Text", "id": COMMON_GROUND_INPUT, "label": COMMON_GROUND, "isMultiline": True,
        "maxLength": MAX_POINTS * (MAX_POINT + 1), "value": "\n".join(view.common_ground), "isRequired": True,
        "errorMessage": COMMON_GROUND_REQUIRED, "spacing": "Medium",
    })
    save = execute(SAVE, TEXTS_VERB, {"verb": TEXTS_VERB, "year": view.year})
    save["style"] = "positive"
    return card(body, [save])
