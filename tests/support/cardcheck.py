"""Validate Adaptive Cards for Teams: the official parser (via Node) plus Teams limits.

`card_problems` runs `tools/cardcheck/validate.cjs` once for a whole batch of cards and adds the Teams
limits checked here: `type` is "AdaptiveCard", `version` is present and at most 1.5, the card serialises
to less than 80 KB, and `refresh.userIds` holds at most 60 ids. A missing `node` or missing
`node_modules` raises `CardCheckUnavailable`: such a test must fail, never skip.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = REPO_ROOT / "tools" / "cardcheck" / "validate.cjs"
PARSER = REPO_ROOT / "node_modules" / "adaptivecards" / "dist" / "adaptivecards.js"

MAX_VERSION = (1, 5)
MAX_CARD_BYTES = 80 * 1024
MAX_REFRESH_USER_IDS = 60

Card = dict[str, Any]


class CardCheckUnavailable(RuntimeError):
    """Node or the `adaptivecards` package is missing, or the validator failed to run."""


def card_problems(cards: list[Card]) -> list[list[str]]:
    """Problems per card, in order; an empty list means the card is valid for Teams."""
    if not cards:
        return []
    parsed = _parser_problems(cards)
    return [parser + teams_limit_problems(card) for card, parser in zip(cards, parsed, strict=True)]


def assert_valid_cards(*cards: Card) -> None:
    """Raise AssertionError listing every problem of every invalid card."""
    problems = card_problems(list(cards))
    report = [
        f"card #{i} ({_label(card)}):\n" + "\n".join(f"  - {p}" for p in found)
        for i, (card, found) in enumerate(zip(cards, problems, strict=True))
        if found
    ]
    if report:
        raise AssertionError("invalid Adaptive Card(s):\n" + "\n".join(report))


def teams_limit_problems(card: Card) -> list[str]:
    """Teams limits that the generic parser does not enforce."""
    if not isinstance(card, dict):
        return [f"card is not a JSON object but {type(card).__name__}"]
    problems: list[str] = []
    if card.get("type") != "AdaptiveCard":
        problems.append(f'type must be "AdaptiveCard", got {card.get("type")!r}')
    version = card.get("version")
    match = re.fullmatch(r"(\d+)\.(\d+)", version) if isinstance(version, str) else None
    if match is None:
        problems.append(f'version must be a string like "1.5", got {version!r}')
    elif (int(match[1]), int(match[2])) > MAX_VERSION:
        problems.append(f"version {version} is above 1.5, the highest Teams renders")
    # Measured as the SDK puts it on the wire: json.dumps defaults (ASCII escapes, ", " separators).
    size = len(json.dumps(card).encode())
    if size >= MAX_CARD_BYTES:
        problems.append(f"card is {size} bytes serialised; it must stay under {MAX_CARD_BYTES} (80 KB)")
    refresh = card.get("refresh")
    if isinstance(refresh, dict) and "userIds" in refresh:
        user_ids = refresh["userIds"]
        if not isinstance(user_ids, list) or not all(isinstance(u, str) for u in user_ids):
            problems.append("refresh.userIds must be a list of strings")
        elif len(user_ids) > MAX_REFRESH_USER_IDS:
            problems.append(
                f"refresh.userIds has {len(user_ids)} entries; Teams allows at most {MAX_REFRESH_USER_IDS}"
            )
    return problems


def _parser_problems(cards: list[Card]) -> list[list[str]]:
    node = shutil.which("node")
    if node is None:
        raise CardCheckUnavailable("`node` is not on PATH; Node 20 is needed to validate Adaptive Cards")
    if not PARSER.is_file():
        raise CardCheckUnavailable(f"{PARSER} is missing; run `npm ci` in {REPO_ROOT}")
    done = subprocess.run(
        [node, str(VALIDATOR)],
        input=json.dumps(cards),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise CardCheckUnavailable(f"{VALIDATOR.name} exited with {done.returncode}: {done.stderr.strip()}")
    result = json.loads(done.stdout)
    if not isinstance(result, list) or len(result) != len(cards):
        raise CardCheckUnavailable(f"{VALIDATOR.name} returned an unexpected answer: {done.stdout[:200]}")
    return [list(map(str, found)) for found in result]


def _label(card: Card) -> str:
    if not isinstance(card, dict):
        return type(card).__name__
    body = card.get("body")
    first = body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else {}
    text = first.get("text")
    return repr(text[:40]) if isinstance(text, str) else f"version {card.get('version')!r}"
