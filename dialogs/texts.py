"""Danish text of the conversations."""

HELP_WORDS = frozenset({"hjælp", "hjaelp", "help", "?"})
CANCEL_WORDS = frozenset({"annuller", "annullér", "afbryd", "stop", "cancel"})
BACK_WORDS = frozenset({"tilbage", "back", "fortryd"})
YES_WORDS = frozenset({"ja", "j", "ja tak", "yes", "ok", "jep"})
NO_WORDS = frozenset({"nej", "n", "nej tak", "no"})

CONFIRM_CANCEL = "Vil du stoppe uden at gemme? Svar «ja» eller «nej»."
CANCELLED = "Stoppet – intet er gemt. Skriv «nyt mål», når du vil i gang igen."
NOT_CANCELLED = "Fint, vi fortsætter."
NOTHING_TO_GO_BACK_TO = "Vi er ved det første spørgsmål, så der er ikke noget at gå tilbage til."
HELP_PREFIX = "Sådan svarer du:"
HELP_FOOTER = "Skriv «tilbage» for at gå et skridt tilbage eller «annuller» for at stoppe."
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
ASK_PARTNERS = "Hvilke fagområder eller fagchefer formulerer I målet sammen med?"
ASK_PARTNERS_HELP = "Fx «Social og Sundhed» eller «Lars Nielsen, Social og Sundhed»."
ASK_STATEMENT = (
    "Skriv målet med dine egne ord – som du ville skrive det i aftaledokumentet. "
    "Tag gerne med, hvad I vil opnå, og hvordan I kan se det."
)
ASK_STATEMENT_HELP = (
    "Fx: «Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo 2026. "
    "Vi følger det månedligt i LIS.»"
)
STATEMENT_TOO_SHORT = "Det er lidt kort til et mål. Prøv at skrive en hel sætning om, hvad I vil opnå."
NOT_UNDERSTOOD_CHOICE = "Det svar kunne jeg ikke bruge."
GOAL_SAVED = "Målet er gemt som kladde i aftalen for {unit} {year} (mål {position})."
STILL_MISSING = "Det mangler aftalen stadig:"
AGREEMENT_COMPLETE = "Aftalen opfylder nu kravene til fokusområder og egne mål."

COACH_SUMMARY_INTRO = "Sådan ser målet ud nu. Gem det, ret noget, eller kassér det."
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
SAVE_WORDS = frozenset({"gem", "gem målet", "gem det", "ja gem", "goal.save"})
DISCARD_WORDS = frozenset({"kassér", "kasser", "kassér målet", "slet", "goal.discard"})
