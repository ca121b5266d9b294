"""A client secret is watched: /healthz says "expiring" weeks before MicrosoftAppPassword ends and "expired" after,
so the operator's monitoring sees it in time; a managed identity has no secret to watch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from bot.settings import Settings
from bot.web.app import create_app

TODAY = "2026-11-06T09:00:00+01:00"  # the clock is pinned: no test depends on today's date


def settings_for(tmp_path: Path, **values: str) -> Settings:
    return Settings(_env_file=None, DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}",
                    AFTALEBOT_CLOCK_START=TODAY, MicrosoftAppId="1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0",
                    MicrosoftAppTenantId="5f0c2a7e-8d3b-4f61-9a24-c7e1b0d9f3a6", **values)


async def health(settings: Settings) -> tuple[int, dict[str, str]]:
    server = TestServer(create_app(settings), host="127.0.0.1")
    await server.start_server()
    try:
        async with ClientSession() as http, http.get(str(server.make_url("/healthz"))) as response:
            return response.status, json.loads(await response.text())
    finally:
        await server.close()


@pytest.mark.parametrize(("expires", "expected", "status"), [
    ("2027-03-01", "ok", "ok"),
    ("2026-11-30", "expiring", "degraded"),
    ("2026-11-06", "expired", "degraded"),
])
async def test_healthz_warns_weeks_before_the_client_secret_expires(
    tmp_path: Path, expires: str, expected: str, status: str
) -> None:
    settings = settings_for(tmp_path, MicrosoftAppPassword="hemmelig", AFTALEBOT_APP_PASSWORD_EXPIRES=expires)
    code, body = await health(settings)
    assert code == 200
    assert body["secret"] == expected
    assert body["status"] == status


async def test_a_managed_identity_has_no_secret_to_watch(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, MicrosoftAppType="UserAssignedMSI", AFTALEBOT_APP_PASSWORD_EXPIRES="2026-11-07")
    code, body = await health(settings)
    assert code == 200 and "secret" not in body
