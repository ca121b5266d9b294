"""Danish text of the exported agreement document (DOCX and Markdown share it)."""

from __future__ import annotations

TITLE = "Aftale- og dialogstyringsdokument for {year}"
PARTIES_LINE = "{holder}, aftaleholder, {unit}"
FACT_LABELS = ("Aftaleenhed", "Aftaleholder", "Aftalegiver", "Niveau", "Status", "Version")
LEVEL_LABELS = {"direktion-fagchef": "Direktion – fagchef", "fagchef-leder": "Fagchef – leder"}
STATUS_LABELS = {
    "draft": "Kladde",
    "submitted": "Sendt til godkendelse",
    "changes_requested": "Sendt tilbage til ændringer",
    "approved": "Godkendt",
}
GOAL_KIND_LABELS = {"focus_area": "Fokusområde", "own": "Eget mål", "cross_cutting": "Tværfagligt mål"}
SECTION_EMPTY = "Ikke udfyldt."

FOCUS_AREAS_INTRO = "Aftaleenhedens bidrag til kommunens fokusområder:"
FOCUS_AREA_GOALS = "{area}: mål {numbers}"
FOCUS_AREA_NONE = "{area}: intet mål endnu"

GOALS_HEADING = "Udviklingsmål"
GOALS_EMPTY = "Aftalen har ingen mål endnu."
GOAL_COLUMNS = ("Mål", "Indsats", "Output", "Effekt", "Indikator", "Udgangspunkt → målværdi", "Frist", "Opfølgning")
GOAL_MILESTONE = "Delmål i år: {milestone}"
GOAL_CO_OWNERS = "Sammen med: {names}"
GOAL_LEADING = "Førende indikator: {indicator}"
NOT_STATED = "–"

STATUS_HEADING = "Status pr. {date}"
STATUS_EMPTY = "Ingen af målene har en indikator endnu."
STATUS_COLUMNS = ("Mål", "Indikator", "Seneste tal", "Status", "Forklaring")
STATUS_NO_FIGURE = "Intet tal"

EVALUATION_HEADING = "Resultat af evalueringen"
EVALUATION_COLUMNS = ("Mål", "Vurdering", "Kommentar", "Vurderet")
EVALUATION_NOT_ASSESSED = "Ikke vurderet"
EVALUATION_ASSESSED = "{date} af {name}"
EVALUATION_MISSING = "; {count} mål er ikke vurderet."

APPROVAL_HEADING = "Godkendelse"
APPROVAL_INTRO = "Aftalen er godkendt i Aftalebot; godkendelsen træder i stedet for underskrifter."
APPROVAL_PLACE_DATE = "{place}, den {date}"
APPROVAL_NOT_YET = "Ikke godkendt endnu"
APPROVAL_ROLE_HOLDER = "aftaleholder"
APPROVAL_ROLE_GIVER = "aftalegiver"
APPROVAL_SUBMITTED = "Sendt til godkendelse {date} (version {version})"
APPROVAL_APPROVED = "Godkendt {date} (version {version})"
APPROVAL_WAITING = "Sendt til godkendelse"
APPROVAL_NOT_SUBMITTED = "Ikke sendt til godkendelse endnu"
APPROVAL_GIVER_NOT_YET = "Har ikke godkendt aftalen"
APPROVAL_CHANGES = "Sendt tilbage til ændringer {date}: «{comment}»"
APPROVAL_EARLIER = "Version {version} blev godkendt af {name} den {date}; denne version er ændret siden."

FOOTER = "{municipality} · {title} · {unit}"
GENERATED = "Dannet af Aftalebot {date}"

# Refusals (export through the bot: the card's button and the download link).
REFUSED_NOT_FOUND = "Jeg kan ikke finde den aftale."
REFUSED_NOT_ALLOWED = (
    "Du kan kun hente aftaler, du selv er aftaleholder eller aftalegiver for. Chefkonsulenter kan hente alle."
)
INVOLVEMENT_LABEL = "Inddragelse"  # R10: Lokal-MED, the bestyrelse and the lederteam
SHARED_GOAL_LABEL = "Delt tværgående mål fra {owner}"  # accepted; owned by the other unit's agreement
