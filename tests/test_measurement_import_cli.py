"""`aftalebot import-measurements FILE`: Danish report of bad rows, exit 1 and nothing written; progress bar."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from agreements.demo import TENANT_ID
from bot.commandline import import_cli
from bot.commandline.cli import main
from bot.settings import Settings
from bot.teams.progress import TextProgress
from store.db import create_engine
from tests.conftest import run_async
from tests.support.measurement_db import measurement_count, seed
from tests.test_measurement_service import many_rows


async def _seed(url: str) -> None:
    engine = create_engine(url)
    try:
        await seed(engine)
    finally:
        await engine.dispose()


async def _count(url: str) -> int:
    engine = create_engine(url)
    try:
        return await measurement_count(engine)
    finally:
        await engine.dispose()


@pytest.fixture
def seeded(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    run_async(_seed(database_url))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("MicrosoftAppTenantId", raising=False)
    monkeypatch.delenv("AFTALEBOT_ALLOWED_TENANTS", raising=False)
    return database_url


def test_bad_row_exits_1_with_a_danish_report_and_writes_nothing(
    seeded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = run_async(_count(seeded))
    file = tmp_path / "lis.csv"
    file.write_text(many_rows(bad_line=77), encoding="utf-8")
    assert main(["import-measurements", str(file), "--tenant", TENANT_ID]) == 1
    captured = capsys.readouterr()
    assert "Intet er gemt, fordi der er 1 fejl." in captured.err
    assert "Række 77: «6,x» er ikke et tal." in captured.err
    assert captured.out == ""
    assert run_async(_count(seeded)) == before

    file.write_text(many_rows(), encoding="utf-8")
    assert main(["import-measurements", str(file), "--tenant", TENANT_ID]) == 0
    assert capsys.readouterr().out.strip() == "Gemt: 132 nye målinger."
    assert run_async(_count(seeded)) == before + 132

    assert main(["import-measurements", str(file), "--tenant", TENANT_ID]) == 0
    assert "Intet nyt" in capsys.readouterr().out
    assert run_async(_count(seeded)) == before + 132


def test_large_file_shows_a_progress_bar_on_stderr(
    seeded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_cli, "PROGRESS_MIN_BYTES", 1)
    file = tmp_path / "lis.csv"
    file.write_text(many_rows(), encoding="utf-8")
    assert main(["import-measurements", str(file), "--tenant", TENANT_ID]) == 0
    err = capsys.readouterr().err
    assert "Læser  [" in err and "100 %" in err and "Gemmer" in err


def test_tenant_is_required_when_it_cannot_be_inferred(
    seeded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "lis.csv"
    file.write_text(many_rows(), encoding="utf-8")
    assert main(["import-measurements", str(file)]) == 2
    assert "--tenant" in capsys.readouterr().err


def test_single_allowed_tenant_is_the_default() -> None:
    settings = Settings(AFTALEBOT_ALLOWED_TENANTS="t-1")
    assert import_cli.choose_tenant(settings, None) == "t-1"
    assert import_cli.choose_tenant(settings, "t-2") == "t-2"
    assert import_cli.choose_tenant(Settings(AFTALEBOT_ALLOWED_TENANTS="a,b"), None) is None


def test_missing_file(seeded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-measurements", str(tmp_path / "nope.csv"), "--tenant", TENANT_ID]) == 2
    assert "findes ikke" in capsys.readouterr().err


def test_progress_bar_draws_in_place_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = TextProgress(stream, "Læser ", 200, width=10)
    for done in (50, 51, 100, 200):
        bar.update(done)
    bar.finish()
    frames = stream.getvalue().split("\r")[1:]
    assert frames[0] == "Læser  [##--------]  25 %  50/200"
    assert frames[-1] == "Læser  [##########] 100 %  200/200\n"
    assert len(frames) == 3  # 51 is still 25 %: no redraw
