"""The local socket between ``softphone <command>`` and the running instance of a profile.

One JSON request per connection, one JSON line back. Qt's local sockets are Unix domain sockets
on Linux and macOS and named pipes on Windows; the name comes from the profile folder, so each
profile has its own instance.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from softphone.qt import QtCore, QtNetwork

log = logging.getLogger("control")

MAX_REQUEST = 64 * 1024


class ControlUnavailable(ConnectionError):
    """No instance took the request: nothing was sent, so it is safe to start one and retry."""


class ControlNoAnswer(ConnectionError):
    """The request was sent but no answer came: it may have been carried out, never resend it."""


class ControlServer(QtCore.QObject):
    def __init__(self, name: str, handle: Callable[[object], dict[str, Any]]) -> None:
        super().__init__()
        self._handle = handle
        self._server = QtNetwork.QLocalServer(self)
        self._server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._name = name

    def listen(self) -> None:
        """Take the name; a socket left behind by a killed instance is removed first."""
        QtNetwork.QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            raise ControlUnavailable(f"Cannot open the control socket: {self._server.errorString()}")

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QtNetwork.QLocalSocket, buffer: bytearray) -> None:
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > MAX_REQUEST:
            self._reply(socket, {"ok": False, "error": "Request too large."})
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            request = json.loads(line)
        except ValueError:
            response = {"ok": False, "error": "Malformed request: not JSON."}
        else:
            response = self._handle(request)
        self._reply(socket, response)

    @staticmethod
    def _reply(socket: QtNetwork.QLocalSocket, response: dict[str, Any]) -> None:
        socket.write(json.dumps(response).encode() + b"\n")
        socket.flush()
        socket.disconnectFromServer()


def send(name: str, request: dict[str, Any], timeout_ms: int = 10_000) -> dict[str, Any]:
    """Send one request to the instance listening on ``name``; ``ControlUnavailable`` if none."""
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(1000):
        raise ControlUnavailable(socket.errorString())
    socket.write(json.dumps(request).encode() + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    data = bytearray()
    while b"\n" not in data:
        if not socket.waitForReadyRead(timeout_ms):
            if socket.state() == QtNetwork.QLocalSocket.LocalSocketState.UnconnectedState and data:
                break
            raise ControlNoAnswer("The running softphone did not answer in time; check its window "
                                  "before trying again.")
        data.extend(bytes(socket.readAll().data()))
    socket.disconnectFromServer()
    return json.loads(bytes(data).split(b"\n", 1)[0])
