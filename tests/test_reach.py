"""agreements.reach on the in-memory unit of work: who gets the app installed (once, remembered, audited), who does
not (removed it; installed once already; deactivated), and what happens to a message that cannot reach its person
(put off as a job, once per key; never raised)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pytest

from agreements.ports import Installation, NotificationFailed
from agreements.reach import MESSAGE_JOB_KIND, Reach
from agreements.types import Person
from tests.support.memory_uow import MemoryStore

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
TENANT = "kommune"
TEAMS = {"serviceUrl": "https://smba.example/emea/", "channelId": "msteams", "bot": {"id": "28:bot"},
         "conversation": {"id": "a:colleague", "conversationType": "personal", "tenantId": TENANT}}


class Installer:
    def __init__(self, refuse: Exception | None = None, chat: bool = True) -> None:
        self.refuse, self.chat = refuse, chat
        self.asked: list[tuple[str, Mapping[str, Any] | None]] = []

    async def install_for(self, person: Person, like: Mapping[str, Any] | None = None) -> Installation | None:
        self.asked.append((person.aad_object_id, like))
        if self.refuse is not None:
            raise self.refuse
        conversation = {**(like or {}), "conversation": {"id": f"19:{person.aad_object_id}_bot@unq.gbl.spaces"}}
        return Installation(True, conversation if self.chat else None)


class Notifier:
    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.sent: list[tuple[str, str | None]] = []

    async def send(self, reference: dict[str, Any], card: dict[str, Any] | None = None,
                   text: str | None = None) -> str:
        if self.refuse:
            raise NotificationFailed("403")
        self.sent.append((reference["conversation"]["id"], text))
        return "activity-1"

    async def update(self, reference: dict[str, Any], activity_id: str, card: dict[str, Any]) -> None:
        raise NotImplementedError


async def stored(store: MemoryStore, *people: Person) -> list[Person]:
    uow = store.uow()
    added = [await uow.people.add(p) for p in people]
    await uow.commit()
    return added


async def test_someone_never_seen_gets_the_app_once_and_the_message_in_its_chat() -> None:
    store, installer, notifier = MemoryStore(), Installer(), Notifier()
    colleague, holder = await stored(store, Person(TENANT, "aad-colleague", "Kollega", conversation_reference=TEAMS),
                                     Person(TENANT, "aad-holder", "Rikke Vinther"))
    reach = Reach(notifier, installer, lambda: NOW)
    assert await reach.send(store.uow(), holder, key="started:1", text="Din aftale er startet.")
    assert await reach.send(store.uow(), holder, key="started:2", text="Og en til.")
    chat = "19:aad-holder_bot@unq.gbl.spaces"
    assert notifier.sent == [(chat, "Din aftale er startet."), (chat, "Og en til.")]
    assert installer.asked == [("aad-holder", TEAMS)]  # once; the tenant's conversation lends its service URL
    uow = store.uow()
    again = await uow.people.get(TENANT, holder.id or 0)
    assert again is not None and again.app_installed_at == NOW and again.conversation_reference is not None
    assert [e.action for e in await uow.audit.list(TENANT, f"person:{holder.id}")] == ["person.app_installed"]
    assert colleague.app_installed_at is None


@pytest.mark.parametrize("case", ["removed the app", "installed once, no chat yet", "deactivated", "refused",
                                  "no installer", "channel refuses"])
async def test_a_message_that_cannot_reach_its_person_is_put_off_once(case: str) -> None:
    store, installer, notifier = MemoryStore(), Installer(), Notifier()
    person = Person(TENANT, "aad-holder", "Rikke Vinther")
    if case == "removed the app":
        person.app_removed_at = NOW
    elif case == "installed once, no chat yet":
        person.app_installed_at = NOW
    elif case == "deactivated":
        person.active = False
    elif case == "refused":
        installer.refuse = RuntimeError("Graph answered 403")
    elif case == "channel refuses":
        person.conversation_reference = TEAMS
        notifier.refuse = True
    [person] = await stored(store, person)
    reach = Reach(notifier, None if case == "no installer" else installer, lambda: NOW)
    for _ in range(2):
        assert not await reach.send(store.uow(), person, key="decision:7:2", text="Godkendt.")
    assert notifier.sent == []
    expected = 2 if case == "refused" else 0  # a refusal is tried again (the permission may come)
    assert len(installer.asked) == expected
    jobs = store.committed.jobs
    assert list(jobs) == [f"message:decision:7:2:{person.id}"]
    [job] = jobs.values()
    assert job["kind"] == MESSAGE_JOB_KIND and job["payload"] == {"person_id": person.id, "text": "Godkendt.",
                                                                   "card": None}


async def test_the_installations_turn_brings_the_conversation_when_graph_has_no_chat_yet() -> None:
    store, installer = MemoryStore(), Installer(chat=False)
    [person] = await stored(store, Person(TENANT, "aad-giver", "Henrik Thomsen"))
    reached = await Reach(Notifier(), installer, lambda: NOW).conversation(store.uow(), person)
    assert reached.conversation is None and reached.installed_now
    again = await store.uow().people.get(TENANT, person.id or 0)
    assert again is not None and again.app_installed_at == NOW  # remembered: not installed a second time
    assert (await Reach(Notifier(), installer, lambda: NOW).conversation(store.uow(), again)).conversation is None
    assert len(installer.asked) == 1
