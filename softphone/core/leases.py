"""The temporary callback number leased to the agent after an emergency call.

The answering point calls back on this number; for the lease's lifetime such a call gets the
highest priority. The lease clock is paused while an emergency call (outgoing or the callback)
is up, so the agent has the full window after the last conversation ends. A second emergency call
within the window renews the same number.

Which number: the registry (``lease_registry``) decides, from the pool of the site the agent is
at (``sites``): on one workstation from the settings, in a contact center from the shared store,
within a deadline of a few milliseconds because this happens on the dial path. When the registry
has nothing to give, the agent's own number is the last resort, and the agent is told. The lease
is kept in the profile (``save()``, after the hand-off) whatever the back end, so a restarted
softphone takes it up again.

Emits ``changed(lease or None)`` and ``problem(message)``.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import asdict, replace

from softphone.blocks.events import Event
from softphone.blocks.text import joined, translate
from softphone.core.lease_registry import (
    Claim,
    Holder,
    Lease,
    LeaseRegistry,
    LocalRegistry,
    Pool,
    new_token,
    spread_index,
)
from softphone.core.state import StateStore
from softphone.core.storage import StorageError

__all__ = ["CallbackLeases", "Lease", "same_number"]

log = logging.getLogger("core")

_LEASE_KEY = "callback.lease"


def same_number(a: str, b: str) -> bool:
    """Whether two renderings of a number are the same line (+15551230001 vs 15551230001)."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if not da or not db:
        return False
    if da == db:
        return True
    shorter, longer = sorted((da, db), key=len)
    return len(shorter) >= 7 and longer.endswith(shorter)


def reuse_warning(claim: Claim, pool: Pool) -> str:
    assert claim.reused is not None
    return translate(
        "Leases", "Every number of {pool} is in use, so this call reuses the oldest lease, "
                  "{number}, until now held by {agent} at {workstation}. If the answering point "
                  "of that earlier call calls back, it reaches you: answer and tell them. Ask "
                  "your admin to add numbers to the pool.").format(
        pool=pool.label, number=claim.number, agent=claim.reused.agent,
        workstation=claim.reused.workstation)


class CallbackLeases:
    def __init__(
        self,
        store: StateStore,
        pool: Callable[[], Pool],
        own_number: Callable[[], str],
        minutes: Callable[[], int],
        clock: Callable[[], float] = time.time,
        registry: LeaseRegistry | None = None,
        holder: Callable[[], Holder] = lambda: Holder("", ""),
    ) -> None:
        self.changed: Event[[Lease | None]] = Event()
        self.problem: Event[[str]] = Event()
        self.registry = registry or LocalRegistry()
        self.store_problem: str | None = None  # the shared store's trouble, while it lasts
        self._store = store
        self._pool = pool
        self._own_number = own_number
        self._minutes = minutes
        self._clock = clock
        self._holder = holder
        self._lease: Lease | None = None
        self._asserted = False  # an emergency call gave the number since it was last recorded
        try:
            stored = store.get(_LEASE_KEY)
            self._lease = Lease(**stored) if stored else None
        except (StorageError, TypeError) as error:
            log.warning("could not read the stored callback lease: %s", error)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the registry and hand it the lease this profile still holds (a restart)."""
        self.registry.start(self)
        lease = self.current()
        if lease is not None:
            self.registry.record(self._holder(), lease, asserted=False)

    def stop(self) -> None:
        self.registry.stop()

    # -- queries ---------------------------------------------------------------------------

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
        if lease is not None:
            return lease.number
        return self.registry.preview(self._holder(), self._pool()) or self._own_number() or None

    def is_callback_number(self, number: str) -> bool:
        lease = self.current()
        return lease is not None and same_number(lease.number, number)

    # -- the dial path ---------------------------------------------------------------------

    def acquire(self) -> tuple[Lease | None, str]:
        """Lease (or renew) a number for an emergency call starting now; returns within the
        registry's deadline and tells no observer: callback mode and the tray hear of it from
        ``announce`` once the call is with the carrier.

        Returns the lease, paused until the call ends, and a warning for the agent ("" if none).
        """
        now = self._clock()
        window = self._minutes() * 60.0
        lease = self.current()
        self._asserted = True
        if lease is not None:
            self._lease = replace(lease, expires_at=now + window, paused_at=now)
            return self._lease, ""
        pool = self._pool()
        claim = self.registry.claim(self._holder(), pool, window) if pool.numbers else None
        if claim is not None:
            self._lease = Lease(claim.number, now + window, now, True, pool.site, claim.token)
            warnings = [reuse_warning(claim, pool)] if claim.reused else []
            if claim.unconfirmed:
                warnings.append(claim.unconfirmed)
            return self._lease, joined(warnings)
        own = self._own_number()
        if own:
            self._lease = Lease(own, now + window, now, False, pool.site, new_token())
            if pool.numbers:
                return self._lease, translate(
                    "Leases", "The shared callback store has not answered, so no number of "
                              "{pool} could be chosen: your own number is the callback number.")\
                    .format(pool=pool.label)
            return self._lease, translate(
                "Leases", "No callback number pool is configured, so your own number is the "
                          "callback number. Ask your admin to set callback.pool.")
        if pool.numbers:  # nothing known of the store and no own number: better than none
            number = pool.numbers[spread_index(self._holder(), len(pool.numbers))]
            self._lease = Lease(number, now + window, now, True, pool.site, new_token())
            return self._lease, translate(
                "Leases", "The shared callback store has not answered, so {number} was chosen "
                          "here without knowing whether another agent holds it; it is recorded "
                          "when the store answers. Ask your admin to set outbound.caller_id as "
                          "the last resort.").format(number=number)
        self._lease = None
        return None, translate("Leases", "No callback number is configured: the answering point "
                                         "cannot call back. Ask your admin to set callback.pool "
                                         "or outbound.caller_id.")

    def announce(self) -> None:
        self.changed.emit(self._lease)

    # -- after the hand-off ----------------------------------------------------------------

    def save(self) -> None:
        """Keep the lease in the profile and hand it to the registry (which records it in the
        background). Raises ``StorageError`` if the profile cannot be written; the registry has
        the lease by then."""
        asserted, self._asserted = self._asserted, False
        self.registry.record(self._holder(), self._lease, asserted)
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

    def _drop(self) -> None:
        self._lease = None
        self._asserted = False
        self.changed.emit(None)
        self.registry.record(self._holder(), None, asserted=False)
        try:
            self._store.forget(_LEASE_KEY)
        except StorageError as error:
            log.warning("could not remove the ended callback lease: %s", error)

    # -- what the registry reports (RegistryEvents, on the core's thread) --------------------

    def lease_lost(self, token: str, message: str) -> None:
        if self._lease is not None and self._lease.token == token:
            self._drop()
            self.problem.emit(message)

    def registry_problem(self, message: str | None) -> None:
        changed = message != self.store_problem
        self.store_problem = message
        if message and changed:
            self.problem.emit(message)

    def registry_notice(self, message: str) -> None:
        self.problem.emit(message)
