"""Danish text of the status edge (questions and registered values)."""

REGISTERED = "Gemt: {name}, {period}: {value}."
REGISTERED_CHANGED = "Rettet: {name}, {period}: {value}."
REGISTERED_SAME = "{name} havde allerede {value} for {period} – intet er ændret."
NOT_REGISTERED = "Værdien er ikke gemt: {problem}"
NOTHING_FOR_THE_CHAT = (
    "Her i chatten viser jeg status for de aftaler, som alle i chatten må se, og for godkendte aftaler for de "
    "enheder, chatten abonnerer på – og der er ingen. Skriv til mig i vores private chat for at se dine egne aftaler."
)
NOTHING_FOR_THE_CHANNEL = (
    "Her i kanalen viser jeg kun status for godkendte aftaler for de enheder, kanalen abonnerer på – og der er "
    "ingen endnu. Skriv til mig i vores private chat for at se dine egne aftaler."
)
