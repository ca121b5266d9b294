"""The overview card's «Vis» payload: `Action.Execute` verb `overview.refresh`, the filter inputs merged in.

Teams sends inputs as strings: the year ChoiceSet "2027", the toggle "true"/"false", the area «Alle fagområder»
as `ALL_AREAS` (or "" when unset). Kept beside cards/payloads.py; route it by `is_overview_action` before
`cards.payloads.parse_action`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError

from cards.overview import ALL_AREAS, REFRESH_VERB
from cards.payloads import InvalidPayloadError


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _area(value: Any) -> Any:
    return None if isinstance(value, str) and value.strip() in ("", ALL_AREAS) else value


def _flag(value: Any) -> Any:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("", "false"):
            return False
        if lowered == "true":
            return True
    return value


class OverviewAction(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    verb: Literal["overview.refresh"]
    year: Annotated[Annotated[int, Field(ge=2000, le=2100)] | None, BeforeValidator(_blank_to_none)] = None
    area: Annotated[
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] | None,
        BeforeValidator(_area),
    ] = None
    behind_only: Annotated[bool, BeforeValidator(_flag)] = False


def is_overview_action(data: Any) -> bool:
    return isinstance(data, dict) and data.get("verb") == REFRESH_VERB


def parse_overview_action(data: Any) -> OverviewAction:
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return OverviewAction.model_validate(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None
