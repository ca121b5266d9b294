"""Municipality profiles as data: one TOML file per municipality and year, validated with Danish errors (issue 18).

The files ship inside the package (agreements/profile_data/KEY-YEAR.toml); `aftalebot profile new-year` copies one
forward. A file names its focus rule («fastlagte»: the municipality's fixed focus areas with Tønder's 3–5 goals and
at least one tværgående; «enhedens_egne»: each unit names its own, no goal count), the agreement's sections and
their standard texts, the fælles grundlag, the frame (koncernstrategier), the economy principles and budget
follow-ups, and optionally the årshjul's deadlines, closing days, reminders and retention.

A file with an error is refused with a Danish message naming the field («focus.own_goals_min skal være et heltal»).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agreements.cycle.workdays import DEFAULT_CLOSING_DAYS, closing_days_of
from agreements.profiles import (
    DEFAULT_ANNUAL_CYCLE,
    Profile,
    UnknownProfileError,
    YearlyDeadline,
    budget_followups,
)
from agreements.types import AgreementLevel, Frequency

PACKAGE = "agreements.profile_data"
SECTION_KEYS = ("general", "focus_text", "economy", "dialogue", "evaluation")
FILE_NAME = re.compile(r"^(?P<key>[a-z0-9_]+)-(?P<year>\d{4})\.toml$")


class ProfileError(ValueError):
    """A profile file that cannot be used; `str(error)` is Danish and names the file and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FocusRule(_Strict):
    rule: Literal["fastlagte", "enhedens_egne"]
    areas: list[str] = Field(default_factory=list)
    own_goals_min: int | None = Field(None, ge=0)
    own_goals_max: int | None = Field(None, ge=0)
    cross_cutting_min: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _fits_rule(self) -> FocusRule:
        if self.rule == "fastlagte":
            if not self.areas:
                raise ValueError("areas: de fastlagte fokusområder mangler")
            for name in ("own_goals_min", "own_goals_max", "cross_cutting_min"):
                if getattr(self, name) is None:
                    raise ValueError(f"{name}: mangler for reglen «fastlagte»")
            assert self.own_goals_min is not None and self.own_goals_max is not None
            if self.own_goals_min > self.own_goals_max:
                raise ValueError("own_goals_min: må ikke være større end own_goals_max")
        elif self.areas or self.own_goals_min is not None or self.own_goals_max is not None:
            raise ValueError("rule: «enhedens_egne» har hverken fastlagte fokusområder eller et antal mål")
        return self


class Deadline(_Strict):
    key: str = Field(min_length=1)
    label: str = Field(min_length=1)
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    year_offset: int = Field(0, ge=-1, le=1)


class Economy(_Strict):
    budget_followups_per_year: int = Field(4, ge=0, le=12)
    budget_followups: list[tuple[int, int]] = Field(default_factory=list)
    principles: list[str] = Field(default_factory=list)


class ProfileFile(_Strict):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    municipality: str = Field(min_length=1)
    year: int = Field(ge=2000, le=2100)
    levels: list[AgreementLevel] = Field(min_length=1)
    frame: list[str] = Field(default_factory=list)
    common_ground: list[str] = Field(min_length=1)
    focus: FocusRule
    sections: dict[str, str]
    standard_texts: dict[str, str] = Field(default_factory=dict)
    economy: Economy = Field(default_factory=Economy)
    deadlines: list[Deadline] | None = None
    closing_days: list[tuple[int, int]] | None = None
    default_frequency: Frequency = Frequency.MONTHLY
    monthly_status_working_day: int = Field(5, ge=1, le=20)
    reminder_working_days_before: list[int] = Field(default_factory=lambda: [5, 1])
    deadline_reminder_working_days_before: list[int] = Field(default_factory=lambda: [14, 3])
    note_retention_years: int = Field(5, ge=1, le=50)

    @model_validator(mode="after")
    def _sections(self) -> ProfileFile:
        if list(self.sections) != list(SECTION_KEYS):
            raise ValueError(f"sections: skal være {', '.join(SECTION_KEYS)} i den rækkefølge")
        unknown = set(self.standard_texts) - set(SECTION_KEYS)
        if unknown:
            raise ValueError(f"standard_texts: ukendt afsnit {', '.join(sorted(unknown))}")
        return self

    def to_profile(self) -> Profile:
        focus = self.focus
        cycle = (tuple(YearlyDeadline(d.month, d.day, d.key, d.label, d.year_offset) for d in self.deadlines)
                 if self.deadlines is not None else DEFAULT_ANNUAL_CYCLE)
        fixed = focus.rule == "fastlagte"
        return Profile(
            key=self.key, municipality=self.municipality, year=self.year,
            focus_areas=tuple(focus.areas), levels=tuple(self.levels),
            sections=tuple(self.sections.items()), shared_leadership_focus=tuple(self.common_ground),
            own_goals_min=focus.own_goals_min or 0, own_goals_max=focus.own_goals_max or 0,
            cross_cutting_min=focus.cross_cutting_min or 0, goal_count_rule=fixed, focus_chosen_by_unit=not fixed,
            default_frequency=self.default_frequency,
            budget_followups_per_year=self.economy.budget_followups_per_year,
            reminder_working_days_before=tuple(self.reminder_working_days_before),
            monthly_status_working_day=self.monthly_status_working_day,
            note_retention_years=self.note_retention_years,
            annual_cycle=cycle + budget_followups(tuple(self.economy.budget_followups)),
            closing_days=closing_days_of(self.closing_days) if self.closing_days is not None
            else DEFAULT_CLOSING_DAYS,
            deadline_reminder_working_days_before=tuple(self.deadline_reminder_working_days_before),
            frame=tuple(self.frame), standard_texts=tuple(self.standard_texts.items()),
            economy_principles=tuple(self.economy.principles),
        )


# ---------------------------------------------------------------- Danish errors

_MESSAGES = {
    "missing": "mangler",
    "extra_forbidden": "kendes ikke (stavefejl?)",
    "int_parsing": "skal være et heltal",
    "int_type": "skal være et heltal",
    "int_from_float": "skal være et heltal",
    "string_type": "skal være en tekst",
    "list_type": "skal være en liste",
    "dict_type": "skal være en tabel",
    "model_type": "skal være en tabel",
    "bool_type": "skal være true eller false",
    "literal_error": "skal være en af: {expected}",
    "enum": "skal være en af: {expected}",
    "greater_than_equal": "skal være mindst {ge}",
    "less_than_equal": "må højst være {le}",
    "too_short": "må ikke være tom",
    "string_too_short": "må ikke være tom",
    "string_pattern_mismatch": "må kun have små bogstaver, tal og _",
    "tuple_type": "skal være et par [måned, dag]",
    "too_long": "har for mange elementer",
}


def danish_errors(error: ValidationError) -> list[str]:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        if item["type"] == "value_error":
            message = str(item.get("ctx", {}).get("error", item["msg"]))
            field, _, text = message.partition(": ")
            lines.append(f"feltet «{'.'.join(p for p in (where, field) if p)}» {text}" if text else message)
            continue
        template = _MESSAGES.get(item["type"])
        context: dict[str, Any] = dict(item.get("ctx") or {})
        if isinstance(context.get("expected"), str):  # pydantic joins the choices with an English «or»
            context["expected"] = context["expected"].replace(" or ", " eller ")
        message = template.format(**context) if template else f"er ugyldigt ({item['msg']})"
        lines.append(f"feltet «{where}» {message}")
    return lines


def parse_profile(text: str, source: str = "profilen") -> Profile:
    """The profile in TOML `text`; raises ProfileError naming `source` and the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{source} kan ikke læses som TOML: {error}.") from error
    try:
        model = ProfileFile.model_validate(data)
    except ValidationError as error:
        lines = danish_errors(error)
        raise ProfileError(f"{source} kan ikke bruges: " + "; ".join(lines) + ".") from error
    try:
        return model.to_profile()
    except ValueError as error:  # a closing day no year has (30 February)
        raise ProfileError(f"{source} kan ikke bruges: feltet «closing_days» har en dag, der ikke findes.") from error


# ---------------------------------------------------------------- the shipped files


def shipped_files() -> dict[tuple[str, int], str]:
    """(key, year) → file name, for every profile file in the profile directory."""
    found: dict[tuple[str, int], str] = {}
    for entry in profile_directory().iterdir():
        match = FILE_NAME.match(entry.name)
        if match:
            found[(match["key"], int(match["year"]))] = entry.name
    return found


def profile_directory() -> Path:
    return Path(str(resources.files(PACKAGE)))


def year_for(years: list[int], year: int | None) -> int:
    """The file's year for an agreement's `year`: the newest not after it (none: the oldest); no year: the newest."""
    years = sorted(years)
    return years[-1] if year is None else max((y for y in years if y <= year), default=years[0])


@lru_cache(maxsize=32)
def load_profile(key: str, year: int | None = None) -> Profile:
    """The profile for an agreement's `year` (the file of the newest year not after it), or the newest."""
    key = key.strip().lower()
    files = shipped_files()
    years = [y for k, y in files if k == key]
    if not years:
        known = ", ".join(sorted({k for k, _ in files}))
        raise UnknownProfileError(f"unknown municipality profile {key!r}; known profiles: {known}")
    chosen = year_for(years, year)
    name = files[(key, chosen)]
    profile = parse_profile((profile_directory() / name).read_text(encoding="utf-8"), name)
    if profile.key != key or profile.year != chosen:
        raise ProfileError(f"{name} kan ikke bruges: feltet «key» eller «year» passer ikke med filnavnet.")
    return profile


def profile_for_year(profile: Profile, year: int) -> Profile:
    """The same municipality's profile for an agreement's year; `profile` itself when that is its file (or when it
    comes from no shipped file, as a test's own profile)."""
    years = [y for k, y in shipped_files() if k == profile.key]
    if not years or year_for(years, year) == profile.year:
        return profile
    return load_profile(profile.key, year_for(years, year))


def new_year_text(text: str, from_year: int, to_year: int) -> tuple[str, list[str]]:
    """The file copied to `to_year`: its `year` changed; the lines that still name `from_year` (to review)."""
    changed, count = re.subn(rf"(?m)^year\s*=\s*{from_year}\s*$", f"year = {to_year}", text)
    if count != 1:
        raise ProfileError(f"Profilen for {from_year} har ikke én linje «year = {from_year}».")
    review = [line.strip()[:100] for line in changed.splitlines() if str(from_year) in line]
    return changed, review
