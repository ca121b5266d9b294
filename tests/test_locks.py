"""The container's locks are the app's own pins: every package in requirements.runtime.lock and
requirements.build.lock has the same version in requirements.lock, and the runtime lock holds every runtime
dependency of pyproject.toml and no development tool (`make lock` refreshes all three)."""

from __future__ import annotations

import re
import tomllib

from bot.paths import REPO_ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", re.MULTILINE)


def pins(name: str) -> dict[str, str]:
    text = (REPO_ROOT / name).read_text(encoding="utf-8")
    return {package.lower().replace("_", "-"): version for package, version in PIN.findall(text)}


def test_the_container_locks_pin_what_requirements_lock_pins() -> None:
    full = pins("requirements.lock")
    for lock in ("requirements.runtime.lock", "requirements.build.lock"):
        for package, version in pins(lock).items():
            assert full.get(package) == version, f"{lock}: {package}=={version}, requirements.lock: {full.get(package)}"


def test_the_runtime_lock_holds_the_runtime_dependencies_and_no_dev_tool() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = pins("requirements.runtime.lock")

    def name(requirement: str) -> str:
        return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")

    assert {name(r) for r in project["dependencies"]} <= set(runtime)
    assert not {name(r) for r in project["optional-dependencies"]["dev"]} & set(runtime) - {"setuptools", "wheel"}
