"""The agreement use cases on an in-memory unit of work (tests/support/memory_uow.py): what each commits, rolls
back, audits and tells others through the Notifier port, without Teams or a database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agreements.agreement.agreement_use_cases import AgreementUseCases, Parties
from agreements.agreement.approval import ApprovalRefused, ApprovalService, Decided, Refusal
from agreements.ports import NotificationFailed
from agreements.profiles import TONDER
from agreements.services import PeopleService
from agreements.types import Agreement, AgreementLevel, AgreementStatus, AgreementVersion, Person, Role, Unit
from agreements.use_cases import TurnUseCases
from tests.support.memory_uow import MemoryStore, MemoryUnitOfWork

NOW = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
TENANT = "t1"
PROFILE = TONDER


class Notifier:
    """agreements.ports.Notifier, remembering what it was asked to send; `failing`: every send is refused."""

    def __init__(self, *, failing: bool = False) -> None:
        self.failing = failing
        self.sent: list[tuple[str, str | None, dict[str, Any] | None]] = []
        self.updated: list[tuple[str, str]] = []

    async def send(self, reference: dict[str, Any], card: dict[str, Any] | None = None,
                   text: str | None = None) -> str:
        if self.failing:
            raise NotificationFailed("403")
        self.sent.append((reference["user"]["id"], text, card))
        return f"activity-{len(self.sent)}"

    async def update(self, reference: dict[str, Any], activity_id: str, card: dict[str, Any]) -> None:
        self.updated.append((reference["conversation"]["id"], activity_id))


class Messages:
    """agreements.agreement.agreement_use_cases.ApprovalMessages: the cards and notices as plain markers."""

    async def approval(self, uow: Any, parties: Parties, record: AgreementVersion, *, can_decide: bool,
                       decider: Person | None = None) -> dict[str, Any]:
        return {"card": "approval", "version": record.version, "can_decide": can_decide}

    async def agreement(self, uow: Any, parties: Parties) -> dict[str, Any]:
        return {"card": "agreement"}

    def new_approval(self, parties: Parties) -> str:
        return f"new approval from {parties.holder.name}"

    def decision_notice(self, parties: Parties, decided: Decided, decider: Person) -> str:
        return f"{decided.version.decision} by {decider.name}"


def reference(name: str) -> dict[str, Any]:
    return {"user": {"id": name}, "conversation": {"id": f"chat-{name}"}, "serviceUrl": "https://smba.example"}


async def world(store: MemoryStore, *, giver_reachable: bool = True) -> tuple[Person, Person, Person, int]:
    """A holder's draft agreement with its giver, and a stranger; committed."""
    uow = store.uow()
    holder = await uow.people.add(Person(TENANT, "aad-h", "Hanne Holder", conversation_reference=reference("h")))
    giver = await uow.people.add(Person(TENANT, "aad-g", "Gert Giver", role=Role.DIRECTOR,
                                        conversation_reference=reference("g") if giver_reachable else None))
    stranger = await uow.people.add(Person(TENANT, "aad-s", "Sine Fremmed"))
    unit = await uow.units.add(Unit(TENANT, "Børn og Skole", "Børn"))
    assert unit.id is not None and holder.id is not None and giver.id is not None
    agreement = await uow.agreements.add(Agreement(TENANT, unit.id, 2027, AgreementLevel.DEPARTMENT,
                                                   holder.id, giver.id))
    await uow.commit()
    assert agreement.id is not None
    return holder, giver, stranger, agreement.id


def use_cases(notifier: Notifier) -> AgreementUseCases:
    return AgreementUseCases(ApprovalService(PROFILE), notifier, lambda: NOW)


async def test_submitting_sends_the_giver_the_card_and_commits_what_was_sent() -> None:
    store, notifier = MemoryStore(), Notifier()
    holder, giver, _, agreement_id = await world(store)
    uow = store.uow()
    submission = await use_cases(notifier).submit(uow, holder, agreement_id, "Mangler tal", Messages())
    assert submission.delivered and submission.parties.giver.id == giver.id
    assert [(to, text, card and card["card"]) for to, text, card in notifier.sent] == [
        ("g", "new approval from Hanne Holder", None), ("g", None, "approval")]
    later = store.uow()  # a new transaction sees what the use case committed
    assert (await later.agreements.get(TENANT, agreement_id)).status is AgreementStatus.SUBMITTED  # type: ignore[union-attr]
    assert [s.activity_id for s in await later.cards.sent(TENANT, agreement_id, "approval")] == ["activity-2"]
    assert [e.action for e in await later.audit.list(TENANT)] == ["agreement.submitted"]


async def test_a_giver_who_cannot_be_reached_gets_the_card_on_their_next_visit() -> None:
    store = MemoryStore()
    holder, giver, _, agreement_id = await world(store)
    submission = await use_cases(Notifier(failing=True)).submit(store.uow(), holder, agreement_id, "x", Messages())
    assert not submission.delivered
    assert giver.id is not None
    [pending] = await store.uow().cards.pending_for(TENANT, giver.id)  # committed, not lost with the turn
    assert (pending.agreement_id, pending.version) == (agreement_id, 1)

    notifier = Notifier()
    visiting = store.uow()
    assert await use_cases(notifier).deliver_pending(visiting, giver, Messages()) == 1
    assert await store.uow().cards.pending_for(TENANT, giver.id) == []
    assert [card["card"] for _, _, card in notifier.sent if card] == ["approval"]


async def test_a_refused_submit_rolls_back_and_keeps_only_the_refusal() -> None:
    store = MemoryStore()
    _, _, stranger, agreement_id = await world(store)
    uow = store.uow()
    with pytest.raises(ApprovalRefused) as refused:
        await use_cases(Notifier()).submit(uow, stranger, agreement_id, "x", Messages())
    assert refused.value.reason is Refusal.NOT_HOLDER
    later = store.uow()
    assert (await later.agreements.get(TENANT, agreement_id)).status is AgreementStatus.DRAFT  # type: ignore[union-attr]
    assert [e.action for e in await later.audit.list(TENANT)] == ["agreement.refused"]


async def test_a_decision_tells_the_holder_and_updates_the_other_copies_but_not_the_clicked_one() -> None:
    store, notifier = MemoryStore(), Notifier()
    holder, giver, _, agreement_id = await world(store)
    cases = use_cases(notifier)
    await cases.submit(store.uow(), holder, agreement_id, "x", Messages())
    submitted = await store.uow().agreements.get(TENANT, agreement_id)
    assert submitted is not None
    parties = Parties(submitted, Unit(TENANT, "Børn og Skole", "Børn", 0), holder, giver)
    await cases.remember_posted(store.uow(), holder, parties, reference("h"), "holder-copy")
    notifier.sent.clear()

    decision = await cases.decide(store.uow(), giver, approve=False, agreement_id=agreement_id, version=1,
                                  comment="Flere tal", messages=Messages(), clicked="activity-2")
    assert decision.decided.version.decision is not None
    assert notifier.updated == [("chat-h", "holder-copy")]  # the giver's clicked card is the reply's to replace
    assert [(to, text, card and card["card"]) for to, text, card in notifier.sent] == [
        ("h", "changes_requested by Gert Giver", None), ("h", None, "agreement")]
    assert (await store.uow().agreements.get(TENANT, agreement_id)).status is AgreementStatus.CHANGES_REQUESTED  # type: ignore[union-attr]


async def test_an_export_link_is_audited_and_committed() -> None:
    store = MemoryStore()
    holder, _, _, agreement_id = await world(store)
    uow = store.uow()
    agreement = await uow.agreements.get(TENANT, agreement_id)
    assert agreement is not None
    await use_cases(Notifier()).record_export_link(uow, holder, agreement)
    [event] = await store.uow().audit.list(TENANT, f"agreement:{agreement_id}")
    assert (event.action, event.actor_id, event.detail) == ("agreement.export_link", holder.id, {"version": 1})


async def test_the_welcome_is_claimed_and_committed_once() -> None:
    store = MemoryStore()
    holder, _, _, _ = await world(store)
    turns = TurnUseCases(PeopleService())
    first: MemoryUnitOfWork = store.uow()
    assert await turns.welcome(first, holder, NOW)
    again = await store.uow().people.get(TENANT, holder.id or 0)
    assert again is not None and again.welcomed_at == NOW
    assert not await turns.welcome(store.uow(), again, NOW)
