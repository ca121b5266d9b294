"""The status card's «Gem værdien» payload: `Action.Execute` verb `measurement.register`, inputs merged in.

Kept beside cards/payloads.py; to route it with the other card actions, add `RegisterMeasurementAction` to the
`Payload` union there (its verb is its discriminator), or call `parse_register_action` first.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from cards.payloads import InvalidPayloadError
from cards.status import REGISTER_VERB

Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class RegisterMeasurementAction(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    verb: Literal["measurement.register"]
    agreement: Annotated[int, Field(gt=0)]
    indicator: Short
    period: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
    value: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=30)]
    comment: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None


def is_register_action(data: Any) -> bool:
    return isinstance(data, dict) and data.get("verb") == REGISTER_VERB


def parse_register_action(data: Any) -> RegisterMeasurementAction:
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return RegisterMeasurementAction.model_validate(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None
