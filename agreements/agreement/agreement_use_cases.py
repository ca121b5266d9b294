"""Use cases of the agreement and approval: send for approval, decide, export link, cards waiting for a giver.

Framework-free. Each use case owns its transaction (commits, or rolls back on a refusal), its audit events and
its policy decisions; it reaches people outside the turn through agreements.ports.Notifier, and asks the edge
how a card or a notice looks through `ApprovalMessages` (cards and Danish texts live at the edge). The edge
(bot/teams/agreement_flow.py) only turns a card action into a call here and the result into a reply.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from agreements import policy
from agreements.agreement.approval import ApprovalRefused, ApprovalService, Decided, Submitted
from agreements.clock import Clock
from agreements.ports import AppInstaller, NotificationFailed, Notifier, UnitOfWork
from agreements.reach import Reach
from agreements.types import (
    Agreement,
    AgreementVersion,
    AuditEvent,
    PendingCard,
    Person,
    SentCard,
    Unit,
)

log = logging.getLogger(__name__)
APPROVAL = "approval"
Card = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Parties:
    agreement: Agreement
    unit: Unit
    holder: Person
    giver: Person


async def load_parties(uow: UnitOfWork, agreement: Agreement | None) -> Parties:
    assert agreement is not None
    unit = await uow.units.get(agreement.tenant_id, agreement.unit_id)
    holder = await uow.people.get(agreement.tenant_id, agreement.holder_id)
    giver = await uow.people.get(agreement.tenant_id, agreement.giver_id)
    assert unit is not None and holder is not None and giver is not None
    return Parties(agreement, unit, holder, giver)


class ApprovalMessages(Protocol):
    """How the cards and notices of the approval look: the edge renders, the use case decides who gets what."""

    async def approval(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion, *, can_decide: bool,
                       decider: Person | None = None) -> Card: ...

    async def agreement(self, uow: UnitOfWork, parties: Parties) -> Card: ...

    def new_approval(self, parties: Parties) -> str: ...

    def decision_notice(self, parties: Parties, decided: Decided, decider: Person) -> str: ...


@dataclass(frozen=True, slots=True)
class Submission:
    submitted: Submitted
    parties: Parties
    delivered: bool  # the giver got the approval card now (else it waits for their next visit)
    installed: bool = False  # the app was installed for the giver just now (agreements.reach)


@dataclass(frozen=True, slots=True)
class Decision:
    decided: Decided
    parties: Parties


@dataclass(frozen=True, slots=True)
class ApprovalShown:
    """One sent version as a viewer sees it on the approval card."""

    parties: Parties
    record: AgreementVersion
    decider: Person | None
    can_decide: bool


class AgreementUseCases:
    def __init__(self, approvals: ApprovalService, notifier: Notifier, clock: Clock,
                 installer: AppInstaller | None = None) -> None:
        self._approvals = approvals
        self._notifier = notifier
        self._clock = clock
        self._reach = Reach(notifier, installer, clock)

    # --- send and decide ---------------------------------------------------------------------------

    async def submit(self, uow: UnitOfWork, person: Person, agreement_id: int, reason: str | None,
                     messages: ApprovalMessages, *, involvement_answer: str | None = None,
                     involved_on: date | None = None) -> Submission:
        """Sends the agreement for approval, and the approval card to the giver (or keeps it for their next
        visit). `involvement_answer`: the holder's answer to the R10 question. Raises ApprovalRefused (also to ask
        that question first), everything else rolled back."""
        try:
            submitted = await self._approvals.submit(uow, person, agreement_id, reason, self._clock(),
                                                     involvement_answer=involvement_answer, involved_on=involved_on)
        except ApprovalRefused:
            await uow.rollback()
            raise
        await uow.commit()
        parties = await load_parties(uow, submitted.agreement)
        giver = submitted.giver
        if not submitted.giver_reachable:
            return await self._reach_giver(uow, submitted, parties, messages)
        delivered = False
        try:
            await self._deliver_approval(uow, parties, submitted.version, giver, messages)
            delivered = True
        except NotificationFailed:
            log.warning("the approval card could not reach the giver; it waits for their next visit")
            assert giver.id is not None and submitted.agreement.id is not None
            await uow.cards.add_pending(PendingCard(giver.tenant_id, giver.id, APPROVAL,
                                                    submitted.agreement.id, submitted.version.version))
        await uow.commit()
        return Submission(submitted, parties, delivered)

    async def _reach_giver(self, uow: UnitOfWork, submitted: Submitted, parties: Parties,
                           messages: ApprovalMessages) -> Submission:
        """A giver the bot has no conversation with: the card is parked (committed above), the app installed for
        them (agreements.reach) and the card sent to the installation's chat at once. When that cannot be done, the
        card waits for their first visit (or the installation's own turn); the submission stands either way."""
        giver = submitted.giver
        reached = await self._reach.conversation(uow, giver)
        delivered = False
        if reached.conversation is not None:
            try:
                delivered = await self.deliver_pending(uow, giver, messages) > 0
            except NotificationFailed:
                await uow.rollback()
                log.warning("the approval card could not reach the giver's new chat; it waits for their visit")
        return Submission(submitted, parties, delivered, reached.installed_now)

    async def remember_posted(self, uow: UnitOfWork, person: Person, parties: Parties, reference: dict[str, Any],
                              activity_id: str) -> None:
        """The approval card just posted in the person's conversation, so a decision updates it there too."""
        if activity_id:
            await uow.cards.remember_sent(_sent(person, parties, parties.agreement.version, reference, activity_id))
            await uow.commit()

    async def decide(self, uow: UnitOfWork, person: Person, *, approve: bool, agreement_id: int, version: int,
                     comment: str | None, messages: ApprovalMessages, clicked: str | None) -> Decision:
        """Approves or sends back one version; updates the other posted copies of its card (not `clicked`, which
        the reply replaces) and tells the holder. Raises ApprovalRefused, everything else rolled back."""
        try:
            if approve:
                decided = await self._approvals.approve(uow, person, agreement_id, version, self._clock(),
                                                        comment=comment)
            else:
                decided = await self._approvals.request_changes(uow, person, agreement_id, version, comment,
                                                                self._clock())
        except ApprovalRefused:
            await uow.rollback()
            raise
        await uow.commit()
        parties = await load_parties(uow, decided.agreement)
        await self._update_other_copies(uow, parties, decided.version, person, messages, clicked)
        # The holder is told wherever they can be reached (the app installed for them if need be), or when they can.
        holder = decided.holder
        key = f"decision:{parties.agreement.id}:{decided.version.version}"
        await self._reach.send(uow, holder, key=key, text=messages.decision_notice(parties, decided, person))
        if not approve:  # the agreement, with its «Send til godkendelse» button, to change and send again from
            await self._reach.send(uow, holder, key=f"{key}:agreement", card=await messages.agreement(uow, parties))
        return Decision(decided, parties)

    async def record_export_link(self, uow: UnitOfWork, person: Person, agreement: Agreement) -> None:
        """Download links were made for this person: audited and committed."""
        assert agreement.id is not None and person.id is not None
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.export_link", actor_id=person.id,
                                       subject=f"agreement:{agreement.id}", detail={"version": agreement.version}))
        await uow.commit()

    async def approval_shown(self, uow: UnitOfWork, agreement: Agreement, viewer: Person,
                             version: int | None = None) -> ApprovalShown | None:
        """The sent version `version` (else the latest) as `viewer` sees it; None while nothing was sent."""
        assert agreement.id is not None
        records = await uow.agreements.versions(agreement.tenant_id, agreement.id)
        if not records:
            return None
        record = next((r for r in records if r.version == version), records[-1])
        decider = await uow.people.get(agreement.tenant_id, record.decided_by) if record.decided_by else None
        return ApprovalShown(await load_parties(uow, agreement), record, decider,
                             can_decide=policy.may_decide(viewer, agreement))

    # --- delivery ----------------------------------------------------------------------------------

    async def deliver_pending(self, uow: UnitOfWork, person: Person, messages: ApprovalMessages) -> int:
        """Cards that waited for this person to open the bot; called on every turn of a reachable person, and
        committed when there were any."""
        if person.id is None or not person.conversation_reference:
            return 0
        pending_cards = await uow.cards.pending_for(person.tenant_id, person.id)
        delivered = 0
        for pending in pending_cards:
            agreement = await uow.agreements.get(person.tenant_id, pending.agreement_id)
            if agreement is not None and agreement.version == pending.version:
                parties = await load_parties(uow, agreement)
                records = await uow.agreements.versions(person.tenant_id, pending.agreement_id)
                record = next((r for r in records if r.version == pending.version), None)
                if record is not None:
                    await self._deliver_approval(uow, parties, record, person, messages)
                    delivered += 1
            await uow.cards.mark_delivered(pending)
        if delivered:
            await uow.commit()
        return delivered

    async def _deliver_approval(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion, giver: Person,
                                messages: ApprovalMessages) -> None:
        assert giver.conversation_reference is not None
        card = await messages.approval(uow, parties, record, can_decide=True)
        await self._notifier.send(giver.conversation_reference, text=messages.new_approval(parties))
        activity_id = await self._notifier.send(giver.conversation_reference, card=card)
        if activity_id:
            await uow.cards.remember_sent(_sent(giver, parties, record.version, giver.conversation_reference,
                                                activity_id))

    async def _update_other_copies(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion,
                                   decider: Person, messages: ApprovalMessages, clicked: str | None) -> None:
        """Updates every posted copy of the approval card, except the one just clicked (the reply replaces it)."""
        assert parties.agreement.id is not None
        for sent in await uow.cards.sent(parties.agreement.tenant_id, parties.agreement.id, APPROVAL):
            if sent.activity_id == clicked or sent.version != record.version:
                continue
            viewer = parties.giver if sent.person_id == parties.giver.id else parties.holder
            if not viewer.conversation_reference:
                continue
            # The card stays where it was posted, even if the person has since talked to the bot elsewhere.
            reference = {
                **viewer.conversation_reference,
                "serviceUrl": sent.service_url,
                "conversation": {**viewer.conversation_reference.get("conversation", {}), "id": sent.conversation_id},
            }
            card = await messages.approval(uow, parties, record, can_decide=viewer.id == parties.giver.id,
                                           decider=decider)
            await _safely(self._notifier.update(reference, sent.activity_id, card))


def _sent(person: Person, parties: Parties, version: int, reference: dict[str, Any], activity_id: str) -> SentCard:
    assert parties.agreement.id is not None and person.id is not None
    return SentCard(
        tenant_id=person.tenant_id, agreement_id=parties.agreement.id, person_id=person.id, kind=APPROVAL,
        conversation_id=str(reference.get("conversation", {}).get("id", "")), activity_id=activity_id,
        service_url=str(reference.get("serviceUrl", "")), version=version,
    )


async def _safely(call: Awaitable[Any]) -> None:
    try:
        await call
    except Exception:  # a colleague's unreachable chat must not undo a recorded decision
        log.warning("could not update a card or notify a participant", exc_info=True)
