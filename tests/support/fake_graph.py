"""A fake Microsoft identity platform and Graph on loopback, over TLS (msal accepts only https authorities).

Serves what msal's client-credentials flow asks for (OpenID metadata, the v2.0 token endpoint) and the bits of
Graph the bot uses: `GET /v1.0/users?$search=…` over a small Danish directory, `POST /v1.0/users/{id}/events`, and
the organisation listing `GET /v1.0/users?$select=…&$expand=manager($select=id)&$top=N` over `organisation`,
paged like Graph (`@odata.nextLink` with a `$skiptoken`), and throttled on request (`throttle_pages`: so many
answers of 429 with `Retry-After`). Like Graph it answers 401 without a valid bearer token and 400 for `$search`
without `ConsistencyLevel: eventual`.

Teams apps in a user's personal scope (the proactive installation of the bot): the organisation's catalog by
manifest id (`GET /v1.0/appCatalogs/teamsApps?$filter=externalId eq '…'`), installing (`POST
/v1.0/users/{id}/teamwork/installedApps`, 201 without a body, 409 when installed already), the user's
installations filtered by app (`GET …/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '…'`), and the chat
between the user and an installed app (`GET …/installedApps/{installation id}/chat`; its id has Teams' form for
a bot's 1:1 chat, `19:{user id}_{app id}@unq.gbl.spaces`). `remove_app` is the user removing it in Teams.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import itertools
import re
import ssl
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CLIENT_ID = "11111111-2222-4333-8444-555555555555"
CLIENT_SECRET = "fake-graph-secret"
TENANT = "5f0c2a7e-8d3b-4f61-9a24-c7e1b0d9f3a6"
SCOPE = "https://graph.microsoft.com/.default"
MSI_PATH = "/msi/token"
MSI_HEADER = "fake-identity-header"


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    id: str
    display_name: str
    mail: str
    job_title: str

    def to_graph(self) -> dict[str, str]:
        return {"id": self.id, "displayName": self.display_name, "mail": self.mail, "jobTitle": self.job_title}


DIRECTORY: tuple[DirectoryEntry, ...] = (
    DirectoryEntry("d0000000-0000-4000-8000-000000000001", "Sofie Lund", "sofie.lund@demo.toender.dk",
                   "Direktør, Børn og Kultur"),
    DirectoryEntry("d0000000-0000-4000-8000-000000000002", "Søren Lundgaard", "soren.lundgaard@demo.toender.dk",
                   "Fagchef, Teknik og Miljø"),
    DirectoryEntry("d0000000-0000-4000-8000-000000000003", "Birgitte Æbelø", "birgitte.aebelo@demo.toender.dk",
                   "Kommunaldirektør"),
    # The demo's director, with the same object id as in agreements.demo.
    DirectoryEntry("a1b2c3d4-0002-4000-8000-000000000002", "Henrik Thomsen", "henrik.thomsen@demo.toender.dk",
                   "Direktør"),
    DirectoryEntry("a1b2c3d4-0001-4000-8000-000000000001", "Mette Kjær", "mette.kjaer@demo.toender.dk",
                   "Fagchef, Børn og Skole"),
)


@dataclass(frozen=True, slots=True)
class OrgUser:
    """A user as the organisation listing returns it (manager expanded to its id)."""

    id: str
    display_name: str
    mail: str | None
    department: str | None
    job_title: str | None = None
    manager_id: str | None = None
    account_enabled: bool = True

    def to_graph(self) -> dict[str, Any]:
        return {"id": self.id, "displayName": self.display_name, "mail": self.mail, "department": self.department,
                "jobTitle": self.job_title, "accountEnabled": self.account_enabled,
                "manager": {"@odata.type": "#microsoft.graph.user", "id": self.manager_id} if self.manager_id
                else None}


_SEARCH_RE = re.compile(r'^"displayName:(?P<term>[^"]*)"$')


# OpenSSL checks a certificate against the machine's real clock, which tests may stop on another day
# (make test-dates): a window that holds on any day of this century keeps the check independent of the date.
CERTIFICATE_FROM = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
CERTIFICATE_UNTIL = dt.datetime(2099, 12, 31, tzinfo=dt.UTC)


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 that is its own CA; returns (certificate, key) paths."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-graph.local")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(CERTIFICATE_FROM)
        .not_valid_after(CERTIFICATE_UNTIL)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                         x509.DNSName("localhost")]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "fake-graph.crt", directory / "fake-graph.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class FakeGraph:
    workdir: Path
    token_lifetime: int = 3599
    # Set to an HTTP status to make every Graph (not token) call fail with it.
    fail_with: int | None = None
    token_requests: list[dict[str, str]] = field(default_factory=list)
    msi_requests: list[dict[str, str]] = field(default_factory=list)
    # The organisation's app catalog (manifest id -> catalog id) and the apps installed per user.
    catalog: dict[str, str] = field(default_factory=dict)
    installed: dict[str, set[str]] = field(default_factory=dict)
    install_requests: list[str] = field(default_factory=list)  # the user of every POST …/installedApps
    chats_not_ready: bool = False  # the installation's chat is not there yet (answers 404)
    install_fails_with: int | None = None  # every POST …/installedApps answers this (403: permission missing)
    searches: list[dict[str, str]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    issued: set[str] = field(default_factory=set)
    organisation: list[OrgUser] = field(default_factory=list)
    page_size: int = 100  # Graph's own cap on $top is 999; tests page smaller
    throttle_pages: int = 0  # the next so many organisation requests answer 429
    retry_after: str = "1"
    organisation_requests: list[dict[str, str]] = field(default_factory=list)
    throttled: list[float] = field(default_factory=list)  # when (monotonic) each 429 was sent

    def __post_init__(self) -> None:
        self.ca_path, key_path = make_certificate(self.workdir)
        self._ssl = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._ssl.load_cert_chain(self.ca_path, key_path)
        self._event_ids = itertools.count(1)
        app = web.Application()
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._openid)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        app.router.add_get(MSI_PATH, self._managed_identity_token)
        app.router.add_get("/v1.0/users", self._users)
        app.router.add_post("/v1.0/users/{user}/events", self._create_event)
        app.router.add_get("/v1.0/appCatalogs/teamsApps", self._catalog)
        app.router.add_post("/v1.0/users/{user}/teamwork/installedApps", self._install)
        app.router.add_get("/v1.0/users/{user}/teamwork/installedApps", self._installations)
        app.router.add_get("/v1.0/users/{user}/teamwork/installedApps/{installation}/chat", self._chat)
        self._server = TestServer(app, host="127.0.0.1", scheme="https")

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self._server.port}"

    async def start(self) -> None:
        await self._server.start_server(ssl=self._ssl)

    async def close(self) -> None:
        await self._server.close()

    def revoke_tokens(self) -> None:
        self.issued.clear()

    def remove_app(self, user: str) -> None:
        """The user removes every app from their personal scope (Teams then tells the bot: installationUpdate)."""
        self.installed.pop(user, None)

    def chat_id(self, user: str, catalog_id: str) -> str:
        """The 1:1 chat between the user and the app, in the form Teams gives a bot's personal chat in Graph."""
        manifest_id = next((m for m, c in self.catalog.items() if c == catalog_id), catalog_id)
        return f"19:{user}_{manifest_id}@unq.gbl.spaces"

    @staticmethod
    def installation_id(user: str, catalog_id: str) -> str:
        return f"{user}##{catalog_id}"

    # --- identity platform ---------------------------------------------------------------------------

    async def _openid(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        base = f"{self.url}/{tenant}"
        return web.json_response({
            "issuer": f"{base}/v2.0",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "jwks_uri": f"{self.url}/{tenant}/discovery/v2.0/keys",
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "tenant_region_scope": "EU",
        })

    async def _token(self, request: web.Request) -> web.Response:
        form = {k: str(v) for k, v in (await request.post()).items()}
        self.token_requests.append(form)
        if request.match_info["tenant"] != TENANT:
            return _oauth_error(400, "invalid_tenant", "AADSTS90002: Tenant not found.")
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", "AADSTS70003: grant type not supported.")
        if form.get("client_id") != CLIENT_ID:
            return _oauth_error(400, "unauthorized_client", "AADSTS700016: Application not found.")
        if form.get("client_secret") != CLIENT_SECRET:
            return _oauth_error(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
        if form.get("scope", "").split() != [SCOPE]:
            return _oauth_error(400, "invalid_scope", "AADSTS1002012: The provided value for scope is not valid.")
        token = f"fake-{uuid.uuid4().hex}"
        self.issued.add(token)
        return web.json_response({"token_type": "Bearer", "expires_in": self.token_lifetime,
                                  "ext_expires_in": self.token_lifetime, "access_token": token})

    @property
    def managed_identity_environment(self) -> dict[str, str]:
        """What App Service sets in a container with a managed identity (IDENTITY_ENDPOINT, IDENTITY_HEADER)."""
        return {"IDENTITY_ENDPOINT": f"{self.url}{MSI_PATH}", "IDENTITY_HEADER": MSI_HEADER}

    async def _managed_identity_token(self, request: web.Request) -> web.Response:
        """App Service's managed identity endpoint (api-version 2019-08-01), as msal's ManagedIdentityClient asks
        it: the identity header, the resource, and the user-assigned identity's client id."""
        query = dict(request.query)
        self.msi_requests.append(query)
        if request.headers.get("X-IDENTITY-HEADER") != MSI_HEADER:
            return web.json_response({"statusCode": 401, "message": "Unauthorized"}, status=401)
        if query.get("api-version") != "2019-08-01" or query.get("resource") != "https://graph.microsoft.com":
            return web.json_response({"statusCode": 400, "message": "Invalid request"}, status=400)
        if query.get("client_id") != CLIENT_ID:
            return web.json_response({"statusCode": 400, "message": "No managed identity with that client id"},
                                     status=400)
        token = f"fake-msi-{uuid.uuid4().hex}"
        self.issued.add(token)
        # msal judges the token's expiry against the machine's own clock, so the token is dated by that clock too
        expires_on = int(dt.datetime.now(dt.UTC).timestamp()) + self.token_lifetime  # real clock ok
        return web.json_response({"access_token": token, "expires_on": str(expires_on),
                                  "resource": "https://graph.microsoft.com", "token_type": "Bearer",
                                  "client_id": CLIENT_ID})

    # --- Graph ---------------------------------------------------------------------------------------

    async def _catalog(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        match = re.fullmatch(r"externalId eq '([^']*)'", request.query.get("$filter", ""))
        if match is None:
            return self._reject(400, "BadRequest", "Invalid filter clause")
        found = [{"id": self.catalog[match[1]], "externalId": match[1]}] if match[1] in self.catalog else []
        return web.json_response({"value": found})

    async def _install(self, request: web.Request) -> web.Response:
        """POST /users/{id}/teamwork/installedApps: 201 without a body, 409 when already installed."""
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        self.install_requests.append(request.match_info["user"])
        if self.install_fails_with == 403:
            return self._reject(403, "Forbidden", "Missing role permissions on the request.")
        if self.install_fails_with is not None:
            return self._reject(self.install_fails_with, "NotFound", "User not found.")
        bind = str((await request.json()).get("teamsApp@odata.bind", ""))
        prefix = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/"
        app_id = bind.removeprefix(prefix)
        if not bind.startswith(prefix) or app_id not in self.catalog.values():
            return self._reject(404, "NotFound", "The Teams app was not found in the catalog.")
        apps = self.installed.setdefault(request.match_info["user"], set())
        if app_id in apps:
            return self._reject(409, "Conflict", "App is already installed.")
        apps.add(app_id)
        return web.Response(status=201)

    async def _installations(self, request: web.Request) -> web.Response:
        """GET …/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{catalog id}'"""
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        user = request.match_info["user"]
        match = re.fullmatch(r"teamsApp/id eq '([^']*)'", request.query.get("$filter", ""))
        if match is None or request.query.get("$expand") != "teamsApp":
            return self._reject(400, "BadRequest", "Invalid filter clause")
        found = [{"id": self.installation_id(user, app), "teamsApp": {"id": app}}
                 for app in sorted(self.installed.get(user, set())) if app == match[1]]
        return web.json_response({"value": found})

    async def _chat(self, request: web.Request) -> web.Response:
        """GET …/installedApps/{installation id}/chat: the chat of an installed app; 404 otherwise."""
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        user = request.match_info["user"]
        installation = request.match_info["installation"]
        app = installation.removeprefix(f"{user}##")
        if app == installation or app not in self.installed.get(user, set()) or self.chats_not_ready:
            return self._reject(404, "NotFound", "The installation was not found.")
        return web.json_response({"id": self.chat_id(user, app), "chatType": "oneOnOne"})

    def _refusal(self, request: web.Request) -> web.Response | None:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth.removeprefix("Bearer ") not in self.issued:
            return self._reject(401, "InvalidAuthenticationToken", "Access token is empty or invalid.")
        if self.fail_with is not None:
            return self._reject(self.fail_with, "serviceNotAvailable", "The service is unavailable.")
        return None

    def _reject(self, status: int, code: str, message: str) -> web.Response:
        self.rejected.append((status, code))
        return web.json_response({"error": {"code": code, "message": message}}, status=status)

    async def _users(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        query = dict(request.query)
        if "$expand" in query or "$skiptoken" in query:
            return self._organisation_page(request, query)
        search = query.get("$search")
        if search is None:
            return web.json_response({"value": [e.to_graph() for e in DIRECTORY]})
        if request.headers.get("ConsistencyLevel") != "eventual":
            return self._reject(400, "Request_UnsupportedQuery",
                                "Request with $search query parameter only works through MSGraph with a special "
                                "request header: 'ConsistencyLevel: eventual'")
        match = _SEARCH_RE.match(search)
        if match is None:
            return self._reject(400, "Request_BadRequest", "Syntax error: invalid $search expression.")
        self.searches.append(query)
        words = match["term"].casefold().split()
        found = [e for e in DIRECTORY
                 if all(any(part.startswith(w) for part in e.display_name.casefold().split()) for w in words)]
        top = int(query.get("$top", "100"))
        fields = query.get("$select", "").split(",") if query.get("$select") else None
        return web.json_response({"value": [
            {k: v for k, v in e.to_graph().items() if fields is None or k in fields} for e in found[:top]
        ]})

    def _organisation_page(self, request: web.Request, query: dict[str, str]) -> web.Response:
        self.organisation_requests.append(query)
        if self.throttle_pages > 0:
            self.throttle_pages -= 1
            self.throttled.append(time.monotonic())
            response = self._reject(429, "TooManyRequests", "Too many requests.")
            response.headers["Retry-After"] = self.retry_after
            return response
        if "$skiptoken" in query:
            start = int(query["$skiptoken"])
            top = int(query.get("$top", str(self.page_size)))
        else:
            if query.get("$expand") != "manager($select=id)":
                return self._reject(400, "Request_BadRequest", "Unsupported $expand.")
            start, top = 0, int(query.get("$top", "100"))
        size = min(top, self.page_size)
        page = self.organisation[start:start + size]
        body: dict[str, Any] = {"@odata.context": f"{self.url}/v1.0/$metadata#users",
                                "value": [u.to_graph() for u in page]}
        if start + size < len(self.organisation):
            body["@odata.nextLink"] = f"{self.url}/v1.0/users?$top={top}&$skiptoken={start + size}"
        return web.json_response(body)

    async def _create_event(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        event = await request.json()
        if not isinstance(event, dict) or "start" not in event or "end" not in event:
            return self._reject(400, "ErrorInvalidRequest", "start and end are required.")
        event_id = f"AAMkAD-fake-{next(self._event_ids)}"
        stored = {**event, "id": event_id, "organizer": request.match_info["user"],
                  "webLink": f"https://outlook.office365.com/owa/?itemid={event_id}"}
        self.events.append(stored)
        return web.json_response(stored, status=201)


# The app package's manifest id and the id Teams' app catalogue gives it, for the proactive-install tests.
MANIFEST_ID = "1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"
CATALOG_ID = "e3e29acb-8c79-412b-b746-e6c39ff4cd22"


@contextlib.asynccontextmanager
async def graph_with_the_app(directory: Path) -> AsyncIterator[FakeGraph]:
    """The fake Graph, started, with the app published in the tenant's catalogue."""
    graph = FakeGraph(directory)
    graph.catalog[MANIFEST_ID] = CATALOG_ID
    await graph.start()
    try:
        yield graph
    finally:
        await graph.close()


def _oauth_error(status: int, error: str, description: str) -> web.Response:
    return web.json_response({"error": error, "error_description": description, "error_codes": [0]},
                             status=status)
