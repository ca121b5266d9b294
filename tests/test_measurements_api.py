"""POST /api/measurements: bearer tokens, tenant binding, JSON and CSV bodies, all or nothing, size limit."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from agreements.demo import TENANT_ID
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.measurements_api import authorised_tenant
from store.db import create_engine
from tests.support.measurement_db import audit, measurement_count, seed, values
from tests.test_measurement_service import many_rows

BOUND = "lis-token-bound-7f3a"
BARE = "lis-token-bare-91c2"


class Api:
    def __init__(self, server: TestServer) -> None:
        self.server = server

    async def post(
        self, body: bytes | dict[str, Any], *, token: str | None = BOUND, content_type: str = "application/json",
        tenant: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        headers = {"Content-Type": content_type}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if tenant is not None:
            headers["X-Tenant-Id"] = tenant
        data = json.dumps(body).encode() if isinstance(body, dict) else body
        async with ClientSession() as http, http.post(
            str(self.server.make_url("/api/measurements")), data=data, headers=headers
        ) as response:
            return response.status, await response.json()


@pytest.fixture
async def api(database_url: str) -> AsyncIterator[Api]:
    engine = create_engine(database_url)
    await seed(engine)
    await engine.dispose()
    settings = Settings(
        DATABASE_URL=database_url, AFTALEBOT_IMPORT_TOKENS=f"{TENANT_ID}:{BOUND}, {BARE}",
        AFTALEBOT_IMPORT_MAX_BYTES=20_000,
    )
    server = TestServer(create_app(settings), host="127.0.0.1")
    await server.start_server()
    yield Api(server)
    await server.close()


def body(*items: dict[str, Any]) -> dict[str, Any]:
    return {"measurements": list(items)}


async def count(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        return await measurement_count(engine)
    finally:
        await engine.dispose()


async def test_missing_or_wrong_token_is_401(api: Api, database_url: str) -> None:
    before = await count(database_url)
    payload = body({"indicator": "demo-trivsel", "period": "2026-11", "value": 85})
    for token in (None, "wrong", BOUND + "x", ""):
        status, answer = await api.post(payload, token=token)
        assert status == 401, token
        assert answer["message"].startswith("Manglende eller forkert adgangsnøgle")
    status, _ = await api.post(payload, token=None, tenant=TENANT_ID)
    assert status == 401
    assert await count(database_url) == before


async def test_json_import_with_a_bound_token(api: Api, database_url: str) -> None:
    payload = body(
        {"indicator": "demo-trivsel", "period": "2026-11", "value": 85, "comment": "Fra LIS"},
        {"indicator": "demo-sygefravaer", "period": "2026-11", "value": "5,4"},
    )
    status, answer = await api.post(payload)
    assert status == 200, answer
    assert (answer["ok"], answer["new"], answer["changed"], answer["unchanged"]) == (True, 2, 0, 0)
    assert answer["message"] == "Gemt: 2 nye målinger."
    engine = create_engine(database_url)
    assert (await values(engine, "demo-trivsel"))["2026-11"] == (85.0, "Fra LIS")
    assert (await audit(engine))[-1].detail["source"] == "api"
    await engine.dispose()

    status, answer = await api.post(payload)
    assert status == 200 and answer["unchanged"] == 2 and answer["new"] == 0


async def test_bad_rows_are_400_with_the_danish_report_and_nothing_written(api: Api, database_url: str) -> None:
    before = await count(database_url)
    payload = body(
        {"indicator": "demo-trivsel", "period": "2026-11", "value": 85},
        {"indicator": "demo-trivsl", "period": "2026-11", "value": 85},
        {"indicator": "demo-sygefravaer", "period": "november", "value": 5.4},
    )
    status, answer = await api.post(payload)
    assert status == 400
    assert answer["ok"] is False and answer["new"] == 0
    assert [e["row"] for e in answer["errors"]] == [2, 3]
    assert answer["report"].splitlines()[0] == "Intet er gemt, fordi der er 2 fejl. Ret dem, og prøv igen."
    assert "Række 2: indikatoren «demo-trivsl» findes ikke. Mente du «demo-trivsel»?" in answer["report"]
    assert await count(database_url) == before


async def test_csv_body(api: Api, database_url: str) -> None:
    status, answer = await api.post(many_rows().encode(), content_type="text/csv; charset=utf-8")
    assert status == 200, answer
    assert answer["new"] == 132
    status, answer = await api.post(many_rows(bad_line=5).encode(), content_type="text/csv")
    assert status == 400 and answer["errors"] == [{"row": 5, "message": "Række 5: «6,x» er ikke et tal."}]


async def test_over_the_size_limit_is_413(api: Api, database_url: str) -> None:
    before = await count(database_url)
    rows = (many_rows() * 8).encode()  # over the 20.000 bytes configured
    assert len(rows) > 20_000
    status, answer = await api.post(rows, content_type="text/csv")
    assert status == 413 and "for stor" in answer["message"]

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit applies while reading
        for start in range(0, len(rows), 4096):
            yield rows[start : start + 4096]

    headers = {"Authorization": f"Bearer {BOUND}", "Content-Type": "text/csv"}
    async with ClientSession() as http, http.post(
        str(api.server.make_url("/api/measurements")), data=chunks(), headers=headers
    ) as response:
        assert response.status == 413
    assert await count(database_url) == before


async def test_tenant_rules(api: Api) -> None:
    payload = body({"indicator": "demo-trivsel", "period": "2026-11", "value": 85})
    status, answer = await api.post(payload, tenant="another-tenant")
    assert status == 403 and "gælder ikke" in answer["message"]
    status, answer = await api.post(payload, token=BARE)
    assert status == 400 and "X-Tenant-Id" in answer["message"]
    status, answer = await api.post(payload, token=BARE, tenant=TENANT_ID)
    assert status == 200 and answer["new"] == 1
    status, answer = await api.post(payload, token=BOUND, tenant=TENANT_ID)
    assert status == 200 and answer["unchanged"] == 1


async def test_other_content_types_and_broken_json(api: Api) -> None:
    status, answer = await api.post(b"<xml/>", content_type="application/xml")
    assert status == 415 and "application/json" in answer["message"]
    status, answer = await api.post(b"{not json", content_type="application/json")
    assert status == 400 and "ikke gyldig JSON" in answer["errors"][0]["message"]
    status, answer = await api.post({"rows": []})
    assert status == 400


def test_allow_list_applies_to_the_import_tenant() -> None:
    settings = Settings(
        AFTALEBOT_IMPORT_TOKENS=f"t-1:{BOUND},{BARE}", AFTALEBOT_ALLOWED_TENANTS="t-1", AFTALEBOT_ENV="production"
    )
    assert authorised_tenant(settings, f"Bearer {BOUND}", None) == (200, "t-1")
    assert authorised_tenant(settings, f"Bearer {BARE}", "t-2")[0] == 403
    assert authorised_tenant(settings, f"bearer {BARE}", "t-1") == (200, "t-1")
    assert authorised_tenant(settings, f"Basic {BARE}", "t-1")[0] == 401
    assert authorised_tenant(Settings(), f"Bearer {BARE}", "t-1")[0] == 401  # no tokens configured


def test_tokens_are_secret_in_settings() -> None:
    settings = Settings(AFTALEBOT_IMPORT_TOKENS=f"t-1:{BOUND}")
    assert BOUND not in repr(settings) and BOUND not in str(settings.model_dump())
