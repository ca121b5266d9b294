"""Danish text of the data-protection commands (`aftalebot person …`, `purge-notes`, `journalise`)."""

from __future__ import annotations


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def notes(n: int) -> str:
    return count(n, "note", "noter")


NO_TENANT_MATCH = "Jeg kan ikke finde personen {ident}."
AMBIGUOUS = "{ident} passer på {n} personer i flere kommuner – angiv kommunens tenant-id med --tenant."
NEED_TENANT = "Angiv kommunens tenant-id med --tenant (eller sæt MicrosoftAppTenantId)."
NOT_A_NUMBER = "Mødet skal angives med sit nummer (id)."
NO_MEETING = "Jeg kan ikke finde dialogmøde {meeting}."
EXPORT_WRITTEN = "Alt om person {person} er skrevet til {path}."
FILE_FAILED = "Filen {path} kan ikke skrives: {reason}"

ERASED = (
    "Person {person} er anonymiseret: navnet er nu «{name}», og AAD-id, e-mail, Teams-id og samtalereference er "
    "fjernet."
)
ALREADY_ERASED = "Person {person} var allerede anonymiseret; resterende spor er fjernet."
ERASED_DELETED = "Slettet: {notes}, {agenda}, {state}, {cards} og {jobs}."
ERASED_JOURNALISED = (
    "Bevaret: {notes} er journaliseret og bevaret med forfatteren anonymiseret («{name}»)."
)
ERASED_KEPT = (
    "Bevaret som kommunens dokumentation: {agreements} og {points}; de viser nu navnet «{name}»."
)

PURGE_RULE = "Opbevaringsperiode for mødenoter: {years} år efter aftaleårets udgang – noter fra aftaler før {year}."
PURGED = "Slettet: {notes}."
PURGE_DRY_RUN = "Prøvekørsel: {notes} ville blive slettet. Intet er ændret."
PURGE_KEPT = "Bevaret: {notes} under journalisering."

JOURNALISED = "Dialogmøde {meeting} er journaliseret: {notes} bevares, også ved sletning og efter opbevaringsperioden."
UNJOURNALISED = "Journaliseringen af dialogmøde {meeting} er ophævet ({notes})."
