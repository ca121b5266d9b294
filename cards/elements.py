"""Small builders for Adaptive Card elements shared by the cards."""

from __future__ import annotations

from typing import Any

from agreements.escape import plain

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

Element = dict[str, Any]


def card(body: list[Element], actions: list[Element] | None = None) -> Element:
    result: Element = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        result["actions"] = actions
    return result


def text(value: str, **style: Any) -> Element:
    return {"type": "TextBlock", "text": value, "wrap": True, **style}


def heading(value: str) -> Element:
    return text(value, size="Large", weight="Bolder")


def facts(pairs: list[tuple[str, str]]) -> Element:
    """A FactSet: the titles are the bot's labels; the values are data (names, units), always made inert."""
    return {"type": "FactSet", "facts": [{"title": t, "value": plain(v)} for t, v in pairs]}


def execute(title: str, verb: str, data: dict[str, Any]) -> Element:
    """Action.Execute (Universal Actions) with an Action.Submit fallback for older clients."""
    return {
        "type": "Action.Execute",
        "title": title,
        "verb": verb,
        "data": data,
        "fallback": {"type": "Action.Submit", "title": title, "data": data},
    }
