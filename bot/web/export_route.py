"""GET /api/export/{token}: the exported agreement behind a signed, short-lived link (bot.web.export_links).

The token is checked first (forged or tampered → 403, expired → 410); then, inside the token's tenant, the person
it was made for must still be holder, giver or chefkonsulent (else 403, audited), and the agreement must still be
at the token's version (else 410: the link shows an agreement that has since changed). Every answer but the file
is a short Danish text that tells nothing about the agreement; the file goes out with `Content-Disposition:
attachment`, `Cache-Control: no-store` and no referrer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from aiohttp import web

from agreements.agreement.document import AgreementDocument, DocumentService, ExportFormat, ExportRefused
from agreements.clock import Clock, local_today, utc_now
from agreements.policy import Right
from agreements.profiles import Profile
from agreements.use_cases import finish
from bot import export_texts as texts
from bot.settings import Settings
from bot.web.export_links import ExportLinkError, ExportLinks, LinkProblem
from bot.web.http_routes import add_http

log = logging.getLogger(__name__)

ROUTE = "/api/export/{token}"
UowFactory = Callable[[], Any]
# The app's container is built after the routes are added: resolve what the route needs when it is called.
Resolve = Callable[[web.Application], tuple[UowFactory, Profile]]
SAFE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _text(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=message, content_type="text/plain", charset="utf-8",
                        headers=SAFE_HEADERS)


def content_disposition(document: AgreementDocument, fmt: ExportFormat) -> str:
    """An ASCII file name for old clients and the Danish one (RFC 6266 / 5987) for the rest."""
    ascii_name = f"{document.file_stem()}.{fmt.value}"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(document.display_name(fmt), safe='')}"


def render(document: AgreementDocument, fmt: ExportFormat) -> bytes:
    from bot.commandline.export_cli import render as render_file

    return render_file(document, fmt)


async def handle(request: web.Request, links: ExportLinks, uow_factory: UowFactory, profile: Profile,
                 clock: Clock = utc_now) -> web.Response:
    try:
        claim = links.verify(request.match_info.get("token", ""))
    except ExportLinkError as error:
        if error.problem is LinkProblem.EXPIRED:
            return _text(410, texts.EXPORT_LINK_EXPIRED)
        log.info("refused an export link that is not genuine")
        return _text(403, texts.EXPORT_LINK_INVALID)
    service = DocumentService(profile)
    async with uow_factory() as uow:
        person = await uow.people.get(claim.tenant_id, claim.person_id)
        if person is None:
            return _text(403, texts.EXPORT_LINK_INVALID)
        try:
            agreement = await service.check_access(uow, person, claim.agreement_id, "export_download")
        except ExportRefused:
            return _text(403, texts.EXPORT_LINK_NOT_ALLOWED)
        if agreement.version != claim.version:
            return _text(410, texts.EXPORT_LINK_STALE)
        document = await service.load_for(uow, person, claim.agreement_id, local_today(clock()),
                                          audit_detail={"format": claim.format.value, "via": "link"})
        # Rendered before the audit is committed: an export that fails is not recorded as made.
        content = await asyncio.to_thread(render, document, claim.format)
        await finish(uow)
    return web.Response(
        body=content,
        content_type=claim.format.media_type.split(";")[0],
        charset="utf-8" if claim.format is ExportFormat.MARKDOWN else None,
        headers={**SAFE_HEADERS, "Content-Disposition": content_disposition(document, claim.format)},
    )


def register(app: web.Application, links: ExportLinks | None, resolve: Resolve, *, clock: Clock = utc_now) -> None:
    """Adds GET /api/export/{token}; `resolve(app)` gives the unit-of-work factory and the profile per request.
    Without `links` (no secret configured) every link is answered 404 with a Danish explanation."""

    async def download(request: web.Request) -> web.Response:
        if links is None:
            return _text(404, texts.EXPORT_NOT_AVAILABLE)
        uow_factory, profile = resolve(request.app)
        return await handle(request, links, uow_factory, profile, clock)

    add_http(app, "GET", ROUTE, download, right=Right.EXPORT_AGREEMENT)  # a signed link, then the policy again


def register_from_settings(app: web.Application, settings: Settings, resolve: Resolve, *,
                           clock: Clock | None = None) -> None:
    """What bot.web.app calls: the links are signed with AFTALEBOT_EXPORT_SECRET (the same settings object gives the
    agreement flow the same secret)."""
    clock = clock or settings.make_clock()
    links = ExportLinks.from_settings(settings, clock) if settings.export_secret is not None else None
    register(app, links, resolve, clock=clock)
