"""The agent's presence, and the emergency rule: Do not disturb while an emergency call is up.

The status before the emergency is stored, so that it comes back when the call ends even if the
softphone was killed in between. Emits ``changed(status)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from softphone.blocks.events import Event
from softphone.blocks.text import translate
from softphone.core.state import StateStore
from softphone.core.storage import StorageError

log = logging.getLogger("presence")

AVAILABLE = "Available"
BUSY = "Busy"
AWAY = "Away"
DO_NOT_DISTURB = "Do not disturb"
OFFLINE = "Offline"
BUILT_IN = (AVAILABLE, BUSY, AWAY, DO_NOT_DISTURB, OFFLINE)
ALIASES = {"dnd": DO_NOT_DISTURB, "donotdisturb": DO_NOT_DISTURB}

# Statuses in which normal inbound calls are refused (a PSAP callback still rings).
UNREACHABLE = frozenset({DO_NOT_DISTURB, AWAY, OFFLINE})

_STATUS_KEY = "presence.status"
_BEFORE_KEY = "presence.before_emergency"


class PresenceError(ValueError):
    """A presence change was refused; the message says why and what is possible."""


class Presence:
    def __init__(self, store: StateStore, custom_statuses: Callable[[], Sequence[str]]) -> None:
        self.changed: Event[[str]] = Event()
        self._store = store
        self._custom = custom_statuses
        self._status: str = self._load(_STATUS_KEY) or AVAILABLE
        self._before_emergency: str | None = self._load(_BEFORE_KEY)

    def _load(self, key: str) -> str | None:
        try:
            value = self._store.get(key)
        except StorageError as error:
            log.warning("could not read stored presence: %s", error)
            return None
        return value if isinstance(value, str) else None

    @property
    def status(self) -> str:
        return self._status

    @property
    def locked(self) -> bool:
        """True while an emergency call holds presence at Do not disturb."""
        return self._before_emergency is not None

    def statuses(self) -> list[str]:
        return list(dict.fromkeys([*BUILT_IN, *self._custom()]))

    def resolve(self, name: str) -> str:
        """The status called ``name`` (any case; 'DND' works), or ``PresenceError`` listing them."""
        wanted = name.strip()
        compact = wanted.lower().replace(" ", "")
        if compact in ALIASES:
            return ALIASES[compact]
        for status in self.statuses():
            if status.lower().replace(" ", "") == compact:
                return status
        raise PresenceError(f"'{wanted}' is not a presence status. Choose one of: "
                            f"{', '.join(self.statuses())}.")

    def set(self, name: str) -> None:
        """The agent's own choice; refused while an emergency call is up."""
        status = self.resolve(name)
        if self.locked:
            raise PresenceError(translate(
                "Presence", "Presence stays on Do not disturb while an emergency call is up; it "
                            "returns to your previous status when the call ends."))
        self._apply(status)
        self._store.put(_STATUS_KEY, status)

    def enter_emergency(self) -> None:
        """Switch to Do not disturb and remember the status to return to (once per emergency)."""
        if self.locked:
            return
        self._before_emergency = self._status
        self._apply(DO_NOT_DISTURB, logged=False)
        self._store.put(_BEFORE_KEY, self._before_emergency)
        self._store.put(_STATUS_KEY, DO_NOT_DISTURB)

    def leave_emergency(self) -> None:
        if not self.locked:
            return
        restored = self._before_emergency or AVAILABLE
        self._before_emergency = None
        self._apply(restored, logged=False)
        self._store.put(_STATUS_KEY, restored)
        self._store.delete(_BEFORE_KEY)

    def _apply(self, status: str, logged: bool = True) -> None:
        """``logged``: false around an emergency call, whose time the log must not record."""
        if status != self._status:
            self._status = status
            self.changed.emit(status)
            if logged:
                log.info("presence is now %s", status)
