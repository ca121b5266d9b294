"""Submitting an agreement and the giver's decision on it (R9: the approval stands in for the signatures).

The review loop, per version number v (a version that was sent is never changed again):

    DRAFT(v) --submit--> SUBMITTED(v) --decide--> APPROVED(v) | CHANGES_REQUESTED(v)
    SUBMITTED(v) | APPROVED(v) | CHANGES_REQUESTED(v) --first edit--> DRAFT(v+1)
    CHANGES_REQUESTED(v) --submit unchanged--> SUBMITTED(v+1)

so every round of sending gets its own `AgreementVersion` record, and the giver's card for round v stays what
the giver saw.

Every refusal raises `ApprovalRefused` with a Danish message, changes nothing and is audited by the caller's
unit of work (the refusal's audit event is written before the exception leaves). Decisions are guarded by a
conditional status transition, so a double click or two decisions at once record one decision.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from agreements import policy
from agreements.agreement import involvement
from agreements.agreement.shared_goals import shared_cross_cutting
from agreements.clock import local_today
from agreements.goals.rules import Finding, agreement_findings
from agreements.ports import UnitOfWork
from agreements.profiles import Profile
from agreements.types import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Decision,
    PendingCard,
    Person,
)

MIN_COMMENT_LENGTH = 3
# The holder may change and send the agreement in these states without waiting for anyone.
EDITABLE = (AgreementStatus.DRAFT, AgreementStatus.CHANGES_REQUESTED)
# States whose version has been sent: the first change starts a new version.
SENT = (AgreementStatus.SUBMITTED, AgreementStatus.APPROVED, AgreementStatus.CHANGES_REQUESTED)


def change_needs_new_approval(status: AgreementStatus) -> bool:
    """A change to an agreement waiting for or holding the giver's approval makes a version the giver must approve
    again: the holder is warned first. A draft, or one sent back for changes, is being worked on anyway."""
    return status in (AgreementStatus.SUBMITTED, AgreementStatus.APPROVED)


class Refusal(enum.StrEnum):
    NOT_FOUND = "not_found"
    NOT_HOLDER = "not_holder"
    NOT_GIVER = "not_giver"
    NOT_SUBMITTABLE = "not_submittable"
    NEEDS_REASON = "needs_reason"
    STALE_VERSION = "stale_version"
    ALREADY_DECIDED = "already_decided"
    NOT_SUBMITTED = "not_submitted"
    COMMENT_REQUIRED = "comment_required"
    ASK_INVOLVEMENT = "ask_involvement"  # R10: the holder is asked before the agreement is sent
    INVOLVEMENT_ANSWER = "involvement_answer"  # «not yet», or a day ahead: the message says which


REFUSAL_TEXTS = {
    Refusal.NOT_FOUND: "Jeg kan ikke finde den aftale.",
    Refusal.NOT_HOLDER: "Det er kun aftaleholderen, der kan ændre og indsende aftalen.",
    Refusal.NOT_GIVER: "Det er kun aftalegiveren, der kan godkende aftalen eller bede om ændringer.",
    Refusal.NOT_SUBMITTABLE: "Aftalen er allerede sendt til godkendelse eller godkendt.",
    Refusal.NEEDS_REASON: "Aftalen mangler stadig noget. Skriv en kort begrundelse, hvis du vil sende den alligevel.",
    Refusal.STALE_VERSION: "Aftalen er ændret, siden kortet blev sendt. Kortet er opdateret – se den nye version.",
    Refusal.ALREADY_DECIDED: "Der er allerede truffet en beslutning om denne version af aftalen.",
    Refusal.NOT_SUBMITTED: "Aftalen er ikke sendt til godkendelse.",
    Refusal.COMMENT_REQUIRED: "Skriv en kommentar, så aftaleholderen ved, hvad der skal ændres.",
    Refusal.ASK_INVOLVEMENT: involvement.QUESTION,
    Refusal.INVOLVEMENT_ANSWER: "",
}


class ApprovalRefused(Exception):
    def __init__(self, reason: Refusal, findings: list[Finding] | None = None, *, bodies: list[str] | None = None,
                 message: str | None = None) -> None:
        super().__init__(message or REFUSAL_TEXTS[reason])
        self.reason = reason
        self.findings = findings or []
        self.bodies = bodies or []  # ASK_INVOLVEMENT: the bodies nothing is recorded for (R10)
        self._message = message

    @property
    def message(self) -> str:
        if self.reason is Refusal.ASK_INVOLVEMENT:
            return involvement.QUESTION.format(bodies=involvement.names(self.bodies))
        return self._message or REFUSAL_TEXTS[self.reason]


@dataclass(frozen=True, slots=True)
class Submitted:
    agreement: Agreement
    version: AgreementVersion
    findings: list[Finding]
    giver: Person
    giver_reachable: bool


@dataclass(frozen=True, slots=True)
class Decided:
    agreement: Agreement
    version: AgreementVersion
    holder: Person


def snapshot(agreement: Agreement) -> dict[str, Any]:
    """The agreement as JSON-ready data, kept readable after later versions replace it."""

    def plain(value: Any) -> Any:
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, date | datetime):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return plain(dataclasses.asdict(agreement))  # type: ignore[no-any-return]


class ApprovalService:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    async def submit(
        self, uow: UnitOfWork, person: Person, agreement_id: int, reason: str | None, now: datetime,
        *, involvement_answer: str | None = None, involved_on: date | None = None,
    ) -> Submitted:
        """R10: while nothing is recorded for Lokal-MED, the bestyrelse or the lederteam, the holder is asked first
        (ASK_INVOLVEMENT); `involvement_answer` (agreements.agreement.involvement.ANSWERS) with `involved_on` is the
        answer,
        recorded here. The version's snapshot keeps what the giver is shown."""
        agreement = await self._agreement(uow, person, agreement_id)
        if not policy.may_submit(person, agreement):
            await self._refuse(uow, person, agreement_id, Refusal.NOT_HOLDER, "submit")
        if agreement.status not in EDITABLE:
            raise ApprovalRefused(Refusal.NOT_SUBMITTABLE)
        findings = agreement_findings(agreement, self._profile, await shared_cross_cutting(uow, agreement))
        reason = (reason or "").strip() or None
        if findings and reason is None:
            raise ApprovalRefused(Refusal.NEEDS_REASON, findings)
        assert person.id is not None and agreement.id is not None
        involved: involvement.State | None = None
        involvements = getattr(uow, "involvements", None)  # a unit of work without them (a use-case test) skips R10
        if involvements is not None:
            involved = await involvement.involvement_state(uow, agreement)  # type: ignore[arg-type]
            if involvement.missing(involved):
                if involvement_answer not in involvement.ANSWERS:
                    raise ApprovalRefused(Refusal.ASK_INVOLVEMENT, bodies=involvement.missing(involved))
                try:
                    involved = await involvement.answer_before_submit(
                        uow, person, agreement, involved, str(involvement_answer), involved_on,  # type: ignore[arg-type]
                        local_today(now))
                except involvement.InvolvementAnswerRefused as refused:
                    raise ApprovalRefused(Refusal.INVOLVEMENT_ANSWER, message=str(refused)) from None
        # A version that was sent before (sent back for changes and now sent again as it is) is not re-used:
        # this round gets the next number.
        recorded = {r.version for r in await uow.agreements.versions(person.tenant_id, agreement.id)}
        new_version = agreement.version + 1 if agreement.version in recorded else agreement.version
        moved = await uow.agreements.transition(
            person.tenant_id, agreement.id, from_statuses=(agreement.status,), version=agreement.version,
            to_status=AgreementStatus.SUBMITTED, to_version=new_version,
        )
        if not moved:
            raise ApprovalRefused(Refusal.NOT_SUBMITTABLE)
        agreement.status, agreement.version = AgreementStatus.SUBMITTED, new_version
        record = await uow.agreements.add_version(
            AgreementVersion(
                tenant_id=person.tenant_id, agreement_id=agreement.id, version=agreement.version,
                snapshot={**snapshot(agreement), "missing": [f.message for f in findings],
                          **({"involvement": involvement.as_json(involved)} if involved is not None else {})},
                submitted_by=person.id, submitted_at=now, submit_reason=reason,
            )
        )
        giver = await uow.people.get(person.tenant_id, agreement.giver_id)
        assert giver is not None and giver.id is not None
        reachable = giver.conversation_reference is not None
        if not reachable:
            await uow.cards.add_pending(
                PendingCard(person.tenant_id, giver.id, "approval", agreement.id, agreement.version)
            )
        await self._audit(uow, person, agreement.id, "agreement.submitted",
                          {"version": agreement.version, "missing": [f.message for f in findings], "reason": reason})
        return Submitted(agreement, record, findings, giver, reachable)

    async def approve(
        self, uow: UnitOfWork, person: Person, agreement_id: int, version: int, now: datetime,
        *, comment: str | None = None,
    ) -> Decided:
        """Approves the version; a comment is optional and stays with the decision (the holder sees it)."""
        return await self._decide(uow, person, agreement_id, version, Decision.APPROVED, comment, now)

    async def request_changes(
        self, uow: UnitOfWork, person: Person, agreement_id: int, version: int, comment: str | None, now: datetime
    ) -> Decided:
        return await self._decide(uow, person, agreement_id, version, Decision.CHANGES_REQUESTED, comment, now)

    async def begin_edit(self, uow: UnitOfWork, person: Person, agreement: Agreement) -> Agreement:
        """Before the holder changes anything: an agreement whose version was sent (waiting, approved, or sent back
        for changes) becomes a draft of the next version, so the sent version stays as the giver saw it."""
        if not policy.may_edit(person, agreement):
            await self._refuse(uow, person, agreement.id or 0, Refusal.NOT_HOLDER, "edit")
        assert agreement.id is not None
        for _ in range(3):
            if agreement.status is AgreementStatus.DRAFT:
                return agreement
            moved = await uow.agreements.transition(
                person.tenant_id, agreement.id, from_statuses=SENT, version=agreement.version,
                to_status=AgreementStatus.DRAFT, to_version=agreement.version + 1,
            )
            if moved:
                break
            # Changed by someone else since it was read (e.g. the giver decided at the same moment): edit the
            # agreement as it is now rather than lose the holder's change.
            current = await uow.agreements.get(person.tenant_id, agreement.id)
            if current is None or not policy.may_edit(person, current):
                raise ApprovalRefused(Refusal.STALE_VERSION)
            agreement.status, agreement.version = current.status, current.version
        else:
            raise ApprovalRefused(Refusal.STALE_VERSION)
        await self._audit(uow, person, agreement.id, "agreement.new_version",
                          {"from_version": agreement.version, "previous_status": agreement.status.value})
        agreement.status, agreement.version = AgreementStatus.DRAFT, agreement.version + 1
        return agreement

    async def _decide(
        self, uow: UnitOfWork, person: Person, agreement_id: int, version: int, decision: Decision,
        comment: str | None, now: datetime,
    ) -> Decided:
        agreement = await self._agreement(uow, person, agreement_id)
        if not policy.may_decide(person, agreement):
            await self._refuse(uow, person, agreement_id, Refusal.NOT_GIVER, decision.value)
        comment = (comment or "").strip() or None
        if decision is Decision.CHANGES_REQUESTED and (comment is None or len(comment) < MIN_COMMENT_LENGTH):
            raise ApprovalRefused(Refusal.COMMENT_REQUIRED)
        if version != agreement.version:
            await self._refuse(uow, person, agreement_id, Refusal.STALE_VERSION, decision.value)
        if agreement.status is not AgreementStatus.SUBMITTED:
            refusal = Refusal.ALREADY_DECIDED if agreement.status in (
                AgreementStatus.APPROVED, AgreementStatus.CHANGES_REQUESTED) else Refusal.NOT_SUBMITTED
            await self._refuse(uow, person, agreement_id, refusal, decision.value)
        target = AgreementStatus.APPROVED if decision is Decision.APPROVED else AgreementStatus.CHANGES_REQUESTED
        assert person.id is not None
        moved = await uow.agreements.transition(
            person.tenant_id, agreement_id, from_statuses=(AgreementStatus.SUBMITTED,), version=version,
            to_status=target,
        )
        if not moved:  # changed since it was read: decided by a second click, or taken back by the holder
            current = await uow.agreements.get(person.tenant_id, agreement_id)
            decided = current is not None and current.version == version and current.status in (
                AgreementStatus.APPROVED, AgreementStatus.CHANGES_REQUESTED)
            await self._refuse(uow, person, agreement_id,
                               Refusal.ALREADY_DECIDED if decided else Refusal.STALE_VERSION, decision.value)
        records = await uow.agreements.versions(person.tenant_id, agreement_id)
        record = next(r for r in records if r.version == version)
        record.decision, record.decided_by, record.decided_at, record.decision_comment = (
            decision, person.id, now, comment,
        )
        await uow.agreements.record_decision(record)
        await self._audit(uow, person, agreement_id, f"agreement.{decision.value}",
                          {"version": version, "comment": comment})
        agreement.status = target
        holder = await uow.people.get(person.tenant_id, agreement.holder_id)
        assert holder is not None
        return Decided(agreement, record, holder)

    async def _agreement(self, uow: UnitOfWork, person: Person, agreement_id: int) -> Agreement:
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None:
            await self._refuse(uow, person, agreement_id, Refusal.NOT_FOUND, "read")
        assert agreement is not None
        return agreement

    async def _refuse(self, uow: UnitOfWork, person: Person, agreement_id: int, reason: Refusal, action: str) -> None:
        # The refusal is committed on its own: the caller rolls back everything else.
        await uow.rollback()
        await self._audit(uow, person, agreement_id, "agreement.refused", {"action": action, "reason": reason.value})
        await uow.commit()
        raise ApprovalRefused(reason)

    @staticmethod
    async def _audit(uow: UnitOfWork, person: Person, agreement_id: int, action: str, detail: dict[str, Any]) -> None:
        await uow.audit.add(
            AuditEvent(tenant_id=person.tenant_id, action=action, actor_id=person.id,
                       subject=f"agreement:{agreement_id}", detail=detail)
        )
