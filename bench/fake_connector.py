"""A minimal fake Bot Connector on loopback for the benchmarks: accepts send, reply, update and delete, counts
arrivals per conversation and lets a caller wait for the n-th one. Kept cheap, because it shares the load
generator's process and its cost is in every variant's figures alike."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import defaultdict
from typing import Any

from aiohttp import web


class BenchConnector:
    def __init__(self, *, record_texts: bool = False) -> None:
        self.record_texts = record_texts
        self.texts: list[tuple[str, str]] = []  # (conversation, text incl. card text) while recording
        self.arrived: defaultdict[str, int] = defaultdict(int)
        self.total = 0
        self._waiters: dict[str, list[tuple[int, asyncio.Future[None]]]] = defaultdict(list)
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_post("/v3/conversations/{conversation}/activities", self._activity)
        app.router.add_post("/v3/conversations/{conversation}/activities/{activity}", self._activity)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._activity)
        app.router.add_delete("/v3/conversations/{conversation}/activities/{activity}", self._deleted)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _activity(self, request: web.Request) -> web.Response:
        body = await request.read()  # the whole body arrives, as at a real connector
        if self.record_texts:
            self.texts.append((request.match_info["conversation"], _text_of(json.loads(body))))
        self._arrive(request.match_info["conversation"])
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    async def _deleted(self, request: web.Request) -> web.Response:
        self._arrive(request.match_info["conversation"])
        return web.Response(status=200)

    def _arrive(self, conversation: str) -> None:
        self.total += 1
        count = self.arrived[conversation] = self.arrived[conversation] + 1
        waiting = self._waiters.get(conversation)
        if waiting:
            ready = [(n, f) for n, f in waiting if n <= count]
            for item in ready:
                waiting.remove(item)
                if not item[1].done():
                    item[1].set_result(None)

    async def wait_for(self, conversation: str, count: int, timeout: float = 30.0) -> None:
        """Until `count` activities have arrived for the conversation in all."""
        if self.arrived[conversation] >= count:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters[conversation].append((count, future))
        await asyncio.wait_for(future, timeout)


def _text_of(node: Any) -> str:
    if isinstance(node, dict):
        own = [str(node[k]) for k in ("text", "title") if isinstance(node.get(k), str)]
        return "\n".join(own + [_text_of(v) for v in node.values() if isinstance(v, dict | list)])
    if isinstance(node, list):
        return "\n".join(_text_of(v) for v in node)
    return ""
