"""The layers of ARCHITECTURE.md: imports point only downwards; botbuilder stays in bot/ and dialogs/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORKS = ("botbuilder", "botframework", "aiohttp", "sqlalchemy", "msal", "alembic")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "agreements": (*FRAMEWORKS, "bot", "dialogs", "cards", "store", "pydantic_settings"),
    "cards": ("botbuilder", "botframework", "aiohttp", "sqlalchemy", "msal", "bot", "dialogs", "store"),
    "store": ("botbuilder", "botframework", "aiohttp", "msal", "bot", "dialogs", "cards"),
    "dialogs": ("aiohttp", "sqlalchemy", "msal", "bot", "store"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / layer).rglob("*.py"))
        for name in imported_modules(path) & set(FORBIDDEN[layer])
    ]
    assert offences == []


def test_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import sqlalchemy.orm\nfrom botbuilder.core import TurnContext\n", encoding="utf-8")
    assert imported_modules(sample) >= {"sqlalchemy", "botbuilder"}
