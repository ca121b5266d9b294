"""The edge of the agreement and approval use cases: cards in, services called, cards and messages out."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements import policy
from agreements.approval import ApprovalRefused, ApprovalService, Refusal
from agreements.clock import Clock, local_today
from agreements.document import DocumentService, ExportFormat, ExportRefused
from agreements.ports import UnitOfWork
from agreements.services import AgreementAccessRefused, AgreementService
from agreements.shared_goals import SharedGoalService
from agreements.types import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Decision,
    PendingCard,
    Person,
    SentCard,
    Unit,
)
from agreements.version_changes import last_decided_before
from bot import export_texts, texts
from bot.export_links import ExportLinks
from bot.proactive import ProactiveSender, ProactiveSendError
from cards.agreement import (
    InvolvementQuestionView,
    agreement_card,
    approval_card,
    export_links_card,
    involvement_question_card,
)
from cards.agreement_views import agreement_view, approval_view, decision_note, export_links_view, when
from cards.escape import fill, plain
from cards.payloads import AgreementAction
from dialogs.turn import show_typing

log = logging.getLogger(__name__)
APPROVAL = "approval"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an action gives back: a card to replace the one clicked, and/or a message."""

    card: dict[str, Any] | None = None
    message: str | None = None
    # True when the card only replaces the clicked one; a typed command already got its replies.
    replaces_only: bool = False


@dataclass(frozen=True, slots=True)
class Parties:
    agreement: Agreement
    unit: Unit
    holder: Person
    giver: Person


class AgreementFlow:
    def __init__(
        self, agreements: AgreementService, approvals: ApprovalService, sender: ProactiveSender, clock: Clock,
        *, exports: ExportLinks | None = None,
    ) -> None:
        self._agreements = agreements
        self._approvals = approvals
        self._sender = sender
        self._clock = clock
        self._exports = exports
        self._documents = DocumentService(agreements.profile)
        self._shared = SharedGoalService()

    # --- «min aftale» ------------------------------------------------------------------------------

    async def show(self, context: TurnContext, uow: UnitOfWork, person: Person) -> None:
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        given = [a for a in await uow.agreements.for_year(person.tenant_id) if a.giver_id == person.id]
        if not held and not given:
            await context.send_activity(texts.NO_AGREEMENT_TO_SHOW)
            return
        for agreement in held[:3]:
            parties = await self._parties(uow, agreement)
            await self._send_card(context, await self.agreement_card(uow, parties))
        for agreement in given[:5]:
            card = None
            if agreement.status is not AgreementStatus.DRAFT:
                card = await self._approval_card_for(uow, agreement, viewer=person, version=agreement.version)
            if card is None:  # a draft the holder is still working on: the giver reads it, and is told so
                parties = await self._parties(uow, agreement)
                await context.send_activity(texts.GIVER_SEES_DRAFT.format(
                    unit=parties.unit.name, year=agreement.year, holder=parties.holder.name))
                card = await self.agreement_card(uow, parties, viewer=person)
            await self._send_card(context, card)

    async def send_privately(self, person: Person, command: str, uow: UnitOfWork) -> None:
        """Answers a personal command from a shared conversation in the person's 1:1 chat."""
        assert person.conversation_reference is not None and person.id is not None
        if command in ("min aftale", "vis aftale", "mine aftaler"):
            held = await uow.agreements.for_holder(person.tenant_id, person.id)
            await self._safely(self._sender.send(person.conversation_reference,
                                                 text=texts.PRIVATE_FOLLOW_UP.format(command=command)))
            for agreement in held[:3]:
                card = await self.agreement_card(uow, await self._parties(uow, agreement))
                await self._safely(self._sender.send(person.conversation_reference, card=card))
            return
        await self._safely(self._sender.send(person.conversation_reference,
                                             text=texts.PRIVATE_START.format(command=command)))

    async def agreement_card(self, uow: UnitOfWork, parties: Parties, viewer: Person | None = None) -> dict[str, Any]:
        """«Min aftale»: the holder's card (with its buttons while the holder may send it), or a reader's; the
        giver's last decision and comment stay on it until the next decision."""
        agreement = parties.agreement
        assert agreement.id is not None
        records = await uow.agreements.versions(agreement.tenant_id, agreement.id)
        last = last_decided_before(records, agreement.version + 1)
        decider = await uow.people.get(agreement.tenant_id, last.decided_by) if last and last.decided_by else None
        findings = self._agreements.findings(agreement)
        viewer_is_holder = viewer is None or viewer.id == agreement.holder_id
        shared = (await self._shared.shared_into(uow, agreement, local_today(self._clock()))  # type: ignore[arg-type]
                  if getattr(uow, "goal_shares", None) is not None else [])
        return agreement_card(agreement_view(agreement, parties.unit, parties.holder, parties.giver, findings,
                                             last_decision=decision_note(last, decider),
                                             viewer_is_holder=viewer_is_holder, shared_goals=shared))

    async def history(self, context: TurnContext, uow: UnitOfWork, person: Person) -> None:
        """«historik»: each version, when it was sent and with what comment, and each decision with the giver's
        comment; for the agreements the person holds or gives."""
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        given = [a for a in await uow.agreements.for_year(person.tenant_id)
                 if a.giver_id == person.id and a.holder_id != person.id]
        if not held and not given:
            await context.send_activity(texts.NO_AGREEMENT_TO_SHOW)
            return
        for agreement in [*held, *given]:
            parties = await self._parties(uow, agreement)
            assert agreement.id is not None
            records = await uow.agreements.versions(person.tenant_id, agreement.id)
            lines = [fill(texts.HISTORY_TITLE, unit=parties.unit.name, year=agreement.year)]
            for record in records:
                decider = await uow.people.get(person.tenant_id, record.decided_by) if record.decided_by else None
                decision = ""
                if record.decision and record.decided_at:
                    word = "godkendt" if record.decision is Decision.APPROVED else "sendt tilbage til ændringer"
                    decision = f"; {word} af {plain(decider.name) if decider else '?'} {when(record.decided_at)}"
                    if record.decision_comment:
                        decision += fill(texts.HISTORY_COMMENT, comment=record.decision_comment)
                reason = fill(texts.HISTORY_REASON, reason=record.submit_reason) if record.submit_reason else ""
                lines.append(texts.HISTORY_LINE.format(
                    version=record.version, submitted=when(record.submitted_at), reason=reason, decision=decision))
            if agreement.version not in [r.version for r in records]:
                lines.append(texts.HISTORY_NONE.format(version=agreement.version))
            await context.send_activity("\n\n".join(lines))

    # --- card actions ------------------------------------------------------------------------------

    async def act(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Outcome:
        try:
            if action.verb == "agreement.submit":
                return await self._submit(context, uow, person, action)
            if action.verb == "agreement.export":
                return await self._export(context, uow, person, action)
            if action.verb == "agreement.refresh":
                try:
                    agreement = await self._agreements.view(uow, person, action.agreement)
                except AgreementAccessRefused as refused:
                    return Outcome(message=refused.message)
                return Outcome(card=await self._approval_card_for(uow, agreement, person, action.version))
            return await self._decide(context, uow, person, action)
        except ApprovalRefused as refused:
            await uow.rollback()
            return await self._refused(uow, person, action, refused)

    async def _submit(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Outcome:
        submitted = await self._approvals.submit(uow, person, action.agreement, action.reason, self._clock(),
                                                 involvement_answer=action.involvement, involved_on=action.involved_on)
        await uow.commit()
        parties = await self._parties(uow, submitted.agreement)
        assert submitted.agreement.id is not None
        giver = submitted.giver
        delivered = False
        if submitted.giver_reachable:
            try:
                await self._deliver_approval(uow, parties, submitted.version, giver)
                delivered = True
            except ProactiveSendError:
                log.warning("the approval card could not reach the giver; it waits for their next visit")
                assert giver.id is not None and submitted.agreement.id is not None
                await uow.cards.add_pending(PendingCard(giver.tenant_id, giver.id, APPROVAL,
                                                        submitted.agreement.id, submitted.version.version))
        if delivered:
            message = fill(texts.SUBMITTED, giver=giver.name)
        else:
            message = fill(texts.SUBMITTED_GIVER_UNREACHABLE, giver=giver.name, first=giver.name.split()[0])
        await context.send_activity(message)
        holder_card = await self._approval(uow, parties, submitted.version, can_decide=False)
        activity_id = await self._send_card(context, holder_card)
        await self._remember(uow, parties, person, context, activity_id)
        await uow.commit()
        return Outcome(card=await self.agreement_card(uow, parties), replaces_only=True)

    async def _export(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Outcome:
        """Posts a card with signed download links (DOCX and Markdown) for this person; the clicked card stays."""
        if self._exports is None:
            return Outcome(message=export_texts.EXPORT_NOT_AVAILABLE)
        try:
            agreement = await self._documents.check_access(uow, person, action.agreement, "export_link")
        except ExportRefused as refused:
            return Outcome(message=refused.message)
        await show_typing(context)  # the links and their document are put together while Teams shows the bot writing
        parties = await self._parties(uow, agreement)
        assert agreement.id is not None and person.id is not None
        docx_url, markdown_url = (
            self._exports.url(person.tenant_id, agreement.id, agreement.version, fmt, person.id)
            for fmt in (ExportFormat.DOCX, ExportFormat.MARKDOWN)
        )
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.export_link", actor_id=person.id,
                                       subject=f"agreement:{agreement.id}", detail={"version": agreement.version}))
        await uow.commit()
        minutes = int(self._exports.lifetime.total_seconds() // 60)
        await self._send_card(context, export_links_card(
            export_links_view(agreement, parties.unit, docx_url, markdown_url, minutes)))
        return Outcome(card=await self.agreement_card(uow, parties, viewer=person), replaces_only=True)

    async def _decide(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Outcome:
        version = action.version or 0
        if action.verb == "agreement.approve":
            decided = await self._approvals.approve(uow, person, action.agreement, version, self._clock(),
                                                    comment=action.comment)
        else:
            decided = await self._approvals.request_changes(
                uow, person, action.agreement, version, action.comment, self._clock())
        await uow.commit()
        parties = await self._parties(uow, decided.agreement)
        card_for_giver = await self._approval(uow, parties, decided.version, can_decide=False, decider=person)
        await self._update_other_copies(uow, parties, decided.version, person, skip=context)
        holder = decided.holder
        if holder.conversation_reference:
            if decided.version.decision is Decision.APPROVED:
                notice = fill(texts.APPROVED_FOR_HOLDER, giver=person.name, unit=parties.unit.name,
                              year=parties.agreement.year, version=version)
                if decided.version.decision_comment:
                    notice += " " + fill(texts.APPROVED_WITH_COMMENT, comment=decided.version.decision_comment)
                await self._safely(self._sender.send(holder.conversation_reference, text=notice))
            else:
                notice = fill(texts.CHANGES_FOR_HOLDER,
                    giver=person.name, unit=parties.unit.name, year=parties.agreement.year,
                    comment=decided.version.decision_comment,
                )
                await self._safely(self._sender.send(holder.conversation_reference, text=notice))
                # The agreement, with its «Send til godkendelse» button, to change and send again from.
                holder_card = await self.agreement_card(uow, parties)
                await self._safely(self._sender.send(holder.conversation_reference, card=holder_card))
        decision = decided.version.decision.value if decided.version.decision else "approved"
        await context.send_activity(fill(texts.DECISION_DONE_FOR_GIVER[decision], holder=holder.name))
        return Outcome(card=card_for_giver)

    async def _refused(self, uow: UnitOfWork, person: Person, action: AgreementAction,
                       refused: ApprovalRefused) -> Outcome:
        if refused.reason is Refusal.NEEDS_REASON:
            items = "\n\n".join(f"- {f.message}" for f in refused.findings[:8])
            agreement = await uow.agreements.get(person.tenant_id, action.agreement)
            card = await self.agreement_card(uow, await self._parties(uow, agreement)) if agreement else None
            return Outcome(card=card, message=texts.NEEDS_REASON.format(items=items))
        if refused.reason is Refusal.ASK_INVOLVEMENT:  # R10: one question, then the answer sends the agreement
            return Outcome(card=involvement_question_card(InvolvementQuestionView(
                action.agreement, action.version or 1, refused.message,
                local_today(self._clock()).isoformat(), action.reason)))
        card = None
        if refused.reason in (Refusal.STALE_VERSION, Refusal.ALREADY_DECIDED):
            agreement = await uow.agreements.get(person.tenant_id, action.agreement)
            if agreement is not None:
                card = await self._approval_card_for(uow, agreement, person, action.version)
        message = refused.message
        typed = action.comment or action.reason
        if typed:  # the card that held it is replaced: give the person back what they wrote
            message = f"{message}\n\n{fill(texts.TYPED_NOT_SAVED, text=typed)}"
        return Outcome(card=card, message=message)

    # --- delivery ----------------------------------------------------------------------------------

    async def deliver_pending(self, uow: UnitOfWork, person: Person) -> int:
        """Cards that waited for this person to open the bot; called on every turn of a reachable person."""
        if person.id is None or not person.conversation_reference:
            return 0
        delivered = 0
        for pending in await uow.cards.pending_for(person.tenant_id, person.id):
            agreement = await uow.agreements.get(person.tenant_id, pending.agreement_id)
            if agreement is not None and agreement.version == pending.version:
                parties = await self._parties(uow, agreement)
                records = await uow.agreements.versions(person.tenant_id, pending.agreement_id)
                record = next((r for r in records if r.version == pending.version), None)
                if record is not None:
                    await self._deliver_approval(uow, parties, record, person)
                    delivered += 1
            await uow.cards.mark_delivered(pending)
        return delivered

    async def _deliver_approval(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion,
                                giver: Person) -> None:
        assert giver.conversation_reference is not None
        card = await self._approval(uow, parties, record, can_decide=True)
        intro = fill(texts.NEW_APPROVAL_FOR_GIVER,
            holder=parties.holder.name, unit=parties.unit.name, year=parties.agreement.year)
        await self._sender.send(giver.conversation_reference, text=intro)
        activity_id = await self._sender.send(giver.conversation_reference, card=card)
        assert parties.agreement.id is not None and giver.id is not None
        if activity_id:
            await uow.cards.remember_sent(self._sent(giver, parties, record.version, giver.conversation_reference,
                                                    activity_id))

    async def _update_other_copies(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion,
                                   decider: Person, skip: TurnContext) -> None:
        """Updates every posted copy of the approval card, except the one just clicked (the invoke replaces it)."""
        assert parties.agreement.id is not None
        clicked = skip.activity.reply_to_id
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
            card = await self._approval(uow, parties, record, can_decide=viewer.id == parties.giver.id,
                                        decider=decider)
            await self._safely(self._sender.update(reference, sent.activity_id, card))

    async def _approval_card_for(self, uow: UnitOfWork, agreement: Agreement, viewer: Person,
                                 version: int | None = None) -> dict[str, Any] | None:
        assert agreement.id is not None
        records = await uow.agreements.versions(agreement.tenant_id, agreement.id)
        if not records:
            return None
        record = next((r for r in records if r.version == version), records[-1])
        parties = await self._parties(uow, agreement)
        decider = await uow.people.get(agreement.tenant_id, record.decided_by) if record.decided_by else None
        return await self._approval(uow, parties, record, can_decide=policy.may_decide(viewer, agreement),
                                    decider=decider, records=records)

    async def _approval(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion, *, can_decide: bool,
                        decider: Person | None = None, records: list[AgreementVersion] | None = None,
                        ) -> dict[str, Any]:
        """The approval card for one sent version, with what changed since the version the giver last decided on."""
        assert parties.agreement.id is not None
        if records is None:
            records = await uow.agreements.versions(parties.agreement.tenant_id, parties.agreement.id)
        previous = last_decided_before(records, record.version)
        return approval_card(approval_view(*self._four(parties), record, decider, previous), can_decide=can_decide)

    # --- helpers -----------------------------------------------------------------------------------

    async def _parties(self, uow: UnitOfWork, agreement: Agreement | None) -> Parties:
        assert agreement is not None
        unit = await uow.units.get(agreement.tenant_id, agreement.unit_id)
        holder = await uow.people.get(agreement.tenant_id, agreement.holder_id)
        giver = await uow.people.get(agreement.tenant_id, agreement.giver_id)
        assert unit is not None and holder is not None and giver is not None
        return Parties(agreement, unit, holder, giver)

    @staticmethod
    def _four(parties: Parties) -> tuple[Agreement, Unit, Person, Person]:
        return parties.agreement, parties.unit, parties.holder, parties.giver

    async def _remember(self, uow: UnitOfWork, parties: Parties, person: Person, context: TurnContext,
                        activity_id: str) -> None:
        if activity_id:
            reference = TurnContext.get_conversation_reference(context.activity).serialize()
            await uow.cards.remember_sent(self._sent(person, parties, parties.agreement.version, reference,
                                                    activity_id))

    @staticmethod
    def _sent(person: Person, parties: Parties, version: int, reference: dict[str, Any], activity_id: str) -> SentCard:
        assert parties.agreement.id is not None and person.id is not None
        return SentCard(
            tenant_id=person.tenant_id, agreement_id=parties.agreement.id, person_id=person.id, kind=APPROVAL,
            conversation_id=str(reference.get("conversation", {}).get("id", "")), activity_id=activity_id,
            service_url=str(reference.get("serviceUrl", "")), version=version,
        )

    @staticmethod
    async def _send_card(context: TurnContext, card: dict[str, Any]) -> str:
        response = await context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))
        return getattr(response, "id", "") or ""

    @staticmethod
    async def _safely(call: Any) -> None:
        try:
            await call
        except Exception:  # a colleague's unreachable chat must not undo a recorded decision
            log.warning("could not update a card or notify a participant", exc_info=True)


__all__ = ["AgreementFlow", "Outcome"]
