"""Reaching a person outside the current turn, whether or not they ever opened the bot (issue 19, item 6).

Someone the bot has a conversation with is sent to there. For someone it has none with (they never opened the bot)
it installs the app in their personal Teams scope through `AppInstaller` (Microsoft Graph), once: that is
remembered with the person (`Person.app_installed_at`, audited), and the installation's chat is stored as their
conversation and used at once. It never installs the app for someone who removed it (`Person.app_removed_at`,
their `installationUpdate` remove): their messages wait until they open it again.

Nothing is lost on the way. A message that cannot reach its person now (the app removed; the installation refused:
permission missing, no such user; its chat not known yet; the channel refusing the send) is put off: a job for the
person (`MESSAGE_JOB_KIND`) that the job runner sends once they can be reached. Their next contact wakes it (their
installation's own turn, or a message: agreements.services.PeopleService.note_turn), and so does a later
installation that gives their chat. The job runner asks `conversation` too before it sends a job's card, so a
chefkonsulent's summary or a holder's reminder installs the app as well.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from agreements.clock import Clock
from agreements.cycle.annual_cycle import REMINDER_JOB_KIND as DEADLINE_REMINDER_JOB_KIND
from agreements.cycle.annual_cycle import SUMMARY_JOB_KIND, UPCOMING_JOB_KIND
from agreements.dialogue.meeting_time import NOTICE_JOB_KIND
from agreements.dialogue.meeting_time import REMINDER_JOB_KIND as MEETING_REMINDER_JOB_KIND
from agreements.indicators.monthly import JOB_KIND as MONTHLY_STATUS_JOB
from agreements.ports import AppInstaller, NotificationFailed, Notifier, UnitOfWork
from agreements.types import AuditEvent, Person

log = logging.getLogger(__name__)

MESSAGE_JOB_KIND = "put_off_message"  # a message that could not reach its person when it was written

# Jobs for one person (their idempotency key ends in «:{person id}») that wait while the person cannot be reached,
# and are sent the moment they can (a job that is not due yet is not among them: it keeps its time).
WAKE_ON_FIRST_CONTACT: tuple[str, ...] = (
    MONTHLY_STATUS_JOB, NOTICE_JOB_KIND, MEETING_REMINDER_JOB_KIND, DEADLINE_REMINDER_JOB_KIND, UPCOMING_JOB_KIND,
    SUMMARY_JOB_KIND, MESSAGE_JOB_KIND,
)

Card = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Reached:
    conversation: dict[str, Any] | None  # where to send to the person now; None: they cannot be reached now
    installed_now: bool = False  # the app was installed for them just now


def message_key(key: str, person_id: int) -> str:
    """A put-off message's idempotency key: the caller's key for what it says, and the person (last, as
    wake_recipient expects)."""
    return f"message:{key}:{person_id}"


async def wake(uow: UnitOfWork, person: Person, now: datetime, kinds: Sequence[str] = WAKE_ON_FIRST_CONTACT) -> None:
    """Makes the person's put-off jobs due now (the caller commits)."""
    if person.id is None:
        return
    for kind in kinds:
        await uow.jobs.wake_recipient(person.tenant_id, kind, person.id, now)


class Reach:
    """`conversation`: where the person can be reached now, installing the app for them once if need be; `send`:
    a message sent now, or put off until they can be reached. Each commits what it stores."""

    def __init__(self, notifier: Notifier | None, installer: AppInstaller | None, clock: Clock) -> None:
        self._notifier = notifier
        self._installer = installer
        self._clock = clock

    async def conversation(self, uow: UnitOfWork, person: Person) -> Reached:
        """Where `person` can be reached now (also set on `person`): their conversation; or, for someone the bot
        never had one with, the chat of the app installed for them now (the person read afresh first: `person` may
        come from another transaction, e.g. a job's)."""
        if person.conversation_reference:
            return Reached(person.conversation_reference)
        if self._installer is None or person.id is None:
            return Reached(None)
        stored = await uow.people.get(person.tenant_id, person.id)
        if stored is None or not stored.active:
            return Reached(None)
        if stored.conversation_reference:  # they wrote, or were installed for, since `person` was read
            person.conversation_reference = stored.conversation_reference
            return Reached(stored.conversation_reference)
        if stored.app_removed_at is not None:
            return Reached(None)  # they removed the app: it is not forced on them again
        if stored.app_installed_at is not None:
            return Reached(None)  # installed once already: its own turn brings the conversation
        like = await uow.people.known_conversation(stored.tenant_id)
        try:
            installation = await self._installer.install_for(stored, like)
        except Exception as error:  # a refusal (403, 404), Graph away: logged, and what is for them waits
            log.warning("the app could not be installed for person %s (%s); what is for them is put off",
                        stored.id, error)
            return Reached(None)
        if installation is None:
            return Reached(None)  # not in the organisation's catalog (the installer said so)
        now = self._clock()
        stored.app_installed_at = now
        if installation.conversation:
            stored.conversation_reference = installation.conversation
        await uow.people.update(stored)
        await uow.audit.add(AuditEvent(
            tenant_id=stored.tenant_id, action="person.app_installed", actor_id=None, subject=f"person:{stored.id}",
            detail={"installed_now": installation.installed_now, "chat": installation.conversation is not None}))
        if stored.conversation_reference:
            await wake(uow, stored, now)
        await uow.commit()
        log.info("the app %s for person %s%s", "was installed" if installation.installed_now else "was there already",
                 stored.id, "" if installation.conversation else "; its chat follows with the installation's turn")
        person.conversation_reference, person.app_installed_at = stored.conversation_reference, now
        return Reached(stored.conversation_reference, installation.installed_now)

    async def send(self, uow: UnitOfWork, person: Person, *, key: str | None = None, text: str | None = None,
                   card: Card | None = None) -> bool:
        """Sends the message to the person now (installing the app for them if need be): True. Otherwise, or when
        the channel refuses it, the message is put off as a job for them: False. `key` names what the message says,
        so that the same message is put off once (default: its content and the moment). Never raises for the
        channel."""
        reached = await self.conversation(uow, person)
        if reached.conversation is not None and self._notifier is not None:
            try:
                await self._notifier.send(reached.conversation, card=card, text=text)
                return True
            except NotificationFailed as refused:
                log.warning("a message for person %s was refused by the channel (%s); it is put off", person.id,
                            refused)
            except Exception:  # an unusable stored conversation, say: the message must not be lost for that
                log.warning("a message for person %s could not be sent; it is put off", person.id, exc_info=True)
        await self.put_off(uow, person, key=key, text=text, card=card)
        return False

    async def put_off(self, uow: UnitOfWork, person: Person, *, key: str | None = None, text: str | None = None,
                      card: Card | None = None) -> None:
        """The message as a job for the person, due now: the runner sends it, or, while they cannot be reached,
        keeps it until they can (committed)."""
        assert person.id is not None
        now = self._clock()
        if key is None:
            content = json.dumps({"text": text, "card": card}, sort_keys=True, ensure_ascii=False)
            digest = hashlib.sha256(content.encode()).hexdigest()[:16]
            key = f"{now.astimezone(UTC):%Y%m%dT%H%M%S%f}:{digest}"
        await uow.jobs.enqueue(person.tenant_id, MESSAGE_JOB_KIND, now, message_key(key, person.id),
                               {"person_id": person.id, "text": text, "card": card})
        await uow.commit()
        log.info("a message for person %s is put off until they can be reached", person.id)
