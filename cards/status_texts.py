"""Danish text of the status cards."""

MONTHLY_TITLE = "Månedsstatus – {month}"
ON_DEMAND_TITLE = "Status pr. {day}"
SUBTITLE = "Udviklingsaftale {year} · {unit}"
ROLE_HOLDER = "Du får kortet som aftaleholder."
ROLE_GIVER = "Du får kortet som aftalegiver."
NOTHING_DUE = "Ingen indikatorer skal følges op i denne måned."

COUNT_LABELS = {
    "on_track": "på sporet",
    "at_risk": "i risiko",
    "off_track": "bagud",
    "no_data": "mangler data",
    "not_followed_yet": "ikke fulgt op endnu",
}
STATUS_COLORS = {"on_track": "Good", "at_risk": "Warning", "off_track": "Attention", "no_data": "Default",
                 "not_followed_yet": "Default"}
STATUS_MARK = "●"

GOAL_TITLE = "Mål {number}. {statement}"
TARGET = "Mål: {target}"
LATEST = "Seneste: {latest}"
SINCE_LAST_TITLE = "Siden sidste måned"
SINCE_LAST_NONE = "Ingen nye tal og ingen ændringer i status."
STATUS_MOVE = "fra {before} til {after}"
NEW_FIGURE = "nyt tal for {period}"
NEW_FIGURE_CHANGE = "nyt tal for {period} ({change})"
CHANGE_LINE = "{name}: {what}"
SUMMARY_BETTER = "{count} forbedret"
SUMMARY_WORSE = "{count} forværret"
SUMMARY_NEW = "{count} nye tal"
SUMMARY_NEW_ONE = "1 nyt tal"
MORE_CHANGES = "… og {count} mere."
TREND_FALLBACK_TITLE = "Seneste tal"
NO_TREND = "Ingen tal endnu."

SHORT_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

BUTTON_REGISTER = "Registrér en værdi"
BUTTON_SAVE_VALUE = "Gem værdien"
INPUT_INDICATOR = "Indikator"
INPUT_INDICATOR_ERROR = "Vælg en indikator."
INPUT_PERIOD = "Periode"
INPUT_PERIOD_PLACEHOLDER = "Fx {example} (måned), 2026-K4 (kvartal) eller 2026 (år)"
INPUT_PERIOD_ERROR = "Skriv perioden, fx 2026-10."
INPUT_VALUE = "Værdi"
INPUT_VALUE_PLACEHOLDER = "Fx 5,9"
INPUT_VALUE_ERROR = "Skriv værdien som et tal."
INPUT_COMMENT = "Kommentar (valgfri)"
BUTTON_MY_AGREEMENT = "Min aftale"
BUTTON_DETAILS = "Vis graf og detaljer"

CHART_MEASURED = "Målt"
CHART_PATH = "Plan"
CHART_BAND_UPPER = "Bånd +{band}"
CHART_BAND_LOWER = "Bånd −{band}"
CHART_TARGET = "Målværdi {target}"
CHART_MILESTONE = "Delmål {target}"
CHART_VALUE = "Værdi"

CHOICES_TITLE = "Hvad mener du?"
SHARED_GOALS_TITLE = "Delte tværgående mål (ejes af en anden enhed)"
SHARED_GOAL_FROM = "**Fra {owner}**"
SHARED_GOAL_NO_INDICATOR = "Ingen indikator endnu"
