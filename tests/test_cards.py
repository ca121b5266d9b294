"""Every card the bot sends is valid for Teams (official parser, schema 1.5, Teams limits)."""

from __future__ import annotations

import pytest

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
