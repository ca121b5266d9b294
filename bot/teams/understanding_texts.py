"""Danish text for answers to free phrasing (bot.teams.understanding)."""

WHICH_GOAL_TO_EDIT = "Hvilket mål vil du rette? Skriv fx «ret mål 2» – her er aftalen med målenes numre:"
DELETE_GOAL = (
    "Jeg kan ikke slette et gemt mål endnu. Ret det i stedet med «ret mål 2» (med målets nummer), eller bed din "
    "chefkonsulent om hjælp. Her er aftalen:"
)
WHICH_SECTION = "Hvilket afsnit vil du rette?"
EXPORT_FROM_CARD = "Tryk «Eksportér» på aftalekortet, så får du aftalen som Word-dokument:"
REGISTER_FROM_CARD = "Tal registrerer du fra statuskortet: tryk «Registrér en værdi» ved indikatoren."
SUBSCRIBE_IN_CHANNEL = (
    "Det skal skrives i den kanal eller gruppechat, der skal have status – fx «@Aftalebot abonnér på status for "
    "Børn og Skole». Så poster jeg enhedens månedsstatus dér."
)
YOU_ARE_WELCOME = "Selv tak! Skriv bare, hvis der er mere – «hjælp» viser, hvad jeg kan."
DID_YOU_MEAN = "Mente du …?"
