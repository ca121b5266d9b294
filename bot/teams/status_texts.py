"""Danish text of the status edge (questions and registered values)."""

REGISTERED = "Gemt: {name}, {period}: {value}."
REGISTERED_CHANGED = "Rettet: {name}, {period}: {value}."
REGISTERED_SAME = "{name} havde allerede {value} for {period} – intet er ændret."
NOT_REGISTERED = "Værdien er ikke gemt: {problem}"
# A group chat in which not everyone may read the agreement (and that follows no unit's approved agreement).
NOTHING_FOR_THE_CHAT = "Ikke alle her i chatten må se aftalen. Skriv «status» til mig privat, så får du den dér."
NOTHING_FOR_THE_CHANNEL = (
    "Her i kanalen viser jeg kun status for godkendte aftaler for de enheder, kanalen abonnerer på – og der er "
    "ingen endnu. Skriv til mig i vores private chat for at se dine egne aftaler."
)
