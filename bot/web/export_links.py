"""Short-lived, signed download links for exported agreements.

A token is `PAYLOAD.MAC`, both base64url without padding. PAYLOAD is a compact JSON array
`[1, tenant, agreement id, version, format, person id, expiry (Unix seconds)]`; MAC is HMAC-SHA256 over a domain
label and the encoded payload, with `AFTALEBOT_EXPORT_SECRET`. So a token names exactly one agreement, version,
format and person; changing any of them breaks the MAC (checked in constant time), and it expires after
`AFTALEBOT_EXPORT_LINK_MINUTES` (10 by default). The payload is readable (ids only, nothing confidential); it is
authenticated, not encrypted.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from agreements.agreement.document import ExportFormat
from agreements.clock import Clock
from bot.settings import Settings

TOKEN_VERSION = 1
DOMAIN = b"aftalebot/export-link/v1\x00"
DEFAULT_LIFETIME = timedelta(minutes=10)
MAX_TOKEN_LENGTH = 600
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{43}$")
ROUTE_PREFIX = "/api/export/"


class LinkProblem(enum.StrEnum):
    INVALID = "invalid"  # malformed, forged or tampered with
    EXPIRED = "expired"


class ExportLinkError(Exception):
    def __init__(self, problem: LinkProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ExportClaim:
    tenant_id: str
    agreement_id: int
    version: int
    format: ExportFormat
    person_id: int
    expires_at: datetime


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class ExportLinks:
    """Makes and checks the tokens; one instance per process, shared by the card action and the route."""

    def __init__(self, secret: bytes, base_url: str, clock: Clock, lifetime: timedelta = DEFAULT_LIFETIME) -> None:
        if len(secret) < 16:
            raise ValueError("the export link secret is too short")
        self._secret = secret
        self._base_url = base_url.rstrip("/")
        self._clock = clock
        self.lifetime = lifetime

    @classmethod
    def from_settings(cls, settings: Settings, clock: Clock) -> ExportLinks:
        if settings.export_secret is None:
            raise ValueError("AFTALEBOT_EXPORT_SECRET is not set")
        return cls(settings.export_secret.get_secret_value().encode("utf-8"), settings.public_base_url, clock,
                   timedelta(minutes=settings.export_link_minutes))

    def _mac(self, payload: str) -> str:
        return _b64encode(hmac.new(self._secret, DOMAIN + payload.encode("ascii"), hashlib.sha256).digest())

    def token(self, tenant_id: str, agreement_id: int, version: int, fmt: ExportFormat, person_id: int) -> str:
        expires = int((self._clock() + self.lifetime).timestamp())
        raw = json.dumps([TOKEN_VERSION, tenant_id, agreement_id, version, fmt.value, person_id, expires],
                         separators=(",", ":"), ensure_ascii=True)
        payload = _b64encode(raw.encode("ascii"))
        return f"{payload}.{self._mac(payload)}"

    def url(self, tenant_id: str, agreement_id: int, version: int, fmt: ExportFormat, person_id: int) -> str:
        return self._base_url + ROUTE_PREFIX + self.token(tenant_id, agreement_id, version, fmt, person_id)

    def verify(self, token: str) -> ExportClaim:
        """The claim of a genuine, unexpired token; otherwise ExportLinkError (INVALID before EXPIRED: an
        expiry is only believed once the MAC is good)."""
        if len(token) > MAX_TOKEN_LENGTH or not _TOKEN_RE.match(token):
            raise ExportLinkError(LinkProblem.INVALID)
        payload, mac = token.split(".")
        if not hmac.compare_digest(self._mac(payload).encode("ascii"), mac.encode("ascii")):
            raise ExportLinkError(LinkProblem.INVALID)
        claim = self._parse(payload)
        if self._clock() >= claim.expires_at:
            raise ExportLinkError(LinkProblem.EXPIRED)
        return claim

    @staticmethod
    def _parse(payload: str) -> ExportClaim:
        try:
            fields = json.loads(_b64decode(payload))
            version_tag, tenant, agreement, version, fmt, person, expires = fields
            ints = (agreement, version, person, expires)
            if version_tag != TOKEN_VERSION or not isinstance(tenant, str) or not tenant:
                raise ValueError("unknown token")
            if not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in ints):
                raise ValueError("bad number")
            return ExportClaim(tenant, agreement, version, ExportFormat(fmt), person,
                               datetime.fromtimestamp(expires, UTC))
        except (ValueError, TypeError, binascii.Error, OverflowError):
            # A MAC-valid payload we cannot read was never made by this code: treat it as forged.
            raise ExportLinkError(LinkProblem.INVALID) from None
