"""The welcome and help cards, for what the person does: holder, giver or chefkonsulent."""

from __future__ import annotations

from typing import Literal

from cards import texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.payloads import ask_data

Role = Literal["holder", "giver", "coordinator"]  # agreements.services.Standing's values


def _quick_actions(role: Role = "holder") -> list[Element]:
    first: list[Element]
    if role == "giver":
        first = [execute(texts.BUTTON_PENDING, "ask", ask_data("pending_approvals")),
                 execute(texts.BUTTON_AGREEMENTS, "ask", ask_data("show_agreement"))]
    elif role == "coordinator":
        first = [execute(texts.BUTTON_OVERVIEW, "ask", ask_data("overview")),
                 execute(texts.BUTTON_BEHIND, "ask", ask_data("who_is_behind"))]
    else:
        first = [execute(texts.BUTTON_NEW_GOAL, "ask", ask_data("new_goal")),
                 execute(texts.BUTTON_MY_AGREEMENT, "ask", ask_data("show_agreement"))]
    return [*first, execute(texts.BUTTON_HELP, "ask", ask_data("help"))]


def welcome_card(first_name: str | None = None, *, role: Role = "holder") -> Element:
    greeting = f"Hej {first_name}!" if first_name else "Hej!"
    body, start = {
        "holder": (texts.WELCOME_BODY, texts.WELCOME_START),
        "giver": (texts.GIVER_WELCOME_BODY, texts.GIVER_WELCOME_START),
        "coordinator": (texts.COORDINATOR_WELCOME_BODY, texts.COORDINATOR_WELCOME_START),
    }[role]
    return card(
        [
            heading(texts.WELCOME_TITLE),
            text(f"{greeting} {body}"),
            text(start, weight="Bolder"),
        ],
        _quick_actions(role),
    )


def help_card(*, for_coordinator: bool = False, role: Role | None = None, gives: bool = False) -> Element:
    """The commands for what the person does; `gives`: a holder who also approves others' agreements."""
    role = role or ("coordinator" if for_coordinator else "holder")
    commands: tuple[tuple[str, str], ...]
    if role == "coordinator":
        commands = texts.COORDINATOR_HELP_COMMANDS
    elif role == "giver":
        commands = texts.GIVER_HELP_COMMANDS
    else:
        commands = texts.HELP_COMMANDS[:-1] + ((texts.HELP_PENDING,) if gives else ()) + texts.HELP_COMMANDS[-1:]
    return card(
        [
            heading(texts.HELP_TITLE),
            facts([(f"«{command}»", meaning) for command, meaning in commands]),
            text(texts.HELP_IN_DIALOG, isSubtle=True, size="Small"),
        ],
        _quick_actions(role),
    )
