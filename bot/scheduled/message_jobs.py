"""Messages put off until their person could be reached (agreements.reach): sent as they were written, a text,
a card or both, once the person can be reached."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from agreements.reach import MESSAGE_JOB_KIND
from bot.scheduled.jobs import Delivery
from store.jobs import Job

UowFactory = Callable[[], Any]  # an async context manager giving a SqlUnitOfWork


class PutOffMessageHandler:
    kind = MESSAGE_JOB_KIND

    def __init__(self, uow_factory: UowFactory) -> None:
        self._uow_factory = uow_factory

    async def prepare(self, job: Job, now: datetime) -> Delivery | None:
        """The message for its person; None when there is none (a malformed job) or the person is gone."""
        try:
            person_id = int(job.payload["person_id"])
        except (KeyError, TypeError, ValueError):
            return None
        text, card = job.payload.get("text"), job.payload.get("card")
        text = text if isinstance(text, str) and text else None
        card = card if isinstance(card, dict) and card else None
        if text is None and card is None:
            return None
        async with self._uow_factory() as uow:
            person = await uow.people.get(job.tenant_id, person_id)
        return Delivery(person, card, text) if person is not None else None
