"""The dialer: a number field (type, paste a number or a tel: link, Enter to call) and a keypad."""

from __future__ import annotations

from softphone.blocks.text import localized, translate
from softphone.qt import QtCore, QtGui, QtWidgets, Signal
from softphone.widgets.accessibility import CALL, with_shortcut
from softphone.widgets.language import Retranslating
from softphone.widgets.whole_text import wrapped

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")


class DialPad(Retranslating, QtWidgets.QWidget):
    """Emits ``dial_requested(text)`` with the text as typed; the core decides what it is.
    Enter in the number field or the Call shortcut dials; the keypad keys take no focus, so
    Tab goes from the number straight to Call."""

    dial_requested = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QtWidgets.QLineEdit()
        self.number.setObjectName("number")
        self.number.setClearButtonEnabled(True)
        self.number.setFont(QtGui.QFont(self.number.font().family(), 16))
        self.number.returnPressed.connect(self._dial)
        self.message = wrapped("dialMessage", "color: #b00020;")
        self.message.hide()
        self.number.textEdited.connect(lambda _text: self.message.hide())

        keypad = QtWidgets.QGridLayout()
        self.keys: dict[str, QtWidgets.QPushButton] = {}
        self._error = ""
        for index, key in enumerate(KEYS):
            button = QtWidgets.QPushButton(key)
            button.setObjectName(f"key_{key}")
            button.setMinimumHeight(36)
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, k=key: self.number.insert(k))
            keypad.addWidget(button, index // 3, index % 3)
            self.keys[key] = button

        self.call_button = QtWidgets.QPushButton()
        self.call_button.setObjectName("callButton")
        self.call_button.setMinimumHeight(40)
        self.call_button.setStyleSheet("background: #1b7f3b; color: white; font-weight: bold;")
        self.call_button.clicked.connect(self._dial)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.message)
        layout.addLayout(keypad)
        layout.addWidget(self.call_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.number.setPlaceholderText(translate("DialPad", "Number, or paste a tel: link"))
        self.number.setAccessibleName(translate("DialPad", "Number to call"))
        self.number.setAccessibleDescription(translate(
            "DialPad", "Type or paste a number, then press Enter to call."))
        # Wide enough to read the whole hint: an agent who does not know what to type here
        # must not have to guess the end of it.
        hint = self.number.fontMetrics().horizontalAdvance(self.number.placeholderText())
        self.number.setMinimumWidth(hint + 48)
        for key, button in self.keys.items():
            button.setAccessibleName(translate("DialPad", "Key {key}").format(key=key))
        self.call_button.setText(translate("DialPad", "Call"))
        with_shortcut(self.call_button, CALL, translate("DialPad", "Call the number typed"))
        self.message.setText(localized(self._error))

    def _dial(self) -> None:
        text = self.number.text()
        if text.strip():
            self.dial_requested.emit(text)

    def show_error(self, message: str) -> None:
        """The number was refused: say why, and keep what was typed so it can be corrected."""
        self._error = message
        self.message.setText(message)
        self.message.show()
        self.message.setAccessibleName(message)

    def clear(self) -> None:
        self.number.clear()
        self.message.hide()
