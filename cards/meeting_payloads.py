"""Typed payloads of the dialogue-meeting cards' buttons; to be merged into cards.payloads' union.

Inputs arrive merged into the action's data, keyed by input id; Teams sends an empty input as "". Text fields
accept "" (the service answers an empty text with a Danish message); ids, dates and times must parse.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from cards.payloads import InvalidPayloadError


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _id_list(value: Any) -> Any:
    """A multi-select Input.ChoiceSet sends "3,5"; an unset one sends ""."""
    if isinstance(value, str):
        return [part for part in (p.strip() for p in value.split(",")) if part]
    return value


Id = Annotated[int, Field(gt=0)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
PointText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
ClockText = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{1,2}[:.]\d{2}(:\d{2})?$")]
Clock = Annotated[ClockText | None, BeforeValidator(_blank_to_none)]
OptionalDate = Annotated[date | None, BeforeValidator(_blank_to_none)]
OptionalId = Annotated[Id | None, BeforeValidator(_blank_to_none)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class MeetingScheduleAction(_Payload):
    """«Planlæg møde» on the schedule card: Input.Date `date`, Input.Time `start`/`end`, `place`, `extras`."""

    verb: Literal["meeting.schedule"]
    agreement: Id
    date: OptionalDate = None
    start: Clock = None
    end: Clock = None
    place: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] = ""
    extras: Annotated[list[Id], BeforeValidator(_id_list)] = Field(default_factory=list)
    evaluation: Annotated[bool, BeforeValidator(lambda v: _blank_to_none(v) or False)] = False


class MeetingPointAction(_Payload):
    """«Tilføj punkt til dagsorden» on the agenda card (Input.Text `point_text`)."""

    verb: Literal["meeting.add_point"]
    meeting: Id
    point_text: PointText = ""


class MeetingNoteAction(_Payload):
    """«Gem note» / «Gem som beslutning» on the notes card (Input.Text `note`); `point` is the agenda point."""

    verb: Literal["meeting.add_note"]
    meeting: Id
    point: Annotated[PointText | None, BeforeValidator(_blank_to_none)] = None
    point_index: Annotated[int, Field(ge=0, le=500)] = 0
    kind: Literal["note", "decision"] = "note"
    note: Text = ""


class MeetingActionPointAction(_Payload):
    """«Tilføj handlingspunkt» on the notes card: `action_text`, `owner` (ChoiceSet of participants), `due`."""

    verb: Literal["meeting.add_action"]
    meeting: Id
    point_index: Annotated[int, Field(ge=0, le=500)] = 0
    action_text: Text = ""
    owner: OptionalId = None  # unset: the handler makes the acting person the owner
    due: OptionalDate = None


class MeetingViewAction(_Payload):
    """Navigation and ending: open the notes (at `point_index`), end the meeting, show the summary or agenda."""

    verb: Literal["meeting.notes", "meeting.end", "meeting.summary", "meeting.agenda"]
    meeting: Id
    point_index: Annotated[int, Field(ge=0, le=500)] = 0


class ActionPointCloseAction(_Payload):
    """«Luk» on «mine opgaver»."""

    verb: Literal["action.close"]
    action_point: Id


class ActionPointReopenAction(_Payload):
    """«Genåbn» on a closed action point in «mine opgaver»."""

    verb: Literal["action.reopen"]
    action_point: Id


class AssessmentField(_Payload):
    goal: Id
    assessment: Literal["met", "partly_met", "not_met"]
    comment: Text = ""


_GOAL_INPUT = re.compile(r"^goal_(\d+)$")


class EvaluationSaveAction(_Payload):
    """«Gem evaluering»: inputs `goal_{id}` (met / partly_met / not_met) and `comment_{id}` per goal.

    A goal left without a choice is not assessed (its comment is ignored)."""

    verb: Literal["evaluation.save"]
    meeting: Id
    assessments: list[AssessmentField] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _collect(cls, data: Any) -> Any:
        if not isinstance(data, dict) or "assessments" in data:
            return data
        found = []
        for key, value in data.items():
            match = _GOAL_INPUT.match(str(key))
            if match and isinstance(value, str) and value.strip():
                goal = match[1]
                found.append({"goal": goal, "assessment": value.strip(), "comment": data.get(f"comment_{goal}", "")})
        return {**data, "assessments": found}


class EvaluationCarryAction(_Payload):
    """«Overfør ikke opfyldte mål til {year}» on the evaluation card."""

    verb: Literal["evaluation.carry"]
    agreement: Id
    year: Annotated[int, Field(ge=2000, le=2100)]


MeetingPayload = (
    MeetingScheduleAction
    | MeetingPointAction
    | MeetingNoteAction
    | MeetingActionPointAction
    | MeetingViewAction
    | ActionPointCloseAction
    | ActionPointReopenAction
    | EvaluationSaveAction
    | EvaluationCarryAction
)
MEETING_VERBS = frozenset({
    "meeting.schedule", "meeting.add_point", "meeting.add_note", "meeting.add_action", "meeting.notes",
    "meeting.end", "meeting.summary", "meeting.agenda", "action.close", "action.reopen", "evaluation.save",
    "evaluation.carry",
})
_adapter: TypeAdapter[MeetingPayload] = TypeAdapter(Annotated[MeetingPayload, Field(discriminator="verb")])


def parse_meeting_action(data: Any) -> MeetingPayload:
    """Parses a meeting card action's data (Action.Execute data with inputs, or Action.Submit value)."""
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return _adapter.validate_python(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None
