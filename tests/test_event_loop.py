"""`aftalebot serve` runs on uvloop (bot/web/event_loop.py); tests/test_installed_wheel.py serves on it too."""

from __future__ import annotations

import asyncio

from aiohttp import ClientSession, web

from bot.web.event_loop import new_event_loop


def test_serve_runs_on_uvloop_and_answers_http() -> None:
    import uvloop

    loop = new_event_loop()
    try:
        assert isinstance(loop, uvloop.Loop)

        async def round_trip() -> str:
            async def healthz(_request: web.Request) -> web.Response:
                return web.Response(text="ok")

            app = web.Application()
            app.router.add_get("/healthz", healthz)
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            port = runner.addresses[0][1]
            try:
                async with ClientSession() as client, client.get(f"http://127.0.0.1:{port}/healthz") as response:
                    return await response.text()
            finally:
                await runner.cleanup()

        assert loop.run_until_complete(round_trip()) == "ok"
    finally:
        loop.close()
        asyncio.set_event_loop(None)
