"""A minimal fake Bot Connector on loopback for the benchmarks: accepts send, reply, update and delete, counts
arrivals per conversation and lets a caller wait for the n-th one. Kept cheap, because it shares the load
generator's process and its cost is in every variant's figures alike.

Optionally it enforces rate limits the way Teams documents them (bench/broadcast.py): sliding windows per
conversation and per app, answering HTTP 429 with a Retry-After (whole seconds) beyond them; and it counts each
accepted message by (conversation, content), so a duplicate delivery is visible.
"""

from __future__ import annotations

import asyncio
import bisect
import hashlib
import itertools
import json
import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from aiohttp import web

Window = tuple[float, int]  # (seconds, most operations accepted within any such span)


class SlidingWindows:
    """Accepted operations per key; an operation is refused while any window already holds its maximum."""

    def __init__(self, windows: Sequence[Window]) -> None:
        if not windows:
            raise ValueError("at least one window")
        self.windows = tuple(sorted(windows))
        self._horizon = max(seconds for seconds, _ in self.windows)
        self._log: defaultdict[str, list[float]] = defaultdict(list)

    def wait(self, key: str, now: float) -> float:
        """0 if an operation for `key` may go now, else the seconds until the tightest window lets it."""
        log = self._log[key]
        if log and log[0] <= now - self._horizon:
            del log[: bisect.bisect_right(log, now - self._horizon)]
        wait = 0.0
        for seconds, limit in self.windows:
            start = bisect.bisect_right(log, now - seconds)
            inside = len(log) - start
            if inside >= limit:
                leaving = log[start + inside - limit]  # once this one is out of the window, one more fits
                wait = max(wait, leaving + seconds - now)
        return wait

    def record(self, key: str, now: float) -> None:
        bisect.insort(self._log[key], now)


class BenchConnector:
    def __init__(
        self,
        *,
        record_texts: bool = False,
        per_conversation: Sequence[Window] = (),
        per_app: Sequence[Window] = (),
        count_content: bool = False,
        inject_429_every: int = 0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.record_texts = record_texts
        self.per_conversation = SlidingWindows(per_conversation) if per_conversation else None
        self.per_app = SlidingWindows(per_app) if per_app else None
        self.count_content = count_content or bool(per_conversation or per_app)
        self._monotonic = monotonic
        self.throttled = 0  # answers 429 for a full window
        self.inject_429_every = inject_429_every  # also refuse every n-th request on purpose (0: never)
        self.injected = 0  # 429s answered on purpose
        self._requests = 0
        self.throttled_by: Counter[str] = Counter()  # "conversation" | "app"
        self.deliveries: Counter[tuple[str, str]] = Counter()  # (conversation, content digest) -> accepted
        self.first_accepted: float | None = None  # monotonic times of the first and last accepted message
        self.last_accepted: float | None = None
        self.accepted_at: list[float] = []  # monotonic time of every accepted message (with windows only)
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
        conversation = request.match_info["conversation"]
        self._requests += 1
        if self.inject_429_every and self._requests % self.inject_429_every == 0:
            self.injected += 1
            return web.json_response({"error": {"code": "Throttled", "message": "Injected"}}, status=429,
                                     headers={"Retry-After": "1"})
        if self.per_conversation is not None or self.per_app is not None:
            refused = self._refusal(conversation)
            if refused is not None:
                return refused
        if self.record_texts:
            self.texts.append((conversation, _text_of(json.loads(body))))
        if self.count_content:
            self.deliveries[(conversation, _digest(json.loads(body)))] += 1
            self.last_accepted = self._monotonic()
            self.accepted_at.append(self.last_accepted)
            if self.first_accepted is None:
                self.first_accepted = self.last_accepted
        self._arrive(conversation)
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    def _refusal(self, conversation: str) -> web.Response | None:
        """A 429 with Retry-After when a window is full; else None, and the operation is counted in all windows."""
        now = self._monotonic()
        waits = {
            "conversation": self.per_conversation.wait(conversation, now) if self.per_conversation else 0.0,
            "app": self.per_app.wait("app", now) if self.per_app else 0.0,
        }
        if any(waits.values()):
            self.throttled += 1
            self.throttled_by.update(scope for scope, wait in waits.items() if wait)
            retry_after = max(1, math.ceil(max(waits.values())))
            return web.json_response(
                {"error": {"code": "Throttled", "message": "Too many requests"}}, status=429,
                headers={"Retry-After": str(retry_after)},
            )
        if self.per_conversation is not None:
            self.per_conversation.record(conversation, now)
        if self.per_app is not None:
            self.per_app.record("app", now)
        return None

    @property
    def unique_deliveries(self) -> int:
        return len(self.deliveries)

    @property
    def duplicates(self) -> int:
        """Accepted messages beyond the first of the same content in the same conversation."""
        return sum(n - 1 for n in self.deliveries.values())

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


def _digest(activity: Any) -> str:
    """What a reader sees: the text and the attachments (not ids or timestamps, which differ per attempt)."""
    seen = {"text": activity.get("text"), "attachments": activity.get("attachments")}
    return hashlib.sha1(json.dumps(seen, sort_keys=True).encode(), usedforsecurity=False).hexdigest()


def _text_of(node: Any) -> str:
    if isinstance(node, dict):
        own = [str(node[k]) for k in ("text", "title") if isinstance(node.get(k), str)]
        return "\n".join(own + [_text_of(v) for v in node.values() if isinstance(v, dict | list)])
    if isinstance(node, list):
        return "\n".join(_text_of(v) for v in node)
    return ""
