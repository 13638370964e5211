"""The Qt binding itself must hold up for a day-long session of signals."""

import sys

from softphone.qt import QtCore, Signal


class Emitter(QtCore.QObject):
    happened = Signal(object)


def test_emitting_signals_does_not_drop_references_to_true(qapp) -> None:
    # PySide6 6.12.0 returned True from emit() without a reference; after a few thousand
    # emits the interpreter freed True and aborted.
    emitter = Emitter()
    emitter.happened.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.happened.emit(1)
    assert sys.getrefcount(True) >= before - 5
