"""Tværgående goals shared with partner units (issue 18, R3): a goal owned by one agreement appears read-only in
each partner unit's agreement of the same year, with its indicator and status; the partner's holder is told and
accepts or declines.

The owner's holder: «del mål 2 med Social og Sundhed[, Tønder Distriktsskole og …]». A partner's holder: «accepter
delt mål fra Børn og Skole» / «afvis delt mål fra Børn og Skole» («fra …» may be left out when one unit waits).
Both: «delte mål». Every change is audited; the caller commits and delivers the notices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import cast

from agreements import policy
from agreements.fuzzy import fold
from agreements.indicators.status_report import agreement_report
from agreements.ports import SharingUnitOfWork, UnitOfWork
from agreements.types import Agreement, AuditEvent, Goal, GoalKind, GoalShare, Person, Unit

PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"

SHARED = "Mål {number} er delt med {units}. {holders} får besked og kan acceptere eller afvise det."
ALREADY_SHARED = "Mål {number} er allerede delt med {units}."
TOLD_PARTNER = ("{holder} har delt et tværgående mål fra {owner} med {unit}: «{statement}». Skriv «accepter delt mål "
                "fra {owner}» eller «afvis delt mål fra {owner}».")
NO_AGREEMENT = "Du har ingen aftale med mål at dele. Skriv «ny aftale» for at oprette en."
NOT_HOLDER = "Det er aftaleholderen, der deler aftalens mål med andre enheder."
NO_GOAL = "Aftalen har intet mål {number}. Skriv «min aftale» for at se målene."
NOT_CROSS_CUTTING = "Mål {number} er ikke et tværgående mål. Kun tværgående mål kan deles med andre enheder."
UNKNOWN_UNIT = "Jeg kender ikke enheden «{name}». Skriv enhedens navn, som det står i organisationen."
OWN_UNIT = "Målet hører allerede til {unit}. Nævn de andre enheder, det skal deles med."
PARTNER_WITHOUT_AGREEMENT = "{unit} har ingen aftale for {year} endnu, så målet kan ikke deles med dem."
NOTHING_WAITING = "Du har ingen delte mål, der venter på dit svar."
DECIDED = {ACCEPTED: "Det delte mål fra {owner} står nu i aftalen for {unit} {year}: «{statement}».",
           DECLINED: "Du har afvist det delte mål fra {owner}. Det står ikke i aftalen for {unit}."}
TOLD_OWNER = {ACCEPTED: "{holder} har accepteret det delte mål i aftalen for {unit}: «{statement}».",
              DECLINED: "{holder} har afvist det delte mål for {unit}: «{statement}»."}
NOTHING_SHARED = "Der er ingen delte mål i dine aftaler."
SHARED_BY_YOU = "Mål {number} deles med: {partners}"
SHARED_WITH_YOU = "Fra {owner}: «{statement}» ({status})"
STATUS_WORDS = {PENDING: "venter på svar", ACCEPTED: "accepteret", DECLINED: "afvist"}

_SHARE = re.compile(r"del(?:er)?\s+(?:mål|målet)\s+(?P<number>\d{1,2})\s+med\s+(?P<units>.+)")
_DECIDE = re.compile(r"(?P<verb>accepter|acceptér|afvis|afslå)\s+(?:det\s+)?delte?\s+mål(?:et)?"
                     r"(?:\s+fra\s+(?P<owner>.+))?")
_SHOW = re.compile(r"(?:vis\s+)?(?:de\s+)?delte\s+mål")


@dataclass(frozen=True, slots=True)
class ShareRequest:
    number: int
    units: str  # «Social og Sundhed, Tønder Distriktsskole og Kantinen»: split against the unit names known


@dataclass(frozen=True, slots=True)
class DecideRequest:
    accept: bool
    owner: str | None


@dataclass(frozen=True, slots=True)
class ShowRequest:
    pass


@dataclass(frozen=True, slots=True)
class Notice:
    person: Person
    text: str


@dataclass(frozen=True, slots=True)
class Answer:
    message: str
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class SharedGoalView:
    """One shared goal as a partner's agreement shows it (read-only): from which unit, and its indicators' status."""

    owner: str
    statement: str
    status: str  # PENDING or ACCEPTED
    indicators: tuple[str, ...]  # «Sygefravær: 5,9 % (oktober 2026), på sporet»


class ShareRefused(Exception):
    """`str(error)` is a Danish sentence; nothing was changed."""


def parse_request(text: str) -> ShareRequest | DecideRequest | ShowRequest | None:
    cleaned = " ".join(text.strip().rstrip(".!").split())
    lowered = cleaned.lower()
    if _SHOW.fullmatch(lowered):
        return ShowRequest()
    if (match := _DECIDE.fullmatch(lowered)) is not None:
        owner = cleaned[match.start("owner"):].strip() if match["owner"] else None
        return DecideRequest(match["verb"] in ("accepter", "acceptér"), owner)
    if (match := _SHARE.fullmatch(lowered)) is not None:
        return ShareRequest(int(match["number"]), cleaned[match.start("units"):].strip())
    return None


def split_units(text: str, known: set[str]) -> list[str]:
    """The unit names in «A, B og C», where a name may itself hold «og» («Social og Sundhed»): at each place the
    longest run of «og»-parts that is a known name (compared folded), else one part."""
    names: list[str] = []
    for part in (p.strip() for p in re.split(r"\s*,\s*", text) if p.strip()):
        pieces = re.split(r"\s+og\s+", part)
        start = 0
        while start < len(pieces):
            end = next((e for e in range(len(pieces), start, -1)
                        if fold(" og ".join(pieces[start:e])) in known), start + 1)
            names.append(" og ".join(pieces[start:end]))
            start = end
    return names


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


class SharedGoalService:
    async def share(self, uow: SharingUnitOfWork, person: Person, request: ShareRequest) -> Answer:
        """The holder shares goal N of their newest agreement with the partner units named."""
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        if not held:
            raise ShareRefused(NO_AGREEMENT)
        agreement = max(held, key=lambda a: (a.year, a.id or 0))
        if not policy.may_edit(person, agreement):
            raise ShareRefused(NOT_HOLDER)
        if not 1 <= request.number <= len(agreement.goals):
            raise ShareRefused(NO_GOAL.format(number=request.number))
        goal = agreement.goals[request.number - 1]
        if goal.kind is not GoalKind.CROSS_CUTTING:
            raise ShareRefused(NOT_CROSS_CUTTING.format(number=request.number))
        units = {fold(u.name): u for u in await uow.units.list(person.tenant_id) if u.active}
        partners: list[tuple[Unit, Agreement]] = []
        for name in split_units(request.units, set(units)):
            unit = units.get(fold(name))
            if unit is None:
                raise ShareRefused(UNKNOWN_UNIT.format(name=name))
            if unit.id == agreement.unit_id:
                raise ShareRefused(OWN_UNIT.format(unit=unit.name))
            assert unit.id is not None
            partner_agreement = await uow.agreements.find(person.tenant_id, unit.id, agreement.year)
            if partner_agreement is None:
                raise ShareRefused(PARTNER_WITHOUT_AGREEMENT.format(unit=unit.name, year=agreement.year))
            partners.append((unit, partner_agreement))
        assert goal.id is not None and agreement.id is not None
        owner = await uow.units.get(person.tenant_id, agreement.unit_id)
        owner_name = owner.name if owner else ""
        new: list[tuple[Unit, Agreement]] = []
        for unit, partner_agreement in partners:
            assert unit.id is not None
            if await uow.goal_shares.add(GoalShare(tenant_id=person.tenant_id, goal_id=goal.id,
                                                   agreement_id=agreement.id, unit_id=unit.id)):
                new.append((unit, partner_agreement))
        if not new:
            return Answer(ALREADY_SHARED.format(number=request.number, units=_names([u.name for u, _ in partners])))
        notices: list[Notice] = []
        holders: list[str] = []
        for unit, partner_agreement in new:
            holder = await uow.people.get(person.tenant_id, partner_agreement.holder_id)
            if holder is None:
                continue
            holders.append(f"{holder.name} ({unit.name})")
            notices.append(Notice(holder, TOLD_PARTNER.format(holder=person.name, owner=owner_name, unit=unit.name,
                                                              statement=goal.statement)))
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="goal.shared", actor_id=person.id,
                                       subject=f"goal:{goal.id}",
                                       detail={"agreement_id": agreement.id, "units": [u.id for u, _ in new]}))
        return Answer(SHARED.format(number=request.number, units=_names([u.name for u, _ in new]),
                                    holders=_names(holders) if holders else "Aftaleholderne"), tuple(notices))

    async def decide(self, uow: SharingUnitOfWork, person: Person, request: DecideRequest) -> Answer:
        """The partner's holder accepts or declines the shares waiting for the units whose agreements they hold."""
        assert person.id is not None
        held = {a.unit_id: a for a in await uow.agreements.for_holder(person.tenant_id, person.id)
                if policy.may_edit(person, a)}
        waiting = [s for s in await uow.goal_shares.for_units(person.tenant_id, list(held)) if s.status == PENDING]
        found: list[tuple[GoalShare, Agreement, Goal, Unit]] = []
        for share in waiting:
            owner_agreement = await uow.agreements.get(person.tenant_id, share.agreement_id)
            goal = _goal(owner_agreement, share.goal_id)
            owner = await uow.units.get(person.tenant_id, owner_agreement.unit_id) if owner_agreement else None
            if owner_agreement is None or goal is None or owner is None:
                continue
            if request.owner is None or fold(request.owner) == fold(owner.name):
                found.append((share, owner_agreement, goal, owner))
        if not found:
            raise ShareRefused(NOTHING_WAITING)
        status = ACCEPTED if request.accept else DECLINED
        messages: list[str] = []
        notices: list[Notice] = []
        for share, owner_agreement, goal, owner in found:
            share.status, share.decided_by = status, person.id
            await uow.goal_shares.decide(share)
            unit = await uow.units.get(person.tenant_id, share.unit_id)
            unit_name = unit.name if unit else ""
            messages.append(DECIDED[status].format(owner=owner.name, unit=unit_name,
                                                   year=held[share.unit_id].year, statement=goal.statement))
            owner_holder = await uow.people.get(person.tenant_id, owner_agreement.holder_id)
            if owner_holder is not None:
                notices.append(Notice(owner_holder, TOLD_OWNER[status].format(
                    holder=person.name, unit=unit_name, statement=goal.statement)))
            await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action=f"goal.share_{status}",
                                           actor_id=person.id, subject=f"goal:{share.goal_id}",
                                           detail={"unit_id": share.unit_id}))
        return Answer("\n".join(messages), tuple(notices))

    async def summary(self, uow: SharingUnitOfWork, person: Person) -> str:
        """«delte mål»: what the person's newest agreement shares, and what is shared with it."""
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        if not held:
            return NOTHING_SHARED
        agreement = max(held, key=lambda a: (a.year, a.id or 0))
        assert agreement.id is not None
        lines: list[str] = []
        units = {u.id: u.name for u in await uow.units.list(person.tenant_id)}
        by_goal: dict[int, list[str]] = {}
        for share in await uow.goal_shares.for_goal_owner(person.tenant_id, agreement.id):
            by_goal.setdefault(share.goal_id, []).append(
                f"{units.get(share.unit_id, '')} ({STATUS_WORDS[share.status]})")
        for number, goal in enumerate(agreement.goals, start=1):
            if goal.id in by_goal:
                lines.append(SHARED_BY_YOU.format(number=number, partners=", ".join(by_goal[goal.id])))
        for share in await uow.goal_shares.for_units(person.tenant_id, [agreement.unit_id]):
            owner_agreement = await uow.agreements.get(person.tenant_id, share.agreement_id)
            shared = _goal(owner_agreement, share.goal_id)
            if owner_agreement is None or shared is None or owner_agreement.year != agreement.year:
                continue
            lines.append(SHARED_WITH_YOU.format(owner=units.get(owner_agreement.unit_id, ""),
                                                statement=shared.statement, status=STATUS_WORDS[share.status]))
        return "\n".join(lines) or NOTHING_SHARED

    async def shared_into(self, uow: SharingUnitOfWork, agreement: Agreement, today: date, *,
                          in_channel: bool = False) -> list[SharedGoalView]:
        """The goals other units share with this agreement's unit for its year (waiting or accepted), read-only,
        each with its indicators' status as the owner's agreement reports it. `in_channel`: for a team channel's
        card, only those agreements.policy lets a channel see."""
        views: list[SharedGoalView] = []
        for share in await uow.goal_shares.for_units(agreement.tenant_id, [agreement.unit_id]):
            if share.status == DECLINED:
                continue
            owner_agreement = await uow.agreements.get(agreement.tenant_id, share.agreement_id)
            goal = _goal(owner_agreement, share.goal_id)
            if (owner_agreement is None or goal is None or owner_agreement.year != agreement.year
                    or goal.kind is not GoalKind.CROSS_CUTTING):  # changed to another kind since: no longer shared
                continue
            if in_channel and not policy.shared_goal_shown_in_channel(owner_agreement):
                continue
            owner = await uow.units.get(agreement.tenant_id, owner_agreement.unit_id)
            ids = [i.id for i in goal.indicators if i.id is not None]
            measurements = await uow.measurements.for_indicators(agreement.tenant_id, ids) if ids else {}
            report = agreement_report(owner_agreement, owner.name if owner else "", measurements, today)
            lines = [f"{line.indicator.name}: {line.report.status.label}"
                     for goal_line in report.goals if goal_line.goal.id == goal.id for line in goal_line.indicators]
            views.append(SharedGoalView(owner.name if owner else "", goal.statement, share.status, tuple(lines)))
        return views


async def accepted_shared_count(uow: SharingUnitOfWork, agreement: Agreement) -> int:
    """How many tværgående goals of other units' agreements of the same year this agreement's holder accepted (and
    that are still tværgående): each counts towards R3's «mindst ét tværfagligt mål» (agreements.goals.rules)."""
    count = 0
    for share in await uow.goal_shares.for_units(agreement.tenant_id, [agreement.unit_id]):
        if share.status != ACCEPTED:
            continue
        owner_agreement = await uow.agreements.get(agreement.tenant_id, share.agreement_id)
        goal = _goal(owner_agreement, share.goal_id)
        if (owner_agreement is not None and goal is not None and owner_agreement.year == agreement.year
                and goal.kind is GoalKind.CROSS_CUTTING):
            count += 1
    return count


async def shared_cross_cutting(uow: object, agreement: Agreement) -> int:
    """`accepted_shared_count` for a unit of work that keeps goal shares; 0 for one without (a use-case test)."""
    if getattr(uow, "goal_shares", None) is None:
        return 0
    return await accepted_shared_count(uow, agreement)  # type: ignore[arg-type]


def _sharing(uow: UnitOfWork) -> SharingUnitOfWork | None:
    """The unit of work as one that keeps goal shares (the store's); None for one without (a use-case test's)."""
    return cast(SharingUnitOfWork, uow) if getattr(uow, "goal_shares", None) is not None else None


async def shared_goals_of(uow: UnitOfWork, agreement: Agreement, today: date, *,
                          in_channel: bool = False) -> list[SharedGoalView]:
    """`SharedGoalService.shared_into`, or none without goal shares. The status cards show the accepted ones
    (cards.status_views)."""
    sharing = _sharing(uow)
    if sharing is None:
        return []
    return await SharedGoalService().shared_into(sharing, agreement, today, in_channel=in_channel)


async def units_with_shared_indicators(uow: UnitOfWork, tenant_id: str, agreements: list[Agreement]) -> set[int]:
    """The units of `agreements` that accepted a tværgående goal with indicators from another unit's agreement of
    the same year: their status cards have something to show although their own goals may have no indicator."""
    sharing = _sharing(uow)
    if sharing is None or not agreements:
        return set()
    years = {a.unit_id: a.year for a in agreements}
    found: set[int] = set()
    for share in await sharing.goal_shares.for_units(tenant_id, sorted(years)):
        if share.status != ACCEPTED or share.unit_id in found:
            continue
        owner_agreement = await uow.agreements.get(tenant_id, share.agreement_id)
        goal = _goal(owner_agreement, share.goal_id)
        if (owner_agreement is not None and goal is not None and goal.kind is GoalKind.CROSS_CUTTING
                and goal.indicators and owner_agreement.year == years.get(share.unit_id)):
            found.add(share.unit_id)
    return found


def _goal(agreement: Agreement | None, goal_id: int) -> Goal | None:
    if agreement is None:
        return None
    return next((g for g in agreement.goals if g.id == goal_id), None)
