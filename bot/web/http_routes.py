"""HTTP endpoints, each added with the right it checks (bot.routes): `add_http` instead of `app.router.add_*`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from agreements.policy import Right
from bot.routes import RouteTable

HttpHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]
HTTP_ROUTES = web.AppKey("http_routes", RouteTable[HttpHandler])


def add_http(app: web.Application, method: str, path: str, handler: HttpHandler, *, right: Right | None) -> None:
    """`app.router.add_route`, recorded with its right (tests/test_routes.py compares the router with the table)."""
    if HTTP_ROUTES not in app:
        app[HTTP_ROUTES] = RouteTable("http")
    app[HTTP_ROUTES].add(f"{method} {path}", handler, right=right)
    app.router.add_route(method, path, handler)
