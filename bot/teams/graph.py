"""Microsoft Graph with an app-only token: directory search for «ny aftale», calendar events for dialogue meetings.

The token comes from msal's client-credentials flow (the bot's own app registration) and is kept until shortly
before it expires. msal is synchronous, so it runs in a worker thread. One aiohttp session serves every call; the
composition root closes it with the rest of the container.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import ssl
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import aiohttp
import msal
import requests

from agreements.agreement.setup import DirectoryPerson, DirectoryUnavailable
from agreements.municipality.organisation_sync import DirectoryMember
from agreements.ports import Installation
from agreements.types import Person
from bot.settings import Settings

log = logging.getLogger(__name__)

SCOPE = "https://graph.microsoft.com/.default"
GRAPH_RESOURCE = "https://graph.microsoft.com"  # what a managed identity endpoint is asked for
TIMEOUT_SECONDS = 10.0
# A token is renewed this long before it expires, so a request never leaves with a token about to lapse.
TOKEN_MARGIN_SECONDS = 120.0
MAX_RESULTS = 5
RETRY_STATUSES = frozenset({429, 503, 504})
MAX_RETRIES = 2
MAX_RETRY_WAIT_SECONDS = 2.0
# The organisation sync runs in the background: it may wait out Graph's throttling longer.
SYNC_PAGE_SIZE = 999
SYNC_MAX_PAGES = 1000
SYNC_MAX_RETRIES = 6
SYNC_MAX_WAIT_SECONDS = 60.0


class GraphError(DirectoryUnavailable):
    """Graph could not be reached, refused the credentials, or answered with an error."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str = ""
    required: bool = True


@dataclass(frozen=True, slots=True)
class CreatedEvent:
    id: str
    web_link: str | None = None


@dataclass(frozen=True, slots=True)
class GraphConfig:
    client_id: str
    client_secret: str
    tenant_id: str
    base_url: str = "https://graph.microsoft.com"
    authority_host: str = "https://login.microsoftonline.com"
    ca_bundle: str | None = None
    # MicrosoftAppType=UserAssignedMSI: the token comes from the platform's managed identity endpoint (App Service:
    # IDENTITY_ENDPOINT and IDENTITY_HEADER; else the instance metadata service) for the identity `client_id`.
    managed_identity: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> GraphConfig:
        secret = settings.app_password.get_secret_value() if settings.app_password else ""
        return cls(
            client_id=settings.app_id, client_secret=secret, tenant_id=settings.app_tenant_id,
            base_url=settings.graph_base_url, authority_host=settings.authority_host,
            ca_bundle=settings.graph_ca_bundle, managed_identity=settings.app_type == "UserAssignedMSI",
        )

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant_id}"


def search_expression(query: str) -> str:
    """The $search value for a display-name search; quotes and backslashes cannot be escaped, so they go."""
    cleaned = " ".join(query.replace('"', " ").replace("\\", " ").split())
    return f'"displayName:{cleaned}"'


class GraphClient:
    def __init__(self, config: GraphConfig) -> None:
        self._config = config
        self._app: Any = None
        self._token: str | None = None
        self._expires_at = 0.0
        self._revoked = False
        self._token_lock = asyncio.Lock()
        self._session: aiohttp.ClientSession | None = None

    # --- lifecycle ---------------------------------------------------------------------------------

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            ssl_setting: ssl.SSLContext | bool = (
                ssl.create_default_context(cafile=self._config.ca_bundle) if self._config.ca_bundle else True
            )
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=TIMEOUT_SECONDS),
                connector=aiohttp.TCPConnector(ssl=ssl_setting),
                headers={"Accept": "application/json"},
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    @property
    def closed(self) -> bool:
        return self._session is None or self._session.closed

    # --- the token ---------------------------------------------------------------------------------

    async def token(self) -> str:
        async with self._token_lock:
            cached = self._token
            if cached is not None and time.monotonic() < self._expires_at:
                return cached
            token, lifetime = await asyncio.to_thread(self._acquire)
            self._token = token
            self._expires_at = time.monotonic() + max(lifetime - TOKEN_MARGIN_SECONDS, lifetime / 2)
            return token

    def _forget_token(self) -> None:
        """Drops the token here and in msal's cache (msal would hand back the same one until it expires)."""
        self._token, self._expires_at = None, 0.0
        self._revoked = True

    def _acquire(self) -> tuple[str, float]:
        """In a worker thread: msal fetches the authority's metadata once, then a client-credentials token; or,
        with a managed identity, a token for Graph from the platform's identity endpoint (no secret at all)."""
        try:
            if self._config.managed_identity and (self._app is None or self._revoked):
                # msal caches managed identity tokens too: after a revocation a new client starts afresh.
                self._app = msal.ManagedIdentityClient(
                    msal.UserAssignedManagedIdentity(client_id=self._config.client_id),
                    http_client=_identity_http(self._config.ca_bundle) or requests.Session(),
                )
                self._revoked = False
            elif self._app is None:
                self._app = msal.ConfidentialClientApplication(
                    self._config.client_id,
                    client_credential=self._config.client_secret,
                    authority=self._config.authority,
                    validate_authority=False,
                    instance_discovery=False,
                    http_client=_identity_http(self._config.ca_bundle),
                    timeout=TIMEOUT_SECONDS,
                )
            if self._config.managed_identity:
                result = self._app.acquire_token_for_client(resource=GRAPH_RESOURCE)
            else:
                if self._revoked:
                    self._app.remove_tokens_for_client()
                    self._revoked = False
                result = self._app.acquire_token_for_client(scopes=[SCOPE])
        except Exception as error:  # msal raises ValueError, requests' errors and more
            self._app = None
            log.warning("Graph token request failed: %s", type(error).__name__)
            raise GraphError(f"token request failed: {type(error).__name__}: {error}") from error
        return self._token_of(result)

    @staticmethod
    def _token_of(result: dict[str, Any]) -> tuple[str, float]:
        if "access_token" not in result:
            log.warning("Graph token refused: %s", result.get("error"))
            raise GraphError(f"token refused: {result.get('error')}: {result.get('error_description', '')[:200]}")
        return str(result["access_token"]), float(result.get("expires_in", 3599))

    # --- requests ----------------------------------------------------------------------------------

    async def _request(
        self, method: str, path: str, *, params: dict[str, str] | None = None, json: Any = None,
        headers: dict[str, str] | None = None, max_retries: int = MAX_RETRIES,
        max_wait: float = MAX_RETRY_WAIT_SECONDS,
    ) -> Any:
        """`path` relative to the Graph base URL, or a whole URL Graph gave (an `@odata.nextLink`) on that base."""
        retried_auth = False
        attempt = 0
        base = self._config.base_url.rstrip("/")
        if path.startswith(("https://", "http://")):
            if not path.startswith(base + "/"):
                raise GraphError(f"a link outside Graph: {path.split('?')[0]}")
            url = path
        else:
            url = f"{base}/{path.lstrip('/')}"
        while True:
            token = await self.token()
            try:
                async with self._http().request(
                    method, url, params=params, json=json,
                    headers={"Authorization": f"Bearer {token}", **(headers or {})},
                ) as response:
                    if response.status == 401 and not retried_auth:
                        # The token may have been revoked before its time: get a new one, once.
                        retried_auth = True
                        self._forget_token()
                        continue
                    if response.status in RETRY_STATUSES and attempt < max_retries:
                        attempt += 1
                        await asyncio.sleep(_retry_wait(response.headers.get("Retry-After"), attempt, max_wait))
                        continue
                    if response.status >= 400:
                        body = (await response.text())[:300]
                        log.warning("Graph %s %s answered %s", method, path.split("?")[0], response.status)
                        raise GraphError(f"{method} {path} answered {response.status}: {body}", response.status)
                    if response.status == 204 or response.content_length == 0:
                        return None
                    return await response.json()
            except (aiohttp.ClientError, TimeoutError) as error:
                log.warning("Graph %s %s failed: %s", method, path.split("?")[0], type(error).__name__)
                raise GraphError(f"{method} {path} failed: {type(error).__name__}: {error}") from error

    async def search_people(self, query: str) -> list[DirectoryPerson]:
        """Up to five people whose display name matches; raises GraphError."""
        if not query.strip():
            return []
        body = await self._request(
            "GET", "v1.0/users",
            params={"$search": search_expression(query), "$select": "id,displayName,mail,jobTitle",
                    "$top": str(MAX_RESULTS)},
            headers={"ConsistencyLevel": "eventual"},
        )
        people = []
        for item in (body or {}).get("value", [])[:MAX_RESULTS]:
            if not isinstance(item, dict) or not item.get("id") or not item.get("displayName"):
                continue
            people.append(DirectoryPerson(
                aad_object_id=str(item["id"]), name=str(item["displayName"]),
                email=item.get("mail") or None, job_title=item.get("jobTitle") or None,
            ))
        return people

    async def organisation_members(self) -> list[DirectoryMember]:
        """Every enabled user with department, job title and manager, page by page (`@odata.nextLink`); a throttled
        page (429) is asked again after Graph's Retry-After. Raises GraphError."""
        members: list[DirectoryMember] = []
        path: str | None = "v1.0/users"
        params: dict[str, str] | None = {
            "$select": "id,displayName,mail,department,jobTitle,accountEnabled",
            "$expand": "manager($select=id)", "$top": str(SYNC_PAGE_SIZE)}
        pages = 0
        while path is not None:
            pages += 1
            if pages > SYNC_MAX_PAGES:
                raise GraphError("too many pages of users")
            body = await self._request("GET", path, params=params, max_retries=SYNC_MAX_RETRIES,
                                       max_wait=SYNC_MAX_WAIT_SECONDS) or {}
            for item in body.get("value", []):
                if not isinstance(item, dict) or not item.get("id") or item.get("accountEnabled") is False:
                    continue
                manager = item.get("manager")
                members.append(DirectoryMember(
                    aad_object_id=str(item["id"]), name=str(item.get("displayName") or ""),
                    email=item.get("mail") or None, department=item.get("department") or None,
                    job_title=item.get("jobTitle") or None,
                    manager_id=str(manager["id"]) if isinstance(manager, dict) and manager.get("id") else None))
            link = body.get("@odata.nextLink")
            path, params = (str(link), None) if link else (None, None)
        return members

    async def create_event(
        self, organizer_aad_id: str, subject: str, start: datetime, end: datetime,
        attendees: Sequence[Attendee], location: str = "",
    ) -> CreatedEvent:
        """Puts a meeting in the organizer's calendar and invites the attendees; raises GraphError."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("meeting times must carry a time zone")
        if end <= start:
            raise ValueError("a meeting must end after it starts")
        event: dict[str, Any] = {
            "subject": subject,
            "start": _graph_time(start),
            "end": _graph_time(end),
            "attendees": [
                {"emailAddress": {"address": a.email, "name": a.name or a.email},
                 "type": "required" if a.required else "optional"}
                for a in attendees
            ],
        }
        if location:
            event["location"] = {"displayName": location}
        body = await self._request("POST", f"v1.0/users/{organizer_aad_id}/events", json=event)
        if not isinstance(body, dict) or not body.get("id"):
            raise GraphError("event created without an id")
        return CreatedEvent(id=str(body["id"]), web_link=body.get("webLink"))


    async def catalog_app_id(self, manifest_id: str) -> str | None:
        """The id of the organisation's Teams app whose manifest id is `manifest_id` (None when not uploaded);
        needs AppCatalog.Read.All. Raises GraphError."""
        body = await self._request(
            "GET", "v1.0/appCatalogs/teamsApps",
            params={"$filter": f"externalId eq '{manifest_id.replace(chr(39), '')}'", "$select": "id,externalId"},
        )
        for item in (body or {}).get("value", []):
            if isinstance(item, dict) and item.get("id"):
                return str(item["id"])
        return None

    async def install_for_user(self, user_aad_id: str, catalog_app_id: str) -> bool:
        """Installs the app in the user's personal scope, so the bot can write to them before they ever opened it
        (TeamsAppInstallation.ReadWriteSelfForUser.All). True when installed now, False when it already was."""
        bind = f"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{catalog_app_id}"
        try:
            await self._request("POST", f"v1.0/users/{user_aad_id}/teamwork/installedApps",
                                json={"teamsApp@odata.bind": bind})
        except GraphError as error:
            if error.status == 409:
                return False
            raise
        return True

    async def personal_chat_id(self, user_aad_id: str, catalog_app_id: str) -> str | None:
        """The id of the chat between the user and the app installed in their personal scope: the installation
        found by the app's catalog id, then its chat (`GET …/installedApps/{id}/chat`, Microsoft's way to the
        chat of a proactive installation). None when the app is not installed for them or the chat is not there
        yet. Raises GraphError."""
        user = quote(user_aad_id, safe="")
        body = await self._request(
            "GET", f"v1.0/users/{user}/teamwork/installedApps",
            params={"$expand": "teamsApp", "$filter": f"teamsApp/id eq '{catalog_app_id.replace(chr(39), '')}'"},
        )
        installation = next((str(item["id"]) for item in (body or {}).get("value", [])
                             if isinstance(item, dict) and item.get("id")), None)
        if installation is None:
            return None
        try:
            chat = await self._request("GET", f"v1.0/users/{user}/teamwork/installedApps/"
                                              f"{quote(installation, safe='')}/chat")
        except GraphError as error:
            if error.status == 404:
                return None
            raise
        return str(chat["id"]) if isinstance(chat, dict) and chat.get("id") else None


PUBLIC_SERVICE_URL = "https://smba.trafficmanager.net/teams/"  # Teams' public global endpoint for proactive sends


class GraphAppInstaller:
    """agreements.ports.AppInstaller over Graph: the app found in the organisation's catalog by its manifest id (the
    bot's Microsoft App ID, see bot.teams.app_package), installed in the person's personal scope, and the chat of
    that installation returned as the person's conversation with the bot. Needs AppCatalog.Read.All and
    TeamsAppInstallation.ReadWriteSelfForUser.All (docs/deploy.md).

    The conversation reference is the one Teams would give the bot in the chat (channel `msteams`, the bot as
    `28:{app id}`, the chat's id, personal, the tenant), addressed to the service URL of `like` (someone else's
    conversation in the tenant: Microsoft asks bots to reuse a service URL Teams gave them) or, when the bot has
    none yet, to `service_url` (`AFTALEBOT_TEAMS_SERVICE_URL`; Teams' public global endpoint by default)."""

    def __init__(self, graph: GraphClient, manifest_id: str, *, service_url: str = PUBLIC_SERVICE_URL) -> None:
        self._graph = graph
        self._manifest_id = manifest_id
        self._service_url = service_url
        self._catalog_id: str | None = None

    async def install_for(self, person: Person, like: Mapping[str, Any] | None = None) -> Installation | None:
        if self._catalog_id is None:
            self._catalog_id = await self._graph.catalog_app_id(self._manifest_id)
            if self._catalog_id is None:
                log.warning("the app %s is not in the organisation's Teams catalog; it cannot be installed for "
                            "people who have not opened it", self._manifest_id)
                return None
        installed_now = await self._graph.install_for_user(person.aad_object_id, self._catalog_id)
        chat_id = await self._graph.personal_chat_id(person.aad_object_id, self._catalog_id)
        return Installation(installed_now, self._reference(person, chat_id, like) if chat_id else None)

    def _reference(self, person: Person, chat_id: str, like: Mapping[str, Any] | None) -> dict[str, Any]:
        service_url = str((like or {}).get("serviceUrl") or self._service_url)
        bot = (like or {}).get("bot")
        return {
            "activityId": None,
            "user": {"id": person.teams_user_id or "", "name": person.name, "aadObjectId": person.aad_object_id},
            "bot": dict(bot) if isinstance(bot, Mapping) and bot.get("id") else {"id": f"28:{self._manifest_id}"},
            "conversation": {"id": chat_id, "conversationType": "personal", "tenantId": person.tenant_id},
            "channelId": "msteams",
            "serviceUrl": service_url,
        }


def _identity_http(ca_bundle: str | None) -> requests.Session | None:
    """msal's HTTP client when a CA bundle is set; None lets msal build its own.

    requests prefers REQUESTS_CA_BUNDLE over a session's `verify` (psf/requests#3829), so the bundle is passed on
    every request instead.
    """
    if not ca_bundle:
        return None
    session = requests.Session()
    session.request = functools.partial(  # type: ignore[method-assign]
        session.request, timeout=TIMEOUT_SECONDS, verify=ca_bundle
    )
    return session


def _graph_time(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


def _retry_wait(retry_after: str | None, attempt: int, cap: float = MAX_RETRY_WAIT_SECONDS) -> float:
    """Graph's Retry-After when it gives one, else exponential back-off with jitter; at most `cap` (short while a
    turn waits, longer for the nightly organisation sync)."""
    backoff = 0.2 * 2 ** attempt + random.uniform(0, 0.1)
    try:
        wait = float(retry_after) if retry_after else backoff
    except ValueError:
        wait = backoff
    return min(max(wait, 0.0), cap)


def graph_client(settings: Settings) -> GraphClient | None:
    """The Graph client when AFTALEBOT_GRAPH_ENABLED is on (settings guarantee the credentials), else None."""
    if not settings.graph_enabled:
        return None
    return GraphClient(GraphConfig.from_settings(settings))
