"""Danish text of the status edge (questions and registered values)."""

REGISTERED = "Gemt: {name}, {period}: {value}."
REGISTERED_CHANGED = "Rettet: {name}, {period}: {value}."
REGISTERED_SAME = "{name} havde allerede {value} for {period} – intet er ændret."
NOT_REGISTERED = "Værdien er ikke gemt: {problem}"
