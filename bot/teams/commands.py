"""The one table of exact typed commands: a phrase → the request it names (an intent, with its slots). Dispatch then
happens by intent (bot/teams/text_routes.py); no phrase is looked up anywhere else on the way in. Free phrasing is
read by the recogniser (bot/teams/understanding.py), and typed commands with their own arguments («planlæg
dialogmøde fredag kl 10», «overblik 2027») by the readers of the flows."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.teams.requests import Request
from dialogs.base import word_of
from dialogs.sections import COMMAND_FOR, SECTION_COMMANDS
from dialogs.texts import BACK_WORDS, CANCEL_WORDS, EDIT_WORDS, HELP_WORDS

GREETINGS = frozenset({"hej", "hejsa", "godmorgen", "start"})
# Said when no conversation is going on: nothing to stop, go back in or answer yes or no to.
STRAY_REPLIES = CANCEL_WORDS | BACK_WORDS | {"ja", "nej"}
STRAY_REPLY = "stray_reply"  # not a recogniser intent: a word meant for a conversation that has ended

COMMANDS: Mapping[str, Request] = {
    **{word: Request("help") for word in HELP_WORDS},
    **{word: Request("greeting") for word in GREETINGS},
    **{word: Request(STRAY_REPLY) for word in STRAY_REPLIES},
    "min aftale": Request("show_agreement"),
    "vis aftale": Request("show_agreement"),
    "mine aftaler": Request("show_agreement"),
    "historik": Request("history"),
    "send til godkendelse": Request("submit"),
    "hvad venter på min godkendelse": Request("pending_approvals"),
    "nyt mål": Request("new_goal"),
    "ny aftale": Request("new_agreement"),
    "opret aftale": Request("new_agreement"),
    **{command: Request("edit_section", section=section) for command, section in SECTION_COMMANDS.items()},
}
EDIT_GOAL = re.compile(r"ret (?:mål|målet) (\d{1,2})")
# «send til godkendelse: Målværdien er hævet» (also «send den/aftalen til godkendelse; …», «… med kommentar: …») –
# the comment goes to the giver with the agreement; read here so the recogniser never drops it.
SUBMIT_WITH_COMMENT = re.compile(
    r"send (?:den |aftalen |min aftale )?til godkendelse\s*"
    r"(?:[:;.,–-]|med (?:kommentar(?:en)?|begrundelse(?:n)?)\s*:?)\s*(.+)", re.IGNORECASE)


# «ret udgangspunkt», «ændre datakilden»: a part of a goal to change, no goal named (outside a conversation only; in
# the goal conversation the same words change that part of the goal being written).
EDIT_GOAL_PART = re.compile(
    r"(?:ret|rette|ændr|ændre|jeg vil rette|jeg vil ændre)\s+(?:på\s+)?(?:"
    + "|".join(sorted((re.escape(word) for word, part in EDIT_WORDS.items() if part != "statement"),
                      key=len, reverse=True))
    + r")(?:n|en)?")


def edit_of_a_goal_part(text: str) -> Request | None:
    """«ret udgangspunkt»: which goal is asked (the edit of a goal), instead of «Mente du …?» between a section and a
    goal."""
    return Request("edit_goal") if EDIT_GOAL_PART.fullmatch(word_of(text)) else None


def request_for(text: str) -> Request | None:
    """The request an exact command names («nyt mål», «ret mål 2», «send til godkendelse: …»); None for any other
    text."""
    command = word_of(text)
    if (request := COMMANDS.get(command)) is not None:
        return request
    if edit := EDIT_GOAL.fullmatch(command):
        return Request("edit_goal", goal=int(edit.group(1)))
    if submit := SUBMIT_WITH_COMMENT.fullmatch(" ".join(text.split())):
        return Request("submit", comment=submit.group(1))
    return None


# The words that ask for an intent in the 1:1 chat, quoted back when a button asks for it in a channel or group chat
# («Skriv «nyt mål» her i vores private chat»). Shown to people, never read back.
TYPED_AS: Mapping[str, str] = {
    "show_agreement": "min aftale", "new_goal": "nyt mål", "edit_goal": "min aftale", "delete_goal": "min aftale",
    "new_agreement": "ny aftale", "edit_section": "min aftale", "submit": "send til godkendelse",
    "history": "historik", "status": "status", "register_measurement": "status", "export": "min aftale",
    "plan_meeting": "planlæg dialogmøde", "move_meeting": "flyt mødet", "next_meeting": "næste møde",
    "meeting_notes": "noter til mødet", "end_meeting": "afslut møde", "meeting_summary": "referat",
    "my_tasks": "mine handlingspunkter", "plan_evaluation": "planlæg evaluering", "evaluation": "evaluering",
    "overview": "overblik", "who_is_behind": "hvem er bagud", "pending_approvals": "hvad venter på min godkendelse",
    "help": "hjælp", "ask_deadline": "frister", "ask_who_giver": "hvem godkender min aftale",
    "ask_process": "hvordan foregår processen", "ask_measurable": "hvad er et målbart mål",
    "ask_goal_count": "hvor mange mål skal jeg have",
}


def typed_as(request: Request) -> str:
    """What to type in the 1:1 chat for `request` (with its unit, year or section)."""
    if request.intent == "edit_section" and request.section in COMMAND_FOR:
        return COMMAND_FOR[request.section]
    words = TYPED_AS.get(request.intent, "hjælp")
    if request.intent in ("plan_meeting", "plan_evaluation") and request.unit:
        return f"{words} {request.unit}"
    if request.intent == "who_is_behind" and request.year:
        return f"{words} {request.year}"
    return words
