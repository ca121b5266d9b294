"""R10 recorded: that and when Lokal-MED, the bestyrelse and the lederteam were involved in an agreement's goals.

The holder tells the bot («Lokal-MED er inddraget 12. marts», «lederteamet blev inddraget i dag»); it is stored
with the holder's newest agreement (and audited). «inddragelse» shows it: the holder their newest agreement's, a
giver the agreements they give, a chefkonsulent every agreement of the year. Nobody else records or reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from agreements import policy
from agreements.ports import InvolvementUnitOfWork
from agreements.types import Agreement, AgreementVersion, AuditEvent, Involvement, Person

BODIES: dict[str, str] = {"lokal_med": "Lokal-MED", "bestyrelse": "bestyrelsen", "lederteam": "lederteamet"}
_BODY_WORDS: dict[str, str] = {
    "lokal-med": "lokal_med", "lokalmed": "lokal_med", "lokal med": "lokal_med", "med-udvalget": "lokal_med",
    "med": "lokal_med", "bestyrelsen": "bestyrelse", "bestyrelse": "bestyrelse", "bestyrelserne": "bestyrelse",
    "lederteamet": "lederteam", "lederteam": "lederteam", "ledergruppen": "lederteam",
}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")

RECORDED = "Noteret: {body} er inddraget {day} i aftalen for {unit} {year}."
ALREADY = "Det står allerede, at {body} er inddraget {day}."
NO_AGREEMENT = "Du har ingen aftale at notere inddragelsen i. Skriv «ny aftale» for at oprette en."
NOT_HOLDER = "Det er aftaleholderen, der noterer inddragelsen af Lokal-MED, bestyrelsen og lederteamet."
BAD_DATE = "Jeg kan ikke læse datoen. Skriv fx «Lokal-MED er inddraget 12. marts» eller «… i dag»."
FUTURE_DATE = "Datoen ligger i fremtiden. Skriv den dag, hvor {body} blev inddraget."
NOTHING_TO_SHOW = "Der er ingen aftaler, hvor du kan se inddragelsen."
SUMMARY_LINE = "{unit} {year}: {items}"
NOT_RECORDED = "{body} ikke noteret"

_BODY = (r"(?:lokal[- ]?med|med-udvalget|med|bestyrelsen|bestyrelserne|bestyrelse|lederteamet|lederteam|"
         r"ledergruppen)")
# «Lokal-MED er inddraget 12. marts», «Lokal-MED og lederteamet var med den 2. december», «bestyrelsen blev hørt i
# går», «lederteamet har drøftet målene 3/12».
_RECORD = re.compile(
    r"(?P<bodies>" + _BODY + r"(?:\s*(?:,|og)\s*" + _BODY + r")*)\s+"
    r"(?:(?:er|blev|var|har\s+været)\s+(?:blevet\s+)?(?:inddraget|hørt|med)|deltog|har\s+deltaget"
    r"|har\s+drøftet\s+(?:målene|aftalen|det))"
    r"(?:\s+(?:i\s+målene|i\s+aftalen))?(?:\s+(?:den|d\.)?\s*(?P<when>.+))?")
_BODY_RE = re.compile(_BODY)
_SHOW = re.compile(r"(?:vis\s+)?inddragelse(?:n)?(?:\s+af\s+.+)?|hvem\s+er\s+inddraget")
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})\.?\s+(?P<month>[a-zæøå]+)\.?(?:\s+(?P<year>\d{4}))?")
_NUMERIC = re.compile(r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:[/-](?P<year>\d{2,4}))?")


class InvolvementRefused(Exception):
    """`str(error)` is a Danish sentence for the user."""


@dataclass(frozen=True, slots=True)
class RecordRequest:
    body: str
    when: str
    also: tuple[str, ...] = ()  # further bodies named in the same sentence, involved the same day


@dataclass(frozen=True, slots=True)
class ShowRequest:
    pass


def parse_request(text: str) -> RecordRequest | ShowRequest | None:
    cleaned = " ".join(text.strip().lower().rstrip(".!").split())
    if _SHOW.fullmatch(cleaned):
        return ShowRequest()
    match = _RECORD.fullmatch(cleaned)
    if match is None:
        return None
    named = [_BODY_WORDS[word.replace("lokal med", "lokal-med")] for word in _BODY_RE.findall(match["bodies"])]
    bodies = tuple(dict.fromkeys(named))
    return RecordRequest(bodies[0], (match["when"] or "").strip(), bodies[1:])


def parse_day(text: str, today: date) -> date | None:
    """«i dag», «i går», «12. marts [2026]», «12/3[/2026]»; a day without a year is the latest one up to today."""
    text = text.strip().rstrip(".")
    if text in ("", "i dag", "idag"):
        return today
    if text in ("i går", "igår"):
        return today - timedelta(days=1)
    month: int | None
    if (match := _DAY_MONTH.fullmatch(text)) is not None:
        name = match["month"]
        month = next((i for i, m in enumerate(MONTHS, start=1) if m == name or (len(name) >= 3 and
                                                                                 m.startswith(name))), None)
    elif (match := _NUMERIC.fullmatch(text)) is not None:
        month = int(match["month"])
    else:
        return None
    if month is None or not 1 <= month <= 12:
        return None
    year_text = match["year"]
    year = (int(year_text) + (2000 if len(year_text) == 2 else 0)) if year_text else today.year
    try:
        day = date(year, month, int(match["day"]))
    except ValueError:
        return None
    if not year_text and day > today:
        day = day.replace(year=year - 1)
    return day


def _and(names: Iterable[str]) -> str:
    listed = list(names)
    return " og ".join([", ".join(listed[:-1]), listed[-1]]) if len(listed) > 1 else listed[0]


def danish_day(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


class InvolvementService:
    async def record(self, uow: InvolvementUnitOfWork, person: Person, request: RecordRequest, today: date) -> str:
        """Stores the date with the holder's newest agreement; the caller commits."""
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        if not held:
            raise InvolvementRefused(NO_AGREEMENT)
        agreement = max(held, key=lambda a: (a.year, a.id or 0))
        if not policy.may_edit(person, agreement):  # the holder's own: kept as the one rule that decides
            raise InvolvementRefused(NOT_HOLDER)
        keys = (request.body, *request.also)
        body = _and(BODIES[key] for key in keys)
        day = parse_day(request.when, today)
        if day is None:
            raise InvolvementRefused(BAD_DATE)
        if day > today:
            raise InvolvementRefused(FUTURE_DATE.format(body=body))
        assert agreement.id is not None
        changed = False
        for key in keys:
            if await uow.involvements.record(Involvement(
                    tenant_id=person.tenant_id, agreement_id=agreement.id, body=key, involved_on=day,
                    recorded_by=person.id)):
                changed = True
                await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.involvement_recorded",
                                               actor_id=person.id, subject=f"agreement:{agreement.id}",
                                               detail={"body": key, "on": day.isoformat()}))
        unit = await uow.units.get(person.tenant_id, agreement.unit_id)
        if not changed:
            return ALREADY.format(body=body, day=danish_day(day))
        return RECORDED.format(body=body, day=danish_day(day), unit=unit.name if unit else "", year=agreement.year)

    async def summary(self, uow: InvolvementUnitOfWork, person: Person, today: date) -> str:
        """What is recorded, per agreement the person may see (holder: their newest; giver: those they give;
        chefkonsulent: every agreement of this year and the next)."""
        assert person.id is not None
        agreements: list[Agreement] = []
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        if held:
            agreements.append(max(held, key=lambda a: (a.year, a.id or 0)))
        for year in (today.year, today.year + 1):
            agreements += [a for a in await uow.agreements.for_year(person.tenant_id, year)
                           if a not in agreements and policy.may_view(person, a) and a.holder_id != person.id]
        if not agreements:
            return NOTHING_TO_SHOW
        lines = []
        for agreement in agreements:
            assert agreement.id is not None
            unit = await uow.units.get(person.tenant_id, agreement.unit_id)
            found = {i.body: i for i in await uow.involvements.for_agreement(person.tenant_id, agreement.id)}
            items = [f"{name} {danish_day(found[key].involved_on)}" if key in found
                     else NOT_RECORDED.format(body=name) for key, name in BODIES.items()]
            lines.append(SUMMARY_LINE.format(unit=unit.name if unit else "", year=agreement.year,
                                             items=", ".join(items)))
        return "\n".join(lines)


# --- R10 before submission (issue 18): the holder is asked, once, about the bodies nothing is recorded for -------

NOT_RELEVANT = "not_relevant"
ANSWERS = ("involved", NOT_RELEVANT, "not_yet")  # the question's three quick answers
QUESTION = "Før jeg sender: Er {bodies} inddraget i målene? Vælg dagen, hvis de er."
NOT_YET = ("Aftalen er ikke sendt. Skriv fx «Lokal-MED er inddraget 12. marts», når {bodies} er inddraget, "
           "og send den så igen.")
ANSWER_FUTURE = "Dagen ligger i fremtiden. Vælg den dag, hvor {bodies} blev inddraget."
STATE_NOT_RELEVANT = "{body} ikke relevant"

State = dict[str, date | str | None]  # body → the day involved, NOT_RELEVANT, or None (nothing recorded)


def names(bodies: list[str]) -> str:
    """«Lokal-MED, bestyrelsen og lederteamet»."""
    words = [BODIES[b] for b in bodies]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]


async def involvement_state(uow: InvolvementUnitOfWork, agreement: Agreement,
                            versions: list[AgreementVersion] | None = None) -> State:
    """Per body: the recorded day, else «not relevant» if the holder said so when sending an earlier version,
    else None."""
    assert agreement.id is not None
    found = {i.body: i.involved_on for i in await uow.involvements.for_agreement(agreement.tenant_id, agreement.id)}
    if versions is None:
        versions = await uow.agreements.versions(agreement.tenant_id, agreement.id)
    said: dict[str, Any] = {}
    for record in versions:
        answers = record.snapshot.get("involvement")
        if isinstance(answers, dict):
            said.update({k: v for k, v in answers.items() if v == NOT_RELEVANT})
    return {body: found.get(body) or (NOT_RELEVANT if body in said else None) for body in BODIES}


def missing(state: State) -> list[str]:
    return [body for body, value in state.items() if value is None]


def describe(state: Mapping[str, Any]) -> str:
    """«Lokal-MED 12. marts 2026, bestyrelsen ikke relevant, lederteamet ikke noteret» (a date or its ISO text)."""
    items = []
    for body, name in BODIES.items():
        value = state.get(body)
        if isinstance(value, str) and value != NOT_RELEVANT:
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        if isinstance(value, date):
            items.append(f"{name} {danish_day(value)}")
        elif value == NOT_RELEVANT:
            items.append(STATE_NOT_RELEVANT.format(body=name))
        else:
            items.append(NOT_RECORDED.format(body=name))
    return ", ".join(items)


def as_json(state: State) -> dict[str, str | None]:
    return {body: value.isoformat() if isinstance(value, date) else value for body, value in state.items()}


class InvolvementAnswerRefused(Exception):
    """`str(error)` is a Danish sentence; nothing was recorded or sent."""


async def answer_before_submit(uow: InvolvementUnitOfWork, person: Person, agreement: Agreement, state: State,
                               answer: str, involved_on: date | None, today: date) -> State:
    """Records the holder's answer for the bodies nothing is recorded for: the day (today if none chosen) or «not
    relevant»; «not yet» refuses the submission. Audited; the caller commits."""
    todo = missing(state)
    assert person.id is not None and agreement.id is not None
    if answer == "not_yet":
        raise InvolvementAnswerRefused(NOT_YET.format(bodies=names(todo)))
    if answer == "involved":
        day = involved_on or today
        if day > today:
            raise InvolvementAnswerRefused(ANSWER_FUTURE.format(bodies=names(todo)))
        for body in todo:
            await uow.involvements.record(Involvement(tenant_id=person.tenant_id, agreement_id=agreement.id,
                                                      body=body, involved_on=day, recorded_by=person.id))
        value: date | str = day
    else:
        value = NOT_RELEVANT
    await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.involvement_answered",
                                   actor_id=person.id, subject=f"agreement:{agreement.id}",
                                   detail={"bodies": todo, "answer": answer,
                                           "on": value.isoformat() if isinstance(value, date) else None}))
    return {**state, **{body: value for body in todo}}
