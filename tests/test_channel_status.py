"""A unit's monthly status in a team channel (issue #7): who may set it up, the subscriptions, the monthly channel
job and its card, delivery to the channel's conversation, and «@Aftalebot abonnér på status for …» in a turn."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.data_protection import export_person
from agreements.demo import COORDINATOR, GIVER, HOLDER, OTHER_MANAGER, STAFF_MEMBER, TENANT_ID, DemoLoader, DemoPerson
from agreements.indicators.channel_status import (
    ChannelCommand,
    ChannelCommandKind,
    ChannelRefusal,
    ChannelRefused,
    ChannelStatusService,
    match_unit,
    parse_channel_command,
    shared_conversation,
)
from agreements.indicators.monthly import (
    CHANNEL_JOB_KIND,
    EXPIRES_AFTER,
    schedule_channel_status,
    schedule_monthly_status,
)
from agreements.profiles import TONDER
from agreements.types import AgreementStatus, Person, Unit
from bot.scheduled.channel_jobs import ChannelStatusHandler
from bot.scheduled.job_sender import BotConnectorSender
from bot.scheduled.job_service import build_job_service
from bot.settings import Settings
from bot.teams.adapter import create_adapter
from bot.teams.channel_flow import ChannelFlow
from store.data_protection import SqlDataProtectionUnitOfWork
from store.db import make_sessionmaker
from store.jobs import JobStore
from store.models import AgreementRow
from store.uow import SqlUnitOfWork, uow_factory
from tests.support.cardcheck import assert_valid_cards
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.jobs_db import TENANT, FakeClock, seed_agreements

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 24)
CHANNEL = "19:ledergruppe-boern-og-skole@thread.tacv2"
OTHER_CHANNEL = "19:skoleledere@thread.tacv2"


def channel_reference(conversation_id: str = CHANNEL, *, thread: str | None = "1700000000000",
                      kind: str = "channel", service_url: str = "https://smba.trafficmanager.net/emea/",
                      tenant: str = TENANT_ID) -> dict[str, Any]:
    """A serialised conversation reference as TurnContext.get_conversation_reference gives it in a channel."""
    return {
        "activityId": "1700000000001",
        "user": {"id": HOLDER.teams_user_id, "name": HOLDER.name, "aadObjectId": HOLDER.aad_object_id},
        "bot": {"id": "28:aftalebot", "name": "Aftalebot"},
        "conversation": {"id": f"{conversation_id};messageid={thread}" if thread else conversation_id,
                         "conversationType": kind, "isGroup": True, "tenantId": tenant},
        "channelId": "msteams",
        "serviceUrl": service_url,
    }


# ---------------------------------------------------------------- the command, the conversation, the unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abonnér på status for Børn og Skole", ChannelCommand(ChannelCommandKind.SUBSCRIBE, "Børn og Skole")),
        ("abonner på status for børn og skole.", ChannelCommand(ChannelCommandKind.SUBSCRIBE, "børn og skole")),
        ("Abonnér på månedsstatus for «Børn og Skole» her",
         ChannelCommand(ChannelCommandKind.SUBSCRIBE, "Børn og Skole")),
        ("månedsstatus for Børn og Skole her", ChannelCommand(ChannelCommandKind.SUBSCRIBE, "Børn og Skole")),
        ("abonnér på status", ChannelCommand(ChannelCommandKind.SUBSCRIBE, None)),
        ("stop status for Børn og Skole", ChannelCommand(ChannelCommandKind.UNSUBSCRIBE, "Børn og Skole")),
        ("stop månedsstatus for Børn og Skole i kanalen",
         ChannelCommand(ChannelCommandKind.UNSUBSCRIBE, "Børn og Skole")),
        ("abonnementer", ChannelCommand(ChannelCommandKind.LIST)),
        ("vis abonnementer", ChannelCommand(ChannelCommandKind.LIST)),
        ("status for børn og skole", None),  # a status question, not a subscription
        ("hvordan går det med sygefraværet?", None),
        ("stop", None),
        ("slet mål 2", None),
        ("månedsstatus for Børn og Skole", None),  # without «her» it asks for the status, it sets nothing up
    ],
)
def test_the_commands_are_understood(text: str, expected: ChannelCommand | None) -> None:
    assert parse_channel_command(text) == expected


def test_the_stored_reference_is_the_channel_itself_and_names_no_person() -> None:
    shared = shared_conversation(channel_reference())
    assert (shared.conversation_id, shared.conversation_type) == (CHANNEL, "channel")
    assert shared.reference["conversation"]["id"] == CHANNEL  # a new post each month, not a reply in the thread
    assert "user" not in shared.reference and "activityId" not in shared.reference
    assert shared.reference["serviceUrl"] and shared.reference["bot"]["id"] == "28:aftalebot"
    group = shared_conversation(channel_reference("19:gruppe@thread.v2", thread=None, kind="groupChat"))
    assert (group.conversation_id, group.conversation_type) == ("19:gruppe@thread.v2", "groupChat")
    with pytest.raises(ChannelRefused) as refused:
        shared_conversation(channel_reference("a:personal", thread=None, kind="personal"))
    assert refused.value.reason is ChannelRefusal.NOT_SHARED and "i selve kanalen" in refused.value.message


def test_the_unit_is_found_by_a_forgiving_name() -> None:
    units = [Unit(TENANT_ID, name, "x", id=number) for number, name in
             enumerate(("Børn og Skole", "Skoleområdet", "Social og Sundhed", "Dagtilbud Nord", "Dagtilbud Syd"),
                       start=1)]
    assert match_unit("børn og skole", units).unit == units[0]
    assert match_unit("Born og skole", units).unit == units[0]  # ø written as o
    assert match_unit("Børn og Skolen", units).unit == units[0]  # inflected
    assert match_unit("skoleområde", units).unit == units[1]
    assert match_unit("social", units).unit == units[2]  # the start of the name
    assert match_unit("Tekniske forhold", units).unit is None
    assert match_unit("", units).unit is None
    assert match_unit("dagtilbud syd", units).unit == units[4]
    ambiguous = match_unit("dagtilbud", units)
    assert ambiguous.unit is None and [u.name for u in ambiguous.candidates] == ["Dagtilbud Nord", "Dagtilbud Syd"]


# ---------------------------------------------------------------- subscribing (SQLite and PostgreSQL)


@pytest.fixture
async def demo(engine: AsyncEngine) -> AsyncIterator[int]:
    """The demo municipality; yields the unit id of Børn og Skole."""
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        result = await DemoLoader().load(uow, TODAY)
        await uow.commit()
        agreement = await uow.agreements.get(TENANT_ID, result.agreement_id)
    assert agreement is not None
    await set_status(engine, AgreementStatus.APPROVED)  # channels see approved agreements only
    yield agreement.unit_id


async def set_status(engine: AsyncEngine, status: AgreementStatus) -> None:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        await uow.session.execute(update(AgreementRow).values(status=status.value))
        await uow.commit()


async def person(engine: AsyncEngine, who: DemoPerson) -> Person:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        found = await uow.people.get_by_aad(TENANT_ID, who.aad_object_id)
    assert found is not None
    return found


async def subscribe(engine: AsyncEngine, who: DemoPerson, unit_id: int, conversation: str = CHANNEL) -> bool:
    speaker = await person(engine, who)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        done = await ChannelStatusService().subscribe(uow, speaker, unit_id, channel_reference(conversation), NOW)
        await uow.commit()
    return done.created


async def stored(engine: AsyncEngine) -> list[tuple[int, str, int | None]]:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        rows = await uow.channel_subscriptions.for_tenant(TENANT_ID)
    return [(s.unit_id, s.conversation_id, s.subscribed_by) for s in rows]


async def audit_actions(engine: AsyncEngine) -> list[tuple[str, str, dict[str, Any]]]:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        events = await uow.audit.list(TENANT_ID)
    return [(e.action, e.subject, e.detail) for e in events if e.action.startswith("channel_status.")]


async def test_holder_giver_and_chefkonsulent_may_subscribe_and_twice_is_once(engine: AsyncEngine, demo: int) -> None:
    holder = await person(engine, HOLDER)
    assert await subscribe(engine, HOLDER, demo) is True
    assert await subscribe(engine, HOLDER, demo) is False  # again: still one
    assert await subscribe(engine, GIVER, demo) is False  # the same channel, whoever asks
    assert await subscribe(engine, GIVER, demo, OTHER_CHANNEL) is True
    assert await subscribe(engine, COORDINATOR, demo, "19:chefkonsulenter@thread.tacv2") is True
    subscriptions = await stored(engine)
    assert len(subscriptions) == 3
    assert subscriptions[0] == (demo, CHANNEL, holder.id)
    events = await audit_actions(engine)
    assert [action for action, _, _ in events] == ["channel_status.subscribed"] * 3
    assert events[0][1] == f"unit:{demo}" and events[0][2]["conversation_id"] == CHANNEL


@pytest.mark.parametrize("who", [OTHER_MANAGER, STAFF_MEMBER], ids=["another fagchef", "a consultant"])
async def test_others_are_refused_audited_and_nothing_changes(engine: AsyncEngine, demo: int, who: DemoPerson) -> None:
    await subscribe(engine, HOLDER, demo)
    speaker = await person(engine, who)
    for attempt in ("subscribe", "unsubscribe"):
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            with pytest.raises(ChannelRefused) as refused:
                use_case = getattr(ChannelStatusService(), attempt)
                await use_case(uow, speaker, demo, channel_reference(OTHER_CHANNEL if attempt == "subscribe"
                                                                     else CHANNEL), NOW)
            await uow.commit()  # what a caller would do after the reply; the refusal left nothing to commit
        assert refused.value.reason is ChannelRefusal.NOT_ALLOWED
        assert refused.value.message.startswith("Det er kun enhedens aftaleholder, aftalegiveren eller en")
    assert [conversation for _, conversation, _ in await stored(engine)] == [CHANNEL]
    refusals = [(a, d) for a, _, d in await audit_actions(engine) if a == "channel_status.refused"]
    assert refusals == [("channel_status.refused", {"action": "subscribe", "reason": "not_allowed"}),
                        ("channel_status.refused", {"action": "unsubscribe", "reason": "not_allowed"})]
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        events = [e for e in await uow.audit.list(TENANT_ID) if e.action == "channel_status.refused"]
    assert {e.actor_id for e in events} == {speaker.id}


async def test_stopping_removes_it_once_and_an_unknown_unit_is_refused(engine: AsyncEngine, demo: int) -> None:
    await subscribe(engine, HOLDER, demo)
    giver = await person(engine, GIVER)
    service = ChannelStatusService()
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        first = await service.unsubscribe(uow, giver, demo, channel_reference(), NOW)
        second = await service.unsubscribe(uow, giver, demo, channel_reference(), NOW)
        await uow.commit()
        with pytest.raises(ChannelRefused) as refused:
            await service.subscribe(uow, giver, 9999, channel_reference(), NOW)
    assert (first.removed, second.removed, first.unit.name) == (True, False, "Børn og Skole")
    assert refused.value.reason is ChannelRefusal.UNIT_NOT_FOUND
    assert await stored(engine) == []
    actions = [action for action, _, _ in await audit_actions(engine)]
    assert actions == ["channel_status.subscribed", "channel_status.unsubscribed"]


async def test_the_export_of_a_person_lists_the_channels_they_set_up(engine: AsyncEngine, demo: int) -> None:
    await subscribe(engine, HOLDER, demo)
    holder = await person(engine, HOLDER)
    async with SqlDataProtectionUnitOfWork(make_sessionmaker(engine)) as uow:
        document = await export_person(uow, holder, NOW)
    [subscription] = document["channel_subscriptions"]
    assert (subscription["unit_id"], subscription["conversation_id"]) == (demo, CHANNEL)
    assert "user" not in subscription["conversation_reference"]


# ---------------------------------------------------------------- the monthly channel job


async def test_each_subscription_gets_one_channel_job_a_month(engine: AsyncEngine, demo: int) -> None:
    await subscribe(engine, HOLDER, demo)
    await subscribe(engine, GIVER, demo, OTHER_CHANNEL)
    sessions = make_sessionmaker(engine)
    async with SqlUnitOfWork(sessions) as uow:
        unit_without_agreement = await uow.units.add(Unit(TENANT_ID, "Teknik og Miljø", "Teknik"))
        await uow.commit()
    assert unit_without_agreement.id is not None
    await subscribe(engine, COORDINATOR, unit_without_agreement.id)  # nothing to report: no job
    async with SqlUnitOfWork(sessions) as uow:
        first = await schedule_channel_status(uow, uow.jobs, TODAY, working_day_number=5, hour=8)
        again = await schedule_channel_status(uow, uow.jobs, date(2026, 11, 25))
        personal = await schedule_monthly_status(uow, uow.jobs, TODAY)
        await uow.commit()
        subscriptions = await uow.channel_subscriptions.for_tenant(TENANT_ID)
        agreement = (await uow.agreements.for_year(TENANT_ID, 2026))[0]
    assert (first.enqueued, first.already, first.agreements) == (2, 0, 2)
    assert (again.enqueued, again.already) == (0, 2)
    assert personal.enqueued == 2  # the holder's and the giver's own cards are unchanged
    job = await JobStore(sessions).get(f"channel:{subscriptions[0].id}:{agreement.id}:2026-11")
    assert job is not None and job.kind == CHANNEL_JOB_KIND and job.tenant_id == TENANT_ID
    assert job.due_at == first.due_at == personal.due_at  # the same working day and hour as the holder's card
    assert job.expires_at == first.due_at + EXPIRES_AFTER
    assert job.payload == {"subscription_id": subscriptions[0].id, "agreement_id": agreement.id,
                           "unit_id": demo, "month": "2026-11"}
    async with SqlUnitOfWork(sessions) as uow:
        december = await schedule_channel_status(uow, uow.jobs, date(2026, 12, 3))
    assert december.enqueued == 2 and december.month == "2026-12"


async def test_the_channel_card_is_the_readers_view_and_stops_with_the_subscription(
    engine: AsyncEngine, demo: int
) -> None:
    await subscribe(engine, HOLDER, demo)
    sessions = make_sessionmaker(engine)
    async with SqlUnitOfWork(sessions) as uow:
        await schedule_channel_status(uow, uow.jobs, TODAY)
        await uow.commit()
        [subscription] = await uow.channel_subscriptions.for_tenant(TENANT_ID)
        agreement = (await uow.agreements.for_year(TENANT_ID, 2026))[0]
    job = await JobStore(sessions).get(f"channel:{subscription.id}:{agreement.id}:2026-11")
    assert job is not None
    handler = ChannelStatusHandler(uow_factory(sessions))
    delivery = await handler.prepare(job, NOW)
    assert delivery is not None
    assert delivery.person.conversation_reference == subscription.conversation_reference
    assert delivery.person.conversation_reference["conversation"]["id"] == CHANNEL
    card = delivery.card
    assert_valid_cards(card)
    flat = text_of({"attachments": [{"content": card}]})
    assert card["body"][0]["text"] == "Månedsstatus – november 2026"
    assert "Udviklingsaftale 2026 · Børn og Skole" in flat and "Sygefravær" in flat
    assert "Registrér en værdi" not in flat and "Du får kortet som" not in flat and "Min aftale" not in flat
    assert "actions" not in card  # nothing to click in a shared channel
    await set_status(engine, AgreementStatus.DRAFT)  # reopened for changes: not the team's business until approved
    assert await handler.prepare(job, NOW) is None
    async with SqlUnitOfWork(sessions) as uow:
        assert (await schedule_channel_status(uow, uow.jobs, date(2026, 12, 3))).enqueued == 0
    await set_status(engine, AgreementStatus.APPROVED)
    async with SqlUnitOfWork(sessions) as uow:
        await ChannelStatusService().unsubscribe(uow, await person(engine, HOLDER), demo, channel_reference(), NOW)
        await uow.commit()
    assert await handler.prepare(job, NOW) is None  # stopped since it was scheduled: nothing is sent


async def test_the_card_reaches_the_channel_at_the_connector_once(engine: AsyncEngine) -> None:
    connector = FakeConnector()
    await connector.start()
    adapter = create_adapter(Settings())
    try:
        await seed_agreements(engine, 1, reference={"serviceUrl": connector.url, "channelId": "msteams",
                                                   "conversation": {"id": "a:personal-1"},
                                                   "user": {"id": "29:user"}, "bot": {"id": "28:aftalebot"}})
        sessions = make_sessionmaker(engine)
        async with SqlUnitOfWork(sessions) as uow:
            holder = await uow.people.get_by_aad(TENANT, "holder-1")
            assert holder is not None
            [unit] = await uow.units.list(TENANT)
            assert unit.id is not None
            await ChannelStatusService().subscribe(
                uow, holder, unit.id, channel_reference(service_url=connector.url, tenant=TENANT), NOW)
            await uow.commit()
        await set_status(engine, AgreementStatus.APPROVED)
        clock = FakeClock()
        service = build_job_service(Settings(), TONDER, sessions, BotConnectorSender(adapter, ""), clock=clock,
                                    sleep=clock.sleep, worker_id="w")
        _, stats = await service.run_once(wait=600)
        assert (stats.sent, stats.failed) == (3, 0)  # the holder, the giver and the channel
        in_channel = [a for a in connector.activities if a["conversation"]["id"] == CHANNEL]
        assert len(in_channel) == 1
        # To the channel itself, not into the thread the command was written in (that would be «;messageid=…»).
        assert any(path.startswith(f"/v3/conversations/{CHANNEL}/activities") for _, path in connector.requests)
        assert not any("messageid" in path for _, path in connector.requests)
        card = in_channel[0]["attachments"][0]["content"]
        assert_valid_cards(card)
        assert "Udviklingsaftale 2026 · Enhed 1" in text_of(in_channel[0])
        _, again = await service.run_once(wait=600)
        assert again.sent == 0 and len([a for a in connector.activities if a["conversation"]["id"] == CHANNEL]) == 1
    finally:
        close = getattr(adapter, "close", None)
        if close is not None:
            await close()
        await connector.close()


# ---------------------------------------------------------------- the command in a turn (TestAdapter)


class ChannelChat:
    """Drives ChannelFlow in a turn in a channel (or a 1:1 chat); the handler's wiring is the lead's."""

    def __init__(self, engine: AsyncEngine, who: DemoPerson, *, kind: str = "channel",
                 conversation: str = f"{CHANNEL};messageid=1700000000000") -> None:
        self.engine, self.who = engine, who
        self.flow = ChannelFlow(TONDER, lambda: NOW)
        self.handled: list[bool] = []

        async def logic(context: TurnContext) -> None:
            speaker = await person(engine, who)
            async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
                self.handled.append(await self.flow.answer(context, uow, speaker, context.activity.text or ""))
                await uow.commit()

        self.adapter = TestAdapter(logic, Activity(
            channel_id="msteams", service_url="https://smba.trafficmanager.net/emea/",
            from_property=ChannelAccount(id=who.teams_user_id, name=who.name, aad_object_id=who.aad_object_id),
            recipient=ChannelAccount(id="28:aftalebot", name="Aftalebot"),
            conversation=ConversationAccount(id=conversation, conversation_type=kind, tenant_id=TENANT_ID,
                                             is_group=kind != "personal"),
            locale="da-DK",
        ))

    async def say(self, text: str) -> list[str]:
        await self.adapter.receive_activity(text)
        replies = [a.text or "" for a in self.adapter.activity_buffer]
        self.adapter.activity_buffer.clear()
        return replies


async def test_a_channel_is_subscribed_listed_and_stopped_from_a_mention(engine: AsyncEngine, demo: int) -> None:
    mette = ChannelChat(engine, HOLDER)
    assert await mette.say("abonnér på status for børn og skole") == [
        "Kanalen får nu månedsstatus for Børn og Skole den 5. arbejdsdag i måneden."]
    assert await mette.say("abonner på status for Born og Skole") == [
        "Kanalen får allerede månedsstatus for Børn og Skole den 5. arbejdsdag i måneden."]
    assert await stored(engine) == [(demo, CHANNEL, (await person(engine, HOLDER)).id)]
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        [subscription] = await uow.channel_subscriptions.for_tenant(TENANT_ID)
    assert "user" not in subscription.conversation_reference
    assert subscription.conversation_reference["conversation"]["id"] == CHANNEL

    lars = ChannelChat(engine, OTHER_MANAGER)
    assert await lars.say("abonnementer") == ["Kanalen får månedsstatus for Børn og Skole den 5. arbejdsdag i måneden."]
    [refusal] = await lars.say("stop status for Børn og Skole")
    assert refusal.startswith("Det er kun enhedens aftaleholder, aftalegiveren eller en chefkonsulent")
    assert len(await stored(engine)) == 1

    assert await mette.say("stop status for børn og skole") == [
        "Kanalen får ikke længere månedsstatus for Børn og Skole."]
    assert await mette.say("stop status for børn og skole") == [
        "Kanalen får ikke månedsstatus for Børn og Skole, så der er intet at stoppe."]
    [none] = await mette.say("abonnementer")
    assert none.startswith("Kanalen får ikke månedsstatus for nogen enhed endnu.")
    assert mette.handled == [True] * 5 and lars.handled == [True, True]


async def test_unknown_units_missing_units_other_text_and_the_private_chat(engine: AsyncEngine, demo: int) -> None:
    anne = ChannelChat(engine, COORDINATOR, kind="groupChat", conversation="19:gruppe@thread.v2")
    assert await anne.say("abonnér på status for Teknik") == [
        "Jeg kender ikke enheden «Teknik». Enhederne er: Børn og Skole."]
    assert await anne.say("abonnér på status") == [
        "Hvilken enhed? Skriv fx «@Aftalebot abonnér på status for Børn og Skole»."]
    assert await anne.say("hvordan går det med sygefraværet?") == [] and anne.handled[-1] is False
    assert await anne.say("månedsstatus for Børn og Skole her") == [
        "Chatten får nu månedsstatus for Børn og Skole den 5. arbejdsdag i måneden."]
    assert await stored(engine) == [(demo, "19:gruppe@thread.v2", (await person(engine, COORDINATOR)).id)]

    private = ChannelChat(engine, HOLDER, kind="personal", conversation=f"a:personal-{HOLDER.aad_object_id}")
    [reply] = await private.say("abonnér på status for Børn og Skole")
    assert reply.startswith("Månedsstatus til en kanal sættes op i selve kanalen")
    assert "abonnér på status for Børn og Skole" in reply
    assert len(await stored(engine)) == 1  # nothing set up from the 1:1 chat
