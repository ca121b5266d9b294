"""The edge of the channel status: «@Aftalebot abonnér på status for Børn og Skole» in a team channel or group
chat subscribes that conversation to the unit's monthly status; «stop status for …» ends it; «abonnementer»
lists what the conversation gets.

Wiring (bot/teams/handler.py, `_handle_shared`, before the status answer): `await self._channels.answer(turn_context,
uow, person, text)` returns False for text that is not one of these commands. In a 1:1 chat the same call says
that the command belongs in the channel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from botbuilder.core import TurnContext

from agreements.clock import Clock
from agreements.fuzzy import fold
from agreements.indicators.channel_ports import ChannelUnitOfWork
from agreements.indicators.channel_status import (
    ChannelCommand,
    ChannelCommandKind,
    ChannelRefused,
    ChannelStatusService,
    match_unit,
    parse_channel_command,
)
from agreements.profiles import Profile
from agreements.types import Person, Unit
from agreements.use_cases import subscribe_channel, unsubscribe_channel
from bot.teams import channel_texts as texts
from cards.escape import fill, plain

MAX_LISTED_UNITS = 8


class ChannelFlow:
    def __init__(self, profile: Profile, clock: Clock, service: ChannelStatusService | None = None) -> None:
        self._profile = profile
        self._clock = clock
        self._service = service or ChannelStatusService()

    async def answer(self, turn_context: TurnContext, uow: ChannelUnitOfWork, person: Person, text: str) -> bool:
        """Handles a channel status command (replying in the conversation, committing what it changed); False, with
        nothing sent, when `text` is not one."""
        command = parse_channel_command(text)
        if command is None:
            return False
        reference = _reference(turn_context)
        conversation = reference.get("conversation") or {}
        kind = conversation.get("conversationType") if isinstance(conversation, dict) else None
        if kind not in ("channel", "groupChat"):
            await turn_context.send_activity(fill(texts.IN_PRIVATE, unit=command.unit or texts.EXAMPLE_UNIT))
            return True
        place = texts.PLACE_CHANNEL if kind == "channel" else texts.PLACE_CHAT
        try:
            reply = await self._act(uow, person, command, reference, place)
        except ChannelRefused as refused:
            reply = refused.message
        await turn_context.send_activity(reply)
        return True

    async def _act(
        self, uow: ChannelUnitOfWork, person: Person, command: ChannelCommand, reference: dict[str, Any], place: str
    ) -> str:
        when = texts.WHEN.format(day=self._profile.monthly_status_working_day)
        if command.kind is ChannelCommandKind.LIST:
            found = await self._service.subscriptions(uow, person.tenant_id, reference)
            if not found:
                example = await self._example(uow, person)
                return fill(texts.NONE_LISTED, place=place, example=example)
            names = [unit.name for _, unit in found]
            return texts.LISTED.format(place=place, units=_joined([plain(n) for n in names], texts.AND), when=when)
        units = await uow.units.list(person.tenant_id)
        verb = texts.VERB_SUBSCRIBE if command.kind is ChannelCommandKind.SUBSCRIBE else texts.VERB_UNSUBSCRIBE
        if not command.unit:
            return fill(texts.WHICH_UNIT, verb=verb, example=units[0].name if units else texts.EXAMPLE_UNIT)
        problem, unit = _chosen(command.unit, units)
        if unit is None or unit.id is None:
            return problem
        now = self._clock()
        if command.kind is ChannelCommandKind.SUBSCRIBE:
            subscribed = await subscribe_channel(self._service, uow, person, unit.id, reference, now)
            if not subscribed.created:
                return fill(texts.ALREADY, place=place, unit=unit.name, when=when)
            reply = fill(texts.SUBSCRIBED, place=place, unit=unit.name, when=when)
            if not subscribed.has_status:
                reply += fill(texts.SUBSCRIBED_NO_INDICATORS, unit=unit.name)
            return reply
        unsubscribed = await unsubscribe_channel(self._service, uow, person, unit.id, reference, now)
        template = texts.UNSUBSCRIBED if unsubscribed.removed else texts.NOT_SUBSCRIBED
        return fill(template, place=place, unit=unit.name)

    @staticmethod
    async def _example(uow: ChannelUnitOfWork, person: Person) -> str:
        units = await uow.units.list(person.tenant_id)
        return units[0].name if units else texts.EXAMPLE_UNIT


def _reference(turn_context: TurnContext) -> dict[str, Any]:
    reference = TurnContext.get_conversation_reference(turn_context.activity)
    serialized: dict[str, Any] = reference.serialize()
    return serialized


def _chosen(query: str, units: Sequence[Unit]) -> tuple[str, Unit | None]:
    """The unit the user named, or a Danish message saying why none could be chosen."""
    match = match_unit(query, units)
    if match.unit is not None:
        return "", match.unit
    if match.candidates:
        names = [unit.name for unit in match.candidates]
        return texts.AMBIGUOUS_UNIT.format(query=plain(query), units=_joined([plain(n) for n in names], texts.OR)), None
    if not units:
        return fill(texts.UNKNOWN_UNIT_NONE, query=query), None
    names = sorted((unit.name for unit in units), key=fold)
    return texts.UNKNOWN_UNIT.format(query=plain(query), units=_joined([plain(n) for n in names], texts.AND)), None


def _joined(names: Sequence[str], word: str) -> str:
    shown = list(names[:MAX_LISTED_UNITS])
    if len(names) > MAX_LISTED_UNITS:
        return ", ".join(shown) + f" {texts.MORE}"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + f" {word} {shown[-1]}"
