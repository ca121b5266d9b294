"""Every card the bot sends is valid for Teams (official parser, schema 1.5, Teams limits)."""

from __future__ import annotations

import pytest

from cards.help import help_card, welcome_card
from cards.payloads import InvalidPayloadError, parse_action
from tests.support.cardcheck import assert_valid_cards
from tests.support.fake_connector import text_of


def test_welcome_and_help_cards_are_valid() -> None:
    assert_valid_cards(welcome_card("Mette"), welcome_card(None), help_card())


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
