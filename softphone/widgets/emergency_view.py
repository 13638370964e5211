"""The modal emergency view: while an emergency call is up, only this can be used.

It shows, in the order the agent needs them: an unmistakable alert and the call timer; what the
answering point was told (the callback number, then the location); the answering point's words
and whether the emergency contacts were notified; anything that went wrong around the call; the
headset settings; and End call. Nothing else (no hold, transfer, record, notes, save or refresh),
and no empty box: a part with nothing to say is hidden. Everything below the timer scrolls if the
screen is small, so nothing is ever cut off, and End call always stays in view.

It is application-modal and cannot be closed while the call is up; it closes itself when the
last emergency call has ended.
"""

from __future__ import annotations

import time

from softphone.blocks.text import joined, localized, translate
from softphone.core.calls import Call, CallError, CallState
from softphone.core.phone import Phone
from softphone.qt import QtCore, QtGui, QtWidgets
from softphone.widgets.accessibility import END_CALL, announce, with_shortcut
from softphone.widgets.formatting import duration, phone_number
from softphone.widgets.language import Retranslating
from softphone.widgets.wheel_guard import guard_wheel
from softphone.widgets.whole_text import wrapped

ALERT_STYLE = ("background: #c00000; color: white; font-size: 22px; font-weight: bold; "
               "padding: 14px; border: 4px solid %s;")
WARNING_STYLE = ("background: #fde2c8; border: 2px solid #c75000; padding: 6px; "
                 "font-weight: bold;")
WIDEST = 900  # px; narrower on a small screen
SLACK = 4  # px: Qt rounds text heights


def state_text(state: CallState) -> str:
    """How the emergency view names the call's state, in the agent's language."""
    return {
        CallState.DIALING: translate("EmergencyView", "Calling…"),
        CallState.RINGING: translate("EmergencyView", "Ringing at the answering point…"),
        CallState.CONNECTED: translate("EmergencyView", "Connected"),
        CallState.INTERRUPTED: translate("EmergencyView", "Interrupted by a restart"),
        CallState.ENDED: translate("EmergencyView", "Ended"),
        CallState.FAILED: translate("EmergencyView", "Failed"),
    }.get(state, state.value)


def source_text(source: str) -> str:
    """Where a location came from, in words (``Location.source``)."""
    return {"os": translate("EmergencyView", "this computer's location service"),
            "ip": translate("EmergencyView", "the network address"),
            "civic": translate("EmergencyView", "the address you confirmed")}.get(source, source)


class EmergencyView(Retranslating, QtWidgets.QDialog):
    """The view says its words again when the language changes (a call in progress too), and
    announces its alert to assistive technology when it opens."""

    def __init__(self, phone: Phone, call: Call, device_panel: QtWidgets.QWidget | None,
                 support_warning: str | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyView")
        self.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(QtCore.Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
        self._phone = phone
        self.call = call
        self._flash = False
        self._finished = False
        self._problems: list[str] = []
        self._heard_text = ""
        self._notification_text = ""

        self.alert = QtWidgets.QLabel()
        self.alert.setObjectName("emergencyAlert")
        self.alert.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.alert.setWordWrap(True)
        self.timer_label = QtWidgets.QLabel()
        self.timer_label.setObjectName("emergencyTimer")
        self.timer_label.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.state_label = QtWidgets.QLabel()
        self.state_label.setObjectName("emergencyState")
        self.state_label.setStyleSheet("font-size: 16px;")
        self.timer_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.state_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        clock = QtWidgets.QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.timer_label)
        clock.addWidget(self.state_label)
        header = QtWidgets.QHBoxLayout()
        header.addWidget(self.alert, 1)
        header.addLayout(clock)

        self.support_warning = wrapped("emergencySupportWarning", WARNING_STYLE)
        self._support_warning = support_warning or ""
        self.support_warning.setVisible(bool(support_warning))
        self.told = QtWidgets.QGroupBox()
        self.told.setObjectName("emergencyTold")
        self.details = wrapped("emergencyDetails", "font-size: 15px;")
        QtWidgets.QVBoxLayout(self.told).addWidget(self.details)
        self.speech = wrapped("farEndSpeech", "font-style: italic;")
        self.speech.setVisible(False)
        self.notification = wrapped("notificationStatus", "font-weight: bold;")
        self.notification.setVisible(False)
        self.notes = QtWidgets.QListWidget()
        self.notes.setObjectName("emergencyNotes")
        self.notes.setWordWrap(True)
        self.notes.setSizeAdjustPolicy(
            QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.notes.setMaximumHeight(120)
        self.notes.setVisible(False)

        self.body = QtWidgets.QWidget()
        self.body.setObjectName("emergencyBody")
        body = QtWidgets.QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for part in (self.support_warning, self.told, self.speech, self.notification,
                     self.notes):
            body.addWidget(part)
        self.headset: QtWidgets.QGroupBox | None = None
        if device_panel is not None:
            self.headset = QtWidgets.QGroupBox()
            self.headset.setObjectName("emergencyHeadset")
            QtWidgets.QVBoxLayout(self.headset).addWidget(device_panel)
            inner = device_panel.layout()
            if inner is not None:  # the group's frame is margin enough
                inner.setContentsMargins(0, 0, 0, 0)
            body.addWidget(self.headset)
        body.addStretch(1)
        self.body_area = QtWidgets.QScrollArea()
        self.body_area.setObjectName("emergencyScroll")
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.body_area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_area.setWidget(self.body)

        self.end_button = QtWidgets.QPushButton()
        self.end_button.setObjectName("endCall")
        self.end_button.setAutoDefault(True)
        self.end_button.setDefault(True)
        self.end_button.setMinimumHeight(48)
        self.end_button.setStyleSheet("background: #c00000; color: white; font-size: 18px;"
                                      "font-weight: bold;")
        self.end_button.clicked.connect(self._end_call)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.end_button)
        guard_wheel(self)  # a wheel turn over the headset pickers must not switch the device

        self._ticker = QtCore.QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        phone.call_changed.connect(self._call_changed)
        phone.speech.connect(self._heard)
        phone.emergency.ended.connect(self._all_ended)
        self.retranslate()
        self.end_button.setFocus()  # the keyboard's first stop: Enter or Space ends the call
        screen = self.screen()
        width = min(WIDEST, screen.availableGeometry().width() - 40) if screen else WIDEST
        self.resize(self.fitting_size(width))
        self._grow_timer = QtCore.QTimer(self)  # once the new layout is in place
        self._grow_timer.setSingleShot(True)
        self._grow_timer.setInterval(0)
        self._grow_timer.timeout.connect(self._grow)
        self.body.installEventFilter(self)

    def fitting_size(self, width: int) -> QtCore.QSize:
        """``width`` wide and tall enough that nothing scrolls, within the screen."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        header = max(self.alert.heightForWidth(inner - self.state_label.sizeHint().width()),
                     self.timer_label.sizeHint().height() + self.state_label.sizeHint().height())
        fixed = (header + self.end_button.sizeHint().height() + 2 * layout.spacing()
                 + margins.top() + margins.bottom())
        height = fixed + self._body_height(inner)
        return QtCore.QSize(width, min(height, self._screen_height()))

    def _body_height(self, width: int) -> int:
        """The body's height at ``width`` even with a scroll bar beside it: sized so, the body
        fits whichever way the scroll area decides, and no scroll bar flickers on."""
        bar = self.body_area.verticalScrollBar().sizeHint().width()
        return self.body.heightForWidth(width - bar) + SLACK

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """When the body grows (the answering point spoke, a problem came up), grow the window
        with it while the screen has room, rather than hide part of it below the fold."""
        if watched is self.body and event.type() is QtCore.QEvent.Type.LayoutRequest:
            self._grow_timer.start()
        return False

    def _grow(self) -> None:
        viewport, bar = self.body_area.viewport(), self.body_area.verticalScrollBar()
        width = viewport.width() + (bar.width() if bar.isVisible() else 0)
        needed = self.height() - viewport.height() + self._body_height(width)
        if needed > self.height():
            self.resize(self.width(), min(needed, self._screen_height()))

    def _screen_height(self) -> int:
        screen = self.screen()
        return screen.availableGeometry().height() - 40 if screen is not None else 10_000

    def retranslate(self) -> None:
        self.setWindowTitle(translate("EmergencyView", "Emergency call in progress"))
        self.timer_label.setAccessibleName(translate("EmergencyView", "Call time"))
        self.state_label.setAccessibleName(translate("EmergencyView", "Call state"))
        self.support_warning.setText(localized(self._support_warning))
        self.told.setTitle(translate("EmergencyView", "The answering point was told"))
        self.details.setAccessibleName(translate("EmergencyView", "The answering point was told"))
        self.notes.setAccessibleName(translate("EmergencyView", "What went wrong around the call"))
        self.speech.setAccessibleName(translate("EmergencyView", "The answering point said"))
        self.notification.setAccessibleName(translate("EmergencyView", "Emergency contacts"))
        if self.headset is not None:
            self.headset.setTitle(translate("EmergencyView", "Headset"))
        self.end_button.setText(translate("EmergencyView", "End call"))
        with_shortcut(self.end_button, END_CALL,
                      translate("EmergencyView", "End the emergency call"))
        self._show_call()
        if self._heard_text:
            self._show_speech()
        self.notification.setText(localized(self._notification_text))

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        announce(self.alert, joined([self.alert.text(), self.details.text()]))

    def _show_call(self) -> None:
        call = self.call
        self.alert.setText(translate("EmergencyView", "⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠")
                           if call.psap_callback
                           else translate("EmergencyView", "⚠  EMERGENCY CALL IN PROGRESS  ⚠"))
        self.alert.setAccessibleName(self.alert.text().strip("⚠ "))
        lines = []
        if call.callback_number:
            lines.append(translate("EmergencyView", "Your callback number: {number}").format(
                number=phone_number(call.callback_number)))
        if call.location is not None:
            lines.append(translate("EmergencyView", "Location sent: {place} (source: {source})")
                         .format(place=call.location.describe(),
                                 source=source_text(call.location.source)))
        elif not call.psap_callback:
            lines.append(translate("EmergencyView",
                                   "Location sent: none known — tell the dispatcher where you "
                                   "are."))
        if call.remote:
            lines.append((translate("EmergencyView", "From: {number}") if call.psap_callback
                          else translate("EmergencyView", "Calling: {number}"))
                         .format(number=phone_number(call.remote)))
        self.details.setText("\n".join(lines))
        self._show_notes()
        self._tick()

    def add_note(self, text: str) -> None:
        """Something that went wrong around the call, from elsewhere in the softphone (a
        problem the window was told of); kept with the call's own notes."""
        self._problems.append(text)
        self._show_notes()

    def _show_notes(self) -> None:
        notes = [localized(note) for note in (*self.call.notes, *self._problems)]
        if notes != [self.notes.item(row).text() for row in range(self.notes.count())]:
            self.notes.clear()
            self.notes.addItems(notes)
        self.notes.setVisible(bool(notes))

    def _tick(self) -> None:
        call = self.call
        since = call.connected_at or call.started_at
        self.timer_label.setText(duration(time.time() - since))
        self.state_label.setText(state_text(call.state))
        self._flash = not self._flash
        self.alert.setStyleSheet(ALERT_STYLE % ("#ffd400" if self._flash else "#c00000"))

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
            self._heard_text = text
            self._show_speech()

    def _show_speech(self) -> None:
        self.speech.setText(translate("EmergencyView", "Answering point: “{words}”").format(
            words=localized(self._heard_text)))
        self.speech.setVisible(True)

    def set_notification_status(self, text: str) -> None:
        """What the notifier says about the emergency contacts' email, as it says it."""
        self._notification_text = text
        self.notification.setText(localized(text))
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
