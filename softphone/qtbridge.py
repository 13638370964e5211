"""Where plain-Python parts meet Qt's event loop: the GUI thread's ``post``, and timers.

How subsystems use ``post`` is one rule, written once in ``blocks.post``.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone.qt import QtCore, Signal


class GuiThread(QtCore.QObject):
    """``post(function)`` from any thread runs ``function`` on the thread that created this,
    through a queued signal: the ``post`` the composition root gives every subsystem."""

    _posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._posted.connect(self._run, QtCore.Qt.ConnectionType.QueuedConnection)

    def post(self, function: Callable[[], None]) -> None:
        self._posted.emit(function)

    @staticmethod
    def _run(function: Callable[[], None]) -> None:
        function()


class QtScheduler:
    """The core's ``Scheduler`` on Qt timers (GUI thread)."""

    def __init__(self, parent: QtCore.QObject) -> None:
        self._parent = parent

    def call_later(self, seconds: float, function: Callable[[], None]) -> Callable[[], None]:
        timer = QtCore.QTimer(self._parent)
        timer.setSingleShot(True)
        timer.setInterval(max(0, int(seconds * 1000)))
        pending = [True]

        def fire() -> None:
            pending[0] = False
            timer.deleteLater()
            function()

        def cancel() -> None:
            if pending[0]:
                pending[0] = False
                timer.stop()
                timer.deleteLater()

        timer.timeout.connect(fire)
        timer.start()
        return cancel
