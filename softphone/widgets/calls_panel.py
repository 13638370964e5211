"""The agent's current calls, each with the actions that make sense for it."""

from __future__ import annotations

import time
from collections.abc import Callable

from softphone.blocks.text import translate
from softphone.core.calls import Call, CallError, CallKind, CallState, Direction
from softphone.core.carrier import CarrierError, Refusal
from softphone.core.dialplan import DialPlanError
from softphone.core.phone import Phone
from softphone.qt import QtWidgets, Signal
from softphone.widgets.formatting import duration, phone_number
from softphone.widgets.language import Retranslating


def state_label(state: CallState) -> str:
    """A call's state in the agent's language."""
    return {
        CallState.DIALING: translate("CallsPanel", "dialing"),
        CallState.RINGING: translate("CallsPanel", "ringing"),
        CallState.QUEUED: translate("CallsPanel", "queued"),
        CallState.CONNECTED: translate("CallsPanel", "connected"),
        CallState.ON_HOLD: translate("CallsPanel", "on hold"),
        CallState.ENDED: translate("CallsPanel", "ended"),
        CallState.FAILED: translate("CallsPanel", "failed"),
        CallState.INTERRUPTED: translate("CallsPanel", "interrupted"),
    }[state]


class CallRow(Retranslating, QtWidgets.QFrame):
    def __init__(self, call: Call, panel: CallsPanel) -> None:
        super().__init__()
        self.call = call
        self._panel = panel
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setObjectName(f"call_{call.call_id}")
        self.label = QtWidgets.QLabel()
        self.speech = QtWidgets.QLabel()
        self.speech.setObjectName("farEndSpeech")
        self.speech.setWordWrap(True)
        self.speech.setStyleSheet("font-style: italic;")
        self.speech.hide()
        self.answer_button = self._button("answer", panel.answer)
        self.decline_button = self._button("decline", panel.decline)
        self.hold_button = self._button("hold", panel.toggle_hold)
        self.transfer_button = self._button("transfer", panel.transfer)
        self.hangup_button = self._button("hangup", panel.hangup)
        text = QtWidgets.QVBoxLayout()
        text.addWidget(self.label)
        text.addWidget(self.speech)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(text, 1)
        for button in (self.answer_button, self.decline_button, self.hold_button,
                       self.transfer_button, self.hangup_button):
            layout.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        self.answer_button.setText(translate("CallsPanel", "Answer"))
        self.decline_button.setText(translate("CallsPanel", "Decline"))
        self.transfer_button.setText(translate("CallsPanel", "Transfer…"))
        self.hangup_button.setText(translate("CallsPanel", "Hang up"))
        self.speech.setAccessibleName(translate("CallsPanel", "The other side said"))
        self.refresh()

    def heard(self, text: str) -> None:
        self.speech.setText(f"“{text}”")
        self.speech.show()

    def _button(self, name: str, action: Callable[[Call], None]) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: action(self.call))
        return button

    def refresh(self) -> None:
        call = self.call
        arrow = "↘" if call.direction is Direction.INBOUND else "↗"
        since = call.connected_at or call.started_at
        title = (translate("CallsPanel", "Emergency callback") if call.psap_callback
                 else phone_number(call.remote) if call.remote
                 else translate("CallsPanel", "Emergency call"))
        if call.kind is CallKind.TEST:
            title = translate("CallsPanel", "TEST CALL (address test line) {title}").format(
                title=title)
        self.label.setText(f"{arrow} {title} — {state_label(call.state)} "
                           f"{duration(time.time() - since)}")
        self.setAccessibleName(self.label.text().lstrip("↘↗ "))
        ringing_in = call.direction is Direction.INBOUND and call.state is CallState.RINGING
        normal = not call.is_emergency
        self.answer_button.setVisible(ringing_in)
        self.decline_button.setVisible(ringing_in and normal)
        self.hold_button.setVisible(normal and call.state in (CallState.CONNECTED, CallState.ON_HOLD))
        self.hold_button.setText(translate("CallsPanel", "Resume")
                                 if call.state is CallState.ON_HOLD
                                 else translate("CallsPanel", "Hold"))
        self.transfer_button.setVisible(normal and call.state is CallState.CONNECTED)
        self.hangup_button.setVisible(not ringing_in or not normal)


class CallsPanel(Retranslating, QtWidgets.QGroupBox):
    """Emits ``refused(message)`` when the core refused an action."""

    refused = Signal(str)

    def __init__(self, phone: Phone, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calls")
        self._phone = phone
        self._rows: dict[str, CallRow] = {}
        self._layout = QtWidgets.QVBoxLayout(self)
        self._empty = QtWidgets.QLabel()
        self._layout.addWidget(self._empty)
        self.retranslate()
        phone.call_changed.connect(self._changed)
        phone.speech.connect(self._heard)

    def retranslate(self) -> None:
        self.setTitle(translate("CallsPanel", "Calls"))
        self._empty.setText(translate("CallsPanel", "No calls"))

    def row(self, call_id: str) -> CallRow:
        return self._rows[call_id]

    def _heard(self, call: Call, text: str) -> None:
        row = self._rows.get(call.call_id)
        if row is not None:
            row.heard(text)

    def tick(self) -> None:
        for row in self._rows.values():
            row.refresh()

    def _changed(self, call: Call) -> None:
        row = self._rows.get(call.call_id)
        if call.state.finished:
            if row is not None:
                self._layout.removeWidget(row)
                row.hide()  # gone from view now, deleted when the event loop gets to it
                row.deleteLater()
                del self._rows[call.call_id]
        elif row is None:
            row = CallRow(call, self)
            self._rows[call.call_id] = row
            self._layout.addWidget(row)
        else:
            row.refresh()
        self._empty.setVisible(not self._rows)

    def _attempt(self, action: Callable[[], object]) -> None:
        try:
            action()
        except (CallError, CarrierError, DialPlanError) as error:
            self.refused.emit(str(error))

    def answer(self, call: Call) -> None:
        self._attempt(lambda: self._phone.answer(call.call_id))

    def decline(self, call: Call) -> None:
        self._attempt(lambda: self._phone.decline(call.call_id, Refusal.DECLINED))

    def hangup(self, call: Call) -> None:
        self._attempt(lambda: self._phone.hangup(call.call_id))

    def toggle_hold(self, call: Call) -> None:
        self._attempt(lambda: self._phone.hold(call.call_id, call.state is not CallState.ON_HOLD))

    def transfer(self, call: Call) -> None:
        target, ok = QtWidgets.QInputDialog.getText(
            self, translate("CallsPanel", "Transfer"),
            translate("CallsPanel", "Transfer the call to:"))
        if ok and target.strip():
            self._attempt(lambda: self._phone.transfer(call.call_id, target))
