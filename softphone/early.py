"""The main thread's event loop before Qt's: how every start is ready to dial before Qt loads.

An instance builds its plain-Python parts (``softphone.parts``), starts the carrier and listens
on its control socket before it imports Qt and builds the window: Qt and the widgets are most
of a start-up, and nothing a call needs (the carrier on its own thread, the core, the settings,
the storage) is Qt. A click-to-dial that started the instance is placed just before it listens.
Until Qt's event loop runs, those parts are given this loop's ``post`` and ``call_later`` (the
rule in ``blocks.post``: every event of a subsystem reaches the main thread through its
``post``), and the main thread keeps running it while another thread imports Qt (``run_once``),
so a request that arrives meanwhile is carried out at once. When Qt is up, ``hand_over`` passes
everything still waiting to Qt's loop, posts first in the order they came, then the timers with
the time they had left; from then on this loop forwards to Qt's, so the subsystems built on it
never notice. If Qt cannot be loaded at all, this loop goes on running (``run``): a call stays
up and the control socket still answers (``softphone hangup``, ``status``).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from softphone.blocks.post import Post
from softphone.core.carrier import Scheduler

crash_log = logging.getLogger("crash")


class _Timer:
    """One ``call_later``: cancelled here, or, once handed over, through Qt's timer."""

    __slots__ = ("due", "function", "cancelled", "moved")

    def __init__(self, due: float, function: Callable[[], None]) -> None:
        self.due = due
        self.function = function
        self.cancelled = False
        self.moved: Callable[[], None] | None = None

    def cancel(self) -> None:
        self.cancelled = True
        if self.moved is not None:
            self.moved()


class EarlyLoop:
    """``post`` from any thread, ``call_later`` and ``run`` on the thread that made it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._ready = threading.Condition()
        self._posted: deque[Callable[[], None]] = deque()
        self._timers: list[tuple[float, int, _Timer]] = []
        self._order = itertools.count()
        self._post_to: Post | None = None
        self._schedule_on: Scheduler | None = None
        self._stopping = False

    def post(self, function: Callable[[], None]) -> None:
        """Run ``function`` soon, in order, on this loop's thread (Qt's once handed over)."""
        with self._ready:
            if self._post_to is None:
                self._posted.append(function)
                self._ready.notify()
                return
            forward = self._post_to
        forward(function)

    def call_later(self, seconds: float, function: Callable[[], None]) -> Callable[[], None]:
        """The core's ``Scheduler``; called on this loop's thread only, as the core is."""
        if self._schedule_on is not None:
            return self._schedule_on.call_later(seconds, function)
        timer = _Timer(self._clock() + max(0.0, seconds), function)
        with self._ready:
            heapq.heappush(self._timers, (timer.due, next(self._order), timer))
            self._ready.notify()
        return timer.cancel

    def run_once(self, timeout: float = 0.0) -> None:
        """Run what is posted and the timers that are due, waiting up to ``timeout`` for one."""
        with self._ready:
            if not self._posted and timeout > 0 and not self._stopping:
                due = self._timers[0][0] - self._clock() if self._timers else timeout
                if due > 0:
                    self._ready.wait(min(timeout, due))
            posted = list(self._posted)
            self._posted.clear()
            now = self._clock()
            timers: list[_Timer] = []
            while self._timers and self._timers[0][0] <= now:
                timers.append(heapq.heappop(self._timers)[2])
        for function in posted:
            self._run(function)
        for timer in timers:
            if not timer.cancelled:
                timer.cancelled = True
                self._run(timer.function)

    @staticmethod
    def _run(function: Callable[[], None]) -> None:
        """What fails is logged and the loop goes on: it may be all that keeps a call up."""
        try:
            function()
        except Exception:
            crash_log.critical("An unexpected error; the softphone keeps running", exc_info=True)

    def run(self) -> None:
        """Serve posts and timers until ``stop``: the instance's main loop when Qt cannot run."""
        while not self._stopping:
            self.run_once(timeout=1.0)

    def stop(self) -> None:
        """Return from ``run`` (from any thread)."""
        with self._ready:
            self._stopping = True
            self._ready.notify()

    def hand_over(self, post: Post, scheduler: Scheduler) -> None:
        """From now on ``post`` and ``call_later`` are Qt's (``post``, ``scheduler``); what is
        waiting here goes there first, in order: nothing is lost and nothing runs twice."""
        with self._ready:
            for function in self._posted:
                post(function)
            self._posted.clear()
            self._post_to = post
            timers = [entry[2] for entry in sorted(self._timers)]
            self._timers.clear()
            self._schedule_on = scheduler
        now = self._clock()
        for timer in timers:
            if not timer.cancelled:
                timer.moved = scheduler.call_later(max(0.0, timer.due - now), timer.function)
