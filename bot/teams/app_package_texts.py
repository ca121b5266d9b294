"""Text of the Teams app package: Danish (the manifest's default language) and English (en-us.json).

Command titles are what a user sends to the bot, so they stay Danish in every language: the bot understands
the Danish commands. Only the descriptions are translated.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    title: str
    description_da: str
    description_en: str


NAME_SHORT = "Aftalebot"
NAME_FULL_DA = "Aftalebot – udviklingsaftaler"
NAME_FULL_EN = "Aftalebot – development agreements"

DESCRIPTION_SHORT_DA = "Konkrete, målbare udviklingsaftaler – fra mål til opfølgning"
DESCRIPTION_FULL_DA = (
    "Aftalebot hjælper ledere og medarbejdere i kommunen med årets udviklingsaftaler direkte i Teams. "
    "Botten spørger ind, til hvert mål er konkret og målbart, holder styr på aftalens indhold, godkendelse "
    "og version, følger indikatorerne og minder om opfølgning og dialogmøder. I en kanal eller gruppechat "
    "giver den overblik over aftalen og status, så hele ledergruppen kan følge med."
)
DESCRIPTION_SHORT_EN = "Specific, measurable development agreements – from goal to follow-up"
DESCRIPTION_FULL_EN = (
    "Aftalebot helps municipal managers and staff with the yearly development agreements, right in Teams. "
    "It asks questions until every goal is specific and measurable, keeps track of the agreement's content, "
    "approval and version, follows the indicators and reminds you of follow-up and dialogue meetings. In a "
    "channel or group chat it gives an overview of the agreement and its status for the whole management team. "
    "Commands are written in Danish."
)

NEW_GOAL = Command(
    "nyt mål",
    "Formulér et nyt udviklingsmål, så det bliver konkret og målbart",
    "Draft a new development goal until it is specific and measurable",
)
MY_AGREEMENT = Command(
    "min aftale",
    "Se din udviklingsaftale, dens mål og hvad der mangler",
    "See your development agreement, its goals and what is missing",
)
SHOW_AGREEMENT = Command(
    "vis aftale",
    "Vis udviklingsaftalen med mål, indikatorer og status",
    "Show the development agreement with goals, indicators and status",
)
STATUS = Command(
    "status",
    "Se hvordan det går med målene og indikatorerne",
    "See how the goals and indicators are doing",
)
PLAN_MEETING = Command(
    "planlæg dialogmøde",
    "Planlæg næste dialogmøde om aftalen",
    "Plan the next dialogue meeting about the agreement",
)
MY_TASKS = Command(
    "mine opgaver",
    "Se dine opfølgningspunkter og hvad der snart skal gøres",
    "See your action points and what is due soon",
)
OVERVIEW = Command(
    "overblik",
    "Overblik over aftalerne og deres status",
    "Overview of the agreements and their status",
)
CHANNEL_STATUS = Command(
    "abonnér på status for",
    "Få en enheds månedsstatus hertil hver måned – skriv enhedens navn bagefter",
    "Get a unit's monthly status here every month – add the unit's name",
)
HELP = Command(
    "hjælp",
    "Vis hvad Aftalebot kan hjælpe med",
    "Show what Aftalebot can help with",
)

# One list per scope. A personal chat offers everything; in a team channel or a group chat only the commands
# whose answer is meant for everyone present (a personal draft or task list does not belong in a shared chat).
PERSONAL_COMMANDS: tuple[Command, ...] = (
    NEW_GOAL,
    MY_AGREEMENT,
    SHOW_AGREEMENT,
    STATUS,
    PLAN_MEETING,
    MY_TASKS,
    OVERVIEW,
    HELP,
)
SHARED_COMMANDS: tuple[Command, ...] = (SHOW_AGREEMENT, STATUS, CHANNEL_STATUS, PLAN_MEETING, OVERVIEW, HELP)

# Placeholder publisher: a municipality replaces these before it publishes the app to its tenant.
# ".example" is reserved (RFC 2606), so the placeholder never points at somebody's real site.
DEVELOPER_NAME = "Kommunen"
DEVELOPER_WEBSITE = "https://kommune.example/aftalebot"
DEVELOPER_PRIVACY = "https://kommune.example/aftalebot/privatlivspolitik"
DEVELOPER_TERMS = "https://kommune.example/aftalebot/vilkaar"
