"""Messages for the agent in the window, whole: the status bar cuts long sentences off.

A problem (a settings file in error, a refused action) is amber; a notice (a headset plugged in
or missing, a drill started) is calm grey-blue: a missing device is not an emergency, calls
still go out. The latest few are kept, each once, and Dismiss clears them.
"""

from __future__ import annotations

from softphone.blocks.text import localized, translate
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.language import Retranslating
from softphone.widgets.whole_text import WholeLabel

KEEP = 3
PROBLEM_STYLE = "#notices { background: #fff4ce; border: 1px solid #c8a400; }"
NOTICE_STYLE = "#notices { background: #eef3f8; border: 1px solid #9fb3c8; }"


class NoticeBar(Retranslating, QtWidgets.QFrame):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self._messages: list[tuple[str, bool]] = []  # (text, is a problem), oldest first
        self._keyed: dict[str, str] = {}  # the message standing for a state, by its name
        self.text = WholeLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QtWidgets.QToolButton()
        self.dismiss.setObjectName("dismissNotices")
        self.dismiss.clicked.connect(self.clear)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.dismiss.setText(translate("NoticeBar", "Dismiss"))
        self.dismiss.setAccessibleName(translate("NoticeBar", "Dismiss the messages"))
        self.text.setAccessibleName(translate("NoticeBar", "Messages"))
        self._show()

    def add(self, message: str, problem: bool) -> None:
        self._messages = [(text, kind) for text, kind in self._messages if text != message]
        self._messages.append((message, problem))
        del self._messages[:-KEEP]
        self._show()

    def set_state(self, key: str, message: str | None, problem: bool) -> None:
        """A message that stands for a state (the contacts' email pending): a new one replaces
        it, ``None`` (the state is fine again) removes it."""
        old = self._keyed.pop(key, None)
        self._messages = [(text, kind) for text, kind in self._messages if text != old]
        if message:
            self._keyed[key] = message
            self.add(message, problem)
        else:
            self._show()

    def messages(self) -> list[str]:
        return [text for text, _ in self._messages]

    def clear(self) -> None:
        self._messages = []
        self._keyed = {}
        self._show()

    def _show(self) -> None:
        self.text.setText("\n".join(localized(text) for text, _ in self._messages))
        self.setStyleSheet(PROBLEM_STYLE if any(kind for _, kind in self._messages)
                           else NOTICE_STYLE)
        self.setVisible(bool(self._messages))
