"""Which status reports a person, or a shared conversation, may see (agreements.policy decides; this loads).

A person (1:1 chat): the agreements they may view (holder, giver; a chefkonsulent all), this year's or else last
year's. A shared conversation (team channel, group chat): the approved agreements of the units it follows (its
channel subscriptions), of the same year – whoever asks there; a group chat also the agreements every one of its
people may read (policy.shown_to_the_people_of).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from agreements import policy
from agreements.indicators.channel_ports import ChannelUnitOfWork
from agreements.indicators.channel_status import ChannelRefused, shared_conversation
from agreements.indicators.status_questions import Ask, StatusQuery, parse_status_question, subjects_of
from agreements.indicators.status_report import AgreementReport, report_for
from agreements.ports import UnitOfWork
from agreements.types import Agreement, Person


async def reports_for_person(uow: UnitOfWork, person: Person, today: date, *,
                             year: int | None = None) -> list[AgreementReport]:
    """The person's reports, their own agreements first; `year`: that year's only."""
    agreements = [a for a in await uow.agreements.for_year(person.tenant_id) if policy.may_view(person, a)]
    reports = await _reports(uow, agreements, today, year)
    reports.sort(key=lambda r: (r.agreement.holder_id != person.id, r.agreement.giver_id != person.id))
    return reports


async def status_question_for_person(uow: UnitOfWork, person: Person, text: str,
                                     today: date) -> tuple[StatusQuery, list[AgreementReport]]:
    """The status question read against the person's reports. An indicator or goal that none of this year's
    agreements has is looked for in last year's («hvordan går det med sygefraværet?» in January, when the ended
    year's agreement is still followed up: its December figures come in January, and it is evaluated by 31
    March)."""
    reports = await reports_for_person(uow, person, today)
    query = parse_status_question(text, subjects_of(reports))
    if query.ask is Ask.UNKNOWN and query.unmatched and reports and reports[0].agreement.year == today.year:
        earlier = await reports_for_person(uow, person, today, year=today.year - 1)
        again = parse_status_question(text, subjects_of(earlier))
        if again.ask is not Ask.UNKNOWN:
            return again, earlier
    return query, reports


MAX_ROSTER = 50  # a group chat with more people is read as one whose people are not known: the channel rule alone


async def reports_for_conversation(
    uow: ChannelUnitOfWork, tenant_id: str, reference: Mapping[str, Any], today: date,
    roster: Sequence[str] | None = None,
) -> list[AgreementReport]:
    """What a shared conversation may see: approved agreements of the units it follows, and (a group chat, `roster`
    the Entra object ids of its people) the agreements all its people may read; none for a 1:1 chat."""
    try:
        conversation = shared_conversation(reference)
    except ChannelRefused:
        return []
    people = await _known_people(uow, tenant_id, roster)
    followed = {s.unit_id for s in await uow.channel_subscriptions.for_conversation(
        tenant_id, conversation.conversation_id)}
    agreements = [a for a in await uow.agreements.for_year(tenant_id)
                  if policy.shown_in_channel(a, followed) or policy.shown_to_the_people_of(a, people)]
    return await _reports(uow, agreements, today)


async def _known_people(uow: UnitOfWork, tenant_id: str, roster: Sequence[str] | None) -> list[Person]:
    """The roster's people as the bot knows them, or none when anyone in it is unknown or inactive, or it is too long
    (the policy then shows only what the conversation follows)."""
    if not roster or len(roster) > MAX_ROSTER:
        return []
    people = []
    for aad in roster:
        found = await uow.people.get_by_aad(tenant_id, aad)
        if found is None or not found.active:
            return []
        people.append(found)
    return people


def may_register(person: Person, report: AgreementReport) -> bool:
    return policy.may_register(person, report.agreement)


async def _reports(uow: UnitOfWork, agreements: Sequence[Agreement], today: date,
                   only: int | None = None) -> list[AgreementReport]:
    """This year's agreements, or else last year's (`only`: that year's), as reports."""
    for year in (today.year, today.year - 1) if only is None else (only,):
        chosen = [a for a in agreements if a.year == year]
        if chosen:
            break
    else:
        return []
    reports = []
    for agreement in chosen:
        unit = await uow.units.get(agreement.tenant_id, agreement.unit_id)
        ids = [i.id for goal in agreement.goals for i in goal.indicators if i.id is not None]
        measurements = await uow.measurements.for_indicators(agreement.tenant_id, ids)
        reports.append(await report_for(uow, agreement, unit.name if unit else "", measurements, today))
    return reports
