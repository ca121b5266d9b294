"""User text shown in a card, a message or an export, made inert: it reads the same, but cannot format, link,
mention or inject.

A TextBlock renders a Commonmark subset (bold, italic, lists, links) and the `{{DATE()}}`/`{{TIME()}}`
functions; Teams also turns `<at>…</at>` into a mention. Text a user typed (goal statements, notes, comments,
section texts, names) goes through `plain` before it is placed in a TextBlock or a FactSet, so a goal cannot
show a link to a phishing page, fake bold «Godkendt», or @mention the director. Inputs (`Input.Text` values)
are not markdown and keep the user's text as typed.

The escape keeps the text readable without relying on backslash escapes (which not every renderer honours):
- `<` `>` become the look-alike angle quotes ‹ ›: no `<at>` tag, no HTML, no autolink;
- `*` and `_` become ∗ (U+2217) and ＿ (U+FF3F): no emphasis;
- a zero-width space follows every `]` (no `[text](url)`, `![img](url)`, `[a][b]` or `[a]: url`) and sits
  between `{{` (no date functions);
- a line that starts like a list item or a heading keeps its text after a zero-width space.

One function for every layer that shows user-written text: cards (cards/escape.py re-exports it), the bot's and
the dialogs' messages (`fill`), and the Markdown and DOCX exports (agreements.agreement.document escapes every
user-written
field of the document). Unit names, person names and indicator names are user-written too.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
_TRANSLATE = str.maketrans({"<": "\u2039", ">": "\u203a", "*": "\u2217", "_": "\uff3f"})
# A line starts after any line break a renderer may honour (Adaptive Cards use "\r" in their own examples).
_LINE_START = re.compile(r"(^|[\r\n\x0b\x0c\x85\u2028\u2029])([ \t]*)(?=[-+#]|\d+[.)])")


# Characters no text needs and XML 1.0 (DOCX) and PostgreSQL cannot hold, and terminal escapes: dropped on input.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def without_control_characters(text: str) -> str:
    return CONTROL.sub("", text)


def plain(text: str) -> str:
    """`text` as literal text for a TextBlock or FactSet (see the module notes)."""
    out = text.translate(_TRANSLATE).replace("]", "]" + ZWSP).replace("{{", "{" + ZWSP + "{")
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2) + ZWSP, out)


def fill(template: str, **values: object) -> str:
    """`template.format(**values)` with every value made inert: the template is the bot's own text, the values are
    what users wrote (names, units, comments, places)."""
    return template.format(**{key: plain(str(value)) for key, value in values.items()})
