"""The coach's summary card: the goal as it will stand in the agreement, with its R4 checklist."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cards import texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import plain


@dataclass(frozen=True, slots=True)
class GoalSummaryView:
    draft: str
    kind: str
    statement: str
    fields: list[tuple[str, str]]
    checklist: list[tuple[str, bool]]
    saved: bool = False
    discarded: bool = False
    notes: list[str] = field(default_factory=list)
    # Checklist rows where something is written but not yet good enough to follow up on («trivsel», «tallene»)
    unclear: frozenset[str] = frozenset()


def goal_summary_card(view: GoalSummaryView) -> Element:
    body: list[Element] = [
        heading(texts.SUMMARY_TITLE),
        text(view.kind, isSubtle=True, spacing="None"),
        text(f"«{plain(view.statement)}»", style="default"),
    ]
    shown = [(label, plain(value)) for label, value in view.fields if value]
    if shown:
        body.append(facts(shown))
    body.append(text(texts.SUMMARY_CHECKLIST, weight="Bolder", spacing="Medium"))
    body.append(facts([(_mark(ok, label), _state(ok, label in view.unclear)) for label, ok in view.checklist]))
    body.extend(text(note, isSubtle=True, size="Small") for note in view.notes)
    if view.saved:
        body.append(text(texts.SUMMARY_SAVED, color="Good", weight="Bolder"))
        return card(body)
    if view.discarded:
        body.append(text(texts.SUMMARY_DISCARDED, color="Attention", weight="Bolder"))
        return card(body)
    body.append(_edit_choice(view))
    return card(body, _actions(view))


def _state(ok: bool, unclear: bool) -> str:
    return texts.PRESENT if ok else texts.UNCLEAR if unclear else texts.MISSING


def _mark(ok: bool, label: str) -> str:
    return f"{'✓' if ok else '✗'} {label}"


def _edit_choice(view: GoalSummaryView) -> Element:
    return {
        "type": "Input.ChoiceSet",
        "id": "field",
        "label": texts.SUMMARY_EDIT_LABEL,
        "placeholder": texts.SUMMARY_EDIT_PLACEHOLDER,
        "choices": [{"title": title, "value": value} for value, title in texts.EDITABLE_FIELDS],
    }


def _actions(view: GoalSummaryView) -> list[Element]:
    data: dict[str, Any] = {"draft": view.draft}
    save = execute(texts.BUTTON_SAVE, "goal.save", {**data, "verb": "goal.save"})
    save["style"] = "positive"
    discard = execute(texts.BUTTON_DISCARD, "goal.discard", {**data, "verb": "goal.discard"})
    discard["style"] = "destructive"
    return [save, execute(texts.BUTTON_EDIT, "goal.edit", {**data, "verb": "goal.edit"}), discard]
