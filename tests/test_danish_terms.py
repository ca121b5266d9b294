"""One Danish term per concept and nothing internal on what users see (issue 16, item 6): every module of user
text is scanned for rule codes (R2, R4 …), database ids and the variants the bot no longer uses."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT_MODULES = [
    *sorted(p for folder in ("bot", "cards", "dialogs", "agreements") for p in (ROOT / folder).rglob("*texts.py")),
    ROOT / "agreements" / "goals" / "goal_drafts.py",
    ROOT / "cards" / "help.py",
]

# the variant → the one term the bot uses
BANNED = {
    r"\bR\d{1,2}\b": "no rule codes: say the rule in words",
    r"(?i)ledende indikator|forløbsindikator": "«førende indikator»",
    r"(?i)aktionspunkt|handlepunkt|\bopgaver\b|\bopgave\b": "«handlingspunkt»",
    r"(?i)afventer godkendelse|ændringer ønsket|ønsker om ændringer": (
        "the status names: kladde, sendt til godkendelse, sendt tilbage til ændringer, godkendt"),
    r"(?i)målniveau|\bmålet er \d|\bmål på \d": "«målværdi» for a target («mål» is the goal)",
    r"(?i)\baftale \{[a-z_.]*id\}|\bid \{": "no database ids",
}
# Commands people may still type (aliases); they are shown as what they are, not as a name for the concept.
ALLOWED = {"mine opgaver"}


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string literals a user may see: every str constant outside docstrings and comments."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_text_modules_use_one_term_each_and_no_codes_or_ids() -> None:
    assert len(TEXT_MODULES) > 10
    found = []
    for path in TEXT_MODULES:
        for line, value in _strings(path):
            shown = value
            for alias in ALLOWED:
                shown = shown.replace(alias, "")
            for pattern, use in BANNED.items():
                if re.search(pattern, shown):
                    found.append(f"{path.relative_to(ROOT)}:{line}: {value!r} – use {use}")
    assert not found, "\n".join(found)


def test_the_scan_catches_what_it_bans() -> None:
    samples = ["1 mål mangler noget (R4)", "Ledende indikator", "Mine opgaver", "ændringer ønsket", "aftale {a.id}"]
    for sample in samples:
        assert any(re.search(pattern, sample) for pattern in BANNED), sample


def test_the_goal_summary_and_the_export_call_a_target_maalvaerdi_not_maal() -> None:
    """«Mål» is the goal; its target is «målværdi» (the summary card showed «Mål: 15 %»)."""
    from agreements.agreement.document_texts import GOAL_COLUMNS
    from agreements.goals.coach import CoachState
    from agreements.goals.goal_drafts import draft_fields

    labels = [label for label, _ in draft_fields(CoachState("Sygefraværet skal ned til 5 %.", date(2026, 12, 6)))]
    assert "Målværdi" in labels and "Mål" not in labels
    assert "Udgangspunkt → målværdi" in GOAL_COLUMNS
