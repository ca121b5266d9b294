"""Issue 15, item 3: /metrics cannot be planted by unauthenticated requests.

In production, POSTs without a token, each with its own `"type": "t<uuid>"`, got 401 but left one
`aftalebot_turns_total{type=…}` series each. Now nothing is counted before authentication and the tenant check, and
the type label comes from a fixed set (anything else is «other»).
"""

from __future__ import annotations

import re
import uuid

from aiohttp import ClientSession

from agreements.demo import TENANT_ID
from bot.settings import Settings
from bot.web.metrics import ACTIVITY_TYPES, Metrics
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector
from tests.support.running_bot import RunningBot, connector

__all__ = ["connector"]  # the fixture


def production(database_url: str) -> Settings:
    return Settings(
        DATABASE_URL=database_url, AFTALEBOT_ENV="production", MicrosoftAppId="11111111-2222-3333-4444-555555555555",
        MicrosoftAppPassword="not-a-real-secret", MicrosoftAppTenantId=TENANT_ID, AFTALEBOT_ALLOWED_TENANTS=TENANT_ID,
    )


async def test_unauthenticated_posts_leave_no_series_in_metrics(database_url: str, connector: FakeConnector) -> None:
    running = RunningBot(production(database_url))
    await running.start()
    try:
        for _ in range(300):
            response = await running.post(make_activity(connector.url, type=f"t{uuid.uuid4().hex}"))
            assert response.status == 401
        assert running.server is not None
        async with ClientSession() as http, http.get(str(running.server.make_url("/metrics"))) as got:
            body = await got.text()
    finally:
        await running.stop()
    series = re.findall(r'^aftalebot_turns_total\{type="([^"]*)"\} (\d+)$', body, re.MULTILINE)
    assert all(n == "0" for _, n in series), series  # nothing was counted
    assert [kind for kind, _ in series] in ([], ["message"])
    assert not re.search(r'type="t[0-9a-f]{32}"', body)
    assert len(body.splitlines()) < 80


def test_turn_labels_come_from_a_fixed_set() -> None:
    metrics = Metrics()
    for kind in ("message", "invoke", "conversationUpdate", "installationUpdate", "tabc", "x" * 39, "Message"):
        metrics.turn(kind, 0.01)
    assert set(metrics.turns) <= ACTIVITY_TYPES | {"other"}
    assert metrics.turns == {"message": 1, "invoke": 1, "conversationUpdate": 1, "installationUpdate": 1, "other": 3}
