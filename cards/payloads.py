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


# What a button asks for, by the name of the intent (agreements/intents) a person would type it with.
Ask = Literal[
    "show_agreement", "new_goal", "edit_goal", "delete_goal", "new_agreement", "edit_section", "submit", "history",
    "status", "register_measurement", "export", "plan_meeting", "move_meeting", "next_meeting", "meeting_notes",
    "end_meeting", "meeting_summary", "my_tasks", "plan_evaluation", "evaluation", "overview", "who_is_behind",
    "pending_approvals", "help", "ask_deadline", "ask_who_giver", "ask_process", "ask_measurable", "ask_goal_count",
]
Section = Literal["generelt", "fokusområder", "økonomi", "dialog", "evaluering"]


class AskAction(_Payload):
    """A button that asks for one thing the bot does, named by its intent and slots, not by a Danish phrase: it is
    answered as if the person had asked for it in their own words."""

    verb: Literal["ask"]
    intent: Ask
    section: Section | None = None  # edit_section: which part of the agreement
    unit: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None = None
    year: Annotated[int, Field(ge=2000, le=2100)] | None = None  # who_is_behind: the year's deadlines
    agreement: Annotated[int, Field(gt=0)] | None = None  # new_goal on one agreement's card: that agreement


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


Payload = CommandAction | AskAction | GoalDraftAction | AgreementAction
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


def ask_data(intent: Ask, *, section: Section | None = None, unit: str | None = None,
             year: int | None = None, agreement: int | None = None) -> dict[str, Any]:
    """A button's data for `intent` (only the slots given)."""
    return AskAction(verb="ask", intent=intent, section=section, unit=unit, year=year,
                     agreement=agreement).model_dump(exclude_none=True)


def command_data(text: str) -> dict[str, Any]:
    return CommandAction(verb="command", text=text).model_dump()
