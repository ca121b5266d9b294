"""The one answer every use case gives the edge, whichever way the person came in (typed text, a card's Submit or
Execute, a mention in a channel). Framework-free: bot/teams/replies.py renders it to Teams, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Card = dict[str, Any]  # an Adaptive Card, as JSON


@dataclass(frozen=True, slots=True)
class Reply:
    """`text` is said first; `card` is posted after it, or, answering a card's Action.Execute, replaces the clicked
    card. `refresh_only`: the card only replaces the clicked one (the replies were posted already), so a typed
    command or a Submit posts nothing more. `refused`: nothing was done and `text` says why (Execute shows it as
    the card action's error). An empty reply says nothing more (the use case has answered already)."""

    text: str | None = None
    card: Card | None = None
    refresh_only: bool = False
    refused: bool = False

    @classmethod
    def refusal(cls, text: str) -> Reply:
        return cls(text=text, refused=True)
