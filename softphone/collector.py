"""Python's cycle collector, run on the GUI thread only.

Left on automatic, the collector runs in whichever thread happens to allocate past generation
0's threshold: the SIP loop, the notifier, the audio engine's device thread, the control
thread. When it frees a Qt object there (a dialog the agent closed, a widget in a reference
cycle), PySide destroys it off the GUI thread: it takes Qt's connection lock and waits for the
GIL, which the GUI thread holds while it waits for that lock, and the softphone hangs (seen in
the test suite, which therefore disables automatic collection too: ``tests/conftest.py``).

So the softphone turns automatic collection off and collects here, on the GUI thread, with the
interpreter's own thresholds checked on a timer (as qutebrowser does). The timer is slow on
purpose: an idle softphone is woken once every ``CHECK_MS`` for this, and garbage in cycles waits
at most that long (memory freed by reference counting, nearly all of it, is freed at once as
always). Nothing here runs on the dial path.
"""

from __future__ import annotations

import gc

from softphone.qt import QtCore

CHECK_MS = 5_000


class GuiThreadCollector(QtCore.QObject):
    """While it lives, cycles are collected only on the thread that made it (the GUI thread).

    ``stop()`` (or the owner's destruction) gives automatic collection back as it was."""

    def __init__(self, parent: QtCore.QObject | None = None,
                 interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(CHECK_MS if interval_ms is None else interval_ms)
        self._timer.setTimerType(QtCore.Qt.TimerType.VeryCoarseTimer)  # whole seconds: fewer wake-ups
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations past their thresholds, youngest first, as the interpreter
        would have; returns how many objects were found unreachable."""
        first, second, third = self._thresholds
        count0, count1, count2 = gc.get_count()
        if not first or count0 <= first:
            return 0
        generation = 0
        if count1 > second:
            generation = 2 if count2 > third else 1
        return gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
