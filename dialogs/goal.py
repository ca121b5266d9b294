"""«nyt mål»: the aftaleholder drafts a goal in conversation, coached until it is concrete and measurable."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Callable
from datetime import date
from difflib import SequenceMatcher
from typing import Any, TypeVar

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements.agreement.approval import ApprovalRefused
from agreements.clock import Clock, local_today
from agreements.goals import coach
from agreements.goals.goal_analysis import Analysis
from agreements.goals.goal_drafts import (
    GoalFrame,
    apply_edit,
    coach_state_from_goal,
    draft_checklist,
    draft_fields,
    draft_goal,
    draft_unclear,
    reads_as_goal,
    restate_statement,
)
from agreements.indicators.follow_up import (
    FollowUp,
    band_words,
    describe,
    follow_up_for,
    parse_follow_up,
    stored_follow_up,
    too_wide,
)
from agreements.intents.slots import read_slots
from agreements.services import AgreementService
from agreements.types import Agreement, AgreementStatus, GoalKind, Indicator
from agreements.use_cases import finish
from cards.escape import fill
from cards.goal_summary import GoalSummaryView, goal_summary_card
from dialogs import texts
from dialogs.base import GuidedDialog, Question, sure_intent
from dialogs.turn import CARD_UPDATE_KEY, HAND_ON_KEY, show_typing, turn_person, turn_uow

KIND_WORDS: dict[str, GoalKind] = {
    "1": GoalKind.FOCUS_AREA,
    "fokusområde": GoalKind.FOCUS_AREA,
    "fokus": GoalKind.FOCUS_AREA,
    "2": GoalKind.OWN,
    "eget": GoalKind.OWN,
    "egen": GoalKind.OWN,
    "eget udviklingsmål": GoalKind.OWN,
    "3": GoalKind.CROSS_CUTTING,
    "tværfagligt": GoalKind.CROSS_CUTTING,
    "tværgående": GoalKind.CROSS_CUTTING,
}
MIN_STATEMENT_LENGTH = 12
COACH = "coach:"
EDIT = "edit:"
REVIEW = "review"
RUNNING_YEAR = "running_year"  # December: this year's draft, while next year's agreement does not exist
STATEMENT_TYPED = "statement_typed"  # a goal written out before it was asked for (before the statement question)
# Card fields that the coach asks about under another name.
EDIT_ELEMENT = {"output": "output_effect", "effect": "output_effect"}


# Changed, an agreement in one of these becomes a new draft to approve again, which the holder is told (one sent
# back for changes is being changed to be sent again: nothing to tell).
WAS_DECIDED_OR_SENT = frozenset({AgreementStatus.APPROVED, AgreementStatus.SUBMITTED})
MIN_TYPO_NAME = 5  # a shorter answer is a number or an abbreviation, never read as a misspelt name
NAME_SIMILARITY = 0.8


def choose(text: str, options: list[str]) -> int | None:
    """The index of the option the text picks: its number (1-based) or its name."""
    answer = text.strip().lower().rstrip(".")
    if answer.isdigit() and 1 <= int(answer) <= len(options):
        return int(answer) - 1
    matches = [i for i, option in enumerate(options) if answer and answer in option.lower()]
    if not matches and len(answer) >= MIN_TYPO_NAME:  # «uddanelse»: the name with a typo
        matches = [i for i, option in enumerate(options)
                   if SequenceMatcher(None, answer, option.lower()).ratio() >= NAME_SIMILARITY]
    return matches[0] if len(matches) == 1 else None


def kind_of(text: str) -> GoalKind | None:
    """The kind of goal an answer names: «2», «eget», or said in a sentence («det er vel et eget mål»). A sentence
    naming two kinds, or a number among words, is not taken as an answer."""
    answer = " ".join(text.lower().split()).rstrip(".!?")
    if answer in KIND_WORDS:
        return KIND_WORDS[answer]
    words = set(re.findall(r"[a-zæøå]+", answer))
    named = {kind for word, kind in KIND_WORDS.items() if not word.isdigit() and " " not in word and word in words}
    return named.pop() if len(named) == 1 else None


def numbered(options: list[str]) -> str:
    return "\n\n".join(f"{n}. {option}" for n, option in enumerate(options, start=1))


def _start(text: str, today: date) -> tuple[coach.CoachState, Analysis]:
    """The coaching state and the analysis of a new goal text."""
    return coach.start_with_analysis(text, today)


# Reading a text is CPU work that grows with its length (about 3 ms for a sentence, tens of ms for a long
# paragraph). A short one is read here on the event loop, which costs less than handing it to a worker thread and
# back (two thread wake-ups); a longer one in a worker, so other turns and /healthz are not held up meanwhile.
READ_ON_LOOP_UP_TO = 200


async def _read(text: str, function: Callable[..., T], *args: Any) -> T:
    if len(text) <= READ_ON_LOOP_UP_TO:
        return function(*args)
    return await asyncio.to_thread(function, *args)


def with_example(question: coach.Question) -> Question:
    return Question(f"{COACH}{question.element}", f"{question.text} {question.example}", question.help)


T = TypeVar("T")

MAX_FOCUS_AREA = 200  # the goal table's focus_area column

class GoalDialog(GuidedDialog):
    paused_text = texts.GOAL_PAUSED

    def __init__(self, agreements: AgreementService, clock: Clock) -> None:
        super().__init__(GoalDialog.__name__, clock)
        self._agreements = agreements

    def _today(self) -> date:
        return local_today(self._clock())

    def _coach_day(self, data: dict[str, Any]) -> date:
        """The day the coach counts from: today, or 1 January of the agreement's year when it is drafted ahead (on
        8 December a 2027 goal's «ultimo året» is the end of 2027, and the examples name 2027)."""
        today = self._today()
        year = data.get("agreement_year")
        return max(today, date(int(year), 1, 1)) if isinstance(year, int) else today

    def holds_nothing(self, state: dict[str, Any]) -> bool:
        """A saved goal being changed is asked about even before an answer (it may have been meant to change)."""
        return super().holds_nothing(state) and not state["data"].get("goal_id")

    def already_going_on(self, data: dict[str, Any], request: dict[str, Any]) -> str | None:
        """«ret mål 7» typed while goal 7 is being changed: she is told so, and the pending question stands."""
        number = data.get("goal_number")
        if data.get("goal_id") is None or request.get("intent") != "edit_goal" or request.get("goal") != number:
            return None
        year = request.get("year")
        if year is not None and year != data.get("agreement_year"):
            return None
        return texts.GOAL_EDIT_ALREADY.format(number=number)

    def switch_prompt(self, data: dict[str, Any], request: dict[str, Any] | None = None) -> str:
        """«Nyt mål» pressed midway: a new goal is not saved until «Gem», so it is dropped or finished first; a saved
        goal being changed stays as it was saved. «ret mål 4» while goal 5 is changed offers goal 4, not a new one."""
        other = request.get("goal") if request and request.get("intent") == "edit_goal" else None
        if data.get("goal_id") is not None and isinstance(other, int) and other > 0:
            return texts.GOAL_EDIT_SWITCH_TO_OTHER.format(number=data.get("goal_number", ""), other=other)
        if data.get("goal_id") is not None:
            return texts.GOAL_EDIT_SWITCH_OFFER.format(number=data.get("goal_number", ""))
        return texts.GOAL_SWITCH_OFFER

    def switch_dropped(self, data: dict[str, Any]) -> str:
        if data.get("goal_id") is not None:
            return texts.GOAL_EDIT_SWITCH_DROPPED.format(number=data.get("goal_number", ""))
        return texts.SWITCH_DROPPED

    # --- choosing agreement and kind --------------------------------------------------------------

    async def first_question(
        self, context: TurnContext, data: dict[str, Any], options: object
    ) -> Question | None:
        person = turn_person(context)
        held = await self._agreements.held_by(turn_uow(context), person)
        if not held:
            await context.send_activity(texts.NO_AGREEMENT)
            return None
        data["draft"] = new_draft_id()
        if isinstance(options, dict) and options.get("goal_number"):
            worked_on = await self._agreements.worked_on(turn_uow(context), person, self._today())
            typed = options.get("typed")
            change = edit_in_request(typed) if isinstance(typed, str) else None
            return await self._reopen(context, data, worked_on, int(options["goal_number"]), change)
        named = options.get("agreement_id") if isinstance(options, dict) else None
        year = options.get("year") if isinstance(options, dict) else None
        targets = await self._agreements.for_new_goal(turn_uow(context), person, self._today(),
                                                      agreement_id=named if isinstance(named, int) else None,
                                                      year=year if isinstance(year, int) else None)
        if targets.year_ended:
            await context.send_activity(await self._year_ended(context, targets.year))
            return None
        if targets.running_year_open:
            # December, no agreement for next year yet, this year's still a draft: asked, not refused.
            data["next_year"] = targets.year
            data["choices"] = [
                {"id": a.id, "year": a.year,
                 "label": f"{await self._unit_name(context, a)} {a.year} ({len(a.goals)} mål)"}
                for a in targets.agreements
            ]
            return Question(RUNNING_YEAR, fill(texts.ASK_RUNNING_YEAR_DRAFT, year=targets.year,
                                               running=targets.agreements[0].year,
                                               agreements=numbered(self._labels(data))),
                            fill(texts.ASK_RUNNING_YEAR_DRAFT_HELP, year=targets.year))
        if not targets.agreements:
            await context.send_activity(fill(
                texts.NO_DRAFT_FOR_YEAR if targets.drafting_season else texts.NO_AGREEMENT_FOR_YEAR,
                year=targets.year))
            return None
        if targets.drafting_season:
            await context.send_activity(fill(texts.DRAFTING_SEASON, year=targets.year))
        held = targets.agreements
        data["choices"] = [
            {"id": a.id, "year": a.year, "label": f"{await self._unit_name(context, a)} {a.year} ({len(a.goals)} mål)"}
            for a in held
        ]
        if len(held) == 1:
            data["agreement_id"], data["agreement_year"] = held[0].id, held[0].year
            return self._kind_question()
        return Question("agreement", f"{texts.ASK_AGREEMENT}\n\n{numbered(self._labels(data))}",
                        texts.ASK_AGREEMENT_HELP)

    async def answer(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        key = question.key
        if key in ("agreement", RUNNING_YEAR, "kind", "focus_area") and reads_as_goal(text, self._coach_day(data)):
            # The goal written out before it was asked for: kept (and not asked for again), the question asked again.
            data[STATEMENT_TYPED] = text.strip()
            if key == "focus_area":
                return self._focus_area_question(goal_kept=True)
            return Question(key, f"{texts.GOAL_KEPT} {question.plain}", question.help, question.plain)
        if key == "agreement":
            index = choose(text, self._labels(data))
            if index is None:
                return self._reask(question)
            data["agreement_id"] = data["choices"][index]["id"]
            data["agreement_year"] = data["choices"][index].get("year")
            return self._kind_question()
        if key == RUNNING_YEAR:
            return await self._on_running_year(context, data, question, text)
        if key == "kind":
            following = self._on_kind(data, question, text)
            return await self._statement_or_typed(context, data) if following.key == "statement" else following
        if key == "focus_area" and self._agreements.profile.focus_chosen_by_unit:
            name = " ".join(text.split())
            if not 2 <= len(name) <= MAX_FOCUS_AREA:
                return self._reask(question)
            data["focus_area"] = name
            return await self._statement_or_typed(context, data)
        if key == "focus_area":
            areas = list(self._agreements.profile.focus_areas)
            index = choose(text, areas)
            if index is None:
                return self._reask(question)
            data["focus_area"] = areas[index]
            return await self._statement_or_typed(context, data)
        if key == "partners":
            # Only commas separate partners: area names themselves contain «og» («Social og Sundhed»).
            data["co_owners"] = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
            return await self._statement_or_typed(context, data)
        if key == "statement":
            return await self._on_statement(context, data, question, text)
        if key.startswith(COACH):
            return await self._on_coach_answer(context, data, key.removeprefix(COACH), text)
        if key.startswith(EDIT):
            return await self._on_edit(context, data, key.removeprefix(EDIT), text)
        if key == REVIEW:
            return await self._on_review(context, data, question, text)
        raise ValueError(f"unknown question {key!r}")

    async def _on_running_year(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        """Whether a goal goes into this year's draft while next year's agreement does not exist yet: the draft by
        its number (or «ja» when there is one); «nej» or next year says how to create that agreement; «ny aftale»
        ends this conversation and starts that one."""
        answer = " ".join(text.lower().split()).rstrip(".!")
        labels = self._labels(data)
        index = 0 if answer in texts.YES_WORDS and len(labels) == 1 else choose(text, labels)
        if index is not None:
            data["agreement_id"] = data["choices"][index]["id"]
            data["agreement_year"] = data["choices"][index].get("year")
            return self._kind_question()
        next_year = data.get("next_year")
        if answer in texts.NO_WORDS or answer in ("næste år", str(next_year)):
            await context.send_activity(fill(texts.NO_AGREEMENT_FOR_YEAR, year=next_year))
            return None
        if sure_intent(text) == "new_agreement":
            context.turn_state[HAND_ON_KEY] = True
            return None
        return self._reask(question)

    def _on_kind(self, data: dict[str, Any], question: Question, text: str) -> Question:
        kind = kind_of(text)
        if kind is None:
            return self._reask(question)
        data["kind"] = kind.value
        if kind is GoalKind.FOCUS_AREA:
            return self._focus_area_question()
        if kind is GoalKind.CROSS_CUTTING:
            return Question("partners", texts.ASK_PARTNERS, texts.ASK_PARTNERS_HELP)
        return self._statement_question(data)

    def _focus_area_question(self, *, goal_kept: bool = False) -> Question:
        """Which focus area; `goal_kept`: after a goal written out at this question, which is kept as the goal."""
        if self._agreements.profile.focus_chosen_by_unit:
            asked = texts.GOAL_KEPT_ASK_OWN_FOCUS_AREA if goal_kept else texts.ASK_OWN_FOCUS_AREA
            return Question("focus_area", asked, texts.ASK_OWN_FOCUS_AREA_HELP)
        asked = texts.GOAL_KEPT_ASK_FOCUS_AREA if goal_kept else texts.ASK_FOCUS_AREA
        areas = list(self._agreements.profile.focus_areas)
        return Question("focus_area", f"{asked}\n\n{numbered(areas)}", texts.ASK_FOCUS_AREA_HELP)

    async def _statement_or_typed(self, context: TurnContext, data: dict[str, Any]) -> Question | None:
        """The goal's statement: asked for, or – written out at an earlier question (the agreement, its year, the kind
        of goal, the focus area) – read now."""
        typed = data.pop(STATEMENT_TYPED, None)
        if isinstance(typed, str) and typed:
            return await self._on_statement(context, data, self._statement_question(data), typed)
        return self._statement_question(data)

    async def _reopen(
        self, context: TurnContext, data: dict[str, Any], held: list[Agreement], number: int,
        change: tuple[str, str] | None = None,
    ) -> Question | None:
        """«ret mål 2»: the saved goal, pre-filled, straight to its summary card; with `change` (a field and its new
        value, «ret målværdien på mål 2 til 76 %»), the value applied first, as typed after «ret målværdi»."""
        agreement = held[0]  # AgreementService.worked_on: this year's (or the year being drafted), a draft first
        if not 1 <= number <= len(agreement.goals):
            await context.send_activity(texts.NO_SUCH_GOAL.format(number=number, count=len(agreement.goals)))
            return None
        goal = agreement.goals[number - 1]
        data["agreement_year"] = agreement.year
        data.update(
            agreement_id=agreement.id, agreement_year=agreement.year, goal_id=goal.id, goal_number=number,
            kind=goal.kind.value,
            focus_area=goal.focus_area, co_owners=list(goal.co_owners),
            coach=coach_state_from_goal(goal, self._coach_day(data)).to_dict(),
        )
        if goal.indicators:  # what the saved indicator has, so «ja» keeps it
            data["follow_up"] = stored_follow_up(goal.indicators[0]).to_dict()
        if change is not None:
            return await self._on_edit(context, data, change[0], change[1])
        return await self._review(context, data)

    # --- coaching ----------------------------------------------------------------------------------

    async def _on_statement(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        if len(text.strip()) < MIN_STATEMENT_LENGTH:
            return Question(question.key, texts.STATEMENT_TOO_SHORT, question.help)
        if coach.too_long(text):
            return Question(question.key, coach.TOO_LONG, question.help)
        await show_typing(context)  # Teams shows that the bot is writing while a long text is read
        state, analysis = await _read(text, _start, text.strip(), self._coach_day(data))
        data["coach"] = state.to_dict()
        await context.send_activity(coach.acknowledge(analysis))
        return await self._next(context, data, state)

    async def _on_coach_answer(
        self, context: TurnContext, data: dict[str, Any], element: str, text: str
    ) -> Question | None:
        if coach.too_long(text):
            return Question(f"{COACH}{element}", coach.TOO_LONG_ANSWER, coach.TOO_LONG_ANSWER)
        result = await _read(
            text, coach.answer, coach.CoachState.from_dict(data["coach"]), element, text, self._coach_day(data))
        data["coach"] = result.state.to_dict()
        if result.reask and result.next_question is not None:
            return Question(f"{COACH}{element}", result.text, result.next_question.help)
        if not result.accepted or result.text != coach.THANKS:  # given up, or how a word was read
            await context.send_activity(result.text)
        return await self._next(context, data, result.state)

    async def _next(self, context: TurnContext, data: dict[str, Any], state: coach.CoachState) -> Question | None:
        following = coach.next_question(state)
        if following is not None:
            return with_example(following)
        return await self._review(context, data)

    async def _review(self, context: TurnContext, data: dict[str, Any]) -> Question:
        await context.send_activity(texts.COACH_SUMMARY_INTRO)
        await context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(self._summary(data))))
        return Question(REVIEW, self._review_prompt(data), texts.COACH_REVIEW_HELP)

    def _follow_up(self, data: dict[str, Any]) -> tuple[FollowUp, str] | None:
        """How the goal's indicator will be followed (agreements.indicators.follow_up) and its name; None without a
        target."""
        state = coach.CoachState.from_dict(data["coach"])
        goal = draft_goal(state, self._frame(data), data["draft"])
        indicator = goal.indicators[0] if goal.indicators else None
        follow_up = follow_up_for(indicator, data.get("follow_up"), state.data_source, goal.measurement_method,
                                  state.text, followup_frequency=state.frequency)
        return (follow_up, indicator.name) if follow_up is not None and indicator is not None else None

    def _indicator(self, data: dict[str, Any]) -> Indicator | None:
        state = coach.CoachState.from_dict(data["coach"])
        goal = draft_goal(state, self._frame(data), data["draft"])
        return goal.indicators[0] if goal.indicators else None

    def _review_prompt(self, data: dict[str, Any]) -> str:
        """The summary's question: the follow-up to accept with «ja» (or change), then gem / ret / kassér."""
        found = self._follow_up(data)
        if found is None:
            return texts.COACH_REVIEW_PROMPT
        return f"{describe(*found)} {texts.FOLLOW_UP_QUESTION}\n\n{texts.COACH_REVIEW_PROMPT}"

    def _summary(self, data: dict[str, Any], *, saved: bool = False, discarded: bool = False) -> dict[str, Any]:
        state = coach.CoachState.from_dict(data["coach"])
        frame = self._frame(data)
        goal = draft_goal(state, frame, data["draft"])
        return goal_summary_card(
            GoalSummaryView(
                draft=data["draft"],
                kind=frame.label(),
                statement=state.text,
                fields=draft_fields(state),
                checklist=draft_checklist(state, goal),
                unclear=draft_unclear(state, goal),
                saved=saved,
                discarded=discarded,
            )
        )

    # --- the summary: gem, ret, kassér -------------------------------------------------------------

    async def _on_review(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        command = " ".join(text.lower().split())
        verb, _, rest = command.partition(" ")
        if verb.startswith("goal."):  # a button on the summary card: its verb and draft id, never typed words
            return await self._on_card_button(context, data, question, verb, rest)
        if command.rstrip(".!") in texts.YES_WORDS and self._follow_up(data) is not None:
            command = "gem"  # «ja»: the follow-up as proposed, and the goal saved
        elif command in texts.EDIT_WORDS:  # «målværdi» alone: what to change, as «ret målværdi» says it
            return self._edit_question(data, texts.EDIT_WORDS[command])
        elif (change := edit_in_request(text)) is not None and self._names_this_goal(data, text):
            return await self._on_edit(context, data, *change)  # «ret målværdi til 78 %»: applied, not a band
        elif (found := self._follow_up(data)) is not None and (changed := parse_follow_up(text, found[0])):
            indicator = self._indicator(data)
            if indicator is not None and changed.band is not None and too_wide(changed, indicator):
                await context.send_activity(fill(texts.BAND_TOO_WIDE, band=band_words(changed.band, changed.unit)))
                return Question(REVIEW, self._review_prompt(data), texts.COACH_REVIEW_HELP)
            data["follow_up"] = changed.to_dict()
            await context.send_activity(f"{texts.FOLLOW_UP_CHANGED} {describe(changed, found[1])}")
            return Question(REVIEW, self._review_prompt(data), texts.COACH_REVIEW_HELP)
        if command in texts.SAVE_WORDS:
            return await self._save_or_stay(context, data, question)
        if command in texts.DISCARD_WORDS:
            return await self._discard(context, data)
        if verb == "ret":
            return self._edit_question(data, texts.EDIT_WORDS.get(rest.strip(), rest.strip()))
        return Question(REVIEW, f"{texts.NOT_UNDERSTOOD_CHOICE} {texts.COACH_REVIEW_PROMPT}", texts.COACH_REVIEW_HELP)

    @staticmethod
    def _names_this_goal(data: dict[str, Any], text: str) -> bool:
        """Whether a change typed at the summary is for this goal: it names no goal, or the one being changed."""
        named = read_slots(text).goal
        return named is None or named == data.get("goal_number")

    async def _on_card_button(
        self, context: TurnContext, data: dict[str, Any], question: Question, verb: str, rest: str
    ) -> Question | None:
        """«Gem», «Kassér» or «Ret» on the summary card. The draft id it carries is random hex: it is compared, never
        read as words (a digit in it was once taken for a band typed at the summary question)."""
        draft, _, field = rest.partition(" ")
        if draft != data["draft"]:
            await context.send_activity(texts.COACH_STALE_CARD)
            return question
        if verb == "goal.save":
            return await self._save_or_stay(context, data, question)
        if verb == "goal.discard":
            return await self._discard(context, data)
        return self._edit_question(data, texts.EDIT_WORDS.get(field.strip(), field.strip()))

    async def _save_or_stay(self, context: TurnContext, data: dict[str, Any], question: Question) -> Question | None:
        if await self._save(context, data):
            return None
        return question  # refused: the draft stays, so nothing typed is lost

    async def _discard(self, context: TurnContext, data: dict[str, Any]) -> None:
        context.turn_state[CARD_UPDATE_KEY] = self._summary(data, discarded=True)
        await context.send_activity(texts.COACH_DISCARDED)

    def _edit_question(self, data: dict[str, Any], field: str) -> Question:
        if field == "statement":
            return Question(f"{EDIT}statement", texts.COACH_EDIT_STATEMENT, self._statement_help(data))
        element = EDIT_ELEMENT.get(field, field)
        state = coach.CoachState.from_dict(data["coach"])
        try:
            asked = coach.question_for(state, element)
        except ValueError:
            return Question(REVIEW, texts.COACH_EDIT_WHICH, texts.COACH_REVIEW_HELP)
        return Question(f"{EDIT}{element}", f"{asked.text} {asked.example}", asked.help)

    async def _on_edit(self, context: TurnContext, data: dict[str, Any], element: str, text: str) -> Question:
        state = coach.CoachState.from_dict(data["coach"])
        if element == "statement":
            if len(text.strip()) < MIN_STATEMENT_LENGTH:
                return Question(f"{EDIT}statement", texts.STATEMENT_TOO_SHORT, self._statement_help(data))
            if coach.too_long(text):
                return Question(f"{EDIT}statement", coach.TOO_LONG, self._statement_help(data))
            state.text = text.strip()
        else:
            if coach.too_long(text):
                return Question(f"{EDIT}{element}", coach.TOO_LONG_ANSWER, coach.TOO_LONG_ANSWER)
            result = await _read(text, coach.answer, coach.forget(state, element), element, text,
                                 self._coach_day(data))
            if result.reask and result.next_question is not None:
                return Question(f"{EDIT}{element}", result.text, result.next_question.help)
            restated = restate_statement(state, result.state)
            if restated != result.state.text:  # a changed number is changed in the sentence too
                result.state.text = restated
                await context.send_activity(texts.STATEMENT_RESTATED.format(statement=restated))
            state = result.state
        data["coach"] = state.to_dict()
        return await self._review(context, data)

    async def _save(self, context: TurnContext, data: dict[str, Any]) -> bool:
        """Saves the goal; False (after saying why in Danish) when the agreement refuses it."""
        person = turn_person(context)
        uow = turn_uow(context)
        state = coach.CoachState.from_dict(data["coach"])
        goal = draft_goal(state, self._frame(data, person.tenant_id), data["draft"])
        found = self._follow_up(data)
        if found is not None and goal.indicators:  # the frequency and band the holder accepted or set
            goal.indicators[0] = found[0].applied_to(goal.indicators[0])
        prior = await uow.agreements.get(person.tenant_id, int(data["agreement_id"]))
        try:
            if data.get("goal_id"):
                stored = await uow.agreements.get(person.tenant_id, int(data["agreement_id"]))
                before = next((g for g in stored.goals if g.id == int(data["goal_id"])), None) if stored else None
                if before is not None:  # only what was changed: nothing the coach does not ask about is lost
                    untouched = draft_goal(coach_state_from_goal(before, self._coach_day(data)),
                                           self._frame(data, person.tenant_id), data["draft"])
                    goal = apply_edit(before, untouched, goal)
                await self._agreements.update_goal(uow, person, int(data["agreement_id"]), int(data["goal_id"]),
                                                   goal)
                position = int(data["goal_number"])
            else:
                added = await self._agreements.add_draft_goal(uow, person, int(data["agreement_id"]), goal)
                position = added.position
        except ApprovalRefused as refused:
            await context.send_activity(refused.message)
            return False
        agreement = await uow.agreements.get(person.tenant_id, int(data["agreement_id"]))
        assert agreement is not None
        unit = await uow.units.get(person.tenant_id, agreement.unit_id)
        await finish(uow)
        context.turn_state[CARD_UPDATE_KEY] = self._summary(data, saved=True)
        saved = texts.GOAL_UPDATED if data.get("goal_id") else texts.GOAL_SAVED
        lines = [fill(saved, unit=unit.name if unit else "", year=agreement.year, position=position)]
        if prior is not None and prior.status in WAS_DECIDED_OR_SENT and agreement.version != prior.version:
            lines.append(texts.GOAL_NEW_VERSION.format(version=agreement.version))
        findings = await self._agreements.current_findings(uow, agreement)
        if findings:
            lines.append(texts.STILL_MISSING)
            lines.extend(f"- {f.message}" for f in findings[:6])
        else:
            lines.append(texts.AGREEMENT_COMPLETE)
        await context.send_activity("\n\n".join(lines))
        return True

    # --- helpers -----------------------------------------------------------------------------------

    def _frame(self, data: dict[str, Any], tenant_id: str = "") -> GoalFrame:
        return GoalFrame(
            tenant_id=tenant_id,
            kind=GoalKind(data["kind"]),
            focus_area=data.get("focus_area"),
            co_owners=tuple(data.get("co_owners", [])),
        )

    async def _year_ended(self, context: TurnContext, year: int) -> str:
        """Why a goal cannot go into an ended year's agreement, and where it can go instead: the agreement a «nyt mål»
        with no year would offer, or «ny aftale» when there is none."""
        now = await self._agreements.for_new_goal(turn_uow(context), turn_person(context), self._today())
        years = sorted({a.year for a in now.agreements}, key=lambda y: (y != now.year, -y))
        if years:
            return fill(texts.YEAR_ENDED_GO_ON, year=year, current=years[0])
        return fill(texts.YEAR_ENDED_START, year=year, current=now.year)

    @staticmethod
    async def _unit_name(context: TurnContext, agreement: Agreement) -> str:
        unit = await turn_uow(context).units.get(agreement.tenant_id, agreement.unit_id)
        return unit.name if unit else ""

    @staticmethod
    def _labels(data: dict[str, Any]) -> list[str]:
        return [str(choice["label"]) for choice in data["choices"]]

    @staticmethod
    def _kind_question() -> Question:
        return Question("kind", texts.ASK_KIND, texts.ASK_KIND_HELP)

    def _statement_question(self, data: dict[str, Any]) -> Question:
        return Question("statement", texts.ASK_STATEMENT, self._statement_help(data))

    def _statement_help(self, data: dict[str, Any]) -> str:
        """The example goal, due at the end of the agreement's year (in December, next year's)."""
        return texts.ASK_STATEMENT_HELP.format(year=self._coach_day(data).year)

    @staticmethod
    def _reask(question: Question) -> Question:
        return Question(question.key, f"{texts.NOT_UNDERSTOOD_CHOICE} {question.help}", question.help)


# «ret målværdien på mål 7 til 76 %», «sæt fristen for mål 3 til ultimo 2027»: a field named, then the new value
_EDIT_WITH_VALUE = re.compile(
    r"\b(?P<field>" + "|".join(sorted((re.escape(word) for word, field in texts.EDIT_WORDS.items()
                                      if field != "statement"), key=len, reverse=True)) + r")\b"
    r".*?\btil\s+(?P<value>\S.*?)[.!?]?$",
    re.IGNORECASE,
)


def edit_in_request(text: str) -> tuple[str, str] | None:
    """The element a request to change a goal names and the new value it carries, or None when it carries none:
    «hov, jeg skal lige rette målværdien på mål 7 til 76 %» → ("target", "76 %")."""
    found = _EDIT_WITH_VALUE.search(" ".join(text.split()))
    if found is None or re.fullmatch(r"(?:mål|nr\.?)\s*\d+", found["value"], re.IGNORECASE):
        return None
    field = texts.EDIT_WORDS[found["field"].lower()]
    return EDIT_ELEMENT.get(field, field), found["value"]


def new_draft_id() -> str:
    """The id a draft's summary card carries, so that a button on an older card is recognised as such."""
    return uuid.uuid4().hex[:16]
