"""Danish text the meeting flow says (the cards' own text is in cards/meeting_texts.py)."""

NO_AGREEMENT = (
    "Du er hverken aftaleholder eller aftalegiver på en aftale, så der er ikke noget dialogmøde at planlægge."
)
WHICH_AGREEMENT = "Hvilken aftale skal mødet handle om?"
TIME_NOT_UNDERSTOOD = "Det tidspunkt kunne jeg ikke bruge: {error} Vælg dato og tid på kortet i stedet."
SCHEDULED = (
    "Dialogmødet er planlagt: {when}{place}. Deltagere: {participants}. {reminders}"
)
ALREADY_SCHEDULED = "Mødet {when} er allerede planlagt – her er dagsordenen."
SCHEDULED_PLACE = ", {place}"
REMINDERS = "Alle deltagere får en påmindelse med dagsorden {days} før."
NO_REMINDERS = "Mødet er så tæt på, at der ikke sendes påmindelser – dagsordenen kommer her."
CALENDAR_QUEUED = "Jeg lægger det i deltagernes Outlook-kalender om et øjeblik."
CALENDAR_FAILED = (
    "Jeg kunne ikke lægge mødet i Outlook-kalenderen, så send selv en invitation. Mødet og påmindelserne er "
    "gemt her."
)
CALENDAR_NO_EMAIL = "Jeg kender ikke alle deltageres e-mail, så mødet er ikke lagt i Outlook-kalenderen."
PLANNED_FOR_OTHER = "{name} har planlagt dette dialogmøde. Tilføj gerne dine egne punkter til dagsordenen."
MOVED = "Dialogmødet er flyttet fra {before} til {when}. {reminders} De andre deltagere får besked."
MOVED_UNCHANGED = "Mødet ligger allerede {when}."
MOVED_CALENDAR = "Husk at flytte mødet i Outlook-kalenderen også – det gør jeg ikke selv endnu."
MOVED_FOR_OTHER = "{name} har flyttet dialogmødet til {when}. Her er dagsordenen."
# {day}: a day a week ahead of the clock (agreements.dialogue.meeting_time.example_day), never a past date.
MOVE_WHICH_TIME = ("Skriv hvornår mødet skal være, fx «flyt mødet til kl. 13», «flyt mødet en time senere» eller "
                   "«flyt mødet til {day} kl. 10».")
TYPED_NOTE_EMPTY = (
    "Skriv noten efter kolon, fx «note: Vi drøftede sygefraværet» eller «beslutning: Vi følger op i marts»."
)
NO_MEETING = "Du har ikke noget dialogmøde i gang eller planlagt. Skriv «planlæg dialogmøde» for at planlægge et."
NO_UPCOMING = "Du har ikke noget kommende dialogmøde. Skriv «planlæg dialogmøde» for at planlægge et."
ENDED = "Mødet er afsluttet, og referatet er sendt til alle deltagere."
ALREADY_ENDED = "Mødet var allerede afsluttet – her er referatet."
SUMMARY_FOR_OTHER = "{name} har afsluttet dialogmødet. Her er referatet."
NO_EVALUATION_MEETING = (
    "Der er ikke planlagt et evalueringsmøde endnu. Skriv «planlæg evaluering» for at planlægge årets "
    "evalueringsmøde."
)
CARRIED = "{count} mål er overført til kladden for {year}. Skriv «min aftale» for at se den."
CARRIED_NONE = "Der var ingen ikke opfyldte mål at overføre, som ikke allerede var overført."
ACTION_DUE_TODAY = "Påmindelse: handlingspunktet har frist i dag."
ACTION_OVERDUE = "Påmindelse: handlingspunktets frist er overskredet."


def days_text(days: tuple[int, ...]) -> str:
    """«5 og 1 arbejdsdag», «1 arbejdsdag»."""
    ordered = sorted(set(days), reverse=True)
    numbers = [str(d) for d in ordered]
    joined = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " og " + numbers[-1]
    return f"{joined} {'arbejdsdag' if ordered[-1] == 1 else 'arbejdsdage'}"
