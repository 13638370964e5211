"""Callback mode: after an emergency call, the leased number and its countdown stay in view."""

from __future__ import annotations

import time

from softphone.core.leases import CallbackLeases, Lease
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.formatting import duration


class CallbackBanner(QtWidgets.QFrame):
    """Visible while a lease runs. ``tick()`` (once a second) updates the countdown and lets an
    expired lease end."""

    def __init__(self, leases: CallbackLeases, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackMode")
        self._leases = leases
        self.confirmation: QtWidgets.QMessageBox | None = None
        self.setStyleSheet("#callbackMode { background: #fff4ce; border: 2px solid #c77700; }")
        self.title = QtWidgets.QLabel()
        self.title.setObjectName("callbackTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.countdown = QtWidgets.QLabel()
        self.countdown.setObjectName("callbackCountdown")
        self.end_button = QtWidgets.QPushButton("End callback mode…")
        self.end_button.setObjectName("endCallbackMode")
        self.end_button.clicked.connect(self._end_early)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.end_button)
        leases.changed.connect(self._show)
        self._show(leases.current())

    def tick(self) -> None:
        self._show(self._leases.current())

    def _show(self, lease: Lease | None) -> None:
        self.setVisible(lease is not None)
        if lease is None:
            return
        self.title.setText(f"Callback mode: the answering point can call you back on {lease.number}")
        remaining = duration(lease.remaining(time.time()))
        paused = lease.paused_at is not None
        self.countdown.setText(f"{remaining} (paused during the emergency call)" if paused
                               else f"{remaining} left")
        self.end_button.setEnabled(not paused)

    def _end_early(self) -> None:
        """Ask first (without blocking the event loop: a PSAP callback may ring meanwhile)."""
        buttons = QtWidgets.QMessageBox.StandardButton
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question, "End callback mode",
            "End callback mode now? Until the countdown ends, a call from the answering point "
            "on this number rings through Do not disturb and busy lines. After you end it, it "
            "is an ordinary call.", buttons.Yes | buttons.No, self)
        box.setObjectName("confirmEndCallbackMode")
        box.setDefaultButton(buttons.No)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._leases.end_early)
        self.confirmation = box
        box.open()
