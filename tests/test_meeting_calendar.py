"""A planned dialogue meeting goes into Outlook through Microsoft Graph (app-only token), against a fake identity
platform and Graph on loopback; when Graph refuses, the meeting is still saved and the user is told."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from agreements.demo import GIVER, HOLDER, TENANT_ID
from tests.support.conversation import Conversation, FakeClock
from tests.support.fake_graph import FakeGraph
from tests.test_agreement_setup import graph_container


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path)
    await graph.start()
    yield graph
    await graph.close()


async def meetings(conversation: Conversation) -> list[tuple[int, str | None]]:
    async with conversation.container.uow_factory() as uow:
        agreement = (await uow.agreements.for_year(TENANT_ID))[0]
        found = await uow.meetings.for_agreement(TENANT_ID, agreement.id or 0)
    return [(m.id or 0, m.graph_event_id) for m in found]


async def test_a_planned_meeting_is_put_in_the_outlook_calendars(database_url: str, fake: FakeGraph) -> None:
    async with graph_container(database_url, FakeClock(), fake) as container:
        holder = Conversation(container, HOLDER)
        said = await holder.say("planlæg dialogmøde 15/12 kl. 10-11.30 på Rådhuset")
        assert "Mødet er lagt i deltagernes Outlook-kalender" in said, said
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
    async with graph_container(database_url, FakeClock(), fake) as container:
        holder = Conversation(container, HOLDER)
        said = await holder.say("planlæg dialogmøde 15/12 kl. 10")
        assert "Dialogmødet er planlagt" in said and "kunne ikke lægge det i Outlook-kalenderen" in said
        assert fake.events == []
        assert [event_id for _, event_id in await meetings(holder)] == [None]
