"""`POST /api/measurements`: indicator values from LIS, all or nothing.

Authentication: `Authorization: Bearer TOKEN`, compared with every token in `AFTALEBOT_IMPORT_TOKENS` by
`hmac.compare_digest` (all of them, always, so the time taken does not tell which one nearly matched).

Tenant (every row carries one):
- a token configured as `TENANT_ID:TOKEN` is bound to that tenant; the import goes there. An `X-Tenant-Id`
  header may be sent, but must then name the same tenant (else 403): a LIS integration cannot write into
  another municipality by changing a header.
- a bare token (no tenant) needs `X-Tenant-Id` (else 400). Meant for a single-municipality installation.
- either way the tenant must pass `AFTALEBOT_ALLOWED_TENANTS` (required in production), else 403.

Body, chosen by `Content-Type`:
- `application/json`: `{"measurements": [{"indicator": "…", "period": "2026-10", "value": 6.1, "comment": "…"}]}`
  (see `agreements.indicators.measurement_records`);
- `text/csv` (also `text/plain`, `application/csv`, `text/tab-separated-values`): the same file format as
  `aftalebot import-measurements`;
- `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: an XLSX workbook.

Answers (JSON): 200 `{"ok": true, "rows", "new", "changed", "unchanged", "message"}`; 400 with the same keys plus
`errors` (`[{"row", "message"}]`) and `report` (the Danish lines); 401 without a valid token; 403 for a tenant
the token may not write to; 413 over `AFTALEBOT_IMPORT_MAX_BYTES`; 415 for another content type.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web

from agreements.indicators.measurement_import import ImportResult, RowError, parse_csv, parse_xlsx
from agreements.indicators.measurement_records import parse_records
from agreements.indicators.measurements import ImportOutcome, import_measurements
from agreements.use_cases import committed_if
from bot.settings import Settings

log = logging.getLogger(__name__)

TENANT_HEADER = "X-Tenant-Id"
JSON_TYPES = {"application/json"}
CSV_TYPES = {"text/csv", "text/plain", "application/csv", "text/tab-separated-values"}
XLSX_TYPES = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
# Parsing more rows than this happens in a worker thread, so the bot keeps answering Teams meanwhile.
THREAD_MIN_BYTES = 64 * 1024

UNAUTHORIZED = "Manglende eller forkert adgangsnøgle (Authorization: Bearer …)."
TENANT_MISSING = f"Angiv kommunens tenant-id i headeren {TENANT_HEADER}."
TENANT_MISMATCH = "Adgangsnøglen gælder ikke for den tenant, der står i " + TENANT_HEADER + "."
TENANT_REFUSED = "Tenanten må ikke bruge Aftalebot."
TOO_LARGE = "Forespørgslen er for stor: højst {limit} byte."
WRONG_TYPE = (
    "Ukendt Content-Type «{type}». Send application/json, text/csv eller et Excel-regneark (.xlsx)."
)
BAD_JSON = "Indholdet er ikke gyldig JSON. Send {\"measurements\": [{\"indicator\", \"period\", \"value\"}]}."


class BodyTooLarge(Exception):
    pass


def authorised_tenant(settings: Settings, authorization: str, tenant_header: str | None) -> tuple[int, str]:
    """(HTTP status, tenant id or Danish message): 200 and the tenant, or the refusal."""
    scheme, _, presented = authorization.strip().partition(" ")
    presented = presented.strip()
    matched: list[str | None] = []
    for tenant, token in settings.import_credentials():
        # Every token is compared, match or not: no early exit.
        if hmac.compare_digest(presented.encode(), token.encode()) and scheme.lower() == "bearer" and presented:
            matched.append(tenant)
    if not matched:
        return 401, UNAUTHORIZED
    header = (tenant_header or "").strip() or None
    bound = sorted({tenant for tenant in matched if tenant is not None})
    bare = None in matched
    if header is not None:
        if header not in bound and not bare:
            return 403, TENANT_MISMATCH
        tenant_id = header
    elif len(bound) == 1 and not bare:
        tenant_id = bound[0]
    else:
        return 400, TENANT_MISSING
    if not settings.tenant_allowed(tenant_id):
        return 403, TENANT_REFUSED
    return 200, tenant_id


async def read_limited(request: web.Request, limit: int) -> bytes:
    """The body, read in chunks (not through `client_max_size`); BodyTooLarge past `limit` bytes."""
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def parse_body(content_type: str, body: bytes) -> ImportResult | None:
    """The parsed rows, or None for a content type this endpoint does not take."""
    if content_type in JSON_TYPES:
        try:
            document = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # RecursionError: nested too deeply
            return ImportResult([], [RowError(0, BAD_JSON)])
        records = document.get("measurements") if isinstance(document, dict) else document
        if not isinstance(records, list):
            return ImportResult([], [RowError(0, BAD_JSON)])
        return parse_records(records)
    if content_type in CSV_TYPES:
        return parse_csv(body)
    if content_type in XLSX_TYPES:
        return parse_xlsx(body)
    return None


async def handle(request: web.Request, settings: Settings, uow_factory: Callable[[], Any]) -> web.Response:
    status, tenant_or_message = authorised_tenant(
        settings, request.headers.get("Authorization", ""), request.headers.get(TENANT_HEADER)
    )
    if status != 200:
        headers = {"WWW-Authenticate": 'Bearer realm="aftalebot"'} if status == 401 else None
        return web.json_response({"ok": False, "message": tenant_or_message}, status=status, headers=headers)
    tenant_id = tenant_or_message
    limit = settings.import_max_bytes
    try:
        body = await read_limited(request, limit)
    except BodyTooLarge:
        return web.json_response({"ok": False, "message": TOO_LARGE.format(limit=limit)}, status=413)
    content_type = request.content_type.lower()
    if len(body) >= THREAD_MIN_BYTES:
        result = await asyncio.to_thread(parse_body, content_type, body)
    else:
        result = parse_body(content_type, body)
    if result is None:
        return web.json_response({"ok": False, "message": WRONG_TYPE.format(type=content_type)}, status=415)
    async with uow_factory() as uow:
        outcome: ImportOutcome = await committed_if(
            uow, lambda uow: import_measurements(uow, tenant_id, result, None, source="api"), lambda o: o.ok)
    if not outcome.ok:
        return web.json_response({**outcome.as_json(), "report": outcome.report_da(limit=100)}, status=400)
    log.info("measurement import for a tenant: %d new, %d changed, %d unchanged",
             outcome.new, outcome.changed, outcome.unchanged)
    return web.json_response(outcome.as_json())
