"""User text in cards is shown as text: no markdown links or images, no emphasis, no `<at>` mentions, no date
functions — in the helper itself, for any text (hypothesis), and in every card builder that shows user text."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cards.agenda import AgendaLine, AgendaView, agenda_card
from cards.agreement import GoalLine, agreement_card
from cards.escape import ZWSP, plain
from cards.goal_summary import goal_summary_card
from cards.meeting import MeetingNotesView, NoteLine, meeting_notes_card
from tests.support.cardcheck import assert_valid_cards
from tests.test_cards import agreement_view_data, summary_view

ATTACKS = [
    "[Klik her for at godkende](https://evil.example/login)",
    "![sporing](https://evil.example/pixel.png)",
    "<at>Henrik Thomsen</at> godkend nu",
    "**GODKENDT af direktøren**",
    "_kursiv_ og __fed__",
    "[a][b]\n\n[b]: https://evil.example",
    "<https://evil.example>",
    "{{DATE(2017-02-14T06:08:39Z, SHORT)}}",
    "- falsk punkt\n1. falsk nummer\n# overskrift",
    '"}]}, {"type": "Action.OpenUrl", "url": "https://evil.example"}',
]
MARKUP = re.compile(r"\]\(|\]\[|\]:|<|>|\*|_|\{\{|(?:^|[\r\n\x0b\x0c\x85\u2028\u2029])[ \t]*(?:[-+#]|\d+[.)])")


def assert_inert(shown: str) -> None:
    assert not MARKUP.search(shown), shown


def test_attacks_are_inert_and_still_readable() -> None:
    for attack in ATTACKS:
        shown = plain(attack)
        assert_inert(shown)
        visible = shown.replace(ZWSP, "").translate(str.maketrans("‹›∗＿", "<>*_"))
        assert visible == attack  # nothing the user wrote is dropped


def test_ordinary_danish_text_is_unchanged() -> None:
    for sentence in ["Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2026.", "Ventetid: 12 → 6 uger (PPR)"]:
        assert plain(sentence) == sentence


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_comes_out_inert_and_complete(raw: str) -> None:
    shown = plain(raw)
    assert_inert(shown)
    assert shown.replace(ZWSP, "").translate(str.maketrans("‹›∗＿", "<>*_")) == raw.replace(ZWSP, "").translate(
        str.maketrans("‹›∗＿", "<>*_"))


def shown_text(node: Any) -> str:
    """What a card renders as markdown: TextBlocks and FactSets (inputs and choices are plain text)."""
    if isinstance(node, list):
        return "\n".join(shown_text(item) for item in node)
    if not isinstance(node, dict):
        return ""
    own = [node["text"]] if node.get("type") == "TextBlock" else []
    if node.get("type") == "FactSet":
        own += [f"{fact['title']} {fact['value']}" for fact in node["facts"]]
    return "\n".join(own + [shown_text(v) for k, v in node.items() if k != "choices" and isinstance(v, dict | list)])


def test_card_builders_escape_user_text() -> None:
    for attack in ATTACKS:
        cards = {
            "agreement": agreement_card(agreement_view_data(goals=[GoalLine(1, "Eget mål", attack, [])])),
            "goal summary": goal_summary_card(summary_view(statement=attack, fields=[("Effekt", attack)])),
            "meeting notes": meeting_notes_card(MeetingNotesView(
                5, "Dialogmøde", "1. december 2026", ["Mål 1"], 0, [NoteLine(attack, attack, False)], [(1, attack)])),
            "agenda": agenda_card(AgendaView(5, "Dialogmøde", "1. december", "Rådhuset", ["Mette"], [],
                                             [AgendaLine(attack, attack, None)], [], [], [])),
        }
        assert_valid_cards(*cards.values())
        for name, card in cards.items():
            shown = shown_text(card)
            for fragment in ("](", "<at>", "**GODKENDT", "{{DATE", "<https"):
                if fragment in attack:
                    assert fragment not in shown, (name, attack)
