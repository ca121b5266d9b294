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


# --- bot/ and dialogs/ translate; the use cases in agreements/ own transactions, audit and policy ---------------

EDGES = ("bot", "dialogs")
TRANSACTION_CALLS = frozenset({"commit", "rollback", "begin", "begin_nested"})
AUDIT_NAMES = frozenset({"AuditEvent", "audit"})
QUEUE_CALLS = frozenset({"enqueue", "cancel_pending", "wake_recipient"})  # agreements.ports.JobQueue's writes
POLICY = "agreements.policy"
POLICY_NAMES_ALLOWED = frozenset({"Right"})  # the enum a route declares; the decisions stay in the use cases


def edge_offences(path: Path) -> list[str]:
    """What in one edge module belongs in a use case:
    - a call `x.commit()`, `x.rollback()`, `x.begin()` or `x.begin_nested()` (a transaction committed, rolled back
      or opened here);
    - the name `AuditEvent`, or `audit` as a name or attribute (`uow.audit.add(...)`, `audit(...)`): an audit event
      made or written here;
    - a call to a job queue's `enqueue`, `cancel_pending` or `wake_recipient`, or to a function named `enqueue_…`
      (a job planned here);
    - `import agreements.policy`, `from agreements import policy`, or a name from agreements.policy other than
      `Right`: a policy decision (`may_…`, `receives_…`) taken here."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call):
            method = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            called = method or (node.func.id if isinstance(node.func, ast.Name) else "")
            if method in TRANSACTION_CALLS:
                found.append(f"{line}: .{method}()")
            elif called in QUEUE_CALLS or called.startswith("enqueue_"):
                found.append(f"{line}: {called}()")
        elif isinstance(node, ast.Name) and node.id in AUDIT_NAMES:
            found.append(f"{line}: {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in AUDIT_NAMES:
            found.append(f"{line}: .{node.attr}")
        elif isinstance(node, ast.Import):
            found.extend(f"{line}: import {a.name}" for a in node.names if a.name == POLICY)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            if node.module == POLICY:
                found.extend(f"{line}: {POLICY}.{a.name}" for a in node.names if a.name not in POLICY_NAMES_ALLOWED)
            elif node.module == "agreements":
                found.extend(f"{line}: agreements.policy" for a in node.names if a.name == "policy")
            if any(a.name in AUDIT_NAMES for a in node.names):
                found.append(f"{line}: imports {', '.join(a.name for a in node.names if a.name in AUDIT_NAMES)}")
    return found


@pytest.mark.parametrize("layer", EDGES)
def test_the_edge_holds_no_transaction_audit_or_policy_code(layer: str) -> None:
    offences = [
        f"{path.relative_to(ROOT)}:{offence}"
        for path in sorted((ROOT / layer).rglob("*.py"))
        for offence in edge_offences(path)
    ]
    assert offences == []


def test_edge_checker_sees_transactions_audit_and_policy(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from agreements import policy\n"
        "from agreements.policy import Right, may_decide\n"
        "from agreements.types import AuditEvent\n"
        "async def act(uow, session, person, agreement):\n"
        "    if policy.may_register(person, agreement) or may_decide(person, agreement):\n"
        "        await uow.audit.add(AuditEvent(tenant_id='t', action='x', actor_id=1, subject='s'))\n"
        "        await uow.commit()\n"
        "    else:\n"
        "        await uow.rollback()\n"
        "    async with session.begin():\n"
        "        await uow.jobs.enqueue('t', 'kind', None, 'key', {})\n"
        "        await enqueue_notices(uow.jobs, None, 1, 'planned', None)\n",
        encoding="utf-8",
    )
    found = "\n".join(edge_offences(sample))
    for expected in ("1: agreements.policy", "2: agreements.policy.may_decide", "3: imports AuditEvent",
                     ": .audit", ": AuditEvent", ": .commit()", ": .rollback()", ": .begin()", ": enqueue()",
                     ": enqueue_notices()"):
        assert expected in found
    assert "agreements.policy.Right" not in found  # declaring a route's right is the edge's job


def test_edge_checker_lets_a_route_declare_its_right(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from agreements.policy import Right\nROUTE = Right.PUBLIC\n", encoding="utf-8")
    assert edge_offences(sample) == []
