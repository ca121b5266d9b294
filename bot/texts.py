"""Danish text the edge itself says."""

ERROR = (
    "Beklager – der gik noget galt hos mig, så jeg kunne ikke gøre det færdigt. "
    "Det, du allerede har gemt, er i god behold. Prøv igen om lidt, eller skriv «hjælp»."
)
NOT_UNDERSTOOD = (
    "Det forstod jeg ikke helt. Skriv «hjælp» for at se, hvad jeg kan – "
    "eller prøv «nyt mål» eller «min aftale»."
)
UNKNOWN_PERSON = "Jeg kan ikke se, hvem du er, så jeg kan ikke hjælpe her. Åbn mig i Microsoft Teams."
INVALID_ACTION = "Den knap kunne jeg ikke bruge – kortet er måske forældet. Skriv «hjælp» for at komme videre."
STALE_GOAL_CARD = (
    "Det kort hører til et mål, der allerede er gemt eller kasseret. Skriv «nyt mål» for at starte et nyt."
)
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
    "submitted": "afventer godkendelse",
    "changes_requested": "ændringer ønsket",
    "approved": "godkendt",
}
