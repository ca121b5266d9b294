"""Cards of a dialogue meeting: notes per agenda point, the summary, «mine opgaver», scheduling and evaluation.

Pure functions: typed view data in (cards.meeting_views builds it from the domain), card JSON out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cards import meeting_texts as texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import plain

MAX_NOTE = 600
MAX_TASKS = 40
# Serialised bytes (as the SDK sends them: ASCII escapes, so «æ» counts 6) the summary's parts may use; what does
# not fit is counted instead, so the card stays under Teams' 80 KB.
NOTES_BUDGET = 45_000
DECISIONS_BUDGET = 8_000
ACTIONS_BUDGET = 10_000
POINT_NOTES_BUDGET = 35_000  # the notes card: the latest notes of one agenda point
TASKS_BUDGET = 65_000


def _clip(value: str, limit: int) -> str:
    """Shown text: one line, escaped (users write notes, titles and comments), at most `limit` characters."""
    value = plain(" ".join(value.split()))
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _notice(message: str | None, is_error: bool) -> list[Element]:
    if not message:
        return []
    return [text(message, color="Attention" if is_error else "Good", weight="Bolder")]


def _action_set(*actions: Element) -> Element:
    return {"type": "ActionSet", "actions": list(actions)}


def _size(element: Element) -> int:
    return len(json.dumps(element))


def fit(elements: list[Element], budget: int) -> tuple[list[Element], int]:
    """The leading elements that fit in `budget` serialised bytes, and how many were left out."""
    used = 0
    for count, element in enumerate(elements):
        used += _size(element)
        if used > budget:
            return elements[:count], len(elements) - count
    return elements, 0


@dataclass(frozen=True, slots=True)
class NoteLine:
    author: str
    text: str
    decision: bool = False


@dataclass(frozen=True, slots=True)
class ActionLine:
    id: int
    text: str
    owner: str
    due: str | None  # «1. december 2026»
    overdue: bool = False
    closed: bool = False
    context: str = ""  # «mine opgaver»: the agreement it belongs to


def _note(line: NoteLine) -> Element:
    prefix = f"**{texts.NOTES_DECISION}:** " if line.decision else "• "
    return text(f"{prefix}{_clip(line.text, MAX_NOTE)} — {plain(line.author)}", spacing="Small")


def _action_text(line: ActionLine) -> str:
    due = texts.DUE.format(date=line.due) if line.due else texts.NO_DUE
    if line.overdue and not line.closed:
        due = f"{due} – {texts.OVERDUE}"
    state = f" ({texts.SUMMARY_CLOSED})" if line.closed else ""
    return f"{_clip(line.text, MAX_NOTE)}{state} — {plain(line.owner)}, {due}"


def _action_line(line: ActionLine) -> Element:
    return text(f"• {_action_text(line)}", spacing="Small", **({"color": "Attention"} if line.overdue else {}))


# ---------------------------------------------------------------- notes during the meeting


@dataclass(frozen=True, slots=True)
class MeetingNotesView:
    meeting_id: int
    title: str
    when: str
    point_titles: list[str]
    point_index: int
    notes: list[NoteLine]  # this point's
    owners: list[tuple[int, str]]  # the participants (id, name)
    default_owner: int | None = None  # the viewer
    new_action_count: int = 0
    ended: bool = False
    notice: str | None = None
    notice_is_error: bool = False


def meeting_notes_card(view: MeetingNotesView) -> Element:
    """One agenda point: its notes so far, a note or decision to add, and a new action point."""
    count = max(len(view.point_titles), 1)
    index = min(max(view.point_index, 0), count - 1)
    point = view.point_titles[index] if view.point_titles else ""
    base: dict[str, Any] = {"meeting": view.meeting_id, "point_index": index}
    body: list[Element] = [
        heading(texts.NOTES_TITLE),
        text(f"{_clip(view.title, 200)} · {view.when}", isSubtle=True, spacing="None"),
        *_notice(view.notice, view.notice_is_error),
        text(texts.NOTES_POINT.format(number=index + 1, count=count, title=point), weight="Bolder",
             size="Medium", spacing="Medium"),
    ]
    latest, _ = fit([_note(n) for n in reversed(view.notes)], POINT_NOTES_BUDGET)
    body.extend(list(reversed(latest)) or [text(texts.NOTES_NONE, isSubtle=True)])
    note_data = {**base, "verb": "meeting.add_note", "point": point}
    body += [
        {"type": "Input.Text", "id": "note", "label": texts.NOTE_LABEL, "placeholder": texts.NOTE_PLACEHOLDER,
         "isMultiline": True, "maxLength": 2000, "spacing": "Medium"},
        text(texts.NOTE_TYPED_HINT, isSubtle=True, size="Small", spacing="Small"),
        _action_set(
            execute(texts.BUTTON_SAVE_NOTE, "meeting.add_note", {**note_data, "kind": "note"}),
            execute(texts.BUTTON_SAVE_DECISION, "meeting.add_note", {**note_data, "kind": "decision"}),
        ),
        text(texts.ACTION_HEADING, weight="Bolder", spacing="Large", separator=True),
        {"type": "Input.Text", "id": "action_text", "label": texts.ACTION_TEXT_LABEL,
         "placeholder": texts.ACTION_TEXT_PLACEHOLDER, "maxLength": 2000},
        {"type": "Input.ChoiceSet", "id": "owner", "label": texts.ACTION_OWNER_LABEL, "style": "compact",
         "choices": [{"title": name, "value": str(person_id)} for person_id, name in view.owners],
         **({"value": str(view.default_owner)} if view.default_owner is not None else {})},
        {"type": "Input.Date", "id": "due", "label": texts.ACTION_DUE_LABEL},
        _action_set(execute(texts.BUTTON_ADD_ACTION, "meeting.add_action", {**base, "verb": "meeting.add_action"})),
    ]
    if view.new_action_count:
        body.append(text(texts.NEW_ACTIONS.format(count=view.new_action_count), isSubtle=True, size="Small"))
    if view.ended:
        body.append(text(texts.MEETING_ENDED, isSubtle=True, spacing="Medium"))
    actions: list[Element] = []
    if index > 0:
        actions.append(execute(texts.BUTTON_PREVIOUS, "meeting.notes",
                               {**base, "verb": "meeting.notes", "point_index": index - 1}))
    if index < count - 1:
        actions.append(execute(texts.BUTTON_NEXT, "meeting.notes",
                               {**base, "verb": "meeting.notes", "point_index": index + 1}))
    if not view.ended:
        actions.append(execute(texts.BUTTON_END, "meeting.end", {**base, "verb": "meeting.end"}))
    return card(body, actions)


# ---------------------------------------------------------------- summary


@dataclass(frozen=True, slots=True)
class MeetingSummaryView:
    meeting_id: int
    title: str
    when: str
    place: str
    participants: list[str]
    groups: list[tuple[str, list[NoteLine]]]
    decisions: list[NoteLine]
    new_actions: list[ActionLine]
    carried_actions: list[ActionLine]
    ended: bool = True
    intro: str | None = None  # e.g. who ended the meeting, when the summary is posted to the others


def meeting_summary_card(view: MeetingSummaryView) -> Element:
    body: list[Element] = [
        *([text(_clip(view.intro, 300), isSubtle=True)] if view.intro else []),
        heading(_clip(texts.SUMMARY_TITLE.format(title=view.title), 200)),
        facts([(texts.FACT_WHEN, _clip(view.when, 100)),
               (texts.FACT_PLACE, _clip(view.place, 200) or texts.PLACE_NONE),
               (texts.FACT_PARTICIPANTS, _clip(", ".join(view.participants), 500))]),
    ]
    if not view.ended:
        body.append(text(texts.SUMMARY_NOT_ENDED, color="Warning"))
    body.append(text(texts.SUMMARY_NOTES, weight="Bolder", spacing="Medium", separator=True))
    notes: list[Element] = []
    for title, group in view.groups:
        notes.append(text(_clip(title, 200), weight="Bolder", spacing="Small"))
        notes.extend(_note(n) for n in group)
    kept, left_out = fit(notes, NOTES_BUDGET)
    if left_out and kept and kept[-1].get("weight") == "Bolder":  # no agenda point title without its notes
        kept, left_out = kept[:-1], left_out + 1
    body.extend(kept or [text(texts.SUMMARY_NO_NOTES, isSubtle=True)])
    hidden = left_out - sum(1 for e in notes[len(kept):] if e.get("weight") == "Bolder")
    if hidden:
        body.append(text(texts.SUMMARY_CUT.format(count=hidden), isSubtle=True, size="Small"))
    body.append(text(texts.SUMMARY_DECISIONS, weight="Bolder", spacing="Medium", separator=True))
    decisions, _ = fit([text(f"• {_clip(d.text, MAX_NOTE)}", spacing="Small") for d in view.decisions],
                        DECISIONS_BUDGET)
    body.extend(decisions or [text(texts.SUMMARY_NO_DECISIONS, isSubtle=True)])
    body.append(text(texts.SUMMARY_NEW_ACTIONS, weight="Bolder", spacing="Medium", separator=True))
    new, _ = fit([_action_line(a) for a in view.new_actions], ACTIONS_BUDGET // 2)
    body.extend(new or [text(texts.SUMMARY_NO_ACTIONS, isSubtle=True)])
    if view.carried_actions:
        body.append(text(texts.SUMMARY_CARRIED, weight="Bolder", spacing="Medium"))
        carried, _ = fit([_action_line(a) for a in view.carried_actions], ACTIONS_BUDGET // 2)
        body.extend(carried)
    return card(body)


# ---------------------------------------------------------------- «mine opgaver»


@dataclass(frozen=True, slots=True)
class ActionPointsView:
    items: list[ActionLine]
    notice: str | None = None
    notice_is_error: bool = False
    closed: list[ActionLine] = field(default_factory=list)  # closed lately, with «Genåbn»


def action_points_card(view: ActionPointsView) -> Element:
    body: list[Element] = [heading(texts.TASKS_TITLE), *_notice(view.notice, view.notice_is_error)]
    if not view.items:
        body.append(text(texts.TASKS_NONE))
    tasks: list[Element] = []
    for item in view.items[:MAX_TASKS]:
        due = texts.DUE.format(date=item.due) if item.due else texts.NO_DUE
        if item.overdue:
            due = f"{due} – {texts.OVERDUE}"
        tasks.append({
            "type": "Container",
            "separator": True,
            "spacing": "Medium",
            "items": [
                text(_clip(item.text, MAX_NOTE), weight="Bolder"),
                text(f"{item.context} · {due}" if item.context else due, size="Small", spacing="None",
                     **({"color": "Attention"} if item.overdue else {"isSubtle": True})),
                _action_set(execute(texts.BUTTON_CLOSE, "action.close",
                                    {"verb": "action.close", "action_point": item.id})),
            ],
        })
    shown, _ = fit(tasks, TASKS_BUDGET)
    body.extend(shown)
    if len(view.items) > len(shown):
        body.append(text(texts.AGENDA_MORE.format(count=len(view.items) - len(shown)), isSubtle=True))
    if view.closed:
        body.append(text(texts.TASKS_CLOSED_TITLE, weight="Bolder", spacing="Large"))
        body.extend({
            "type": "Container",
            "separator": True,
            "items": [
                text(_clip(item.text, MAX_NOTE), isSubtle=True),
                text(item.context, size="Small", spacing="None", isSubtle=True) if item.context else
                text(texts.TASK_CLOSED_LABEL, size="Small", spacing="None", isSubtle=True),
                _action_set(execute(texts.BUTTON_REOPEN, "action.reopen",
                                    {"verb": "action.reopen", "action_point": item.id})),
            ],
        } for item in view.closed)
    return card(body)


# ---------------------------------------------------------------- scheduling


@dataclass(frozen=True, slots=True)
class ScheduleView:
    agreement_id: int
    unit: str
    year: int
    people: list[tuple[int, str]] = field(default_factory=list)  # who else may be invited
    date: str = ""  # YYYY-MM-DD, to fill in again after an error
    start: str = ""  # HH:MM
    end: str = ""
    place: str = ""
    extras: list[int] = field(default_factory=list)
    evaluation: bool = False
    notice: str | None = None
    notice_is_error: bool = True


def schedule_card(view: ScheduleView) -> Element:
    def value(text_value: str) -> dict[str, str]:
        return {"value": text_value} if text_value else {}

    body: list[Element] = [
        heading(texts.SCHEDULE_TITLE),
        text(texts.SCHEDULE_SUBTITLE.format(year=view.year, unit=view.unit), isSubtle=True, spacing="None"),
        *_notice(view.notice, view.notice_is_error),
        {"type": "Input.Date", "id": "date", "label": texts.SCHEDULE_DATE, "isRequired": True,
         "errorMessage": "Vælg en dato.", **value(view.date)},
        {"type": "ColumnSet", "columns": [
            {"type": "Column", "width": "stretch", "items": [
                {"type": "Input.Time", "id": "start", "label": texts.SCHEDULE_START, "isRequired": True,
                 "errorMessage": "Vælg et klokkeslæt.", **value(view.start)}]},
            {"type": "Column", "width": "stretch", "items": [
                {"type": "Input.Time", "id": "end", "label": texts.SCHEDULE_END, **value(view.end)}]},
        ]},
        {"type": "Input.Text", "id": "place", "label": texts.SCHEDULE_PLACE,
         "placeholder": texts.SCHEDULE_PLACE_PLACEHOLDER, "maxLength": 500, **value(view.place)},
    ]
    if view.people:
        body.append({
            "type": "Input.ChoiceSet", "id": "extras", "label": texts.SCHEDULE_EXTRAS, "isMultiSelect": True,
            "placeholder": texts.SCHEDULE_EXTRAS_PLACEHOLDER, "style": "compact",
            "choices": [{"title": name, "value": str(person_id)} for person_id, name in view.people],
            **value(",".join(str(e) for e in view.extras)),
        })
    body += [
        {"type": "Input.Toggle", "id": "evaluation", "title": texts.SCHEDULE_EVALUATION,
         "valueOn": "true", "valueOff": "false", "value": "true" if view.evaluation else "false"},
        text(texts.SCHEDULE_REMINDERS, isSubtle=True, size="Small"),
    ]
    submit = execute(texts.BUTTON_SCHEDULE, "meeting.schedule",
                     {"verb": "meeting.schedule", "agreement": view.agreement_id})
    submit["style"] = "positive"
    return card(body, [submit])


# ---------------------------------------------------------------- evaluation (R9)


@dataclass(frozen=True, slots=True)
class EvaluationGoal:
    goal_id: int
    number: int
    statement: str
    status: str = ""  # e.g. «Sygefravær i dagtilbud: bagud»
    assessment: str | None = None  # met / partly_met / not_met
    comment: str = ""


@dataclass(frozen=True, slots=True)
class EvaluationView:
    meeting_id: int
    agreement_id: int
    year: int
    goals: list[EvaluationGoal]
    can_edit: bool = True
    notice: str | None = None
    notice_is_error: bool = False


def evaluation_card(view: EvaluationView) -> Element:
    labels = dict(texts.EVALUATION_CHOICES)
    body: list[Element] = [
        heading(texts.EVALUATION_TITLE.format(year=view.year)),
        *_notice(view.notice, view.notice_is_error),
        text(texts.EVALUATION_INTRO if view.goals else texts.EVALUATION_NO_GOALS),
    ]
    for goal in view.goals:
        items: list[Element] = [text(f"**{texts.GOAL_PREFIX.format(number=goal.number)}** – "
                                     f"{_clip(goal.statement, MAX_NOTE)}")]
        if goal.status:
            items.append(text(_clip(goal.status, 300), size="Small", isSubtle=True, spacing="None"))
        if view.can_edit:
            items.append({
                "type": "Input.ChoiceSet", "id": f"goal_{goal.goal_id}", "label": texts.EVALUATION_CHOICE_LABEL,
                "style": "compact", "placeholder": texts.EVALUATION_CHOICE_PLACEHOLDER,
                "choices": [{"title": title, "value": value} for value, title in texts.EVALUATION_CHOICES],
                **({"value": goal.assessment} if goal.assessment else {}),
            })
            items.append({"type": "Input.Text", "id": f"comment_{goal.goal_id}",
                          "label": texts.EVALUATION_COMMENT_LABEL, "isMultiline": True, "maxLength": 2000,
                          "placeholder": texts.EVALUATION_COMMENT_PLACEHOLDER,
                          **({"value": goal.comment} if goal.comment else {})})
        elif goal.assessment:
            label = labels.get(goal.assessment, goal.assessment).lower()
            items.append(text(texts.EVALUATION_ASSESSED.format(label=label), weight="Bolder", spacing="Small"))
            if goal.comment:
                items.append(text(_clip(goal.comment, MAX_NOTE), spacing="None"))
        body.append({"type": "Container", "separator": True, "spacing": "Medium", "items": items})
    if not view.can_edit or not view.goals:
        return card(body)
    actions = [execute(texts.BUTTON_SAVE_EVALUATION, "evaluation.save",
                       {"verb": "evaluation.save", "meeting": view.meeting_id})]
    if any(g.assessment in ("partly_met", "not_met") for g in view.goals):
        actions.append(execute(texts.BUTTON_CARRY.format(year=view.year + 1), "evaluation.carry",
                               {"verb": "evaluation.carry", "agreement": view.agreement_id, "year": view.year + 1}))
    return card(body, actions)
