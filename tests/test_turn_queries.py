"""The turn's person read also tells whether cards wait: pending cards are found exactly when they exist."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.demo import GIVER, HOLDER, TENANT_ID, DemoLoader
from agreements.services import Identity, PeopleService
from agreements.types import PendingCard
from store.db import make_sessionmaker
from store.uow import SqlUnitOfWork

TODAY = date(2026, 11, 24)


async def agreement(engine: AsyncEngine) -> int:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        result = await DemoLoader().load(uow, TODAY)
        await uow.commit()
    return result.agreement_id


async def test_cards_waiting_for_a_person_are_found_and_none_are_invented(engine: AsyncEngine) -> None:
    agreement_id = await agreement(engine)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        assert giver is not None and giver.id is not None
        await uow.cards.add_pending(PendingCard(TENANT_ID, giver.id, "approval", agreement_id, 1))
        await uow.commit()

    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert giver is not None and giver.id is not None and holder is not None and holder.id is not None
        assert [c.agreement_id for c in await uow.cards.pending_for(TENANT_ID, giver.id)] == [agreement_id]
        assert await uow.cards.pending_for(TENANT_ID, holder.id) == []
        # A card that arrives for the holder within the same unit of work is not hidden by the earlier read.
        await uow.cards.add_pending(PendingCard(TENANT_ID, holder.id, "approval", agreement_id, 1))
        assert len(await uow.cards.pending_for(TENANT_ID, holder.id)) == 1


async def test_a_turn_that_changes_nothing_writes_nothing(engine: AsyncEngine) -> None:
    await agreement(engine)
    people = PeopleService()
    reference = {"conversation": {"id": "a:1"}, "serviceUrl": "http://127.0.0.1:1/"}
    who = Identity(TENANT_ID, "new-aad", "Ny Leder", teams_user_id="29:new")
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        person, wrote = await people.note_turn(uow, who, reference, None)
        await uow.commit()
    assert wrote and person.id is not None
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        again, wrote = await people.note_turn(uow, who, reference, None)
    assert not wrote and again.id == person.id and again.conversation_reference == reference
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        renamed, wrote = await people.note_turn(uow, Identity(TENANT_ID, "new-aad", "Ny Leder Hansen"), reference)
        await uow.commit()
    assert wrote and renamed.name == "Ny Leder Hansen"
