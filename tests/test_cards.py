"""Every card the bot sends is valid for Teams (official parser, schema 1.5, Teams limits)."""

from __future__ import annotations

import typing

import pytest

from bot.teams.commands import TYPED_AS, typed_as
from bot.teams.requests import Request
from bot.teams.understanding import CHOICE_LABELS
from cards.agreement import (
    AgreementView,
    ApprovalGoal,
    ApprovalView,
    ChangeSummary,
    DecisionNote,
    GoalLine,
    agreement_card,
    approval_card,
)
from cards.escape import plain
from cards.goal_summary import GoalSummaryView, goal_summary_card
from cards.help import help_card, welcome_card
from cards.payloads import Ask, AskAction, InvalidPayloadError, Section, parse_action
from dialogs.sections import SECTION_NAMED
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


def test_help_card_buttons_carry_typed_payloads_not_danish_phrases() -> None:
    for role in ("holder", "giver", "coordinator"):
        for action in help_card(role=role)["actions"]:  # type: ignore[arg-type]
            assert action["type"] == "Action.Execute"
            assert action["fallback"]["type"] == "Action.Submit"
            payload = parse_action({**action["data"], "verb": action["verb"]})
            assert isinstance(payload, AskAction) and parse_action(action["fallback"]["data"]) == payload
            assert payload.intent in typing.get_args(Ask)  # routed by intent (tests/test_routes.py)


def test_every_intent_a_button_can_ask_for_is_named_and_can_be_quoted() -> None:
    """An «ask» button names an intent (and its slots), the route key of bot/teams/text_routes.py (every one has a
    route: tests/test_routes.py); in a group chat the bot quotes the words to type for it in the 1:1 chat."""
    assert set(CHOICE_LABELS) <= set(typing.get_args(Ask))  # every «Mente du …?» button parses
    assert set(TYPED_AS) >= set(typing.get_args(Ask))
    assert set(SECTION_NAMED) == set(typing.get_args(Section))
    assert typed_as(Request("edit_section", section="economy")) == "ret økonomi"
    assert typed_as(Request("who_is_behind", year=2027)) == "hvem er bagud 2027"
    assert typed_as(Request("plan_evaluation", unit="Børn og Skole")) == "planlæg evaluering Børn og Skole"
    with pytest.raises(InvalidPayloadError):
        parse_action({"verb": "ask", "intent": "slet alt"})


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
        "status_label": "Sendt til godkendelse",
        "goals": [ApprovalGoal(1, "Eget mål", "Sygefraværet skal ned fra 6,1 % til 5,5 %", "Sygefravær (LIS)",
                               "6,1 % → 5,5 %", "31.12.2026")],
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
    def verbs(card: dict[str, object]) -> set[str]:
        return {str(a.get("verb")) for a in card.get("actions", []) if a.get("verb")}  # type: ignore[attr-defined]

    assert verbs(approval_card(approval_view_data(), can_decide=True)) == {
        "agreement.approve", "agreement.request_changes"
    }
    assert not verbs(approval_card(approval_view_data(), can_decide=False))
    assert not verbs(approval_card(approval_view_data(current_version=3), can_decide=True))
    decided = approval_view_data(status="approved", decision="approved", decided_by="H", decided_at="i dag")
    assert not verbs(approval_card(decided, can_decide=True))
    refresh = approval_card(approval_view_data(), can_decide=False)["refresh"]
    assert refresh["action"]["verb"] == "agreement.refresh" and refresh["userIds"] == ["29:mette", "29:henrik"]


def test_user_text_cannot_inject_card_markup() -> None:
    hostile = '"}]}, {"type": "Action.OpenUrl", "url": "https://evil.example"} <at>Henrik</at>'
    card = agreement_card(agreement_view_data(goals=[GoalLine(1, "Eget mål", hostile, [])]))
    assert_valid_cards(card)
    assert "Action.OpenUrl" not in [a.get("type") for a in card.get("actions", [])]
    shown = text_of({"attachments": [{"content": card}]})
    assert plain(hostile) in shown and "<at>" not in shown  # shown as text, without the mention tag


def changed_round() -> ApprovalView:
    return approval_view_data(
        version=3, current_version=3, submit_reason="Målværdien er hævet, som du bad om.",
        goals=[
            ApprovalGoal(1, "Fokusområde: Uddannelse", "Flere elever … fra 86 % til 95 %.", "Elever med mindst 02",
                         "86 % → 95 %", "31.12.2026", mark="changed", changes=("Målværdi: 90 % → 95 %",),
                         details=(("Output", "Læringsforløb"), ("Opfølgning", "Månedligt i LIS"))),
            ApprovalGoal(2, "Eget mål", "Ventetiden skal ned", "Ventetid", "12 → 5 minutter", "", mark="added"),
            ApprovalGoal(3, "Eget mål", "Vi vil styrke samarbejdet"),
        ],
        changes=ChangeSummary(2, "changes_requested", "Hæv målværdien for mål 1.",
                              removed_goals=("Jobpatruljen skal hjælpe flere",), changed_sections=("Økonomi",)),
        sections=[("Generelt", "Fælles fokus"), ("Økonomi", "")],
    )


def test_the_approval_card_shows_levels_deadlines_and_what_changed_since_the_last_decision() -> None:
    view = changed_round()
    for can_decide in (True, False):
        card = approval_card(view, can_decide=can_decide)
        assert_valid_cards(card)
        shown = text_of({"attachments": [{"content": card}]})
        assert "86 % → 95 %" in shown and "31.12.2026" in shown and "Elever med mindst 02" in shown
        assert "Ændringer siden version 2 (sendt tilbage til ændringer)" in shown
        assert "Hæv målværdien for mål 1." in shown
        assert "Målværdi: 90 % → 95 %" in shown and "Ændret" in shown and "Nyt" in shown
        assert "Fjernet:** Jobpatruljen skal hjælpe flere" in shown and "afsnittet «Økonomi»" in shown
        assert "Mette Kjær skriver:" in shown and "Målværdien er hævet, som du bad om." in shown
        assert "Ingen indikator, målværdi eller tidsfrist." in shown  # goal 3 says it plainly
        whole = next(a for a in card["actions"] if a["type"] == "Action.ShowCard")
        assert whole["title"] == "Se hele aftalen" and "Månedligt i LIS" in str(whole["card"])
    unchanged = approval_card(approval_view_data(changes=ChangeSummary(1, "approved", nothing_changed=True)),
                              can_decide=True)
    assert_valid_cards(unchanged)
    assert "Intet er ændret" in text_of({"attachments": [{"content": unchanged}]})


def test_the_agreement_card_keeps_the_givers_comment_until_the_next_decision() -> None:
    note = DecisionNote("changes_requested", "Henrik Thomsen", "den 24.11.2026 kl. 10.15", 1, "Hæv målværdien.")
    card = agreement_card(agreement_view_data(last_decision=note))
    assert_valid_cards(card, agreement_card(agreement_view_data(last_decision=DecisionNote(
        "approved", "Henrik Thomsen", "i dag", 2))))
    shown = text_of({"attachments": [{"content": card}]})
    assert "Henrik Thomsen bad om ændringer den 24.11.2026 kl. 10.15 (version 1):" in shown
    assert "«Hæv målværdien.»" in shown
    reader = agreement_card(agreement_view_data(editable=False))
    assert not any(a.get("verb") == "agreement.submit" for a in reader.get("actions", []))
