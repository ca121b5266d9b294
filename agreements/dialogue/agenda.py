"""The agenda of a dialogue meeting (R7: the agreement is the starting point of the dialogue).

Exactly these sections, in this order, and nothing else:
1. Off track: every indicator whose status is bagud or i risiko (status.indicator_report), worst first, then in
   the agreement's goal order.
2. Missing data: every indicator with status mangler data (its NoDataReason says why: no target, no baseline,
   no measurements, stale figures), and every goal without any indicator at all (it cannot be followed up).
3. Open action points of the agreement, from any earlier meeting or this one, until they are closed: overdue
   first (due before `today`, the day the agenda is built), then by due date, those without a due date last.
4. Budget: the R8 question («Er der væsentlige budgetændringer, der påvirker målene?»), always, then the
   agreement's Økonomi section (R8, R9), split into paragraphs, whenever it is not empty.
   Decision: the section is the holder's running budget comment. Guessing from words whether it "mentions
   changes" would hide a real comment phrased otherwise, and would show the standard sentence that merely says
   changes will be commented on; an empty section shows nothing.
5. The participants' own points, in the order they were added.

Notes are filed under an agenda point's title (`Agenda.point_titles`): one point per off-track indicator, one for
missing data, one for action points, one for the budget, one per own point, and «Eventuelt» last.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from agreements.dialogue.meeting_ports import AgendaPoint, DialogueMeeting
from agreements.indicators.status import IndicatorReport, IndicatorStatus, NoDataReason, indicator_report
from agreements.profiles import BUDGET_QUESTION
from agreements.types import ActionPoint, Agreement, Goal, Indicator, Measurement

POINT_MISSING_DATA = "Manglende data"
POINT_ACTION_POINTS = "Opfølgning på handlingspunkter"
POINT_BUDGET = "Økonomi"
POINT_OTHER = "Eventuelt"
POINT_TITLE_MAX = 200
NO_INDICATOR_TEXT = "Målet har ingen indikator, så det kan ikke følges op med tal"

_SEVERITY = {IndicatorStatus.OFF_TRACK: 0, IndicatorStatus.AT_RISK: 1}


class AgendaSection(enum.StrEnum):
    OFF_TRACK = "off_track"
    MISSING_DATA = "missing_data"
    ACTION_POINTS = "action_points"
    BUDGET = "budget"
    OWN_POINTS = "own_points"


@dataclass(frozen=True, slots=True)
class IndicatorItem:
    """An indicator that is bagud or i risiko."""

    goal_number: int  # 1-based, as the agreement card numbers goals
    goal: Goal
    indicator: Indicator
    report: IndicatorReport

    @property
    def title(self) -> str:
        return _short(f"{self.indicator.name} ({self.report.status.label})")


@dataclass(frozen=True, slots=True)
class MissingItem:
    """An indicator without usable data, or a goal without indicators (then `indicator` and `reason` are None)."""

    goal_number: int
    goal: Goal
    indicator: Indicator | None
    reason: NoDataReason | None
    explanation: str

    @property
    def label(self) -> str:
        """Danish: «mangler mål», «ingen målinger» … or «ingen indikator»."""
        return self.reason.label if self.reason is not None else "ingen indikator"


@dataclass(frozen=True, slots=True)
class ActionItem:
    action_point: ActionPoint
    overdue: bool
    carried: bool  # from an earlier meeting (or made outside one)


@dataclass(frozen=True, slots=True)
class Agenda:
    meeting: DialogueMeeting
    agreement: Agreement
    today: date
    off_track: tuple[IndicatorItem, ...]
    missing_data: tuple[MissingItem, ...]
    action_points: tuple[ActionItem, ...]
    budget: tuple[str, ...]
    own_points: tuple[AgendaPoint, ...]
    names: Mapping[int, str]  # person id → name, for every participant, owner and author on the agenda
    budget_question: str = BUDGET_QUESTION  # R8: asked on every agenda, under the budget point

    @property
    def point_titles(self) -> list[str]:
        """The agenda points notes are filed under, in order, «Eventuelt» last; no title twice."""
        titles = [item.title for item in self.off_track]
        if self.missing_data:
            titles.append(POINT_MISSING_DATA)
        if self.action_points:
            titles.append(POINT_ACTION_POINTS)
        if self.budget or self.budget_question:
            titles.append(POINT_BUDGET)
        titles.extend(_short(point.text) for point in self.own_points)
        titles.append(POINT_OTHER)
        return list(dict.fromkeys(titles))

    @property
    def is_empty(self) -> bool:
        return not (self.off_track or self.missing_data or self.action_points or self.budget or self.own_points)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= POINT_TITLE_MAX else text[: POINT_TITLE_MAX - 1].rstrip() + "…"


def budget_paragraphs(economy: str) -> tuple[str, ...]:
    """The Økonomi section as paragraphs (split on blank lines and line breaks)."""
    return tuple(" ".join(line.split()) for line in economy.splitlines() if line.strip())


def order_action_points(points: Sequence[ActionPoint], today: date) -> list[ActionPoint]:
    """Open ones only: overdue first, then by due date, undated last; ties by creation (id)."""
    def key(point: ActionPoint) -> tuple[int, date, int]:
        overdue = point.due is not None and point.due < today
        return (0 if overdue else 1, point.due or date.max, point.id or 0)

    return sorted((p for p in points if p.closed_at is None), key=key)


def build_agenda(
    meeting: DialogueMeeting,
    agreement: Agreement,
    measurements: Mapping[int, Sequence[Measurement]],
    action_points: Sequence[ActionPoint],
    own_points: Sequence[AgendaPoint],
    today: date,
    names: Mapping[int, str] | None = None,
) -> Agenda:
    """The agenda as of `today` (Copenhagen date). `measurements` by indicator id; action points of the agreement."""
    off_track: list[IndicatorItem] = []
    missing: list[MissingItem] = []
    for number, goal in enumerate(agreement.goals, start=1):
        if not goal.indicators:
            missing.append(MissingItem(number, goal, None, None, NO_INDICATOR_TEXT))
        for indicator in goal.indicators:
            report = indicator_report(indicator, measurements.get(indicator.id or -1, ()), agreement.year, today)
            if report.status in _SEVERITY:
                off_track.append(IndicatorItem(number, goal, indicator, report))
            elif report.status is IndicatorStatus.NO_DATA:
                missing.append(MissingItem(number, goal, indicator, report.reason, report.explanation))
    off_track.sort(key=lambda item: _SEVERITY[item.report.status])  # stable: goal order within a status
    actions = [
        ActionItem(point, point.due is not None and point.due < today, point.meeting_id != meeting.id)
        for point in order_action_points(action_points, today)
    ]
    return Agenda(
        meeting=meeting,
        agreement=agreement,
        today=today,
        off_track=tuple(off_track),
        missing_data=tuple(missing),
        action_points=tuple(actions),
        budget=budget_paragraphs(agreement.economy),
        own_points=tuple(own_points),
        names=dict(names or {}),
    )
