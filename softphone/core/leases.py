"""The temporary callback number leased to the agent after an emergency call.

The answering point calls back on this number; for the lease's lifetime such a call gets the
highest priority. The lease clock is paused while an emergency call (outgoing or the callback)
is up, so the agent has the full window after the last conversation ends. A second emergency call
within the window renews the same number. Choosing the number touches only memory, because it
happens on the dial path; ``save()`` persists it afterwards.

Emits ``changed(lease or None)``.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace

from softphone.blocks.events import Event
from softphone.core.state import StateStore
from softphone.core.storage import StorageError

log = logging.getLogger("core")

_LEASE_KEY = "callback.lease"


@dataclass(frozen=True)
class Lease:
    number: str
    expires_at: float
    paused_at: float | None
    from_pool: bool

    def remaining(self, now: float) -> float:
        return max(0.0, self.expires_at - (self.paused_at if self.paused_at is not None else now))


def same_number(a: str, b: str) -> bool:
    """Whether two renderings of a number are the same line (+15551230001 vs 15551230001)."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if not da or not db:
        return False
    if da == db:
        return True
    shorter, longer = sorted((da, db), key=len)
    return len(shorter) >= 7 and longer.endswith(shorter)


class CallbackLeases:
    def __init__(
        self,
        store: StateStore,
        pool: Callable[[], Sequence[str]],
        own_number: Callable[[], str],
        minutes: Callable[[], int],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.changed: Event[[Lease | None]] = Event()
        self._store = store
        self._pool = pool
        self._own_number = own_number
        self._minutes = minutes
        self._clock = clock
        self._lease: Lease | None = None
        # In memory only: a stored "last number used" would outlive the lease as a trace that
        # an emergency call was made.
        self._last_pool_number: str | None = None
        try:
            stored = store.get(_LEASE_KEY)
            self._lease = Lease(**stored) if stored else None
        except (StorageError, TypeError) as error:
            log.warning("could not read the stored callback lease: %s", error)

    def current(self) -> Lease | None:
        """The lease if it is still running; an expired lease is dropped here."""
        lease = self._lease
        if lease is not None and lease.remaining(self._clock()) <= 0:
            self._drop()
            return None
        return lease

    def preview(self) -> str | None:
        """The number an emergency call placed now would assert, without leasing it."""
        lease = self.current()
        return lease.number if lease else self._choose()[0]

    def _choose(self) -> tuple[str | None, bool]:
        pool = list(self._pool())
        if pool:
            last = self._last_pool_number
            index = (pool.index(last) + 1) % len(pool) if last in pool else 0
            return pool[index], True
        own = self._own_number()
        return (own or None), False

    def acquire(self) -> tuple[Lease | None, str]:
        """Lease (or renew) a number for an emergency call starting now; memory only, and
        silent: observers (callback mode, the tray) hear of it from ``announce`` once the call
        is with the carrier.

        Returns the lease, paused until the call ends, and a warning for the agent ("" if none).
        """
        now = self._clock()
        window = self._minutes() * 60.0
        lease = self.current()
        if lease is not None:
            self._lease = replace(lease, expires_at=now + window, paused_at=now)
        else:
            number, from_pool = self._choose()
            if number is None:
                self._lease = None
                return None, ("No callback number is configured: the answering point cannot call "
                              "back. Ask your admin to set callback.pool or outbound.caller_id.")
            self._lease = Lease(number, now + window, now, from_pool)
            if from_pool:
                self._last_pool_number = number
        if not self._lease.from_pool:
            return self._lease, ("No callback number pool is configured, so your own number is "
                                 "the callback number. Ask your admin to set callback.pool.")
        return self._lease, ""

    def announce(self) -> None:
        self.changed.emit(self._lease)

    def save(self) -> None:
        if self._lease is None:
            self._store.delete(_LEASE_KEY)
        else:
            self._store.put(_LEASE_KEY, asdict(self._lease))

    def pause(self) -> None:
        lease = self.current()
        if lease is not None and lease.paused_at is None:
            self._lease = replace(lease, paused_at=self._clock())
            self.changed.emit(self._lease)
            self.save()

    def resume(self) -> None:
        lease = self._lease
        if lease is not None and lease.paused_at is not None:
            now = self._clock()
            self._lease = replace(lease, expires_at=lease.expires_at + now - lease.paused_at,
                                  paused_at=None)
            self.changed.emit(self._lease)
            self.save()

    def end_early(self) -> None:
        """The agent ended callback mode after confirming."""
        if self._lease is not None:
            self._drop()

    def is_callback_number(self, number: str) -> bool:
        lease = self.current()
        return lease is not None and same_number(lease.number, number)

    def _drop(self) -> None:
        self._lease = None
        self.changed.emit(None)
        try:
            self._store.forget(_LEASE_KEY)
        except StorageError as error:
            log.warning("could not remove the ended callback lease: %s", error)
