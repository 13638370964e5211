"""The ringing prompt. A PSAP callback rings above everything, in emergency colours, and can only
be answered; an ordinary call can be answered or declined."""

from __future__ import annotations

from softphone.blocks.text import translate
from softphone.core.calls import Call, CallError, CallState
from softphone.core.carrier import CarrierError
from softphone.core.phone import Phone
from softphone.qt import QtCore, QtGui, QtWidgets, Signal
from softphone.widgets.accessibility import ANSWER, DECLINE, announce, with_shortcut
from softphone.widgets.formatting import phone_number
from softphone.widgets.language import Retranslating


class IncomingCallPrompt(Retranslating, QtWidgets.QDialog):
    """Answer has the focus (Enter answers) and its shortcut; a PSAP callback is announced to
    assistive technology as an alert when it appears. Signals: ``refused(message)``."""

    refused = Signal(str)

    def __init__(self, phone: Phone, call: Call, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingPrompt")
        self._phone = phone
        self.call = call
        self.title = title = QtWidgets.QLabel()
        title.setObjectName("incomingTitle")
        title.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.answer_button = QtWidgets.QPushButton()
        self.answer_button.setObjectName("answer")
        self.answer_button.setMinimumHeight(40)
        self.answer_button.setDefault(True)
        self.answer_button.clicked.connect(self._answer)
        self.decline_button = QtWidgets.QPushButton()
        self.decline_button.setObjectName("decline")
        self.decline_button.clicked.connect(self._decline)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.decline_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        if call.psap_callback:
            self.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
            self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
            title.setStyleSheet("background: #c00000; color: white; font-size: 20px;"
                                "font-weight: bold; padding: 12px;")
            self.answer_button.setStyleSheet("background: #1b7f3b; color: white; font-size: 16px;")
            self.decline_button.hide()
        phone.call_changed.connect(self._changed)
        self.retranslate()
        self.answer_button.setFocus()
        self.adjustSize()  # tall enough for the wrapped title, in any language and text size

    def retranslate(self) -> None:
        if self.call.psap_callback:
            self.setWindowTitle(translate("IncomingCallPrompt", "Emergency callback"))
            self.title.setText(translate("IncomingCallPrompt",
                                         "⚠  EMERGENCY CALLBACK  ⚠\n"
                                         "The answering point is calling you back."))
        else:
            self.setWindowTitle(translate("IncomingCallPrompt", "Incoming call"))
            self.title.setText(translate("IncomingCallPrompt", "Incoming call from {number}")
                               .format(number=phone_number(self.call.remote)))
        self.title.setAccessibleName(self.title.text().replace("⚠", "").strip())
        self.answer_button.setText(translate("IncomingCallPrompt", "Answer"))
        with_shortcut(self.answer_button, ANSWER, translate("IncomingCallPrompt",
                                                            "Answer the call"))
        self.decline_button.setText(translate("IncomingCallPrompt", "Decline"))
        with_shortcut(self.decline_button, DECLINE, translate("IncomingCallPrompt",
                                                              "Decline the call"))

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.call.psap_callback:
            announce(self.title, self.title.accessibleName())

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
