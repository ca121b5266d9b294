"""Municipality profiles: the local frame an agreement is made within."""

from __future__ import annotations

from dataclasses import dataclass

from agreements.types import AgreementLevel, Frequency

NORDDJURS_SECTIONS: tuple[tuple[str, str], ...] = (
    ("general", "Generelt"),
    ("focus_text", "Fokusområder"),
    ("economy", "Økonomi"),
    ("dialogue", "Dialog"),
    ("evaluation", "Evaluering"),
)


@dataclass(frozen=True, slots=True)
class Profile:
    key: str
    municipality: str
    focus_areas: tuple[str, ...]
    levels: tuple[AgreementLevel, ...]
    sections: tuple[tuple[str, str], ...]
    shared_leadership_focus: tuple[str, ...]
    own_goals_min: int = 3
    own_goals_max: int = 5
    cross_cutting_min: int = 1
    default_frequency: Frequency = Frequency.MONTHLY
    budget_followups_per_year: int = 4
    reminder_working_days_before: tuple[int, ...] = (5, 1)
    monthly_status_working_day: int = 5
    # Meeting notes are deleted this many years after the end of their agreement's year (unless journalised).
    note_retention_years: int = 5


TONDER = Profile(
    key="tonder",
    municipality="Tønder Kommune",
    focus_areas=("Uddannelse", "Beskæftigelse", "Mestring af eget liv", "Erhvervsudvikling"),
    levels=(AgreementLevel.DIRECTORATE, AgreementLevel.DEPARTMENT),
    sections=NORDDJURS_SECTIONS,
    shared_leadership_focus=(
        "Udviklingsaftalen skal bidrage til Vores Fælles Udviklingsplan med fokus på samskabelse "
        "og organisatorisk læring.",
    ),
)

NORDDJURS = Profile(
    key="norddjurs",
    municipality="Norddjurs Kommune",
    focus_areas=(
        "Vores Norddjurs",
        "Plan- og udviklingsstrategien",
        "Klimaplanen – sammen om et grønt Norddjurs",
        "Budgetaftalen",
    ),
    levels=(AgreementLevel.DIRECTORATE, AgreementLevel.DEPARTMENT),
    sections=NORDDJURS_SECTIONS,
    shared_leadership_focus=(
        "Aktivt arbejde med vores fire værdier: tillid, ordentlighed, udvikling og fællesskab.",
        "Tværgående og helhedsorienteret tænkning, herunder afbureaukratisering.",
        "Arbejde med psykologisk tryghed.",
        "Fokus på sygefravær.",
        "Realisere målene i klimaplanen med afsæt i FN's verdensmål.",
    ),
)

PROFILES: dict[str, Profile] = {p.key: p for p in (TONDER, NORDDJURS)}


class UnknownProfileError(ValueError):
    pass


def get_profile(key: str) -> Profile:
    try:
        return PROFILES[key.strip().lower()]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise UnknownProfileError(f"unknown municipality profile {key!r}; known profiles: {known}") from None
