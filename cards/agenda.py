"""The agenda card: the reminder before a dialogue meeting (R7), and the answer to «dagsorden»."""

from __future__ import annotations

from dataclasses import dataclass, field

from agreements.dialogue.agenda import Agenda
from agreements.dialogue.meeting_time import format_date_short, format_meeting_time
from cards import meeting_texts as texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import plain
from cards.meeting import fit

MAX_ITEMS = 15  # per section; the rest is counted
MAX_LINE = 300
SECTION_BUDGET = 11_000  # serialised bytes per section, so five full sections stay under Teams' 80 KB


@dataclass(frozen=True, slots=True)
class AgendaLine:
    text: str
    detail: str = ""
    color: str | None = None  # "Attention" (bagud, overdue), "Warning" (i risiko)


@dataclass(frozen=True, slots=True)
class AgendaView:
    meeting_id: int
    title: str
    when: str
    place: str
    participants: list[str]
    off_track: list[AgendaLine] = field(default_factory=list)
    missing_data: list[AgendaLine] = field(default_factory=list)
    action_points: list[AgendaLine] = field(default_factory=list)
    budget: list[str] = field(default_factory=list)
    own_points: list[AgendaLine] = field(default_factory=list)
    can_write: bool = True
    days_before: int | None = None  # set on a reminder
    notice: str | None = None
    notice_is_error: bool = False
    budget_question: str | None = None  # R8, asked on every agenda


def _clip(value: str, limit: int = MAX_LINE) -> str:
    value = plain(" ".join(value.split()))  # agenda points, statements and names are written by users
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def agenda_view(
    agenda: Agenda, *, can_write: bool = True, days_before: int | None = None, notice: str | None = None,
    notice_is_error: bool = False,
) -> AgendaView:
    """The agenda as the card shows it; `can_write` is False for a reader who is not a participant."""
    meeting = agenda.meeting
    assert meeting.id is not None
    names = agenda.names
    off_track = [
        AgendaLine(
            f"{texts.GOAL_PREFIX.format(number=item.goal_number)} · {item.indicator.name} – {item.report.label}",
            item.report.explanation,
            "Attention" if item.report.status.value == "off_track" else "Warning",
        )
        for item in agenda.off_track
    ]
    missing = [
        AgendaLine(
            f"{texts.GOAL_PREFIX.format(number=item.goal_number)} · "
            f"{item.indicator.name if item.indicator else item.goal.statement} – {item.label}",
            item.explanation,
        )
        for item in agenda.missing_data
    ]
    actions = []
    for item in agenda.action_points:
        point = item.action_point
        due = texts.DUE.format(date=format_date_short(point.due)) if point.due else texts.NO_DUE
        if item.overdue:
            due = f"{due} – {texts.OVERDUE}"
        detail = texts.OWNER_AND_DUE.format(owner=names.get(point.owner_id, ""), due=due)
        if item.carried:
            detail = f"{detail} · {texts.FROM_EARLIER}"
        actions.append(AgendaLine(point.text, detail, "Attention" if item.overdue else None))
    own = [AgendaLine(p.text, texts.ADDED_BY.format(name=names.get(p.author_id, ""))) for p in agenda.own_points]
    return AgendaView(
        meeting_id=meeting.id,
        title=meeting.title,
        when=format_meeting_time(meeting.starts_at, meeting.ends_at),
        place=meeting.place,
        participants=[names[p] for p in meeting.participant_ids if p in names],
        off_track=off_track,
        missing_data=missing,
        action_points=actions,
        budget=list(agenda.budget),
        budget_question=agenda.budget_question,
        own_points=own,
        can_write=can_write,
        days_before=days_before,
        notice=notice,
        notice_is_error=notice_is_error,
    )


def _section(title: str, lines: list[AgendaLine]) -> list[Element]:
    if not lines:
        return []
    blocks: list[Element] = []
    for line in lines[:MAX_ITEMS]:
        style = {"color": line.color} if line.color else {}
        block: list[Element] = [text(_clip(line.text), **style)]
        if line.detail:
            block.append(text(_clip(line.detail), size="Small", isSubtle=True, spacing="None"))
        blocks.append({"type": "Container", "spacing": "Small", "items": block})
    shown, _ = fit(blocks, SECTION_BUDGET)
    items: list[Element] = [text(title, weight="Bolder", spacing="Medium", separator=True), *shown]
    if len(lines) > len(shown):
        items.append(text(texts.AGENDA_MORE.format(count=len(lines) - len(shown)), isSubtle=True, size="Small"))
    return items


def agenda_card(view: AgendaView) -> Element:
    body: list[Element] = [heading(_clip(texts.AGENDA_TITLE.format(title=view.title), 200))]
    if view.days_before is not None:
        reminder = (texts.AGENDA_REMINDER_NEXT_DAY if view.days_before == 1
                    else texts.AGENDA_REMINDER_DAYS.format(days=view.days_before))
        body.append(text(reminder, isSubtle=True, spacing="None"))
    body.append(facts([
        (texts.FACT_WHEN, _clip(view.when, 100)),
        (texts.FACT_PLACE, _clip(view.place, 200) or texts.PLACE_NONE),
        (texts.FACT_PARTICIPANTS, _clip(", ".join(view.participants), 500)),
    ]))
    if view.notice:
        body.append(text(view.notice, color="Attention" if view.notice_is_error else "Good", weight="Bolder"))
    sections = (
        _section(texts.AGENDA_OFF_TRACK, view.off_track)
        + _section(texts.AGENDA_MISSING, view.missing_data)
        + _section(texts.AGENDA_ACTIONS, view.action_points)
        + _section(texts.AGENDA_BUDGET, [AgendaLine(p) for p in
                                          ([view.budget_question] if view.budget_question else []) + view.budget])
        + _section(texts.AGENDA_OWN, view.own_points)
    )
    body.extend(sections or [text(texts.AGENDA_EMPTY, spacing="Medium")])
    if not view.can_write:
        body.append(text(texts.READ_ONLY, isSubtle=True, size="Small", spacing="Medium"))
        return card(body)
    data = {"verb": "meeting.add_point", "meeting": view.meeting_id}
    add_point: Element = {
        "type": "Action.ShowCard",
        "title": texts.BUTTON_ADD_POINT,
        "card": {
            "type": "AdaptiveCard",
            "body": [{"type": "Input.Text", "id": "point_text", "label": texts.POINT_LABEL,
                      "placeholder": texts.POINT_PLACEHOLDER, "maxLength": 300}],
            "actions": [execute(texts.BUTTON_ADD, "meeting.add_point", data)],
        },
    }
    notes = execute(texts.BUTTON_NOTES, "meeting.notes",
                    {"verb": "meeting.notes", "meeting": view.meeting_id, "point_index": 0})
    return card(body, [add_point, notes])
