"""Every way in declares the right its use case checks (agreements.policy.Right); one without cannot be added.

A `RouteTable` holds one kind of entry: intents (typed text and «ask» buttons, bot/teams/text_routes.py), the flows
that read typed commands with their own arguments, card verbs (Submit and Execute), job kinds, HTTP routes, CLI
commands. `add` raises `MissingPolicy` when no `Right` is given, so a new
command, verb, job kind or endpoint is refused at start-up until its author says which rule protects it; the use
case then asks agreements.policy for that rule. The tables are built in the composition root, the handler, the
job service and the app; tests/test_routes.py checks that every command, verb, job kind and endpoint is in one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from agreements.policy import Right
from cards.actions import PAYLOAD_TYPES, verbs_of

T = TypeVar("T")


class MissingPolicy(TypeError):
    """A route, verb, job kind or endpoint was registered without the right its use case checks."""


@dataclass(frozen=True, slots=True)
class Route(Generic[T]):
    entry: str  # "intent", "answer", "card", "job", "http", "cli"
    name: str
    right: Right
    target: T


class RouteTable(Generic[T]):
    def __init__(self, entry: str) -> None:
        self.entry = entry
        self._routes: dict[str, Route[T]] = {}

    def add(self, name: str, target: T, *, right: Right | None) -> None:
        if not isinstance(right, Right):
            raise MissingPolicy(f"{self.entry} route {name!r} declares no right (agreements.policy.Right)")
        if name in self._routes:
            raise ValueError(f"{self.entry} route {name!r} is registered twice")
        self._routes[name] = Route(self.entry, name, right, target)

    def get(self, name: object) -> Route[T] | None:
        return self._routes.get(name) if isinstance(name, str) else None

    def __contains__(self, name: object) -> bool:
        return self.get(name) is not None

    def __iter__(self) -> Iterator[Route[T]]:
        return iter(self._routes.values())

    def __len__(self) -> int:
        return len(self._routes)

    def targets(self) -> Mapping[str, T]:
        return {name: route.target for name, route in self._routes.items()}

    def rights(self) -> Mapping[str, Right]:
        return {name: route.right for name, route in self._routes.items()}


# The right each card verb's use case checks (Action.Submit and Action.Execute alike); an unknown verb is refused.
CARD_RIGHTS: Mapping[str, Right] = {
    "command": Right.PUBLIC,  # a button that types a command: the command's own route decides
    "ask": Right.PUBLIC,  # a button that names an intent: the intent's own route decides
    "goal.save": Right.EDIT_AGREEMENT,
    "goal.edit": Right.EDIT_AGREEMENT,
    "goal.discard": Right.EDIT_AGREEMENT,
    "agreement.submit": Right.SUBMIT_AGREEMENT,
    "agreement.approve": Right.DECIDE_AGREEMENT,
    "agreement.request_changes": Right.DECIDE_AGREEMENT,
    "agreement.refresh": Right.VIEW_AGREEMENT,
    "agreement.export": Right.EXPORT_AGREEMENT,
    "measurement.register": Right.REGISTER_MEASUREMENT,
    "overview.refresh": Right.OVERVIEW,
    "meeting.schedule": Right.PLAN_MEETING,
    "meeting.add_point": Right.WRITE_MEETING,
    "meeting.add_note": Right.WRITE_MEETING,
    "meeting.add_action": Right.WRITE_MEETING,
    "meeting.notes": Right.READ_MEETING,
    "meeting.end": Right.WRITE_MEETING,
    "meeting.summary": Right.READ_MEETING,
    "meeting.agenda": Right.READ_MEETING,
    "action.close": Right.CLOSE_ACTION_POINT,
    "action.reopen": Right.CLOSE_ACTION_POINT,  # whoever may close a point may open it again
    "evaluation.save": Right.EVALUATE,
    "evaluation.carry": Right.CARRY_OVER,
    "organisation.role": Right.MANAGE_ORGANISATION,
    "organisation.assign": Right.MANAGE_ORGANISATION,
    "profile.texts": Right.EDIT_PROFILE_TEXTS,
}


def card_routes(targets: Mapping[type[Any], T]) -> RouteTable[T]:
    """Every card payload type of cards.actions.CardAction → its use case (`targets`, by payload type), one entry
    per verb with the verb's right. A payload type without a target, or a verb without a right, is refused at
    start-up."""
    table: RouteTable[T] = RouteTable("card")
    for payload_type in PAYLOAD_TYPES:
        if payload_type not in targets:
            raise MissingPolicy(f"card payload {payload_type.__name__} has no route")
        for verb in verbs_of(payload_type):
            table.add(verb, targets[payload_type], right=CARD_RIGHTS.get(verb))
    return table
