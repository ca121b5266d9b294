"""From a coaching conversation to a goal: the draft as it will be stored, and what it still lacks (R2, R4, R5)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from agreements.danish import Quantity, format_number
from agreements.goals.coach import CoachState
from agreements.goals.goal_analysis import analyse, names_a_measure
from agreements.goals.rules import R4_ELEMENTS, goal_r4_checklist
from agreements.indicators.periods import MONTH_NAMES_DA
from agreements.types import Direction, Frequency, Goal, GoalKind, Indicator

KIND_LABELS = {
    GoalKind.FOCUS_AREA: "Bidrag til fokusområdet «{area}»",
    GoalKind.OWN: "Eget udviklingsmål",
    GoalKind.CROSS_CUTTING: "Tværfagligt mål sammen med {partners}",
}
FREQUENCIES = {
    "weekly": Frequency.MONTHLY,
    "monthly": Frequency.MONTHLY,
    "quarterly": Frequency.QUARTERLY,
    "half_yearly": Frequency.QUARTERLY,
    "yearly": Frequency.YEARLY,
}


@dataclass(frozen=True, slots=True)
class GoalFrame:
    """What the conversation knows before the coaching: which agreement, what kind of goal."""

    tenant_id: str
    kind: GoalKind
    focus_area: str | None = None
    co_owners: tuple[str, ...] = ()

    def label(self) -> str:
        return KIND_LABELS[self.kind].format(area=self.focus_area or "", partners=", ".join(self.co_owners) or "andre")


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
    return re.sub(r"[^a-z0-9]+", "-", plain.encode("ascii", "ignore").decode()).strip("-")[:60] or "indikator"


def _direction(state: CoachState) -> Direction:
    # Two levels settle it; the goal's words («styrke», «ned») may speak of another quantity than the indicator.
    if state.baseline is not None and state.target is not None and state.target.value != state.baseline.value:
        return Direction.LOWER_IS_BETTER if state.target.value < state.baseline.value else Direction.HIGHER_IS_BETTER
    return Direction.LOWER_IS_BETTER if state.direction == "lower" else Direction.HIGHER_IS_BETTER


def _unit(state: CoachState) -> str:
    for quantity in (state.target, state.baseline):
        if quantity is not None and quantity.unit:
            return quantity.unit
    return ""


def draft_goal(state: CoachState, frame: GoalFrame, draft_id: str) -> Goal:
    """The goal the conversation has reached; its indicator exists once a level or a measure is known."""
    indicators: list[Indicator] = []
    measure = state.indicator or state.leading_indicator
    if measure or state.baseline is not None or state.target is not None:
        name = (measure or state.text)[:200]
        indicators.append(
            Indicator(
                tenant_id=frame.tenant_id,
                key=f"{slug(name)[:40]}-{draft_id[:8]}",
                name=name,
                direction=_direction(state),
                measure_unit=_unit(state),
                baseline=state.baseline.value if state.baseline is not None else None,
                baseline_year=state.baseline_year if state.baseline is not None else None,
                target=state.target.value if state.target is not None else None,
                target_text=state.target_words if state.target is None else None,
                deadline=date.fromisoformat(state.deadline) if state.deadline else None,
                frequency=FREQUENCIES.get(state.frequency or "", Frequency.MONTHLY),
                source_key=state.data_source,
            )
        )
    method = "; ".join(part for part in (state.indicator, state.data_source) if part) or None
    return Goal(
        tenant_id=frame.tenant_id,
        kind=frame.kind,
        focus_area=frame.focus_area,
        statement=state.text,
        initiative=state.initiative,
        output=state.output,
        effect=state.effect,
        measurement_method=method,
        followup=state.followup,
        milestone=state.milestone,
        data_source=state.data_source,
        leading_indicator=state.leading_indicator,
        co_owners=list(frame.co_owners),
        indicators=indicators,
    )


def measurable(words: str | None, today: date) -> bool:
    """Something one can count or measure: a quantity («sygefraværet», «andelen af …») or a way of measuring
    («trivselsmålingen», «måles i …»); «trivsel» or «bedre samarbejde» alone is not."""
    if not words:
        return False
    if names_a_measure(words):
        return True
    return analyse(words, today).indicator_kind in ("measure", "share", "method")


def counted_with_levels(state: CoachState) -> bool:
    """«Elever i almenskolen» with a level in % or a count: the people or things named are what is counted."""
    if not (state.indicator or state.leading_indicator):
        return False
    return any(q is not None and (q.unit or state.baseline is not None) for q in (state.baseline, state.target))


def named_source(words: str | None, today: date) -> bool:
    """A data source one can look up: a named system, register, statistic or survey, not «tallene» or «data»."""
    return bool(words) and "data_source" in analyse(str(words), today).found


def has_level(state: CoachState) -> bool:
    """A target is a value, or a level in words with a value behind it («halveres», «landsgennemsnittet»)."""
    if state.target is not None:
        return True
    return bool(state.target_words) and "target" in analyse(f"Målet er {state.target_words}.", state.day).found


def followed_up(state: CoachState) -> bool:
    """Follow-up says how often or where: «kvartalsvis», «på dialogmøderne»."""
    if not state.followup:
        return False
    return bool(state.frequency) or "followup" in analyse(state.followup, state.day).found


def draft_checklist(state: CoachState, goal: Goal) -> list[tuple[str, bool]]:
    """The R4 checklist, plus this year's milestone (R2) and a leading indicator (R5) where they apply. A ✓ means the
    part is good enough to follow up on, not merely that something was written: the indicator can be counted or
    measured, the data source is named, the target is a value, the deadline a date or period."""
    present = goal_r4_checklist(goal)
    quality = {
        "output_or_effect": present["output_or_effect"],
        "measurement": measurable(state.indicator or state.leading_indicator, state.day) or counted_with_levels(state),
        "baseline": present["baseline"],
        "target": has_level(state),
        "deadline": present["deadline"],
        "followup": followed_up(state),
    }
    rows = [(label, quality[key]) for key, label in R4_ELEMENTS]
    rows.insert(2, ("Datakilde", named_source(state.data_source, state.day)))
    if state.spans_years:
        rows.append(("Delmål for i år", bool(state.milestone)))
    if state.long_horizon:
        rows.append(("Førende indikator", bool(state.leading_indicator)))
    return rows


def draft_unclear(state: CoachState, goal: Goal) -> frozenset[str]:
    """The checklist rows where the holder wrote something that is not yet good enough: «skal præciseres»."""
    written = {
        "Hvordan det måles": bool(state.indicator or state.leading_indicator),
        "Datakilde": bool(state.data_source),
        "Målværdi": bool(state.target_words),
        "Løbende opfølgning": bool(state.followup),
    }
    return frozenset(label for label, ok in draft_checklist(state, goal) if not ok and written.get(label))


def _quantity(value: Quantity | None) -> str:
    return str(value) if value is not None else ""


def draft_fields(state: CoachState) -> list[tuple[str, str]]:
    """The goal's parts in the order a reader of the agreement expects them, Danish labels."""
    deadline = date.fromisoformat(state.deadline).strftime("%d.%m.%Y") if state.deadline else ""
    target = _quantity(state.target) or (state.target_words or "")
    baseline = _quantity(state.baseline)
    if baseline and state.baseline_year:
        baseline = f"{baseline} ({state.baseline_year})"
    return [
        ("Indsats", state.initiative or ""),
        ("Output", state.output or ""),
        ("Effekt", state.effect or ""),
        ("Indikator", state.indicator or ""),
        ("Førende indikator", state.leading_indicator or ""),
        ("Datakilde", state.data_source or ""),
        ("Udgangspunkt", baseline),
        ("Målværdi", target),
        ("Delmål for i år", state.milestone or ""),
        ("Tidsfrist", deadline),
        ("Opfølgning", state.followup or ""),
    ]


def coach_state_from_goal(goal: Goal, today: date) -> CoachState:
    """A saved goal as the coach's state, so «ret mål 2» reopens it with everything it already states."""
    indicator = goal.indicators[0] if goal.indicators else None
    unit = indicator.measure_unit if indicator else ""

    def level(value: float | None) -> Quantity | None:
        return Quantity(value, unit) if value is not None else None

    return CoachState(
        text=goal.statement,
        today=today.isoformat(),
        initiative=goal.initiative,
        output=goal.output,
        effect=goal.effect,
        indicator=indicator.name if indicator and not goal.leading_indicator else goal.measurement_method,
        data_source=goal.data_source or (indicator.source_key if indicator else None)
        or (goal.measurement_method if named_source(goal.measurement_method, today) else None),
        baseline=level(indicator.baseline if indicator else None),
        baseline_year=indicator.baseline_year if indicator else None,
        target=level(indicator.target if indicator else None),
        target_words=indicator.target_text if indicator else None,
        deadline=indicator.deadline.isoformat() if indicator and indicator.deadline else None,
        followup=goal.followup,
        milestone=goal.milestone,
        leading_indicator=goal.leading_indicator,
        direction=("lower" if indicator.direction is Direction.LOWER_IS_BETTER else "higher") if indicator else None,
    )


# The parts of a goal that its sentence usually states in numbers («fra 86 % til 90 % senest ultimo 2026»).
RESTATED = ("baseline", "target", "deadline")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def deadline_words(day: date) -> str:
    """«senest ultimo 2027» for the last day of a year, else «senest 30. juni 2027»."""
    if (day.month, day.day) == (12, 31):
        return f"senest ultimo {day.year}"
    return f"senest {day.day}. {MONTH_NAMES_DA[day.month - 1]} {day.year}"


def restate_statement(before: CoachState, after: CoachState) -> str:
    """The goal's sentence with a changed baseline, target or deadline written into it, so the sentence never
    says one number while the goal's parts say another. A part the sentence does not state leaves it as it is."""
    text = after.text
    if text != before.text:  # the holder wrote a new sentence: theirs stands
        return text
    spans = analyse(text, before.day).spans
    edits: list[tuple[int, int, str]] = []
    for element in RESTATED:
        old, new = getattr(before, element), getattr(after, element)
        if new is None or old == new or element not in spans:
            continue
        start, end = spans[element]
        part = text[start:end]
        if element == "deadline":
            edits.append((start, end, deadline_words(date.fromisoformat(new))))
            continue
        number = _NUMBER.search(part)
        if number is None or (old is not None and _value(number.group()) != old.value):
            continue  # the sentence states some other number here: leave it to the holder
        edits.append((start + number.start(), start + number.end(), format_number(new.value)))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _value(written: str) -> float | None:
    """A number as the sentence writes it, Danish style («1.250,5»)."""
    try:
        return float(written.replace(".", "").replace(",", "."))
    except ValueError:
        return None


# What identifies a stored goal or indicator rather than describes it: never taken from an edit.
_KEPT = frozenset({"id", "tenant_id", "agreement_id", "position", "goal_id", "unit_id", "indicators", "key"})


def _changed(before: Any, after: Any) -> dict[str, Any]:
    return {f.name: getattr(after, f.name) for f in fields(after)
            if f.name not in _KEPT and getattr(before, f.name) != getattr(after, f.name)}


def apply_edit(stored: Goal, untouched: Goal, edited: Goal) -> Goal:
    """The stored goal with only what the holder changed in «ret mål N»: `untouched` is the draft the reopened goal
    makes before any change, `edited` the draft after the changes. A part the coach does not ask about (the
    initiative, a measurement method written in other words) is never lost by editing another part."""
    result = replace(stored, **_changed(untouched, edited))
    indicators = []
    for index, indicator in enumerate(stored.indicators):
        if index < len(untouched.indicators) and index < len(edited.indicators):
            indicator = replace(indicator, **_changed(untouched.indicators[index], edited.indicators[index]))
        indicators.append(indicator)
    indicators.extend(edited.indicators[len(stored.indicators):])
    result.indicators = indicators
    return result


# A goal says that something shall change: a modal verb or a verb of change.
_GOAL_CLAIM = re.compile(
    r"\b(?:skal|vil|ønsker|bliver|øges|øge|hæve|stige|stiger|falde|falder|reducere\w*|nedbringe\w*|mindske\w*)\b",
    re.IGNORECASE,
)
MIN_GOAL_WORDS = 4


def reads_as_goal(text: str, today: date) -> bool:
    """Whether an answer to «Hvilket fokusområde?» is a goal written out rather than a focus area's name: a sentence
    that says something shall change (a modal verb or a verb of change) in a direction, to a level or by a time the
    goal analysis finds, or that names a change from one level to another («fra 6 % til 5 %»). «Flere unge skal i
    uddannelse» is a goal; «Mestring af eget liv», «Flere borgere i beskæftigelse» and «Sundhed for borgere over 65
    år» name focus areas."""
    if len(text.split()) < MIN_GOAL_WORDS:
        return False
    analysis = analyse(text, today)
    if "baseline" in analysis.found and "target" in analysis.found:
        return True
    return _GOAL_CLAIM.search(text) is not None and (analysis.direction is not None or any(
        element in analysis.found for element in ("baseline", "target", "deadline")))
