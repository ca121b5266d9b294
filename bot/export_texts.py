"""Danish text of exporting an agreement through the bot: the link card and the download route's answers."""

from __future__ import annotations

# The download route (plain text in the browser; nothing about the agreement).
EXPORT_LINK_INVALID = "Linket er ugyldigt. Tryk på «Eksportér» på aftalekortet for at få et nyt link."
EXPORT_LINK_EXPIRED = "Linket er udløbet. Tryk på «Eksportér» på aftalekortet for at få et nyt link."
EXPORT_LINK_STALE = "Aftalen er ændret, siden linket blev lavet. Tryk på «Eksportér» for at hente den nye version."
EXPORT_LINK_NOT_ALLOWED = "Du har ikke adgang til denne aftale."

# «Eksportér» when the bot was built without export links.
EXPORT_NOT_AVAILABLE = "Eksport er ikke slået til i denne installation. Kontakt din chefkonsulent."
