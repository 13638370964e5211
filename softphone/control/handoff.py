"""A click-to-dial handed to the instance it starts: the request and its one answer.

``softphone dial`` with no instance running starts one and hands it the request through a
private socket pair (the started process inherits its end, ``run --handoff FD``), instead of
waiting for the instance to listen: the instance places the call as soon as its plain-Python
parts are up, before it loads Qt (``softphone.early``), and answers on the same socket.

Exactly once: the instance carries the request out only once it holds the profile; one that
finds another instance holding it declines (``declined``), having done nothing, and the command
line sends the request to the holder as any other. The answer is the control channel's own
(``carrier_has_it`` for a dial), so the command line reports a call as placed on nothing less.
A command line killed meanwhile loses only the answer: the call stays up in the instance, and
nothing sends it again. An instance that dies before answering leaves no call behind (a call
placed by a process that died is no call): the command line sees the socket close and says so.

The number travels on the socket, not on the instance's command line, where any local user
could read it for as long as the softphone runs.

The command line's end imports nothing before the instance is started but the interpreter's
socket type (as ``control.transport``'s client side) and writes the request with
``client.request_line``: ``json``, ``socket`` and ``select`` would be milliseconds before the
instance even starts. It reads the answer with them, while the instance starts.
"""

from __future__ import annotations

import _socket
import os
import time

from softphone.control.client import request_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    import socket
    from typing import Any

MAX_LINE = 64 * 1024
REQUEST_WAIT_S = 5.0  # the command line writes the request before it starts the instance
DECLINED: dict[str, Any] = {"ok": False, "taken": False}


def supported() -> bool:
    """Only where a started process can inherit a socket (POSIX); elsewhere the command line
    waits for the instance's control socket instead."""
    return os.name == "posix"


def declined(answer: dict[str, Any]) -> bool:
    return answer.get("taken") is False


def _read_line(sock: _socket.socket, deadline: float) -> bytes | None:
    """One line, or None at end of file (the other end closed: its process died), at the
    deadline, or on an error."""
    import select

    data = bytearray()
    while b"\n" not in data and len(data) <= MAX_LINE:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            ready, _, _ = select.select([sock], [], [], left)
            if not ready:
                continue
            chunk = sock.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        data.extend(chunk)
    line, _, _ = bytes(data).partition(b"\n")
    return line


class Caller:
    """The command line's end."""

    def __init__(self, request: dict[str, Any]) -> None:
        self._ours, self._theirs = _socket.socketpair()
        self._ours.sendall(request_line(request).encode() + b"\n")  # small: the buffer holds it

    @property
    def descriptor(self) -> int:
        """The end the started instance inherits (``pass_fds``)."""
        return self._theirs.fileno()

    def started(self) -> None:
        """The instance has its end: ours alone now, so its end closing is seen."""
        self._theirs.close()

    def answer(self, deadline: float) -> dict[str, Any] | None:
        """The instance's answer; None if it closed its end without one (it died: the
        kernel closes its end), or did not answer by ``deadline``."""
        import json

        try:
            line = _read_line(self._ours, deadline)
            found = json.loads(line) if line else None
        except ValueError:
            return None
        finally:
            self._ours.close()
        return found if isinstance(found, dict) else None


class Callee:
    """The instance's end (``run --handoff FD``)."""

    def __init__(self, descriptor: int) -> None:
        import socket

        self._sock: socket.socket | None = None
        try:
            os.set_inheritable(descriptor, False)  # never into the instance's helper processes
            self._sock = socket.socket(fileno=descriptor)
        except OSError:  # not a socket handed over by start_instance: nothing to carry out
            pass

    def request(self) -> dict[str, Any] | None:
        """The request handed over; None if none came whole (the command line died first)."""
        import json

        if self._sock is None:
            return None
        line = _read_line(self._sock, time.monotonic() + REQUEST_WAIT_S)
        try:
            found = json.loads(line) if line else None
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def reply(self, answer: dict[str, Any]) -> None:
        """Answer once and close; the command line may be gone (killed): then only the answer
        is lost, never the call."""
        import contextlib
        import json

        if self._sock is not None:
            with contextlib.suppress(OSError, TypeError, ValueError):
                self._sock.sendall(json.dumps(answer, default=str).encode() + b"\n")
        self.close()

    def close(self) -> None:
        import contextlib

        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
