"""The event loop `aftalebot serve` runs on: uvloop's where it exists (Linux, macOS), asyncio's otherwise.

uvloop (libuv underneath) does the loop's own work, sockets and callbacks, in C: a turn spends a tenth of its time
there with asyncio's loop, and the server answers more turns a second on the same core (bench/turns.py).
"""

from __future__ import annotations

import asyncio


def new_event_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:  # Windows: uvloop is not installed there (pyproject.toml)
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()
