"""From what a person typed in their own words to what the bot does: the recogniser's verdict becomes either one of
the bot's own commands (run as if typed), an answer about the process, a «Mente du …?» card, or nothing (the
handler then tries its older readers and finally says what it can do)."""

from __future__ import annotations

from dataclasses import dataclass, field

from agreements.intents import IntentRecogniser, Recognition, Slots, Verdict
from bot.teams import understanding_texts as say
from cards.payloads import ask_data
from cards.status import Choice

# Intents whose own reader (a route in the handler's answer table) understands the whole typed text (a time, a
# place, an indicator, a unit): the text goes to that reader as typed first, and the command only when it does not
# take it.
READERS = {"plan_meeting": "meeting", "move_meeting": "meeting", "plan_evaluation": "meeting", "status": "status",
           "overview": "overview", "who_is_behind": "overview"}
# Questions about the process, answered from the profile and the person's agreements.
PROCESS_QUESTIONS = frozenset({
    "ask_deadline", "ask_who_giver", "ask_who_holder", "ask_who_coordinator", "ask_goal_count",
    "ask_cross_cutting", "ask_output_effect", "ask_indicator", "ask_milestone", "ask_measurable",
    "ask_focus_areas", "ask_economy", "ask_involvement", "ask_process", "pending_approvals",
})
_COMMANDS = {
    "new_goal": "nyt mål",
    "show_agreement": "min aftale",
    "new_agreement": "ny aftale",
    "submit": "send til godkendelse",
    "history": "historik",
    "status": "status",
    "register_measurement": "status",
    "export": "min aftale",
    "plan_meeting": "planlæg dialogmøde",
    "move_meeting": "flyt mødet",
    "next_meeting": "næste møde",
    "meeting_notes": "noter til mødet",
    "end_meeting": "afslut møde",
    "meeting_summary": "referat",
    "my_tasks": "mine handlingspunkter",
    "plan_evaluation": "planlæg evaluering",
    "evaluation": "evaluering",
    "overview": "overblik",
    "who_is_behind": "hvem er bagud",
    "help": "hjælp",
    "greeting": "hej",
}
# What each intent is called on a «Mente du …?» button, and the command the button sends.
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
_CHOICE_COMMANDS = {**_COMMANDS, "edit_goal": "min aftale", "delete_goal": "min aftale", "edit_section": "min aftale",
                    "pending_approvals": "hvad venter på min godkendelse", "ask_deadline": "frister",
                    "ask_who_giver": "hvem godkender min aftale", "ask_process": "hvordan foregår processen",
                    "ask_measurable": "hvad er et målbart mål", "ask_goal_count": "hvor mange mål skal jeg have"}


def command_for(intent: str, *, section: str | None = None, unit: str | None = None, year: int | None = None) -> str:
    """The command an intent with its slots runs (a card's «ask» button, typed free text): one table for both."""
    if intent == "edit_section" and section:
        return f"ret {section}"
    command = _COMMANDS.get(intent) or _CHOICE_COMMANDS[intent]
    if intent in ("plan_meeting", "plan_evaluation") and unit:
        return f"{command} {unit}"
    if intent == "who_is_behind" and year:
        return f"{command} {year}"
    return command


@dataclass(frozen=True, slots=True)
class Reading:
    """What to do with a typed text: run `command` as if typed (after trying `free_text` with the readers that take
    it), answer the process question `question`, say `message`, or offer `choices`; all empty: not understood."""

    command: str | None = None
    free_text: str | None = None
    reader: str | None = None  # the answer route that reads `free_text`
    question: str | None = None
    message: str | None = None
    choices: tuple[tuple[str, Choice], ...] = ()  # (label, the button's data)
    slots: Slots = field(default_factory=Slots)


def read(recogniser: IntentRecogniser, text: str, *, may_ask_back: bool = True) -> Reading:
    return reading_of(recogniser.recognise(text), text, may_ask_back=may_ask_back)


def reading_of(recognition: Recognition, text: str, *, may_ask_back: bool = True) -> Reading:
    if recognition.verdict is Verdict.UNSURE and may_ask_back:
        choices = tuple((CHOICE_LABELS[intent], ask_data(intent)) for intent, _ in recognition.candidates  # type: ignore[arg-type]
                        if intent in CHOICE_LABELS and intent in _CHOICE_COMMANDS)[:3]
        return Reading(choices=choices) if len(choices) >= 2 else Reading()
    if recognition.verdict is not Verdict.SURE or recognition.intent is None:
        return Reading()
    intent, slots = recognition.intent, recognition.slots
    if intent in PROCESS_QUESTIONS:
        return Reading(question=intent, slots=slots)
    if intent == "edit_goal":
        if slots.goal is not None and slots.goal > 0:
            return Reading(command=f"ret mål {slots.goal}")
        return Reading(command="min aftale", message=say.WHICH_GOAL_TO_EDIT)
    if intent == "delete_goal":
        return Reading(command="min aftale", message=say.DELETE_GOAL)
    if intent == "edit_section":
        if slots.section:
            return Reading(command=f"ret {slots.section}")
        return Reading(message=say.WHICH_SECTION,
                       choices=tuple((name.capitalize(), ask_data("edit_section", section=name))
                                     for name in ("generelt", "økonomi", "dialog", "evaluering")))
    if intent == "export":
        return Reading(command="min aftale", message=say.EXPORT_FROM_CARD)
    if intent == "register_measurement":
        return Reading(free_text=text, reader="status", command="status", message=say.REGISTER_FROM_CARD)
    if intent in ("subscribe_channel", "unsubscribe_channel"):
        return Reading(message=say.SUBSCRIBE_IN_CHANNEL)
    if intent == "thanks":
        return Reading(message=say.YOU_ARE_WELCOME)
    command = _COMMANDS[intent]
    if intent in ("plan_meeting", "move_meeting") and slots.when:
        command = f"{command} {'til ' if intent == 'move_meeting' else ''}{slots.when}"
    reader = READERS.get(intent)
    return Reading(command=command, free_text=text if reader else None, reader=reader)
