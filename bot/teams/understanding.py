"""From what a person typed in their own words to what the bot does: the recogniser's verdict becomes a request (an
intent with its slots, routed by intent in bot/teams/text_routes.py), a «Mente du …?» question with two or three
buttons, or nothing (the handler then tries its readers and finally says what it can do)."""

from __future__ import annotations

from dataclasses import dataclass

from agreements.intents import IntentRecogniser, Recognition, Verdict, after_greeting, asks_for_a_meeting_time
from bot.teams import understanding_texts as say
from bot.teams.requests import Request, request_of
from cards.payloads import ask_data
from cards.status import Choice

# Not a recogniser intent: a dialogue meeting asked for at a time in words the recogniser reads as planning one or
# as moving the next («kan vi tage dialogmødet den 15/12 kl 10?»); the meeting use case says which.
MEETING_AT_TIME = "meeting_at_time"


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
    """The request in `text`; what a route reads again (`typed`) is the message without its opening greeting, as the
    recogniser read it («godt nytår! hvordan går det med aftalen?» asks about the agreement, not «nytår»)."""
    return reading_of(recogniser.recognise(text), after_greeting(text))


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
