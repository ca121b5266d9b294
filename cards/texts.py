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
