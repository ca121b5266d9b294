"""The agreement card («min aftale») and the approval card the aftalegiver decides from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cards import texts
from cards.elements import Element, card, execute, facts, heading, text
from cards.escape import fill, plain
from cards.payloads import command_data

SECTION_PREVIEW = 180
MAX_REFRESH_USERS = 60


@dataclass(frozen=True, slots=True)
class GoalLine:
    number: int
    kind: str
    statement: str
    checklist: list[tuple[str, bool]]


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
    goals: list[str]
    submit_reason: str | None = None
    missing: list[str] = field(default_factory=list)
    decision: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None
    decision_comment: str | None = None
    refresh_user_ids: list[str] = field(default_factory=list)


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
        if view.missing:
            body.append(
                {"type": "Input.Text", "id": "reason", "label": texts.REASON_LABEL,
                 "placeholder": texts.REASON_PLACEHOLDER, "isMultiline": True, "maxLength": 2000}
            )
        actions = [
            execute(texts.BUTTON_ADD_GOAL, "command", command_data("nyt mål")),
            execute(texts.BUTTON_SUBMIT, "agreement.submit", {**submit_data, "verb": "agreement.submit"}),
            {
                "type": "Action.ShowCard",
                "title": texts.BUTTON_EDIT_AGREEMENT,
                "card": {
                    "type": "AdaptiveCard",
                    "body": [],
                    "actions": [execute(title, "command", command_data(command))
                                for title, command in texts.EDIT_SECTION_COMMANDS],
                },
            },
        ]
    actions.append(execute(texts.BUTTON_PLAN_MEETING, "command", command_data("planlæg dialogmøde")))
    actions.append(execute(texts.BUTTON_EXPORT, "agreement.export",
                           {"verb": "agreement.export", "agreement": view.agreement_id, "version": view.version}))
    return card(body, actions)


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


def approval_card(view: ApprovalView, *, can_decide: bool) -> Element:
    """What a viewer sees: the giver gets the buttons while the version is waiting; everybody else the status."""
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
    body.extend(text(f"{n}. {plain(statement)}", size="Small", spacing="Small") for n, statement in
                enumerate(view.goals, start=1))
    if view.submit_reason:
        body.append(text(texts.APPROVAL_SENT_WITH_GAPS, weight="Bolder", color="Attention", spacing="Medium"))
        body.append(text(f"«{plain(view.submit_reason)}»"))
        body.extend(text(f"✗ {item}", size="Small", spacing="None") for item in view.missing)
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
    waiting = view.status == "submitted" and not stale
    if waiting and can_decide:
        data: dict[str, Any] = {"agreement": view.agreement_id, "version": view.version}
        body.append({"type": "Input.Text", "id": "comment", "label": texts.APPROVAL_COMMENT_LABEL,
                     "placeholder": texts.APPROVAL_COMMENT_PLACEHOLDER, "isMultiline": True, "maxLength": 2000})
        approve = execute(texts.BUTTON_APPROVE, "agreement.approve", {**data, "verb": "agreement.approve"})
        approve["style"] = "positive"
        result["actions"] = [
            approve,
            execute(texts.BUTTON_REQUEST_CHANGES, "agreement.request_changes",
                    {**data, "verb": "agreement.request_changes"}),
        ]
    elif waiting:
        body.append(text(fill(texts.APPROVAL_WAITING, giver=view.giver), isSubtle=True))
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
