"""The holder speaks of their aftalegiver by name: «så sender vi den til Henrik» (send it for approval) and «hvad
sagde Henrik?» (the giver's latest decision and comment on the agreement).

Framework-free. The edge reads the shape of the message (bot/teams/understanding.py); here the name is matched
against the givers of the agreements the person holds (first name or full name), and the giver's latest word is
read from the agreement's versions. Only the holder's own agreements are read (policy.may_view holds for them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agreements import policy
from agreements.fuzzy import fold
from agreements.ports import UnitOfWork
from agreements.services import AgreementService
from agreements.types import Agreement, AgreementStatus, Decision, Person


@dataclass(frozen=True, slots=True)
class GiverWord:
    """What the giver last said about one agreement: a decision with its comment, or that none is made yet."""

    unit: str
    year: int
    giver: str
    status: AgreementStatus
    version: int
    decision: Decision | None = None  # None: the giver has not decided on any version yet
    comment: str | None = None
    decided_at: datetime | None = None
    decided_version: int | None = None


def _names(person: Person) -> set[str]:
    words = person.name.split()
    return {fold(person.name), *({fold(words[0])} if words else set())}


async def agreement_given_by(uow: UnitOfWork, agreements: AgreementService, person: Person, name: str,
                             today: date, *, latest_word: bool = False, year: int | None = None) -> Agreement | None:
    """The agreement the person holds (the one worked on first) whose giver is called `name` (first or full name;
    failing that, the giver called by its first word: «henrik nu»);
    of the `year` named («send aftalen for 2026 til Henrik»), if one is; None when no giver of theirs is called so.
    `latest_word` («hvad sagde Henrik?»): of those, the one the giver decided on last –
    not a next year's draft he has never seen while he has just answered on this year's."""
    wanted = fold(" ".join(name.split()))
    first_word = wanted.split()[0] if wanted else wanted
    given: list[Agreement] = []
    given_by_first_word: list[Agreement] = []  # «til henrik nu»: the first word is the name
    for agreement in await agreements.worked_on(uow, person, today):
        if year is not None and agreement.year != year:
            continue
        giver = await uow.people.get(person.tenant_id, agreement.giver_id)
        if giver is None or not policy.may_view(person, agreement):
            continue
        names = _names(giver)
        if wanted in names:
            given.append(agreement)
        elif first_word in names:
            given_by_first_word.append(agreement)
    given = given or given_by_first_word
    if not given or not latest_word:
        return given[0] if given else None
    return await last_decided(uow, person, given)


async def last_decided(uow: UnitOfWork, person: Person, agreements: list[Agreement]) -> Agreement:
    """Of `agreements` (not empty, in the order worked on), the one whose giver decided last; the first when the
    giver has decided on none of them."""
    latest: tuple[datetime, Agreement] | None = None
    for agreement in agreements:
        assert agreement.id is not None
        for version in await uow.agreements.versions(person.tenant_id, agreement.id):
            if version.decided_at is not None and (latest is None or version.decided_at > latest[0]):
                latest = (version.decided_at, agreement)
    return latest[1] if latest is not None else agreements[0]


async def word_on(uow: UnitOfWork, agreements: AgreementService, person: Person, today: date,
                  agreement_id: int | None = None) -> GiverWord | None:
    """«hvad sagde Henrik?»: the giver's latest word on the agreement it is about – the one named
    (`agreement_given_by`), else, of those the person works on, the one whose giver decided last (not next year's
    draft he has never seen); None when the person works on none. Read through the use case's view, so the access
    policy holds (and a refusal is audited)."""
    if agreement_id is None:
        held = await agreements.worked_on(uow, person, today)
        if not held:
            return None
        agreement_id = (await last_decided(uow, person, held)).id or held[0].id
        if agreement_id is None:
            return None
    return await giver_word(uow, person, await agreements.view(uow, person, agreement_id))


async def giver_word(uow: UnitOfWork, person: Person, agreement: Agreement) -> GiverWord:
    """The giver's latest decision and comment on the agreement (any version), or that none is made yet."""
    assert agreement.id is not None
    unit = await uow.units.get(person.tenant_id, agreement.unit_id)
    giver = await uow.people.get(person.tenant_id, agreement.giver_id)
    decided = [v for v in await uow.agreements.versions(person.tenant_id, agreement.id)
               if v.decision is not None and v.decided_at is not None]
    word = GiverWord(unit=unit.name if unit else "", year=agreement.year, giver=giver.name if giver else "",
                     status=agreement.status, version=agreement.version)
    if not decided:
        return word
    latest = max(decided, key=lambda v: (v.decided_at or datetime.min, v.version))
    return GiverWord(unit=word.unit, year=word.year, giver=word.giver, status=word.status, version=word.version,
                     decision=latest.decision, comment=latest.decision_comment, decided_at=latest.decided_at,
                     decided_version=latest.version)
