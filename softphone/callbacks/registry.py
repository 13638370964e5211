"""The shared callback-number registry on PostgreSQL: one worker thread per softphone.

How the dial path gets its number (``claim``), and why. The issue left two designs open: a
candidate kept fresh in the background and confirmed after the hand-off, or an atomic claim by
the database within a hard deadline. A plain candidate cannot keep agents apart (agents who dial
between two refreshes hold the same snapshot and assert the same number), and a claim makes
every emergency call wait on the network. So the candidate is made by the database:

* Every ``POLL_S`` seconds the worker asks the store for this agent's **offer**: the least
  recently released free number that no other connected softphone is offered
  (``callback_offer``, under the same per-site lock as the allocation). While the pool has more
  free numbers than agents ready to dial, every agent holds a different offer, and the dial path
  asserts it without waiting at all; the lease is recorded right after the hand-off.
* Only without an offer (every free number is offered to someone, or none is free) does the dial
  path ask the store to decide (``callback_claim``: the least recently released free number,
  else the oldest lease, whose holder both agents are told about), and waits for it at most
  ``callback.claim_deadline_ms`` (3 ms), and only if the store is connected, idle and answered
  recently within that time. A claim answered too late is undone (``callback_restore``).
* Past that, or with the store down, the call goes out at once with a number chosen from the
  pool as last read (a free number spread by the agent's identity, else the oldest lease), or
  with the agent's own number when nothing was ever read. The worker records it when it can; if
  another agent holds it, this later call takes it (the same rule as the reuse) and both agents
  are told.

Two agents therefore assert the same number only when the pool is exhausted (the documented
reuse) or when agents without an offer dial before the store can decide; ``tests/callbacks`` and
``bench/callback_store.py`` measure how often.

Every operation runs on the worker thread with a watchdog: a store that stops answering (a
blackhole) has its connection cut after ``OPERATION_TIMEOUT_S`` and the worker reconnects with
backoff, recording the lease once the store is back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

import psycopg

from softphone.blocks.readiness import Check
from softphone.blocks.text import translate
from softphone.callbacks import store
from softphone.callbacks.address import CONNECT_TIMEOUT_S, StoreAddress, StoreUnavailable
from softphone.callbacks.connection import connect, explain
from softphone.callbacks.schema import SchemaTooNew, migrate
from softphone.core.lease_registry import (
    Claim,
    Holder,
    Lease,
    LeaseRegistry,
    LiveLease,
    Pool,
    RegistryEvents,
    Reused,
    new_token,
    spread_index,
)
from softphone.core.sites import PoolNumber

log = logging.getLogger("callbacks")

POLL_S = 5.0
OPERATION_TIMEOUT_S = 5.0
BACKOFF_S = (0.5, 1.0, 2.0, 5.0, 10.0)
OFFER_POLLS = 3  # an offer lapses after this many missed refreshes (the softphone is gone)

Post = Callable[[Callable[[], None]], None]
T = TypeVar("T")

_SYNC = "sync"  # queued by ``record``: the lease to hold changed
_STOP = "stop"


@dataclass
class _ClaimRequest:
    holder: Holder
    pool: Pool
    seconds: float
    token: str = field(default_factory=new_token)
    result: store.Claimed | None = None
    done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    started: bool = False
    abandoned: bool = False

    def start(self) -> bool:
        with self.lock:
            self.started = not self.abandoned
            return self.started

    def abandon(self) -> bool:
        """The dial path gives up waiting; False if the answer arrived just now."""
        with self.lock:
            if self.done.is_set():
                return False
            self.abandoned = True
            return True


@dataclass
class _Desired:
    holder: Holder
    lease: Lease | None
    asserted: bool


class SharedRegistry(LeaseRegistry):
    """``LeaseRegistry`` on the PostgreSQL database at ``uri`` (``callback.shared_store``)."""

    shared = True

    def __init__(self, uri: str, numbers: Callable[[], Sequence[PoolNumber]],
                 pool: Callable[[], Pool], holder: Callable[[], Holder],
                 deadline_ms: Callable[[], int], post: Post,
                 clock: Callable[[], float] = time.time, poll_s: float = POLL_S,
                 operation_timeout_s: float = OPERATION_TIMEOUT_S,
                 connect_timeout_s: float = CONNECT_TIMEOUT_S) -> None:
        self.address = StoreAddress.parse(uri)
        self._numbers = numbers
        self._pool = pool
        self._holder = holder
        self._deadline_ms = deadline_ms
        self._post = post
        self._clock = clock
        self._poll_s = poll_s
        self._operation_timeout_s = operation_timeout_s
        self._connect_timeout_s = connect_timeout_s
        self._events: RegistryEvents | None = None
        self._queue: queue.Queue[_ClaimRequest | str] = queue.Queue()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection | None = None
        self._connected = False
        self._busy = False
        self._problem: str | None = translate("CallbackStore", "Connecting to the shared "
                                                               "callback store.")
        self._lock = threading.Lock()
        self._desired: _Desired | None = None
        self._held: set[str] = set()  # tokens this softphone may still have rows for
        self._pending_claims: set[str] = set()  # claimed in time, not yet recorded
        self._told_at_dial: set[str] = set()  # reuses the agent was warned of by ``claim``
        self._states: dict[tuple[str, ...], store.PoolState] = {}
        self._synced_numbers: tuple[PoolNumber, ...] | None = None
        # The last round trips (claims, pool reads): waiting is worth it only if the quickest
        # of them fitted in the deadline.
        self._round_trips: deque[float] = deque(maxlen=8)

    # -- lifecycle ------------------------------------------------------------------------

    def start(self, events: RegistryEvents) -> None:
        self._events = events
        self._thread = threading.Thread(target=self._run, name="callback-store", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._queue.put(_STOP)
        self._cut()
        if self._thread is not None:
            self._thread.join(2.0)

    # -- the dial path --------------------------------------------------------------------

    def claim(self, holder: Holder, pool: Pool, window_s: float) -> Claim | None:
        offered = self._take_offer(holder, pool)
        if offered is not None:
            warning = self._unconfirmed(offered)
            return Claim(offered, new_token(), None, warning, decided=not warning)
        deadline_s = self._deadline_ms() / 1000.0
        # No offer: every free number is offered to someone or none is free. Ask the store,
        # if it can answer in time: connected, not busy with another operation, and one of
        # its last round trips fitted in the deadline (a slow store is not waited for).
        if (self._connected and not self._busy
                and (not self._round_trips or min(self._round_trips) <= deadline_s)):
            request = _ClaimRequest(holder, pool, window_s)
            self._queue.put(request)
            answered = request.done.wait(deadline_s)
            if (answered or not request.abandon()) and request.result is not None:
                return Claim(request.result.number, request.token, request.result.reused)
        return self._candidate(holder, pool)

    def preview(self, holder: Holder, pool: Pool) -> str | None:
        with self._lock:
            state = self._states.get(pool.numbers)
            if state is not None and state.offer in state.free:
                return state.offer
        choice = self._choose(holder, pool, mark=False)
        return choice[0] if choice else None

    def _take_offer(self, holder: Holder, pool: Pool) -> str | None:
        with self._lock:
            state = self._states.get(pool.numbers)
            if state is None or state.offer is None or state.offer not in state.free:
                return None
            number = state.offer
            self._states[pool.numbers] = replace(
                state, offer=None, free=tuple(n for n in state.free if n != number),
                held=(*state.held, (number, holder.agent, holder.workstation)))
            return number

    def _unconfirmed(self, number: str) -> str:
        problem = self._problem if not self._connected else None
        if not problem:
            return ""
        return translate("CallbackStore", "{problem} This call gives the answering point "
                                          "{number}, chosen in advance, without the store "
                                          "confirming that no other agent holds it; it is "
                                          "recorded when the store is back.").format(
            problem=problem, number=number)

    def _candidate(self, holder: Holder, pool: Pool) -> Claim | None:
        choice = self._choose(holder, pool, mark=True)
        if choice is None:
            return None
        number, reused = choice
        return Claim(number, new_token(), reused, self._unconfirmed(number), decided=False)

    def _choose(self, holder: Holder, pool: Pool, mark: bool) -> tuple[str, Reused | None] | None:
        """From the pool as last read: a free number (offered to someone else), spread by
        agent; else the oldest lease. ``mark`` counts it as taken from now on."""
        with self._lock:
            state = self._states.get(pool.numbers)
            if state is None:
                return None
            if state.free:
                number = state.free[spread_index(holder, len(state.free))]
                reused = None
                if mark:
                    self._states[pool.numbers] = replace(
                        state, free=tuple(n for n in state.free if n != number),
                        held=(*state.held, (number, holder.agent, holder.workstation)))
            elif state.held:
                number, agent, workstation = state.held[0]
                reused = Reused(agent, workstation)
                if mark:
                    self._states[pool.numbers] = replace(
                        state, held=(*state.held[1:], (number, holder.agent, holder.workstation)))
            else:
                return None
            return number, reused

    # -- after the hand-off ---------------------------------------------------------------

    def record(self, holder: Holder, lease: Lease | None, asserted: bool) -> None:
        with self._lock:
            previous = self._desired
            self._desired = _Desired(holder, lease, asserted or bool(
                previous and previous.asserted and lease and previous.lease
                and previous.lease.token == lease.token))
            self._pending_claims.clear()  # the core's lease is the truth from now on
        self._queue.put(_SYNC)

    def live(self) -> list[LiveLease]:
        connection = connect(self.address, self._connect_timeout_s)
        with connection:
            return store.live(connection)

    def checks(self) -> list[Check]:
        where = self.address.where
        title = translate("CallbackStore", "Shared callback store reachable")
        if self._problem is None:
            detail: str = translate("CallbackStore", "Connected to {where}.").format(where=where)
            fix = ""
            if not self.address.verified:
                detail = translate("CallbackStore", "Connected to {where}. The connection is not "
                                                    "verified (sslmode={sslmode}): another host "
                                                    "could pose as the store.").format(
                    where=where, sslmode=self.address.sslmode)
                fix = translate("CallbackStore", "Add sslmode=verify-full and sslrootcert to "
                                                 "callback.shared_store.")
            return [Check("callback.store", title, True, detail, fix)]
        return [Check("callback.store", title, False, self._problem,
                      translate("CallbackStore", "Until it is reachable, emergency calls use the "
                                                 "number chosen in advance or your own number. "
                                                 "Fix callback.shared_store or the database."))]

    # -- the worker -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._work()
        except Exception as error:  # a defect must not stop the registry unseen: say so
            log.exception("the shared callback store's worker stopped")
            self._report(translate("CallbackStore", "The shared callback store stopped working "
                                                    "({error}): restart the softphone. Until then "
                                                    "emergency calls use the number chosen in "
                                                    "advance, or your own number.").format(
                error=type(error).__name__))
        finally:
            connection, self._connection = self._connection, None
            self._connected = False
            if connection is not None:
                with contextlib.suppress(psycopg.Error, OSError):
                    connection.close()

    def _work(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            if self._connection is None:
                try:
                    self._open()
                except (StoreUnavailable, SchemaTooNew) as error:
                    self._report(str(error) if isinstance(error, StoreUnavailable) else
                                 translate("CallbackStore", "The shared callback store cannot be "
                                                            "used: {error}.").format(
                                     error=str(error)))
                    self._stopping.wait(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
                    attempt += 1
                    continue
                attempt = 0
            try:
                self._serve()
            except (psycopg.Error, OSError) as error:
                self._lost(error)

    def _open(self) -> None:
        connection = connect(self.address, self._connect_timeout_s)
        self._connection = connection
        try:
            self._guarded(lambda: migrate(connection))
            self._refresh()
        except (psycopg.Error, OSError) as error:
            self._lost(error)
            raise StoreUnavailable(explain(error, self.address, self._operation_timeout_s)) \
                from error
        self._connected = True
        self._report(None)

    def _serve(self) -> None:
        """Claims first, then the lease to record, then a refresh every ``poll_s``."""
        next_poll = time.monotonic() + self._poll_s
        while not self._stopping.is_set():
            try:
                item: _ClaimRequest | str | None = self._queue.get(
                    timeout=max(0.0, next_poll - time.monotonic()))
            except queue.Empty:
                item = None
            if item == _STOP:
                return
            self._busy = True
            try:
                if isinstance(item, _ClaimRequest):
                    self._claim(item)
                elif item == _SYNC:
                    if self._sync():
                        self._read_pool()
                else:
                    self._refresh()
                    next_poll = time.monotonic() + self._poll_s
            finally:
                self._busy = False

    def _claim(self, request: _ClaimRequest) -> None:
        if not request.start():
            return  # the call already went out with the number chosen in advance
        connection = self._connection
        assert connection is not None
        started = time.monotonic()
        result: store.Claimed | None = None
        try:
            result = self._guarded(lambda: store.claim(connection, request.holder, request.pool,
                                                       request.token, request.seconds))
        finally:
            with request.lock:  # the answer and "answered" together: see ``abandon``
                request.result = result
                request.done.set()
                abandoned = request.abandoned
        self._round_trips.append(time.monotonic() - started)
        if result is None:
            return
        if abandoned:  # the call went out with another number: give this one back as it was
            self._guarded(lambda: store.restore(connection, request.pool.site, request.token,
                                                result))
            return
        with self._lock:
            self._held.add(request.token)
            self._pending_claims.add(request.token)
            if result.reused is not None:
                self._told_at_dial.add(request.token)

    def _sync(self) -> bool:
        """Make the store hold the lease the core has; True if a lease was just released (the
        agent is ready for a new number: time for a new offer)."""
        connection = self._connection
        assert connection is not None
        with self._lock:
            desired = self._desired
            keep = set(self._pending_claims)
        lease = desired.lease if desired is not None else None
        if lease is not None:
            keep.add(lease.token)
        stale = sorted(self._held - keep)
        if lease is None or not lease.from_pool:
            self._guarded(lambda: store.release(connection, stale))
        else:
            assert desired is not None
            seconds = max(1.0, lease.remaining(self._clock()))
            outcome = self._guarded(lambda: store.record(
                connection, desired.holder, lease, seconds, desired.asserted, stale))
            self._recorded(lease, outcome)
        with self._lock:
            self._held = keep
            if desired is not None and self._desired is desired:
                self._desired = _Desired(desired.holder, desired.lease, False)
        return lease is None and bool(stale)

    def _recorded(self, lease: Lease, outcome: store.Recorded) -> None:
        other = outcome.other
        told = lease.token in self._told_at_dial  # the reuse the store chose at dial time
        self._told_at_dial.discard(lease.token)
        if outcome.outcome == "taken" and told:
            pass
        elif outcome.outcome == "taken" and other is not None:
            message = translate("CallbackStore", "{number} was also given to an answering point "
                                                 "by {agent} at {workstation} (chosen while the "
                                                 "shared store could not decide in time). "
                                                 "Callbacks to it now reach you; they are told.")\
                .format(number=lease.number, agent=other.agent, workstation=other.workstation)
            self._tell(lambda events: events.registry_notice(message))
        elif outcome.outcome == "lost" and other is not None:
            with self._lock:  # no longer this agent's: nothing to record until the core says
                if self._desired is not None and self._desired.lease == lease:
                    self._desired = _Desired(self._desired.holder, None, False)
            message = translate("CallbackStore", "Your callback number {number} was given to a "
                                                 "later emergency call by {agent} at "
                                                 "{workstation} (every number of the pool was in "
                                                 "use): callbacks to it now reach them, so "
                                                 "callback mode has ended.").format(
                number=lease.number, agent=other.agent, workstation=other.workstation)
            token = lease.token
            self._tell(lambda events: events.lease_lost(token, message))

    def _refresh(self) -> None:
        """Re-read the pool and this softphone's offer; keep the store's numbers and this
        softphone's lease up to date (a heartbeat while an emergency call is up)."""
        self._read_pool()
        self._sync()

    def _read_pool(self) -> None:
        connection = self._connection
        assert connection is not None
        numbers = tuple(self._numbers())
        if numbers != self._synced_numbers:
            self._guarded(lambda: store.sync_numbers(connection, numbers))
            self._synced_numbers = numbers
        pool = self._pool()
        if pool.numbers:
            with self._lock:
                holding = self._desired is not None and self._desired.lease is not None
            holder = self._holder()
            # An agent holding a lease renews it on the next call: it needs no offer.
            offer = None if holding else self._guarded(lambda: store.offer(
                connection, holder, pool, OFFER_POLLS * self._poll_s))
            started = time.monotonic()
            state = self._guarded(lambda: store.pool_state(connection, pool))
            self._round_trips.append(time.monotonic() - started)
            with self._lock:
                self._states = {pool.numbers: replace(state, offer=offer)}

    # -- connection trouble ---------------------------------------------------------------

    def _guarded(self, operation: Callable[[], T]) -> T:
        """Run ``operation``; cut the connection if it takes longer than the timeout."""
        timer = threading.Timer(self._operation_timeout_s, self._cut)
        timer.daemon = True
        timer.start()
        try:
            return operation()
        finally:
            timer.cancel()

    def _cut(self) -> None:
        """Wake a worker stuck on a store that never answers: shut its socket down."""
        connection = self._connection
        if connection is None or connection.closed:
            return
        try:
            duplicate = os.dup(connection.pgconn.socket)
        except (OSError, psycopg.Error):
            return
        with socket.socket(fileno=duplicate) as handle, contextlib.suppress(OSError):
            handle.shutdown(socket.SHUT_RDWR)

    def _lost(self, error: BaseException) -> None:
        connection, self._connection = self._connection, None
        self._connected = False
        if connection is not None:
            with contextlib.suppress(psycopg.Error, OSError):
                connection.close()
        if not self._stopping.is_set():
            self._report(explain(error, self.address, self._operation_timeout_s))
            log.warning("the shared callback store was lost: %s", type(error).__name__)

    def _report(self, problem: str | None) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        if problem:
            log.warning("shared callback store unavailable")
        self._tell(lambda events: events.registry_problem(problem))

    def _tell(self, event: Callable[[RegistryEvents], None]) -> None:
        events = self._events
        if events is not None:
            self._post(lambda: event(events))
