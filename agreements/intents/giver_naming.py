"""«så sender vi den til Henrik», «hvad sagde Henrik?»: messages that speak of someone by name as the aftalegiver is
spoken of. Only the shape: whether the name is the person's giver's is for agreements.agreement.giver_word to say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.intents.recogniser import after_greeting


def _plain(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".!? ")


# Not a recogniser intent: «hvad sagde Henrik?» – the giver's latest decision and comment, the giver named.
GIVER_SAID = "giver_said"
SUBMIT = "submit"
_YEAR = r"20\d\d"


def _name(group: str = "name") -> str:
    return rf"(?P<{group}>[^\W\d_]{{2,}}(?:\s+[^\W\d_]{{2,}})?)"


_NAME = _name()
# «den», «aftalen», and the agreement of a year: «aftalen for 2026», «2026-aftalen», «min aftale for 2026».
_IT = (rf"(?:(?:den|aftalen|min\s+aftale|vores\s+aftale|det|udkastet|målene)(?:\s+(?:for|fra)\s+{_YEAR})?"
       rf"|{_YEAR}[\s-]?aftalen|aftalen\s+{_YEAR})")
# «nå,», «ok» before the question (a greeting before it is taken off first: agreements.intents.after_greeting).
_OPENING = r"(?:(?:nå|ok|okay)[\s,.!]+)?"
_SEND_TO_NAME = re.compile(
    r"(?:(?:så|ok|okay|godt|fint|ja|jamen|nå)[\s,]+)*(?:lad\s+os\s+|nu\s+)?(?:vi\s+|jeg\s+)?(?:kan\s+du\s+)?"
    rf"(?:sender|sende|send)\s+(?:vi\s+|jeg\s+)?(?:{_IT}\s+)?(?:videre\s+|ind\s+|over\s+)?"
    rf"(?:til\s+{_NAME}(?:\s+igen)?(?:\s+nu)?(?:\s+til\s+godkendelse)?"
    rf"|til\s+godkendelse\s+(?:hos|til)\s+{_name('named')})"
    r"(?:\s+igen)?(?:\s+nu)?(?:\s*[,:;–-]\s*(?P<comment>\S.*))?", re.IGNORECASE | re.DOTALL)
_NAME_SAID = (
    re.compile(_OPENING
               + rf"hvad\s+(?:sagde|siger|mente|mener|skrev|svarede|synes|syntes)\s+{_NAME}(?:\s+(?:om|til)\s+{_IT})?"),
    re.compile(_OPENING
               + rf"hvad\s+har\s+{_NAME}\s+(?:sagt|skrevet|svaret|ment|kommenteret)(?:\s+(?:om|til)\s+{_IT})?"),
    # «har Henrik sagt noget?», «har henrik svaret på min aftale?», «har Henrik kigget på den?»
    re.compile(_OPENING
               + rf"har\s+{_NAME}\s+(?:sagt|skrevet|svaret|kommenteret|kigget|set)(?:\s+noget)?"
               rf"(?:\s+(?:om|til|på)\s+{_IT})?(?:\s+endnu)?"),
)


@dataclass(frozen=True, slots=True)
class Naming:
    """A message that speaks of someone by name as the aftalegiver is spoken of: what it asks (`intent`), the name,
    and the agreement's year when one is named («send aftalen for 2026 til Henrik»)."""

    intent: str
    name: str
    year: int | None = None


def naming_someone(text: str) -> Naming | None:
    """The naming when the message speaks of someone by name as the aftalegiver is spoken of: «så sender vi den til
    Henrik», «send aftalen for 2026 til Henrik til godkendelse» (submit), «hvad sagde Henrik?» (GIVER_SAID). Only the
    shape: whether the name is the person's giver's is for the use case to say (agreements.agreement.giver_word)."""
    words = _plain(after_greeting(text))
    year = re.search(rf"\b{_YEAR}\b", words)
    if (sent := _SEND_TO_NAME.fullmatch(words)) is not None:
        return Naming(SUBMIT, sent["name"] or sent["named"], int(year[0]) if year else None)
    for pattern in _NAME_SAID:
        if (said := pattern.fullmatch(words)) is not None:
            return Naming(GIVER_SAID, said["name"], int(year[0]) if year else None)
    return None


def comment_for_giver(text: str) -> str | None:
    """The comment written after «send den til Henrik igen, …» (as typed, capitals kept); None when there is none."""
    sent = _SEND_TO_NAME.fullmatch(" ".join(after_greeting(text).split()).rstrip(".!? "))
    comment = sent["comment"].strip() if sent is not None and sent["comment"] else None
    return None if comment is None or _ONLY_THANKS.fullmatch(comment) else comment


_ONLY_THANKS = re.compile(r"(?:(?:mange|på\s+forhånd)\s+)?tak[.!]*|tusind\s+tak[.!]*|please", re.IGNORECASE)


def sends_to_someone(text: str) -> bool:
    """«send aftalen for 2026 til henrik»: a request to send the agreement, never an answer to a question."""
    naming = naming_someone(text)
    return naming is not None and naming.intent == SUBMIT


