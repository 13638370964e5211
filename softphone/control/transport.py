"""How ``softphone <command>`` and the running instance reach each other and prove who they are.

* **Unix-domain socket** (Linux, macOS, the BSDs): the socket lives in the user's private folder
  (``endpoint.py``), and each side asks the kernel who is at the other end (``SO_PEERCRED`` on
  Linux, ``LOCAL_PEERCRED`` on macOS and the BSDs) and refuses any other account: a socket planted
  by another user is never sent a request, and another user's program is never answered.
  Elsewhere the folder's permissions alone keep other accounts out.
* **Loopback TCP with a shared key** (Windows, where Python has no Unix-domain sockets): the
  instance listens on 127.0.0.1 at a port the system picks and writes the port and a random
  256-bit key into the key file in the user's private folder (``%LOCALAPPDATA%``, closed to other
  accounts by its ACL). Each request carries a fresh nonce and an HMAC-SHA256 made with the key,
  and each answer an HMAC over that nonce, so only a process that can read the user's folder can
  ask, and only the instance that wrote the key can answer. A nonce is accepted once.

Both speak the same protocol: one JSON request on one line, one JSON answer on one line.

The command line's side of a Unix-domain socket is made with ``_socket``, the interpreter's
own socket type that ``socket.socket`` extends: ``socket`` (and the ``enum`` and ``selectors``
it loads) is most of the imports a CRM's ``softphone dial`` would make before its request
goes out, and the client uses nothing it adds. The instance's side, and Windows, use
``socket``.
"""

from __future__ import annotations

import _socket
import os
import struct
import sys

from softphone.blocks.text import translate
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlNotOurs, ControlUnavailable

LISTEN_BACKLOG = 64

TYPE_CHECKING = False
if TYPE_CHECKING:
    import socket


def peer_uid(connection: _socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix-domain socket, if the kernel says."""
    try:
        if sys.platform.startswith("linux"):
            size = struct.calcsize("3i")
            _pid, uid, _gid = struct.unpack(
                "3i", connection.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, size))
            return int(uid)
        if sys.platform == "darwin" or "bsd" in sys.platform:
            # struct xucred { u_int cr_version; uid_t cr_uid; ... }, level SOL_LOCAL (0).
            option = getattr(_socket, "LOCAL_PEERCRED", 0x001)
            data = connection.getsockopt(0, option, 256)
            _version, uid = struct.unpack_from("2I", data)
            return int(uid)
    except (OSError, struct.error):
        return None
    return None


class UnixTransport:
    """A Unix-domain socket in the private folder, both ends checked by user id."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self._inode: int | None = None

    def listen(self) -> socket.socket:
        """Bind the profile's socket (the caller holds the instance lock, so any socket file
        already there was left by a killed instance)."""
        import contextlib
        import socket

        path = self.endpoint.socket_path
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            # 0600, and the sticky bit: the runtime folder's clean-up leaves such files alone.
            os.chmod(path, 0o1600 if sys.platform.startswith("linux") else 0o600)
            listener.listen(LISTEN_BACKLOG)
            listener.setblocking(False)
            self._inode = os.stat(path).st_ino
        except OSError:
            listener.close()
            raise
        return listener

    def lost(self) -> bool:
        """Whether the socket file is gone (a clean-up script, a mistaken ``rm``) or was
        replaced by another account's; one this user put there instead is left alone."""
        try:
            return os.lstat(self.endpoint.socket_path).st_uid != os.geteuid()
        except OSError:
            return True

    def unlink(self) -> None:
        """Remove the socket file if it is still the one this process bound."""
        try:
            if os.stat(self.endpoint.socket_path).st_ino == self._inode:
                os.unlink(self.endpoint.socket_path)
        except OSError:
            pass
        self._inode = None

    def connect(self, timeout: float) -> _socket.socket:
        connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        connection.settimeout(timeout)
        try:
            connection.connect(self.endpoint.socket_path)
        except OSError as error:
            connection.close()
            raise ControlUnavailable(translate(
                "Control", "No softphone answers at {path} ({error}).").format(
                path=self.endpoint.socket_path, error=error.strerror or error)) from error
        uid = peer_uid(connection)
        if uid is not None and uid != os.geteuid():
            connection.close()
            raise ControlNotOurs(translate(
                "Control", "The control socket {path} belongs to a process of another user (uid "
                "{uid}); nothing was sent to it. Remove the socket and start the softphone again, "
                "and tell IT: another account may be trying to intercept calls.").format(
                path=self.endpoint.socket_path, uid=uid))
        return connection

    def peer_allowed(self, connection: _socket.socket) -> bool:
        uid = peer_uid(connection)
        return uid is None or uid == os.geteuid()

    @staticmethod
    def seal_request(payload: bytes) -> tuple[bytes, bytes | None]:
        return payload, None

    @staticmethod
    def open_response(line: bytes, _context: bytes | None) -> bytes:
        return line

    @staticmethod
    def open_request(line: bytes) -> tuple[bytes, bytes | None]:
        return line, None

    @staticmethod
    def seal_response(payload: bytes, _context: bytes | None) -> bytes:
        return payload


class LoopbackTransport:
    """127.0.0.1 with a key only this user can read (Windows); see the module docstring."""

    SEEN_NONCES = 4096

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self._key: bytes | None = None
        self._port: int | None = None
        self._seen: dict[bytes, None] = {}

    def listen(self) -> socket.socket:
        import json
        import secrets
        import socket

        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.bind(("127.0.0.1", 0))
            listener.listen(LISTEN_BACKLOG)
            listener.setblocking(False)
            self._port = int(listener.getsockname()[1])
            self._key = secrets.token_bytes(32)
            record = json.dumps({"port": self._port, "key": self._key.hex(), "pid": os.getpid()})
            temporary = self.endpoint.key_path + ".new"
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                handle.write(record)
            os.replace(temporary, self.endpoint.key_path)
        except OSError:
            listener.close()
            raise
        return listener

    def _read_key_file(self) -> tuple[int, bytes] | None:
        import json

        try:
            with open(self.endpoint.key_path, encoding="utf-8") as handle:
                record = json.load(handle)
            return int(record["port"]), bytes.fromhex(record["key"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def lost(self) -> bool:
        return not os.path.exists(self.endpoint.key_path)

    def unlink(self) -> None:
        """Remove the key file if it is still the one this process wrote."""
        try:
            if self._read_key_file() == (self._port, self._key):
                os.unlink(self.endpoint.key_path)
        except OSError:
            pass
        self._key = self._port = None

    def connect(self, timeout: float) -> _socket.socket:
        import socket

        found = self._read_key_file()
        if found is None:
            raise ControlUnavailable(translate(
                "Control", "No softphone is listening ({path} is missing or unreadable).").format(
                path=self.endpoint.key_path))
        port, self._key = found
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=timeout)
        except OSError as error:
            raise ControlUnavailable(translate(
                "Control", "No softphone answers on {address} ({error}).").format(
                address=f"127.0.0.1:{port}", error=error.strerror or error)) from error

    @staticmethod
    def peer_allowed(_connection: _socket.socket) -> bool:
        return True  # proven per request by the key

    def _mac(self, purpose: bytes, nonce: bytes, payload: bytes) -> bytes:
        import hashlib
        import hmac

        assert self._key is not None
        return hmac.new(self._key, purpose + b"\n" + nonce + b"\n" + payload,
                        hashlib.sha256).hexdigest().encode()

    def seal_request(self, payload: bytes) -> tuple[bytes, bytes | None]:
        import secrets

        nonce = secrets.token_hex(16).encode()
        return nonce + b" " + self._mac(b"request", nonce, payload) + b" " + payload, nonce

    def open_response(self, line: bytes, nonce: bytes | None) -> bytes:
        import hmac

        mac, _, payload = line.partition(b" ")
        if nonce is None or not hmac.compare_digest(mac, self._mac(b"response", nonce, payload)):
            raise ControlNotOurs(translate(
                "Control", "The answer on the control port was not signed with this user's key: "
                "another program holds the port. Nothing can be assumed about the request; check "
                "the softphone's window."))
        return payload

    def open_request(self, line: bytes) -> tuple[bytes, bytes | None]:
        import hmac

        nonce, _, rest = line.partition(b" ")
        mac, _, payload = rest.partition(b" ")
        if self._key is None or not hmac.compare_digest(mac, self._mac(b"request", nonce,
                                                                      payload)):
            raise ValueError(translate("Control", "Refused: the request was not signed with this "
                                       "user's key."))
        if nonce in self._seen:
            raise ValueError(translate("Control", "Refused: the request was a replay."))
        self._seen[nonce] = None
        if len(self._seen) > self.SEEN_NONCES:
            del self._seen[next(iter(self._seen))]
        return payload, nonce

    def seal_response(self, payload: bytes, nonce: bytes | None) -> bytes:
        if nonce is None:  # a request refused before its nonce was known
            return b"- " + payload
        return self._mac(b"response", nonce, payload) + b" " + payload


Transport = UnixTransport | LoopbackTransport


def for_platform(endpoint: Endpoint) -> Transport:
    if hasattr(_socket, "AF_UNIX") and sys.platform != "win32":
        return UnixTransport(endpoint)
    return LoopbackTransport(endpoint)
