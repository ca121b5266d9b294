"""Profiles by the agreement's year (issue 18): an agreement gets the profile file of the newest year not after its
own, not always the newest file; an agreement started for a year gets that file's Generelt, Økonomi and Dialog."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from agreements import profile_files
from agreements.demo import TENANT_ID
from agreements.profile_files import load_profile, new_year_text, year_for
from agreements.profiles import get_profile
from bot.commandline.org_cli import store_organisation
from tests.support.clocked_bot import START, ClockedBot, running
from tests.support.conversation import FakeClock
from tests.test_organisation_protocol import COORDINATOR, FILE

ECONOMY_2027 = "Budgetrammen for 2027 følger budgetaftalen for 2027."
DIALOGUE_2027 = "Dialogmøde to gange om året i 2027."


def test_the_file_is_the_newest_year_not_after_the_agreements() -> None:
    assert year_for([2024, 2026], 2026) == 2026
    assert year_for([2024, 2026], 2025) == 2024
    assert year_for([2026, 2024], 2030) == 2026
    assert year_for([2024, 2026], 2020) == 2024  # before every file: the oldest
    assert year_for([2024, 2026], None) == 2026


@pytest.fixture
def two_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped files, and Norddjurs copied forward to 2027 with new Økonomi and Dialog texts."""
    shipped = profile_files.profile_directory()
    for name in profile_files.shipped_files().values():
        (tmp_path / name).write_text((shipped / name).read_text(encoding="utf-8"), encoding="utf-8")
    text, _ = new_year_text((shipped / "norddjurs-2024.toml").read_text(encoding="utf-8"), 2024, 2027)
    lines = [f'economy = "{ECONOMY_2027}"' if line.startswith("economy = \"Aftaleenhedens") else
             f'dialogue = "{DIALOGUE_2027}"' if line.startswith("dialogue = \"Indeværende") else line
             for line in text.splitlines()]
    (tmp_path / "norddjurs-2027.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(profile_files, "profile_directory", lambda: tmp_path)
    load_profile.cache_clear()
    yield tmp_path
    load_profile.cache_clear()


def test_get_profile_picks_the_file_for_the_agreements_year(two_years: Path) -> None:
    assert get_profile("norddjurs", 2025).year == 2024
    assert get_profile("norddjurs", 2027).year == 2027
    assert get_profile("norddjurs", 2030).standard_text("economy") == ECONOMY_2027
    assert get_profile("norddjurs").year == 2027
    old = get_profile("norddjurs", 2024)
    assert old.for_year(2026) is old  # the same file: the profile itself
    assert old.for_year(2027).standard_text("dialogue") == DIALOGUE_2027
    assert get_profile("tonder", 2027).year == 2026


@pytest.fixture
async def norddjurs_bot(database_url: str, two_years: Path) -> AsyncIterator[ClockedBot]:
    from tests.support.running_bot import dev_settings

    await store_organisation(database_url, TENANT_ID, FILE.read_bytes(), FILE.name)
    clock = FakeClock(START)
    settings = dev_settings(database_url, AFTALEBOT_PROFILE="norddjurs")
    async with running(settings, clock, database_url) as bot:
        yield bot


async def test_agreements_started_for_a_year_get_that_years_standard_texts(norddjurs_bot: ClockedBot) -> None:
    bot = norddjurs_bot
    assert await bot.say("start næste års aftaler", user=COORDINATOR) == (
        "4 aftaler for 2027 er startet, og hver aftaleholder har fået besked.")
    assert (await bot.say("start årets aftaler for 2026", user=COORDINATOR)).startswith("4 aftaler for 2026")
    async with bot.uow() as uow:
        next_year = await uow.agreements.for_year(TENANT_ID, 2027)
        this_year = await uow.agreements.for_year(TENANT_ID, 2026)
    old = get_profile("norddjurs", 2024)
    assert {(a.economy, a.dialogue) for a in next_year} == {(ECONOMY_2027, DIALOGUE_2027)}
    assert {(a.economy, a.dialogue) for a in this_year} == {(old.standard_text("economy"),
                                                            old.standard_text("dialogue"))}
    assert all(a.general.startswith("Formålet med aftalestyringsdokumentet") for a in [*next_year, *this_year])
    assert all("fælles grundlag i 2027" in a.general for a in next_year)
    assert all("fælles grundlag i 2024" in a.general for a in this_year)
