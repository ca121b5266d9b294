"""«nyt mål»: the aftaleholder drafts a goal in conversation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from botbuilder.core import TurnContext

from agreements.ports import UnitOfWork
from agreements.services import AgreementService
from agreements.types import Goal, GoalKind, Person
from dialogs import texts
from dialogs.base import GuidedDialog, Question
from dialogs.turn import turn_person, turn_uow

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


def choose(text: str, options: list[str]) -> int | None:
    """The index of the option the text picks: its number (1-based) or its name."""
    answer = text.strip().lower().rstrip(".")
    if answer.isdigit() and 1 <= int(answer) <= len(options):
        return int(answer) - 1
    matches = [i for i, option in enumerate(options) if answer and answer in option.lower()]
    return matches[0] if len(matches) == 1 else None


def numbered(options: list[str]) -> str:
    return "\n\n".join(f"{n}. {option}" for n, option in enumerate(options, start=1))


class GoalDialog(GuidedDialog):
    def __init__(self, agreements: AgreementService, now_year: Callable[[], int]) -> None:
        super().__init__(GoalDialog.__name__)
        self._agreements = agreements
        self._now_year = now_year

    async def first_question(
        self, context: TurnContext, data: dict[str, Any], options: object
    ) -> Question | None:
        person = turn_person(context)
        held = await self._agreements.held_by(turn_uow(context), person)
        if not held:
            await context.send_activity(texts.NO_AGREEMENT)
            return None
        data["choices"] = [
            {"id": a.id, "label": f"{a.year} – aftale {a.id} ({len(a.goals)} mål)"} for a in held
        ]
        if len(held) == 1:
            data["agreement_id"] = held[0].id
            return self._kind_question()
        return Question("agreement", f"{texts.ASK_AGREEMENT}\n\n{numbered(self._labels(data))}",
                        texts.ASK_AGREEMENT_HELP)

    async def answer(
        self, context: TurnContext, data: dict[str, Any], question: Question, text: str
    ) -> Question | None:
        if question.key == "agreement":
            index = choose(text, self._labels(data))
            if index is None:
                return self._reask(question)
            data["agreement_id"] = data["choices"][index]["id"]
            return self._kind_question()
        if question.key == "kind":
            kind = KIND_WORDS.get(text.strip().lower().rstrip("."))
            if kind is None:
                return self._reask(question)
            data["kind"] = kind.value
            if kind is GoalKind.FOCUS_AREA:
                areas = list(self._agreements.profile.focus_areas)
                return Question("focus_area", f"{texts.ASK_FOCUS_AREA}\n\n{numbered(areas)}",
                                texts.ASK_FOCUS_AREA_HELP)
            if kind is GoalKind.CROSS_CUTTING:
                return Question("partners", texts.ASK_PARTNERS, texts.ASK_PARTNERS_HELP)
            return self._statement_question()
        if question.key == "focus_area":
            areas = list(self._agreements.profile.focus_areas)
            index = choose(text, areas)
            if index is None:
                return self._reask(question)
            data["focus_area"] = areas[index]
            return self._statement_question()
        if question.key == "partners":
            # Only commas separate partners: area names themselves contain «og» («Social og Sundhed»).
            data["co_owners"] = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
            return self._statement_question()
        if question.key == "statement":
            if len(text.strip()) < MIN_STATEMENT_LENGTH:
                return Question(question.key, texts.STATEMENT_TOO_SHORT, question.help)
            data["statement"] = text.strip()
            await self._save(context, data)
            return None
        raise ValueError(f"unknown question {question.key!r}")

    async def _save(self, context: TurnContext, data: dict[str, Any]) -> None:
        person: Person = turn_person(context)
        uow: UnitOfWork = turn_uow(context)
        goal = Goal(
            tenant_id=person.tenant_id,
            kind=GoalKind(data["kind"]),
            focus_area=data.get("focus_area"),
            statement=data["statement"],
            co_owners=list(data.get("co_owners", [])),
        )
        stored = await self._agreements.add_draft_goal(uow, person, int(data["agreement_id"]), goal)
        agreement = await uow.agreements.get(person.tenant_id, int(data["agreement_id"]))
        assert agreement is not None
        unit = await uow.units.get(person.tenant_id, agreement.unit_id)
        await uow.commit()
        lines = [texts.GOAL_SAVED.format(unit=unit.name if unit else "", year=agreement.year,
                                         position=stored.position)]
        findings = self._agreements.findings(agreement)
        if findings:
            lines.append(texts.STILL_MISSING)
            lines.extend(f"- {f.message}" for f in findings[:6])
        else:
            lines.append(texts.AGREEMENT_COMPLETE)
        await context.send_activity("\n\n".join(lines))

    @staticmethod
    def _labels(data: dict[str, Any]) -> list[str]:
        return [str(choice["label"]) for choice in data["choices"]]

    @staticmethod
    def _kind_question() -> Question:
        return Question("kind", texts.ASK_KIND, texts.ASK_KIND_HELP)

    @staticmethod
    def _statement_question() -> Question:
        return Question("statement", texts.ASK_STATEMENT, texts.ASK_STATEMENT_HELP)

    @staticmethod
    def _reask(question: Question) -> Question:
        return Question(question.key, f"{texts.NOT_UNDERSTOOD_CHOICE} {question.help}", question.help)
