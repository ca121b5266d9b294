"""Use cases. Each takes the unit of work of the current turn or command; the caller commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agreements.approval import ApprovalService
from agreements.monthly import JOB_KIND as MONTHLY_STATUS_JOB
from agreements.ports import UnitOfWork
from agreements.profiles import Profile
from agreements.rules import Finding, agreement_findings
from agreements.types import Agreement, AuditEvent, Goal, GoalKind, Person


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is speaking, as the channel says it."""

    tenant_id: str
    aad_object_id: str
    name: str
    teams_user_id: str | None = None
    email: str | None = None


class PeopleService:
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
        person = await uow.people.get_by_aad(identity.tenant_id, identity.aad_object_id)
        unreachable = person is None or person.conversation_reference is None
        if person is None:
            # Teams sends installationUpdate and conversationUpdate together: two turns may create one person.
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
        if changed:
            await uow.people.update(person)
        if unreachable and person.conversation_reference and person.id is not None and now is not None:
            await uow.jobs.wake_recipient(person.tenant_id, MONTHLY_STATUS_JOB, person.id, now)
        return person

    async def claim_welcome(self, uow: UnitOfWork, person: Person, now: datetime) -> bool:
        """True exactly once per person: the first time they should be greeted."""
        if person.welcomed_at is not None or person.id is None:
            return False
        claimed = await uow.people.claim_welcome(person.tenant_id, person.id, now)
        if claimed:
            person.welcomed_at = now
        return claimed


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

    async def add_draft_goal(
        self, uow: UnitOfWork, person: Person, agreement_id: int, goal: Goal
    ) -> Goal:
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None or agreement.holder_id != person.id:
            raise PermissionError("only the holder can add goals to the agreement")
        await self._approvals.begin_edit(uow, person, agreement)
        if goal.kind is GoalKind.FOCUS_AREA and goal.focus_area not in self._profile.focus_areas:
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
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None or agreement.holder_id != person.id:
            raise PermissionError("only the holder can change the agreement's goals")
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

    def findings(self, agreement: Agreement) -> list[Finding]:
        return agreement_findings(agreement, self._profile)
