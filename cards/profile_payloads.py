"""The standard texts card's button (cards/profile_texts.py): «Gem standardteksterne», `Action.Execute` with the
card's inputs merged in: verb `profile.texts`, the year, one multi-line input per section (`text_general`,
`text_focus_text`, `text_economy`, `text_dialogue`, `text_evaluation`) and the fælles grundlag (`common_ground`, one
point a line). The lengths are bounded here; the use case (agreements.municipality.profile_texts) refuses an empty
or over-long text in Danish, naming the section."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

TEXTS_VERB = "profile.texts"
SECTION_INPUTS = ("general", "focus_text", "economy", "dialogue", "evaluation")
COMMON_GROUND_INPUT = "common_ground"
MAX_INPUT = 20_000  # a section's input: more than any text the use case keeps (it refuses over 4,000 in Danish)
MAX_COMMON_GROUND_INPUT = 40_000

Text = Annotated[str, StringConstraints(max_length=MAX_INPUT)]


def section_input(key: str) -> str:
    return f"text_{key}"


class ProfileTextsAction(BaseModel):
    """`year`: the agreement year the texts are for. A section missing from the inputs counts as empty (the use case
    then refuses it if the section has a text), so a forged payload cannot blank a text unseen."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    verb: Literal["profile.texts"]
    year: Annotated[int, Field(ge=2000, le=2100)]
    general: Text = ""
    focus_text: Text = ""
    economy: Text = ""
    dialogue: Text = ""
    evaluation: Text = ""
    common_ground: Annotated[str, StringConstraints(max_length=MAX_COMMON_GROUND_INPUT)] = ""

    @model_validator(mode="before")
    @classmethod
    def _collect(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        inputs = {key: data[section_input(key)] for key in SECTION_INPUTS if section_input(key) in data}
        return {key: value for key, value in data.items() if key not in SECTION_INPUTS} | inputs

    def sections(self) -> dict[str, str]:
        return {key: str(getattr(self, key)) for key in SECTION_INPUTS}
