"""Production authentication, end to end over HTTP, through the SDK's real token validation.

The bot runs with a production configuration (SingleTenant, app id, secret, tenant) and the SDK's built-in
public-cloud endpoints; `tests/support/fake_issuer.py` stands in for login.botframework.com (the OpenID metadata
and signing keys of channel tokens) and login.microsoftonline.com (msal's client-credentials token for replies),
reached through a loopback proxy. A correctly signed token gets a reply, sent with a token from the identity
platform that the fake Bot Connector verifies; each forged or misdirected token is refused with 401, each foreign
tenant with 403, and then nothing is stored and nothing is sent.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from bot.settings import Settings
from store.db import create_engine
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.fake_issuer import (
    APP_ID,
    APP_SECRET,
    FOREIGN_TENANT,
    TENANT,
    FakeIssuer,
    VerifyingConnector,
    sign,
)
from tests.support.running_bot import RunningBot, dev_settings

STORED_TABLES = ("person", "bot_state", "audit_event", "scheduled_job")
# What production requires besides authentication (agreement export links).
OTHER_PRODUCTION_SETTINGS = {"AFTALEBOT_EXPORT_SECRET": "e" * 40, "AFTALEBOT_PUBLIC_URL": "https://aftalebot.example.dk"}


@pytest.fixture(scope="module")
def issuer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeIssuer]:
    # One per module: the SDK caches the Bot Framework's signing keys per metadata URL for a day.
    fake = FakeIssuer(tmp_path_factory.mktemp("issuer"))
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def routed(issuer: FakeIssuer, monkeypatch: pytest.MonkeyPatch) -> FakeIssuer:
    """The login hosts lead to the fake for this test (standard proxy and CA variables, read by `requests`)."""
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name, value in issuer.environment().items():
        monkeypatch.setenv(name, value)
    return issuer


@pytest.fixture
async def connector(issuer: FakeIssuer) -> AsyncIterator[VerifyingConnector]:
    fake = VerifyingConnector(issuer)
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
async def attacker() -> AsyncIterator[FakeConnector]:
    """Where a forged serviceUrl points: it must never hear from the bot."""
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.close()


def production_settings(database_url: str, **changes: str) -> Settings:
    values: dict[str, Any] = {
        "DATABASE_URL": database_url, "AFTALEBOT_ENV": "production", "MicrosoftAppType": "SingleTenant",
        "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": APP_SECRET, "MicrosoftAppTenantId": TENANT,
        **OTHER_PRODUCTION_SETTINGS, **changes,
    }
    settings = Settings(_env_file=None, **values)
    settings.check_startable()  # a configuration production accepts
    return settings


@pytest.fixture
async def production_bot(database_url: str, routed: FakeIssuer) -> AsyncIterator[RunningBot]:
    running = RunningBot(production_settings(database_url))
    await running.start()
    yield running
    await running.stop()


async def stored_rows(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return {table: int((await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one())
                    for table in STORED_TABLES}
    finally:
        await engine.dispose()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# ---------------------------------------------------------------- the accepted path


async def test_a_correctly_signed_token_is_answered_with_a_token_from_the_identity_platform(
    production_bot: RunningBot, connector: VerifyingConnector, issuer: FakeIssuer, database_url: str
) -> None:
    activity = make_activity(connector.url, text="hjælp")
    response = await production_bot.post(activity, bearer(issuer.channel_token(connector.url)))

    assert response.status in (200, 201), response.text_body  # type: ignore[attr-defined]
    reply = await connector.wait_for(lambda a: a.get("type") == "message")
    assert "nyt mål" in text_of(reply)
    # The reply went out with an app-only token for the Bot Connector, from the municipality's own tenant
    # (SingleTenant), obtained with the app's secret: the connector accepted nothing else.
    assert connector.unauthorized == 0
    assert [c["appid"] for c in connector.authorizations] == [APP_ID] * len(connector.activities)
    request = issuer.token_requests[-1]
    assert (request["tenant"], request["client_id"], request["grant_type"]) == (TENANT, APP_ID, "client_credentials")
    assert request["scope"] == "https://api.botframework.com/.default"
    assert {"login.botframework.com", "login.microsoftonline.com"} <= set(issuer.tunnels)
    assert issuer.refused_tunnels == []
    assert (await stored_rows(database_url))["person"] == 1


async def test_the_outbound_token_needs_the_right_secret(
    database_url: str, routed: FakeIssuer, connector: VerifyingConnector
) -> None:
    """The fake identity platform is not a rubber stamp: with a wrong secret no token, so no reply is sent."""
    running = RunningBot(production_settings(database_url, MicrosoftAppPassword="not-the-secret"))
    await running.start()
    try:
        before = len(routed.token_errors)
        response = await running.post(make_activity(connector.url, text="hjælp"),
                                      bearer(routed.channel_token(connector.url)))
    finally:
        await running.stop()
    assert response.status < 500
    assert "invalid_client" in routed.token_errors[before:]
    assert connector.activities == []


# ---------------------------------------------------------------- attacks

Attack = Callable[[FakeIssuer, str, str], tuple[dict[str, Any], dict[str, str]]]


def _activity(url: str, **changes: Any) -> dict[str, Any]:
    return make_activity(url, text="hjælp", **changes)


def no_token(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), {}


def malformed(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), {"Authorization": "Bearer abc.def.ghi"}


def wrong_scheme(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), {"Authorization": f"Basic {issuer.channel_token(url)}"}


def wrong_audience(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), bearer(issuer.channel_token(url, aud="0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3"))


def expired(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    # The SDK allows five minutes of clock skew; this one expired ten minutes ago.
    now = int(time.time())  # real clock ok: the SDK checks a token against the real clock
    return _activity(url), bearer(issuer.channel_token(url, nbf=now - 7200, exp=now - 600))


def not_yet_valid(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    now = int(time.time())  # real clock ok: the SDK checks a token against the real clock
    return _activity(url), bearer(issuer.channel_token(url, nbf=now + 1800, exp=now + 7200))


def wrong_issuer(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), bearer(issuer.channel_token(url, iss="https://login.botframework.com.evil.example"))


def signed_with_another_key(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    # The published key's id, but the attacker's private key: the signature does not verify.
    return _activity(url), bearer(sign(issuer.channel_claims(url), issuer.keys.rogue, issuer.keys.channel.kid))


def signed_with_an_unknown_key(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), bearer(sign(issuer.channel_claims(url), issuer.keys.rogue, "attacker-key"))


def key_not_endorsed_for_teams(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    # A genuine Bot Framework key, but one endorsed for Web Chat only, on a Teams activity.
    return _activity(url), bearer(issuer.channel_token(url, key=issuer.keys.webchat_only))


def unsigned(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    return _activity(url), bearer(sign(issuer.channel_claims(url), None, issuer.keys.channel.kid, algorithm="none"))


def service_url_swapped(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    # A genuine token for the real connector, on an activity that would make the bot reply (with its own bearer
    # token) to the attacker's server.
    return _activity(evil), bearer(issuer.channel_token(url))


def outbound_token_replayed(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    # The token the bot itself sends to the connector, captured and sent back to the bot.
    return _activity(url), bearer(issuer.identity_token())


def foreign_tenant(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    activity = _activity(url)
    activity["conversation"]["tenantId"] = FOREIGN_TENANT
    activity["channelData"] = {"tenant": {"id": FOREIGN_TENANT}}
    return activity, bearer(issuer.channel_token(url))


def foreign_tenant_in_channel_data(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    activity = _activity(url)
    activity["channelData"] = {"tenant": {"id": FOREIGN_TENANT}}
    return activity, bearer(issuer.channel_token(url))


def no_tenant(issuer: FakeIssuer, url: str, evil: str) -> tuple[dict[str, Any], dict[str, str]]:
    activity = _activity(url)
    del activity["conversation"]["tenantId"]
    del activity["channelData"]
    return activity, bearer(issuer.channel_token(url))


ATTACKS: list[tuple[Attack, int]] = [
    (no_token, 401),
    (malformed, 401),
    (wrong_scheme, 401),
    (wrong_audience, 401),
    (expired, 401),
    (not_yet_valid, 401),
    (wrong_issuer, 401),
    (signed_with_another_key, 401),
    (signed_with_an_unknown_key, 401),
    (key_not_endorsed_for_teams, 401),
    (unsigned, 401),
    (service_url_swapped, 401),
    (outbound_token_replayed, 401),
    (foreign_tenant, 403),
    (foreign_tenant_in_channel_data, 403),
    (no_tenant, 403),
]


@pytest.mark.parametrize(("attack", "status"), ATTACKS, ids=[attack.__name__ for attack, _ in ATTACKS])
async def test_a_forged_or_misdirected_activity_is_refused_and_leaves_no_trace(
    production_bot: RunningBot, connector: VerifyingConnector, attacker: FakeConnector, issuer: FakeIssuer,
    database_url: str, attack: Attack, status: int,
) -> None:
    activity, headers = attack(issuer, connector.url, attacker.url)
    response = await production_bot.post(activity, headers)

    body = response.text_body  # type: ignore[attr-defined]
    assert response.status == status, body
    assert "Traceback" not in body and "eyJ" not in body  # no internals, no token echoed
    assert await stored_rows(database_url) == dict.fromkeys(STORED_TABLES, 0)
    assert connector.activities == [] and connector.requests == []
    assert attacker.activities == [] and attacker.requests == []

    # A genuine token still gets through: the refusal was about that request, not a bot that refuses everything.
    probe = await production_bot.post(make_activity(connector.url, text="hjælp"),
                                      bearer(issuer.channel_token(connector.url)))
    assert probe.status in (200, 201)
    await connector.wait_for(lambda a: a.get("type") == "message")
    assert attacker.requests == [] and issuer.refused_tunnels == []


# ---------------------------------------------------------------- the tenant rule, and development mode


def test_in_production_an_empty_allow_list_means_only_the_apps_own_tenant() -> None:
    settings = Settings(_env_file=None, AFTALEBOT_ENV="production", MicrosoftAppId=APP_ID,
                        MicrosoftAppPassword=APP_SECRET, MicrosoftAppTenantId=TENANT, **OTHER_PRODUCTION_SETTINGS)
    settings.check_startable()
    assert settings.accepted_tenants() == [TENANT]
    assert settings.tenant_allowed(TENANT)
    assert not settings.tenant_allowed(FOREIGN_TENANT) and not settings.tenant_allowed("")


def test_an_explicit_allow_list_is_the_whole_list() -> None:
    settings = Settings(_env_file=None, AFTALEBOT_ENV="production", MicrosoftAppId=APP_ID,
                        MicrosoftAppPassword=APP_SECRET, MicrosoftAppTenantId=TENANT,
                        AFTALEBOT_ALLOWED_TENANTS=f"{TENANT},{FOREIGN_TENANT}")
    assert settings.tenant_allowed(TENANT) and settings.tenant_allowed(FOREIGN_TENANT)
    assert not settings.tenant_allowed("11111111-0000-0000-0000-000000000000")


def test_multi_tenant_production_needs_an_allow_list() -> None:
    settings = Settings(_env_file=None, AFTALEBOT_ENV="production", MicrosoftAppType="MultiTenant",
                        MicrosoftAppId=APP_ID, MicrosoftAppPassword=APP_SECRET, **OTHER_PRODUCTION_SETTINGS)
    assert settings.missing_for_production() == ["AFTALEBOT_ALLOWED_TENANTS"]


async def test_development_mode_needs_no_token_and_calls_no_identity_service(
    database_url: str, routed: FakeIssuer
) -> None:
    plain = FakeConnector()
    await plain.start()
    running = RunningBot(dev_settings(database_url))
    await running.start()
    tunnels = len(routed.tunnels)
    try:
        response = await running.post(make_activity(plain.url, text="hjælp"))
        reply = await plain.wait_for(lambda a: a.get("type") == "message")
    finally:
        await running.stop()
        await plain.close()
    assert response.status in (200, 201)
    assert "nyt mål" in text_of(reply)
    assert len(routed.tunnels) == tunnels
