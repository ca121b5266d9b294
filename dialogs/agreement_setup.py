"""«ny aftale»: unit, year, level (R1), aftalegiver, then the five sections (R9), one short question at a time."""

from __future__ import annotations

from typing import Any

from botbuilder.core import TurnContext

from agreements.agreement.setup import (
    SECTION_KEYS,
    SETUP_REFUSAL_TEXTS,
    AgreementDraft,
    AgreementSetupService,
    DirectoryPerson,
    DirectoryUnavailable,
    GiverChoice,
    SetupRefusal,
    SetupRefused,
    UnitChoice,
    allowed_years,
    parse_level,
    parse_year,
)
from agreements.clock import Clock, local_today
from agreements.types import AgreementLevel, Person
from agreements.use_cases import in_transaction
from cards.escape import fill
from cards.escape import plain as inert
from dialogs import texts
from dialogs.base import GuidedDialog, Question, is_command, looks_like_a_name
from dialogs.goal import numbered
from dialogs.sections import (
    COMMAND_FOR,
    pick,
    plain,
    section_label,
    section_question,
    usable_text,
)
from dialogs.turn import show_typing, turn_person, turn_uow

MAX_LISTED_GIVERS = 10
MAX_UNIT_NAME = 200


class AgreementSetupDialog(GuidedDialog):
    cancelled_text = texts.SETUP_CANCELLED
    resume_text = texts.SETUP_RESUME

    def __init__(self, setup: AgreementSetupService, clock: Clock) -> None:
        super().__init__(AgreementSetupDialog.__name__, clock)
        self._setup = setup

    def _this_year(self) -> int:
        return local_today(self._clock()).year

    async def first_question(
        self, context: TurnContext, data: dict[str, Any], options: object
    ) -> Question | None:
        units = await self._setup.units(turn_uow(context), turn_person(context))
        data["new_units"] = await self._setup.may_name_new_unit(turn_uow(context), turn_person(context))
        if not units and not data["new_units"]:  # the organisation links the person to no unit
            await context.send_activity(texts.NO_UNIT_IN_ORGANISATION)
            return None
        data["units"] = [{"id": u.id, "name": u.name} for u in units]
        data["sections"] = {}
        await context.send_activity(texts.SETUP_INTRO)
        return self._unit_question(data)

    async def answer(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        key = question.key
        if key == "unit":
            return await self._on_unit(context, data, question, text)
        if key == "area":
            if not text.strip():
                return self._reask(question)
            if is_command(text):
                await context.send_activity(texts.FINISH_THIS_FIRST)
                return question
            if not looks_like_a_name(text):
                return Question(question.key, texts.NAME_NOT_A_QUESTION, question.help)
            data["unit"]["area"] = text.strip()[:MAX_UNIT_NAME]
            return self._year_question()
        if key == "year":
            year = parse_year(text, self._this_year(), self._setup.suggested_year(local_today(self._clock())))
            if year is None:
                return self._reask(question)
            taken = await self._taken(context, data, year)
            if taken is not None:  # refused now, not after the level: the year asked again
                return Question(question.key, taken, question.help, question.plain)
            data["year"] = year
            return Question("level", texts.ASK_LEVEL, texts.ASK_LEVEL_HELP)
        if key == "level":
            return await self._on_level(context, data, question, text)
        if key in ("giver", "giver_match"):
            return await self._on_giver(context, data, question, text)
        answer = plain(text)
        if key in ("general", "general_own", *SECTION_KEYS) and not usable_text(text) and not (
            answer in texts.SKIP_WORDS or (key == "general" and answer in texts.YES_WORDS | texts.NO_WORDS)
        ):  # «ja» to a question with nothing to accept: say how to skip it, too
            return Question(question.key, f"{texts.NOT_UNDERSTOOD_CHOICE} {question.help} {texts.SECTION_OR_SKIP}",
                            question.help)
        if key in ("general", "general_own"):
            return await self._on_general(context, data, key, text)
        if key in SECTION_KEYS:
            data["sections"][key] = "" if plain(text) in texts.SKIP_WORDS else text.strip()
            return await self._next_section(context, data, key)
        raise ValueError(f"unknown question {key!r}")

    # --- unit, year, level -------------------------------------------------------------------------

    def _unit_question(self, data: dict[str, Any]) -> Question:
        names = [str(u["name"]) for u in data["units"]]
        if not data.get("new_units", True):  # the organisation's units only
            return Question("unit", texts.ASK_ORGANISATION_UNIT.format(units=numbered([inert(n) for n in names])),
                            texts.ASK_ORGANISATION_UNIT_HELP)
        prompt = texts.ASK_UNIT.format(units=numbered([inert(n) for n in names])) if names else texts.ASK_UNIT_FIRST
        return Question("unit", prompt, texts.ASK_UNIT_HELP)

    async def _on_unit(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        units: list[dict[str, Any]] = data["units"]
        index = pick(text, len(units))
        if index is None:
            index = next((i for i, u in enumerate(units) if plain(str(u["name"])) == plain(text)), None)
        if index is not None:
            data["unit"] = {"id": units[index]["id"], "name": units[index]["name"], "area": ""}
            return self._year_question()
        name = " ".join(text.split())
        if is_command(name):  # «planlæg dialogmøde den 20. januar kl 10» is no unit
            await context.send_activity(texts.FINISH_THIS_FIRST)
            return question
        if not looks_like_a_name(name):
            return Question(question.key, texts.NAME_NOT_A_QUESTION, question.help)
        if not 2 <= len(name) <= MAX_UNIT_NAME or name.isdigit():
            return Question(question.key, texts.UNIT_NAME_INVALID, question.help)
        existing, refusal = await self._setup.unit_refusal(turn_uow(context), turn_person(context),
                                                           UnitChoice(name=name))
        if refusal is not None and existing is not None:
            await context.send_activity(fill(texts.NOT_FOR_UNIT, unit=existing.name))
            return None
        if refusal is SetupRefusal.NOT_IN_ORGANISATION:  # the units come from the organisation file
            await context.send_activity(SETUP_REFUSAL_TEXTS[refusal])
            return None
        if existing is not None:  # the unit exists: its name as stored, no new area
            data["unit"] = {"id": existing.id, "name": existing.name, "area": ""}
            return self._year_question()
        data["unit"] = {"id": None, "name": name, "area": ""}
        return Question("area", fill(texts.ASK_AREA, name=name), texts.ASK_AREA_HELP)

    def _year_question(self) -> Question:
        year = self._this_year()
        years = allowed_years(year)
        suggested = self._setup.suggested_year(local_today(self._clock()))
        if suggested != year:
            return Question("year", texts.ASK_YEAR_DRAFTING.format(year=suggested, this=year),
                            texts.ASK_YEAR_HELP.format(first=years[0], last=years[-1]))
        return Question("year", texts.ASK_YEAR.format(year=year, next=year + 1),
                        texts.ASK_YEAR_HELP.format(first=years[0], last=years[-1]))

    async def _taken(self, context: TurnContext, data: dict[str, Any], year: int) -> str | None:
        """Why the unit gets no new agreement for `year` (the person has one, or every level is taken); None when
        it may."""
        unit = data["unit"]
        if unit["id"] is None:
            return None
        person = turn_person(context)
        taken = await self._setup.taken_levels(turn_uow(context), person, int(unit["id"]), year)
        if not self._setup.year_taken(person, taken):
            return None
        years = allowed_years(self._this_year())
        free = [y for y in years if y > year] or [y for y in years if y != year]
        return fill(texts.YEAR_TAKEN, unit=unit["name"], year=year, other=free[0] if free else year + 1)

    async def _on_level(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        level = parse_level(text, self._setup.profile.levels)
        if level is None:
            return self._reask(question)
        data["level"] = level.value
        uow, person = turn_uow(context), turn_person(context)
        unit = data["unit"]
        if unit["id"] is not None:
            _, refusal = await self._setup.unit_refusal(
                uow, person, UnitChoice(name=unit["name"], unit_id=int(unit["id"])), int(data["year"]))
            if refusal is not None:
                await context.send_activity(fill(texts.NOT_FOR_UNIT, unit=unit["name"]))
                return None
            existing = await self._setup.existing(uow, person, int(unit["id"]), int(data["year"]), level)
            if existing is not None:  # the other level is still free (the year question refused a full year)
                taken = fill(texts.LEVEL_TAKEN, unit=unit["name"], year=data["year"],
                             level=texts.LEVEL_NAMES[level.value])
                return Question(question.key, taken, question.help, question.plain)
            giver = await self._setup.organisation_giver(uow, person, int(unit["id"]))
            if giver is not None:  # the organisation says who approves: not asked
                data["givers"] = [self._known(giver)]
                return await self._chosen(context, data, self._known(giver), texts.GIVER_FROM_ORGANISATION)
        known = await self._setup.known_givers(uow, person, level)
        data["givers"] = [self._known(p) for p in known[:MAX_LISTED_GIVERS]]
        if not known and not self._setup.has_directory:
            await context.send_activity(texts.NO_KNOWN_GIVER)
            return None
        return self._giver_question(data)

    # --- the giver ---------------------------------------------------------------------------------

    def _giver_question(self, data: dict[str, Any], prompt: str | None = None) -> Question:
        givers: list[dict[str, Any]] = data["givers"]
        if prompt is None:
            if not givers:
                prompt = texts.ASK_GIVER_SEARCH_ONLY
            else:
                search = texts.ASK_GIVER_OR_SEARCH if self._setup.has_directory else texts.ASK_GIVER_OR_NAME
                prompt = texts.ASK_GIVER.format(search=search, people=numbered([inert(g["label"]) for g in givers]))
        return Question("giver", prompt, texts.ASK_GIVER_HELP)

    async def _on_giver(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        listed: list[dict[str, Any]] = data["matches"] if question.key == "giver_match" else data["givers"]
        index = pick(text, len(listed))
        if index is not None:
            return await self._chosen(context, data, listed[index])
        query = " ".join(text.split())
        if len(query) < 2:
            return self._reask(question)
        person = turn_person(context)
        if self._setup.has_directory:
            await show_typing(context)  # the organisation's directory may take a moment
            try:
                found = await self._setup.search_givers(person, query)
            except DirectoryUnavailable:
                return self._directory_down(data)
            if not found:
                return self._giver_question(data, self._not_found(texts.GIVER_NOT_IN_DIRECTORY, query, data))
            matches = [self._from_directory(p) for p in found]
        else:
            level = AgreementLevel(data["level"])
            known = await self._setup.known_givers(turn_uow(context), person, level)
            matches = [self._known(p) for p in known if query.casefold() in p.name.casefold()][:MAX_LISTED_GIVERS]
            if not matches:
                return self._giver_question(data, self._not_found(texts.GIVER_NOT_KNOWN, query, data))
            if len(matches) == 1:
                return await self._chosen(context, data, matches[0])
        data["matches"] = matches
        people = numbered([inert(m["label"]) for m in matches])
        return Question("giver_match", texts.GIVER_MATCHES.format(people=people), texts.GIVER_MATCHES_HELP)

    def _directory_down(self, data: dict[str, Any]) -> Question:
        givers: list[dict[str, Any]] = data["givers"]
        if not givers:
            return self._giver_question(data, texts.DIRECTORY_DOWN_NOBODY)
        people = numbered([inert(g["label"]) for g in givers])
        return self._giver_question(data, texts.DIRECTORY_DOWN.format(people=people))

    def _not_found(self, template: str, query: str, data: dict[str, Any]) -> str:
        again = self._giver_question(data).prompt
        return f"{fill(template, query=query)}\n\n{again}"

    async def _chosen(self, context: TurnContext, data: dict[str, Any], giver: dict[str, Any],
                      said: str = texts.GIVER_CHOSEN) -> Question:
        data["giver"] = giver
        await context.send_activity(fill(said, name=giver["name"]))
        # The fælles grundlag of the agreement's year, as the municipality's chefkonsulent may have edited it.
        profile = await self._setup.year_profile(turn_uow(context), turn_person(context).tenant_id, _year_of(data))
        question = section_question(profile, "general", step=1)
        return Question("general", question.prompt, question.help)

    @staticmethod
    def _known(person: Person) -> dict[str, Any]:
        role = texts.ROLE_NAMES.get(person.role.value)
        label = f"{person.name} ({role})" if role else person.name
        return {"id": person.id, "name": person.name, "label": label}

    @staticmethod
    def _from_directory(found: DirectoryPerson) -> dict[str, Any]:
        details = ", ".join(d for d in (found.job_title, found.email) if d)
        return {
            "directory": {"aad_object_id": found.aad_object_id, "name": found.name, "email": found.email,
                          "job_title": found.job_title},
            "name": found.name,
            "label": f"{found.name} – {details}" if details else found.name,
        }

    # --- the sections ------------------------------------------------------------------------------

    async def _on_general(self, context: TurnContext, data: dict[str, Any], key: str, text: str) -> Question | None:
        answer = plain(text)
        if key == "general" and answer in texts.YES_WORDS:
            data["sections"]["general"] = await self._setup.shared_focus(
                turn_uow(context), turn_person(context).tenant_id, _year_of(data))
        elif key == "general" and answer in texts.NO_WORDS:
            return Question("general_own", texts.ASK_GENERAL_OWN, texts.ASK_GENERAL_HELP)
        elif answer in texts.SKIP_WORDS:
            data["sections"]["general"] = ""
        else:
            data["sections"]["general"] = text.strip()
        return self._section(1)

    def _section(self, index: int) -> Question:
        key = SECTION_KEYS[index]
        question = section_question(self._setup.profile, key, step=index + 1)
        return Question(key, question.prompt, question.help)

    async def _next_section(self, context: TurnContext, data: dict[str, Any], key: str) -> Question | None:
        index = SECTION_KEYS.index(key) + 1
        if index < len(SECTION_KEYS):
            return self._section(index)
        await self._create(context, data)
        return None

    # --- creating ----------------------------------------------------------------------------------

    async def _create(self, context: TurnContext, data: dict[str, Any]) -> None:
        uow, person = turn_uow(context), turn_person(context)
        giver: dict[str, Any] = data["giver"]
        directory = giver.get("directory")
        draft = AgreementDraft(
            unit=UnitChoice(name=data["unit"]["name"], unit_id=data["unit"]["id"], area=data["unit"]["area"]),
            year=int(data["year"]),
            level=AgreementLevel(data["level"]),
            giver=GiverChoice(person_id=giver.get("id"),
                              directory=DirectoryPerson(**directory) if directory else None),
            sections=data["sections"],
        )
        try:
            created = await in_transaction(
                uow, lambda uow: self._setup.create(uow, person, draft, self._this_year()), SetupRefused)
        except SetupRefused as refused:
            if refused.reason is SetupRefusal.DUPLICATE:
                message = self._duplicate_text(data)
            elif refused.reason is SetupRefusal.NOT_FOR_UNIT:
                message = fill(texts.NOT_FOR_UNIT, unit=data["unit"]["name"])
            else:
                message = texts.SETUP_REFUSED[refused.reason.value]
            await context.send_activity(message)
            return
        lines = [fill(texts.AGREEMENT_CREATED, unit=created.unit.name, year=created.agreement.year,
                                                giver=created.giver.name)]
        skipped = [key for key in SECTION_KEYS if not data["sections"].get(key)]
        if skipped:
            labels = ", ".join(section_label(self._setup.profile, key) for key in skipped)
            lines.append(texts.SKIPPED_SECTIONS.format(labels=labels, command=COMMAND_FOR[skipped[0]]))
        lines.append(texts.ADD_GOALS_HINT)
        await context.send_activity("\n\n".join(lines))

    def _duplicate_text(self, data: dict[str, Any]) -> str:
        return fill(texts.DUPLICATE_AGREEMENT, unit=data["unit"]["name"], year=data["year"],
                                                level=texts.LEVEL_NAMES[data["level"]])

    @staticmethod
    def _reask(question: Question) -> Question:
        return Question(question.key, f"{texts.NOT_UNDERSTOOD_CHOICE} {question.help}", question.help)


def _year_of(data: dict[str, Any]) -> int | None:
    return int(data["year"]) if data.get("year") else None
