"""A planned dialogue meeting goes into Outlook through Microsoft Graph (app-only token) by a job, against a fake
identity platform and Graph on loopback; when Graph refuses, the meeting is still saved and the organiser is told."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from agreements.demo import GIVER, HOLDER, TENANT_ID
from agreements.types import Person
from bot.composition import Container
from bot.scheduled.job_service import build_job_service
from bot.scheduled.jobs import RunStats
from tests.support.conversation import Conversation, FakeClock
from tests.support.fake_connector import text_of
from tests.support.fake_graph import FakeGraph
from tests.test_agreement_setup import graph_container


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path)
    await graph.start()
    yield graph
    await graph.close()


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    async def __call__(self, person: Person, card: dict[str, Any]) -> None:
        self.sent.append((person.name, card))


async def run_jobs(container: Container, clock: FakeClock, recorder: Recorder) -> RunStats:
    service = build_job_service(container.settings, container.profile, container.sessionmaker, recorder,
                                clock=clock, graph=container.graph, sleep=_no_sleep)
    _, stats = await service.run_once(wait=0, schedule=False)
    return stats


async def _no_sleep(seconds: float) -> None:
    return None


async def meetings(conversation: Conversation) -> list[tuple[int, str | None]]:
    async with conversation.container.uow_factory() as uow:
        agreement = (await uow.agreements.for_year(TENANT_ID))[0]
        found = await uow.meetings.for_agreement(TENANT_ID, agreement.id or 0)
    return [(m.id or 0, m.graph_event_id) for m in found]


async def test_a_planned_meeting_is_put_in_the_outlook_calendars(database_url: str, fake: FakeGraph) -> None:
    clock = FakeClock()
    async with graph_container(database_url, clock, fake) as container:
        holder = Conversation(container, HOLDER)
        said = await holder.say("planlæg dialogmøde 15/12 kl. 10-11.30 på Rådhuset")
        assert "Jeg lægger det i deltagernes Outlook-kalender" in said, said
        assert fake.events == []  # not in the turn: the click answers at once
        recorder = Recorder()
        await run_jobs(container, clock, recorder)
        assert [name for name, _ in recorder.sent] == ["Henrik Thomsen"]  # the giver's agenda; nothing else
        await run_jobs(container, clock, recorder)
        [event] = fake.events
        assert event["organizer"] == HOLDER.aad_object_id
        assert event["subject"] == "Dialogmøde om udviklingsaftale 2026 – Børn og Skole"
        assert event["start"] == {"dateTime": "2026-12-15T09:00:00", "timeZone": "UTC"}
        assert event["end"] == {"dateTime": "2026-12-15T10:30:00", "timeZone": "UTC"}
        assert [a["emailAddress"]["address"] for a in event["attendees"]] == [GIVER.email]
        assert event["location"] == {"displayName": "Rådhuset"}
        assert [event_id for _, event_id in await meetings(holder)] == ["AAMkAD-fake-1"]


async def test_when_graph_refuses_the_meeting_is_saved_and_the_user_is_told(
    database_url: str, fake: FakeGraph
) -> None:
    fake.fail_with = 403
    clock = FakeClock()
    async with graph_container(database_url, clock, fake) as container:
        holder = Conversation(container, HOLDER)
        said = await holder.say("planlæg dialogmøde 15/12 kl. 10")
        assert "Dialogmødet er planlagt" in said
        recorder = Recorder()
        stats = await run_jobs(container, clock, recorder)
        assert stats.failed == 0 and fake.events == []
        told = {name: text_of({"attachments": [{"content": card}]}) for name, card in recorder.sent}
        assert "kunne ikke lægge mødet i Outlook-kalenderen" in told["Mette Kjær"]
        assert [event_id for _, event_id in await meetings(holder)] == [None]


async def test_when_graph_is_unavailable_the_event_is_tried_again(database_url: str, fake: FakeGraph) -> None:
    fake.fail_with = 503
    clock = FakeClock()
    async with graph_container(database_url, clock, fake) as container:
        holder = Conversation(container, HOLDER)
        await holder.say("planlæg dialogmøde 15/12 kl. 10")
        recorder = Recorder()
        stats = await run_jobs(container, clock, recorder)
        assert stats.retried == 1 and fake.events == []
        fake.fail_with = None
        clock.advance(hours=1)
        await run_jobs(container, clock, recorder)
        assert len(fake.events) == 1
        assert [event_id for _, event_id in await meetings(holder)] == ["AAMkAD-fake-1"]
