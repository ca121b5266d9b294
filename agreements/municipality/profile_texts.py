"""The municipality's standard texts per agreement year, edited by a chefkonsulent from a card (issue 18).

The profile files (agreements/profile_data/KEY-YEAR.toml) are the package's defaults and read-only in a container. A
chefkonsulent (or the administrator) edits a year's texts in Teams: each section's standard text and the fælles
grundlag. They are stored per tenant, profile and year (`ProfileTexts`, table `profile_texts`) and take the file's
place for every agreement started for that year on (`year_profile`): its Generelt (the standard text and the fælles
grundlag), and its other sections where a standard text is given. Saving again replaces the year's texts.

Agreements already made keep their text: a section's text is copied into the agreement when it is made, and the
holder may have changed it, or the giver approved it, since. Only new agreements start from the new texts.

A year's texts are the newest edited year not after it, unless the profile file chosen for the year is newer (a new
file shipped for 2028 wins over the texts edited for 2027): the same rule as the files' own (`Profile.for_year`).

Typed: «standardtekster» (next year's), «standardtekster for 2028», «ret standardteksterne for 2027», «rediger
teksterne til næste år». Anyone else than a chefkonsulent or the administrator is refused (audited).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from agreements import policy
from agreements.ports import UnitOfWork
from agreements.profile_files import SECTION_KEYS
from agreements.profiles import Profile
from agreements.types import AuditEvent, Person, ProfileTexts

COMMON_GROUND = "common_ground"
MAX_SECTION_TEXT = 4000  # characters of one section's standard text
MAX_POINTS = 30  # points of the fælles grundlag
MAX_POINT = 1000  # characters of one point
# Characters of all the texts and points together, so that the card holding them stays under Teams' size limit
# (a message of about 80 KB, with every «æ» written as 6 bytes).
MAX_TOTAL = 12_000
YEARS_AHEAD = 3  # this year's texts up to those three years ahead

NOT_ALLOWED = "Det er chefkonsulenterne og administratoren, der retter kommunens standardtekster."
YEAR_OUT_OF_RANGE = "Standardteksterne kan rettes for {first}–{last}."
EMPTY_SECTION = "Afsnittet «{label}» må ikke være tomt. Skriv en tekst, eller lad den nuværende stå."
SECTION_TOO_LONG = "Afsnittet «{label}» er for langt: højst {max} tegn."
EMPTY_COMMON_GROUND = "Fælles grundlag skal have mindst ét punkt (ét punkt pr. linje)."
TOO_MANY_POINTS = "Fælles grundlag kan højst have {max} punkter."
POINT_TOO_LONG = "Punkt {number} i fælles grundlag er for langt: højst {max} tegn."
TOO_LONG_IN_ALL = "Teksterne er for lange tilsammen: højst {max} tegn i alt, så de kan vises på kortet i Teams."
COMMON_GROUND_LABEL = "Fælles grundlag"
SAVED = "Standardteksterne for {year} er gemt: {changed} er ændret. Nye aftaler for {year} starter med dem."
UNCHANGED = "Standardteksterne for {year} er uændrede."

_YEAR = r"(?P<year>20\d\d)"
_WHEN = (rf"(?:\s+(?:(?:for|til|i)\s+(?:(?:år(?:et)?\s+)?{_YEAR}|(?P<next>næste\s+år|det\s+kommende\s+år))"
         rf"|(?:for\s+)?(?P<this>i\s+år|dette\s+år)))?")
_LEAD = r"(?:(?:kan|må|skal)\s+(?:jeg|vi)\s+|jeg\s+vil\s+(?:gerne\s+)?|hvordan\s+)?"
_VERB = (rf"(?:{_LEAD}(?:ret|rette|retter|rediger|redigér|redigere|redigerer|ændr|ændre|ændrer|opdater|opdatér|"
         r"opdatere|se|vis)(?:\s+(?:jeg|vi))?\s+)")
_OWNER = r"(?:(?:de|kommunens|vores)\s+)?"
_STANDARD = re.compile(rf"{_VERB}?{_OWNER}standardtekst(?:en|er|erne)?{_WHEN}")
_TEXTS = re.compile(rf"{_VERB}{_OWNER}tekst(?:er|erne){_WHEN}")  # «tekster» alone needs a verb and a year


class ProfileTextsRefused(Exception):
    """`str(error)` is a Danish sentence for the user; nothing was changed."""


@dataclass(frozen=True, slots=True)
class TextsRequest:
    year: int | None  # None: next year, or this year
    this_year: bool = False  # «standardtekster for i år»


@dataclass(frozen=True, slots=True)
class SectionText:
    key: str
    label: str  # the profile's name for the section («Økonomi»)
    text: str


@dataclass(frozen=True, slots=True)
class TextsView:
    """A year's standard texts as the card shows them."""

    year: int
    municipality: str
    sections: tuple[SectionText, ...]
    common_ground: tuple[str, ...]
    edited_year: int | None  # the year of the municipality's own edits these are, if any (else the file's)


@dataclass(frozen=True, slots=True)
class Saved:
    view: TextsView
    message: str


def parse_request(text: str) -> TextsRequest | None:
    """«standardtekster», «ret standardteksterne for 2027», «rediger teksterne til næste år»; None for other text."""
    lowered = " ".join(text.strip().rstrip(".!?").lower().split())
    match = _STANDARD.fullmatch(lowered) or _TEXTS.fullmatch(lowered)
    if match is None or (match.re is _TEXTS and not (match["year"] or match["next"] or match["this"])):
        return None
    return TextsRequest(int(match["year"]) if match["year"] else None, this_year=match["this"] is not None)


def allowed_years(today: date) -> range:
    return range(today.year, today.year + YEARS_AHEAD + 1)


def with_texts(profile: Profile, texts: ProfileTexts) -> Profile:
    """The profile with the municipality's own section texts and fælles grundlag in place of the file's."""
    return dataclasses.replace(
        profile,
        standard_texts=tuple((key, texts.sections[key]) for key in SECTION_KEYS if texts.sections.get(key)),
        shared_leadership_focus=tuple(texts.common_ground) or profile.shared_leadership_focus,
        texts_year=texts.year,
    )


async def year_profile(uow: UnitOfWork, profile: Profile, tenant_id: str, year: int) -> Profile:
    """The profile an agreement of `year` starts from: the file of its year (`Profile.for_year`), with the tenant's
    own texts of the newest edited year not after `year` when that is not older than the file."""
    chosen = profile.for_year(year)
    edited = [t for t in await uow.profile_texts.for_profile(tenant_id, chosen.key)
              if chosen.year <= t.year <= year]
    return with_texts(chosen, max(edited, key=lambda t: t.year)) if edited else chosen


def split_points(text: str) -> list[str]:
    """The fælles grundlag as typed in the card: one point a line, bullets («- », «• », «* ») and blank lines
    dropped."""
    points = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        point = line.strip().lstrip("-•*–").strip()
        if point:
            points.append(point)
    return points


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))


class ProfileTextsService:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    @staticmethod
    def year_for(today: date, request: TextsRequest) -> int:
        """The year named, else this year if said so, else next year."""
        if request.year is not None:
            return request.year
        return today.year if request.this_year else today.year + 1

    async def show(self, uow: UnitOfWork, actor: Person, year: int, today: date) -> TextsView:
        await self._check(uow, actor, year, today, "show")
        return await self._view(uow, actor.tenant_id, year)

    async def save(self, uow: UnitOfWork, actor: Person, year: int, sections: Mapping[str, str],
                   common_ground: str, today: date) -> Saved:
        """Checks everything, then stores the year's texts (replacing any) and audits the change; the caller
        commits. A refusal (ProfileTextsRefused) is raised before anything is written."""
        await self._check(uow, actor, year, today, "save")
        current = await self._view(uow, actor.tenant_id, year)
        new_sections: dict[str, str] = {}
        for section in current.sections:
            text = _clean(sections.get(section.key, ""))
            if not text and section.text:
                raise ProfileTextsRefused(EMPTY_SECTION.format(label=section.label))
            if len(text) > MAX_SECTION_TEXT:
                raise ProfileTextsRefused(SECTION_TOO_LONG.format(label=section.label, max=MAX_SECTION_TEXT))
            if text:
                new_sections[section.key] = text
        points = split_points(common_ground)
        if not points:
            raise ProfileTextsRefused(EMPTY_COMMON_GROUND)
        if len(points) > MAX_POINTS:
            raise ProfileTextsRefused(TOO_MANY_POINTS.format(max=MAX_POINTS))
        for number, point in enumerate(points, start=1):
            if len(point) > MAX_POINT:
                raise ProfileTextsRefused(POINT_TOO_LONG.format(number=number, max=MAX_POINT))
        if sum(map(len, [*new_sections.values(), *points])) > MAX_TOTAL:
            raise ProfileTextsRefused(TOO_LONG_IN_ALL.format(max=f"{MAX_TOTAL:,}".replace(",", ".")))

        before = {s.key: s.text for s in current.sections}
        changed = [s for s in current.sections if new_sections.get(s.key, "") != s.text]
        labels = [s.label for s in changed]
        if points != list(current.common_ground):
            labels.append(COMMON_GROUND_LABEL)
        if not labels:
            return Saved(current, UNCHANGED.format(year=year))
        profile = self._profile.for_year(year)
        await uow.profile_texts.save(ProfileTexts(tenant_id=actor.tenant_id, profile_key=profile.key, year=year,
                                                  sections=new_sections, common_ground=points))
        detail: dict[str, Any] = {
            "year": year, "profile": profile.key,
            "changed": [s.key for s in changed] + ([COMMON_GROUND] if COMMON_GROUND_LABEL in labels else []),
            "before": {s.key: before[s.key] for s in changed}, "after": {s.key: new_sections.get(s.key, "")
                                                                         for s in changed},
        }
        if COMMON_GROUND_LABEL in labels:
            detail["before"][COMMON_GROUND] = list(current.common_ground)
            detail["after"][COMMON_GROUND] = points
        await self._audit(uow, actor, year, "profile.texts_changed", detail)
        return Saved(await self._view(uow, actor.tenant_id, year),
                     SAVED.format(year=year, changed=_listed(labels)))

    async def _view(self, uow: UnitOfWork, tenant_id: str, year: int) -> TextsView:
        profile = await year_profile(uow, self._profile, tenant_id, year)
        labels = dict(profile.sections)
        return TextsView(
            year=year, municipality=profile.municipality,
            sections=tuple(SectionText(key, labels.get(key, key), profile.standard_text(key)) for key in SECTION_KEYS),
            common_ground=profile.shared_leadership_focus, edited_year=profile.texts_year or None,
        )

    async def _check(self, uow: UnitOfWork, actor: Person, year: int, today: date, action: str) -> None:
        if not policy.may_edit_profile_texts(actor):
            await uow.rollback()
            await self._audit(uow, actor, year, "profile.texts_refused", {"action": action, "year": year})
            await uow.commit()
            raise ProfileTextsRefused(NOT_ALLOWED)
        years = allowed_years(today)
        if year not in years:
            raise ProfileTextsRefused(YEAR_OUT_OF_RANGE.format(first=years[0], last=years[-1]))

    async def _audit(self, uow: UnitOfWork, actor: Person, year: int, action: str, detail: dict[str, Any]) -> None:
        await uow.audit.add(AuditEvent(tenant_id=actor.tenant_id, action=action, actor_id=actor.id,
                                       subject=f"profile:{self._profile.key}:{year}", detail=detail))


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]
