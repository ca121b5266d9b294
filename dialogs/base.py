"""Shared base for the bot's conversations: «hjælp», «tilbage», «annuller» and «pause» work in every question, and a
clear question about something else is answered before the question is asked again."""

from __future__ import annotations

import copy
import re
from abc import abstractmethod
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus
from botbuilder.schema import ActivityTypes

from agreements.clock import Clock
from agreements.intents import Verdict, asks_for_a_meeting_time, shared_recogniser
from agreements.intents.giver_naming import sends_to_someone
from dialogs import texts
from dialogs.turn import DETOUR_KEY, SWITCH_KEY, SWITCH_OFFER_KEY, SWITCH_TYPED_KEY

STATE = "guided"


@dataclass(frozen=True, slots=True)
class Question:
    """What the bot asks now, and the help it gives for it."""

    key: str
    prompt: str
    help: str
    # The question itself, asked again after help, a side question or «tilbage»; None: the prompt is the question.
    # A re-asked question (same key) keeps the plain question of the one before, not «Det svar kunne jeg ikke bruge».
    again: str | None = None

    @property
    def plain(self) -> str:
        return self.again or self.prompt


# Intents a person may ask about in the middle of a conversation: answered, then the question is asked again.
# Nothing that starts another conversation or changes anything.
SIDE_INTENTS = frozenset({
    "status", "next_meeting", "meeting_summary", "my_tasks", "history", "show_agreement", "overview",
    "who_is_behind", "pending_approvals", "ask_deadline", "ask_who_giver", "ask_who_holder", "ask_who_coordinator",
    "ask_goal_count", "ask_cross_cutting", "ask_output_effect", "ask_indicator", "ask_milestone", "ask_measurable",
    "ask_focus_areas", "ask_economy", "ask_involvement", "ask_process",
})
QUESTION_WORDS = ("hvad", "hvem", "hvor", "hvornår", "hvordan", "hvilke", "hvilken", "hvorfor", "kan", "må",
                  "skal", "er", "har")


def word_of(raw: str) -> str:
    """The typed text as one command word: lower case, single spaces, no closing «.», «!» or «?» («?» alone stays)."""
    word = " ".join(raw.lower().split()).rstrip(".!? ")
    return word or ("?" if "?" in raw else "")


_HELP_REQUEST = re.compile(
    r"^hjælp\b(?!\s+(?:til\s+)?(?:borger|ældre|famil|børn|unge|ledige))|\bbrug\s+for\s+(?:lidt\s+)?hjælp\b"
    r"|\bhjælpe\s+mig\b|\bkan\s+(?:du|jeg\s+få)\s+(?:lidt\s+)?hjælp|\bhjælp\s*[?!]|^(?:øh|hm+|ok|altså|nej)\b[\s,.]*hjælp"
    r"|\bforstår\s+(?:jeg\s+)?(?:det\s+)?ikke\b",
    re.IGNORECASE,
)


# A question about the question just asked («hvad betyder det?», «hvad mener du?», «giv mig et eksempel»): the whole
# message, so «hvad betyder førende indikator?» stays a question about the process and a real answer stays an answer.
_ABOUT_THE_QUESTION = re.compile(
    r"(?:(?:øh|hm+|ok|altså|undskyld)[\s,]+)?(?:"
    r"(?:hvad|hvordan)\s+(?:betyder|mener)\s+(?:du|det|dét|i)(?:\s+(?:med\s+det|med\s+spørgsmålet|her|helt\s+præcist"
    r"|egentlig))?"
    r"|hvad\s+menes\s+der(?:\s+(?:med\s+det|her))?"
    r"|hvad\s+(?:skal|kan)\s+jeg\s+(?:svare|skrive)(?:\s+(?:her|til\s+det))?"
    r"|hvad\s+(?:spørger\s+du\s+om|vil\s+du\s+vide|går\s+spørgsmålet\s+ud\s+på)"
    r"|(?:kan\s+du\s+)?(?:give|vise)\s+(?:mig\s+)?et\s+eksempel|giv\s+(?:mig\s+)?et\s+eksempel|et\s+eksempel|eksempel"
    r"|jeg\s+forstår\s+ikke\s+spørgsmålet|forstår\s+ikke\s+spørgsmålet"
    r")(?:\s+(?:tak|please))?",
    re.IGNORECASE,
)


def asks_for_help(raw: str) -> bool:
    """«hjælp», or a short request for help in other words («hjælp, hvad mener du?», «kan du hjælpe mig», «hvad
    betyder det?»): help is given and the question asked again, never taken as an answer."""
    word = word_of(raw)
    if word in texts.HELP_WORDS or _ABOUT_THE_QUESTION.fullmatch(word.rstrip(".!?, ")):
        return True
    folded = " ".join(raw.lower().split())
    return len(folded.split()) <= 10 and not any(ch.isdigit() for ch in folded) and bool(_HELP_REQUEST.search(folded))


def _question_shaped(text: str) -> bool:
    folded = " ".join(text.lower().split())
    return (folded.endswith("?") or folded.split(" ", 1)[0] in QUESTION_WORDS) and len(folded) <= 200


def sure_intent(text: str) -> str | None:
    """The intent the recogniser is sure `text` asks for; None when it is not sure."""
    recognition = shared_recogniser().recognise(text)
    return recognition.intent if recognition.verdict is Verdict.SURE else None


def is_side_question(text: str) -> bool:
    """A clear question about something else: shaped as a question, and the recogniser is sure it is one of
    SIDE_INTENTS. An answer to the pending question («månedligt i LIS») is not shaped as a question."""
    return _question_shaped(text) and sure_intent(text) in SIDE_INTENTS


def is_other_request(text: str) -> bool:
    """A clear request, shaped as a question, for something that would start another conversation or change
    something («kan vi mødes til dialogmøde på fredag kl 10?», «send aftalen til Henrik»): not an answer, and not to
    be done midway."""
    return (_question_shaped(text) and is_command(text)) or sends_to_someone(text)


OTHER_REQUEST_SCORE = 0.3  # clearly meant: well above the recogniser's own bar for acting
MAX_NAME_WORDS = 8


def looks_like_a_name(text: str) -> bool:
    """A name (of a unit, an area) is not a question and not a sentence: «hvad mangler jeg?» is no unit."""
    words = text.split()
    return bool(words) and not text.rstrip().endswith("?") and len(words) <= MAX_NAME_WORDS


def is_command(text: str) -> bool:
    """Something the recogniser is sure is a thing to do, questions or not («planlæg dialogmøde den 20. januar kl
    10», «send til godkendelse»): never taken as a name, which no command is."""
    recognition = shared_recogniser().recognise(text)
    return (recognition.verdict is Verdict.SURE and recognition.intent not in SIDE_INTENTS
            and recognition.score >= OTHER_REQUEST_SCORE) or asks_for_a_meeting_time(recognition)


RESUME_AFTER = timedelta(minutes=30)


def is_paused(instance: Any) -> bool:
    """Whether the conversation of a dialog instance (DialogContext.active_dialog) holds a pause."""
    state = getattr(instance, "state", None)
    guided = state.get(STATE) if isinstance(state, dict) else None
    return isinstance(guided, dict) and bool(guided.get("paused"))


class GuidedDialog(ComponentDialog):
    """A conversation as a sequence of questions, with a history so «tilbage» can undo an answer.

    Subclasses implement `first_question` and `answer`; their working data lives in `state["data"]`,
    which is stored with the conversation state, so a conversation survives a restart of the bot. After a
    pause the first message is not taken as an answer: the bot first says where the conversation stands.
    """

    # What the conversation says when stopped and after a pause; each dialog may speak of its own subject.
    cancelled_text: ClassVar[str] = texts.CANCELLED
    resume_text: ClassVar[str] = texts.RESUME_OFFER
    paused_text: ClassVar[str] = texts.PAUSED
    still_paused_text: ClassVar[str] = texts.STILL_PAUSED

    def __init__(self, dialog_id: str, clock: Clock) -> None:
        super().__init__(dialog_id)
        self._clock = clock

    async def on_begin_dialog(self, inner_dc: DialogContext, options: object) -> DialogTurnResult:
        state = self._state(inner_dc)
        state.update({"data": {}, "history": [], "question": None, "confirm_cancel": False,
                      "last_seen": self._clock().isoformat()})
        question = await self.first_question(inner_dc.context, state["data"], options)
        if question is None:
            return DialogTurnResult(DialogTurnStatus.Complete)
        return await self._ask(inner_dc.context, state, question)

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        context = inner_dc.context
        if context.activity.type not in (ActivityTypes.message, ActivityTypes.invoke):
            return DialogTurnResult(DialogTurnStatus.Waiting)
        state = self._state(inner_dc)
        offer = context.turn_state.pop(SWITCH_OFFER_KEY, None)
        typed = context.turn_state.pop(SWITCH_TYPED_KEY, False)
        if isinstance(offer, dict) and not state.get("paused") and (
            already := self.already_going_on(state["data"], offer)
        ) is not None:  # «ret mål 7» while goal 7 is being changed: nothing to drop, the question stands
            await context.send_activity(already)
            return await self._ask_again(context, state)
        if isinstance(offer, dict) and not state.get("paused"):  # a button for something new: drop this first?
            if typed and self.holds_nothing(state):  # nothing answered yet: nothing to lose, the new one starts
                context.turn_state[SWITCH_KEY] = offer
                return DialogTurnResult(DialogTurnStatus.Cancelled)
            state["confirm_switch"] = offer
            state["confirm_cancel"] = False
            await context.send_activity(self.switch_prompt(state["data"], offer))
            return DialogTurnResult(DialogTurnStatus.Waiting)
        raw = (context.activity.text or "").strip()
        word = word_of(raw)
        now = self._clock()
        last_seen = datetime.fromisoformat(state.get("last_seen") or now.isoformat())
        state["last_seen"] = now.isoformat()
        if state.get("paused"):
            if word in texts.CANCEL_WORDS:
                state["paused"] = False
            elif word in texts.RESUME_WORDS or word in texts.PAUSE_WORDS:
                state["paused"] = False
                await context.send_activity(texts.RESUMED)
                return await self._ask_again(context, state)
            else:  # anything else is for the edge to answer; the draft waits
                context.turn_state[DETOUR_KEY] = raw
                return DialogTurnResult(DialogTurnStatus.Waiting)
        elif now - last_seen > RESUME_AFTER and state.get("question") and word not in texts.CANCEL_WORDS:
            await context.send_activity(self.resume_text)
            return await self._ask_again(context, state)

        switch = state.pop("confirm_switch", None)
        if isinstance(switch, dict):
            if word in texts.YES_WORDS:
                await context.send_activity(self.switch_dropped(state["data"]))
                context.turn_state[SWITCH_KEY] = switch
                return DialogTurnResult(DialogTurnStatus.Cancelled)
            await context.send_activity(texts.NOT_CANCELLED)
            if word in texts.NO_WORDS or not raw:
                return await self._ask_again(context, state)
            # Anything else is what they went on to write: a side question, or the answer to the question asked
            # (read below, as any answer), never dropped.
        elif state.get("confirm_cancel"):
            state["confirm_cancel"] = False
            if word in texts.YES_WORDS:
                await context.send_activity(self.cancelled_text)
                return DialogTurnResult(DialogTurnStatus.Cancelled)
            await context.send_activity(texts.NOT_CANCELLED)
            if word in texts.NO_WORDS or not raw:
                return await self._ask_again(context, state)
            # «annuller» – «hvornår er fristen?» is answered; «annuller» – «ret målværdien til 77 %» is read as what
            # it says (below), not dropped
        if word in texts.CANCEL_WORDS:
            state["confirm_cancel"] = True
            await context.send_activity(texts.CONFIRM_CANCEL)
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if asks_for_help(raw):
            question = self._current(state)
            await context.send_activity(f"{texts.HELP_PREFIX} {question.help}\n\n{texts.HELP_FOOTER}")
            return await self._ask_again(context, state)
        if word in texts.BACK_WORDS:
            if not state["history"]:
                await context.send_activity(texts.NOTHING_TO_GO_BACK_TO)
                return await self._ask_again(context, state)
            previous = state["history"].pop()
            state["data"] = previous["data"]
            return await self._ask(context, state, _plain(Question(**previous["question"])))
        if word in texts.PAUSE_WORDS:
            state["paused"] = True
            await context.send_activity(self.paused_text)
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if is_side_question(raw) or word in texts.LOOK_UP_COMMANDS:
            context.turn_state[DETOUR_KEY] = raw
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if is_other_request(raw):
            await context.send_activity(texts.FINISH_THIS_FIRST)
            return await self._ask_again(context, state)

        snapshot = {"data": copy.deepcopy(state["data"]), "question": dict(state["question"])}
        outcome = await self.answer(context, state["data"], self._current(state), raw)
        if outcome is None:
            return DialogTurnResult(DialogTurnStatus.Complete)
        current = self._current(state)
        if outcome.key == current.key:
            # The same question again (an unusable answer): no history entry, and the same plain question.
            if outcome.again is None:
                outcome = Question(outcome.key, outcome.prompt, outcome.help, current.plain)
            return await self._ask(context, state, outcome)
        state["history"].append(snapshot)
        return await self._ask(context, state, outcome)

    async def on_reprompt_dialog(self, context: TurnContext, instance: Any) -> None:
        """After the edge answered something else: the pending question again, or how to go on after a pause."""
        state = instance.state.get(STATE)
        if not state or not state.get("question"):
            return
        if state.get("paused"):
            await context.send_activity(MessageFactory.text(self.still_paused_text))
            return
        await context.send_activity(MessageFactory.text(f"{texts.BACK_TO_QUESTION} {self._current(state).plain}"))

    def holds_nothing(self, state: dict[str, Any]) -> bool:
        """Whether dropping the conversation loses nothing: no question has been answered yet."""
        return not state.get("history")

    def already_going_on(self, data: dict[str, Any], request: dict[str, Any]) -> str | None:
        """What to say when the request asks for this very conversation (None when it asks for something else)."""
        return None

    def switch_prompt(self, data: dict[str, Any], request: dict[str, Any] | None = None) -> str:
        """The question whether to drop this conversation for the new one a button asked for (`request`)."""
        return texts.SWITCH_OFFER

    def switch_dropped(self, data: dict[str, Any]) -> str:
        return texts.SWITCH_DROPPED

    @abstractmethod
    async def first_question(
        self, context: TurnContext, data: dict[str, Any], options: object
    ) -> Question | None:
        """Prepares the data and returns the first question, or None when there is nothing to ask."""

    @abstractmethod
    async def answer(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        """Takes the answer to `question`; returns the next question, the same one to re-ask, or None."""

    async def _ask(
        self, context: TurnContext, state: dict[str, Any], question: Question
    ) -> DialogTurnResult:
        state["question"] = {"key": question.key, "prompt": question.prompt, "help": question.help,
                             "again": question.again}
        await context.send_activity(MessageFactory.text(question.prompt))
        return DialogTurnResult(DialogTurnStatus.Waiting)

    async def _ask_again(self, context: TurnContext, state: dict[str, Any]) -> DialogTurnResult:
        """The pending question as first asked, without what was said about an earlier answer."""
        return await self._ask(context, state, _plain(self._current(state)))

    @staticmethod
    def _current(state: dict[str, Any]) -> Question:
        return Question(**state["question"])


    @staticmethod
    def _state(inner_dc: DialogContext) -> dict[str, Any]:
        parent = inner_dc.parent
        assert parent is not None and parent.active_dialog is not None
        instance_state: dict[str, Any] = parent.active_dialog.state
        return instance_state.setdefault(STATE, {})


def _plain(question: Question) -> Question:
    return Question(question.key, question.plain, question.help, question.again)
