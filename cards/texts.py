"""Danish text shown on cards."""

WELCOME_TITLE = "Velkommen til Aftalebot"
WELCOME_BODY = (
    "Jeg hjælper dig med årets udviklingsaftale: Vi formulerer målene sammen, så de bliver konkrete og "
    "målbare, og jeg holder styr på godkendelse, opfølgning og dialogmøder."
)
WELCOME_START = "Skriv fx «nyt mål», «min aftale», «status» eller «hjælp»."

HELP_TITLE = "Det kan jeg hjælpe med"
HELP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("nyt mål", "Formulér et nyt udviklingsmål – jeg spørger ind, til det er konkret og målbart"),
    ("min aftale", "Se din aftale, dens mål og hvad der mangler"),
    ("status", "Se hvordan det går med målene og indikatorerne"),
    ("hjælp", "Vis denne oversigt"),
)
HELP_IN_DIALOG = "Midt i en samtale kan du skrive «tilbage» for at gå et skridt tilbage eller «annuller» for at stoppe."

BUTTON_NEW_GOAL = "Nyt mål"
BUTTON_MY_AGREEMENT = "Min aftale"
BUTTON_HELP = "Hjælp"

SUMMARY_TITLE = "Dit mål"
SUMMARY_CHECKLIST = "Tjekliste (konkret og målbart)"
PRESENT = "på plads"
MISSING = "mangler"
SUMMARY_SAVED = "Gemt som kladde i aftalen."
SUMMARY_DISCARDED = "Kasseret – intet er gemt."
SUMMARY_EDIT_LABEL = "Vil du rette noget først?"
SUMMARY_EDIT_PLACEHOLDER = "Vælg hvad du vil rette"
BUTTON_SAVE = "Gem"
BUTTON_EDIT = "Ret"
BUTTON_DISCARD = "Kassér"
EDITABLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("statement", "Målet"),
    ("output", "Output"),
    ("effect", "Effekt"),
    ("indicator", "Indikator / målemetode"),
    ("data_source", "Datakilde"),
    ("baseline", "Udgangspunkt"),
    ("target", "Målværdi"),
    ("deadline", "Tidsfrist"),
    ("followup", "Opfølgning"),
    ("milestone", "Delmål for i år"),
    ("leading_indicator", "Førende indikator"),
)
