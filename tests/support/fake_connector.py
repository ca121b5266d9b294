"""A fake Bot Connector on loopback: receives the bot's replies over the real REST protocol."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


class FakeConnector:
    def __init__(self) -> None:
        self.activities: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str]] = []
        # A conversation's roster, as Teams answers GET /v3/conversations/{id}/members; unknown ids: 404.
        self.members: dict[str, list[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._arrived = asyncio.Condition()
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._post)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._post)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._post)
        app.router.add_get("/v3/conversations/{conversation}/members", self._members)
        self._server = TestServer(app, host="127.0.0.1")

    @property
    def url(self) -> str:
        return str(self._server.make_url("")).rstrip("/") + "/"

    async def start(self) -> None:
        await self._server.start_server()

    async def close(self) -> None:
        await self._server.close()

    async def _post(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append((request.method, request.path))
        async with self._arrived:
            self.activities.append(body)
            self._arrived.notify_all()
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    async def _members(self, request: web.Request) -> web.Response:
        self.requests.append((request.method, request.path))
        roster = self.members.get(request.match_info["conversation"])
        if roster is None:
            return web.json_response({"error": {"code": "NotFound", "message": "no such conversation"}}, status=404)
        return web.json_response(roster)

    async def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], *, after: int = 0, timeout: float = 5.0
    ) -> dict[str, Any]:
        """The first activity from index `after` on that matches."""

        def found() -> dict[str, Any] | None:
            return next((a for a in self.activities[after:] if predicate(a)), None)

        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: found() is not None), timeout)
        result = found()
        assert result is not None
        return result


def text_of(activity: dict[str, Any]) -> str:
    """The text of a message, including the text inside any Adaptive Card it carries."""
    parts = [activity.get("text") or ""]
    for attachment in activity.get("attachments") or []:
        parts.append(_card_text(attachment.get("content")))
    return "\n".join(p for p in parts if p)


def _card_text(node: Any) -> str:
    if isinstance(node, dict):
        own = [str(node[k]) for k in ("text", "title", "value") if isinstance(node.get(k), str)]
        return "\n".join(own + [_card_text(v) for v in node.values() if isinstance(v, dict | list)])
    if isinstance(node, list):
        return "\n".join(_card_text(v) for v in node)
    return ""
