"""The organisation card's buttons (cards/organisation.py), `Action.Execute` with the card's inputs merged in:
«Gem rolle» per person (verb `organisation.role`, input `role_{person}`) and «Gem» per unit (verb
`organisation.assign`, inputs `holder_{unit}` and `giver_{unit}`). Every input id names its row, so one card holds
them all; the payload reads only its own row's inputs."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

ROLE_VERB = "organisation.role"
ASSIGN_VERB = "organisation.assign"

Id = Annotated[int, Field(gt=0)]


def role_input(person_id: int) -> str:
    return f"role_{person_id}"


def holder_input(unit_id: int) -> str:
    return f"holder_{unit_id}"


def giver_input(unit_id: int) -> str:
    return f"giver_{unit_id}"


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class OrganisationRoleAction(_Payload):
    verb: Literal["organisation.role"]
    person: Id
    role: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]

    @model_validator(mode="before")
    @classmethod
    def _collect(cls, data: Any) -> Any:
        if isinstance(data, dict) and "role" not in data and isinstance(data.get("person"), int | str):
            return {**data, "role": data.get(role_input(_int(data["person"])))}
        return data


class OrganisationAssignAction(_Payload):
    verb: Literal["organisation.assign"]
    unit: Id
    holder: Id
    giver: Id

    @model_validator(mode="before")
    @classmethod
    def _collect(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("unit"), int | str):
            unit = _int(data["unit"])
            return {"holder": data.get(holder_input(unit)), "giver": data.get(giver_input(unit)), **data}
        return data


def _int(value: int | str) -> int:
    try:
        return int(value)
    except ValueError:
        return 0
