"""The Bot Framework token service and the Microsoft identity platform, faked on loopback with their own keys.

The bot under test is configured exactly as in production (SingleTenant: app id, secret, tenant; no endpoint
overrides), so the SDK uses its built-in public-cloud addresses. `FakeIssuer.environment()` gives the variables
that route those addresses here, through the standard proxy and CA settings that `requests` (and so the SDK and
msal) honour:
- HTTPS_PROXY points at a CONNECT proxy on 127.0.0.1 that tunnels only login.botframework.com:443 and
  login.microsoftonline.com:443, to a local TLS server; any other host is refused (and recorded);
- REQUESTS_CA_BUNDLE names the test CA that signed that server's certificate.

What the TLS server answers, as the real services do:
- login.botframework.com: `/v1/.well-known/openidconfiguration` and its JWKS, whose keys carry `endorsements`
  (the channels a key may sign for). Inbound channel tokens (`channel_token`) are signed with these keys.
- login.microsoftonline.com: `/{tenant}/v2.0/.well-known/openid-configuration` and
  `POST /{tenant}/oauth2/v2.0/token` (msal's client-credentials flow), which checks tenant, client id, secret and
  scope and returns a signed JWT for https://api.botframework.com: the token the bot sends to the Bot Connector
  (`VerifyingConnector` checks it like the real connector does).

It runs on its own event loop in a thread, because the SDK fetches the OpenID metadata with blocking `requests`
calls on the bot's event loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import ssl
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from jwt.algorithms import RSAAlgorithm

from agreements.demo import TENANT_ID
from tests.support.fake_connector import FakeConnector
from tests.support.fake_graph import CERTIFICATE_FROM, CERTIFICATE_UNTIL

APP_ID = "8d3f0a52-6b1e-4c7a-9f2d-1e5b7c9a0d43"
APP_SECRET = "fake-bot-secret-value"
TENANT = TENANT_ID
FOREIGN_TENANT = "00000000-dead-beef-0000-000000000000"

BOT_FRAMEWORK_HOST = "login.botframework.com"
IDENTITY_HOST = "login.microsoftonline.com"
HOSTS = frozenset({BOT_FRAMEWORK_HOST, IDENTITY_HOST})
CHANNEL_ISSUER = "https://api.botframework.com"
CONNECTOR_AUDIENCE = "https://api.botframework.com"
CONNECTOR_SCOPE = f"{CONNECTOR_AUDIENCE}/.default"


def _rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private: rsa.RSAPrivateKey
    endorsements: tuple[str, ...] = ()

    def jwk(self) -> dict[str, Any]:
        key = dict(RSAAlgorithm.to_jwk(self.private.public_key(), as_dict=True))
        key.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        if self.endorsements:
            key["endorsements"] = list(self.endorsements)
        return key


@dataclass
class Keys:
    """The published keys, and one that is not published anywhere (an attacker's)."""

    channel: SigningKey = field(default_factory=lambda: SigningKey("bf-channel-1", _rsa(), ("msteams", "webchat")))
    webchat_only: SigningKey = field(default_factory=lambda: SigningKey("bf-webchat-1", _rsa(), ("webchat",)))
    identity: SigningKey = field(default_factory=lambda: SigningKey("aad-1", _rsa()))
    rogue: rsa.RSAPrivateKey = field(default_factory=_rsa)


def sign(claims: Mapping[str, Any], key: rsa.RSAPrivateKey | None, kid: str | None, algorithm: str = "RS256") -> str:
    headers = {"typ": "JWT", **({"kid": kid} if kid else {})}
    return jwt.encode(dict(claims), key, algorithm=algorithm, headers=headers)


def make_ca_and_server_cert(directory: Path) -> tuple[Path, Path, Path]:
    """A test CA, and a server certificate it signed for the two login hosts; returns (ca, cert, key) paths."""
    ca_key = _rsa()
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Aftalebot test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(CERTIFICATE_FROM).not_valid_after(CERTIFICATE_UNTIL)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = _rsa()
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, BOT_FRAMEWORK_HOST)]))
        .issuer_name(ca_name).public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(CERTIFICATE_FROM).not_valid_after(CERTIFICATE_UNTIL)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(
            [*(x509.DNSName(host) for host in sorted(HOSTS)), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        ), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return ca_path, cert_path, key_path


class FakeIssuer:
    """See the module docstring. `start()` and `stop()` are synchronous; the servers live in their own thread."""

    def __init__(self, workdir: Path, *, app_id: str = APP_ID, secret: str = APP_SECRET, tenant: str = TENANT) -> None:
        self.app_id, self.secret, self.tenant = app_id, secret, tenant
        self.keys = Keys()
        self.ca_path, cert_path, key_path = make_ca_and_server_cert(workdir)
        self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._tls.load_cert_chain(cert_path, key_path)
        # What reached the fake (appended on its thread, read by the test after the fact).
        self.tunnels: list[str] = []
        self.refused_tunnels: list[str] = []
        self.metadata_fetches: list[str] = []
        self.token_requests: list[dict[str, str]] = []
        self.token_errors: list[str] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._proxy: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._tls_port = 0
        self.proxy_port = 0

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> None:
        started: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, args=(started,), name="fake-issuer", daemon=True)
        self._thread.start()
        started.result(timeout=30)

    def _run(self, started: concurrent.futures.Future[None]) -> None:
        assert self._loop is not None
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._start())
        except BaseException as error:
            started.set_exception(error)
            return
        started.set_result(None)
        self._loop.run_forever()
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/v1/.well-known/openidconfiguration", self._bot_framework_metadata)
        app.router.add_get("/v1/.well-known/keys", self._bot_framework_keys)
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._identity_metadata)
        app.router.add_get("/{tenant}/discovery/v2.0/keys", self._identity_keys)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self._tls)
        await site.start()
        self._tls_port = int(self._runner.addresses[0][1])
        self._proxy = await asyncio.start_server(self._tunnel, "127.0.0.1", 0)
        self.proxy_port = self._proxy.sockets[0].getsockname()[1]

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)

    async def _stop(self) -> None:
        if self._proxy is not None:
            self._proxy.close()
        for stream in list(self._open):  # open tunnels end at EOF
            stream.close()
        for _ in range(100):
            if not self._open:
                break
            await asyncio.sleep(0.01)
        if self._runner is not None:
            await self._runner.cleanup()

    def environment(self) -> dict[str, str]:
        """Environment variables that send the SDK's and msal's https calls to this fake (and nothing else)."""
        proxy = f"http://127.0.0.1:{self.proxy_port}"
        ca = str(self.ca_path)
        return {"HTTPS_PROXY": proxy, "https_proxy": proxy, "NO_PROXY": "127.0.0.1,localhost",
                "no_proxy": "127.0.0.1,localhost", "REQUESTS_CA_BUNDLE": ca, "CURL_CA_BUNDLE": ca}

    # ---------------------------------------------------------------- tokens the tests send

    def channel_claims(self, service_url: str, **changes: Any) -> dict[str, Any]:
        """The claims of a Bot Framework channel token for this app, as Teams' messages carry them."""
        now = int(time.time())  # real clock ok: the SDK checks a token against the real clock
        claims: dict[str, Any] = {"serviceurl": service_url, "nbf": now - 60, "exp": now + 3600,
                                  "iss": CHANNEL_ISSUER, "aud": self.app_id}
        claims.update(changes)
        return claims

    def channel_token(self, service_url: str, *, key: SigningKey | None = None, **changes: Any) -> str:
        key = key or self.keys.channel
        return sign(self.channel_claims(service_url, **changes), key.private, key.kid)

    def identity_token(self, **changes: Any) -> str:
        """An app-only token from the identity platform for the Bot Connector (what the bot itself sends out)."""
        now = int(time.time())  # real clock ok: the SDK checks a token against the real clock
        claims = {"aud": CONNECTOR_AUDIENCE, "iss": f"https://sts.windows.net/{self.tenant}/", "iat": now,
                  "nbf": now - 60, "exp": now + 3600, "appid": self.app_id, "appidacr": "1", "tid": self.tenant,
                  "ver": "1.0", "sub": str(uuid.uuid5(uuid.NAMESPACE_URL, self.app_id)), **changes}
        return sign(claims, self.keys.identity.private, self.keys.identity.kid)

    def connector_claims(self, authorization: str | None) -> dict[str, Any] | None:
        """The claims of a valid outbound token (as the Bot Connector checks it), or None."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        try:
            claims: dict[str, Any] = jwt.decode(
                authorization.removeprefix("Bearer "), self.keys.identity.private.public_key(),
                algorithms=["RS256"], audience=CONNECTOR_AUDIENCE,
                issuer=f"https://sts.windows.net/{self.tenant}/",
            )
        except jwt.PyJWTError:
            return None
        return claims if claims.get("appid") == self.app_id else None

    # ---------------------------------------------------------------- the proxy

    async def _tunnel(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._open.add(writer)
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            method, target, *_ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
            host, _, port = target.rpartition(":")
            if method != "CONNECT" or host not in HOSTS or port != "443":
                self.refused_tunnels.append(f"{method} {target}")
                writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                await writer.drain()
                return
            self.tunnels.append(host)
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self._tls_port)
            self._open.add(upstream_writer)
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
            try:
                await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))
            finally:
                self._open.discard(upstream_writer)
                upstream_writer.close()
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
            pass
        finally:
            self._open.discard(writer)
            writer.close()

    # ---------------------------------------------------------------- login.botframework.com

    def _wrong_host(self, request: web.Request, host: str) -> web.Response | None:
        return None if request.host.split(":")[0] == host else web.Response(status=404)

    async def _bot_framework_metadata(self, request: web.Request) -> web.Response:
        if (wrong := self._wrong_host(request, BOT_FRAMEWORK_HOST)) is not None:
            return wrong
        self.metadata_fetches.append(request.path)
        return web.json_response({
            "issuer": CHANNEL_ISSUER,
            "authorization_endpoint": "https://invalid.botframework.com",
            "jwks_uri": f"https://{BOT_FRAMEWORK_HOST}/v1/.well-known/keys",
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["private_key_jwt"],
        })

    async def _bot_framework_keys(self, request: web.Request) -> web.Response:
        if (wrong := self._wrong_host(request, BOT_FRAMEWORK_HOST)) is not None:
            return wrong
        self.metadata_fetches.append(request.path)
        return web.json_response({"keys": [self.keys.channel.jwk(), self.keys.webchat_only.jwk()]})

    # ---------------------------------------------------------------- login.microsoftonline.com

    async def _identity_metadata(self, request: web.Request) -> web.Response:
        if (wrong := self._wrong_host(request, IDENTITY_HOST)) is not None:
            return wrong
        tenant = request.match_info["tenant"]
        base = f"https://{IDENTITY_HOST}/{tenant}"
        return web.json_response({
            "issuer": f"{base}/v2.0",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "jwks_uri": f"{base}/discovery/v2.0/keys",
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "tenant_region_scope": "EU",
        })

    async def _identity_keys(self, request: web.Request) -> web.Response:
        if (wrong := self._wrong_host(request, IDENTITY_HOST)) is not None:
            return wrong
        return web.json_response({"keys": [self.keys.identity.jwk()]})

    async def _token(self, request: web.Request) -> web.Response:
        if (wrong := self._wrong_host(request, IDENTITY_HOST)) is not None:
            return wrong
        form = {key: str(value) for key, value in (await request.post()).items()}
        tenant = request.match_info["tenant"]
        self.token_requests.append({**form, "tenant": tenant})
        if tenant != self.tenant:
            return self._oauth_error(400, "invalid_tenant", "AADSTS90002: Tenant not found.")
        if form.get("grant_type") != "client_credentials":
            return self._oauth_error(400, "unsupported_grant_type", "AADSTS70003: grant type not supported.")
        if form.get("client_id") != self.app_id:
            return self._oauth_error(400, "unauthorized_client", "AADSTS700016: Application not found.")
        if form.get("client_secret") != self.secret:
            return self._oauth_error(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
        if form.get("scope", "").split() != [CONNECTOR_SCOPE]:
            return self._oauth_error(400, "invalid_scope", "AADSTS1002012: The provided scope is not valid.")
        return web.json_response({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                                  "access_token": self.identity_token()})

    def _oauth_error(self, status: int, error: str, description: str) -> web.Response:
        self.token_errors.append(error)
        return web.json_response({"error": error, "error_description": description, "error_codes": [0]},
                                 status=status)


class VerifyingConnector(FakeConnector):
    """A fake Bot Connector that, like the real one, accepts only a valid token from the identity platform for
    this app (401 otherwise); the claims of each accepted token are kept in `authorizations`."""

    def __init__(self, issuer: FakeIssuer) -> None:
        self.issuer = issuer
        self.authorizations: list[dict[str, Any]] = []
        self.unauthorized = 0
        super().__init__()

    async def _post(self, request: web.Request) -> web.Response:
        claims = self.issuer.connector_claims(request.headers.get("Authorization"))
        if claims is None:
            self.unauthorized += 1
            return web.json_response({"error": {"code": "Unauthorized", "message": "Authorization failed"}},
                                     status=401)
        self.authorizations.append(claims)
        return await super()._post(request)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
    except (OSError, RuntimeError):
        pass
