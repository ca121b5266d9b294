"""The runner's sender over the Bot Connector (botbuilder's CloudAdapter), with errors it can act on.

What the 4.17.1 CloudAdapter does with a refused send (found against a fake connector; see
tests/test_job_connector.py):
- any non-2xx answer (429, 412, 502, 504, 403, …) raises `botbuilder.schema.ErrorResponseException` (an msrest
  `HttpOperationError`) whose `.response` is the `requests.Response`: `.status_code`, and `.headers` with
  `Retry-After`. The SDK retries none of them, not even 502/504: one request, one exception.
- a connection failure raises `msrest.exceptions.ClientRequestError` (from `requests`).
- an exception raised inside `continue_conversation`'s callback goes to the adapter's `on_turn_error`, which logs
  it and swallows it: the caller sees success. So the callback here catches everything itself and the sender
  raises it again outside, translated into `SendError`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any

from aiohttp import ClientError
from botbuilder.core import BotAdapter, CardFactory, MessageFactory, TurnContext
from botbuilder.schema import ConversationReference
from msrest.exceptions import ClientRequestError, HttpOperationError

from agreements.clock import utc_now
from agreements.types import Person
from bot.scheduled.jobs import RETRYABLE_STATUSES, SendError

log = logging.getLogger(__name__)
SEND_TIMEOUT = 60.0


class BotConnectorSender:
    """`send(person, card)` to the person's stored conversation with the bot."""

    def __init__(self, adapter: BotAdapter, app_id: str | None, *, timeout: float = SEND_TIMEOUT) -> None:
        self._adapter = adapter
        self._app_id = app_id or None
        self._timeout = timeout

    async def __call__(self, person: Person, card: dict[str, Any] | None, text: str | None = None) -> None:
        if not person.conversation_reference:
            # Not opened yet (and the app could not be installed for them), or removed (installationUpdate remove):
            # put off until the person can be reached, which wakes the job (agreements.reach.WAKE_ON_FIRST_CONTACT);
            # other kinds retry.
            # No name: the error is stored with the job and logged (data protection: erasure cannot reach logs).
            raise SendError(f"person {person.id} har ikke åbnet Aftalebot i Teams endnu eller har fjernet den",
                            retryable=True, retry_after=3600, unreachable=True)
        reference = ConversationReference().deserialize(person.conversation_reference)
        if card is not None:
            activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
            if text:
                activity.text = text
        else:
            activity = MessageFactory.text(text or "")
        failures: list[BaseException] = []

        async def callback(context: TurnContext) -> None:
            try:
                await context.send_activity(activity)
            except Exception as error:  # re-raised below; on_turn_error would swallow it
                failures.append(error)

        try:
            await asyncio.wait_for(
                self._adapter.continue_conversation(reference, callback, self._app_id), self._timeout
            )
        except TimeoutError:
            raise SendError("Bot Connector svarede ikke i tide", retryable=True) from None
        except Exception as error:
            raise translate(error) from error
        if failures:
            raise translate(failures[0]) from failures[0]


def translate(error: BaseException) -> SendError:
    """A botbuilder/msrest/aiohttp error as a SendError: retryable or not, with Retry-After when given."""
    if isinstance(error, SendError):
        return error
    if isinstance(error, HttpOperationError):
        response = getattr(error, "response", None)
        status = getattr(response, "status_code", None)
        headers = getattr(response, "headers", None) or {}
        retry_after = retry_after_seconds(headers.get("Retry-After"))
        return SendError(f"Bot Connector svarede {status}: {error}", retryable=status in RETRYABLE_STATUSES,
                         status=status, retry_after=retry_after)
    if isinstance(error, ClientRequestError | ClientError | ConnectionError | TimeoutError):
        return SendError(f"Bot Connector kunne ikke nås: {error!r}", retryable=True)
    return SendError(f"uventet fejl: {error!r}", retryable=True)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - utc_now()).total_seconds())
