"""The welcome and help cards."""

from __future__ import annotations

from cards import overview_texts, texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.payloads import command_data


def _quick_actions() -> list[Element]:
    return [
        execute(texts.BUTTON_NEW_GOAL, "command", command_data("nyt mål")),
        execute(texts.BUTTON_MY_AGREEMENT, "command", command_data("min aftale")),
        execute(texts.BUTTON_HELP, "command", command_data("hjælp")),
    ]


def welcome_card(first_name: str | None = None) -> Element:
    greeting = f"Hej {first_name}!" if first_name else "Hej!"
    return card(
        [
            heading(texts.WELCOME_TITLE),
            text(f"{greeting} {texts.WELCOME_BODY}"),
            text(texts.WELCOME_START, weight="Bolder"),
        ],
        _quick_actions(),
    )


def help_card(*, for_coordinator: bool = False) -> Element:
    """`for_coordinator`: a chefkonsulent also sees the overview's commands."""
    commands = texts.HELP_COMMANDS + (overview_texts.HELP_COMMANDS if for_coordinator else ())
    return card(
        [
            heading(texts.HELP_TITLE),
            facts([(f"«{command}»", meaning) for command, meaning in commands]),
            text(texts.HELP_IN_DIALOG, isSubtle=True, size="Small"),
        ],
        _quick_actions(),
    )
