"""Every card action's payload, one pydantic union discriminated on `verb`: what any button of any card sends back
(Action.Submit or Action.Execute, inputs merged in). Parsed once on the way in; the payload's type is its route
key (bot/teams/handler.py), and a payload that does not parse changes nothing and gets a clear Danish message."""

from __future__ import annotations

import typing
from typing import Annotated, Any

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from cards.meeting_payloads import (
    ActionPointCloseAction,
    ActionPointReopenAction,
    EvaluationCarryAction,
    EvaluationSaveAction,
    MeetingActionPointAction,
    MeetingNoteAction,
    MeetingPointAction,
    MeetingScheduleAction,
    MeetingViewAction,
)
from cards.organisation_payloads import OrganisationAssignAction, OrganisationRoleAction
from cards.overview_payloads import OverviewAction
from cards.payloads import AgreementAction, AskAction, CommandAction, GoalDraftAction, InvalidPayloadError
from cards.profile_payloads import ProfileTextsAction
from cards.status_payloads import RegisterMeasurementAction

CardAction = (
    CommandAction
    | AskAction
    | GoalDraftAction
    | AgreementAction
    | RegisterMeasurementAction
    | OverviewAction
    | MeetingScheduleAction
    | MeetingPointAction
    | MeetingNoteAction
    | MeetingActionPointAction
    | MeetingViewAction
    | ActionPointCloseAction
    | ActionPointReopenAction
    | EvaluationSaveAction
    | EvaluationCarryAction
    | OrganisationRoleAction
    | OrganisationAssignAction
    | ProfileTextsAction
)
PAYLOAD_TYPES: tuple[type[BaseModel], ...] = typing.get_args(CardAction)
_adapter: TypeAdapter[CardAction] = TypeAdapter(Annotated[CardAction, Field(discriminator="verb")])


def verbs_of(payload_type: type[BaseModel]) -> tuple[str, ...]:
    """The verbs one payload type answers to (its `verb` Literal)."""
    return typing.get_args(payload_type.model_fields["verb"].annotation)


def parse_card_action(data: Any) -> CardAction:
    """The payload of a card action's data; InvalidPayloadError when it is not one of the union's."""
    if not isinstance(data, dict):
        raise InvalidPayloadError("action data is not an object")
    try:
        return _adapter.validate_python(data)
    except ValidationError as error:
        raise InvalidPayloadError(str(error)) from None
