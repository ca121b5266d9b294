"""The year-end overview card for the direktion («årsoverblik 2026»): a pure function of agreements.cycle.year_review.

Counts first (agreements evaluated and missing, goals opfyldt / delvist opfyldt / ikke opfyldt), then per evaluated
unit its goals with their assessment and comment, then the units not evaluated yet. Every user text (unit, names,
goals, comments) is made inert. Teams refuses a message much over 28 KB: units are left out from the end, behind a
«… og N aftaler mere» line, until the card fits in `MAX_CARD_BYTES`.
"""

from __future__ import annotations

import json

from agreements.cycle.year_review import UnitResult, YearReview
from agreements.dialogue.meeting_ports import ASSESSMENT_LABELS, Assessment
from cards import texts
from cards.elements import Element, card, heading, text
from cards.escape import plain

MAX_CARD_BYTES = 26 * 1024


def year_review_card(review: YearReview, *, max_bytes: int = MAX_CARD_BYTES) -> Element:
    evaluated = list(review.evaluated)
    keep = len(evaluated)
    while True:
        built = _card(review, evaluated[:keep], len(evaluated) - keep)
        if keep == 0 or len(json.dumps(built, ensure_ascii=False).encode()) < max_bytes:
            return built
        keep -= 1


def _card(review: YearReview, shown: list[UnitResult], hidden: int) -> Element:
    body: list[Element] = [
        heading(texts.YEAR_REVIEW_TITLE.format(year=review.year)),
        text(texts.YEAR_REVIEW_SUBTITLE.format(year=review.year), isSubtle=True, spacing="None"),
    ]
    if not review.units:
        body.append(text(texts.YEAR_REVIEW_EMPTY.format(year=review.year)))
        return card(body)
    goals = texts.YEAR_REVIEW_GOALS.format(met=review.count(Assessment.MET),
                                           partly=review.count(Assessment.PARTLY_MET),
                                           not_met=review.count(Assessment.NOT_MET))
    unassessed = sum(unit.count(None) for unit in review.evaluated)
    if unassessed:
        goals += texts.YEAR_REVIEW_NOT_ASSESSED.format(count=unassessed)
    counts = texts.YEAR_REVIEW_UNITS.format(total=_agreements(len(review.units)), evaluated=len(review.evaluated),
                                            missing=len(review.not_evaluated))
    body.append(text(counts, weight="Bolder"))
    body.append(text(goals, spacing="None"))
    body.extend(_unit(unit) for unit in shown)
    if hidden:
        body.append(text(texts.YEAR_REVIEW_MORE.format(count=hidden), isSubtle=True))
    if review.not_evaluated:
        body.append(text(texts.YEAR_REVIEW_MISSING_HEADING, weight="Bolder", spacing="Large", separator=True))
        body.extend(text(f"- {_title(unit)}", spacing="None") for unit in review.not_evaluated)
    return card(body)


def _title(unit: UnitResult) -> str:
    title = plain(unit.unit)
    area = unit.area.strip()
    # «Børn og Skole · Børn og Skole»: a fagområde's own unit is named once
    return f"{title} · {plain(area)}" if area and area.casefold() != unit.unit.strip().casefold() else title


def _unit(unit: UnitResult) -> Element:
    items: list[Element] = [
        text(_title(unit), weight="Bolder"),
        text(texts.YEAR_REVIEW_PEOPLE.format(holder=plain(unit.holder), giver=plain(unit.giver)),
             isSubtle=True, spacing="None"),
        text(texts.YEAR_REVIEW_GOALS.format(met=unit.count(Assessment.MET), partly=unit.count(Assessment.PARTLY_MET),
                                            not_met=unit.count(Assessment.NOT_MET)), size="Small", spacing="None"),
    ]
    for goal in unit.goals:
        label = ASSESSMENT_LABELS[goal.assessment] if goal.assessment else texts.YEAR_REVIEW_GOAL_NOT_ASSESSED
        items.append(text(texts.YEAR_REVIEW_GOAL.format(number=goal.number, statement=plain(goal.statement),
                                                        assessment=label), spacing="Small"))
        if goal.comment.strip():
            items.append(text(plain(goal.comment), isSubtle=True, size="Small", spacing="None"))
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def _agreements(count: int) -> str:
    one, several = texts.YEAR_REVIEW_AGREEMENTS
    return one if count == 1 else several.format(n=count)
