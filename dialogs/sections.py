"""The agreement's sections (R9) in conversation: their questions, and «ret økonomi» and the other edit commands."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import Dialog

from agreements.agreement.approval import ApprovalRefused, change_needs_new_approval
from agreements.agreement.setup import SECTION_KEYS, AgreementSetupService, Editable
from agreements.clock import Clock
from agreements.profiles import Profile
from agreements.types import AgreementStatus
from agreements.use_cases import in_transaction
from cards.escape import fill
from dialogs import texts
from dialogs.base import GuidedDialog, Question
from dialogs.goal import numbered
from dialogs.turn import turn_person, turn_uow

# Every way of asking to edit a section; the handler starts the section's dialog on any of them.
SECTION_COMMANDS: dict[str, str] = {
    "ret generelt": "general",
    "ret fokusområder": "focus_text",
    "ret fokusområde": "focus_text",
    "ret fokus": "focus_text",
    "ret økonomi": "economy",
    "ret økonomien": "economy",
    "ret oekonomi": "economy",
    "ret dialog": "dialogue",
    "ret dialogen": "dialogue",
    "ret evaluering": "evaluation",
    "ret evalueringen": "evaluation",
}
# The command a hint shows for each section: its first one above.
# A section by the name a person or a button gives it (agreements.intents.Slots.section, cards.payloads.Section).
SECTION_NAMED: dict[str, str] = {"generelt": "general", "fokusområder": "focus_text", "økonomi": "economy",
                                 "dialog": "dialogue", "evaluering": "evaluation"}
COMMAND_FOR: dict[str, str] = {section: command for command, section in reversed(SECTION_COMMANDS.items())}


@dataclass(frozen=True, slots=True)
class SectionQuestion:
    prompt: str
    help: str


def section_label(profile: Profile, section: str) -> str:
    return dict(profile.sections).get(section, section)


def section_question(profile: Profile, section: str, step: int | None = None) -> SectionQuestion:
    """The question for one section; `step` (1–5) prefixes «Afsnit n af 5 – …» during the set-up."""
    prefix = (
        texts.SECTION_STEP.format(n=step, total=len(SECTION_KEYS), label=section_label(profile, section))
        if step is not None else ""
    )
    # What «ja» to the Generelt question uses (agreements.agreement.setup.shared_focus_of): the standard text, if
    # any, and the fælles grundlag.
    focus = "\n\n".join([*filter(None, [profile.standard_text("general")]),
                          *(f"- {line}" for line in profile.shared_leadership_focus)])
    templates: dict[str, tuple[str, str]] = {
        "general": (texts.ASK_GENERAL, texts.ASK_GENERAL_HELP),
        "focus_text": (texts.ASK_FOCUS_TEXT, texts.ASK_FOCUS_TEXT_HELP),
        "economy": (texts.ASK_ECONOMY, texts.ASK_ECONOMY_HELP),
        "dialogue": (texts.ASK_DIALOGUE, texts.ASK_DIALOGUE_HELP),
        "evaluation": (texts.ASK_EVALUATION, texts.ASK_EVALUATION_HELP),
    }
    prompt, help_text = templates[section]
    values = {"step": prefix, "focus": focus, "areas": ", ".join(profile.focus_areas),
              "followups": profile.budget_followups_per_year}
    return SectionQuestion(prompt.format(**values).strip(), help_text.format(**values))


# What the questions tell people to type: taken with a typo too («sprign over», «behlod»), never saved as the text.
TYPO_TOLERANT = ("spring over", "behold")
TYPO_SIMILARITY = 0.8


def plain(text: str) -> str:
    """The answer in lower case with single spaces; a near miss of a phrase of TYPO_TOLERANT is that phrase."""
    answer = " ".join(text.strip().lower().rstrip(".!").split())
    for phrase in TYPO_TOLERANT:
        if abs(len(answer) - len(phrase)) <= 2 and SequenceMatcher(None, answer, phrase).ratio() >= TYPO_SIMILARITY:
            return phrase
    return answer


MIN_SECTION_TEXT = 3


def usable_text(text: str) -> bool:
    """A section's text is words, not a stray number or a couple of letters."""
    stripped = text.strip()
    return len(stripped) >= MIN_SECTION_TEXT and not stripped.rstrip(".").isdigit()


def pick(text: str, count: int) -> int | None:
    """The 0-based index a numbered answer («2», «nr. 2») picks, or None."""
    answer = plain(text).removeprefix("nr.").removeprefix("nummer").strip()
    if answer.isdigit() and 1 <= int(answer) <= count:
        return int(answer) - 1
    return None


class SectionDialog(GuidedDialog):
    """«ret økonomi» and friends: shows the section's text and takes the new one; only the holder may."""

    cancelled_text = texts.SECTION_CANCELLED
    resume_text = texts.SECTION_RESUME

    def __init__(self, section: str, setup: AgreementSetupService, clock: Clock) -> None:
        if section not in SECTION_KEYS:
            raise ValueError(f"not an agreement section: {section!r}")
        super().__init__(f"{SectionDialog.__name__}.{section}", clock)
        self._section = section
        self._setup = setup

    @property
    def label(self) -> str:
        return section_label(self._setup.profile, self._section)

    async def first_question(
        self, context: TurnContext, data: dict[str, Any], options: object
    ) -> Question | None:
        found = await self._setup.editable(turn_uow(context), turn_person(context))
        if not found:
            await context.send_activity(texts.NO_AGREEMENT_TO_EDIT)
            return None
        wanted = options.get("agreement_id") if isinstance(options, dict) else None
        chosen = [e for e in found if e.agreement.id == wanted]
        if len(found) == 1 or chosen:
            return await self._open(context, data, (chosen or found)[0])
        data["choices"] = [{"id": e.agreement.id, "year": e.agreement.year, "status": e.agreement.status.value,
                            "label": self._agreement_label(e)} for e in found]
        labels = [str(choice["label"]) for choice in data["choices"]]
        return Question("agreement", texts.ASK_EDIT_AGREEMENT.format(agreements=numbered(labels)),
                        texts.ASK_EDIT_AGREEMENT_HELP)

    async def answer(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        if question.key == "agreement":
            return await self._on_agreement(context, data, question, text)
        if question.key == "text":
            answer = plain(text)
            pending = data.get("pending_text")
            if isinstance(pending, str) and answer in texts.YES_WORDS:
                await self._save(context, data, pending)  # «ja»: the text typed before the agreement was chosen
                return None
            if answer not in texts.KEEP_WORDS | texts.CLEAR_WORDS and not usable_text(text):
                return Question(question.key, f"{texts.NOT_UNDERSTOOD_CHOICE} {texts.ASK_SECTION_TEXT}",
                                question.help)
            await self._save(context, data, text)
            return None
        raise ValueError(f"unknown question {question.key!r}")

    async def _on_agreement(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        """The agreement chosen by its number or its year. The section's new text typed here instead is kept, never
        thrown away: the question comes again saying so, and the text goes into the agreement chosen."""
        choices: list[dict[str, Any]] = data["choices"]
        index = pick(text, len(choices))
        if index is None:
            years = [i for i, choice in enumerate(choices) if plain(text) == str(choice.get("year"))]
            index = years[0] if len(years) == 1 else None
        if index is None:
            if usable_text(text) and plain(text) not in texts.KEEP_WORDS | texts.CLEAR_WORDS:
                data["pending_text"] = text.strip()
                prompt = fill(texts.SECTION_TEXT_KEPT, label=self.label, text=text.strip())
                return Question(question.key, f"{prompt}\n\n{question.plain}", question.help, question.plain)
            return Question(question.key, f"{texts.NOT_UNDERSTOOD_CHOICE} {question.help}", question.help)
        chosen = choices[index]
        pending = data.get("pending_text")
        if isinstance(pending, str) and not change_needs_new_approval(AgreementStatus(chosen["status"])):
            # A draft: the kept text is what the person asked for; saved at once, and shown.
            data["agreement_id"] = int(chosen["id"])
            await self._save(context, data, pending, show=True)
            return None
        question_after = await self._open_id(context, data, int(chosen["id"]))
        if question_after is not None and isinstance(pending, str):
            # Sent for approval or approved: a change makes a new version, so the person confirms the kept text.
            return Question("text", fill(texts.SECTION_USE_KEPT_TEXT, text=pending), question_after.help)
        return question_after

    async def _open(self, context: TurnContext, data: dict[str, Any], found: Editable) -> Question | None:
        assert found.agreement.id is not None
        return await self._open_id(context, data, found.agreement.id)

    async def _open_id(self, context: TurnContext, data: dict[str, Any], agreement_id: int) -> Question | None:
        try:
            view = await self._setup.open_section(turn_uow(context), turn_person(context), agreement_id,
                                                  self._section)
        except ApprovalRefused as refused:
            await context.send_activity(refused.message)
            return None
        data["agreement_id"] = agreement_id
        where = {"label": self.label, "unit": view.unit.name, "year": view.agreement.year}
        lines = [fill(texts.SECTION_CURRENT, text=view.text, **where) if view.text
                 else fill(texts.SECTION_EMPTY, **where)]
        if change_needs_new_approval(view.agreement.status):
            lines.append(texts.SECTION_NEW_VERSION_WARNING.format(
                status=texts.AGREEMENT_STATUS_NAMES[view.agreement.status.value], version=view.agreement.version + 1))
        await context.send_activity("\n\n".join(lines))
        example = section_question(self._setup.profile, self._section).help
        return Question("text", texts.ASK_SECTION_TEXT, texts.ASK_SECTION_TEXT_HELP.format(example=example))

    async def _save(self, context: TurnContext, data: dict[str, Any], text: str, *, show: bool = False) -> None:
        """Saves the section's new text; `show`: the saved text is repeated (it was typed a question earlier)."""
        answer = plain(text)
        if answer in texts.KEEP_WORDS:
            await context.send_activity(texts.SECTION_UNCHANGED.format(label=self.label))
            return
        new_text = "" if answer in texts.CLEAR_WORDS else text.strip()
        uow = turn_uow(context)
        try:
            changed = await in_transaction(uow, lambda uow: self._setup.change_section(
                uow, turn_person(context), int(data["agreement_id"]), self._section, new_text), ApprovalRefused)
        except ApprovalRefused as refused:
            await context.send_activity(refused.message)
            return
        where = {"label": self.label, "unit": changed.unit.name, "year": changed.agreement.year}
        if not changed.changed:
            await context.send_activity(texts.SECTION_UNCHANGED.format(label=self.label))
        elif changed.new_version:
            await context.send_activity(fill(texts.SECTION_SAVED_NEW_VERSION, version=changed.agreement.version,
                                                                               **where))
        elif show:
            await context.send_activity(fill(texts.SECTION_SAVED_TEXT, text=new_text, **where))
        else:
            await context.send_activity(fill(texts.SECTION_SAVED, **where))

    @staticmethod
    def _agreement_label(found: Editable) -> str:
        agreement = found.agreement
        return fill(texts.EDIT_AGREEMENT_LABEL, 
            unit=found.unit.name, year=agreement.year, level=texts.LEVEL_NAMES[agreement.level.value],
            status=texts.AGREEMENT_STATUS_NAMES[agreement.status.value],
        )


def section_dialogs(setup: AgreementSetupService, clock: Clock) -> dict[str, Dialog]:
    """One dialog per section, by the section's key."""
    return {section: SectionDialog(section, setup, clock) for section in SECTION_KEYS}
