"""What a person asks the bot for, by intent: the route key of every typed text and every «ask» button."""

from __future__ import annotations

from dataclasses import dataclass

from agreements.intents import Slots
from dialogs.sections import SECTION_NAMED


@dataclass(frozen=True, slots=True)
class Request:
    """An intent (agreements/intents) with its slots. `typed`: the text as written, for the readers that parse it
    whole (a time and place, an indicator, a unit); None for a button, which carries its slots instead."""

    intent: str
    goal: int | None = None  # a goal's number; -1 for «det sidste mål»
    section: str | None = None  # the section's key (agreements.agreement.setup.SECTION_KEYS)
    unit: str | None = None  # a unit's name, as written
    when: str | None = None  # the words that say when, as written
    year: int | None = None
    agreement: int | None = None  # a button on one agreement's card: that agreement's id
    comment: str | None = None  # «send til godkendelse: …»: the comment for the giver
    typed: str | None = None


def request_of(intent: str, slots: Slots, typed: str | None) -> Request:
    """The recogniser's intent with the slots it read."""
    return Request(intent, goal=slots.goal, section=SECTION_NAMED.get(slots.section or ""), unit=slots.unit,
                   when=slots.when, year=slots.year, typed=typed)
