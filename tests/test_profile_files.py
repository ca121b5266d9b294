"""Municipality profiles as data (issue 18): one TOML file per municipality and year, validated with Danish errors
naming the field; `aftalebot profile check` and `profile new-year`."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from agreements.goals.rules import agreement_r3_findings
from agreements.profile_files import ProfileError, load_profile, parse_profile, profile_directory, shipped_files
from agreements.profiles import get_profile, is_budget_followup
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Goal, GoalKind
from bot.commandline.profile_cli import run_check, run_new_year

NORDDJURS_FILE = profile_directory() / "norddjurs-2024.toml"


def test_both_shipped_profiles_validate() -> None:
    assert set(shipped_files()) == {("tonder", 2026), ("norddjurs", 2024)}
    out = io.StringIO()
    assert run_check([], out=out) == 0
    assert out.getvalue().splitlines() == ["norddjurs-2024.toml: Norddjurs Kommune 2024 er i orden.",
                                          "tonder-2026.toml: Tønder Kommune 2026 er i orden."]


def test_tonder_keeps_its_fixed_focus_areas_and_goal_count() -> None:
    tonder = get_profile("tonder")
    assert tonder.focus_areas == ("Uddannelse", "Beskæftigelse", "Mestring af eget liv", "Erhvervsudvikling")
    assert (tonder.own_goals_min, tonder.own_goals_max, tonder.cross_cutting_min) == (3, 5, 1)
    assert tonder.goal_count_rule and not tonder.focus_chosen_by_unit


def test_norddjurs_follows_its_template() -> None:
    norddjurs = get_profile("norddjurs")
    # The koncernstrategier frame Generelt; they are no focus areas, and there is no goal count (R3).
    assert norddjurs.frame == ("Vores Norddjurs", "plan- og udviklingsstrategien",
                               "klimaplanen – sammen om et grønt Norddjurs", "budgetaftalen")
    assert norddjurs.focus_areas == () and norddjurs.focus_chosen_by_unit and not norddjurs.goal_count_rule
    assert "inden for rammen af koncernstrategierne Vores Norddjurs" in norddjurs.standard_text("general")
    # The whole fælles grundlag for 2024: 11 points.
    assert len(norddjurs.shared_leadership_focus) == 11
    assert norddjurs.shared_leadership_focus[3] == "Fokus på sygefravær."
    assert any("strategiske partnerskaber" in p for p in norddjurs.shared_leadership_focus)
    # Økonomi: effektiviseringsbidrag, four budget follow-ups, free disposition.
    principles = " ".join(norddjurs.economy_principles)
    assert "effektiviseringsbidraget på 0,5 %" in principles and "4 årlige budgetopfølgninger" in principles
    assert "disponere frit på tværs af samtlige drifts- og udviklingskonti" in principles
    assert sum(1 for d in norddjurs.annual_cycle if is_budget_followup(d.key)) == 4


def test_a_norddjurs_agreement_names_its_own_focus_areas_without_a_goal_count() -> None:
    agreement = Agreement(tenant_id="t", unit_id=1, year=2024, level=AgreementLevel.DEPARTMENT, holder_id=1,
                          giver_id=2, status=AgreementStatus.DRAFT, version=1,
                          goals=[Goal(tenant_id="t", kind=GoalKind.FOCUS_AREA, statement="Sygefraværet falder",
                                      focus_area="Sygefravær")])
    assert agreement_r3_findings(agreement, get_profile("norddjurs")) == []
    tonder = [f.code for f in agreement_r3_findings(agreement, get_profile("tonder"))]
    assert "r3.too_few" in tonder and "r3.focus_area" in tonder


@pytest.mark.parametrize(("change", "message"), [
    (("own_goals_min = 3", 'own_goals_min = "tre"'), "feltet «focus.own_goals_min» skal være et heltal"),
    (("own_goals_min = 3", "own_goals_min = 6"),
     "feltet «focus.own_goals_min» må ikke være større end own_goals_max"),
    (('rule = "fastlagte"', 'rule = "frie"'),
     "feltet «focus.rule» skal være en af: 'fastlagte' eller 'enhedens_egne'"),
    (("year = 2026", "year = 2026\nfarve = \"blå\""), "feltet «farve» kendes ikke (stavefejl?)"),
    (('levels = ["direktion-fagchef", "fagchef-leder"]', 'levels = ["direktion-fagchef", "borgmester"]'),
     "feltet «levels.1» skal være en af: 'direktion-fagchef' eller 'fagchef-leder'"),
    (("[economy]\nbudget_followups_per_year = 4", "[economy]\nbudget_followups_per_year = 40"),
     "feltet «economy.budget_followups_per_year» må højst være 12"),
])
def test_a_profile_with_an_error_is_refused_naming_the_field(change: tuple[str, str], message: str) -> None:
    text = (profile_directory() / "tonder-2026.toml").read_text(encoding="utf-8")
    assert change[0] in text
    with pytest.raises(ProfileError) as refused:
        parse_profile(text.replace(change[0], change[1], 1), "tonder-2026.toml")
    assert str(refused.value).startswith("tonder-2026.toml kan ikke bruges: ")
    assert message in str(refused.value)


def test_a_missing_field_and_broken_toml_are_named(tmp_path: Path) -> None:
    text = NORDDJURS_FILE.read_text(encoding="utf-8")
    start = text.index("common_ground = [")
    without = text[:start] + text[text.index("]\n", start) + 2:]
    with pytest.raises(ProfileError, match="feltet «common_ground» mangler"):
        parse_profile(without, "norddjurs-2024.toml")
    with pytest.raises(ProfileError, match="kan ikke læses som TOML"):
        parse_profile("year = ", "x.toml")
    bad = tmp_path / "norddjurs-2025.toml"
    bad.write_text(text.replace("year = 2024", "year = 1999"), encoding="utf-8")
    err = io.StringIO()
    assert run_check([bad], err=err) == 1
    assert "feltet «year» skal være mindst 2000" in err.getvalue()


def test_new_year_copies_the_newest_profile_forward(tmp_path: Path) -> None:
    shutil.copy(NORDDJURS_FILE, tmp_path / NORDDJURS_FILE.name)
    out = io.StringIO()
    assert run_new_year("norddjurs", 2025, tmp_path, out=out) == 0
    copied = parse_profile((tmp_path / "norddjurs-2025.toml").read_text(encoding="utf-8"), "norddjurs-2025.toml")
    assert copied.year == 2025 and copied.frame == load_profile("norddjurs").frame
    report = out.getvalue()
    assert "Profilen for 2025 er oprettet som en kopi af 2024" in report
    assert "Implementering af udmøntningsplanen for 2024" in report  # a text to review for the new year
    err = io.StringIO()
    assert run_new_year("norddjurs", 2025, tmp_path, err=err) == 1
    assert "findes allerede" in err.getvalue()
    assert run_new_year("aarhus", 2025, tmp_path, err=io.StringIO()) == 2
