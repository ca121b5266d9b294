"""A unit's monthly status in a team channel (or group chat): who may set it up, and the subscriptions.

A subscription is (tenant, unit, the channel's conversation): each month, on the same working day and hour as the
holder's and giver's cards (agreements.indicators.monthly), the channel gets the unit's status card as any reader sees
it –
no register form, no role, nothing from anyone's drafts. Only the holder or the giver of one of the unit's
current agreements (this year's, or last year's while its December is reported) or a chefkonsulent (R11) may
subscribe a conversation to a unit or stop it. A refusal raises `ChannelRefused` with a Danish message, changes
nothing and is audited (`channel_status.refused`); subscribing twice keeps one subscription, and stopping what
is not subscribed changes nothing.

The stored reference holds no person: the user of the turn that set it up is dropped, and a channel thread's
«;messageid=…» is cut off, so each month's card starts a new post in the channel rather than a reply.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from agreements import policy
from agreements.clock import local_today
from agreements.fuzzy import fold, similarity, words
from agreements.indicators.channel_ports import ChannelSubscription, ChannelUnitOfWork
from agreements.indicators.monthly import has_indicators, reporting_year
from agreements.types import Agreement, AuditEvent, Person, Unit

SHARED_CONVERSATION_TYPES = ("channel", "groupChat")
_THREAD_SUFFIX = re.compile(r";messageid=\d*$", re.IGNORECASE)
MIN_UNIT_SCORE = 0.8


class ChannelRefusal(enum.StrEnum):
    NOT_SHARED = "not_shared"
    UNIT_NOT_FOUND = "unit_not_found"
    NOT_ALLOWED = "not_allowed"


REFUSAL_TEXTS = {
    ChannelRefusal.NOT_SHARED: (
        "Månedsstatus til en kanal sættes op i selve kanalen: skriv «@Aftalebot abonnér på status for "
        "<enhed>» dér."
    ),
    ChannelRefusal.UNIT_NOT_FOUND: "Jeg kan ikke finde den enhed.",
    ChannelRefusal.NOT_ALLOWED: (
        "Det er kun enhedens aftaleholder, aftalegiveren eller en chefkonsulent, der kan sætte månedsstatus "
        "op i en kanal eller stoppe den."
    ),
}


class ChannelRefused(Exception):
    def __init__(self, reason: ChannelRefusal) -> None:
        super().__init__(REFUSAL_TEXTS[reason])
        self.reason = reason

    @property
    def message(self) -> str:
        return REFUSAL_TEXTS[self.reason]


@dataclass(frozen=True, slots=True)
class SharedConversation:
    """Where a shared conversation is reached: its id (thread suffix cut off), kind and a reference without user."""

    conversation_id: str
    conversation_type: str
    reference: dict[str, Any]


def shared_conversation(reference: Mapping[str, Any]) -> SharedConversation:
    """The channel or group chat a serialised Bot Framework conversation reference points to.

    Raises ChannelRefused(NOT_SHARED) for a personal chat (or a reference without a conversation)."""
    conversation = reference.get("conversation")
    if not isinstance(conversation, Mapping):
        raise ChannelRefused(ChannelRefusal.NOT_SHARED)
    kind = str(conversation.get("conversationType") or "personal")
    conversation_id = _THREAD_SUFFIX.sub("", str(conversation.get("id") or "")).strip()
    if kind not in SHARED_CONVERSATION_TYPES or not conversation_id:
        raise ChannelRefused(ChannelRefusal.NOT_SHARED)
    cleaned = {key: value for key, value in reference.items() if key not in ("user", "activityId")}
    cleaned["conversation"] = {**conversation, "id": conversation_id}
    return SharedConversation(conversation_id, kind, cleaned)


def current_agreements(agreements: Sequence[Agreement], unit_id: int, today: date) -> list[Agreement]:
    """The unit's agreements that are current: this year's and later, and last year's while it is reported on."""
    first = min(reporting_year(today), today.year)
    return [a for a in agreements if a.unit_id == unit_id and a.year >= first]


# ---------------------------------------------------------------- the commands


class ChannelCommandKind(enum.StrEnum):
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    LIST = "list"


@dataclass(frozen=True, slots=True)
class ChannelCommand:
    kind: ChannelCommandKind
    unit: str | None = None  # as written (trimmed); None when no unit was named


_HERE = r"(?:\s+(?:her|i\s+(?:denne\s+)?(?:kanal(?:en)?|chat(?:ten)?|gruppen)|til\s+(?:kanalen|chatten|gruppen)))"
_WHERE = rf"{_HERE}?"
_STATUS = r"(?:den\s+)?(?:månedlige\s+)?(?:måneds)?status(?:en|kortet|kort)?"
_UNIT = r"(?:\s+(?:for|på|fra|om))?(?:\s+(?P<unit>.+?))?"
_SUBSCRIBE = (
    re.compile(rf"abonn[eé]r(?:e|er)?(?:\s+på)?(?:\s+{_STATUS})?{_UNIT}{_WHERE}"),
    re.compile(rf"(?:send\s+|få\s+)?månedsstatus(?:en)?\s+(?:for|på|fra|om)\s+(?P<unit>.+?){_HERE}"),
)
_UNSUBSCRIBE = (
    re.compile(rf"(?:stop|stands|afmeld|opsig|fjern|slet)(?:\s+abonnement(?:et)?(?:\s+på)?)?(?:\s+{_STATUS})?"
               rf"{_UNIT}{_WHERE}"),
)
_LIST = re.compile(r"(?:vis\s+|hvilke\s+|kanalens\s+|chattens\s+)?abonnementer(?:\s+her|\s+i\s+(?:kanalen|chatten))?")


def parse_channel_command(text: str) -> ChannelCommand | None:
    """«abonnér på status for Børn og Skole» (also «abonner», «månedsstatus for … her»), «stop status for …»,
    «abonnementer»; None for anything else. «stop» alone, without «status» or a unit, is not this command."""
    cleaned = " ".join(text.replace("«", " ").replace("»", " ").replace('"', " ").split()).strip().rstrip(".!?")
    lowered = cleaned.lower()
    if _LIST.fullmatch(lowered):
        return ChannelCommand(ChannelCommandKind.LIST)
    for kind, patterns in ((ChannelCommandKind.SUBSCRIBE, _SUBSCRIBE), (ChannelCommandKind.UNSUBSCRIBE, _UNSUBSCRIBE)):
        for pattern in patterns:
            match = pattern.fullmatch(lowered)
            if match is None:
                continue
            start, end = match.span("unit")
            unit = cleaned[start:end].strip() if start >= 0 else ""
            if kind is ChannelCommandKind.UNSUBSCRIBE and "status" not in lowered and "abonnement" not in lowered:
                return None  # «stop», «slet mål 2» …: not about the channel's status
            return ChannelCommand(kind, unit or None)
    return None


# ---------------------------------------------------------------- finding the unit a user names


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: Unit | None  # the one unit meant; None when none or several match
    candidates: tuple[Unit, ...] = ()  # several that match equally well


def match_unit(query: str, units: Sequence[Unit]) -> UnitMatch:
    """The unit `query` names: the same name folded (case, æ/ø/å), else the only one whose name starts with it,
    else the best close spelling of its words (agreements.fuzzy), typos and inflections allowed."""
    wanted = " ".join(words(query))
    if not wanted:
        return UnitMatch(None)
    names = {id(unit): " ".join(words(unit.name)) for unit in units}
    exact = [unit for unit in units if names[id(unit)] == wanted]
    if len(exact) == 1:
        return UnitMatch(exact[0])
    starts = [unit for unit in units if names[id(unit)].startswith(wanted)]
    if len(starts) == 1:
        return UnitMatch(starts[0])
    query_words = words(query)
    scored: list[tuple[float, Unit]] = []
    for unit in units:
        unit_words = words(unit.name)
        score = min(max((similarity(q, w) for w in unit_words), default=0.0) for q in query_words)
        if score >= MIN_UNIT_SCORE:
            # Also reward covering the unit's words: «skole» fits «Skole» better than «Børn og Skole».
            covered = sum(1 for w in unit_words if any(similarity(q, w) >= MIN_UNIT_SCORE for q in query_words))
            scored.append((score + covered / max(len(unit_words), 1), unit))
    if not scored:
        return UnitMatch(None, tuple(starts))
    scored.sort(key=lambda pair: (-pair[0], fold(pair[1].name)))
    best = [unit for score, unit in scored if score == scored[0][0]]
    if len(best) == 1:
        return UnitMatch(best[0])
    return UnitMatch(None, tuple(best))


# ---------------------------------------------------------------- use cases


@dataclass(frozen=True, slots=True)
class Subscribed:
    subscription: ChannelSubscription
    unit: Unit
    created: bool  # False: the conversation already had it
    has_status: bool  # the unit has a current agreement with indicators (else nothing is sent yet)


@dataclass(frozen=True, slots=True)
class Unsubscribed:
    unit: Unit
    removed: bool  # False: the conversation did not have it


class ChannelStatusService:
    """Each use case leaves committing to the caller, except a refusal's audit event, which is committed on its
    own after rolling back (like agreements.agreement.approval)."""

    async def subscribe(
        self, uow: ChannelUnitOfWork, person: Person, unit_id: int, reference: Mapping[str, Any], now: datetime
    ) -> Subscribed:
        conversation = shared_conversation(reference)
        unit, agreements = await self._authorise(uow, person, unit_id, now, "subscribe")
        assert unit.id is not None
        stored, created = await uow.channel_subscriptions.add(ChannelSubscription(
            tenant_id=person.tenant_id, unit_id=unit.id, conversation_id=conversation.conversation_id,
            conversation_type=conversation.conversation_type, conversation_reference=conversation.reference,
            subscribed_by=person.id, created_at=now,
        ))
        if created:
            await self._audit(uow, person, unit.id, "channel_status.subscribed", {
                "conversation_id": conversation.conversation_id, "conversation_type": conversation.conversation_type,
            }, now)
        return Subscribed(stored, unit, created, any(has_indicators(a) for a in agreements))

    async def unsubscribe(
        self, uow: ChannelUnitOfWork, person: Person, unit_id: int, reference: Mapping[str, Any], now: datetime
    ) -> Unsubscribed:
        conversation = shared_conversation(reference)
        unit, _ = await self._authorise(uow, person, unit_id, now, "unsubscribe")
        assert unit.id is not None
        removed = await uow.channel_subscriptions.remove(person.tenant_id, unit.id, conversation.conversation_id)
        if removed:
            await self._audit(uow, person, unit.id, "channel_status.unsubscribed",
                              {"conversation_id": conversation.conversation_id}, now)
        return Unsubscribed(unit, removed)

    async def subscriptions(
        self, uow: ChannelUnitOfWork, tenant_id: str, reference: Mapping[str, Any]
    ) -> list[tuple[ChannelSubscription, Unit]]:
        """What this conversation gets, oldest first (anyone in it may ask; it is no secret there)."""
        conversation = shared_conversation(reference)
        found = []
        for subscription in await uow.channel_subscriptions.for_conversation(tenant_id, conversation.conversation_id):
            unit = await uow.units.get(tenant_id, subscription.unit_id)
            if unit is not None:
                found.append((subscription, unit))
        return found

    async def _authorise(
        self, uow: ChannelUnitOfWork, person: Person, unit_id: int, now: datetime, action: str
    ) -> tuple[Unit, list[Agreement]]:
        unit = await uow.units.get(person.tenant_id, unit_id)
        if unit is None:
            raise ChannelRefused(ChannelRefusal.UNIT_NOT_FOUND)
        agreements = current_agreements(await uow.agreements.for_year(person.tenant_id), unit_id, local_today(now))
        if not policy.may_manage_channel(person, agreements, local_today(now)):
            await uow.rollback()
            await self._audit(uow, person, unit_id, "channel_status.refused",
                              {"action": action, "reason": ChannelRefusal.NOT_ALLOWED.value}, now)
            await uow.commit()
            raise ChannelRefused(ChannelRefusal.NOT_ALLOWED)
        return unit, agreements

    @staticmethod
    async def _audit(
        uow: ChannelUnitOfWork, person: Person, unit_id: int, action: str, detail: dict[str, Any], now: datetime
    ) -> None:
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action=action, actor_id=person.id,
                                       subject=f"unit:{unit_id}", detail=detail, at=now))
