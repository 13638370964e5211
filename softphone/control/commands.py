"""What a running softphone does for each control command; shared by the CLI and tests.

Commands arrive as ``{"command": name, "args": {...}}`` and answer ``{"ok": true, "result": ...}``
or ``{"ok": false, "error": sentence}``. Every refusal is a sentence the user can act on.
"""

from __future__ import annotations

import inspect
import os
import time
import typing
from collections.abc import Callable
from typing import Any

from softphone.blocks.readiness import Readiness
from softphone.blocks.text import translate
from softphone.carriers.drills import DrillError, Drills
from softphone.core.calls import Call, CallError
from softphone.core.carrier import CarrierError
from softphone.core.phone import Phone
from softphone.core.presence import PresenceError
from softphone.core.storage import StorageError

REFUSALS = (CallError, CarrierError, DrillError, PresenceError, StorageError)


MAX_TEXT = 1000  # no number, presence or name is longer; anything longer is not one


class CommandError(ValueError):
    pass


def wrong_types(handler: Callable[..., Any], args: dict[str, Any]) -> str | None:
    """What is wrong with the types of ``args`` for ``handler``, from its annotations, or None.

    A request comes from another program: a number as a list, ``null`` or a float must be
    refused with a sentence here, never reach the phone as something it does not expect.
    """
    try:
        hints = typing.get_type_hints(handler)
    except (NameError, TypeError):
        return None
    for name, value in args.items():
        expected = hints.get(name)
        if expected is None:
            continue
        allowed = typing.get_args(expected) or (expected,)
        if isinstance(value, bool) and bool not in allowed:
            return translate("Control", "'{name}' must be {types}, not true/false.").format(
                name=name, types=describe_types(allowed))
        if not isinstance(value, tuple(t for t in allowed if isinstance(t, type))):
            return translate("Control", "'{name}' must be {types}, not {found}.").format(
                name=name, types=describe_types(allowed), found=type(value).__name__)
        if isinstance(value, str) and len(value) > MAX_TEXT:
            return translate("Control", "'{name}' is longer than {count} characters.").format(
                name=name, count=MAX_TEXT)
    return None


def describe_types(allowed: tuple[Any, ...]) -> str:
    names = {str: translate("Control", "text"), bool: translate("Control", "true or false"),
             type(None): "null", int: translate("Control", "a whole number")}
    said = [names.get(t, getattr(t, "__name__", str(t))) for t in allowed]
    return said[0] if len(said) == 1 else translate("Control", "{first} or {second}").format(
        first=describe_types(allowed[:-1]), second=said[-1])


def describe_call(call: Call) -> dict[str, Any]:
    return {
        "id": call.call_id,
        "direction": call.direction.value,
        "kind": call.kind.value,
        "state": call.state.value,
        "remote": call.remote,
        "psap_callback": call.psap_callback,
        "started_at": call.started_at,
        "connected_at": call.connected_at,
        "notes": list(call.notes),
        "end_reason": call.end_reason,
    }


class Commands:
    def __init__(self, phone: Phone, readiness: Readiness, drills: Drills,
                 problems: Callable[[], list[str]], notification: Callable[[], str],
                 quit_app: Callable[[], None],
                 show_window: Callable[[], None], started: Callable[[], bool],
                 where: Callable[[], dict[str, Any]] | None = None) -> None:
        """``started``: whether the whole start-up is done, the window included (an instance
        answers, and dials, before it has loaded Qt)."""
        self._phone = phone
        self._readiness = readiness
        self._drills = drills
        self._problems = problems
        self._notification = notification
        self._quit = quit_app
        self._show = show_window
        self._started = started
        self._handlers: dict[str, Callable[..., Any]] = {
            "dial": self.dial,
            "hangup": self.hangup,
            "answer": self.answer,
            "presence": self.presence,
            "status": self.status,
            "drill": self.drill,
            "show": self.show,
            "quit": self.quit,
            "end-callback": self.end_callback,
        }
        if where is not None:
            self._handlers["where"] = where

    def handle(self, request: object) -> dict[str, Any]:
        if not isinstance(request, dict) or not isinstance(request.get("command"), str):
            return {"ok": False, "error": translate(
                "Control", "Malformed request: expected {shape}.").format(
                shape='{"command": ..., "args": {...}}')}
        handler = self._handlers.get(request["command"])
        if handler is None:
            return {"ok": False, "error": translate(
                "Control", "Unknown command '{command}'. Known: {known}.").format(
                command=request["command"], known=", ".join(sorted(self._handlers)))}
        args = request.get("args") or {}
        if not isinstance(args, dict):
            return {"ok": False, "error": translate(
                "Control", "Malformed request: 'args' must be an object.")}
        try:
            inspect.signature(handler).bind(**args)
        except TypeError as error:
            return {"ok": False, "error": translate(
                "Control", "Wrong arguments for '{command}': {error}").format(
                command=request["command"], error=error)}
        wrong = wrong_types(handler, args)
        if wrong:
            return {"ok": False, "error": translate(
                "Control", "Wrong arguments for '{command}': {error}").format(
                command=request["command"], error=wrong)}
        try:
            return {"ok": True, "result": handler(**args)}
        except (CommandError, *REFUSALS) as error:
            return {"ok": False, "error": str(error)}

    def dial(self, number: str) -> dict[str, Any]:
        """``Phone.dial`` returns only once the carrier has the call (every failure raises): the
        answer says so (``carrier_has_it``), and the command line reports a dial as placed on
        nothing less."""
        return {**describe_call(self._phone.dial(number)), "carrier_has_it": True}

    def hangup(self, call_id: str | None = None) -> dict[str, Any]:
        return describe_call(self._phone.hangup(call_id))

    def answer(self, call_id: str | None = None) -> dict[str, Any]:
        return describe_call(self._phone.answer(call_id))

    def presence(self, status: str | None = None) -> dict[str, Any]:
        if status is not None:
            self._phone.presence.set(status)
        return {"presence": self._phone.presence.status, "locked": self._phone.presence.locked}

    def status(self) -> dict[str, Any]:
        phone = self._phone
        lease = phone.leases.current()
        now = time.time()
        return {
            "running": True,
            "pid": os.getpid(),
            "started": self._started(),
            "presence": phone.presence.status,
            "presence_locked": phone.presence.locked,
            "statuses": phone.presence.statuses(),
            "carrier": phone.carrier.name,
            "calls": [describe_call(call) for call in phone.calls()],
            "emergency": {"active": phone.emergency.active,
                          "calls": [call.call_id for call in phone.emergency.calls()]},
            "callback": None if lease is None else {
                "number": lease.number,
                "expires_at": lease.expires_at if lease.paused_at is None else None,
                "remaining_seconds": round(lease.remaining(now), 1),
                "paused": lease.paused_at is not None,
            },
            "readiness": [
                {"key": c.key, "title": c.title, "passed": c.passed, "detail": c.detail,
                 "fix": c.fix}
                for c in self._readiness.refresh()
            ],
            "notification": self._notification(),
            "problems": self._problems(),
        }

    def drill(self, name: str, caller: str = "", callee: str = "",
              marked_psap_callback: bool = False) -> str:
        if name == "drop":
            return self._drills.drop()
        if name == "callback":
            return self._drills.call_back()
        if name == "incoming":
            if not caller:
                raise CommandError(translate("Control", "An incoming drill needs the caller's "
                                             "number."))
            return self._drills.ring_in(caller, callee, marked_psap_callback)
        raise CommandError(translate(
            "Control", "Unknown drill '{name}': use {drills}.").format(
            name=name, drills="drop, callback, incoming"))

    def show(self) -> str:
        self._show()
        return "shown"

    def end_callback(self) -> str:
        """Release the callback number at once (the answering point can no longer call back
        on it); refused while an emergency call is up, as the window refuses it."""
        if self._phone.emergency.active:
            raise CommandError(translate("Control", "An emergency call is up: end it before "
                                         "ending callback mode."))
        if self._phone.leases.current() is None:
            raise CommandError(translate("Control", "No callback number is leased."))
        self._phone.leases.end_early()
        return translate("Control", "Callback mode ended.")

    def quit(self) -> str:
        self._quit()
        return "quitting"
