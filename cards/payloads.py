"""Typed action payloads: what a card button sends back. Parsed on the way in, never trusted blindly."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    field_validator,
)


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


FreeText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


class AgreementAction(_Payload):
    """The agreement and approval cards' buttons. Inputs (`comment`, `reason`) arrive merged into the data."""

    verb: Literal[
        "agreement.submit", "agreement.approve", "agreement.request_changes", "agreement.refresh", "agreement.export"
    ]
    agreement: Annotated[int, Field(gt=0)]
    version: Annotated[int, Field(gt=0)] | None = None
    comment: FreeText | None = None
    reason: FreeText | None = None
    # R10, the question before sending: the quick answer and the day chosen (Input.Date, «YYYY-MM-DD»).
    involvement: Literal["involved", "not_relevant", "not_yet"] | None = None
    involved_on: date | None = None

    @field_validator("involved_on", mode="before")
    @classmethod
    def _empty_day(cls, value: Any) -> Any:
        return None if value == "" else value


Payload = CommandAction | GoalDraftAction | AgreementAction
ActionPayload = Annotated[Payload, Field(discriminator="verb")]
_adapter: TypeAdapter[Payload] = TypeAdapter(ActionPayload)


class InvalidPayloadError(ValueError):
    pass


def parse_action(data: Any) -> Payload:
    """Parses a card action's data (Action.Execute or Action.Submit) into its payload model."""
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return _adapter.validate_python(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None


def command_data(text: str) -> dict[str, Any]:
    return CommandAction(verb="command", text=text).model_dump()
