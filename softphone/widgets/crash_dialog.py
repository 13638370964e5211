"""Tells the agent about an unexpected error without stopping anything.

One non-modal message box at a time: a repeating error updates its count instead of piling up
windows over the phone. It never blocks the event loop, so calls keep ringing behind it.
"""

from __future__ import annotations

from pathlib import Path

from softphone.blocks.text import translate
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
                                        translate("CrashDialog", "Softphone: unexpected error"), "")
            box.setObjectName("crashDialog")
            box.setModal(False)  # QMessageBox is modal by default: it must not block a call
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._closed)
            self.box = box
        self._count += 1
        repeated = ("\n\n" + translate("CrashDialog", "This happened %n time(s).", None, 1).plural(
            self._count)) if self._count > 1 else ""
        self.box.setText(translate(
            "CrashDialog", "Something went wrong inside the softphone. It keeps running, and emergency "
                 "calls still work.\n\n{summary}{repeated}\n\nThe details are in the log in "
                 "{folder}; if this happens again, send that folder to IT.").format(
            summary=summary, repeated=repeated, folder=self._logs_dir))
        self.box.show()
        self.box.raise_()
        return self.box

    def _closed(self) -> None:
        self.box = None
