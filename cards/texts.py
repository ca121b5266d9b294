"""Danish text shown on cards."""

from cards.payloads import Section

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
    ("ret mål 2", "Åbn et gemt mål igen og ret det"),
    ("ny aftale", "Opret årets aftale: enhed, år, niveau, aftalegiver og afsnit"),
    ("ret økonomi", "Ret et afsnit – også «ret generelt», «ret dialog» og «ret evaluering»"),
    ("send til godkendelse", "Send aftalen til din aftalegiver – skriv evt. en kommentar efter et kolon"),
    ("historik", "Se versioner og beslutninger"),
    ("delte mål", "Se tværgående mål, der deles med andre enheder – «del mål 8 med Social og Sundhed» deler et"),
    ("status", "Se hvordan det går med målene og indikatorerne"),
    ("planlæg dialogmøde", "Planlæg et dialogmøde – fx «planlæg dialogmøde 14/1 kl. 10». Dagsorden og påmindelser "
                           "kommer af sig selv. «flyt mødet til kl. 13» flytter det"),
    ("noter til mødet", "Skriv noter, beslutninger og handlingspunkter under mødet – «afslut møde» sender referatet"),
    ("mine handlingspunkter", "Se og luk dine handlingspunkter"),
    ("abonnér på status for Børn og Skole", "Skrevet i en kanal: kanalen får enhedens månedsstatus"),
    ("hjælp", "Vis denne oversigt"),
)
HELP_IN_DIALOG = (
    "Midt i en samtale kan du skrive «hjælp», «tilbage» for at gå et skridt tilbage, «pause» for at holde pause eller "
    "«annuller» for at stoppe – og spørge om noget andet undervejs."
)

# A giver (aftalegiver: a director, or a fagchef who approves their leaders' agreements).
GIVER_WELCOME_BODY = (
    "Jeg hjælper dig som aftalegiver: Når en aftaleholder sender sin udviklingsaftale, får du den her som et kort, "
    "hvor du godkender eller beder om ændringer med ét klik. Jeg minder jer om dialogmøderne og sender månedens status."
)
GIVER_WELCOME_START = "Skriv fx «hvad venter på min godkendelse», «min aftale», «status» eller «hjælp»."
GIVER_HELP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("hvad venter på min godkendelse", "Se de aftaler, der venter på dig – godkend eller bed om ændringer på kortet"),
    ("min aftale", "Se de aftaler, du er aftalegiver på, og hvad der mangler i dem"),
    ("status", "Se hvordan det går med målene og indikatorerne"),
    ("næste møde", "Se næste dialogmøde og dagsordenen"),
    ("planlæg dialogmøde", "Planlæg et dialogmøde med aftaleholderen – fx «planlæg dialogmøde 14/1 kl. 10»"),
    ("mine handlingspunkter", "Se og luk dine handlingspunkter"),
    ("frister", "Se årshjulets næste frister"),
    ("hjælp", "Vis denne oversigt"),
)
# The holder's help card gets this line too when they also give an agreement (a fagchef with leaders' agreements).
HELP_PENDING = GIVER_HELP_COMMANDS[0]
BUTTON_PENDING = "Venter på mig"
BUTTON_AGREEMENTS = "Aftalerne"

# A chefkonsulent (tovholder for the yearly process in all units).
COORDINATOR_WELCOME_BODY = (
    "Jeg hjælper dig som chefkonsulent med at holde styr på årets udviklingsaftaler i alle enheder: hvor langt hver "
    "aftale er, hvad der venter på godkendelse, og hvem der er bagud med årshjulets frister."
)
COORDINATOR_WELCOME_START = "Skriv fx «overblik», «hvem er bagud», «frister» eller «hjælp»."
COORDINATOR_HELP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("overblik", "Se alle enheders aftaler for året – også «overblik Børn og Skole» eller «overblik 2027»"),
    ("hvem er bagud", "Se hvem der er bagud med årshjulets frister"),
    ("årsoverblik", "Se årets evaluering for alle enheder – fx «årsoverblik 2026»"),
    ("hvordan går det med Børn og Skole?", "Se status for en enheds mål og indikatorer"),
    ("frister", "Se årshjulets næste frister"),
    ("hvem godkender aftalen for Børn og Skole?", "Find en enheds aftaleholder og aftalegiver"),
    ("start næste års aftaler", "Start næste års aftale for hver enhed i organisationen; aftaleholderne får besked"),
    ("organisation", "Se organisationen, og ret en rolle eller en enheds aftaleholder og aftalegiver"),
    ("standardtekster", "Ret standardteksterne og det fælles grundlag, som næste års aftaler starter med – fx "
                        "«standardtekster for 2028»"),
    ("hjælp", "Vis denne oversigt"),
)
BUTTON_OVERVIEW = "Overblik"
BUTTON_BEHIND = "Hvem er bagud"

BUTTON_NEW_GOAL = "Nyt mål"
BUTTON_MY_AGREEMENT = "Min aftale"
BUTTON_HELP = "Hjælp"
BUTTON_PLAN_MEETING = "Planlæg dialogmøde"

SUMMARY_TITLE = "Dit mål"
SUMMARY_CHECKLIST = "Tjekliste (konkret og målbart)"
PRESENT = "på plads"
MISSING = "mangler"
UNCLEAR = "skal præciseres"
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

AGREEMENT_TITLE = "Udviklingsaftale {year} – {unit}"
AGREEMENT_FACTS = ("Aftaleholder", "Aftalegiver", "Niveau", "Status", "Version")
AGREEMENT_SECTIONS = "Aftalens afsnit"
AGREEMENT_GOALS = "Mål"
AGREEMENT_NO_GOALS = "Ingen mål endnu – skriv «nyt mål» for at komme i gang."
AGREEMENT_SHARED_GOALS = "Delte tværgående mål (ejes af en anden enhed)"
AGREEMENT_SHARED_GOAL = "**Fra {owner}**"
SHARED_GOAL_WAITING = "Venter på dit svar: «accepter delt mål fra {owner}» eller «afvis delt mål fra {owner}»"
AGREEMENT_R3 = "Krav til aftalen som helhed"
AGREEMENT_READY = "Aftalen er klar til at blive sendt til godkendelse."
AGREEMENT_MISSING = "Det mangler:"
AGREEMENT_LOCKED = {
    "submitted": "Sendt til godkendelse hos {giver}. Retter du noget nu, bliver det en ny version.",
    "approved": "Godkendt af {giver}. Retter du noget nu, bliver det en ny version, der skal godkendes igen.",
}
SECTION_EMPTY = "(ikke udfyldt)"
REASON_LABEL = "Aftalen mangler noget. Send den alligevel med en begrundelse:"
SUBMIT_COMMENT_LABEL = "Kommentar til aftalegiveren (valgfri)"
SUBMIT_COMMENT_PLACEHOLDER = "Fx «Målværdien for mål 1 er hævet til 95 %, som du bad om»"
DECISION_NOTE_CHANGES = "{name} bad om ændringer {when} (version {version}):"
DECISION_NOTE_APPROVED = "Godkendt af {name} {when} (version {version})."
REASON_PLACEHOLDER = "Fx «Det tværfaglige mål aftales på mødet med Social og Sundhed i januar»"
BUTTON_ADD_GOAL = "Tilføj mål"
BUTTON_SUBMIT = "Send til godkendelse"
BUTTON_EDIT_AGREEMENT = "Ret"
BUTTON_EXPORT = "Eksportér"
EXPORT_TITLE = "Hent aftalen"
BUTTON_DOWNLOAD_DOCX = "Hent Word-dokument"
BUTTON_DOWNLOAD_MARKDOWN = "Hent som Markdown"
EXPORT_READY = "Aftalen for {unit} {year} (version {version}) er klar til at hente."
EXPORT_VALIDITY = "Linkene virker i {minutes} minutter og kun for dig. Tryk på «Eksportér» igen for nye links."
EDIT_SECTIONS: tuple[tuple[str, Section], ...] = (  # (button title, the section an «ask» button names)
    ("Generelt", "generelt"),
    ("Fokusområder", "fokusområder"),
    ("Økonomi", "økonomi"),
    ("Dialog", "dialog"),
    ("Evaluering", "evaluering"),
)

APPROVAL_TITLE_PENDING = "Udviklingsaftale til godkendelse"
APPROVAL_TITLE_APPROVED = "Udviklingsaftalen er godkendt"
APPROVAL_TITLE_CHANGES = "Der er bedt om ændringer"
APPROVAL_TITLE_STALE = "Aftalen er ændret siden"
APPROVAL_FACTS = ("Enhed", "År", "Aftaleholder", "Aftalegiver", "Version", "Status")
APPROVAL_SENT_WITH_GAPS = "Sendt med mangler. Aftaleholderens begrundelse:"
APPROVAL_HOLDER_COMMENT = "{holder} skriver:"
APPROVAL_GOALS = "Mål ({count})"
APPROVAL_INVOLVEMENT = "Inddraget i målene"
INVOLVEMENT_DAY_LABEL = "Hvornår?"
INVOLVEMENT_ANSWERS = (("involved", "Ja, send"), ("not_relevant", "Ikke relevant, send"), ("not_yet", "Ikke endnu"))
APPROVAL_GOAL_LABELS = ("Indikator", "Udgangspunkt → målværdi", "Tidsfrist")
APPROVAL_GOAL_PART = "**{label}:** {value}"
APPROVAL_GOAL_UNMEASURED = "Ingen indikator, målværdi eller tidsfrist."
CHANGES_TITLE = "Ændringer siden version {version} ({decision})"
CHANGES_GIVER_COMMENT = "Kommentar: «{comment}»"
CHANGES_NONE = "Intet er ændret i mål eller afsnit."
CHANGES_SECTION = "afsnittet «{section}»"
CHANGE_MARKS = {"added": "Nyt", "changed": "Ændret", "removed": "Fjernet"}
BUTTON_WHOLE_AGREEMENT = "Se hele aftalen"
CHANGE_LABELS = {
    "statement": "Formulering", "kind": "Type", "focus_area": "Fokusområde", "co_owners": "Partnere",
    "initiative": "Indsats", "output": "Output", "effect": "Effekt", "measurement_method": "Målemetode",
    "data_source": "Datakilde", "followup": "Opfølgning", "milestone": "Delmål for i år",
    "leading_indicator": "Førende indikator", "indicator.name": "Indikator", "indicator.baseline": "Udgangspunkt",
    "indicator.target": "Målværdi", "indicator.target_text": "Målværdi", "indicator.measure_unit": "Enhed",
    "indicator.deadline": "Tidsfrist", "indicator.frequency": "Hyppighed",
}
CHANGE_NONE_VALUE = "(intet)"
CHANGE_LONG = "{label} er ændret: «{after}»"
CHANGE_STATEMENT = "Formuleringen var: «{before}»"
FREQUENCY_LABELS = {"monthly": "Månedlig", "quarterly": "Kvartalsvis", "yearly": "Årlig"}
DETAIL_LABELS: tuple[tuple[str, str], ...] = (
    ("initiative", "Indsats"), ("output", "Output"), ("effect", "Effekt"), ("measurement_method", "Målemetode"),
    ("data_source", "Datakilde"), ("followup", "Opfølgning"), ("milestone", "Delmål for i år"),
    ("leading_indicator", "Førende indikator"),
)
APPROVAL_DECIDED = "{decision} af {name} {when} (version {version})."
APPROVAL_COMMENT = "Kommentar: {comment}"
APPROVAL_COMMENT_LABEL = "Kommentar (skal udfyldes, hvis du beder om ændringer)"
APPROVAL_COMMENT_PLACEHOLDER = "Fx «Mål 3 mangler et udgangspunkt»"
APPROVAL_WAITING = "Venter på {giver}s godkendelse."
APPROVAL_STALE = "Den version, kortet viser, er erstattet af version {version}. Skriv «min aftale» for at se den nye."
BUTTON_APPROVE = "Godkend"
BUTTON_REQUEST_CHANGES = "Anmod om ændringer"
DECISION_WORDS = {"approved": "Godkendt", "changes_requested": "Sendt tilbage til ændringer"}

STATUS_LABELS = {
    "draft": "Kladde",
    "submitted": "Sendt til godkendelse",
    "changes_requested": "Sendt tilbage til ændringer",
    "approved": "Godkendt",
}
LEVEL_LABELS = {"direktion-fagchef": "Direktion ↔ fagchef", "fagchef-leder": "Fagchef ↔ leder"}
GOAL_KIND_LABELS = {"focus_area": "Fokusområde", "own": "Eget mål", "cross_cutting": "Tværfagligt mål"}

# The year-end overview for the direktion («årsoverblik 2026», cards/year_review.py).
YEAR_REVIEW_TITLE = "Årsoverblik {year}"
YEAR_REVIEW_SUBTITLE = "Evalueringen af udviklingsaftalerne for {year}"
YEAR_REVIEW_UNITS = "{total} · {evaluated} evalueret · {missing} mangler"
YEAR_REVIEW_AGREEMENTS = ("1 aftale", "{n} aftaler")  # one, several
YEAR_REVIEW_GOALS = "Mål: {met} opfyldt · {partly} delvist opfyldt · {not_met} ikke opfyldt"
YEAR_REVIEW_NOT_ASSESSED = " · {count} ikke vurderet"
YEAR_REVIEW_PEOPLE = "{holder} ↔ {giver}"
YEAR_REVIEW_GOAL = "{number}. {statement} – **{assessment}**"
YEAR_REVIEW_GOAL_NOT_ASSESSED = "ikke vurderet"
YEAR_REVIEW_MISSING_HEADING = "Ikke evalueret endnu"
YEAR_REVIEW_EMPTY = "Der er ingen aftaler for {year}."
YEAR_REVIEW_MORE = "… og {count} aftaler mere. Hent den enkelte aftale for at se hele evalueringen."
