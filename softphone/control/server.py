"""The running instance's end of the control channel: a plain-socket server on its own thread.

The ``control`` thread accepts, reads and bounds every connection and parses each request; the
request is then carried out on the GUI thread through ``post`` (``qtbridge.GuiThread.post``, the
one way work reaches the GUI thread) and the answer goes back from the control thread. A local
program that connects and stays silent, sends garbage, or opens a thousand connections therefore
never blocks the GUI thread, never takes the descriptors a call needs, and never reaches the
agent's screen:

* Only this user's processes are served (``transport.py``); others are closed at once.
* At most ``MAX_CONNECTIONS`` are open at once. One more closes the oldest connection still
  sending its request, which is told why; the server never holds more descriptors than that.
* A request must arrive whole (one JSON line, at most ``MAX_REQUEST`` bytes) within
  ``REQUEST_TIMEOUT_S``; anything else (too big, too slow, not JSON, nested too deep, numbers
  that are not numbers) is answered with the reason and closed. An answer the requester does not
  read within that time is dropped with its connection.
* A descriptor is kept in reserve: when the process runs out, it is freed to accept and close the
  waiting connection, so the listener never spins or stalls.
* The socket file is looked at every ``CHECK_S`` seconds and bound again if it was removed (a
  clean-up script, a mistaken ``rm``) or replaced by another account's; any other listener
  error also binds it again.
* A request that fails inside the softphone is answered with an error and logged; it never opens
  a dialog (the crash reporter is for the agent's own actions).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import selectors
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from softphone.blocks.text import translate
from softphone.control.endpoint import Endpoint, EndpointError
from softphone.control.errors import ControlUnavailable
from softphone.control.transport import Transport, for_platform

log = logging.getLogger("control")

MAX_CONNECTIONS = 32
MAX_REQUEST = 64 * 1024
REQUEST_TIMEOUT_S = 5.0
CHECK_S = 5.0
ACCEPT_BURST = 64
OUT_OF_DESCRIPTORS = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)
TRANSIENT = (errno.ECONNABORTED, errno.EINTR, errno.EPROTO, errno.EAGAIN)

CLOSE_GRACE_S = 0.5


def closing() -> dict[str, Any]:
    """The answer to a request that arrives while the instance quits: not carried out, start
    another."""
    return {"ok": False, "closing": True,
            "error": translate("Control", "The softphone is quitting; the request was not "
                               "carried out.")}


def too_large() -> str:
    return translate("Control", "Request too large: at most {count} bytes.").format(
        count=MAX_REQUEST)


Handle = Callable[[object], dict[str, Any]]
Post = Callable[[Callable[[], None]], None]


def carry_out(handle: Handle, request: object) -> dict[str, Any]:
    """``handle(request)``, or, if it fails inside the softphone, an answer saying so (the
    failure is logged); never raises: a request is a boundary, and the requester is told."""
    try:
        return handle(request)
    except Exception:  # a boundary: the requester is told, the agent is not interrupted
        log.error("a control request failed", exc_info=True)
        return {"ok": False, "error": translate(
            "Control", "The softphone could not carry out the request (an internal error, "
            "described in its log).")}


def _refuse_constant(name: str) -> object:
    raise ValueError(translate("Control", "{name} is not a number JSON allows").format(name=name))


class _Connection:
    """One client: reading its request, waiting for the GUI thread, or writing the answer."""

    __slots__ = ("sock", "buffer", "deadline", "state", "outgoing", "context", "opened")

    def __init__(self, sock: socket.socket, now: float) -> None:
        self.sock = sock
        self.buffer = bytearray()
        self.opened = now
        self.deadline = now + REQUEST_TIMEOUT_S
        self.state = "reading"
        self.outgoing = b""
        self.context: bytes | None = None


class ControlServer:
    """Serves ``handle(request) -> answer`` (called on the GUI thread) to this user's processes."""

    def __init__(self, name: str, handle: Handle, post: Post,
                 make_transport: Callable[[Endpoint], Transport] = for_platform) -> None:
        self._name = name
        self._make_transport = make_transport
        self._endpoint: Endpoint | None = None
        self._transport: Transport | None = None
        self._handle = handle
        self._post = post
        self._selector = selectors.DefaultSelector()
        self._listener: socket.socket | None = None
        self._connections: dict[socket.socket, _Connection] = {}
        self._answers: deque[tuple[_Connection, bytes]] = deque()
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._wake_write.setblocking(False)
        self._selector.register(self._wake_read, selectors.EVENT_READ, "wake")
        self._reserve: int | None = None
        self._paused_until = 0.0
        self._next_check = 0.0
        self._stopping = threading.Event()
        self._closing = False
        self._thread: threading.Thread | None = None

    @property
    def endpoint(self) -> Endpoint | None:
        """Where this server listens, once ``listen`` found a private folder."""
        return self._endpoint

    @property
    def _wire(self) -> Transport:
        assert self._transport is not None, "listen() first"
        return self._transport

    def listen(self) -> None:
        """Bind now (errors are raised here, with the fix) and serve on the control thread."""
        try:
            self._endpoint = Endpoint.for_instance(self._name)
        except EndpointError as error:
            raise ControlUnavailable(str(error)) from error
        self._transport = self._make_transport(self._endpoint)
        try:
            self._bind()
        except OSError as error:
            raise ControlUnavailable(translate(
                "Control", "Cannot open the control socket {path}: {error}").format(
                path=self._endpoint.socket_path, error=error.strerror or error)) from error
        self._reserve = self._open_reserve()
        self._thread = threading.Thread(target=self._serve, name="control", daemon=True)
        self._thread.start()

    def stop_listening(self) -> None:
        """The instance is quitting: remove the socket now, and answer every request from here
        on with ``closing`` instead of carrying it out, so that a ``softphone dial`` that
        arrives meanwhile starts the next instance rather than being placed by this one while
        it shuts down. Requests already carried out still get their answers."""
        self._closing = True
        if self._transport is not None:
            self._transport.unlink()  # new connections fail from now on; the thread closes it
        self._wake()

    def close(self) -> None:
        """Stop serving and remove the socket, after handing out the answers already made;
        safe to call twice."""
        if self._stopping.is_set():
            return
        self._closing = True
        self._stopping.set()
        self._wake()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2.0)
        self._deliver_answers()
        self._flush_writes(deadline=time.monotonic() + CLOSE_GRACE_S)
        for connection in list(self._connections.values()):
            self._drop(connection)
        self._unbind()
        if self._reserve is not None:
            os.close(self._reserve)
            self._reserve = None
        self._selector.close()
        self._wake_read.close()
        self._wake_write.close()

    # -- the GUI thread -------------------------------------------------------------------

    def _carry_out(self, connection: _Connection, request: object) -> None:
        answer = closing() if self._closing else carry_out(self._handle, request)
        try:
            payload = json.dumps(answer, default=str).encode()
        except (TypeError, ValueError):
            log.error("a control answer could not be encoded", exc_info=True)
            payload = b'{"ok": false, "error": "The answer could not be encoded."}'
        self._answers.append((connection, payload))
        self._wake()

    # -- the control thread ---------------------------------------------------------------

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                self._turn()
            except Exception:  # never let the channel die silently: log, and go on serving
                log.error("the control channel hit an unexpected error", exc_info=True)
                time.sleep(0.1)

    def _turn(self) -> None:
        now = time.monotonic()
        if self._closing:
            self._unbind()
        elif self._listener is None or now >= self._next_check:
            self._check_listener(now)
        if self._listener is not None and self._paused_until and now >= self._paused_until:
            self._paused_until = 0.0
            self._selector.register(self._listener, selectors.EVENT_READ, "listener")
        deadlines = [c.deadline for c in self._connections.values() if c.state != "waiting"]
        wake_at = min([self._next_check, *deadlines, *([self._paused_until] if
                                                        self._paused_until else [])])
        for key, mask in self._selector.select(max(0.0, wake_at - now)):
            if key.data == "listener":
                self._accept()
            elif key.data == "wake":
                self._drain_wake()
            else:
                connection: _Connection = key.data
                if mask & selectors.EVENT_READ and connection.state == "reading":
                    self._read(connection)
                elif mask & selectors.EVENT_WRITE and connection.state == "writing":
                    self._write(connection)
        self._deliver_answers()
        self._expire(time.monotonic())

    def _bind(self) -> None:
        self._listener = self._wire.listen()
        self._selector.register(self._listener, selectors.EVENT_READ, "listener")
        self._next_check = time.monotonic() + CHECK_S

    def _unbind(self) -> None:
        if self._listener is None:
            return
        if not self._paused_until:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(self._listener)
        self._paused_until = 0.0
        self._listener.close()
        self._listener = None
        self._wire.unlink()

    def _check_listener(self, now: float) -> None:
        self._next_check = now + CHECK_S
        if self._listener is not None:
            if not self._wire.lost():
                return  # still ours (or replaced by this user on purpose: left alone)
            log.warning("the control socket was removed or taken; binding it again")
            self._unbind()
        try:
            self._bind()
        except OSError as error:
            log.warning("cannot bind the control socket again (%s); retrying in %.0f s",
                        error.strerror or error, CHECK_S)

    def _rebind(self, error: OSError) -> None:
        log.warning("the control socket failed (%s); binding it again", error.strerror or error)
        self._unbind()
        self._next_check = 0.0

    @staticmethod
    def _open_reserve() -> int | None:
        try:
            return os.open(os.devnull, os.O_RDONLY)
        except OSError:
            return None

    def _accept(self) -> None:
        assert self._listener is not None
        for _ in range(ACCEPT_BURST):
            try:
                sock, _address = self._listener.accept()
            except BlockingIOError:
                return
            except OSError as error:
                if error.errno in OUT_OF_DESCRIPTORS:
                    self._shed()
                    return
                if error.errno in TRANSIENT:
                    continue
                self._rebind(error)
                return
            self._admit(sock)

    def _shed(self) -> None:
        """Out of descriptors: spend the reserve to take the waiting connection and close it."""
        assert self._listener is not None
        log.warning("the process is out of file descriptors; refusing control connections")
        if self._reserve is not None:
            os.close(self._reserve)
            self._reserve = None
            try:
                sock, _address = self._listener.accept()
                sock.close()
            except OSError:
                pass
            self._reserve = self._open_reserve()
        if self._reserve is None:  # nothing to spend: stop listening for a moment, not spin
            self._selector.unregister(self._listener)
            self._paused_until = time.monotonic() + 0.1

    def _admit(self, sock: socket.socket) -> None:
        if not self._wire.peer_allowed(sock):
            log.warning("refused a control connection from another user's process")
            sock.close()
            return
        sock.setblocking(False)
        if len(self._connections) >= MAX_CONNECTIONS:
            reading = [c for c in self._connections.values() if c.state == "reading"]
            if not reading:
                self._say_and_close(sock, translate(
                    "Control", "The softphone is busy with other requests; try again."))
                return
            oldest = min(reading, key=lambda c: c.opened)
            self._drop(oldest, translate(
                "Control", "Closed: too many connections to the softphone at once."))
        connection = _Connection(sock, time.monotonic())
        self._connections[sock] = connection
        self._selector.register(sock, selectors.EVENT_READ, connection)

    def _read(self, connection: _Connection) -> None:
        try:
            chunk = connection.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            self._drop(connection)
            return
        if chunk:
            connection.buffer.extend(chunk)
        newline = connection.buffer.find(b"\n")
        if newline < 0 and len(connection.buffer) > MAX_REQUEST:
            self._answer_now(connection, too_large())
            return
        if newline < 0 and chunk:
            return
        if newline < 0 and not connection.buffer:
            self._drop(connection)  # closed without asking anything
            return
        line = bytes(connection.buffer[:newline] if newline >= 0 else connection.buffer)
        if len(line) > MAX_REQUEST:
            self._answer_now(connection, too_large())
            return
        self._parse_and_post(connection, line)

    def _parse_and_post(self, connection: _Connection, line: bytes) -> None:
        try:
            payload, connection.context = self._wire.open_request(line)
        except ValueError as error:
            self._answer_now(connection, str(error))
            return
        try:
            request = json.loads(payload, parse_constant=_refuse_constant)
        except RecursionError:
            self._answer_now(connection, translate("Control", "Malformed request: nested too "
                                                   "deeply."))
            return
        except ValueError as error:  # UnicodeDecodeError and too many digits included
            self._answer_now(connection, translate(
                "Control", "Malformed request: not JSON ({error}).").format(error=error))
            return
        if self._closing:
            self._send(connection, json.dumps(closing()).encode())
            return
        connection.state = "waiting"  # not watched meanwhile: a hang-up must not spin the loop
        self._selector.unregister(connection.sock)
        self._post(lambda: self._carry_out(connection, request))

    def _answer_now(self, connection: _Connection, error: str) -> None:
        self._send(connection, json.dumps({"ok": False, "error": error}).encode())

    def _deliver_answers(self) -> None:
        while self._answers:
            connection, payload = self._answers.popleft()
            if self._connections.get(connection.sock) is connection:
                self._send(connection, payload)

    def _send(self, connection: _Connection, payload: bytes) -> None:
        connection.outgoing = self._wire.seal_response(payload, connection.context) + b"\n"
        if connection.state == "waiting":
            self._selector.register(connection.sock, selectors.EVENT_WRITE, connection)
        else:
            self._selector.modify(connection.sock, selectors.EVENT_WRITE, connection)
        connection.state = "writing"
        connection.deadline = time.monotonic() + REQUEST_TIMEOUT_S
        self._write(connection)

    def _write(self, connection: _Connection) -> None:
        try:
            sent = connection.sock.send(connection.outgoing)
        except BlockingIOError:
            return
        except OSError:
            self._drop(connection)
            return
        connection.outgoing = connection.outgoing[sent:]
        if not connection.outgoing:
            self._drop(connection)

    def _flush_writes(self, deadline: float) -> None:
        """At close: finish writing the answers already made (a ``quit``'s own, say)."""
        for connection in [c for c in self._connections.values() if c.state == "writing"]:
            with contextlib.suppress(OSError):
                connection.sock.settimeout(max(0.0, deadline - time.monotonic()))
                connection.sock.sendall(connection.outgoing)

    def _say_and_close(self, sock: socket.socket, error: str) -> None:
        with contextlib.suppress(OSError):
            sock.send(self._wire.seal_response(
                json.dumps({"ok": False, "error": error}).encode(), None) + b"\n")
        sock.close()

    def _drop(self, connection: _Connection, error: str | None = None) -> None:
        if self._connections.pop(connection.sock, None) is None:
            return
        with contextlib.suppress(KeyError, ValueError):
            self._selector.unregister(connection.sock)
        if error is not None:
            self._say_and_close(connection.sock, error)
        else:
            connection.sock.close()

    def _expire(self, now: float) -> None:
        for connection in [c for c in self._connections.values()
                           if c.state != "waiting" and c.deadline <= now]:
            if connection.state == "reading":
                self._drop(connection, translate(
                    "Control", "Request incomplete after {seconds} s: send one JSON object on "
                    "one line, ending with a newline.").format(
                    seconds=f"{REQUEST_TIMEOUT_S:.0f}"))
            else:
                self._drop(connection)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # already awake, or closing
            self._wake_write.send(b"\0")

    def _drain_wake(self) -> None:
        try:
            while self._wake_read.recv(4096):
                pass
        except (BlockingIOError, OSError):
            pass
