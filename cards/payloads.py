"""Typed action payloads: what a card button sends back. Parsed on the way in, never trusted blindly."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class CommandAction(_Payload):
    """A button that does what typing its text would do."""

    verb: Literal["command"]
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


GoalField = Literal[
    "statement", "output", "effect", "indicator", "data_source", "baseline", "target", "deadline", "followup",
    "milestone", "leading_indicator",
]


class GoalDraftAction(_Payload):
    """Gem / Ret / Kassér on the goal summary card; `draft` ties the card to one coaching conversation."""

    verb: Literal["goal.save", "goal.edit", "goal.discard"]
    draft: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8,32}$")]
    field: GoalField | None = None


ActionPayload = Annotated[CommandAction | GoalDraftAction, Field(discriminator="verb")]
_adapter: TypeAdapter[CommandAction | GoalDraftAction] = TypeAdapter(ActionPayload)


class InvalidPayloadError(ValueError):
    pass


def parse_action(data: Any) -> CommandAction | GoalDraftAction:
    """Parses a card action's data (Action.Execute or Action.Submit) into its payload model."""
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return _adapter.validate_python(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None


def command_data(text: str) -> dict[str, Any]:
    return CommandAction(verb="command", text=text).model_dump()
