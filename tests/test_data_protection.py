"""Data protection (GDPR), on SQLite and PostgreSQL: the read log of meeting notes, `aftalebot person export`,
`aftalebot person erase` (journalised notes kept, author anonymised), the retention of meeting notes (command and
daily job pass), and no note text in the logs."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agreements.data_protection import ANONYMISED_NAME, retention_cutoff_year
from agreements.profiles import TONDER
from agreements.types import AuditEvent, Person
from bot.commandline.cli import build_parser
from bot.commandline.person_cli import purge_expired_notes, run_erase, run_export, run_journalise, run_purge
from bot.logging_setup import configure_logging
from bot.settings import Settings
from store.db import make_sessionmaker
from store.models import BotStateRow, MeetingNoteRow, PersonRow
from tests.support.meeting_world import NOW, SERVICE, TENANT_ID, World, local, world

__all__ = ["world"]  # the fixture

HOLDER_NOTE = "Mette: budgettet for PPR er presset; Jonas er sygemeldt til marts"
OTHER_NOTE = "Henrik: vi tager sygefraværet op igen i januar"
KEPT_NOTE = "Beslutning: skolestrukturen journaliseres hos direktionen"


def settings_for(world: World) -> Settings:
    return Settings(DATABASE_URL=world.engine.url.render_as_string(hide_password=False))


async def note(world: World, person: Person, meeting_id: int, text: str) -> int:
    async with world.uow() as uow:
        written = await SERVICE.add_note(uow, person, meeting_id, None, "note", text, NOW)
        await uow.commit()
    return written.id or 0


async def read_summary(world: World, person: Person, meeting_id: int, at: datetime) -> None:
    async with world.uow() as uow:
        await SERVICE.summary(uow, person, meeting_id, at)
        await uow.commit()


async def add_state(world: World, key: str, data: dict[str, Any]) -> None:
    async with world.uow() as uow:
        uow.session.add(BotStateRow(key=key, tenant_id=TENANT_ID, data=data, etag="1"))
        await uow.commit()


async def with_reference(world: World, person: Person, conversation_id: str) -> None:
    async with world.uow() as uow:
        person.conversation_reference = {"conversation": {"id": conversation_id, "conversationType": "personal"},
                                         "serviceUrl": "https://smba.trafficmanager.net/emea/"}
        await uow.people.update(person)
        await uow.commit()


async def notes_text(world: World) -> list[str]:
    async with world.uow() as uow:
        return list(await uow.session.scalars(select(MeetingNoteRow.text).order_by(MeetingNoteRow.id)))


async def events(world: World, action: str) -> list[AuditEvent]:
    async with world.uow() as uow:
        return [e for e in await uow.audit.list(TENANT_ID) if e.action == action]


# ---------------------------------------------------------------- the read log and the export


async def test_reading_a_summary_or_ending_the_meeting_is_logged_as_a_read(world: World) -> None:
    meeting = (await world.schedule()).meeting.id or 0
    await note(world, world.holder, meeting, HOLDER_NOTE)
    await read_summary(world, world.coordinator, meeting, NOW + timedelta(hours=1))
    async with world.uow() as uow:
        await SERVICE.end_meeting(uow, world.giver, meeting, local(2026, 12, 10, 11))  # once it has begun
        await uow.commit()
    reads = await events(world, "meeting.notes_read")
    assert [(e.actor_id, e.subject) for e in reads] == [
        (world.coordinator.id, f"meeting:{meeting}"), (world.giver.id, f"meeting:{meeting}")]
    assert all(e.detail == {"notes": 1} for e in reads)  # a count, never the text


async def test_export_holds_everything_about_the_person_and_who_read_their_notes(
    world: World, tmp_path: Path
) -> None:
    meeting = (await world.schedule()).meeting.id or 0
    other_meeting = (await world.schedule(starts_at=NOW + timedelta(days=30), extras=[])).meeting.id or 0
    await note(world, world.holder, meeting, HOLDER_NOTE)
    await note(world, world.giver, other_meeting, OTHER_NOTE)
    await read_summary(world, world.giver, meeting, datetime(2026, 11, 25, 8, 30, tzinfo=UTC))
    await read_summary(world, world.coordinator, meeting, datetime(2026, 11, 26, 13, 0, tzinfo=UTC))
    await read_summary(world, world.holder, other_meeting, datetime(2026, 11, 26, 14, 0, tzinfo=UTC))
    await with_reference(world, world.holder, "a:personal-chat-of-mette-kjaer")
    await add_state(world, "msteams/users/29:demo-mette-kjaer", {"coach": {"draft": "halvere sygefraværet"}})
    await add_state(world, "msteams/conversations/a:personal-chat-of-mette-kjaer", {"dialog": "goal"})
    await add_state(world, "msteams/users/29:demo-henrik-thomsen", {"coach": {"draft": "Henriks kladde"}})
    async with world.uow() as uow:
        await SERVICE.add_action_point(uow, world.giver, meeting, "Send tal for PPR", world.holder.id or 0, None,
                                       NOW)
        await uow.commit()

    out = io.StringIO()
    path = tmp_path / "mette.json"
    code = await asyncio.to_thread(run_export, settings_for(world), world.holder.aad_object_id, TENANT_ID, path,
                                   out=out)
    assert code == 0 and str(path) in out.getvalue()
    assert path.stat().st_mode & 0o077 == 0  # personal data: readable by the owner only
    document = json.loads(path.read_text(encoding="utf-8"))

    assert document["person"]["name"] == "Mette Kjær" and document["person"]["id"] == world.holder.id
    assert [(a["id"], a["role"]) for a in document["agreements"]] == [(world.agreement_id, "holder")]
    assert len(document["agreements"][0]["goals"]) == 8
    assert {m["id"] for m in document["meetings"]} == {meeting, other_meeting}
    [written] = document["meeting_notes"]
    assert written["text"] == HOLDER_NOTE and written["journalised"] is False
    assert [(r["reader_name"], r["at"][:16]) for r in written["reads"]] == [
        ("Henrik Thomsen", "2026-11-25T08:30"), ("Anne Bech", "2026-11-26T13:00")]
    assert [p["text"] for p in document["action_points"]] == ["Send tal for PPR"]
    assert {r["key"] for r in document["bot_state"]} == {
        "msteams/users/29:demo-mette-kjaer", "msteams/conversations/a:personal-chat-of-mette-kjaer"}
    # Her own reading of someone else's notes is an event by her; the giver's note is not hers.
    assert ("meeting.notes_read", f"meeting:{other_meeting}") in [
        (e["action"], e["subject"]) for e in document["audit_events"]]
    assert OTHER_NOTE not in path.read_text(encoding="utf-8")
    assert [e.subject for e in await events(world, "person.exported")] == [f"person:{world.holder.id}"]


async def test_export_of_an_unknown_person_says_so_in_danish(world: World) -> None:
    err = io.StringIO()
    code = await asyncio.to_thread(run_export, settings_for(world), "999999", TENANT_ID, None, err=err)
    assert code == 1
    assert err.getvalue().strip() == "Jeg kan ikke finde personen 999999."
    assert await events(world, "person.exported") == []


def test_the_commands_are_on_the_command_line() -> None:
    parser = build_parser()
    args = parser.parse_args(["person", "export", "12", "-o", "ud.json", "--tenant", "t"])
    assert (args.command, args.person_command, args.id, str(args.output)) == ("person", "export", "12", "ud.json")
    assert parser.parse_args(["person", "erase", "12"]).person_command == "erase"
    assert parser.parse_args(["purge-notes", "--dry-run"]).dry_run is True
    assert parser.parse_args(["journalise", "7", "--undo"]).undo is True


# ---------------------------------------------------------------- erasure


async def test_erase_anonymises_and_deletes_but_keeps_journalised_notes_and_the_agreement(world: World) -> None:
    journalised = (await world.schedule()).meeting.id or 0
    ordinary = (await world.schedule(starts_at=NOW + timedelta(days=30), extras=[])).meeting.id or 0
    await note(world, world.holder, journalised, KEPT_NOTE)
    await note(world, world.holder, ordinary, HOLDER_NOTE)
    await note(world, world.giver, ordinary, OTHER_NOTE)
    async with world.uow() as uow:
        await SERVICE.add_agenda_point(uow, world.holder, ordinary, "Mettes eget punkt", NOW)
        await uow.commit()
    await with_reference(world, world.holder, "a:personal-chat-of-mette-kjaer")
    await add_state(world, "msteams/users/29:demo-mette-kjaer", {"coach": {"draft": "halvere sygefraværet"}})
    await add_state(world, "msteams/conversations/a:personal-chat-of-mette-kjaer", {"dialog": "goal"})
    await add_state(world, "msteams/users/29:demo-henrik-thomsen", {"coach": {"draft": "Henriks kladde"}})
    settings = settings_for(world)
    out = io.StringIO()
    assert await asyncio.to_thread(run_journalise, settings, str(journalised), TENANT_ID, out=out) == 0
    assert out.getvalue().strip() == (f"Dialogmøde {journalised} er journaliseret: 1 note bevares, også ved sletning "
                                      "og efter opbevaringsperioden.")

    out = io.StringIO()
    assert await asyncio.to_thread(run_erase, settings, str(world.holder.id), TENANT_ID, out=out) == 0
    report = out.getvalue()
    assert f"Person {world.holder.id} er anonymiseret: navnet er nu «Slettet bruger»" in report
    assert "Slettet: 1 note, 1 dagsordenspunkt, 2 samtaletilstande" in report
    assert "Bevaret: 1 note er journaliseret og bevaret med forfatteren anonymiseret («Slettet bruger»)." in report
    assert "Bevaret som kommunens dokumentation: 1 aftale" in report

    async with world.uow() as uow:
        row = await uow.session.get(PersonRow, world.holder.id)
        assert row is not None
        assert (row.name, row.email, row.teams_user_id, row.conversation_reference) == (
            ANONYMISED_NAME, None, None, None)
        assert row.aad_object_id != world.holder.aad_object_id
        assert await uow.people.get_by_aad(TENANT_ID, world.holder.aad_object_id) is None
        agreement = await uow.agreements.get(TENANT_ID, world.agreement_id)
        assert agreement is not None and agreement.holder_id == world.holder.id  # the municipal record stays
        keys = list(await uow.session.scalars(select(BotStateRow.key)))
        assert keys == ["msteams/users/29:demo-henrik-thomsen"]
        assert await uow.meetings.agenda_points(TENANT_ID, ordinary) == []
        summary = await SERVICE.summary(uow, world.giver, journalised, NOW)
    assert await notes_text(world) == [KEPT_NOTE, OTHER_NOTE]
    [group] = summary.groups
    assert [summary.names[n.author_id] for n in group.notes] == [ANONYMISED_NAME]
    [erased] = await events(world, "person.erased")
    assert erased.subject == f"person:{world.holder.id}"
    assert erased.detail["notes_deleted"] == 1 and erased.detail["notes_kept_journalised"] == 1
    assert KEPT_NOTE not in json.dumps(erased.detail) and HOLDER_NOTE not in json.dumps(erased.detail)

    # Erasing again finds nothing more to delete and says the person was already anonymised.
    out = io.StringIO()
    assert await asyncio.to_thread(run_erase, settings, str(world.holder.id), TENANT_ID, out=out) == 0
    assert "var allerede anonymiseret" in out.getvalue() and "Slettet: 0 noter" in out.getvalue()


async def test_erasing_an_unknown_person_changes_nothing(world: World) -> None:
    meeting = (await world.schedule()).meeting.id or 0
    await note(world, world.holder, meeting, HOLDER_NOTE)
    err = io.StringIO()
    code = await asyncio.to_thread(run_erase, settings_for(world), "ukendt-aad-id", TENANT_ID, err=err)
    assert code == 1 and err.getvalue().strip() == "Jeg kan ikke finde personen ukendt-aad-id."
    assert await notes_text(world) == [HOLDER_NOTE]
    assert await events(world, "person.erased") == []


# ---------------------------------------------------------------- retention


def test_retention_counts_from_the_end_of_the_agreement_year() -> None:
    # A 2026 agreement ends 31 December 2026; with 5 years its notes go on 1 January 2032, not before.
    assert retention_cutoff_year(datetime(2031, 12, 31).date(), 5) == 2026  # 2026 < 2026: kept
    assert retention_cutoff_year(datetime(2032, 1, 1).date(), 5) == 2027  # 2026 < 2027: purged
    assert TONDER.note_retention_years == 5


async def test_purge_deletes_old_notes_keeps_journalised_ones_and_audits_counts_only(world: World) -> None:
    journalised = (await world.schedule()).meeting.id or 0
    ordinary = (await world.schedule(starts_at=NOW + timedelta(days=30), extras=[])).meeting.id or 0
    await note(world, world.holder, journalised, KEPT_NOTE)
    await note(world, world.holder, ordinary, HOLDER_NOTE)
    await note(world, world.giver, ordinary, OTHER_NOTE)
    settings = settings_for(world)
    assert await asyncio.to_thread(run_journalise, settings, str(journalised), TENANT_ID, out=io.StringIO()) == 0

    last_day = lambda: datetime(2031, 12, 31, 12, 0, tzinfo=UTC)  # noqa: E731
    first_day = lambda: datetime(2032, 1, 2, 12, 0, tzinfo=UTC)  # noqa: E731
    out = io.StringIO()
    assert await asyncio.to_thread(run_purge, settings, dry_run=False, out=out, clock=last_day) == 0
    assert "Slettet: 0 noter." in out.getvalue()
    out = io.StringIO()
    assert await asyncio.to_thread(run_purge, settings, dry_run=True, out=out, clock=first_day) == 0
    assert out.getvalue().splitlines() == [
        "Opbevaringsperiode for mødenoter: 5 år efter aftaleårets udgang – noter fra aftaler før 2027.",
        "Prøvekørsel: 2 noter ville blive slettet. Intet er ændret.",
        "Bevaret: 1 note under journalisering.",
    ]
    assert len(await notes_text(world)) == 3
    assert await events(world, "meeting_notes.purged") == []

    out = io.StringIO()
    assert await asyncio.to_thread(run_purge, settings, dry_run=False, out=out, clock=first_day) == 0
    assert "Slettet: 2 noter." in out.getvalue()
    assert await notes_text(world) == [KEPT_NOTE]
    [purged] = await events(world, "meeting_notes.purged")
    assert purged.detail == {"deleted": 2, "kept_journalised": 1, "before_year": 2027, "retention_years": 5}


async def test_the_retention_period_is_the_profiles_and_the_job_service_runs_it_daily(world: World) -> None:
    meeting = (await world.schedule()).meeting.id or 0
    await note(world, world.holder, meeting, HOLDER_NOTE)
    short = dataclasses.replace(TONDER, note_retention_years=1)
    sessionmaker = make_sessionmaker(world.engine)
    assert (await purge_expired_notes(sessionmaker, short, datetime(2027, 12, 31, 12, tzinfo=UTC))).deleted == 0
    assert await notes_text(world) == [HOLDER_NOTE]

    from bot.scheduled.job_service import build_job_service

    async def send(person: Person, card: dict[str, Any]) -> None:
        raise AssertionError("nothing is sent here")

    service = dataclasses.replace(
        build_job_service(Settings(DATABASE_URL="sqlite+aiosqlite://", AFTALEBOT_JOB_POLL_SECONDS=0.05), short,
                          sessionmaker, send, clock=lambda: datetime(2028, 1, 3, 12, tzinfo=UTC)),
        schedule=nothing_to_schedule)
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve(stop))
    try:
        for _ in range(200):
            if not await notes_text(world):
                break
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await task
    assert await notes_text(world) == []
    assert len(await events(world, "meeting_notes.purged")) == 1


async def nothing_to_schedule() -> Any:
    return None


# ---------------------------------------------------------------- logs


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """The bot's own logging set up at DEBUG, writing to a buffer; the root logger is restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("sqlalchemy", "aiosqlite", "asyncpg")}
    stream = io.StringIO()
    configure_logging(Settings(AFTALEBOT_LOG_LEVEL="DEBUG"), stream=stream)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved_handlers:
            root.addHandler(handler)
        root.setLevel(saved_level)
        for name, level in quiet.items():
            logging.getLogger(name).setLevel(level)


async def test_no_note_text_reaches_the_log_at_debug(world: World, debug_log: io.StringIO) -> None:
    meeting = (await world.schedule()).meeting.id or 0
    await note(world, world.holder, meeting, HOLDER_NOTE)
    await note(world, world.giver, meeting, OTHER_NOTE)
    async with world.uow() as uow:
        await SERVICE.add_action_point(uow, world.giver, meeting, KEPT_NOTE, world.holder.id or 0, None, NOW)
        await SERVICE.end_meeting(uow, world.giver, meeting, local(2026, 12, 10, 11))  # once it has begun
        await uow.commit()
    await read_summary(world, world.coordinator, meeting, NOW + timedelta(hours=2))
    settings = settings_for(world)
    await asyncio.to_thread(run_export, settings, str(world.holder.id), TENANT_ID, None, out=io.StringIO())
    await asyncio.to_thread(run_erase, settings, str(world.holder.id), TENANT_ID, out=io.StringIO())
    await asyncio.to_thread(run_purge, settings, dry_run=False, out=io.StringIO(),
                            clock=lambda: datetime(2040, 1, 1, tzinfo=UTC))
    logged = debug_log.getvalue()
    assert "retention pass" in logged and "erased" in logged  # the log was on, at DEBUG
    for text in (HOLDER_NOTE, OTHER_NOTE, KEPT_NOTE, "budgettet", "sygefraværet"):
        assert text not in logged
