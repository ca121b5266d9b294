"""R8 in the monthly follow-up: the budget question, added under a status card."""

from __future__ import annotations

import copy

from cards.elements import Element, text

BUDGET_HEADING = "Økonomi"
BUDGET_HINT = "Skriv det i aftalens afsnit Økonomi («ret økonomi»), så det kommer på dagsordenen til næste dialogmøde."


def with_budget_question(card: Element, question: str) -> Element:
    """A copy of `card` with R8's question («Er der væsentlige budgetændringer, der påvirker målene?») at the end
    of its body."""
    shown = copy.deepcopy(card)
    body = shown.setdefault("body", [])
    body.append({
        "type": "Container",
        "separator": True,
        "spacing": "Medium",
        "items": [
            text(BUDGET_HEADING, weight="Bolder"),
            text(question, spacing="Small"),
            text(BUDGET_HINT, isSubtle=True, size="Small", spacing="None"),
        ],
    })
    return shown
