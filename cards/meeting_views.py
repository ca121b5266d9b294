"""Domain objects → the view data of the meeting cards (cards.meeting); the agenda's is in cards.agenda."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from agreements.dialogue.agenda import POINT_OTHER
from agreements.dialogue.evaluation import Evaluation
from agreements.dialogue.meeting_ports import NoteKind
from agreements.dialogue.meeting_time import format_date_short, format_meeting_time
from agreements.dialogue.meetings import MeetingSummary, MyActionPoint
from agreements.types import ActionPoint, Agreement, MeetingNote, Person
from cards import meeting_texts as texts
from cards.meeting import (
    ActionLine,
    ActionPointsView,
    EvaluationGoal,
    EvaluationView,
    MeetingNotesView,
    MeetingSummaryView,
    NoteLine,
    ScheduleView,
)


def _note(note: MeetingNote, names: Mapping[int, str]) -> NoteLine:
    return NoteLine(names.get(note.author_id, ""), note.text, note.kind == "decision")


def _action(point: ActionPoint, names: Mapping[int, str], today: date, context: str = "") -> ActionLine:
    assert point.id is not None
    return ActionLine(
        id=point.id, text=point.text, owner=names.get(point.owner_id, ""),
        due=format_date_short(point.due) if point.due else None,
        overdue=point.due is not None and point.due < today and point.closed_at is None,
        closed=point.closed_at is not None, context=context,
    )


def notes_view(
    summary: MeetingSummary, point_index: int, viewer_id: int | None = None, *, notice: str | None = None,
    notice_is_error: bool = False,
) -> MeetingNotesView:
    """The notes card at agenda point `point_index` (clamped to the agenda)."""
    meeting = summary.meeting
    assert meeting.id is not None
    titles = list(summary.point_titles) or [POINT_OTHER]
    index = min(max(point_index, 0), len(titles) - 1)
    groups = {group.title: group.notes for group in summary.groups}
    owners = [(p, summary.names.get(p, "")) for p in meeting.participant_ids]
    return MeetingNotesView(
        meeting_id=meeting.id,
        title=meeting.title,
        when=format_meeting_time(meeting.starts_at, meeting.ends_at),
        point_titles=titles,
        point_index=index,
        notes=[_note(n, summary.names) for n in groups.get(titles[index], ())],
        owners=owners,
        default_owner=viewer_id if viewer_id in meeting.participant_ids else None,
        new_action_count=len(summary.new_action_points),
        ended=summary.ended,
        notice=notice,
        notice_is_error=notice_is_error,
    )


def summary_view(summary: MeetingSummary, intro: str | None = None) -> MeetingSummaryView:
    meeting = summary.meeting
    assert meeting.id is not None
    names = summary.names
    return MeetingSummaryView(
        meeting_id=meeting.id,
        title=meeting.title,
        when=format_meeting_time(meeting.starts_at, meeting.ends_at),
        place=meeting.place,
        participants=[names.get(p, "") for p in meeting.participant_ids],
        # A decision is listed once, under «Beslutninger», not also among the notes of its agenda point.
        groups=[(g.title, notes) for g in summary.groups
                if (notes := [_note(n, names) for n in g.notes if n.kind != NoteKind.DECISION.value])],
        decisions=[_note(n, names) for n in summary.decisions],
        new_actions=[_action(p, names, summary.today) for p in summary.new_action_points],
        carried_actions=[_action(p, names, summary.today) for p in summary.carried_action_points],
        ended=summary.ended,
        intro=intro,
    )


def action_points_view(
    points: Sequence[MyActionPoint], owner: Person, today: date, *, notice: str | None = None,
    notice_is_error: bool = False, closed: Sequence[MyActionPoint] = (),
) -> ActionPointsView:
    """«Mine opgaver» for `owner`; `closed`: points closed lately, offered to reopen."""
    names = {owner.id: owner.name} if owner.id is not None else {}

    def line(p: MyActionPoint) -> ActionLine:
        return _action(p.action_point, names, today,
                       texts.TASKS_AGREEMENT.format(year=p.agreement_year, unit=p.unit_name) if p.unit_name else "")

    return ActionPointsView(
        items=[line(p) for p in points],
        notice=notice,
        notice_is_error=notice_is_error,
        closed=[line(p) for p in closed],
    )


def schedule_view(
    agreement: Agreement, unit_name: str, people: Sequence[Person], *, evaluation: bool = False,
    notice: str | None = None,
) -> ScheduleView:
    """The schedule card; `people` are those who may be invited besides the holder and giver."""
    assert agreement.id is not None
    invitable = [(p.id, p.name) for p in people
                 if p.id is not None and p.id not in (agreement.holder_id, agreement.giver_id)]
    return ScheduleView(agreement_id=agreement.id, unit=unit_name, year=agreement.year, people=invitable,
                        evaluation=evaluation, notice=notice)


def evaluation_view(
    evaluation: Evaluation, *, can_edit: bool, statuses: Mapping[int, str] | None = None,
    notice: str | None = None, notice_is_error: bool = False,
) -> EvaluationView:
    """`statuses`: an optional line per goal id, e.g. the indicators' status at year end."""
    meeting, agreement = evaluation.meeting, evaluation.agreement
    assert meeting.id is not None and agreement.id is not None
    goals = []
    for number, goal in enumerate(agreement.goals, start=1):
        assert goal.id is not None
        record = evaluation.assessments.get(goal.id)
        goals.append(EvaluationGoal(
            goal_id=goal.id, number=number, statement=goal.statement, status=(statuses or {}).get(goal.id, ""),
            assessment=record.assessment.value if record else None, comment=record.comment if record else "",
        ))
    return EvaluationView(meeting_id=meeting.id, agreement_id=agreement.id, year=agreement.year, goals=goals,
                          can_edit=can_edit, notice=notice, notice_is_error=notice_is_error)
