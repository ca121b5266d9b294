"""A demo agreement with its people, and helpers, for the dialogue-meeting tests."""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.clock import COPENHAGEN
from agreements.demo import COORDINATOR, GIVER, HOLDER, OTHER_MANAGER, STAFF_MEMBER, TENANT_ID, DemoLoader
from agreements.dialogue.meetings import MeetingRefused, MeetingService, Scheduled, enqueue_reminders
from agreements.profiles import TONDER
from agreements.types import Person
from store.db import make_sessionmaker
from store.models import MeetingNoteRow, MeetingRow
from store.uow import SqlUnitOfWork

__all__ = ["NOW", "SERVICE", "TENANT_ID", "World", "local", "refused", "world"]

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=COPENHAGEN)
SERVICE = MeetingService(TONDER)


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


DECEMBER_10 = local(2026, 12, 10, 10)


@dataclass
class World:
    engine: AsyncEngine
    agreement_id: int
    holder: Person
    giver: Person
    coordinator: Person
    other: Person  # a manager with no part in the agreement
    extra: Person  # invited to the meetings

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(make_sessionmaker(self.engine))

    async def schedule(
        self, person: Person | None = None, starts_at: datetime = DECEMBER_10,
        extras: Sequence[int] | None = None, evaluation: bool = False,
    ) -> Scheduled:
        async with self.uow() as uow:
            scheduled = await SERVICE.schedule(
                uow, person or self.holder, self.agreement_id, starts_at, None, "Rådhuset, lokale 2",
                [self.extra.id or 0] if extras is None else extras, NOW, is_evaluation=evaluation,
            )
            await enqueue_reminders(uow.jobs, TENANT_ID, scheduled.reminders)
            await uow.commit()
        return scheduled

    async def audit(self, subject: str) -> list[tuple[str, str | None]]:
        async with self.uow() as uow:
            events = await uow.audit.list(TENANT_ID, subject)
        return [(e.action, e.detail.get("reason")) for e in events]

    async def count(self, table: type[MeetingRow] | type[MeetingNoteRow]) -> int:
        async with self.uow() as uow:
            return int(await uow.session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.fixture
async def world(engine: AsyncEngine) -> World:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        result = await DemoLoader().load(uow, date(2026, 11, 24))
        await uow.commit()
        people = {}
        for spec in (HOLDER, GIVER, COORDINATOR, OTHER_MANAGER, STAFF_MEMBER):
            person = await uow.people.get_by_aad(TENANT_ID, spec.aad_object_id)
            assert person is not None
            people[spec] = person
    return World(engine, result.agreement_id, people[HOLDER], people[GIVER], people[COORDINATOR],
                 people[OTHER_MANAGER], people[STAFF_MEMBER])


async def refused(call: Awaitable[Any]) -> MeetingRefused:
    """The refusal the call raises (it must raise one)."""
    with pytest.raises(MeetingRefused) as error:
        await call
    return error.value
