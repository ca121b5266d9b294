"""What the edge puts on each turn for the conversations: the person and the turn's unit of work."""

from __future__ import annotations

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ActivityTypes

from agreements.ports import UnitOfWork
from agreements.types import Person

PERSON_KEY = "aftalebot.person"
UOW_KEY = "aftalebot.uow"


def turn_person(context: TurnContext) -> Person:
    person = context.turn_state.get(PERSON_KEY)
    if not isinstance(person, Person):
        raise LookupError("no person recorded for this turn")
    return person


def turn_uow(context: TurnContext) -> UnitOfWork:
    uow = context.turn_state.get(UOW_KEY)
    if uow is None:
        raise LookupError("no unit of work for this turn")
    return uow  # type: ignore[no-any-return]

# A dialog that changes the card an Action.Execute came from leaves the new card here for the invoke response.
CARD_UPDATE_KEY = "aftalebot.card_update"

# A conversation that leaves a message to the edge (a question about something else, or a message while paused)
# puts the typed text here; the edge answers it as if no conversation were going on, then lets the conversation
# ask its question again.
DETOUR_KEY = "aftalebot.detour"

# A conversation that ends because the typed text asks for something else («ny aftale» when asked which agreement
# a goal goes into) sets this: the edge then handles the text as if no conversation had been going on.
HAND_ON_KEY = "aftalebot.hand_on"


async def show_typing(context: TurnContext) -> None:
    """Teams' typing indicator, before work that may take a moment (a directory search, an analysis, an export)."""
    await context.send_activity(Activity(type=ActivityTypes.typing))

# A button that starts another conversation, pressed while one goes on (not paused): the edge puts the request here
# (its slots, as a dict) and lets the conversation ask whether to drop what it holds and start that one.
SWITCH_OFFER_KEY = "aftalebot.switch_offer"
# Set with SWITCH_OFFER_KEY when the request was typed («ny aftale», which a first question may itself suggest): a
# conversation with nothing answered yet is dropped at once, unasked. A button always asks.
SWITCH_TYPED_KEY = "aftalebot.switch_typed"
# The conversation's answer: dropped, so the edge starts the request (the dict of SWITCH_OFFER_KEY) now.
SWITCH_KEY = "aftalebot.switch"
