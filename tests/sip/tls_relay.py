"""A TLS front for SIPp, whose Debian build has no TLS (``sipp -t l1`` is not compiled in).

It terminates TLS with a certificate the test chooses and relays the bytes both ways to SIPp over
TCP on loopback, one TCP connection per TLS connection, so SIPp answers (and sends in-dialog
requests) on the connection the softphone opened, as a TLS proxy would. The adapter's side is
real TLS: Python's ``ssl`` server, a handshake, and the softphone's certificate verification.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from concurrent.futures import Future


class TlsRelay:
    def __init__(self, context: ssl.SSLContext, target_port: int) -> None:
        self._context = context
        self._target_port = target_port
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tls-relay",
                                        daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0
        self.handshake_failures: list[str] = []

    def start(self) -> TlsRelay:
        self._thread.start()
        started: Future[None] = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        started.result(5)
        return self

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0,
                                                  ssl=self._context)
        self.port = self._server.sockets[0].getsockname()[1]
        self._loop.set_exception_handler(self._handshake_failed)

    def _handshake_failed(self, _loop: asyncio.AbstractEventLoop, context: dict) -> None:
        self.handshake_failures.append(str(context.get("exception") or context["message"]))

    async def _relay(self, tls_reader: asyncio.StreamReader,
                     tls_writer: asyncio.StreamWriter) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", self._target_port)
        await asyncio.gather(self._pipe(tls_reader, writer), self._pipe(reader, tls_writer))

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                sink.write(data)
                await sink.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            sink.close()

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()
