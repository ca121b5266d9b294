"""Who may do what with an agreement: every role × every action, at the service level.

Roles: the agreement's holder (aftaleholder), its giver (aftalegiver), a chefkonsulent (Role.COORDINATOR),
another manager (who holds an agreement of his own with the same director) and a stranger in the tenant (known to
the bot, part of no agreement). Each cell runs the use case as the bot would (one unit of work, committed on
success) on a fresh demo database. An allowed action has its visible effect. A refused one raises with a Danish
message (no internals), leaves every row of every table as it was, and writes exactly one audit event naming the
person and the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.agreement.approval import ApprovalRefused, ApprovalService
from agreements.agreement.document import DocumentService, ExportRefused
from agreements.agreement.setup import AgreementDraft, AgreementSetupService, GiverChoice, SetupRefused, UnitChoice
from agreements.clock import COPENHAGEN
from agreements.demo import COORDINATOR, GIVER, HOLDER, OTHER_MANAGER, STAFF_MEMBER, TENANT_ID, DemoLoader
from agreements.dialogue.evaluation import EvaluationService
from agreements.dialogue.meetings import MeetingRefused, MeetingService
from agreements.indicators.channel_status import ChannelRefused, ChannelStatusService
from agreements.indicators.registration import RegistrationRefused, register_value
from agreements.profiles import TONDER
from agreements.services import AgreementAccessRefused, AgreementService
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Goal, GoalKind, Person, Role, Unit
from store.db import make_sessionmaker
from store.models import Base
from store.uow import SqlUnitOfWork

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=COPENHAGEN)
MEETING_AT = datetime(2026, 12, 10, 10, 0, tzinfo=COPENHAGEN)
TODAY = date(2026, 11, 24)
APPROVALS = ApprovalService(TONDER)
AGREEMENTS = AgreementService(TONDER, APPROVALS)
SETUP = AgreementSetupService(TONDER, APPROVALS)
MEETINGS = MeetingService(TONDER)
NOTE = "Sygefraværet drøftet; næste skridt aftalt med Lokal-MED."
ROLES = ("holder", "giver", "chefkonsulent", "another manager", "stranger")
# Only audit rows may change on a refusal; bot_state is the dialogs' scratch space, not touched by services.
UNCHANGED_TABLES = [t for t in Base.metadata.sorted_tables if t.name not in ("audit_event", "bot_state")]



@dataclass
class World:
    engine: AsyncEngine
    agreement_id: int
    meeting_id: int
    people: dict[str, Person]

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(make_sessionmaker(self.engine))

    async def agreement(self) -> Agreement:
        async with self.uow() as uow:
            found = await uow.agreements.get(TENANT_ID, self.agreement_id)
        assert found is not None
        return found

    async def rows(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table but the audit log, in primary-key order."""
        async with self.engine.connect() as connection:
            snapshot = {}
            for table in UNCHANGED_TABLES:
                result = await connection.execute(select(table).order_by(*table.primary_key.columns))
                snapshot[table.name] = [tuple(row) for row in result]
            return snapshot

    async def audit_events(self) -> list[tuple[int, str, int | None, str, dict[str, Any]]]:
        async with self.engine.connect() as connection:
            result = await connection.execute(
                text("SELECT id, action, actor_id, subject, detail FROM audit_event ORDER BY id"))
            return [(row[0], row[1], row[2], row[3], _json(row[4])) for row in result]


def _json(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        loaded: dict[str, Any] = json.loads(value)
        return loaded
    return dict(value or {})


@pytest.fixture
async def world(engine: AsyncEngine) -> World:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        demo = await DemoLoader().load(uow, TODAY)
        people: dict[str, Person] = {}
        for role, spec in (("holder", HOLDER), ("giver", GIVER), ("chefkonsulent", COORDINATOR),
                           ("another manager", OTHER_MANAGER)):
            found = await uow.people.get_by_aad(TENANT_ID, spec.aad_object_id)
            assert found is not None
            people[role] = found
        people["stranger"] = await uow.people.add(Person(
            tenant_id=TENANT_ID, aad_object_id="a1b2c3d4-0099-4000-8000-000000000099", name="Sofie Lund",
            teams_user_id="29:sofie-lund", role=Role.MANAGER))
        # The other manager holds his own agreement, with the same director: standing, but not in this one.
        unit = await uow.units.add(Unit(tenant_id=TENANT_ID, name="Social og Sundhed", area="Social og Sundhed"))
        assert unit.id is not None and people["another manager"].id is not None and people["giver"].id is not None
        await uow.agreements.add(Agreement(
            tenant_id=TENANT_ID, unit_id=unit.id, year=2026, level=AgreementLevel.DIRECTORATE,
            holder_id=people["another manager"].id, giver_id=people["giver"].id))
        await uow.commit()
        # A dialogue meeting between holder and giver, with one note.
        scheduled = await MEETINGS.schedule(uow, people["holder"], demo.agreement_id, MEETING_AT, None,
                                            "Rådhuset", [], NOW)
        assert scheduled.meeting.id is not None
        await MEETINGS.add_note(uow, people["holder"], scheduled.meeting.id, None, "note", NOTE, MEETING_AT)
        await uow.commit()
    return World(engine, demo.agreement_id, scheduled.meeting.id, people)


# ---------------------------------------------------------------- the actions, as the bot's flows call them


@dataclass(frozen=True)
class Action:
    name: str
    run: Callable[[World, Person], Awaitable[Any]]
    refusal: type[Exception]
    allowed: frozenset[str]
    check: Callable[[World, Person, Any], Awaitable[None]]
    prepare: Callable[[World], Awaitable[None]] | None = None


async def view(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        return await AGREEMENTS.view(uow, person, world.agreement_id)


async def viewed(world: World, person: Person, result: Any) -> None:
    assert result.id == world.agreement_id and len(result.goals) >= 3


async def add_goal(world: World, person: Person) -> Any:
    goal = Goal(tenant_id=TENANT_ID, kind=GoalKind.OWN,
                statement="Flere elever skal have en uddannelsesplan inden udgangen af 2026.")
    async with world.uow() as uow:
        stored = await AGREEMENTS.add_draft_goal(uow, person, world.agreement_id, goal)
        await uow.commit()
    return stored


async def goal_added(world: World, person: Person, result: Any) -> None:
    statements = [g.statement for g in (await world.agreement()).goals]
    assert "Flere elever skal have en uddannelsesplan inden udgangen af 2026." in statements


async def edit_section(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        changed = await SETUP.change_section(uow, person, world.agreement_id, "economy",
                                             "Budgetrammen er 412 mio. kr.; fire budgetopfølgninger om året.")
        await uow.commit()
    return changed


async def section_edited(world: World, person: Person, result: Any) -> None:
    assert (await world.agreement()).economy == "Budgetrammen er 412 mio. kr.; fire budgetopfølgninger om året."


async def submit(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        submitted = await APPROVALS.submit(uow, person, world.agreement_id, "Vi mangler stadig et nøgletal.", NOW)
        await uow.commit()
    return submitted


async def submitted(world: World, person: Person, result: Any) -> None:
    assert (await world.agreement()).status is AgreementStatus.SUBMITTED


async def submit_first(world: World) -> None:
    await submit(world, world.people["holder"])


async def approve(world: World, person: Person) -> Any:
    version = (await world.agreement()).version
    async with world.uow() as uow:
        decided = await APPROVALS.approve(uow, person, world.agreement_id, version, NOW)
        await uow.commit()
    return decided


async def approved(world: World, person: Person, result: Any) -> None:
    assert (await world.agreement()).status is AgreementStatus.APPROVED


async def read_notes(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        summary = await MEETINGS.summary(uow, person, world.meeting_id, NOW)
        await uow.commit()
    return summary


async def notes_read(world: World, person: Person, result: Any) -> None:
    assert NOTE in [note.text for group in result.groups for note in group.notes]


async def write_note(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        note = await MEETINGS.add_note(uow, person, world.meeting_id, None, "note", "Handleplan godkendt.", NOW)
        await uow.commit()
    return note


async def note_written(world: World, person: Person, result: Any) -> None:
    async with world.uow() as uow:
        notes = await uow.meetings.notes(TENANT_ID, world.meeting_id)
    assert [(n.text, n.author_id) for n in notes][-1] == ("Handleplan godkendt.", person.id)


async def register(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        registration = await register_value(uow, person, world.agreement_id, "demo-sygefravaer", "2026-11", "5,4")
        assert registration.error is None
        await uow.commit()
    return registration


async def registered(world: World, person: Person, result: Any) -> None:
    async with world.uow() as uow:
        stored = await uow.measurements.for_indicator(TENANT_ID, result.indicator.id)
    assert [(m.period, m.value) for m in stored][-1] == ("2026-11", 5.4)


async def export(world: World, person: Person) -> Any:
    assert DocumentService is not None
    async with world.uow() as uow:
        document = await DocumentService(TONDER).load_for(uow, person, world.agreement_id, TODAY)
        await uow.commit()
    return document


async def exported(world: World, person: Person, result: Any) -> None:
    assert result.agreement_id == world.agreement_id and result.unit == "Børn og Skole"


async def create_for_unit(world: World, person: Person) -> Any:
    """«ny aftale» for the agreement's own unit, next year, with the director as giver (issue 15, item 1)."""
    agreement = await world.agreement()
    giver = world.people["giver"] if person.id != world.people["giver"].id else world.people["chefkonsulent"]
    draft = AgreementDraft(unit=UnitChoice(name="Børn og Skole", unit_id=agreement.unit_id), year=2027,
                           level=AgreementLevel.DIRECTORATE, giver=GiverChoice(person_id=giver.id))
    async with world.uow() as uow:
        created = await SETUP.create(uow, person, draft, 2026)
        await uow.commit()
    return created


async def created_for_unit(world: World, person: Person, result: Any) -> None:
    async with world.uow() as uow:
        found = await uow.agreements.find(TENANT_ID, (await world.agreement()).unit_id, 2027)
    assert found is not None and found.holder_id == person.id


async def carry_over(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        carried = await EvaluationService().carry_unmet_goals(uow, person, world.agreement_id, 2027, NOW)
        await uow.commit()
    return carried


async def carried_over(world: World, person: Person, result: Any) -> None:
    source = await world.agreement()
    # Into next year's agreement of the same unit with the same holder, whoever carries.
    assert result.agreement.unit_id == source.unit_id and result.agreement.holder_id == source.holder_id


CHANNEL_REFERENCE = {"conversation": {"id": "19:ledere@thread.tacv2", "conversationType": "channel"},
                     "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams"}


async def subscribe_channel(world: World, person: Person) -> Any:
    async with world.uow() as uow:
        done = await ChannelStatusService().subscribe(uow, person, (await world.agreement()).unit_id,
                                                      CHANNEL_REFERENCE, NOW)
        await uow.commit()
    return done


async def channel_subscribed(world: World, person: Person, result: Any) -> None:
    async with world.uow() as uow:
        [subscription] = await uow.channel_subscriptions.for_tenant(TENANT_ID)
    assert subscription.subscribed_by == person.id and result.created


READERS = frozenset({"holder", "giver", "chefkonsulent"})
ACTIONS = [
    Action("view agreement", view, AgreementAccessRefused, READERS, viewed),
    Action("edit: add a goal", add_goal, ApprovalRefused, frozenset({"holder"}), goal_added),
    Action("edit: a section", edit_section, ApprovalRefused, frozenset({"holder"}), section_edited),
    Action("submit", submit, ApprovalRefused, frozenset({"holder"}), submitted),
    Action("approve", approve, ApprovalRefused, frozenset({"giver"}), approved, prepare=submit_first),
    Action("read meeting notes", read_notes, MeetingRefused, READERS, notes_read),
    Action("write meeting notes", write_note, MeetingRefused, frozenset({"holder", "giver"}), note_written),
    Action("register measurements", register, RegistrationRefused, frozenset({"holder", "chefkonsulent"}),
           registered),
    Action("create an agreement for the unit", create_for_unit, SetupRefused, READERS, created_for_unit),
    Action("carry unmet goals over", carry_over, MeetingRefused, frozenset({"holder", "giver"}), carried_over),
    Action("subscribe a channel to the unit", subscribe_channel, ChannelRefused, READERS, channel_subscribed),
]
ACTIONS.append(Action("export", export, ExportRefused, READERS, exported))  # as «view agreement»: holder, giver, chefk.

CELLS = [(action, role) for action in ACTIONS for role in ROLES]


def cell_id(cell: tuple[Action, str]) -> str:
    action, role = cell
    verdict = "allowed" if role in action.allowed else "refused"
    return f"{action.name} | {role} | {verdict}"


# ---------------------------------------------------------------- Danish, and nothing of the machinery

DANISH_WORDS = frozenset({
    "aftale", "aftalen", "aftaler", "aftaleholderen", "aftalegiveren", "kun", "kan", "ikke", "du", "det", "der",
    "den", "er", "og", "som", "mødets", "deltagere", "skrive", "læse", "se", "hente", "ændre", "godkende",
    "registrere", "værdier", "adgang", "dette", "finde", "jeg", "enhed", "enheden", "oprette", "overføre", "mål",
    "kanal", "månedsstatus",
})
MACHINERY = re.compile(r"Traceback|File \"|Error|Exception|None|\bself\b|\w+\.py|\w+_\w+|[{}<>\[\]]")


def assert_danish(message: str) -> None:
    assert message and message == message.strip(), repr(message)
    assert not MACHINERY.search(message), message
    words = set(re.findall(r"[a-zæøå]+", message.lower()))
    assert len(words & DANISH_WORDS) >= 2, message
    assert message[0].isupper() and message.endswith("."), message


# ---------------------------------------------------------------- the table


@pytest.mark.parametrize("cell", CELLS, ids=[cell_id(c) for c in CELLS])
async def test_role_and_action(world: World, cell: tuple[Action, str]) -> None:
    action, role = cell
    person = world.people[role]
    if action.prepare is not None:
        await action.prepare(world)

    if role in action.allowed:
        await action.check(world, person, await action.run(world, person))
        return

    rows_before = await world.rows()
    events_before = await world.audit_events()
    with pytest.raises(action.refusal) as raised:
        await action.run(world, person)
    message = getattr(raised.value, "message", None) or str(raised.value)
    assert_danish(message)
    assert await world.rows() == rows_before, "a refused action changed stored data"
    new_events = (await world.audit_events())[len(events_before):]
    assert len(new_events) == 1, new_events
    _, audit_action, actor, subject, detail = new_events[0]
    assert audit_action.endswith(".refused") and actor == person.id, new_events
    unit_id = (await world.agreement()).unit_id
    assert subject in (f"agreement:{world.agreement_id}", f"meeting:{world.meeting_id}", f"unit:{unit_id}")
    assert detail.get("reason"), detail


def test_the_table_covers_every_role_and_action() -> None:
    names = [a.name for a in ACTIONS]
    assert names[:11] == ["view agreement", "edit: add a goal", "edit: a section", "submit", "approve",
                          "read meeting notes", "write meeting notes", "register measurements",
                          "create an agreement for the unit", "carry unmet goals over",
                          "subscribe a channel to the unit"]
    assert "export" in names
    for action in ACTIONS:
        assert action.allowed < set(ROLES)
        # Nobody outside the agreement gets anything: not another manager, not a stranger.
        assert not action.allowed & {"another manager", "stranger"}


# ---------------------------------------------------------------- status in a channel: the same for every role

CHANNEL_ROLES = {"holder": HOLDER, "giver": GIVER, "chefkonsulent": COORDINATOR, "another manager": OTHER_MANAGER,
                 "stranger": STAFF_MEMBER}


@pytest.mark.parametrize("role", ROLES)
async def test_a_channel_sees_the_same_status_whoever_asks(database_url: str, role: str) -> None:
    """In a team channel a status question shows what the channel may see (approved agreements of the units it
    follows, without buttons), never what the asker could see in their 1:1 chat (issue 15, item 5)."""
    from tests.support.conversation import FakeClock, demo_container
    from tests.test_channel_status_questions import ChannelMember, cards, has_buttons, set_status

    async with demo_container(database_url, FakeClock()) as container:
        asker = ChannelMember(container, CHANNEL_ROLES[role])
        assert cards(await asker.say("status")) == []  # a draft, and a channel that follows nothing
        await set_status(container, AgreementStatus.APPROVED)
        assert cards(await asker.say("status")) == []  # approved, but not followed
        await ChannelMember(container, HOLDER).say("abonnér på status for Børn og Skole")
        shown = cards(await asker.say("status"))
        assert len(shown) == 1 and not has_buttons(shown[0])
