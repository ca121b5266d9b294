"""Every card the bot sends is valid for Teams (official parser, schema 1.5, Teams limits)."""

from __future__ import annotations

import pytest

from cards.agreement import AgreementView, ApprovalView, GoalLine, agreement_card, approval_card
from cards.escape import plain
from cards.goal_summary import GoalSummaryView, goal_summary_card
from cards.help import help_card, welcome_card
from cards.payloads import InvalidPayloadError, parse_action
from tests.support.cardcheck import assert_valid_cards
from tests.support.fake_connector import text_of


def test_welcome_and_help_cards_are_valid() -> None:
    assert_valid_cards(welcome_card("Mette"), welcome_card(None), help_card())


def summary_view(**overrides: object) -> GoalSummaryView:
    values: dict[str, object] = {
        "draft": "0123456789abcdef",
        "kind": "Eget udviklingsmål",
        "statement": "Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026.",
        "fields": [("Effekt", "Lavere sygefravær"), ("Udgangspunkt", "6,1 %"), ("Mål", "5,5 %"), ("Output", "")],
        "checklist": [("Output eller effekt", True), ("Løbende opfølgning", False)],
    }
    values.update(overrides)
    return GoalSummaryView(**values)  # type: ignore[arg-type]


def test_goal_summary_card_in_every_state_is_valid() -> None:
    assert_valid_cards(
        goal_summary_card(summary_view()),
        goal_summary_card(summary_view(saved=True)),
        goal_summary_card(summary_view(discarded=True)),
        goal_summary_card(summary_view(statement="x" * 3000, fields=[("Effekt", "æøå " * 500)])),
    )


def test_goal_summary_card_shows_the_checklist_and_hides_empty_fields() -> None:
    text = text_of({"attachments": [{"content": goal_summary_card(summary_view())}]})
    assert "✓ Output eller effekt" in text and "✗ Løbende opfølgning" in text and "mangler" in text
    assert "Output" not in text.split("Tjekliste")[0]
    assert {a["verb"] for a in goal_summary_card(summary_view())["actions"]} == {
        "goal.save", "goal.edit", "goal.discard"
    }
    assert "actions" not in goal_summary_card(summary_view(saved=True))


def test_welcome_card_greets_by_first_name_and_says_what_to_type() -> None:
    text = text_of({"attachments": [{"content": welcome_card("Mette")}]})
    assert "Hej Mette!" in text and "Velkommen til Aftalebot" in text
    for command in ("nyt mål", "min aftale", "status", "hjælp"):
        assert command in text


def test_help_card_buttons_carry_parseable_payloads() -> None:
    for action in help_card()["actions"]:
        assert action["type"] == "Action.Execute"
        assert action["fallback"]["type"] == "Action.Submit"
        assert parse_action({**action["data"], "verb": action["verb"]}).text
        assert parse_action(action["fallback"]["data"]).text


@pytest.mark.parametrize(
    "data",
    [None, "nyt mål", {}, {"verb": "command"}, {"verb": "command", "text": ""},
     {"verb": "approve", "text": "x"}, {"verb": "command", "text": "x" * 101}],
)
def test_malformed_payloads_are_refused(data: object) -> None:
    with pytest.raises(InvalidPayloadError):
        parse_action(data)


def agreement_view_data(**overrides: object) -> AgreementView:
    values: dict[str, object] = {
        "agreement_id": 1, "version": 2, "unit": "Børn og Skole", "year": 2026, "level": "Direktion ↔ fagchef",
        "holder": "Mette Kjær", "giver": "Henrik Thomsen", "status": "draft", "status_label": "Kladde",
        "sections": [("Generelt", "Fælles fokus"), ("Økonomi", "")],
        "goals": [GoalLine(1, "Eget mål", "Sygefraværet skal ned", [("Målværdi", True), ("Tidsfrist", False)])],
        "missing": ["Mål 1: Tidsfrist mangler"], "editable": True,
    }
    values.update(overrides)
    return AgreementView(**values)  # type: ignore[arg-type]


def approval_view_data(**overrides: object) -> ApprovalView:
    values: dict[str, object] = {
        "agreement_id": 1, "version": 2, "current_version": 2, "unit": "Børn og Skole", "year": 2026,
        "holder": "Mette Kjær", "giver": "Henrik Thomsen", "status": "submitted",
        "status_label": "Afventer godkendelse", "goals": ["Sygefraværet skal ned"],
        "refresh_user_ids": ["29:mette", "29:henrik"],
    }
    values.update(overrides)
    return ApprovalView(**values)  # type: ignore[arg-type]


def test_agreement_and_approval_cards_in_every_state_are_valid() -> None:
    assert_valid_cards(
        agreement_card(agreement_view_data()),
        agreement_card(agreement_view_data(missing=[], goals=[])),
        agreement_card(agreement_view_data(status="submitted", editable=False)),
        agreement_card(agreement_view_data(status="approved", editable=False)),
        approval_card(approval_view_data(), can_decide=True),
        approval_card(approval_view_data(), can_decide=False),
        approval_card(approval_view_data(submit_reason="Kommer i januar", missing=["Mål 1: Tidsfrist mangler"]),
                      can_decide=True),
        approval_card(approval_view_data(status="approved", decision="approved", decided_by="Henrik Thomsen",
                                         decided_at="den 24.11.2026 kl. 10.15"), can_decide=True),
        approval_card(approval_view_data(status="changes_requested", decision="changes_requested",
                                         decided_by="Henrik Thomsen", decided_at="den 24.11.2026 kl. 10.15",
                                         decision_comment="Mål 3 mangler et delmål"), can_decide=False),
        approval_card(approval_view_data(current_version=3), can_decide=True),
        approval_card(approval_view_data(refresh_user_ids=[f"29:{n}" for n in range(80)]), can_decide=True),
    )


def test_only_the_giver_gets_buttons_and_only_while_the_version_waits() -> None:
    assert {a["verb"] for a in approval_card(approval_view_data(), can_decide=True)["actions"]} == {
        "agreement.approve", "agreement.request_changes"
    }
    assert "actions" not in approval_card(approval_view_data(), can_decide=False)
    assert "actions" not in approval_card(approval_view_data(current_version=3), can_decide=True)
    decided = approval_view_data(status="approved", decision="approved", decided_by="H", decided_at="i dag")
    assert "actions" not in approval_card(decided, can_decide=True)
    refresh = approval_card(approval_view_data(), can_decide=False)["refresh"]
    assert refresh["action"]["verb"] == "agreement.refresh" and refresh["userIds"] == ["29:mette", "29:henrik"]


def test_user_text_cannot_inject_card_markup() -> None:
    hostile = '"}]}, {"type": "Action.OpenUrl", "url": "https://evil.example"} <at>Henrik</at>'
    card = agreement_card(agreement_view_data(goals=[GoalLine(1, "Eget mål", hostile, [])]))
    assert_valid_cards(card)
    assert "Action.OpenUrl" not in [a.get("type") for a in card.get("actions", [])]
    shown = text_of({"attachments": [{"content": card}]})
    assert plain(hostile) in shown and "<at>" not in shown  # shown as text, without the mention tag
