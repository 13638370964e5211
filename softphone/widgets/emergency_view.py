"""The modal emergency view: while an emergency call is up, only this can be used.

It shows an unmistakable alert, the call timer, what the answering point was told (callback
number, location), anything that went wrong around the call, the headset settings and End call;
nothing else (no hold, transfer, record, notes, save or refresh). It is application-modal and
cannot be closed while the call is up; it closes itself when the last emergency call has ended.
"""

from __future__ import annotations

import time

from softphone.core.calls import Call, CallError, CallState
from softphone.core.phone import Phone
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.formatting import duration

ALERT_STYLE = """
#emergencyAlert { background: #c00000; color: white; font-size: 22px; font-weight: bold;
                  padding: 14px; border: 4px solid %s; }
"""


class EmergencyView(QtWidgets.QDialog):
    def __init__(self, phone: Phone, call: Call, device_panel: QtWidgets.QWidget | None,
                 support_warning: str | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyView")
        self.setWindowTitle("Emergency call in progress")
        self.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(QtCore.Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
        self._phone = phone
        self.call = call
        self._flash = False
        self._finished = False

        self.alert = QtWidgets.QLabel()
        self.alert.setObjectName("emergencyAlert")
        self.alert.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.timer_label = QtWidgets.QLabel()
        self.timer_label.setObjectName("emergencyTimer")
        self.timer_label.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.timer_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.support_warning = QtWidgets.QLabel(support_warning or "")
        self.support_warning.setObjectName("emergencySupportWarning")
        self.support_warning.setWordWrap(True)
        self.support_warning.setStyleSheet("background: #fde2c8; border: 2px solid #c75000; "
                                           "padding: 6px; font-weight: bold;")
        self.support_warning.setVisible(bool(support_warning))
        self.state_label = QtWidgets.QLabel()
        self.state_label.setObjectName("emergencyState")
        self.details = QtWidgets.QLabel()
        self.details.setObjectName("emergencyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QtWidgets.QListWidget()
        self.notes.setObjectName("emergencyNotes")
        self.notes.setMaximumHeight(120)
        self.notification = QtWidgets.QLabel()
        self.notification.setObjectName("notificationStatus")
        self.notification.hide()
        self.speech = QtWidgets.QLabel()
        self.speech.setObjectName("farEndSpeech")
        self.speech.setWordWrap(True)
        self.speech.setStyleSheet("font-style: italic;")
        self.end_button = QtWidgets.QPushButton("End call")
        self.end_button.setObjectName("endCall")
        self.end_button.setMinimumHeight(48)
        self.end_button.setStyleSheet("background: #c00000; color: white; font-size: 18px;"
                                      "font-weight: bold;")
        self.end_button.clicked.connect(self._end_call)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.alert)
        layout.addWidget(self.support_warning)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.details)
        layout.addWidget(self.speech)
        layout.addWidget(self.notification)
        layout.addWidget(self.notes)
        if device_panel is not None:
            devices = QtWidgets.QGroupBox("Headset")
            QtWidgets.QVBoxLayout(devices).addWidget(device_panel)
            layout.addWidget(devices)
        layout.addWidget(self.end_button)

        self._ticker = QtCore.QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        phone.call_changed.connect(self._call_changed)
        phone.speech.connect(self._heard)
        phone.emergency.ended.connect(self._all_ended)
        self._show_call()

    def _show_call(self) -> None:
        call = self.call
        self.alert.setText("⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠" if call.psap_callback
                           else "⚠  EMERGENCY CALL IN PROGRESS  ⚠")
        lines = []
        if call.remote:
            lines.append(f"{'From' if call.psap_callback else 'Calling'}: {call.remote}")
        if call.callback_number:
            lines.append(f"Your callback number: {call.callback_number}")
        if call.location is not None:
            lines.append(f"Location sent: {call.location.describe()} (source: {call.location.source})")
        elif not call.psap_callback:
            lines.append("Location sent: none known — tell the dispatcher where you are.")
        self.details.setText("\n".join(lines))
        self.notes.clear()
        self.notes.addItems(call.notes)
        self._tick()

    def _tick(self) -> None:
        call = self.call
        since = call.connected_at or call.started_at
        self.timer_label.setText(duration(time.time() - since))
        self.state_label.setText({
            CallState.DIALING: "Calling…",
            CallState.RINGING: "Ringing at the answering point…",
            CallState.CONNECTED: "Connected",
            CallState.INTERRUPTED: "Interrupted by a restart",
        }.get(call.state, call.state.value))
        self._flash = not self._flash
        self.setStyleSheet(ALERT_STYLE % ("#ffd400" if self._flash else "#c00000"))

    def _call_changed(self, call: Call) -> None:
        if call.call_id != self.call.call_id:
            return
        if call.state.finished:
            others = self._phone.emergency.calls()
            if others:
                self.call = others[0]
        self._show_call()

    def _heard(self, call: Call, text: str) -> None:
        if call.call_id == self.call.call_id:
            self.speech.setText(f"Answering point: “{text}”")

    def set_notification_status(self, text: str) -> None:
        """What the notifier says about the emergency contacts' email, as it says it."""
        self.notification.setText(text)
        self.notification.setVisible(bool(text))

    def _end_call(self) -> None:
        try:
            self._phone.hangup(self.call.call_id)
        except CallError:
            self._all_ended()

    def _all_ended(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._ticker.stop()
        self._phone.call_changed.disconnect(self._call_changed)
        self._phone.speech.disconnect(self._heard)
        self._phone.emergency.ended.disconnect(self._all_ended)
        self.done(QtWidgets.QDialog.DialogCode.Accepted)

    # The agent cannot dismiss the view while the call is up: Esc and the close box do nothing.
    def reject(self) -> None:
        pass

    def closeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt's name
        if self._finished:
            event.accept()
        else:
            event.ignore()
