"""The edge of the agreement and approval use cases: cards in, services called, cards and messages out."""

from __future__ import annotations

import logging
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements.agreement.agreement_use_cases import AgreementUseCases, Parties, load_parties
from agreements.agreement.approval import ApprovalRefused, ApprovalService, Decided, Refusal
from agreements.agreement.document import DocumentService, ExportFormat, ExportRefused
from agreements.agreement.shared_goals import SharedGoalService
from agreements.agreement.version_changes import last_decided_before
from agreements.clock import Clock, local_today
from agreements.ports import AppInstaller, UnitOfWork
from agreements.replies import Reply
from agreements.services import AgreementAccessRefused, AgreementService
from agreements.types import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    Decision,
    Person,
    Unit,
)
from bot import export_texts
from bot.teams import texts
from bot.teams.proactive import ProactiveSender
from bot.web.export_links import ExportLinks
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


class AgreementFlow:
    def __init__(
        self, agreements: AgreementService, approvals: ApprovalService, sender: ProactiveSender, clock: Clock,
        *, exports: ExportLinks | None = None, installer: AppInstaller | None = None,
    ) -> None:
        self._agreements = agreements
        self._sender = sender
        self._use_cases = AgreementUseCases(approvals, sender, clock, installer)
        self._clock = clock
        self._exports = exports
        self._documents = DocumentService(agreements.profile)
        self._shared = SharedGoalService()

    # --- «min aftale» ------------------------------------------------------------------------------

    async def show(self, context: TurnContext, uow: UnitOfWork, person: Person, *, year: int | None = None) -> None:
        """The person's agreements as cards: those they hold, then those they give; `year` (typed: «vis aftalen for
        2027»): only that year's, when there are any."""
        assert person.id is not None
        held = await uow.agreements.for_holder(person.tenant_id, person.id)
        given = [a for a in await uow.agreements.for_year(person.tenant_id) if a.giver_id == person.id]
        if year is not None and any(a.year == year for a in (*held, *given)):
            held, given = [a for a in held if a.year == year], [a for a in given if a.year == year]
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

    async def send_privately(self, person: Person, command: str, uow: UnitOfWork, *, show_agreements: bool) -> None:
        """Answers a personal command from a shared conversation in the person's 1:1 chat: the agreements
        (`show_agreements`), or what to type there to begin (`command`, as the person wrote it)."""
        assert person.conversation_reference is not None and person.id is not None
        if show_agreements:
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
        findings = await self._agreements.current_findings(uow, agreement)
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

    async def act(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Reply:
        try:
            if action.verb == "agreement.submit":
                return await self._submit(context, uow, person, action)
            if action.verb == "agreement.export":
                return await self._export(context, uow, person, action)
            if action.verb == "agreement.refresh":
                try:
                    agreement = await self._agreements.view(uow, person, action.agreement)
                except AgreementAccessRefused as refused:
                    return Reply(text=refused.message)
                return Reply(card=await self._approval_card_for(uow, agreement, person, action.version))
            return await self._decide(context, uow, person, action)
        except ApprovalRefused as refused:  # the use case rolled back
            return await self._refused(uow, person, action, refused)

    async def _submit(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Reply:
        submission = await self._use_cases.submit(uow, person, action.agreement, action.reason, self,
                                                  involvement_answer=action.involvement,
                                                  involved_on=action.involved_on)
        parties, giver = submission.parties, submission.submitted.giver
        if submission.delivered and submission.installed:
            message = fill(texts.SUBMITTED_APP_INSTALLED_DELIVERED, giver=giver.name, first=giver.name.split()[0])
        elif submission.delivered:
            message = fill(texts.SUBMITTED, giver=giver.name)
        elif submission.installed:
            message = fill(texts.SUBMITTED_APP_INSTALLED, giver=giver.name, first=giver.name.split()[0])
        else:
            message = fill(texts.SUBMITTED_GIVER_UNREACHABLE, giver=giver.name, first=giver.name.split()[0])
        await context.send_activity(message)
        holder_card = await self.approval(uow, parties, submission.submitted.version, can_decide=False)
        activity_id = await self._send_card(context, holder_card)
        reference = TurnContext.get_conversation_reference(context.activity).serialize()
        await self._use_cases.remember_posted(uow, person, parties, reference, activity_id)
        return Reply(card=await self.agreement_card(uow, parties), refresh_only=True)

    async def _export(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Reply:
        """Posts a card with signed download links (DOCX and Markdown) for this person; the clicked card stays."""
        if self._exports is None:
            return Reply(text=export_texts.EXPORT_NOT_AVAILABLE)
        try:
            agreement = await self._documents.check_access(uow, person, action.agreement, "export_link")
        except ExportRefused as refused:
            return Reply(text=refused.message)
        await show_typing(context)  # the links and their document are put together while Teams shows the bot writing
        parties = await self._parties(uow, agreement)
        assert agreement.id is not None and person.id is not None
        docx_url, markdown_url = (
            self._exports.url(person.tenant_id, agreement.id, agreement.version, fmt, person.id)
            for fmt in (ExportFormat.DOCX, ExportFormat.MARKDOWN)
        )
        await self._use_cases.record_export_link(uow, person, agreement)
        minutes = int(self._exports.lifetime.total_seconds() // 60)
        await self._send_card(context, export_links_card(
            export_links_view(agreement, parties.unit, docx_url, markdown_url, minutes)))
        return Reply(card=await self.agreement_card(uow, parties, viewer=person), refresh_only=True)

    async def _decide(self, context: TurnContext, uow: UnitOfWork, person: Person, action: AgreementAction) -> Reply:
        version = action.version or 0
        decision = await self._use_cases.decide(
            uow, person, approve=action.verb == "agreement.approve", agreement_id=action.agreement, version=version,
            comment=action.comment, messages=self, clicked=context.activity.reply_to_id)
        decided = decision.decided
        card_for_giver = await self.approval(uow, decision.parties, decided.version, can_decide=False, decider=person)
        word = decided.version.decision.value if decided.version.decision else "approved"
        await context.send_activity(fill(texts.DECISION_DONE_FOR_GIVER[word], holder=decided.holder.name))
        return Reply(card=card_for_giver)

    async def _refused(self, uow: UnitOfWork, person: Person, action: AgreementAction,
                       refused: ApprovalRefused) -> Reply:
        if refused.reason is Refusal.NEEDS_REASON:
            items = "\n\n".join(f"- {f.message}" for f in refused.findings[:8])
            agreement = await uow.agreements.get(person.tenant_id, action.agreement)
            card = await self.agreement_card(uow, await self._parties(uow, agreement)) if agreement else None
            return Reply(card=card, text=texts.NEEDS_REASON.format(items=items))
        if refused.reason is Refusal.ASK_INVOLVEMENT:  # R10: one question, then the answer sends the agreement
            return Reply(card=involvement_question_card(InvolvementQuestionView(
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
        return Reply(card=card, text=message)

    # --- delivery ----------------------------------------------------------------------------------

    async def deliver_pending(self, uow: UnitOfWork, person: Person) -> int:
        """Cards that waited for this person to open the bot (the use case commits them as delivered)."""
        return await self._use_cases.deliver_pending(uow, person, self)

    # --- how the approval's cards and notices look (agreements.agreement.agreement_use_cases.ApprovalMessages) --------

    async def approval(self, uow: UnitOfWork, parties: Parties, record: AgreementVersion, *, can_decide: bool,
                       decider: Person | None = None, records: list[AgreementVersion] | None = None,
                       ) -> dict[str, Any]:
        """The approval card for one sent version, with what changed since the version the giver last decided on."""
        assert parties.agreement.id is not None
        if records is None:
            records = await uow.agreements.versions(parties.agreement.tenant_id, parties.agreement.id)
        previous = last_decided_before(records, record.version)
        return approval_card(approval_view(*self._four(parties), record, decider, previous), can_decide=can_decide)

    async def agreement(self, uow: UnitOfWork, parties: Parties) -> dict[str, Any]:
        return await self.agreement_card(uow, parties)

    def new_approval(self, parties: Parties) -> str:
        return fill(texts.NEW_APPROVAL_FOR_GIVER,
                    holder=parties.holder.name, unit=parties.unit.name, year=parties.agreement.year)

    def decision_notice(self, parties: Parties, decided: Decided, decider: Person) -> str:
        if decided.version.decision is Decision.APPROVED:
            notice = fill(texts.APPROVED_FOR_HOLDER, giver=decider.name, unit=parties.unit.name,
                          year=parties.agreement.year, version=decided.version.version)
            if decided.version.decision_comment:
                notice += " " + fill(texts.APPROVED_WITH_COMMENT, comment=decided.version.decision_comment)
            return notice
        return fill(texts.CHANGES_FOR_HOLDER, giver=decider.name, unit=parties.unit.name,
                    year=parties.agreement.year, comment=decided.version.decision_comment)

    async def _approval_card_for(self, uow: UnitOfWork, agreement: Agreement, viewer: Person,
                                 version: int | None = None) -> dict[str, Any] | None:
        shown = await self._use_cases.approval_shown(uow, agreement, viewer, version)
        if shown is None:
            return None
        return await self.approval(uow, shown.parties, shown.record, can_decide=shown.can_decide,
                                   decider=shown.decider)

    # --- helpers -----------------------------------------------------------------------------------

    @staticmethod
    async def _parties(uow: UnitOfWork, agreement: Agreement | None) -> Parties:
        return await load_parties(uow, agreement)

    @staticmethod
    def _four(parties: Parties) -> tuple[Agreement, Unit, Person, Person]:
        return parties.agreement, parties.unit, parties.holder, parties.giver

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


__all__ = ["AgreementFlow"]
