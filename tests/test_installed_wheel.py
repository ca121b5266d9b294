"""Installed from the wheel, outside the checkout: the bot reads its `.env` where it is started, keeps its data
where AFTALEBOT_DATA_DIR says, migrates from the migrations inside the package, and serves /healthz."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bot.paths import REPO_ROOT
from tests.support.installed import (
    build_wheel,
    clean_environment,
    free_port,
    install_wheel,
    run,
    stop,
    wait_for_health,
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("wheel")
    assert not workdir.resolve().is_relative_to(REPO_ROOT)
    return install_wheel(build_wheel(workdir), workdir / "venv")


def test_the_wheel_carries_the_migrations_and_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    python = installed.parent / "python"
    found = json.loads(run([str(python), "-c", (
        "import json, bot, store.migrate as m; from bot.paths import source_checkout; "
        "print(json.dumps([bot.__file__, sorted(p.name for p in (m.MIGRATIONS_DIR / 'versions').glob('*.py')), "
        "str(source_checkout())]))"
    )], cwd=tmp_path, env=clean_environment(HOME=str(tmp_path))))
    module, versions, checkout = found
    assert Path(module).is_relative_to(installed.parent.parent)
    assert versions == sorted(p.name for p in (REPO_ROOT / "store" / "migrations" / "versions").glob("*.py"))
    assert checkout == "None"


def test_installed_bot_migrates_and_serves_from_its_working_directory(installed: Path, tmp_path: Path) -> None:
    site, data, port = tmp_path / "site", tmp_path / "data", free_port()
    site.mkdir()
    (site / ".env").write_text(f"AFTALEBOT_DATA_DIR={data}\nPORT={port}\n", encoding="utf-8")
    env = clean_environment(HOME=str(tmp_path / "home"))

    output = run([str(installed), "migrate"], cwd=site, env=env)
    assert (data / "aftalebot.db").is_file(), output

    server = subprocess.Popen([str(installed), "serve"], cwd=site, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        status, body = wait_for_health(f"http://127.0.0.1:{port}/healthz", server)
    finally:
        log = stop(server)
    assert status == 200, f"{body}\n{log}"
    assert not (tmp_path / "home").exists()  # nothing fell back to the user's state directory


def test_installed_bot_has_no_playground(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(installed), "dev"], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                            env=clean_environment(HOME=str(tmp_path), AFTALEBOT_DATA_DIR=str(tmp_path / "data")))
    assert result.returncode == 2
    assert "make run" in result.stderr
