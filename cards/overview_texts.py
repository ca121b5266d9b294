"""Danish text of the coordinator's overview card and the annual cycle's reminder and summary cards."""

from __future__ import annotations

from cards.payloads import Ask

TITLE = "Overblik over udviklingsaftaler {year}"
TITLE_BEHIND = "Hvem er bagud – udviklingsaftaler {year}"
SUBTITLE = "Pr. {day}"
SUBTITLE_AREA = "Pr. {day} · fagområde: {area}"
COUNTS = "{total} · {behind}"
AGREEMENTS_ONE = "1 aftale"
AGREEMENTS_MANY = "{count} aftaler"
AGREEMENTS_NONE = "Ingen aftaler endnu"
WITHOUT_AGREEMENT_ONE = "Uden aftale: {units}."
WITHOUT_AGREEMENT_MANY = "{count} enheder uden aftale: {units}."
WITHOUT_AGREEMENT_MORE = "{names} og {count} mere"
MAX_UNITS_NAMED = 6
BEHIND_NONE = "ingen er bagud"
BEHIND_NONE_OF_THEM = "ingen af dem er bagud"  # the units without an agreement are named on their own line
BEHIND_SOME = "{count} bagud"
NEXT_DEADLINE = "Næste frist: {label} {day}."
NO_NEXT_DEADLINE = "Alle årets frister er passeret."
DEADLINES = "Årshjul: {deadlines}"
DEADLINE_ITEM = "{label} {day}"
EMPTY = "Der er ingen aftaler at vise."
EMPTY_BEHIND = "Ingen er bagud. 🎉"
CLIPPED = "… og {count} mere. Vælg et fagområde for at se dem."
CLIPPED_ONE = "… og 1 mere. Vælg et fagområde for at se den."

NO_AGREEMENT = "Ingen aftale endnu"
STATUS_LABELS = {
    "draft": "Kladde",
    "submitted": "Indsendt",
    "changes_requested": "Sendt tilbage til ændringer",
    "approved": "Godkendt",
}
LEVEL_LABELS = {"direktion-fagchef": "direktion ↔ fagchef", "fagchef-leder": "fagchef ↔ leder"}
PEOPLE = "{holder} ↔ {giver}"
PEOPLE_LAST_YEAR = "{people} (sidste år)"
NO_HOLDER = "Ingen aftaleholder kendt"
UNKNOWN_PERSON = "ukendt"
GOALS = "{count} mål"
GOALS_ONE = "1 mål"
R4_GAPS_ONE = "1 mål er ikke målbart endnu"
R4_GAPS = "{count} mål er ikke målbare endnu"
NO_DATA_ONE = "1 indikator uden data"
NO_DATA = "{count} indikatorer uden data"
NEXT_MEETING = "næste dialogmøde {when}"
NO_MEETING = "intet dialogmøde planlagt"
BEHIND = "Bagud: {items}"
BEHIND_ITEM = "{label} ({day})"
UNNAMED_UNIT = "Enhed uden navn"

FILTER_AREA = "Fagområde"
FILTER_ALL_AREAS = "Alle fagområder"
FILTER_YEAR = "År"
FILTER_BEHIND = "Vis kun dem, der er bagud"
BUTTON_REFRESH = "Vis"

# The help card's extra lines for chefkonsulenter.
HELP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("overblik", "Se alle enheders aftaler for året – også «overblik Børn og Skole» eller «overblik 2027»"),
    ("hvem er bagud", "Se hvem der er bagud med årshjulets frister"),
)

# The reminder to a holder (or giver) who is behind a deadline.
REMINDER_TITLE = "Påmindelse: frist for {label}"
REMINDER_INTRO = "Fristen var {day}. Sådan står det nu:"
REMINDER_LINES = {
    "no_agreement": "{unit}: der er endnu ingen udviklingsaftale for {year}.",
    "no_goals": "{unit}: aftalen for {year} har endnu ingen mål.",
    "not_submitted": "{unit}: aftalen for {year} er ikke sendt til godkendelse.",
    "awaiting_approval": "{unit}: aftalen for {year} venter på din godkendelse.",
    "no_meeting": "{unit}: der har ikke været holdt et dialogmøde om aftalen for {year}.",
    "no_evaluation": "{unit}: aftalen for {year} er ikke evalueret på et evalueringsmøde.",
}
REMINDER_HINTS = {
    "no_agreement": "Skriv «ny aftale» for at oprette den.",
    "no_goals": "Skriv «nyt mål» for at formulere det første mål.",
    "not_submitted": "Skriv «min aftale» for at se, hvad der mangler, og send den derefter til godkendelse.",
    "awaiting_approval": "Godkendelseskortet ligger i din chat med Aftalebot.",
    "no_meeting": "Skriv «planlæg dialogmøde» for at finde en tid.",
    "no_evaluation": "Skriv «planlæg evaluering» for at finde en tid.",
}
REMINDER_BUTTONS: dict[str, tuple[str, Ask]] = {  # (title, the intent the button asks for)
    "no_agreement": ("Opret aftale", "new_agreement"),
    "no_goals": ("Nyt mål", "new_goal"),
    "not_submitted": ("Min aftale", "show_agreement"),
    "no_meeting": ("Planlæg dialogmøde", "plan_meeting"),
    "no_evaluation": ("Planlæg evaluering", "plan_evaluation"),
}
REMINDER_COORDINATOR = "Chefkonsulenten får samme dag en oversigt over, hvem der er bagud."
# Before the deadline.
UPCOMING_TITLE = "Snart frist for {label}"
UPCOMING_INTRO = "Fristen er {day}, om {days} arbejdsdage. Det mangler:"
UPCOMING_INTRO_ONE = "Fristen er {day}, i morgen. Det mangler:"
DRAFTING_YEAR = "Vi er i gang med aftalerne for {year}."
BUDGET_TITLE = "{label} {day}"
BUDGET_INTRO = "Om {days} arbejdsdage er der budgetopfølgning ({day})."
BUDGET_LINE = "{unit}: {question}"
BUDGET_HINT = "Skriv det i aftalens afsnit Økonomi («ret økonomi»), så det kommer med på næste dialogmøde."
UPCOMING_LINES = {
    "no_agreement": "{unit}: der er endnu ingen udviklingsaftale for {year}.",
    "no_goals": "{unit}: aftalen for {year} har endnu ingen mål.",
    "not_submitted": "{unit}: aftalen for {year} er ikke sendt til godkendelse endnu.",
    "awaiting_approval": "{unit}: aftalen for {year} venter på din godkendelse.",
    "no_meeting": "{unit}: der er endnu ikke holdt et dialogmøde om aftalen for {year}.",
    "no_evaluation": "{unit}: aftalen for {year} er endnu ikke evalueret på et evalueringsmøde.",
}

# The summary to the coordinators.
SUMMARY_TITLE = "Bagud med {label} {year}"
# Agreements behind and units without an agreement are counted apart («2 aftaler er bagud, og 3 enheder har ingen
# aftale:»): a unit with no agreement is not an agreement.
SUMMARY_INTRO = "Fristen var {day}. {counts}:"
SUMMARY_AGREEMENTS_BEHIND = ("1 aftale er bagud", "{count} aftaler er bagud")
SUMMARY_UNITS_WITHOUT = ("1 enhed har ingen aftale", "{count} enheder har ingen aftale")
SUMMARY_AND = ", og "
SUMMARY_LINE = "{unit} – {reason}{holder}"
SUMMARY_HOLDER = " ({name})"
SUMMARY_NOT_REMINDED = "ingen aftaleholder kendt"
SUMMARY_REASONS = {
    "no_agreement": "ingen aftale",
    "no_goals": "ingen mål",
    "not_submitted": "ikke indsendt",
    "awaiting_approval": "venter på godkendelse",
    "no_meeting": "intet dialogmøde",
    "no_evaluation": "ikke evalueret",
}
SUMMARY_MORE = "… og {count} mere i overblikket."
SUMMARY_REMINDED = "De ansvarlige har fået en påmindelse."
BUTTON_OVERVIEW = "Se overblikket"
