"""Shared base for the bot's conversations: «hjælp», «tilbage» and «annuller» work in every question."""

from __future__ import annotations

import copy
from abc import abstractmethod
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus
from botbuilder.schema import ActivityTypes

from agreements.clock import Clock
from dialogs import texts

STATE = "guided"


@dataclass(frozen=True, slots=True)
class Question:
    """What the bot asks now, and the help it gives for it."""

    key: str
    prompt: str
    help: str


RESUME_AFTER = timedelta(minutes=30)


class GuidedDialog(ComponentDialog):
    """A conversation as a sequence of questions, with a history so «tilbage» can undo an answer.

    Subclasses implement `first_question` and `answer`; their working data lives in `state["data"]`,
    which is stored with the conversation state, so a conversation survives a restart of the bot. After a
    pause the first message is not taken as an answer: the bot first says where the conversation stands.
    """

    # What the conversation says when stopped and after a pause; each dialog may speak of its own subject.
    cancelled_text: ClassVar[str] = texts.CANCELLED
    resume_text: ClassVar[str] = texts.RESUME_OFFER

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
        raw = (context.activity.text or "").strip()
        word = raw.lower().rstrip(".!")
        now = self._clock()
        last_seen = datetime.fromisoformat(state.get("last_seen") or now.isoformat())
        state["last_seen"] = now.isoformat()
        if now - last_seen > RESUME_AFTER and state.get("question") and word not in texts.CANCEL_WORDS:
            await context.send_activity(self.resume_text)
            return await self._ask(context, state, self._current(state))

        if state.get("confirm_cancel"):
            state["confirm_cancel"] = False
            if word in texts.YES_WORDS:
                await context.send_activity(self.cancelled_text)
                return DialogTurnResult(DialogTurnStatus.Cancelled)
            await context.send_activity(texts.NOT_CANCELLED)
            return await self._ask(context, state, self._current(state))
        if word in texts.CANCEL_WORDS:
            state["confirm_cancel"] = True
            await context.send_activity(texts.CONFIRM_CANCEL)
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if word in texts.HELP_WORDS:
            question = self._current(state)
            await context.send_activity(
                f"{texts.HELP_PREFIX} {question.help}\n\n{texts.HELP_FOOTER}"
            )
            return await self._ask(context, state, question)
        if word in texts.BACK_WORDS:
            if not state["history"]:
                await context.send_activity(texts.NOTHING_TO_GO_BACK_TO)
                return await self._ask(context, state, self._current(state))
            previous = state["history"].pop()
            state["data"] = previous["data"]
            return await self._ask(context, state, Question(**previous["question"]))

        snapshot = {"data": copy.deepcopy(state["data"]), "question": dict(state["question"])}
        outcome = await self.answer(context, state["data"], self._current(state), raw)
        if outcome is None:
            return DialogTurnResult(DialogTurnStatus.Complete)
        if outcome.key == self._current(state).key:
            # The same question again (an unusable answer): no history entry.
            return await self._ask(context, state, outcome)
        state["history"].append(snapshot)
        return await self._ask(context, state, outcome)

    async def on_reprompt_dialog(self, context: TurnContext, instance: Any) -> None:
        state = instance.state.get(STATE)
        if state and state.get("question"):
            await context.send_activity(MessageFactory.text(self.resume_text))
            await context.send_activity(MessageFactory.text(state["question"]["prompt"]))

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
        state["question"] = {"key": question.key, "prompt": question.prompt, "help": question.help}
        await context.send_activity(MessageFactory.text(question.prompt))
        return DialogTurnResult(DialogTurnStatus.Waiting)

    @staticmethod
    def _current(state: dict[str, Any]) -> Question:
        return Question(**state["question"])

    @staticmethod
    def _state(inner_dc: DialogContext) -> dict[str, Any]:
        parent = inner_dc.parent
        assert parent is not None and parent.active_dialog is not None
        instance_state: dict[str, Any] = parent.active_dialog.state
        return instance_state.setdefault(STATE, {})
