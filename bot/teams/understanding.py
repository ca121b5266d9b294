"""From what a person typed in their own words to what the bot does: the recogniser's verdict becomes a request (an
intent with its slots, routed by intent in bot/teams/text_routes.py), a «Mente du …?» question with two or three
buttons, or nothing (the handler then tries its readers and finally says what it can do)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.intents import IntentRecogniser, Recognition, Verdict, after_greeting, asks_for_a_meeting_time
from bot.teams import understanding_texts as say
from bot.teams.requests import Request, request_of
from cards.payloads import ask_data
from cards.status import Choice
from dialogs.base import word_of

# Not a recogniser intent: «hvad sagde Henrik?» – the giver's latest decision and comment, the giver named.
GIVER_SAID = "giver_said"
# Not a recogniser intent: a dialogue meeting asked for at a time in words the recogniser reads as planning one or
# as moving the next («kan vi tage dialogmødet den 15/12 kl 10?»); the meeting use case says which.
MEETING_AT_TIME = "meeting_at_time"
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
    words = word_of(after_greeting(text))
    year = re.search(rf"\b{_YEAR}\b", words)
    if (sent := _SEND_TO_NAME.fullmatch(words)) is not None:
        return Naming("submit", sent["name"] or sent["named"], int(year[0]) if year else None)
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


# Questions about the process, answered from the profile and the person's agreements.
PROCESS_QUESTIONS = frozenset({
    "ask_deadline", "ask_who_giver", "ask_who_holder", "ask_who_coordinator", "ask_goal_count",
    "ask_cross_cutting", "ask_output_effect", "ask_indicator", "ask_milestone", "ask_measurable",
    "ask_focus_areas", "ask_economy", "ask_involvement", "ask_process", "pending_approvals",
})
# What each intent is called on a «Mente du …?» button (an «ask» button naming the intent).
CHOICE_LABELS = {
    "new_goal": "Skrive et nyt mål", "edit_goal": "Rette et mål", "delete_goal": "Fjerne et mål",
    "show_agreement": "Se din aftale", "new_agreement": "Oprette en ny aftale", "edit_section": "Rette et afsnit",
    "submit": "Sende aftalen til godkendelse", "history": "Se historikken", "status": "Se status på målene",
    "register_measurement": "Registrere tal", "export": "Hente aftalen som Word",
    "plan_meeting": "Planlægge et dialogmøde", "move_meeting": "Flytte mødet", "next_meeting": "Se næste møde",
    "meeting_notes": "Tage noter til mødet", "end_meeting": "Afslutte mødet", "meeting_summary": "Se referatet",
    "my_tasks": "Se dine handlingspunkter", "plan_evaluation": "Planlægge evalueringen",
    "evaluation": "Evaluere målene",
    "overview": "Se overblikket", "who_is_behind": "Se hvem der er bagud",
    "pending_approvals": "Se hvad der venter på din godkendelse", "help": "Se hvad jeg kan",
    "ask_deadline": "Se årshjulets frister", "ask_who_giver": "Se hvem der godkender",
    "ask_process": "Høre hvordan processen kører", "ask_measurable": "Høre hvad et målbart mål er",
    "ask_goal_count": "Høre hvor mange mål du skal have",
}


@dataclass(frozen=True, slots=True)
class AskBack:
    """Not sure enough to act: the question, with one button per likely meaning (label, the «ask» button's data)."""

    prompt: str
    choices: tuple[tuple[str, Choice], ...]


def read(recogniser: IntentRecogniser, text: str) -> Request | AskBack | None:
    return reading_of(recogniser.recognise(text), text)


def reading_of(recognition: Recognition, text: str) -> Request | AskBack | None:
    """The request the recogniser is sure of, a question back when it is unsure between two or three, else None."""
    if recognition.verdict is Verdict.UNSURE:
        if asks_for_a_meeting_time(recognition):
            return Request(MEETING_AT_TIME, unit=recognition.slots.unit, when=recognition.slots.when, typed=text)
        choices = tuple((CHOICE_LABELS[intent], ask_data(intent)) for intent, _ in recognition.candidates  # type: ignore[arg-type]
                        if intent in CHOICE_LABELS)[:3]
        return AskBack(say.DID_YOU_MEAN, choices) if len(choices) >= 2 else None
    if recognition.verdict is not Verdict.SURE or recognition.intent is None:
        return None
    return request_of(recognition.intent, recognition.slots, text)
