"""Dialogue meetings in Teams: typed commands and card actions through the running bot, replies at a fake
Bot Connector, with a clock the test controls."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select

from agreements.demo import GIVER, HOLDER, OTHER_MANAGER
from agreements.dialogue.meeting_time import MeetingTimeError, parse_time_and_place
from bot.commandline.demo import load_demo
from bot.composition import build_container, job_service_for
from bot.web.app import CONTAINER, create_app
from store.db import create_engine, make_sessionmaker
from store.models import ActionPointRow, MeetingNoteRow, MeetingRow, ScheduledJobRow
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import cards_of, find_action
from tests.support.conversation import FakeClock
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import dev_settings

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # Tuesday 24 November 2026, 10:00 in Copenhagen


class MeetingBot:
    """The bot over HTTP with a fake clock; `say` returns the texts of the replies to one message."""

    def __init__(self, server: TestServer, connector: FakeConnector, clock: FakeClock, url: str) -> None:
        self.server, self.connector, self.clock, self.url = server, connector, clock, url

    async def post(self, activity: dict[str, Any]) -> int:
        async with ClientSession() as http:
            response = await http.post(str(self.server.make_url("/api/messages")), json=activity)
            return response.status

    async def send(self, text: str = "", *, user: Any = HOLDER, value: Any = None) -> list[dict[str, Any]]:
        before = len(self.connector.activities)
        activity = make_activity(self.connector.url, text=text, user=user)
        if value is not None:
            activity["value"] = value
        assert await self.post(activity) in (200, 201)
        chat = activity["conversation"]["id"]
        await self.connector.wait_for(lambda a: a["conversation"]["id"] == chat, after=before)
        await asyncio.sleep(0.05)  # a second reply of the same turn
        return [a for a in self.connector.activities[before:] if a["conversation"]["id"] == chat]

    async def say(self, text: str = "", *, user: Any = HOLDER, value: Any = None) -> str:
        return "\n".join(text_of(a) for a in await self.send(text, user=user, value=value))

    async def run_jobs(self) -> int:
        """Runs the jobs due now (by the test's clock) through the bot's own job service and adapter."""
        container = self.server.app[CONTAINER]
        service = job_service_for(container, clock=self.clock)
        _, stats = await service.run_once(wait=0, schedule=False)
        return stats.sent

    async def count(self, table: Any, **where: Any) -> int:
        engine = create_engine(self.url)
        try:
            async with make_sessionmaker(engine)() as session:
                query = select(func.count()).select_from(table)
                for column, value in where.items():
                    query = query.where(getattr(table, column) == value)
                return int(await session.scalar(query) or 0)
        finally:
            await engine.dispose()


@pytest.fixture
async def meeting_bot(database_url: str) -> AsyncIterator[MeetingBot]:
    clock = FakeClock(START)
    settings = dev_settings(database_url)
    await load_demo(settings, today=date(2026, 11, 24))
    connector = FakeConnector()
    await connector.start()
    server = TestServer(create_app(settings, lambda s: build_container(s, clock=clock)), host="127.0.0.1")
    await server.start_server()
    try:
        yield MeetingBot(server, connector, clock, database_url)
    finally:
        await server.close()
        await connector.close()


async def plan(bot: MeetingBot, typed: str = "planlæg dialogmøde 15/12 kl. 10-11.30") -> list[dict[str, Any]]:
    await bot.say("hej", user=GIVER)  # the giver has opened the bot, so they can be told
    return await bot.send(typed)


async def test_typed_scheduling_plans_the_meeting_tells_the_giver_and_queues_the_reminders(
    meeting_bot: MeetingBot,
) -> None:
    replies = await plan(meeting_bot)
    texts = [text_of(a) for a in replies]
    assert any("Dialogmødet er planlagt: tirsdag den 15. december 2026 kl. 10.00–11.30" in t for t in texts)
    assert any("5 og 1 arbejdsdag før" in t for t in texts)
    agenda = cards_of(replies)
    assert agenda and "Dagsorden" in text_of({"attachments": [{"content": agenda[0]}]})
    assert_valid_cards(agenda[0])
    giver_chat = f"a:personal-{GIVER.aad_object_id}"
    assert await meeting_bot.run_jobs() == 1  # the giver gets the agenda at once, through the job runner
    told = await meeting_bot.connector.wait_for(
        lambda a: a["conversation"]["id"] == giver_chat and "har planlagt dette dialogmøde" in text_of(a)
    )
    assert "Mette Kjær" in text_of(told) and "Dagsorden" in text_of(told)
    assert_valid_cards(told["attachments"][0]["content"])
    assert await meeting_bot.run_jobs() == 0  # once
    assert await meeting_bot.count(MeetingRow) == 1
    assert await meeting_bot.count(ScheduledJobRow, kind="meeting_reminder") == 4  # 2 participants × 5 and 1 days


async def test_a_wrong_typed_time_gives_the_reason_and_the_card_and_stores_nothing(meeting_bot: MeetingBot) -> None:
    replies = await meeting_bot.send("planlæg dialogmøde onsdag den 15. december kl. 10")
    said = "\n".join(text_of(a) for a in replies)
    assert "15. december 2026 er en tirsdag, ikke en onsdag" in said
    assert find_action(cards_of(replies)[-1], "meeting.schedule")
    assert await meeting_bot.count(MeetingRow) == 0


async def test_the_schedule_card_keeps_what_was_typed_when_the_time_cannot_be_used(meeting_bot: MeetingBot) -> None:
    card = cards_of(await meeting_bot.send("planlæg dialogmøde"))[-1]
    assert_valid_cards(card)
    data = {**find_action(card, "meeting.schedule"), "date": "2026-11-20", "start": "10:00", "end": "",
            "place": "Rådhuset, mødelokale 2", "extras": "", "evaluation": "false"}
    again = cards_of(await meeting_bot.send(value=data))[-1]
    shown = text_of({"attachments": [{"content": again}]})
    assert "fortiden" in shown or "før" in shown or "allerede" in shown
    place = next(e for e in again["body"] if e.get("id") == "place")
    assert place["value"] == "Rådhuset, mødelokale 2" and next(
        e for e in again["body"] if e.get("id") == "date")["value"] == "2026-11-20"
    assert await meeting_bot.count(MeetingRow) == 0


async def test_only_the_holder_or_giver_can_plan_a_meeting(meeting_bot: MeetingBot) -> None:
    said = await meeting_bot.say("planlæg dialogmøde 15/12 kl. 10", user=OTHER_MANAGER)
    assert "hverken aftaleholder eller aftalegiver" in said
    assert await meeting_bot.count(MeetingRow) == 0


async def test_notes_from_two_participants_at_once_and_the_summary_reaches_both(meeting_bot: MeetingBot) -> None:
    await plan(meeting_bot)
    meeting_bot.clock.now = datetime(2026, 12, 15, 9, 5, tzinfo=UTC)  # the meeting has begun
    holder_card = cards_of(await meeting_bot.send("noter til mødet"))[-1]
    giver_card = cards_of(await meeting_bot.send("noter til mødet", user=GIVER))[-1]
    assert_valid_cards(holder_card)
    note = find_action(holder_card, "meeting.add_note")

    async def write(user: Any, text: str, index: int) -> None:
        activity = make_activity(meeting_bot.connector.url, user=user)
        activity["value"] = {**note, "kind": "note", "note": text, "point_index": index}
        assert await meeting_bot.post(activity) in (200, 201)

    await asyncio.gather(*(write(HOLDER if i % 2 else GIVER, f"Note nummer {i}", 0) for i in range(12)))
    assert await meeting_bot.count(MeetingNoteRow) == 12
    decision = {**find_action(giver_card, "meeting.add_note"), "kind": "decision", "note": "Vi fastholder målet"}
    await meeting_bot.send(value=decision, user=GIVER)
    action = {**find_action(holder_card, "meeting.add_action"), "action_text": "Indhent tal fra dagtilbuddene",
              "owner": "", "due": "2027-01-15"}
    saved = await meeting_bot.say(value=action)
    assert "Handlingspunktet er tilføjet" in saved

    replies = await meeting_bot.send("afslut møde")
    said = "\n".join(text_of(a) for a in replies)
    assert "referatet er sendt til alle deltagere" in said
    summary = cards_of(replies)[-1]
    assert_valid_cards(summary)
    summary_text = text_of({"attachments": [{"content": summary}]})
    assert all(f"Note nummer {i}" in summary_text for i in range(12))
    assert "Vi fastholder målet" in summary_text and "Indhent tal fra dagtilbuddene" in summary_text
    giver_chat = f"a:personal-{GIVER.aad_object_id}"
    await meeting_bot.run_jobs()
    posted = await meeting_bot.connector.wait_for(
        lambda a: a["conversation"]["id"] == giver_chat and bool(a.get("attachments"))
        and "Referat" in text_of(a)
    )
    assert "Mette Kjær har afsluttet dialogmødet" in text_of(posted) and "Note nummer 11" in text_of(posted)
    again = await meeting_bot.say("afslut møde")
    assert "allerede afsluttet" in again


async def test_notes_and_decisions_typed_in_the_chat_are_saved_and_in_the_summary(meeting_bot: MeetingBot) -> None:
    assert "Du har ikke noget dialogmøde" in await meeting_bot.say("note: før der er et møde")
    await plan(meeting_bot)
    meeting_bot.clock.now = datetime(2026, 12, 15, 9, 5, tzinfo=UTC)  # the meeting has begun
    saved = await meeting_bot.send("Note: Vi drøftede sygefraværet, som går den rigtige vej.")
    card = cards_of(saved)[-1]
    assert_valid_cards(card)
    shown = text_of(saved[-1])
    assert "Vi drøftede sygefraværet, som går den rigtige vej." in shown and "Eventuelt" in shown, shown
    assert "Status pr." not in shown  # not read as a status question
    assert "Vi fastholder målet" in await meeting_bot.say("beslutning: Vi fastholder målet", user=GIVER)
    assert "Skriv noten efter kolon" in await meeting_bot.say("note:")
    assert await meeting_bot.count(MeetingNoteRow) == 2
    summary = await meeting_bot.say("afslut møde")
    assert "Vi drøftede sygefraværet" in summary and "Beslutning" in summary and "Vi fastholder målet" in summary


async def test_my_tasks_lists_the_open_action_points_and_closes_one(meeting_bot: MeetingBot) -> None:
    await plan(meeting_bot)
    meeting_bot.clock.now = datetime(2026, 12, 15, 9, 5, tzinfo=UTC)
    card = cards_of(await meeting_bot.send("noter til mødet"))[-1]
    for text, due in (("Send budgetnotat", "2026-12-20"), ("Ring til skolebestyrelsen", "")):
        await meeting_bot.send(value={**find_action(card, "meeting.add_action"), "action_text": text,
                                      "owner": "", "due": due})
    tasks = cards_of(await meeting_bot.send("mine opgaver"))[-1]
    assert_valid_cards(tasks)
    shown = text_of({"attachments": [{"content": tasks}]})
    assert "Send budgetnotat" in shown and "Ring til skolebestyrelsen" in shown
    closed = cards_of(await meeting_bot.send(value=find_action(tasks, "action.close")))[-1]
    closed_text = text_of({"attachments": [{"content": closed}]})
    open_part, _, closed_part = closed_text.partition("Lukket for nylig")
    assert "Handlingspunktet er lukket" in open_part and "Send budgetnotat" not in open_part
    assert "Send budgetnotat" in closed_part  # with «Genåbn», in case it was closed by mistake
    assert await meeting_bot.count(ActionPointRow) == 2
    nothing = await meeting_bot.say("mine opgaver", user=OTHER_MANAGER)
    assert "ingen åbne handlingspunkter" in nothing


async def test_a_participant_adds_a_point_to_the_agenda(meeting_bot: MeetingBot) -> None:
    agenda = cards_of(await plan(meeting_bot))[-1]
    add = find_action(agenda, "meeting.add_point")
    updated = cards_of(await meeting_bot.send(value={**add, "point_text": "Ny skolestruktur"}, user=GIVER))[-1]
    shown = text_of({"attachments": [{"content": updated}]})
    assert "Ny skolestruktur" in shown and "tilføjet af Henrik Thomsen" in shown
    stranger = await meeting_bot.say(value={**add, "point_text": "Udefra"}, user=OTHER_MANAGER)
    assert "Du har ikke adgang" in stranger or "kun mødets deltagere" in stranger
    agenda_again = await meeting_bot.say("dagsorden")
    assert "Ny skolestruktur" in agenda_again and "Udefra" not in agenda_again


async def test_a_malformed_meeting_action_is_refused_and_changes_nothing(meeting_bot: MeetingBot) -> None:
    await plan(meeting_bot)
    said = await meeting_bot.say(value={"verb": "meeting.add_note", "meeting": "1; DROP TABLE", "note": "x"})
    assert "Den knap kunne jeg ikke bruge" in said
    said = await meeting_bot.say(value={"verb": "meeting.add_note", "meeting": 999, "note": "Hej"})
    assert "Jeg kan ikke finde det dialogmøde" in said
    assert await meeting_bot.count(MeetingNoteRow) == 0


async def test_meeting_commands_in_a_group_chat_are_taken_privately(meeting_bot: MeetingBot) -> None:
    await plan(meeting_bot)
    before = len(meeting_bot.connector.activities)
    activity = make_activity(meeting_bot.connector.url, text="<at>Aftalebot</at> mine opgaver")
    activity["conversation"] = {**activity["conversation"], "id": "19:ledere@thread.v2",
                                "conversationType": "groupChat", "isGroup": True}
    activity["entities"] = [{"type": "mention", "text": "<at>Aftalebot</at>",
                             "mentioned": {"id": activity["recipient"]["id"], "name": "Aftalebot"}}]
    assert await meeting_bot.post(activity) in (200, 201)
    reply = await meeting_bot.connector.wait_for(lambda a: a["conversation"]["id"] == "19:ledere@thread.v2",
                                                 after=before)
    assert "private chat" in text_of(reply)


async def test_the_agreement_card_has_a_button_that_opens_the_schedule_card(meeting_bot: MeetingBot) -> None:
    agreement = cards_of(await meeting_bot.send("min aftale"))[0]
    button = find_action(agreement, "ask")
    buttons = [b for b in agreement["actions"] if b.get("data", {}).get("intent") == "plan_meeting"]
    assert button and len(buttons) == 1 and buttons[0]["title"] == "Planlæg dialogmøde"
    schedule = cards_of(await meeting_bot.send(value=buttons[0]["data"]))[-1]
    assert find_action(schedule, "meeting.schedule")["agreement"] == 1


async def test_the_evaluation_meeting_assesses_the_goals_and_carries_the_unmet_ones(meeting_bot: MeetingBot) -> None:
    said = await meeting_bot.say("planlæg evaluering 10/12 kl. 13")
    assert "Dialogmødet er planlagt: torsdag den 10. december 2026 kl. 13.00–14.00" in said
    card = cards_of(await meeting_bot.send("evaluering"))[-1]
    assert_valid_cards(card)
    goal_inputs = [e["id"] for c in card["body"] if c.get("type") == "Container" for e in c["items"]
                   if str(e.get("id", "")).startswith("goal_")]
    assert len(goal_inputs) == 8
    save = find_action(card, "evaluation.save")
    values = {goal_inputs[0]: "met", goal_inputs[1]: "not_met", f"comment_{goal_inputs[1][5:]}": "Nåede det ikke",
              goal_inputs[2]: "partly_met"}
    saved = cards_of(await meeting_bot.send(value={**save, **values}))[-1]
    saved_text = text_of({"attachments": [{"content": saved}]})
    assert "Evalueringen er gemt" in saved_text
    carried = await meeting_bot.say(value=find_action(saved, "evaluation.carry"))
    assert "2 mål er overført til kladden for 2027" in carried
    again = await meeting_bot.say(value=find_action(saved, "evaluation.carry"))
    assert "ingen ikke opfyldte mål at overføre" in again


async def test_a_manager_outside_the_agreement_cannot_evaluate(meeting_bot: MeetingBot) -> None:
    await meeting_bot.say("planlæg evaluering 10/12 kl. 13")
    card = cards_of(await meeting_bot.send("evaluering"))[-1]
    save = find_action(card, "evaluation.save")
    refused = await meeting_bot.say(value={**save, "goal_1": "met"}, user=OTHER_MANAGER)
    assert "Du har ikke adgang" in refused or "kun aftaleholderen" in refused


@pytest.mark.parametrize(
    ("typed", "starts", "place"),
    [
        ("15/12 kl. 10", datetime(2026, 12, 15, 9, 0, tzinfo=UTC), ""),
        ("15/12 kl. 10 på Rådhuset, lokale 2", datetime(2026, 12, 15, 9, 0, tzinfo=UTC), "Rådhuset, lokale 2"),
        ("på onsdag kl. 13 på Teams", datetime(2026, 11, 25, 12, 0, tzinfo=UTC), "Teams"),
        ("tirsdag den 15. december kl. 10-11, Skolevej 3", datetime(2026, 12, 15, 9, 0, tzinfo=UTC), "Skolevej 3"),
    ],
)
def test_a_typed_meeting_time_may_end_with_the_place(typed: str, starts: datetime, place: str) -> None:
    when, found = parse_time_and_place(typed, START)
    assert (when.starts_at, found) == (starts, place)


def test_a_typed_place_without_a_time_is_still_refused() -> None:
    with pytest.raises(MeetingTimeError):
        parse_time_and_place("på Rådhuset", START)


async def test_clicking_plan_twice_plans_one_meeting(meeting_bot: MeetingBot) -> None:
    await meeting_bot.say("hej", user=GIVER)
    card = cards_of(await meeting_bot.send("planlæg dialogmøde"))[-1]
    data = {**find_action(card, "meeting.schedule"), "date": "2026-12-15", "start": "10:00", "end": "11:00",
            "place": "Rådhuset", "extras": "", "evaluation": "false"}
    first = await meeting_bot.say(value=data)
    second = await meeting_bot.say(value=data)
    assert "Dialogmødet er planlagt" in first and "er allerede planlagt" in second
    assert await meeting_bot.count(MeetingRow) == 1
    assert await meeting_bot.count(ScheduledJobRow, kind="meeting_reminder") == 4


async def test_a_giver_who_never_opened_the_bot_gets_the_agenda_when_they_do(meeting_bot: MeetingBot) -> None:
    await meeting_bot.send("planlæg dialogmøde 15/12 kl. 10")  # the giver has not opened the bot yet
    assert await meeting_bot.run_jobs() == 0  # nowhere to send it: it waits
    giver_chat = f"a:personal-{GIVER.aad_object_id}"
    await meeting_bot.say("hej", user=GIVER)
    assert await meeting_bot.run_jobs() == 1
    told = await meeting_bot.connector.wait_for(
        lambda a: a["conversation"]["id"] == giver_chat and "har planlagt dette dialogmøde" in text_of(a)
    )
    assert "Dagsorden" in text_of(told)
