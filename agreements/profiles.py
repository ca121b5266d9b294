"""Municipality profiles: the local frame an agreement is made within."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agreements.cycle.workdays import DEFAULT_CLOSING_DAYS, ClosingDays
from agreements.types import AgreementLevel, Frequency

NORDDJURS_SECTIONS: tuple[tuple[str, str], ...] = (
    ("general", "Generelt"),
    ("focus_text", "Fokusområder"),
    ("economy", "Økonomi"),
    ("dialogue", "Dialog"),
    ("evaluation", "Evaluering"),
)

# The keys of the annual cycle's deadlines; agreements.cycle.annual_cycle gives each its meaning.
DRAFTED = "drafted"
SUBMITTED = "submitted"
APPROVED = "approved"
MIDYEAR = "midyear"
EVALUATION = "evaluation"
BUDGET_FOLLOWUP = "budget"  # budget follow-ups are keyed budget1, budget2, … (R8, R9 «Økonomi»)


@dataclass(frozen=True, slots=True)
class YearlyDeadline:
    """One deadline of the annual cycle (årshjul), as a day in the year relative to the agreement year."""

    month: int
    day: int
    key: str
    label: str  # Danish, as users see it: «Bagud med godkendelse (frist 31. januar 2027)»
    year_offset: int = 0  # -1: in the year before the agreement year (drafting happens before the year starts)

    def on(self, agreement_year: int) -> date:
        return date(agreement_year + self.year_offset, self.month, self.day)


# The default årshjul. The seeds draw the annual cycle only as a picture (Tønder 2.1) without dates, so these are
# our decision, chosen to fit the budget year: the budget is adopted in October, so the agreement for the coming
# year is drafted by 1 December and submitted to the giver by 15 December the year before; the giver approves it
# by 31 January; the mid-year follow-up (a dialogue meeting held in the agreement year) by 30 June; and the
# evaluation meeting (R7, R9 «Evaluering») by 31 March the following year: Norddjurs evaluates afterwards
# («efterfølgende evaluering»), once the year's figures exist. A profile may override any of them.
DEFAULT_ANNUAL_CYCLE: tuple[YearlyDeadline, ...] = (
    YearlyDeadline(12, 1, DRAFTED, "Udkast", year_offset=-1),
    YearlyDeadline(12, 15, SUBMITTED, "Indsendelse", year_offset=-1),
    YearlyDeadline(1, 31, APPROVED, "Godkendelse"),
    YearlyDeadline(6, 30, MIDYEAR, "Midtvejsopfølgning"),
    YearlyDeadline(3, 31, EVALUATION, "Evaluering", year_offset=1),
)


def budget_followups(days: tuple[tuple[int, int], ...]) -> tuple[YearlyDeadline, ...]:
    """The budget follow-ups of the agreement year as deadlines of the årshjul (keys budget1, budget2, …)."""
    return tuple(
        YearlyDeadline(month, day, f"{BUDGET_FOLLOWUP}{number}", f"{number}. budgetopfølgning")
        for number, (month, day) in enumerate(sorted(days), start=1)
    )


# Norddjurs holds four budget follow-ups a year (R9 «Økonomi»). The seed gives no dates; these are our choice
# (status as of the end of March, May, August and October, so the last can still change the year's result).
NORDDJURS_BUDGET_FOLLOWUPS = budget_followups(((3, 31), (5, 31), (8, 31), (10, 31)))

# The question R8 asks in every follow-up: significant budget changes must be commented on separately.
BUDGET_QUESTION = "Er der væsentlige budgetændringer, der påvirker målene?"


def is_budget_followup(key: str) -> bool:
    return key.startswith(BUDGET_FOLLOWUP) and key.removeprefix(BUDGET_FOLLOWUP).isdigit()


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
    annual_cycle: tuple[YearlyDeadline, ...] = DEFAULT_ANNUAL_CYCLE
    # Days the municipality is closed although they are no public holidays (agreements.cycle.workdays).
    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS
    # The årshjul's reminders: these many working days before each deadline, and on the working day after it.
    deadline_reminder_working_days_before: tuple[int, ...] = (14, 3)
    year: int = 0  # the year the file is for (agreements/profile_data/KEY-YEAR.toml)
    # R3: Tønder's rule (every agreement addresses the fixed focus areas and has own_goals_min–max own goals, of which
    # cross_cutting_min tværgående) or Norddjurs' (each unit names the focus areas it has special focus on).
    goal_count_rule: bool = True
    focus_chosen_by_unit: bool = False
    frame: tuple[str, ...] = ()  # the strategies the agreement is made within (Norddjurs: the koncernstrategier)
    standard_texts: tuple[tuple[str, str], ...] = ()  # (section key, the municipality's standard text)
    economy_principles: tuple[str, ...] = ()
    # The year of the municipality's own standard texts and fælles grundlag, when a chefkonsulent's edits take the
    # file's place (agreements.municipality.profile_texts); 0: the file's own.
    texts_year: int = 0

    def standard_text(self, section: str) -> str:
        return dict(self.standard_texts).get(section, "")

    def for_year(self, year: int) -> Profile:
        """The municipality's profile for an agreement's year: the file of the newest year not after it."""
        from agreements.profile_files import profile_for_year

        return profile_for_year(self, year)


class UnknownProfileError(ValueError):
    pass


def get_profile(key: str, year: int | None = None) -> Profile:
    """The municipality's profile for an agreement's `year` (the file of the newest year not after it; default: its
    newest), from the files in agreements/profile_data (agreements.profile_files)."""
    from agreements.profile_files import load_profile

    return load_profile(key, year)


def __getattr__(name: str) -> Profile:
    """`TONDER` and `NORDDJURS`: the shipped profiles, read from their files on first use (not at import)."""
    if name in ("TONDER", "NORDDJURS"):
        return get_profile(name.lower())
    raise AttributeError(name)
