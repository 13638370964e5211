"""The command line's end of the control channel: one request, one answer, plain sockets.

Imports nothing but the standard library's socket and json and the marking of its messages for
translation (``blocks.text``: no Qt, no settings, no core, no catalogue loaded): a CRM's
click-to-dial starts a new ``softphone dial`` process each time, and every import before the
request is time before the INVITE.
"""

from __future__ import annotations

import json

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
    with connection:
        line, context = transport.seal_request(json.dumps(request).encode())
        try:
            connection.sendall(line + b"\n")
        except OSError as error:  # it went away before reading anything
            raise ControlUnavailable(translate(
                "Control", "The softphone closed the connection ({error}).").format(
                error=error)) from error
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


def accepts_connections(endpoint: Endpoint) -> bool:
    """Whether this user's instance of the profile takes connections now (sends nothing)."""
    try:
        for_platform(endpoint).connect(CONNECT_TIMEOUT_S).close()
    except (ControlUnavailable, ControlNotOurs):
        return False
    return True
