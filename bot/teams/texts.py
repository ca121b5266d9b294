"""Danish text the edge itself says."""

ERROR = (
    "Beklager – der gik noget galt hos mig, så jeg kunne ikke gøre det færdigt. "
    "Det, du allerede har gemt, er i god behold. Prøv igen om lidt, eller skriv «hjælp»."
)
DATABASE_UNAVAILABLE = "Databasen kan ikke nås lige nu, så intet er gemt. Prøv igen om lidt."
NOTHING_GOING_ON = (
    "Der er ikke noget i gang, som det svar hører til. Står der knapper på et kort, så brug dem – "
    "eller skriv fx «nyt mål», «min aftale» eller «hjælp»."
)
NOT_UNDERSTOOD = (
    "Det forstod jeg ikke helt. Skriv «hjælp» for at se, hvad jeg kan – "
    "eller prøv «nyt mål» eller «min aftale»."
)
NO_ANSWER = (
    "Det fik jeg ikke noget svar ud af – beklager. Skriv «hjælp» for at se, hvad jeg kan, eller prøv at sige det "
    "på en anden måde."
)
UNKNOWN_PERSON = "Jeg kan ikke se, hvem du er, så jeg kan ikke hjælpe her. Åbn mig i Microsoft Teams."
INVALID_ACTION = "Den knap kunne jeg ikke bruge – kortet er måske forældet. Skriv «hjælp» for at komme videre."
STALE_GOAL_CARD = (
    "Det kort hører til et mål, der allerede er gemt eller kasseret. Skriv «nyt mål» for at starte et nyt."
)
# In a channel or group chat every answer begins with a mention of the person who asked.
GROUP_GO_PRIVATE = "Det tager vi i vores private chat, så kladder ikke deles her. Jeg har skrevet til dig dér."
GROUP_OPEN_PRIVATE = (
    "Det tager vi i en privat chat, så dine udkast ikke deles her. Åbn Aftalebot under Apps i Teams og "
    "skriv «{command}» dér."
)
SHARED_ACTION_PRIVATE = (
    "Den knap virker kun i din private chat med mig, så møder, handlingspunkter og overblik ikke deles her."
)
GROUP_NOT_UNDERSTOOD = "Her i gruppen kan jeg svare på «status» og «hjælp». Resten tager vi i din private chat med mig."
PRIVATE_FOLLOW_UP = "Du spurgte om «{command}» i en gruppe – her er det, privat:"
PRIVATE_START = "Du bad om «{command}» i en gruppe. Skriv det her i vores private chat, så går vi i gang."
GROUP_WELCOME = (
    "Hej alle! Jeg er Aftalebot og hjælper med udviklingsaftalerne. Nævn mig med @Aftalebot og fx «status» "
    "eller «hjælp». Jeres egne udkast viser jeg kun i jeres private chat med mig."
)
NO_AGREEMENTS = "Du er ikke aftaleholder på nogen aftale endnu."
AGREEMENT_LINE = "**{unit} {year}** – {status}, {goals} mål"
AGREEMENT_MISSING = "Mangler: {items}"
AGREEMENT_READY = "Aftalen opfylder kravene til fokusområder, egne mål og målbarhed."
STATUS_NAMES = {
    "draft": "kladde",
    "submitted": "sendt til godkendelse",
    "changes_requested": "sendt tilbage til ændringer",
    "approved": "godkendt",
}

SUBMITTED = "Aftalen er sendt til {giver}. Du får besked, når der er truffet en beslutning."
SUBMITTED_GIVER_UNREACHABLE = (
    "Aftalen er sendt til godkendelse, men {giver} har ikke åbnet Aftalebot i Teams endnu, så kortet kan ikke "
    "nå frem. Bed {first} om at finde Aftalebot under Apps i Teams og skrive «hej» – så får {first} "
    "godkendelseskortet med det samme."
)
SUBMITTED_APP_INSTALLED_DELIVERED = (
    "Aftalen er sendt til {giver}. {first} havde ikke åbnet Aftalebot i Teams, så jeg har installeret den hos "
    "{first} og sendt godkendelseskortet dertil. Du får besked, når der er truffet en beslutning."
)
SUBMITTED_APP_INSTALLED = (
    "Aftalen er sendt til {giver}. {first} havde ikke åbnet Aftalebot i Teams, så jeg har installeret den hos "
    "{first}; godkendelseskortet kommer frem, så snart Teams har gjort den klar. Du får besked, når der er truffet "
    "en beslutning."
)
NEEDS_REASON = (
    "Aftalen mangler stadig noget:\n\n{items}\n\n"
    "Du kan rette det først, eller skrive en kort begrundelse i feltet på kortet og sende igen."
)
NEW_APPROVAL_FOR_GIVER = "{holder} har sendt udviklingsaftalen for {unit} {year} til din godkendelse."
APPROVED_FOR_HOLDER = "{giver} har godkendt aftalen for {unit} {year} (version {version})."
# The comment on a line of its own: a quoted sentence ends with its own full stop, none after the quote.
CHANGES_FOR_HOLDER = (
    "{giver} beder om ændringer i aftalen for {unit} {year}:\n\n«{comment}»\n\nRet det, der skal ændres (fx «ret "
    "mål 1»), og send aftalen igen fra kortet herunder."
)
APPROVED_WITH_COMMENT = "Kommentar: «{comment}»"
GIVER_SEES_DRAFT = (
    "Aftalen for {unit} {year} er en kladde, som {holder} arbejder på. Du får den til godkendelse, når den bliver "
    "sendt – her er den, som den ser ud nu:"
)
DECISION_DONE_FOR_GIVER = {
    "approved": "Godkendt – {holder} har fået besked.",
    "changes_requested": "Sendt tilbage til {holder} med din kommentar.",
}
TYPED_NOT_SAVED = "Det, du skrev, blev ikke gemt – her er det, så du kan bruge det igen: «{text}»"
NOTHING_TO_SUBMIT = "Du har ingen kladde, der kan sendes til godkendelse. Skriv «min aftale» for at se status."
NO_AGREEMENT_TO_SHOW = "Du har ingen aftaler som aftaleholder eller aftalegiver."
GIVER_APPROVED = "{giver} godkendte aftalen for {unit} {year} (version {version}) {when}{comment}."
GIVER_CHANGES = "{giver} bad om ændringer i aftalen for {unit} {year} (version {version}) {when}{comment}."
GIVER_COMMENT = " med kommentaren «{comment}»"
GIVER_NO_COMMENT = " uden kommentar"
GIVER_WAITING_NOW = "Version {version} venter nu på svar."
GIVER_NOT_ASKED = (
    "{giver} har ikke sagt noget om aftalen for {unit} {year} endnu – den er ikke sendt til godkendelse. Skriv "
    "«send til godkendelse», når den er klar."
)
GIVER_WAITING = "{giver} har ikke svaret på aftalen for {unit} {year} endnu – version {version} venter på godkendelse."
HISTORY_TITLE = "Historik for aftalen for {unit} {year}:"
HISTORY_LINE = "Version {version}: sendt {submitted}{reason}{decision}"
HISTORY_NONE = "Aftalen er ikke sendt til godkendelse endnu (version {version}, kladde)."
HISTORY_REASON = " med kommentaren «{reason}»"
HISTORY_COMMENT = ": «{comment}»"
