"""The servers under test, each run in its own process by bench.turns:

  python -m bench.servers aftalebot DATABASE_URL     the real app (bot.web.app.create_app), as shipped
  python -m bench.servers aftalebot-stock DATABASE_URL   the same app on botbuilder's stock CloudAdapter (before)
  python -m bench.servers echo                      a bare botbuilder 4.17.1 echo bot: stock CloudAdapter +
                                                    ActivityHandler, no state (the framework's own sample)
  python -m bench.servers plain                     plain aiohttp: read the activity, post one reply (the floor)

Each listens on 127.0.0.1 (a free port), prints one JSON line {"port", "pid"} when ready and stops when its
standard input closes. Besides the bot's routes it answers GET /_bench/stats (memory, CPU, database round trips
since POST /_bench/reset), so the figures come from inside the serving process.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import ClientSession, ClientTimeout, TCPConnector, web

from bench.common import cpu_seconds, status_kb

SAMPLE_EVERY = 0.05
STATS = web.AppKey("bench_stats", dict)


class Memory:
    """Samples VmRSS of this process (/proc/self/status) while the server runs."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.samples = 0

    def reset(self) -> None:
        self.peak_kb = status_kb("VmRSS") or 0
        self.samples = 0

    async def run(self) -> None:
        while True:
            rss = status_kb("VmRSS") or 0
            self.peak_kb = max(self.peak_kb, rss)
            self.samples += 1
            await asyncio.sleep(SAMPLE_EVERY)


class DbCounter:
    """Counts what goes to the database, per kind: statements, SQLAlchemy's begin/commit/rollback, connection
    check-outs; on PostgreSQL also what asyncpg sends by text ("pg:BEGIN", "pg:COMMIT", "pg:ROLLBACK", and a
    state update left to the commit, "pg:UPDATE"), each a round trip of its own (store.postgres_driver sends BEGIN
    and COMMIT only for a turn that writes more than its state)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def attach(self, engine: Any) -> None:
        from sqlalchemy import event

        sync = engine.sync_engine

        def statement(_conn: Any, _cursor: Any, sql: str, *_rest: Any) -> None:
            self.counts["statements"] += 1
            self.counts["sql:" + _verb(sql)] += 1

        def counter(name: str) -> Any:
            def count(*_args: Any) -> None:
                self.counts[name] += 1

            return count

        event.listen(sync, "before_cursor_execute", statement)
        event.listen(sync, "begin", counter("begin"))
        event.listen(sync, "commit", counter("commit"))
        event.listen(sync, "rollback", counter("rollback"))
        event.listen(sync.pool, "checkout", counter("checkout"))
        self.dialect = sync.dialect.name
        if self.dialect == "postgresql":
            from store.postgres_driver import LazyBeginConnection

            def sent_by_text(record: Any) -> None:
                self.counts["pg:" + record.query.strip(" ;").split()[0].upper()] += 1

            def connected(dbapi_connection: Any, _record: Any) -> None:
                dbapi_connection._connection.add_query_logger(sent_by_text)

            event.listen(sync.pool, "connect", connected)
            run_sql = LazyBeginConnection._run_sql

            async def counted_run_sql(connection: Any, sql: str, parameters: Any) -> Any:
                self.counts["pg:" + sql.split()[0].upper()] += 1
                return await run_sql(connection, sql, parameters)

            LazyBeginConnection._run_sql = counted_run_sql  # type: ignore[method-assign]  # this process only


def _verb(sql: str) -> str:
    sql = " ".join(sql.split())
    words = sql.split(None, 3)
    verb = words[0].upper() if words else "?"
    if verb in ("SELECT", "UPDATE", "DELETE") or verb == "INSERT":
        table = ""
        if verb == "SELECT":
            outer = sql
            while True:  # the table of the outer query, not of a subquery in its columns
                inner = re.sub(r"\([^()]*\)", "", outer)
                if inner == outer:
                    break
                outer = inner
            if " FROM " in outer:
                table = outer.split(" FROM ", 1)[1].split()[0]
        elif verb == "UPDATE" and len(words) > 1:
            table = words[1]
        elif verb in ("INSERT", "DELETE") and len(words) > 2:
            table = words[2]
        return f"{verb} {table.strip(chr(34))}".strip()
    return verb


class Profiling:
    """With AFTALEBOT_BENCH_PROFILE=FILE, cProfile runs from each POST /_bench/reset (so over the measured turns of
    the last level only) and its stats go to FILE when the server stops: `python -m pstats FILE`."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.profiler: Any = None

    def restart(self) -> None:
        if not self.path:
            return
        import cProfile

        if self.profiler is not None:
            self.profiler.disable()
        self.profiler = cProfile.Profile()
        self.profiler.enable()

    def dump(self) -> None:
        if self.profiler is not None and self.path:
            self.profiler.disable()
            self.profiler.dump_stats(self.path)


def add_bench_routes(app: web.Application, db: DbCounter | None) -> None:
    memory = Memory()
    profiling = Profiling(os.environ.get("AFTALEBOT_BENCH_PROFILE"))

    async def sampler(_app: web.Application) -> AsyncIterator[None]:
        memory.reset()
        task = asyncio.create_task(memory.run())
        yield
        task.cancel()
        profiling.dump()

    async def stats(_request: web.Request) -> web.Response:
        return web.json_response({
            "pid": os.getpid(),
            "rss_kb": status_kb("VmRSS"),
            "rss_sampled_peak_kb": memory.peak_kb,
            "rss_samples": memory.samples,
            "hwm_kb": status_kb("VmHWM"),
            "cpu_s": cpu_seconds(),
            "db": dict(db.counts) if db else None,
            "dialect": getattr(db, "dialect", None),
        })

    async def reset(_request: web.Request) -> web.Response:
        memory.reset()
        if db:
            db.counts.clear()
        profiling.restart()
        return web.json_response({"ok": True})

    app.cleanup_ctx.append(sampler)
    app.router.add_get("/_bench/stats", stats)
    app.router.add_post("/_bench/reset", reset)


def aftalebot_app(database_url: str, *, stock_adapter: bool) -> web.Application:
    from bot import composition
    from bot.settings import Settings
    from bot.web.app import CONTAINER, create_app

    if stock_adapter:
        from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

        from bot.settings import BotFrameworkConfig
        from bot.teams.adapter import on_turn_error

        class StockAdapter(CloudAdapter):  # type: ignore[misc]
            async def close(self) -> None:
                """Nothing to release: the stock adapter opens its clients per turn."""

        def stock(settings: Settings) -> Any:
            adapter = StockAdapter(ConfigurationBotFrameworkAuthentication(BotFrameworkConfig(settings)))
            adapter.on_turn_error = on_turn_error
            return adapter

        composition.create_adapter = stock  # type: ignore[attr-defined,assignment]

    # The app's clock starts on the day the bench loads the demo (bench.turns.BENCH_DAY), whatever today is: in
    # December the drafting year is already the next one, and «nyt mål» would first ask for next year's agreement.
    settings = Settings(DATABASE_URL=database_url, AFTALEBOT_ENV="development",
                        AFTALEBOT_CLOCK_START="2026-11-24T09:00:00+01:00", _env_file=None)
    app = create_app(settings)
    db = DbCounter()

    async def attach(app: web.Application) -> None:
        db.attach(app[CONTAINER].engine)

    app.on_startup.append(attach)
    if not os.environ.get("AFTALEBOT_BENCH_UNSETTLED_HEAP"):
        from bot.web.heap import settle_when_started

        app.on_startup.append(settle_when_started)  # as `aftalebot serve` does
    add_bench_routes(app, db)
    return app


def echo_app() -> web.Application:
    """The framework's echo sample, as a new bot would start from it."""
    from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
    from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

    class Config:
        APP_ID = ""
        APP_PASSWORD = ""
        APP_TYPE = "MultiTenant"
        APP_TENANTID = ""

    class EchoBot(ActivityHandler):  # type: ignore[misc]
        async def on_message_activity(self, turn_context: TurnContext) -> None:
            text = f"Echo: {turn_context.activity.text}"
            await turn_context.send_activity(MessageFactory.text(text, text))

    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(Config()))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.Response:
        response = await adapter.process(request, bot)
        return response if response is not None else web.Response(status=201)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    add_bench_routes(app, None)
    return app


PLAIN_HTTP = web.AppKey("plain_http", ClientSession)


def plain_app() -> web.Application:
    """The floor: the same HTTP work (read an activity, post one reply to the connector) with nothing else."""

    async def session_ctx(app: web.Application) -> AsyncIterator[None]:
        app[PLAIN_HTTP] = ClientSession(connector=TCPConnector(limit=100), timeout=ClientTimeout(total=100))
        yield
        await app[PLAIN_HTTP].close()

    async def messages(request: web.Request) -> web.Response:
        activity = await request.json()
        conversation = activity["conversation"]
        reply = {
            "type": "message",
            "text": f"Echo: {activity.get('text', '')}",
            "from": activity["recipient"],
            "recipient": activity["from"],
            "conversation": conversation,
            "replyToId": activity.get("id"),
            "channelId": activity.get("channelId"),
            "serviceUrl": activity["serviceUrl"],
        }
        url = f"{activity['serviceUrl'].rstrip('/')}/v3/conversations/{conversation['id']}/activities/{activity['id']}"
        async with request.app[PLAIN_HTTP].post(url, json=reply) as answer:
            await answer.read()
            if answer.status >= 300:
                return web.Response(status=502)
        return web.Response(status=201)

    app = web.Application()
    app.cleanup_ctx.append(session_ctx)
    app.router.add_post("/api/messages", messages)
    add_bench_routes(app, None)
    return app


async def serve(app: web.Application) -> None:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    port = runner.addresses[0][1]
    print(json.dumps({"port": port, "pid": os.getpid()}), flush=True)
    loop = asyncio.get_running_loop()
    stdin_closed = loop.create_future()

    def closed() -> None:
        if not stdin_closed.done():
            stdin_closed.set_result(None)

    def watch() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(closed)

    loop.run_in_executor(None, watch)
    try:
        await stdin_closed
    finally:
        await runner.cleanup()


def main(argv: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    kind = argv[0]
    if kind in ("aftalebot", "aftalebot-stock"):
        app = aftalebot_app(argv[1], stock_adapter=kind == "aftalebot-stock")
    elif kind == "echo":
        app = echo_app()
    elif kind == "plain":
        app = plain_app()
    else:
        raise SystemExit(f"unknown server {kind!r}")
    if kind in ("aftalebot", "aftalebot-stock") and not os.environ.get("AFTALEBOT_BENCH_ASYNCIO_LOOP"):
        from bot.web.event_loop import new_event_loop

        # On the loop `aftalebot serve` runs on (uvloop); the echo and plain servers on asyncio's, as they ship.
        with asyncio.Runner(loop_factory=new_event_loop) as runner:
            runner.run(serve(app))
    else:
        asyncio.run(serve(app))

if __name__ == "__main__":
    main(sys.argv[1:])
