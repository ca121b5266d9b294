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


ActionPayload = Annotated[CommandAction, Field(discriminator="verb")]
_adapter: TypeAdapter[CommandAction] = TypeAdapter(ActionPayload)


class InvalidPayloadError(ValueError):
    pass


def parse_action(data: Any) -> CommandAction:
    """Parses a card action's data (Action.Execute or Action.Submit) into its payload model."""
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return _adapter.validate_python(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None


def command_data(text: str) -> dict[str, Any]:
    return CommandAction(verb="command", text=text).model_dump()
