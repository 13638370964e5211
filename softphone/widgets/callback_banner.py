"""Callback mode: after an emergency call, the leased number and its countdown stay in view."""

from __future__ import annotations

import time

from softphone.blocks.text import translate
from softphone.core.leases import CallbackLeases, Lease
from softphone.qt import QtCore, QtGui, QtWidgets
from softphone.widgets.formatting import duration, phone_number
from softphone.widgets.language import Retranslating
from softphone.widgets.whole_text import WholeLabel


class CallbackBanner(Retranslating, QtWidgets.QFrame):
    """Visible while a lease runs. ``tick()`` (once a second) updates the countdown and lets an
    expired lease end."""

    def __init__(self, leases: CallbackLeases, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackMode")
        self._leases = leases
        self.confirmation: QtWidgets.QMessageBox | None = None
        self.setStyleSheet("#callbackMode { background: #fff4ce; border: 2px solid #c77700; }")
        self.title = WholeLabel()
        self.title.setObjectName("callbackTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.countdown = QtWidgets.QLabel()
        self.countdown.setObjectName("callbackCountdown")
        self.end_button = QtWidgets.QPushButton()
        self.end_button.setObjectName("endCallbackMode")
        self.end_button.clicked.connect(self._end_early)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.end_button)
        leases.changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        # The mnemonic (Alt and the underlined letter) reaches it from the keyboard.
        self.end_button.setText(translate("CallbackBanner", "&End callback mode…"))
        self.end_button.setAccessibleDescription(translate(
            "CallbackBanner", "Asks first; afterwards a call from the answering point is an "
                              "ordinary call."))
        self.setAccessibleName(translate("CallbackBanner", "Callback mode"))
        self._show(self._leases.current())

    def tick(self) -> None:
        self._show(self._leases.current())

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._show(self._leases.current())

    def _show(self, lease: Lease | None) -> None:
        """Visible while a lease runs; its words are written when they can be seen (a window
        built hidden at start formats no number before it is shown: ``showEvent``)."""
        if lease is None:
            self.hide()
            return
        if self.parentWidget() is not None:  # not before: without one it would be a window
            self.show()
        if not self.isVisible():
            return
        self.title.setText(translate(
            "CallbackBanner", "Callback mode: the answering point can call you back on {number}")
            .format(number=phone_number(lease.number)))
        remaining = duration(lease.remaining(time.time()))
        paused = lease.paused_at is not None
        self.countdown.setText(
            translate("CallbackBanner", "{time} (paused during the emergency call)")
            .format(time=remaining) if paused
            else translate("CallbackBanner", "{time} left").format(time=remaining))
        self.end_button.setEnabled(not paused)

    def _end_early(self) -> None:
        """Ask first (without blocking the event loop: a PSAP callback may ring meanwhile)."""
        buttons = QtWidgets.QMessageBox.StandardButton
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            translate("CallbackBanner", "End callback mode"),
            translate("CallbackBanner",
                      "End callback mode now? Until the countdown ends, a call from the "
                      "answering point on this number rings through Do not disturb and busy "
                      "lines. After you end it, it is an ordinary call."),
            buttons.Yes | buttons.No, self)
        box.setObjectName("confirmEndCallbackMode")
        box.setDefaultButton(buttons.No)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._leases.end_early)
        self.confirmation = box
        box.open()
