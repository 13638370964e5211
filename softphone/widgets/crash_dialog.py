"""Tells the agent about an unexpected error without stopping anything.

One non-modal message box at a time: a repeating error updates its count instead of piling up
windows over the phone. It never blocks the event loop, so calls keep ringing behind it.
"""

from __future__ import annotations

from pathlib import Path

from softphone.qt import QtCore, QtWidgets


class CrashDialogs:
    def __init__(self, logs_dir: Path) -> None:
        self._logs_dir = logs_dir
        self.box: QtWidgets.QMessageBox | None = None
        self._count = 0

    def show(self, summary: str) -> QtWidgets.QMessageBox:
        if self.box is None:
            self._count = 0
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning,
                                        "Softphone: unexpected error", "")
            box.setObjectName("crashDialog")
            box.setModal(False)  # QMessageBox is modal by default: it must not block a call
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._closed)
            self.box = box
        self._count += 1
        repeated = f"\n\nThis happened {self._count} times." if self._count > 1 else ""
        self.box.setText(
            "Something went wrong inside the softphone. It keeps running, and emergency calls "
            f"still work.\n\n{summary}{repeated}\n\nThe details are in the log in "
            f"{self._logs_dir}; if this happens again, send that folder to IT.")
        self.box.show()
        self.box.raise_()
        return self.box

    def _closed(self) -> None:
        self.box = None
