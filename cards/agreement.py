"""The agreement card («min aftale») and the approval card the aftalegiver decides from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cards import texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import fill, plain
from cards.payloads import ask_data

SECTION_PREVIEW = 180
MAX_REFRESH_USERS = 60


@dataclass(frozen=True, slots=True)
class GoalLine:
    number: int
    kind: str
    statement: str
    checklist: list[tuple[str, bool]]


@dataclass(frozen=True, slots=True)
class DecisionNote:
    """The giver's last decision, shown on the agreement card until the next one: who, when, and their comment."""

    decision: str  # "approved" | "changes_requested"
    decided_by: str
    decided_at: str
    version: int
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class AgreementView:
    agreement_id: int
    version: int
    unit: str
    year: int
    level: str
    holder: str
    giver: str
    status: str
    status_label: str
    sections: list[tuple[str, str]]
    goals: list[GoalLine]
    missing: list[str]
    editable: bool
    last_decision: DecisionNote | None = None
    # Tværgående goals other units share with this one (read-only here): (from unit, statement, status lines).
    shared_goals: list[tuple[str, str, list[str]]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ApprovalGoal:
    """One goal as the giver approves it: what is measured, from what to what, by when; and what changed."""

    number: int
    kind: str
    statement: str
    indicator: str = ""
    levels: str = ""  # «86 % → 95 %»
    deadline: str = ""  # «31.12.2026»
    mark: str | None = None  # "added" | "changed" since the version the giver last decided on
    changes: tuple[str, ...] = ()  # «Målværdi: 90 % → 95 %»
    details: tuple[tuple[str, str], ...] = ()  # every part, for «Se hele aftalen»


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """Against the version the giver last decided on: what they said then, and what is different now."""

    since_version: int
    since_decision: str  # "approved" | "changes_requested"
    since_comment: str | None = None
    removed_goals: tuple[str, ...] = ()
    changed_sections: tuple[str, ...] = ()  # section titles
    nothing_changed: bool = False


@dataclass(frozen=True, slots=True)
class ApprovalView:
    agreement_id: int
    version: int
    current_version: int
    unit: str
    year: int
    holder: str
    giver: str
    status: str
    status_label: str
    goals: list[ApprovalGoal]
    submit_reason: str | None = None
    missing: list[str] = field(default_factory=list)
    decision: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None
    decision_comment: str | None = None
    refresh_user_ids: list[str] = field(default_factory=list)
    changes: ChangeSummary | None = None
    sections: list[tuple[str, str]] = field(default_factory=list)  # full texts, for «Se hele aftalen»
    involvement: str | None = None  # R10 when sent: «Lokal-MED 12. marts 2026, bestyrelsen ikke relevant, …»


@dataclass(frozen=True, slots=True)
class InvolvementQuestionView:
    """R10 before sending: one question, the day to choose and three quick answers."""

    agreement_id: int
    version: int
    question: str
    today: str  # ISO date, the day offered
    reason: str | None = None  # what the holder wrote when sending, carried through the answer


def _preview(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        return texts.SECTION_EMPTY
    return value if len(value) <= SECTION_PREVIEW else value[: SECTION_PREVIEW - 1].rstrip() + "…"


def _checks(checklist: list[tuple[str, bool]]) -> str:
    return "  ".join(f"{'✓' if ok else '✗'} {label}" for label, ok in checklist)


def agreement_card(view: AgreementView) -> Element:
    body: list[Element] = [
        heading(fill(texts.AGREEMENT_TITLE, year=view.year, unit=view.unit)),
        facts(list(zip(texts.AGREEMENT_FACTS,
                       (view.holder, view.giver, view.level, view.status_label, str(view.version)), strict=True))),
        text(texts.AGREEMENT_SECTIONS, weight="Bolder", spacing="Medium"),
        facts([(title, _preview(value)) for title, value in view.sections]),
        text(texts.AGREEMENT_GOALS, weight="Bolder", spacing="Medium"),
    ]
    if not view.goals:
        body.append(text(texts.AGREEMENT_NO_GOALS, isSubtle=True))
    for goal in view.goals:
        body.append(
            {
                "type": "Container",
                "spacing": "Small",
                "items": [
                    text(f"**{goal.number}. {goal.kind}** – {plain(goal.statement)}"),
                    text(_checks(goal.checklist), size="Small", isSubtle=True, spacing="None"),
                ],
            }
        )
    if view.shared_goals:
        body.append(text(texts.AGREEMENT_SHARED_GOALS, weight="Bolder", spacing="Medium"))
        for owner, statement, lines in view.shared_goals:
            body.append({"type": "Container", "spacing": "Small", "items": [
                text(fill(texts.AGREEMENT_SHARED_GOAL, owner=owner) + f" – {plain(statement)}"),
                *(text(plain(line), size="Small", isSubtle=True, spacing="None") for line in lines),
            ]})
    if view.last_decision is not None:
        body.insert(2, _decision_note(view.last_decision))
    body.append(text(texts.AGREEMENT_R3, weight="Bolder", spacing="Medium"))
    if view.status in texts.AGREEMENT_LOCKED:
        body.append(text(fill(texts.AGREEMENT_LOCKED[view.status], giver=view.giver), color="Good"))
    elif view.missing:
        body.append(text(texts.AGREEMENT_MISSING, color="Attention"))
        body.extend(text(f"✗ {item}", size="Small", spacing="None") for item in view.missing)
    else:
        body.append(text(f"✓ {texts.AGREEMENT_READY}", color="Good"))
    actions: list[Element] = []
    if view.editable:
        submit_data: dict[str, Any] = {"agreement": view.agreement_id, "version": view.version}
        body.append(
            {"type": "Input.Text", "id": "reason",
             "label": texts.REASON_LABEL if view.missing else texts.SUBMIT_COMMENT_LABEL,
             "placeholder": texts.REASON_PLACEHOLDER if view.missing else texts.SUBMIT_COMMENT_PLACEHOLDER,
             "isMultiline": True, "maxLength": 2000}
        )
        actions = [
            execute(texts.BUTTON_ADD_GOAL, "ask", ask_data("new_goal", agreement=view.agreement_id)),
            execute(texts.BUTTON_SUBMIT, "agreement.submit", {**submit_data, "verb": "agreement.submit"}),
            {
                "type": "Action.ShowCard",
                "title": texts.BUTTON_EDIT_AGREEMENT,
                "card": {
                    "type": "AdaptiveCard",
                    "body": [],
                    "actions": [execute(title, "ask",
                                        ask_data("edit_section", section=section, agreement=view.agreement_id))
                                for title, section in texts.EDIT_SECTIONS],
                },
            },
        ]
    actions.append(execute(texts.BUTTON_PLAN_MEETING, "ask", ask_data("plan_meeting")))
    actions.append(execute(texts.BUTTON_EXPORT, "agreement.export",
                           {"verb": "agreement.export", "agreement": view.agreement_id, "version": view.version}))
    return card(body, actions)


def _decision_note(note: DecisionNote) -> Element:
    words = texts.DECISION_NOTE_APPROVED if note.decision == "approved" else texts.DECISION_NOTE_CHANGES
    items: list[Element] = [text(words.format(name=plain(note.decided_by), when=note.decided_at, version=note.version),
                                 weight="Bolder", color="Good" if note.decision == "approved" else "Attention")]
    if note.comment:
        items.append(text(f"«{plain(note.comment)}»", spacing="Small"))
    return {"type": "Container", "style": "emphasis", "spacing": "Medium", "items": items}


@dataclass(frozen=True, slots=True)
class ExportLinksView:
    unit: str
    year: int
    version: int
    minutes: int
    docx_url: str
    markdown_url: str


def export_links_card(view: ExportLinksView) -> Element:
    """The answer to «Eksportér»: one button per format, each opening a short-lived download link."""
    return card(
        [
            heading(texts.EXPORT_TITLE),
            text(fill(texts.EXPORT_READY, unit=view.unit, year=view.year, version=view.version)),
            text(texts.EXPORT_VALIDITY.format(minutes=view.minutes), size="Small", isSubtle=True),
        ],
        [
            {"type": "Action.OpenUrl", "title": texts.BUTTON_DOWNLOAD_DOCX, "url": view.docx_url, "style": "positive"},
            {"type": "Action.OpenUrl", "title": texts.BUTTON_DOWNLOAD_MARKDOWN, "url": view.markdown_url},
        ],
    )


def _approval_goal(goal: ApprovalGoal) -> Element:
    heading_line = f"**{goal.number}. {goal.kind}**"
    if goal.mark:
        heading_line += f" – **{texts.CHANGE_MARKS[goal.mark]}**"
    items: list[Element] = [text(heading_line), text(plain(goal.statement), spacing="None")]
    measured = [texts.APPROVAL_GOAL_PART.format(label=label, value=value) for label, value in zip(
        texts.APPROVAL_GOAL_LABELS, (plain(goal.indicator), goal.levels, goal.deadline), strict=True) if value]
    if measured:
        items.append(text(" · ".join(measured), size="Small", spacing="Small"))
    else:
        items.append(text(texts.APPROVAL_GOAL_UNMEASURED, size="Small", color="Attention", spacing="Small"))
    items.extend(text(f"✎ {plain(change)}", size="Small", spacing="None") for change in goal.changes)
    container: Element = {"type": "Container", "spacing": "Small", "separator": True, "items": items}
    if goal.mark:
        container["style"] = "good" if goal.mark == "added" else "warning"
    return container


def _changes(summary: ChangeSummary) -> list[Element]:
    decided = texts.DECISION_WORDS.get(summary.since_decision, summary.since_decision).lower()
    items: list[Element] = [text(texts.CHANGES_TITLE.format(version=summary.since_version, decision=decided),
                                 weight="Bolder")]
    if summary.since_comment:
        items.append(text(texts.CHANGES_GIVER_COMMENT.format(comment=plain(summary.since_comment)), spacing="Small"))
    if summary.nothing_changed:
        items.append(text(texts.CHANGES_NONE, color="Attention", spacing="Small"))
    items.extend(text(f"**{texts.CHANGE_MARKS['removed']}:** {plain(statement)}", color="Attention",
                      spacing="Small") for statement in summary.removed_goals)
    items.extend(text(f"**{texts.CHANGE_MARKS['changed']}:** " + texts.CHANGES_SECTION.format(section=title),
                      color="Warning", spacing="Small") for title in summary.changed_sections)
    return [{"type": "Container", "style": "emphasis", "spacing": "Medium", "items": items}]


def _whole_agreement(view: ApprovalView) -> Element:
    """«Se hele aftalen»: every section in full and every part of every goal, as sent in this version."""
    body: list[Element] = [text(texts.AGREEMENT_SECTIONS, weight="Bolder")]
    for title, value in view.sections:
        body.append(text(title, weight="Bolder", spacing="Small"))
        body.append(text(plain(value) if value.strip() else texts.SECTION_EMPTY, spacing="None"))
    body.append(text(texts.AGREEMENT_GOALS, weight="Bolder", spacing="Medium"))
    for goal in view.goals:
        body.append(text(f"**{goal.number}. {goal.kind}** – {plain(goal.statement)}", spacing="Small"))
        if goal.details:
            body.append(facts([(label, plain(value)) for label, value in goal.details]))
    return {"type": "Action.ShowCard", "title": texts.BUTTON_WHOLE_AGREEMENT, "card": {"type": "AdaptiveCard",
                                                                                       "body": body}}


def involvement_question_card(view: InvolvementQuestionView) -> Element:
    """«Er Lokal-MED, bestyrelsen og lederteamet inddraget i målene?» with the day and three answers; each answer
    sends the agreement again (verb agreement.submit) with the answer, so nothing waits in a conversation."""
    data: dict[str, Any] = {"verb": "agreement.submit", "agreement": view.agreement_id, "version": view.version}
    if view.reason:
        data["reason"] = view.reason
    return card(
        [
            text(view.question, weight="Bolder"),
            {"type": "Input.Date", "id": "involved_on", "label": texts.INVOLVEMENT_DAY_LABEL, "value": view.today,
             "max": view.today},
        ],
        [execute(title, "agreement.submit", {**data, "involvement": answer})
         for answer, title in texts.INVOLVEMENT_ANSWERS],
    )


def approval_card(view: ApprovalView, *, can_decide: bool) -> Element:
    """What a viewer sees: the giver gets the buttons while the version is waiting; everybody else the status.

    Per goal the indicator, baseline → målværdi and deadline; what changed since the version the giver last
    decided on (added and changed goals marked where they stand, removed goals and changed sections listed);
    the holder's comment; the whole agreement one click away."""
    stale = view.version != view.current_version
    title = (
        texts.APPROVAL_TITLE_STALE if stale
        else texts.APPROVAL_TITLE_APPROVED if view.status == "approved"
        else texts.APPROVAL_TITLE_CHANGES if view.status == "changes_requested"
        else texts.APPROVAL_TITLE_PENDING
    )
    body: list[Element] = [
        heading(title),
        facts(list(zip(texts.APPROVAL_FACTS, (view.unit, str(view.year), view.holder, view.giver,
                                              str(view.version), view.status_label), strict=True))),
    ]
    if view.submit_reason and view.missing:
        body.append(text(texts.APPROVAL_SENT_WITH_GAPS, weight="Bolder", color="Attention", spacing="Medium"))
        body.append(text(f"«{plain(view.submit_reason)}»"))
        body.extend(text(f"✗ {item}", size="Small", spacing="None") for item in view.missing)
    elif view.submit_reason:
        body.append(text(texts.APPROVAL_HOLDER_COMMENT.format(holder=plain(view.holder)), weight="Bolder",
                         spacing="Medium"))
        body.append(text(f"«{plain(view.submit_reason)}»", spacing="None"))
    if view.involvement is not None:
        body.append(text(texts.APPROVAL_INVOLVEMENT, weight="Bolder", spacing="Medium"))
        body.append(text(plain(view.involvement), spacing="None"))
    if view.changes is not None:
        body.extend(_changes(view.changes))
    body.append(text(texts.APPROVAL_GOALS.format(count=len(view.goals)), weight="Bolder", spacing="Medium"))
    body.extend(_approval_goal(goal) for goal in view.goals)
    if view.decision and view.decided_by and view.decided_at:
        body.append(text(texts.APPROVAL_DECIDED.format(
            decision=texts.DECISION_WORDS.get(view.decision, view.decision), name=plain(view.decided_by),
            when=view.decided_at, version=view.version), weight="Bolder",
            color="Good" if view.decision == "approved" else "Warning", spacing="Medium"))
        if view.decision_comment:
            body.append(text(texts.APPROVAL_COMMENT.format(comment=plain(view.decision_comment))))
    if stale:
        body.append(text(texts.APPROVAL_STALE.format(version=view.current_version), color="Attention"))
    result = card(body)
    actions: list[Element] = []
    waiting = view.status == "submitted" and not stale
    if waiting and can_decide:
        data: dict[str, Any] = {"agreement": view.agreement_id, "version": view.version}
        body.append({"type": "Input.Text", "id": "comment", "label": texts.APPROVAL_COMMENT_LABEL,
                     "placeholder": texts.APPROVAL_COMMENT_PLACEHOLDER, "isMultiline": True, "maxLength": 2000})
        approve = execute(texts.BUTTON_APPROVE, "agreement.approve", {**data, "verb": "agreement.approve"})
        approve["style"] = "positive"
        actions = [
            approve,
            execute(texts.BUTTON_REQUEST_CHANGES, "agreement.request_changes",
                    {**data, "verb": "agreement.request_changes"}),
        ]
    elif waiting:
        body.append(text(fill(texts.APPROVAL_WAITING, giver=view.giver), isSubtle=True))
    if view.sections or any(goal.details for goal in view.goals):
        actions.append(_whole_agreement(view))
    if actions:
        result["actions"] = actions
    if view.refresh_user_ids:
        result["refresh"] = {
            "action": {
                "type": "Action.Execute",
                "verb": "agreement.refresh",
                "data": {"verb": "agreement.refresh", "agreement": view.agreement_id, "version": view.version},
            },
            "userIds": view.refresh_user_ids[:MAX_REFRESH_USERS],
        }
    return result
