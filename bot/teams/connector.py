"""The Bot Connector path of a turn, without per-turn set-up: clients reused, replies over one aiohttp session.

Stock botbuilder 4.17.1 builds, on every turn, a new `ConnectorClient` and a new user-token client (each msrest
configuration alone costs several milliseconds), new app credentials (so, with an app id, a new MSAL application
and a token request per turn), and sends each reply with `requests` in a thread pool over a new TCP connection.

Here, within botbuilder's own extension points:
- `CachingBotFrameworkAuthentication` wraps the stock `BotFrameworkAuthentication`: inbound authentication is
  untouched; connector clients are cached per (app id, service URL, audience) and the user-token client is created
  on first use only, once per app id.
- each cached `ConnectorClient` is a stock one, except that its `conversations` operations send, reply, update and
  delete activities through `ConnectorHttp`: one shared `aiohttp.ClientSession` (keep-alive), the same URLs,
  headers and JSON body as msrest, the bearer token of the client's credentials (fetched off the event loop and
  reused until shortly before it expires), and the retry behaviour that msrest 0.7.1 + urllib3 2.x actually give
  (see `RetryPolicy`). Failures raise what the stock client raises: `ErrorResponseException` whose `.response`
  is a `requests.Response`, or `msrest.exceptions.ClientRequestError`.
Every other connector operation (members, create conversation, …) is the stock msrest code of the cached client.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import ssl
import time
import urllib.request
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import mktime_tz, parsedate_tz
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp
import certifi
import requests
from botbuilder.schema import Activity, ResourceResponse
from botframework.connector.aio import ConnectorClient
from botframework.connector.aio.operations_async import ConversationsOperations
from botframework.connector.auth import (
    AppCredentials,
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.models import ErrorResponseException
from msrest.exceptions import ClientRequestError
from msrest.universal_http.requests import RequestsClientResponse
from requests.structures import CaseInsensitiveDict

from bot.teams.activity_json import Unusual, model_to_json, plain_json

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

SEND_OK = frozenset({200, 201, 202})
DELETE_OK = frozenset({200, 202})
# msrest's ClientRetryPolicy: every status from 500 up is retried except 501 and 505, and 408 too.
SAFE_STATUSES = frozenset([*(s for s in range(500) if s != 408), 501, 505])
FORCED_RETRY_STATUSES = frozenset(s for s in range(999) if s not in SAFE_STATUSES)
DEFAULT_CLIENT_CACHE = 64


@dataclass(frozen=True)
class RetryPolicy:
    """What the stock client does, measured against a fake connector (msrest 0.7.1 on urllib3 2.x, whose
    `method_whitelist` setting urllib3 2 ignores, so POST keeps urllib3's default of not being retried):
    - a connection that cannot be made is retried `total` times for every method, with back-off
      0, 2×factor, 4×factor … seconds; then `ClientRequestError`;
    - a sent request that fails to answer, or answers with a forced-retry status (408, 5xx except 501/505), is
      retried only for idempotent methods (PUT, DELETE, GET, …): after `total` retries a forced status raises
      `ClientRequestError`; 413/429/503 with a Retry-After are retried the same way (waiting Retry-After) and the
      last answer is returned as an `ErrorResponseException`;
    - POST (send, reply) is sent once: any answer outside 200–202 is an `ErrorResponseException`.
    The SDK retries none of 429/412 on POST; the job runner does that with its own back-off."""

    total: int = 3
    backoff_factor: float = 0.8
    backoff_max: float = 120.0
    retry_after_max: float = 21600.0
    idempotent: frozenset[str] = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE"})
    forced: frozenset[int] = FORCED_RETRY_STATUSES
    retry_after_statuses: frozenset[int] = frozenset({413, 429, 503})

    def backoff(self, failures: int) -> float:
        if failures <= 1:
            return 0.0
        return float(min(self.backoff_max, self.backoff_factor * 2 ** (failures - 1)))

    def retry_after(self, value: str | None) -> float | None:
        if value is None:
            return None
        value = value.strip()
        if value.isdigit():
            seconds = float(value)
        else:
            parsed = parsedate_tz(value)
            if parsed is None:
                return None
            seconds = mktime_tz(parsed) - time.time()
        return min(max(seconds, 0.0), self.retry_after_max)


@dataclass
class _Attempts:
    policy: RetryPolicy
    left: int = field(init=False)
    failures: int = 0

    def __post_init__(self) -> None:
        self.left = self.policy.total

    def take(self) -> bool:
        """Counts one failed attempt; False when no retry is left."""
        self.failures += 1
        self.left -= 1
        return self.left >= 0


class BearerToken:
    """The Authorization header for one set of credentials, fetched in a thread (MSAL blocks) and reused until
    five minutes before the token's `exp` (or for a minute when the token is not a JWT)."""

    REFRESH_MARGIN = 300.0
    OPAQUE_TTL = 60.0

    def __init__(self, credentials: Any, *, clock: Callable[[], float] = time.time) -> None:
        self._credentials = credentials
        self._clock = clock
        self._header: str | None = None
        self._refresh_at = 0.0
        self._lock = asyncio.Lock()

    def wanted(self) -> bool:
        credentials = self._credentials
        if credentials is None:
            return False
        if isinstance(credentials, AppCredentials):
            return bool(credentials._should_set_token(None))
        return True

    def forget(self) -> None:
        self._header = None
        self._refresh_at = 0.0

    async def header(self) -> str | None:
        if not self.wanted():
            return None
        if self._header is not None and self._clock() < self._refresh_at:
            return self._header
        async with self._lock:
            if self._header is None or self._clock() >= self._refresh_at:
                self._header = await asyncio.to_thread(self._fetch)
        return self._header

    def _fetch(self) -> str | None:
        credentials = self._credentials
        if isinstance(credentials, AppCredentials):
            token = credentials.get_access_token()
            self._refresh_at = _token_expiry(token, self._clock()) - self.REFRESH_MARGIN
            return f"Bearer {token}"
        # Any other msrest Authentication: let it sign a throw-away session.
        session = credentials.signed_session(requests.Session())
        self._refresh_at = self._clock() + self.OPAQUE_TTL
        value = session.headers.get("Authorization")
        return str(value) if value else None


def _token_expiry(token: str, now: float) -> float:
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError):
        return now + BearerToken.REFRESH_MARGIN + BearerToken.OPAQUE_TTL


class ConnectorHttp:
    """One aiohttp session for all outbound Bot Connector calls of this process (per event loop)."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None = None,
        timeout: float = 100.0,
        limit: int = 100,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout, sock_read=timeout)
        self._limit = limit
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ssl: ssl.SSLContext | None = None
        self._proxies = {k: v for k, v in urllib.request.getproxies().items() if k in ("http", "https")}
        self._proxy_for_host: dict[tuple[str, str], str | None] = {}

    def session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._limit), timeout=self._timeout, trust_env=False
            )
            self._loop = loop
        return self._session

    def _tls(self, url: str) -> ssl.SSLContext | bool:
        """Like requests: the CA bundle from REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE, else certifi's. Built on the
        first https call (loading a bundle takes ~0.1 s)."""
        if not url.startswith("https:"):
            return True
        if self._ssl is None:
            cafile = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or certifi.where()
            self._ssl = ssl.create_default_context(cafile=cafile)
        return self._ssl

    async def close(self) -> None:
        session, self._session, self._loop = self._session, None, None
        if session is not None and not session.closed:
            await session.close()

    async def request(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, token: BearerToken
    ) -> RequestsClientResponse:
        policy = self.retry
        attempts = _Attempts(policy)
        idempotent = method in policy.idempotent
        while True:
            authorization = await token.header()
            send_headers = headers if authorization is None else {**headers, "Authorization": authorization}
            try:
                async with self.session().request(
                    method, url, data=body, headers=send_headers, proxy=self._proxy(url), ssl=self._tls(url)
                ) as answer:
                    content = await answer.read()
                    response = _as_requests_response(answer, content, url)
            except aiohttp.ClientConnectorError as error:  # nothing was sent
                if not attempts.take():
                    raise _request_error(error) from error
                await self._sleep(policy.backoff(attempts.failures))
                continue
            except (aiohttp.ClientError, TimeoutError) as error:  # sent, but no usable answer
                if not idempotent or not attempts.take():
                    raise _request_error(error) from error
                await self._sleep(policy.backoff(attempts.failures))
                continue
            status = response.status_code
            if status == 401:
                token.forget()
            if idempotent and status in policy.forced:
                if not attempts.take():
                    raise _request_error(requests.exceptions.RetryError(f"too many {status} error responses"))
                await self._sleep(self._delay(response, attempts))
                continue
            retry_after = response.headers.get("Retry-After")
            if idempotent and retry_after and status in policy.retry_after_statuses and attempts.left > 0:
                attempts.take()
                await self._sleep(self._delay(response, attempts))
                continue
            return RequestsClientResponse(None, response)  # type: ignore[no-untyped-call]

    def _delay(self, response: requests.Response, attempts: _Attempts) -> float:
        after = self.retry.retry_after(response.headers.get("Retry-After"))
        return after if after else self.retry.backoff(attempts.failures)

    def _proxy(self, url: str) -> str | None:
        if not self._proxies:
            return None
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxy_for_host:
            bypass = urllib.request.proxy_bypass(key[1]) if key[1] else True
            self._proxy_for_host[key] = None if bypass else self._proxies.get(parts.scheme)
        return self._proxy_for_host[key]


def _request_error(error: BaseException) -> ClientRequestError:
    # The message msrest gives: "Error occurred in request., <type>: <text>".
    return ClientRequestError(f"Error occurred in request., {type(error).__name__}: {error}", error)


def _as_requests_response(answer: aiohttp.ClientResponse, content: bytes, url: str) -> requests.Response:
    """The answer in the shape callers of the stock client inspect (`error.response.status_code`, `.headers`)."""
    response = requests.Response()
    response.status_code = answer.status
    response.headers = CaseInsensitiveDict(answer.headers)
    response.reason = answer.reason or ""
    response.url = url
    response._content = content
    response.encoding = answer.charset
    return response


class FastConversations(ConversationsOperations):  # type: ignore[misc]
    """Stock conversation operations, except that sending, replying, updating and deleting activities go through
    the shared `ConnectorHttp`. `raw=True` or custom operation options fall back to msrest."""

    def __init__(self, client: ConnectorClient, http: ConnectorHttp) -> None:
        super().__init__(client._client, client.config, client._serialize, client._deserialize)
        self._http = http
        self._token = BearerToken(client.config.credentials)
        self._base = str(client.config.base_url).rstrip("/") + "/"
        self._user_agent = str(client.config.user_agent)

    async def send_to_conversation(
        self, conversation_id: str, activity: Activity, *, custom_headers: Mapping[str, str] | None = None,
        raw: bool = False, **operation_config: Any,
    ) -> Any:
        if raw or operation_config:
            return await super().send_to_conversation(
                conversation_id, activity, custom_headers=custom_headers, raw=raw, **operation_config
            )
        url = f"{self._base}v3/conversations/{_segment(conversation_id)}/activities"
        return await self._activity_call("POST", url, activity, {}, custom_headers)

    async def reply_to_activity(
        self, conversation_id: str, activity_id: str, activity: Activity, *,
        custom_headers: Mapping[str, str] | None = None, raw: bool = False, **operation_config: Any,
    ) -> Any:
        if raw or operation_config:
            return await super().reply_to_activity(
                conversation_id, activity_id, activity, custom_headers=custom_headers, raw=raw, **operation_config
            )
        url = f"{self._base}v3/conversations/{_segment(conversation_id)}/activities/{_segment(activity_id)}"
        return await self._activity_call(
            "POST", url, activity, {"x-ms-conversation-id": conversation_id}, custom_headers
        )

    async def update_activity(
        self, conversation_id: str, activity_id: str, activity: Activity, *,
        custom_headers: Mapping[str, str] | None = None, raw: bool = False, **operation_config: Any,
    ) -> Any:
        if raw or operation_config:
            return await super().update_activity(
                conversation_id, activity_id, activity, custom_headers=custom_headers, raw=raw, **operation_config
            )
        url = f"{self._base}v3/conversations/{_segment(conversation_id)}/activities/{_segment(activity_id)}"
        return await self._activity_call("PUT", url, activity, {}, custom_headers)

    async def delete_activity(
        self, conversation_id: str, activity_id: str, *, custom_headers: Mapping[str, str] | None = None,
        raw: bool = False, **operation_config: Any,
    ) -> Any:
        if raw or operation_config:
            return await super().delete_activity(
                conversation_id, activity_id, custom_headers=custom_headers, raw=raw, **operation_config
            )
        url = f"{self._base}v3/conversations/{_segment(conversation_id)}/activities/{_segment(activity_id)}"
        headers = {"User-Agent": self._user_agent, **(custom_headers or {})}
        response = await self._http.request("DELETE", url, headers, None, self._token)
        if response.status_code not in DELETE_OK:
            raise ErrorResponseException(self._deserialize, response)
        return None

    async def _activity_call(
        self, method: str, url: str, activity: Activity, extra: dict[str, str],
        custom_headers: Mapping[str, str] | None,
    ) -> ResourceResponse | None:
        headers = {
            "User-Agent": self._user_agent,
            "Accept": "application/json",
            "Content-Type": "application/json; charset=utf-8",
            **extra,
            **(custom_headers or {}),
        }
        body = json.dumps(serialize_activity(self._serialize, activity)).encode()
        response = await self._http.request(method, url, headers, body, self._token)
        if response.status_code not in SEND_OK:
            raise ErrorResponseException(self._deserialize, response)
        return _resource_response(response.body())  # type: ignore[no-untyped-call]


def serialize_activity(serializer: Any, activity: Activity) -> dict[str, Any]:
    """msrest's `Serializer.body(activity, "Activity")`, without walking attachment contents twice in Python.

    msrest deserialises and re-serialises every attachment's `content` ("object"), which for plain JSON data (an
    Adaptive Card as the card builders make it) returns an equal copy but costs ~25 ms for a 60 KB card. The usual
    activity is written by `bot.teams.activity_json.model_to_json` without msrest at all; otherwise plain JSON contents
    are set aside while msrest serialises the rest and then put back in their place; anything else goes through
    msrest as before."""
    try:
        return model_to_json(activity)
    except Unusual:
        pass
    attachments = activity.attachments or []
    contents = [getattr(a, "content", None) for a in attachments]
    if not any(c is not None for c in contents) or not all(plain_json(c) for c in contents):
        return serializer.body(activity, "Activity")  # type: ignore[no-any-return]
    try:
        for attachment in attachments:
            attachment.content = None
        body: dict[str, Any] = serializer.body(activity, "Activity")
    finally:
        for attachment, content in zip(attachments, contents, strict=True):
            attachment.content = content
    serialized = body.get("attachments") or []
    for index, (item, content) in enumerate(zip(serialized, contents, strict=True)):
        if content is not None:
            head = {k: v for k, v in item.items() if k in ("contentType", "contentUrl")}
            serialized[index] = {**head, "content": content, **{k: v for k, v in item.items() if k not in head}}
    return body




def _segment(value: str) -> str:
    return quote(str(value), safe="")


def _resource_response(content: bytes) -> ResourceResponse | None:
    if not content:
        return None
    try:
        data = json.loads(content)
    except ValueError:
        return None
    return ResourceResponse(id=data.get("id")) if isinstance(data, dict) else None


class CachingConnectorFactory(ConnectorFactory):  # type: ignore[misc]
    """One `ConnectorClient` per (service URL, audience) for one app id, built by the stock factory once."""

    def __init__(self, inner: ConnectorFactory, default_audience: str, http: ConnectorHttp,
                 *, max_clients: int = DEFAULT_CLIENT_CACHE) -> None:
        self._inner = inner
        self._default_audience = default_audience
        self._http = http
        self._max = max_clients
        self._clients: OrderedDict[tuple[str, str], ConnectorClient] = OrderedDict()

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        key = (service_url, audience or self._default_audience)
        client = self._clients.get(key)
        if client is not None:
            self._clients.move_to_end(key)
            return client
        client = await self._inner.create(service_url, audience)
        client.conversations = FastConversations(client, self._http)
        client = self._clients.setdefault(key, client)
        while len(self._clients) > self._max:
            self._clients.popitem(last=False)
        return client


class LazyUserTokenClient(UserTokenClient):  # type: ignore[misc]
    """The stock user-token client (OAuth prompts, SSO), created on first use and then kept."""

    def __init__(self, create: Callable[[], Awaitable[UserTokenClient]]) -> None:
        self._create = create
        self._client: UserTokenClient | None = None

    async def _inner(self) -> UserTokenClient:
        if self._client is None:
            self._client = await self._create()
        return self._client

    async def get_user_token(self, user_id: str, connection_name: str, channel_id: str, magic_code: str) -> Any:
        return await (await self._inner()).get_user_token(user_id, connection_name, channel_id, magic_code)

    async def get_sign_in_resource(self, connection_name: str, activity: Activity, final_redirect: str) -> Any:
        return await (await self._inner()).get_sign_in_resource(connection_name, activity, final_redirect)

    async def sign_out_user(self, user_id: str, connection_name: str, channel_id: str) -> Any:
        return await (await self._inner()).sign_out_user(user_id, connection_name, channel_id)

    async def get_token_status(self, user_id: str, channel_id: str, include_filter: str) -> Any:
        return await (await self._inner()).get_token_status(user_id, channel_id, include_filter)

    async def get_aad_tokens(
        self, user_id: str, connection_name: str, resource_urls: list[str], channel_id: str
    ) -> Any:
        return await (await self._inner()).get_aad_tokens(user_id, connection_name, resource_urls, channel_id)

    async def exchange_token(self, user_id: str, connection_name: str, channel_id: str, exchange_request: Any) -> Any:
        return await (await self._inner()).exchange_token(user_id, connection_name, channel_id, exchange_request)


class CachingBotFrameworkAuthentication(BotFrameworkAuthentication):  # type: ignore[misc]
    """The stock authentication (inbound JWT validation unchanged) with connector clients and user-token clients
    reused across turns, per app id."""

    def __init__(self, inner: BotFrameworkAuthentication, http: ConnectorHttp | None = None) -> None:
        self._inner = inner
        self.http = http or ConnectorHttp()
        self._factories: dict[str | None, CachingConnectorFactory] = {}
        self._user_token_clients: dict[str | None, LazyUserTokenClient] = {}

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = self._factory(result.claims_identity, result.connector_factory)
        return result

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._factory(claims_identity, None)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = _app_id(claims_identity)
        client = self._user_token_clients.get(app_id)
        if client is None:
            client = self._user_token_clients.setdefault(
                app_id, LazyUserTokenClient(lambda: self._inner.create_user_token_client(claims_identity))
            )
        return client

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return str(self._inner.get_originating_audience())

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)

    def _factory(self, claims_identity: ClaimsIdentity, built: ConnectorFactory | None) -> CachingConnectorFactory:
        app_id = _app_id(claims_identity)
        factory = self._factories.get(app_id)
        if factory is None:
            inner = built or self._inner.create_connector_factory(claims_identity)
            factory = self._factories.setdefault(
                app_id, CachingConnectorFactory(inner, self.get_originating_audience(), self.http)
            )
        return factory


def _app_id(claims_identity: ClaimsIdentity | None) -> str | None:
    """The app id the stock factories derive credentials from: the audience claim, else the appid claim."""
    if claims_identity is None:
        return None
    app_id = claims_identity.get_claim_value(AuthenticationConstants.AUDIENCE_CLAIM)
    if app_id is None:
        app_id = claims_identity.get_claim_value(AuthenticationConstants.APP_ID_CLAIM)
    return str(app_id) if app_id else None
