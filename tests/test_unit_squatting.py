"""Issue 15, item 1: a colleague cannot take over another unit's agreements (unit squatting).

Lars Nielsen (fagchef for Social og Sundhed) has no part in Børn og Skole. He must not be able to create «Børn og
Skole 2027», subscribe a chat to the unit's status, or receive Mette's carried-over goals in an agreement of his.
"""

from __future__ import annotations

from datetime import date

from agreements.agreement.approval import ApprovalService
from agreements.agreement.setup import (
    AgreementDraft,
    AgreementSetupService,
    GiverChoice,
    SetupRefusal,
    SetupRefused,
    UnitChoice,
)
from agreements.demo import COORDINATOR, GIVER, HOLDER, OTHER_MANAGER, TENANT_ID, UNIT_NAME
from agreements.dialogue.evaluation import AssessmentInput, EvaluationService
from agreements.dialogue.meeting_ports import Assessment
from agreements.dialogue.meetings import Refusal
from agreements.indicators.channel_status import ChannelRefusal, ChannelRefused, ChannelStatusService
from agreements.profiles import TONDER
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Person
from bot.composition import Container
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.support.meeting_world import NOW, World, local, refused, world

__all__ = ["world"]  # the fixture


async def _agreements(container: Container) -> list[Agreement]:
    async with container.uow_factory() as uow:
        return await uow.agreements.for_year(TENANT_ID)


async def _person(container: Container, aad: str) -> Person:
    async with container.uow_factory() as uow:
        found = await uow.people.get_by_aad(TENANT_ID, aad)
    assert found is not None
    return found


async def test_another_fagchef_cannot_create_next_years_agreement_for_the_unit(database_url: str) -> None:
    async with demo_container(database_url, FakeClock()) as container:
        before = await _agreements(container)
        lars = Conversation(container, user=OTHER_MANAGER)
        replies = [await lars.say(text) for text in ("ny aftale", "1", "2027", "1", "1", *["spring over"] * 5)]
        assert not any("er oprettet" in reply for reply in replies), replies
        assert await _agreements(container) == before  # nothing written

        # Typing the unit's name instead of its number is refused at once, in Danish.
        lars = Conversation(container, user=OTHER_MANAGER)
        assert "stoppe" in await lars.say("annuller")
        await lars.say("ja")
        assert f"1. {UNIT_NAME}" not in await lars.say("ny aftale")  # not offered to him
        refusal = await lars.say(UNIT_NAME)
        assert "Børn og Skole" in refusal and "chefkonsulent" in refusal, refusal
        assert await _agreements(container) == before

        # Mette, the unit's holder, still creates her agreement for 2027 and can see it.
        mette = Conversation(container, user=HOLDER)
        assert f"1. {UNIT_NAME}" in await mette.say("ny aftale")
        for text in ("1", "2027", "1", "1"):
            await mette.say(text)
        done = ""
        for _ in range(5):
            done = await mette.say("spring over")
        assert "Aftalen for Børn og Skole 2027 er oprettet" in done
        holder = await _person(container, HOLDER.aad_object_id)
        [created] = [a for a in await _agreements(container) if a.year == 2027]
        assert created.holder_id == holder.id


async def test_the_service_refuses_an_existing_unit_to_an_outsider_and_audits_it(database_url: str) -> None:
    setup = AgreementSetupService(TONDER, ApprovalService(TONDER))
    async with demo_container(database_url, FakeClock()) as container:
        lars = await _person(container, OTHER_MANAGER.aad_object_id)
        henrik = await _person(container, GIVER.aad_object_id)
        anne = await _person(container, COORDINATOR.aad_object_id)
        before = await _agreements(container)
        unit_id = before[0].unit_id
        for choice in (UnitChoice(name=UNIT_NAME, unit_id=unit_id), UnitChoice(name="børn OG skole")):
            draft = AgreementDraft(unit=choice, year=2027, level=AgreementLevel.DIRECTORATE,
                                   giver=GiverChoice(person_id=henrik.id))
            async with container.uow_factory() as uow:
                try:
                    await setup.create(uow, lars, draft, 2026)
                except SetupRefused as error:
                    assert error.reason is SetupRefusal.NOT_FOR_UNIT
                else:
                    raise AssertionError("Lars created an agreement for Børn og Skole")
                await uow.commit()
        assert await _agreements(container) == before
        async with container.uow_factory() as uow:
            events = [e for e in await uow.audit.list(TENANT_ID, f"unit:{unit_id}") if e.action == "agreement.refused"]
        assert [(e.actor_id, e.detail["reason"]) for e in events] == [(lars.id, "not_for_unit")] * 2
        # A chefkonsulent may create it (and becomes its holder).
        async with container.uow_factory() as uow:
            created = await setup.create(uow, anne, AgreementDraft(
                unit=UnitChoice(name=UNIT_NAME, unit_id=unit_id), year=2027, level=AgreementLevel.DIRECTORATE,
                giver=GiverChoice(person_id=henrik.id)), 2026)
            await uow.commit()
        assert created.agreement.holder_id == anne.id


async def _squat(world: World, year: int = 2027) -> Agreement:
    """An agreement Lars made for the unit before the rule existed (data from before the fix)."""
    async with world.uow() as uow:
        source = await uow.agreements.get(TENANT_ID, world.agreement_id)
        assert source is not None and world.other.id is not None and world.giver.id is not None
        squatted = await uow.agreements.add(Agreement(
            tenant_id=TENANT_ID, unit_id=source.unit_id, year=year, level=source.level,
            holder_id=world.other.id, giver_id=world.giver.id, status=AgreementStatus.DRAFT))
        await uow.commit()
    return squatted


async def test_carry_over_never_goes_into_an_agreement_with_another_holder(world: World) -> None:
    squatted = await _squat(world)
    meeting = await world.schedule(world.giver, starts_at=local(2026, 12, 15, 13), evaluation=True)
    async with world.uow() as uow:
        source = await uow.agreements.get(TENANT_ID, world.agreement_id)
        assert source is not None
        unmet = [AssessmentInput(goal.id or 0, Assessment.NOT_MET, "Ikke nået") for goal in source.goals[:2]]
        await EvaluationService().save_evaluation(uow, world.holder, meeting.meeting.id or 0, unmet, NOW)
        await uow.commit()
        error = await refused(EvaluationService().carry_unmet_goals(uow, world.holder, world.agreement_id, 2027, NOW))
        target = await uow.agreements.get(TENANT_ID, squatted.id or 0)
    assert error.reason is Refusal.NEXT_YEAR_OTHER_HOLDER
    assert "aftaleholder" in error.message and "chefkonsulent" in error.message
    assert target is not None and target.goals == []  # nothing copied into Lars's agreement


async def test_a_squatted_future_agreement_gives_no_right_to_the_units_channel_status(world: World) -> None:
    await _squat(world)
    async with world.uow() as uow:
        source = await uow.agreements.get(TENANT_ID, world.agreement_id)
        assert source is not None
        group_chat = {"conversation": {"id": "19:lars-venner@thread.v2", "conversationType": "groupChat"},
                      "serviceUrl": "https://smba.trafficmanager.net/emea/"}
        moment = local(2026, 11, 24, 9)
        try:
            await ChannelStatusService().subscribe(uow, world.other, source.unit_id, group_chat, moment)
        except ChannelRefused as error:
            assert error.reason is ChannelRefusal.NOT_ALLOWED
        else:
            raise AssertionError("Lars subscribed his chat to Børn og Skole")
        assert await uow.channel_subscriptions.for_tenant(TENANT_ID) == []
        # Mette, the holder of this year's agreement, may.
        done = await ChannelStatusService().subscribe(uow, world.holder, source.unit_id, group_chat, moment)
        await uow.commit()
    assert done.created and date(2026, 11, 24).year == source.year
