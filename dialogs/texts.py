"""Danish text of the conversations."""

HELP_WORD = "hjælp"  # what a «help» button says to a conversation going on
HELP_WORDS = frozenset({"hjælp", "hjaelp", "help", "?", "hjælp mig", "jeg har brug for hjælp", "hvad skal jeg svare",
                        "hvad skal jeg skrive", "det forstår jeg ikke", "forstår ikke"})
CANCEL_WORDS = frozenset({"annuller", "annullér", "afbryd", "stop", "cancel"})
BACK_WORDS = frozenset({"tilbage", "back", "fortryd"})
# Commands that only show something: typed in the middle of a conversation they are answered, and the question is
# asked again (no answer to a question is one of these).
LOOK_UP_COMMANDS = frozenset({
    "min aftale", "vis aftale", "vis min aftale", "mine aftaler", "historik", "status", "næste møde", "dagsorden",
    "mine opgaver", "mine handlingspunkter", "overblik", "hvem er bagud", "referat", "frister",
})
PAUSE_WORDS = frozenset({"pause", "hold pause", "holde pause", "tag en pause", "vent", "vent lidt", "fortsæt senere",
                         "jeg vender tilbage", "jeg vender tilbage senere", "vi tager det senere"})
RESUME_WORDS = frozenset({"fortsæt", "fortsaet", "videre", "lad os fortsætte", "jeg er tilbage", "genoptag"})
YES_WORDS = frozenset({"ja", "j", "ja tak", "yes", "ok", "jep"})
NO_WORDS = frozenset({"nej", "n", "nej tak", "no"})

CONFIRM_CANCEL = "Vil du stoppe uden at gemme? Svar «ja» eller «nej»."
CANCELLED = "Stoppet – intet er gemt. Skriv «nyt mål», når du vil i gang igen."
NOT_CANCELLED = "Fint, vi fortsætter."
FINISH_THIS_FIRST = (
    "Det tager vi bagefter – lige nu mangler jeg svar på spørgsmålet. Skriv «pause» for at holde pause, "
    "eller «annuller» for at stoppe."
)
SWITCH_OFFER = (
    "Du er i gang med noget andet, som ikke er gemt. Skal jeg droppe det og begynde på det nye? Svar «ja», eller "
    "«nej» for at fortsætte, hvor vi var."
)
GOAL_SWITCH_OFFER = (
    "Du er i gang med et mål, som ikke er gemt endnu. Skal jeg droppe det og begynde på et nyt? Svar «ja», eller "
    "«nej» for at gøre det færdigt først."
)
GOAL_EDIT_SWITCH_OFFER = (
    "Du er ved at rette mål {number}. Skal jeg lade det stå, som det er gemt, og begynde på et nyt mål? Svar «ja», "
    "eller «nej» for at rette det færdigt først."
)
GOAL_EDIT_SWITCH_TO_OTHER = (
    "Du er ved at rette mål {number}. Skal jeg lade det stå, som det er gemt, og gå til mål {other}? Svar «ja», "
    "eller «nej» for at rette mål {number} færdigt først."
)
GOAL_EDIT_ALREADY = "Du er allerede ved at rette mål {number}."
SWITCH_DROPPED = "Fint, det er droppet."
GOAL_EDIT_SWITCH_DROPPED = "Fint, mål {number} står, som det var gemt."
NAME_NOT_A_QUESTION = "Det lignede et spørgsmål. Skriv navnet, eller nummeret fra listen."
NOTHING_TO_GO_BACK_TO = "Vi er ved det første spørgsmål, så der er ikke noget at gå tilbage til."
HELP_PREFIX = "Sådan svarer du:"
HELP_FOOTER = (
    "Skriv «tilbage» for at gå et skridt tilbage, «pause» for at holde pause eller «annuller» for at stoppe. "
    "Du kan også spørge om noget andet undervejs."
)
PAUSED = (
    "Fint, vi holder pause – det, du har svaret indtil nu, er gemt. Skriv «fortsæt», når du vil videre, eller "
    "«annuller» for at stoppe. Imens kan du skrive alt det andet, du plejer."
)
GOAL_PAUSED = (
    "Fint, vi holder pause – dit udkast til målet er gemt. Skriv «fortsæt», når du vil videre, eller «annuller» "
    "for at droppe det. Imens kan du skrive alt det andet, du plejer."
)
STILL_PAUSED = "Det, du var i gang med, holder pause. Skriv «fortsæt», når du vil videre."
RESUMED = "Godt, vi fortsætter."
BACK_TO_QUESTION = "Tilbage til spørgsmålet:"
FINISH_PAUSED_FIRST = (
    "Du har noget på pause. Skriv «fortsæt» for at gøre det færdigt eller «annuller» for at stoppe det – så kan "
    "vi begynde på noget nyt."
)
RESUME_OFFER = (
    "Velkommen tilbage – vi var midt i et mål, og intet er gået tabt. Her er, hvor vi kom til "
    "(skriv «annuller», hvis du hellere vil stoppe):"
)

NO_AGREEMENT = (
    "Jeg kan ikke finde en aftale, hvor du er aftaleholder. Bed din chefkonsulent om at oprette den, "
    "eller skriv «hjælp»."
)
ASK_AGREEMENT = "Du har flere aftaler. Hvilken gælder målet? Svar med nummeret:"
ASK_AGREEMENT_HELP = "Skriv nummeret foran aftalen, fx «1»."
ASK_KIND = (
    "Hvilken slags mål er det?\n\n"
    "1. Bidrag til et af kommunens fokusområder\n\n"
    "2. Eget udviklingsmål for området\n\n"
    "3. Tværfagligt mål sammen med andre fagområder"
)
ASK_KIND_HELP = "Svar 1, 2 eller 3 – eller skriv «fokusområde», «eget» eller «tværfagligt»."
ASK_FOCUS_AREA = "Hvilket fokusområde bidrager målet til?"
ASK_FOCUS_AREA_HELP = "Svar med nummeret eller navnet på fokusområdet."
ASK_OWN_FOCUS_AREA = "Hvilket fokusområde skal din enhed have særligt fokus på med målet? Skriv navnet."
ASK_OWN_FOCUS_AREA_HELP = "Fx «Sygefravær» eller «Tidlig indsats». Enheden vælger selv sine fokusområder."
# A goal written out at the focus-area question: kept as the goal, and the question asked again.
GOAL_KEPT = "Tak, det gemmer jeg som målet."
GOAL_KEPT_ASK_FOCUS_AREA = "Tak, det gemmer jeg som målet. Hvilket fokusområde bidrager det til?"
GOAL_KEPT_ASK_OWN_FOCUS_AREA = (
    "Tak, det gemmer jeg som målet. Hvilket fokusområde skal din enhed have særligt fokus på med det? Skriv navnet.")
ASK_PARTNERS = "Hvilke fagområder eller fagchefer formulerer I målet sammen med?"
ASK_PARTNERS_HELP = "Fx «Social og Sundhed» eller «Lars Nielsen, Social og Sundhed»."
ASK_STATEMENT = (
    "Skriv målet med dine egne ord – som du ville skrive det i aftaledokumentet. "
    "Tag gerne med, hvad I vil opnå, og hvordan I kan se det."
)
ASK_STATEMENT_HELP = (
    "Fx: «Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo {year}. "
    "Vi følger det månedligt i LIS.»"
)
STATEMENT_TOO_SHORT = "Det er lidt kort til et mål. Prøv at skrive en hel sætning om, hvad I vil opnå."
NOT_UNDERSTOOD_CHOICE = "Det svar kunne jeg ikke bruge."
GOAL_UPDATED = "Mål {position} er rettet i aftalen for {unit} {year}."
NO_SUCH_GOAL = "Aftalen har {count} mål, så der er ikke noget mål {number}. Skriv «min aftale» for at se dem."
GOAL_SAVED = "Målet er gemt som kladde i aftalen for {unit} {year} (mål {position})."
GOAL_NEW_VERSION = (
    "Aftalen er nu en ny kladde (version {version}), som skal godkendes igen – skriv «send til godkendelse», når "
    "den er klar."
)
STILL_MISSING = "Det mangler aftalen stadig:"
AGREEMENT_COMPLETE = "Aftalen opfylder nu kravene til fokusområder og egne mål."

COACH_SUMMARY_INTRO = "Sådan ser målet ud nu. Gem det, ret noget, eller kassér det."
FOLLOW_UP_QUESTION = (
    "Passer det? Svar «ja» for at gemme målet sådan – eller skriv fx «kvartalsvis», «årligt» eller «±0,5» for at "
    "ændre det."
)
FOLLOW_UP_CHANGED = "Rettet."
BAND_TOO_WIDE = (
    "Et udsving på op til {band} er mere end hele den planlagte forandring, så alt ville se ud til at være på sporet. "
    "Skriv et mindre tal – eller «ret målværdi», hvis det var målværdien, du ville ændre."
)
COACH_REVIEW_PROMPT = "Skriv «gem», «ret» og hvad du vil rette (fx «ret målværdi»), eller «kassér»."
COACH_REVIEW_HELP = (
    "«gem» gemmer målet som kladde i aftalen. «ret tidsfrist» lader dig rette tidsfristen – det samme virker for "
    "output, effekt, indikator, datakilde, udgangspunkt, målværdi, delmål, opfølgning og selve målet. "
    "«kassér» sletter udkastet."
)
COACH_EDIT_WHICH = "Hvad vil du rette? Fx «ret målværdi» eller «ret opfølgning»."
COACH_EDIT_STATEMENT = "Skriv målet, som det skal stå:"
COACH_DISCARDED = "Udkastet er kasseret – intet er gemt."
COACH_STALE_CARD = "Det kort hører til et mål, der allerede er gemt eller kasseret."
EDIT_WORDS: dict[str, str] = {
    "mål": "statement", "målet": "statement", "formulering": "statement", "teksten": "statement",
    "output": "output", "effekt": "effect", "effekten": "effect",
    "indikator": "indicator", "indikatoren": "indicator", "måling": "indicator", "målemetode": "indicator",
    "datakilde": "data_source", "kilde": "data_source", "kilden": "data_source",
    "udgangspunkt": "baseline", "udgangspunktet": "baseline", "baseline": "baseline",
    "målværdi": "target", "målværdien": "target", "niveau": "target",
    "tidsfrist": "deadline", "frist": "deadline", "fristen": "deadline", "deadline": "deadline",
    "opfølgning": "followup", "opfølgningen": "followup",
    "delmål": "milestone", "delmålet": "milestone",
    "førende indikator": "leading_indicator",
}
STATEMENT_RESTATED = "Jeg har rettet formuleringen, så den passer: «{statement}»"
SAVE_WORDS = frozenset({"gem", "gem målet", "gem det", "ja gem", "goal.save"})
DISCARD_WORDS = frozenset({"kassér", "kasser", "kassér målet", "slet", "goal.discard"})

# --- «ny aftale»: setting up an agreement ----------------------------------------------------------------
SETUP_CANCELLED = "Stoppet – ingen aftale er oprettet. Skriv «ny aftale», når du vil i gang igen."
SETUP_RESUME = (
    "Velkommen tilbage – vi var ved at oprette en aftale, og intet er gået tabt. Her er, hvor vi kom til "
    "(skriv «annuller», hvis du hellere vil stoppe):"
)
SETUP_INTRO = "Lad os oprette en ny udviklingsaftale. Du bliver selv aftaleholder."
ASK_UNIT = "Hvilken enhed gælder aftalen? Svar med nummeret, eller skriv navnet på en ny enhed:\n\n{units}"
ASK_UNIT_FIRST = "Hvilken enhed gælder aftalen? Skriv enhedens navn, fx «Børn og Skole»."
ASK_ORGANISATION_UNIT = "Hvilken enhed gælder aftalen? Svar med nummeret:\n\n{units}"
ASK_ORGANISATION_UNIT_HELP = "Skriv nummeret på en enhed fra listen. Enhederne kommer fra kommunens organisation."
NO_UNIT_IN_ORGANISATION = (
    "Du er ikke aftaleholder for en enhed i kommunens organisation, så du kan ikke oprette en aftale. Din fagchef "
    "eller en chefkonsulent kan starte den («start aftale for ENHED»)."
)
ASK_UNIT_HELP = "Skriv nummeret på en enhed fra listen, eller navnet på en ny enhed – fx «Tønder Distriktsskole»."
NOT_FOR_UNIT = (
    "Du kan ikke oprette en aftale for {unit}: det kan kun enhedens aftaleholder fra et tidligere år, dens "
    "aftalegiver eller en chefkonsulent. Bed en chefkonsulent om hjælp, hvis aftalen skal være din."
)
UNIT_NAME_INVALID = "Skriv et navn på mellem 2 og 200 tegn, eller nummeret på en enhed fra listen."
ASK_AREA = "«{name}» er en ny enhed. Hvilket fagområde hører den under?"
ASK_AREA_HELP = (
    "Fx «Børn og Skole» eller «Social og Sundhed». Skriv «tilbage», hvis du hellere vil vælge en enhed fra listen."
)
ASK_YEAR = "Hvilket år gælder aftalen? Svar «ja» for {year}, eller skriv fx «{next}» eller «næste år»."
ASK_YEAR_DRAFTING = (
    "Vi er i gang med aftalerne for {year}. Gælder aftalen {year}? Svar «ja», eller skriv et andet år, fx «{this}»."
)
DRAFTING_SEASON = "Vi er i gang med aftalerne for {year}."
NO_AGREEMENT_FOR_YEAR = (
    "Du har endnu ingen aftale for {year}. Skriv «ny aftale» for at oprette den, så kommer målet i den."
)
ASK_RUNNING_YEAR_DRAFT = (
    "Vi er i gang med aftalerne for {year}, og du har endnu ingen aftale for {year}. Din aftale for {running} er "
    "stadig åben – skal målet i den? Svar med nummeret:\n\n{agreements}\n\n"
    "Eller skriv «ny aftale» for først at oprette aftalen for {year}."
)
ASK_RUNNING_YEAR_DRAFT_HELP = (
    "Skriv nummeret foran aftalen, fx «1», så kommer målet i den. Skriv «ny aftale», hvis målet hører til {year}."
)
YEAR_ENDED = "Aftalen for {year} er afsluttet, så der kommer ikke flere mål i den."
YEAR_ENDED_GO_ON = YEAR_ENDED + " Skriv «nyt mål for {current}», så kommer målet i aftalen for {current}."
YEAR_ENDED_START = YEAR_ENDED + " Skriv «ny aftale» for at oprette aftalen for {current}."
NO_DRAFT_FOR_YEAR = (
    "Vi er i gang med aftalerne for {year}, og du har endnu ingen aftale for {year}. "
    "Skriv «ny aftale» for at oprette den, så kommer målet i den."
)
ASK_YEAR_HELP = "Skriv et årstal fra {first} til {last}, «i år» eller «næste år»."
ASK_LEVEL = (
    "Hvilket niveau er aftalen på?\n\n"
    "1. Direktion ↔ fagchef\n\n"
    "2. Fagchef ↔ distrikts-, område- eller afdelingsleder (kun hvis fagchefen har valgt at bruge det niveau)"
)
ASK_LEVEL_HELP = (
    "Svar 1 eller 2. Aftaler mellem direktion og fagchef er obligatoriske for alle fagområder; "
    "aftaler med distrikts-, område- og afdelingsledere bestemmer fagchefen selv, om der skal bruges."
)
LEVEL_NAMES = {"direktion-fagchef": "direktion ↔ fagchef", "fagchef-leder": "fagchef ↔ leder"}
DUPLICATE_AGREEMENT = (
    "Der findes allerede en aftale for {unit} {year} på niveauet {level}. Skriv «min aftale» for at se den – "
    "eller «ny aftale» for at starte forfra med en anden enhed eller et andet år."
)
YEAR_TAKEN = "{unit} har allerede en aftale for {year}. Skriv et andet år, fx «{other}»."
LEVEL_TAKEN = "{unit} har allerede en aftale for {year} på niveauet {level}. Vælg det andet niveau."
GIVER_FROM_ORGANISATION = (
    "Aftalegiver: {name} – sådan står det i kommunens organisation. Er det forkert, kan en chefkonsulent rette "
    "det dér."
)
ASK_GIVER = "Hvem er aftalegiver? Svar med nummeret{search}:\n\n{people}"
ASK_GIVER_OR_SEARCH = ", eller skriv et navn, så søger jeg i organisationen"
ASK_GIVER_OR_NAME = ", eller skriv navnet"
ASK_GIVER_SEARCH_ONLY = "Hvem er aftalegiver? Skriv navnet, så søger jeg i organisationen."
ASK_GIVER_HELP = (
    "Aftalegiveren godkender aftalen: direktionen for en fagchef, fagchefen for en leder. "
    "Svar med nummeret foran personen, eller skriv et navn."
)
NO_KNOWN_GIVER = (
    "Jeg kender ingen andre i kommunen endnu, som kan være aftalegiver. Bed aftalegiveren om at skrive «hej» til "
    "Aftalebot i Teams, og skriv så «ny aftale» igen."
)
GIVER_MATCHES = "Jeg fandt – svar med nummeret, eller skriv et andet navn:\n\n{people}"
GIVER_MATCHES_HELP = "Svar med nummeret foran personen, eller skriv et andet navn for at søge igen."
GIVER_NOT_IN_DIRECTORY = "Jeg fandt ingen i organisationen, der matcher «{query}». Prøv et andet navn."
GIVER_NOT_KNOWN = (
    "Jeg kender ingen, der hedder «{query}». Vælg et nummer fra listen – aftalegiveren skal have skrevet til "
    "Aftalebot mindst én gang."
)
DIRECTORY_DOWN = (
    "Jeg kan ikke søge i organisationens adressebog lige nu. Vælg i stedet en af dem, jeg kender – "
    "svar med nummeret:\n\n{people}"
)
DIRECTORY_DOWN_NOBODY = (
    "Jeg kan ikke søge i organisationens adressebog lige nu, og jeg kender ingen andre i kommunen endnu. "
    "Prøv igen om lidt, eller skriv «annuller»."
)
GIVER_IS_HOLDER = "Du kan ikke være aftalegiver på din egen aftale. Vælg en anden."
GIVER_CHOSEN = "Aftalegiver: {name}."
ROLE_NAMES = {"director": "direktion", "coordinator": "chefkonsulent"}
SECTION_STEP = "Afsnit {n} af {total} – {label}."
ASK_GENERAL = (
    "{step} Kommunens fælles ledelsesfokus for året er:\n\n{focus}\n\nBrug den som den er? (ja / skriv din egen)"
)
ASK_GENERAL_HELP = (
    "«ja» bruger teksten ovenfor. Skriv jeres egen tekst for at bruge den i stedet, eller «spring over» for at "
    "udfylde afsnittet senere med «ret generelt»."
)
ASK_GENERAL_OWN = "Skriv jeres eget fælles ledelsesfokus – eller «spring over»."
ASK_FOCUS_TEXT = (
    "{step} Hvordan bidrager enheden til kommunens fokusområder ({areas})? Skriv kort – eller «spring over»."
)
ASK_FOCUS_TEXT_HELP = (
    "Fx «Vi bidrager til alle fokusområder, mest til Uddannelse og Beskæftigelse.» "
    "De konkrete mål tilføjer du bagefter med «nyt mål»."
)
ASK_ECONOMY = (
    "{step} Hvad er budgetrammen, og er der væsentlige budgetændringer, som kan påvirke målene? "
    "Skriv kort – eller «spring over»."
)
ASK_ECONOMY_HELP = (
    "Rammen følger det vedtagne budget. Væsentlige ændringer, der kan påvirke målopfyldelsen, kommenteres "
    "særskilt – fx «Rammen er 412 mio. kr. Besparelsen på 3 mio. kr. på specialundervisning kan påvirke målet om "
    "inklusion.» Budgettet følges op {followups} gange om året."
)
ASK_DIALOGUE = "{step} Hvordan foregår dialogen mellem dig og aftalegiveren? Skriv kort – eller «spring over»."
ASK_DIALOGUE_HELP = (
    "Fx «Dialogmøde hvert kvartal med udgangspunkt i aftalen og LIS.» "
    "Dialogen foregår før, under og efter aftaleperioden og ved evalueringen."
)
ASK_EVALUATION = "{step} Hvordan og hvor ofte evalueres aftalen? Skriv kort – eller «spring over»."
ASK_EVALUATION_HELP = "Fx «Aftalen evalueres på et dialogmøde i december og midtvejs i juni.»"
SECTION_OR_SKIP = "Skriv et par ord – eller «spring over», så udfylder du afsnittet senere."
SKIP_WORDS = frozenset({"spring over", "spring", "-", "–", "skip", "senere", "udfyld senere", "ingen"})
AGREEMENT_CREATED = "Aftalen for {unit} {year} er oprettet som kladde (version 1) med {giver} som aftalegiver."
SKIPPED_SECTIONS = "Du sprang over: {labels}. Skriv fx «{command}», når du vil udfylde det."
ADD_GOALS_HINT = "Skriv «nyt mål» for at tilføje mål."
SETUP_REFUSED = {
    "giver_is_holder": GIVER_IS_HOLDER,
    "unknown_giver": "Jeg kan ikke finde den aftalegiver længere. Skriv «ny aftale» for at prøve igen.",
    "unknown_unit": "Jeg kan ikke finde den enhed længere. Skriv «ny aftale» for at prøve igen.",
    "level_not_used": "Kommunen bruger ikke aftaler på det niveau.",
    "year_out_of_range": "Aftalen kan ikke oprettes for det år.",
    "unit_taken": (
        "En anden har netop oprettet en enhed med det navn, så aftalen er ikke gemt. Skriv «ny aftale» og vælg "
        "enheden på listen, eller brug et andet navn."
    ),
}

# --- «ret økonomi» and the other sections --------------------------------------------------------------
SECTION_CANCELLED = "Stoppet – afsnittet er uændret."
SECTION_RESUME = (
    "Velkommen tilbage – vi var ved at rette et afsnit i aftalen, og intet er gået tabt. Her er, hvor vi kom til "
    "(skriv «annuller», hvis du hellere vil stoppe):"
)
NO_AGREEMENT_TO_EDIT = "Du har ingen aftale, der kan rettes i. Skriv «ny aftale» for at oprette en."
ASK_EDIT_AGREEMENT = "Hvilken aftale vil du rette i? Svar med nummeret:\n\n{agreements}"
ASK_EDIT_AGREEMENT_HELP = "Skriv nummeret foran aftalen, fx «1»."
EDIT_AGREEMENT_LABEL = "{unit} {year} ({level}, {status})"
SECTION_CURRENT = "{label} i aftalen for {unit} {year} lyder nu:\n\n{text}"
SECTION_EMPTY = "{label} i aftalen for {unit} {year} er ikke udfyldt endnu."
SECTION_NEW_VERSION_WARNING = (
    "Aftalen er {status}. Retter du den, bliver den en ny kladde (version {version}), som skal godkendes igen."
)
ASK_SECTION_TEXT = "Skriv den nye tekst – eller «behold» for at lade den være, eller «slet» for at tømme afsnittet."
ASK_SECTION_TEXT_HELP = "Skriv hele afsnittet, som det skal stå. {example}"
KEEP_WORDS = frozenset({"behold", "uændret", "spring over", "-", "–", "nej"})
CLEAR_WORDS = frozenset({"slet", "tøm", "ryd", "slet teksten"})
SECTION_SAVED = "{label} er opdateret i aftalen for {unit} {year}."
SECTION_SAVED_NEW_VERSION = (
    "{label} er opdateret. Aftalen for {unit} {year} er nu en kladde i version {version} – skriv "
    "«send til godkendelse», når den er klar."
)
SECTION_UNCHANGED = "{label} er uændret."
SECTION_TEXT_KEPT = "Jeg har gemt din tekst til {label}, og den kommer i den aftale, du vælger:\n\n{text}"
SECTION_USE_KEPT_TEXT = (
    "Din tekst fra før:\n\n{text}\n\nSvar «ja» for at bruge den, skriv en anden tekst, eller «behold» for at lade "
    "afsnittet være."
)
SECTION_SAVED_TEXT = "{label} er opdateret i aftalen for {unit} {year} og lyder nu:\n\n{text}"
AGREEMENT_STATUS_NAMES = {
    "draft": "kladde",
    "submitted": "sendt til godkendelse",
    "changes_requested": "sendt tilbage til ændringer",
    "approved": "godkendt",
}
