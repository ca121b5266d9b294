"""A small TCP proxy on loopback for fault injection: put it in front of PostgreSQL, then cut it.

`cut()` drops every open connection and refuses new ones (the database "goes away"); `restore()` listens again
on the same port. `cut_when(pattern)` arms a trip wire: the first client→server chunk that contains `pattern`
is not forwarded, and the proxy cuts right there — so a fault lands at a chosen point of a transaction
(asyncpg sends each statement's SQL text in its Parse message; connect with `ssl=disable` so it is readable).
"""

from __future__ import annotations

import asyncio
import contextlib


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, *, host: str = "127.0.0.1") -> None:
        self.target_host = target_host
        self.target_port = target_port
        self.host = host
        self.port = 0
        self.cuts = 0  # how many times the proxy was cut (faults injected)
        self.tripped = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._trip: bytes | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    @property
    def is_up(self) -> bool:
        return self._server is not None

    def cut_when(self, pattern: bytes) -> None:
        """Cuts the proxy when a client sends `pattern`, before that chunk reaches the server."""
        self.tripped.clear()
        self._trip = pattern

    async def cut(self) -> None:
        """Drops every connection and stops listening: connecting now fails, like a stopped server."""
        self.cuts += 1
        self._trip = None
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer in list(self._writers):
            writer.transport.abort()  # a reset, not a polite FIN: the client sees the connection die
        self._writers.clear()
        await asyncio.sleep(0)

    async def restore(self) -> None:
        if self._server is None:
            await self.start()

    async def close(self) -> None:
        await self.cut()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(self.target_host, self.target_port)
        except OSError:
            client_writer.transport.abort()
            return
        self._writers.update((client_writer, server_writer))
        upstream = asyncio.create_task(self._pipe(client_reader, server_writer, watch=True))
        downstream = asyncio.create_task(self._pipe(server_reader, client_writer, watch=False))
        self._tasks.update((upstream, downstream))
        try:
            await asyncio.wait({upstream, downstream}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (upstream, downstream):
                task.cancel()
            for writer in (client_writer, server_writer):
                writer.transport.abort()
                self._writers.discard(writer)
            self._tasks.difference_update((upstream, downstream))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, watch: bool) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    return
                if watch and self._trip is not None and self._trip in chunk:
                    self.tripped.set()
                    await self.cut()
                    return
                writer.write(chunk)
                await writer.drain()
