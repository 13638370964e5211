"""The ringing prompt. A PSAP callback rings above everything, in emergency colours, and can only
be answered; an ordinary call can be answered or declined."""

from __future__ import annotations

from softphone.core.calls import Call, CallError, CallState
from softphone.core.carrier import CarrierError
from softphone.core.phone import Phone
from softphone.qt import QtCore, QtWidgets, Signal


class IncomingCallPrompt(QtWidgets.QDialog):
    refused = Signal(str)

    def __init__(self, phone: Phone, call: Call, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingPrompt")
        self._phone = phone
        self.call = call
        title = QtWidgets.QLabel()
        title.setObjectName("incomingTitle")
        title.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.answer_button = QtWidgets.QPushButton("Answer")
        self.answer_button.setObjectName("answer")
        self.answer_button.setMinimumHeight(40)
        self.answer_button.clicked.connect(self._answer)
        self.decline_button = QtWidgets.QPushButton("Decline")
        self.decline_button.setObjectName("decline")
        self.decline_button.clicked.connect(self._decline)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.decline_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        if call.psap_callback:
            self.setWindowTitle("Emergency callback")
            self.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
            self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
            title.setText("⚠  EMERGENCY CALLBACK  ⚠\nThe answering point is calling you back.")
            title.setStyleSheet("background: #c00000; color: white; font-size: 20px;"
                                "font-weight: bold; padding: 12px;")
            self.answer_button.setStyleSheet("background: #1b7f3b; color: white; font-size: 16px;")
            self.decline_button.hide()
        else:
            self.setWindowTitle("Incoming call")
            title.setText(f"Incoming call from {call.remote}")
        phone.call_changed.connect(self._changed)

    def _answer(self) -> None:
        try:
            self._phone.answer(self.call.call_id)
        except (CallError, CarrierError) as error:
            self.refused.emit(str(error))
        self._close()

    def _decline(self) -> None:
        try:
            self._phone.decline(self.call.call_id)
        except (CallError, CarrierError) as error:
            self.refused.emit(str(error))
        self._close()

    def _changed(self, call: Call) -> None:
        if call.call_id == self.call.call_id and call.state is not CallState.RINGING:
            self._close()

    def _close(self) -> None:
        if self.isVisible():
            self._phone.call_changed.disconnect(self._changed)
            self.done(QtWidgets.QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        if not self.call.psap_callback:
            self._decline()
