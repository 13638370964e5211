"""The command line's end of the control channel: one request, one answer, plain sockets.

Imports nothing before the request is sent but the interpreter's socket type (see
``transport``) and the marking of its messages for translation (``blocks.text``: no Qt, no
settings, no core, no catalogue loaded): a CRM's click-to-dial starts a new ``softphone dial``
process each time, and every import before the request is time before the INVITE. So the
request is written by ``request_line`` (the same text as ``json.dumps``, which a test holds it
to), and ``json`` (with ``re`` and ``enum``) is imported to read the answer, while the instance
places the call.
"""

from __future__ import annotations

from softphone.blocks.text import translate
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlNoAnswer, ControlNotOurs, ControlUnavailable
from softphone.control.transport import Transport, for_platform

# typing is not imported at run time: every import is time before a click-to-dial's request.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


CONNECT_TIMEOUT_S = 1.0
ANSWER_TIMEOUT_S = 10.0
MAX_ANSWER = 4 * 1024 * 1024


def send(endpoint: Endpoint, request: dict[str, Any], timeout: float = ANSWER_TIMEOUT_S,
         transport: Transport | None = None) -> dict[str, Any]:
    """Send ``request`` to the profile's instance and return its answer.

    Raises ``ControlUnavailable`` when no instance took it (nothing was sent), ``ControlNotOurs``
    when what listens is not this user's softphone (nothing was sent to it, or its answer was not
    believed), ``ControlNoAnswer`` when it was sent and no valid answer came in ``timeout``.
    """
    transport = transport or for_platform(endpoint)
    connection = transport.connect(CONNECT_TIMEOUT_S)
    try:
        line, context = transport.seal_request(request_line(request).encode())
        try:
            connection.sendall(line + b"\n")
        except OSError as error:  # it went away before reading anything
            raise ControlUnavailable(translate(
                "Control", "The softphone closed the connection ({error}).").format(
                error=error)) from error
        import json  # now: the instance has the request

        connection.settimeout(timeout)
        data = bytearray()
        try:
            while b"\n" not in data:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data.extend(chunk)
                if len(data) > MAX_ANSWER:
                    break
        except TimeoutError as error:
            raise ControlNoAnswer(translate(
                "Control", "The running softphone did not answer in time; check its window "
                "before trying again.")) from error
        except OSError as error:
            raise ControlNoAnswer(translate(
                "Control", "The connection to the softphone broke ({error}); check its window "
                "before trying again.").format(error=error)) from error
    finally:
        connection.close()
    if b"\n" not in data:
        raise ControlNoAnswer(translate(
            "Control", "The softphone closed the connection without answering; check its window "
            "before trying again."))
    payload = transport.open_response(bytes(data).split(b"\n", 1)[0], context)
    try:
        answer = json.loads(payload)
    except ValueError:
        answer = None
    if not isinstance(answer, dict) or not isinstance(answer.get("ok"), bool):
        raise ControlNotOurs(translate(
            "Control", "The control socket answered something that is not the softphone's "
            "protocol; check the softphone's window."))
    if answer.get("closing") is True:  # quitting: it did nothing, the next instance will
        raise ControlUnavailable(str(answer.get("error")))
    return answer


def request_line(value: object) -> str:
    """``value`` (a request: dicts with text keys, lists, text, numbers, booleans, None) as
    ``json.dumps`` writes it (ASCII, the same escapes), without importing ``json``."""
    if isinstance(value, str):
        return '"' + "".join(_ESCAPES.get(char) or _escape(char) for char in value) + '"'
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return "{" + ", ".join(f"{request_line(key)}: {request_line(item)}"
                               for key, item in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(request_line(item) for item in value) + "]"
    raise TypeError(f"a request holds only JSON values with text keys, not {value!r}")


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}


def _escape(char: str) -> str:
    code = ord(char)
    if 0x20 <= code < 0x7F:
        return char
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # outside the BMP: a UTF-16 surrogate pair, as JSON writes it
    return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"


def accepts_connections(endpoint: Endpoint) -> bool:
    """Whether this user's instance of the profile takes connections now (sends nothing)."""
    try:
        for_platform(endpoint).connect(CONNECT_TIMEOUT_S).close()
    except (ControlUnavailable, ControlNotOurs):
        return False
    return True
