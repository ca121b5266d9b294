"""Use cases. Each takes the unit of work of the current turn or command; the caller commits.

Access to an agreement: its holder changes it; its holder, its giver and chefkonsulenter (Role.COORDINATOR, who
coordinate every agreement, R11) may see it; nobody else. A refusal raises with a Danish message, rolls back the
unit of work, and commits an audit event `agreement.refused` on its own (as agreements.agreement.approval does).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NoReturn

from agreements import policy
from agreements.agreement.approval import ApprovalRefused, ApprovalService, Refusal
from agreements.agreement.shared_goals import shared_cross_cutting
from agreements.cycle.annual_cycle import drafting_year
from agreements.goals.rules import Finding, agreement_findings
from agreements.ports import UnitOfWork
from agreements.profiles import Profile
from agreements.reach import WAKE_ON_FIRST_CONTACT, wake
from agreements.types import Agreement, AgreementStatus, AuditEvent, Goal, GoalKind, Person, Role

__all__ = ["WAKE_ON_FIRST_CONTACT"]  # jobs waiting for someone who cannot be reached yet (agreements.reach)


class AccessRefusal(enum.StrEnum):
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"


ACCESS_TEXTS = {
    AccessRefusal.NOT_FOUND: "Jeg kan ikke finde den aftale.",
    AccessRefusal.NOT_ALLOWED: (
        "Du kan kun se aftaler, du selv er aftaleholder eller aftalegiver for. Chefkonsulenter kan se alle."
    ),
}


class AgreementAccessRefused(Exception):
    """The person may not see the agreement; `message` is Danish."""

    def __init__(self, reason: AccessRefusal) -> None:
        super().__init__(ACCESS_TEXTS[reason])
        self.reason = reason

    @property
    def message(self) -> str:
        return ACCESS_TEXTS[self.reason]


NOT_IN_ORGANISATION = (
    "Du er ikke med i kommunens organisation i Aftalebot, så jeg kan ikke hjælpe dig endnu. Kontakt en "
    "chefkonsulent, hvis du skal have en aftale."
)


class NotInOrganisation(Exception):
    """The tenant's organisation is imported and the person is not in it (or was deactivated): nothing is stored."""

    message = NOT_IN_ORGANISATION


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is speaking, as the channel says it."""

    tenant_id: str
    aad_object_id: str
    name: str
    teams_user_id: str | None = None
    email: str | None = None


class Standing(enum.StrEnum):
    """What a person mainly does with the agreements, for how the bot greets and helps them (not a right)."""

    HOLDER = "holder"  # owns an agreement, or will: the default
    GIVER = "giver"  # approves others' agreements and holds none (a director, a fagchef as giver only)
    COORDINATOR = "coordinator"  # chefkonsulent: coordinates the process for all units


@dataclass(frozen=True, slots=True)
class Standings:
    main: Standing
    gives: bool  # gives at least one agreement (also a fagchef who holds their own)


class PeopleService:
    async def standing(self, uow: UnitOfWork, person: Person) -> Standings:
        """How to greet and help the person: a chefkonsulent, a giver who holds nothing, or a holder."""
        agreements = await uow.agreements.for_year(person.tenant_id) if person.id is not None else []
        gives = any(a.giver_id == person.id for a in agreements)
        holds = any(a.holder_id == person.id for a in agreements)
        if policy.is_coordinator(person) or (person.role is Role.ADMINISTRATOR and not holds):
            # the administrator keeps the organisation and the texts: helped as the chefkonsulenter are
            return Standings(Standing.COORDINATOR, gives)
        if (gives or person.role is Role.DIRECTOR) and not holds:
            return Standings(Standing.GIVER, True)
        return Standings(Standing.HOLDER, gives)

    async def record_turn(
        self,
        uow: UnitOfWork,
        identity: Identity,
        conversation_reference: dict[str, Any] | None,
        now: datetime | None = None,
    ) -> Person:
        """Creates or refreshes the person and remembers where to reach them.

        The first time a person can be reached, their waiting status cards are made due at once rather than at the
        runner's next retry."""
        person, _wrote = await self.note_turn(uow, identity, conversation_reference, now)
        return person

    async def note_turn(
        self,
        uow: UnitOfWork,
        identity: Identity,
        conversation_reference: dict[str, Any] | None,
        now: datetime | None = None,
    ) -> tuple[Person, bool]:
        """`record_turn`, and whether it wrote anything (most turns read one row and write nothing)."""
        wrote = False
        person = await uow.people.get_by_aad(identity.tenant_id, identity.aad_object_id)
        if (person is None or not person.in_organisation or not person.active) and not policy.admitted(
                person, await uow.people.has_organisation(identity.tenant_id)):
            raise NotInOrganisation(identity.tenant_id)
        unreachable = person is None or person.conversation_reference is None
        if person is None:
            # Teams sends installationUpdate and conversationUpdate together: two turns may create one person.
            wrote = True
            person = await uow.people.ensure(
                Person(
                    tenant_id=identity.tenant_id,
                    aad_object_id=identity.aad_object_id,
                    name=identity.name or "Ukendt bruger",
                    email=identity.email,
                    teams_user_id=identity.teams_user_id,
                    conversation_reference=conversation_reference,
                )
            )
        changed = False
        if identity.name and identity.name != person.name:
            person.name, changed = identity.name, True
        if identity.teams_user_id and identity.teams_user_id != person.teams_user_id:
            person.teams_user_id, changed = identity.teams_user_id, True
        if conversation_reference and conversation_reference != person.conversation_reference:
            person.conversation_reference, changed = conversation_reference, True
        if conversation_reference and person.app_removed_at is not None:
            person.app_removed_at, changed = None, True  # they installed or opened the app again
        if changed:
            wrote = True
            await uow.people.update(person)
        if unreachable and person.conversation_reference and person.id is not None and now is not None:
            wrote = True
            await wake(uow, person, now)
        return person, wrote

    async def note_uninstall(self, uow: UnitOfWork, identity: Identity, now: datetime) -> bool:
        """The person removed the app from their personal scope: they can no longer be reached, so their stored
        conversation is forgotten, and the bot will not install the app for them again (agreements.reach). What is
        for them is then put off, not failed, and arrives when they open the bot again (their first contact wakes
        it, see `note_turn`). True when anything was written."""
        person = await uow.people.get_by_aad(identity.tenant_id, identity.aad_object_id)
        if person is None or (person.conversation_reference is None and person.app_removed_at is not None):
            return False
        person.conversation_reference = None
        person.app_removed_at = now
        await uow.people.update(person)
        return True

    async def claim_welcome(self, uow: UnitOfWork, person: Person, now: datetime) -> bool:
        """True exactly once per person: the first time they should be greeted."""
        if person.welcomed_at is not None or person.id is None:
            return False
        claimed = await uow.people.claim_welcome(person.tenant_id, person.id, now)
        if claimed:
            person.welcomed_at = now
        return claimed


@dataclass(frozen=True, slots=True)
class NewGoalTargets:
    year: int  # the year being drafted
    drafting_season: bool  # the year being drafted is not the running year
    agreements: list[Agreement]
    # The drafting season, no agreement for the year being drafted yet, and `agreements` are the running year's
    # still open (a draft, or sent back): the person is asked whether the goal goes there.
    running_year_open: bool = False
    year_ended: bool = False  # the year asked for has ended: no new goal goes into its agreement


# The statuses in which the holder is still writing the agreement (not waiting for the giver, not approved).
BEING_WRITTEN = frozenset({AgreementStatus.DRAFT, AgreementStatus.CHANGES_REQUESTED})


class AgreementService:
    def __init__(self, profile: Profile, approvals: ApprovalService) -> None:
        self._profile = profile
        self._approvals = approvals

    @property
    def profile(self) -> Profile:
        return self._profile

    async def held_by(self, uow: UnitOfWork, person: Person) -> list[Agreement]:
        assert person.id is not None
        return await uow.agreements.for_holder(person.tenant_id, person.id)

    async def worked_on(self, uow: UnitOfWork, person: Person, today: date) -> list[Agreement]:
        """The person's agreements in the order a command that names none («ret mål 2», «send til godkendelse»)
        means them: the year being drafted first (agreements.cycle.annual_cycle: next year's from the drafting deadline
        on, else the running year's), then other years from the running one on; within a year a draft (or one sent
        back) before an approved one. A past year's agreement comes in only when there is nothing newer, so a draft
        left over from last year is not changed or sent instead of this year's agreement."""
        held = await self.held_by(uow, person)
        current = [a for a in held if a.year >= today.year] or held
        year = drafting_year(self._profile, today)
        return sorted(current, key=lambda a: (a.year != year, a.status not in BEING_WRITTEN, -a.year, a.id or 0))

    async def for_new_goal(
        self, uow: UnitOfWork, person: Person, today: date, agreement_id: int | None = None,
        year: int | None = None,
    ) -> NewGoalTargets:
        """The agreements a new goal may go into today: those of the year being drafted or later. From the drafting
        deadline on (agreements.cycle.annual_cycle) that is next year, so on 6 December a goal goes into next year's
        draft, not the expiring year's; else the running year, so in January a draft left over from last year is
        not offered (that year has ended). In the drafting season with no agreement for next year yet, the running
        year's agreements still open (a draft, or sent back) are offered instead, flagged `running_year_open`.

        `agreement_id` (the «Tilføj mål» button of one agreement's card): that agreement alone, if the person holds
        it and its year has not ended; else the choice above. `year` («nyt mål for 2027»): that year's agreements
        (none: the person has none that year; `year_ended` for a year that has ended)."""
        held = await self.held_by(uow, person)
        if year is not None and agreement_id is None:
            if year < today.year:
                return NewGoalTargets(year, False, [], year_ended=True)
            return NewGoalTargets(year, False, [a for a in held if a.year == year])  # named: nothing to explain
        year = drafting_year(self._profile, today)
        named = [a for a in held if agreement_id is not None and a.id == agreement_id and a.year >= today.year]
        if named:
            return NewGoalTargets(named[0].year, named[0].year > today.year, named)
        ahead = [a for a in held if a.year >= year]
        if ahead or year == today.year:
            return NewGoalTargets(year, year > today.year, ahead)
        open_now = [a for a in held if a.year == today.year and a.status in BEING_WRITTEN]
        return NewGoalTargets(year, True, open_now, running_year_open=bool(open_now))

    async def view(self, uow: UnitOfWork, person: Person, agreement_id: int) -> Agreement:
        """The agreement, for its holder, its giver or a chefkonsulent; anyone else is refused (audited)."""
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None:
            await _refuse(uow, person, agreement_id, "view", AccessRefusal.NOT_FOUND.value,
                          AgreementAccessRefused(AccessRefusal.NOT_FOUND))
        if not policy.may_view(person, agreement):
            await _refuse(uow, person, agreement_id, "view", AccessRefusal.NOT_ALLOWED.value,
                          AgreementAccessRefused(AccessRefusal.NOT_ALLOWED))
        return agreement

    async def add_draft_goal(
        self, uow: UnitOfWork, person: Person, agreement_id: int, goal: Goal
    ) -> Goal:
        agreement = await self._held(uow, person, agreement_id, "add_goal")
        await self._approvals.begin_edit(uow, person, agreement)
        if goal.kind is GoalKind.FOCUS_AREA and not (
                goal.focus_area in self._profile.focus_areas
                or (self._profile.focus_chosen_by_unit and (goal.focus_area or "").strip())):
            raise ValueError(f"unknown focus area {goal.focus_area!r}")
        goal.tenant_id = person.tenant_id
        for indicator in goal.indicators:
            indicator.tenant_id = person.tenant_id
        stored = await uow.agreements.add_goal(agreement_id, goal)
        await uow.audit.add(
            AuditEvent(
                tenant_id=person.tenant_id,
                action="goal.added",
                actor_id=person.id,
                subject=f"agreement:{agreement_id}",
                detail={"goal_id": stored.id, "kind": goal.kind.value},
            )
        )
        return stored

    async def update_goal(
        self, uow: UnitOfWork, person: Person, agreement_id: int, goal_id: int, goal: Goal
    ) -> None:
        agreement = await self._held(uow, person, agreement_id, "change_goal")
        if goal_id not in [g.id for g in agreement.goals]:
            raise LookupError(f"goal {goal_id} is not in agreement {agreement_id}")
        await self._approvals.begin_edit(uow, person, agreement)
        goal.tenant_id = person.tenant_id
        for indicator in goal.indicators:
            indicator.tenant_id = person.tenant_id
        await uow.agreements.update_goal(person.tenant_id, goal_id, goal)
        await uow.audit.add(
            AuditEvent(tenant_id=person.tenant_id, action="goal.changed", actor_id=person.id,
                       subject=f"agreement:{agreement_id}", detail={"goal_id": goal_id})
        )

    def findings(self, agreement: Agreement, shared_cross_cutting: int = 0) -> list[Finding]:
        return agreement_findings(agreement, self._profile, shared_cross_cutting)

    async def current_findings(self, uow: UnitOfWork, agreement: Agreement) -> list[Finding]:
        """`findings` with the tværgående goals shared into the agreement and accepted counted (R3)."""
        return self.findings(agreement, await shared_cross_cutting(uow, agreement))

    @staticmethod
    async def _held(uow: UnitOfWork, person: Person, agreement_id: int, action: str) -> Agreement:
        """The agreement, if the person holds it; otherwise `ApprovalRefused` (audited)."""
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None:
            await _refuse(uow, person, agreement_id, action, Refusal.NOT_FOUND.value,
                          ApprovalRefused(Refusal.NOT_FOUND))
        if not policy.may_edit(person, agreement):
            await _refuse(uow, person, agreement_id, action, Refusal.NOT_HOLDER.value,
                          ApprovalRefused(Refusal.NOT_HOLDER))
        return agreement


async def _refuse(
    uow: UnitOfWork, person: Person, agreement_id: int, action: str, reason: str, error: Exception
) -> NoReturn:
    # The refusal is committed on its own: everything else the unit of work did is rolled back.
    await uow.rollback()
    await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.refused", actor_id=person.id,
                                   subject=f"agreement:{agreement_id}", detail={"action": action, "reason": reason}))
    await uow.commit()
    raise error
