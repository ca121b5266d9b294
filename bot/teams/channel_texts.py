"""Danish text of the channel status: subscribing a channel or group chat to a unit's monthly status."""

# {place}: «Kanalen» in a team channel, «Chatten» in a group chat.
PLACE_CHANNEL = "Kanalen"
PLACE_CHAT = "Chatten"

WHEN = "den {day}. arbejdsdag i måneden"
SUBSCRIBED = "{place} får nu månedsstatus for {unit} {when}."
SUBSCRIBED_NO_INDICATORS = (
    " {unit} har endnu ingen aftale med indikatorer, så det første kort kommer, når der er noget at følge op på."
)
ALREADY = "{place} får allerede månedsstatus for {unit} {when}."
UNSUBSCRIBED = "{place} får ikke længere månedsstatus for {unit}."
NOT_SUBSCRIBED = "{place} får ikke månedsstatus for {unit}, så der er intet at stoppe."
LISTED = "{place} får månedsstatus for {units} {when}."
NONE_LISTED = (
    "{place} får ikke månedsstatus for nogen enhed endnu. Skriv «@Aftalebot abonnér på status for {example}» "
    "for at sætte det op."
)
WHICH_UNIT = "Hvilken enhed? Skriv fx «@Aftalebot {verb} status for {example}»."
VERB_SUBSCRIBE = "abonnér på"
VERB_UNSUBSCRIBE = "stop"
UNKNOWN_UNIT = "Jeg kender ikke enheden «{query}». Enhederne er: {units}."
UNKNOWN_UNIT_NONE = "Jeg kender ikke enheden «{query}», og der er ingen enheder endnu."
AMBIGUOUS_UNIT = "«{query}» kan være flere enheder: {units}. Skriv hele navnet."
IN_PRIVATE = (
    "Månedsstatus til en kanal sættes op i selve kanalen: skriv «@Aftalebot abonnér på status for {unit}» dér."
)
EXAMPLE_UNIT = "<enhed>"
AND = "og"
OR = "eller"
MORE = "…"

# The channel as the job runner's recipient (in logs and errors only).
RECIPIENT_NAME = "kanalen for {unit}"
