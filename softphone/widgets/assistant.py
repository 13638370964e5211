"""The set-up assistant: the agent's first day, and the same pages later from the readiness panel.

Pages in a side list (``assistant_pages``): Welcome; Where you are; Headset; What your admin
still has to set; Test call. A page is built the first time it is shown, so opening the
assistant at start costs the welcome page only.

It never stands between the agent and a dial. It is not modal; opened on first run it does not
take the keyboard from the main window's number field; and it carries a number field of its own
that dials through the window's one dial path, so an emergency number typed here goes out at
once, as from anywhere else. One assistant lives as long as the window: closing hides it.

Signals: ``finished(int)`` (QDialog's) when the agent closes it (the first run is then over).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from softphone.blocks.readiness import Readiness
from softphone.blocks.text import localized, translate
from softphone.core.calls import Call
from softphone.core.phone import Phone
from softphone.core.state import StateStore
from softphone.core.storage import StorageError
from softphone.location.service import LocationService
from softphone.qt import QtCore, QtWidgets, Signal
from softphone.settings.store import Settings
from softphone.widgets.language import Saying

Dial = Callable[[str, Callable[[str], None]], Call | None]

PAGES = ("welcome", "address", "headset", "admin", "test_call")


def page_titles() -> dict[str, str]:
    return {"welcome": translate("Assistant", "Welcome"), "address": translate("Assistant", "Where you are"),
            "headset": translate("Assistant", "Headset"),
            "admin": translate("Assistant", "What your admin still has to set"),
            "test_call": translate("Assistant", "Test call")}

# Which page a readiness check is fixed on, for the readiness panel's double-click.
PAGE_FOR_CHECK = {
    "location.address": "address", "location.enabled": "address", "location.country": "address",
    "audio.microphone": "headset", "audio.speaker": "headset",
}


@dataclass(frozen=True)
class AssistantParts:
    """What the pages observe and use, all built by the composition root."""

    phone: Phone
    readiness: Readiness
    location: LocationService
    settings: Settings
    device_panel: Callable[[], QtWidgets.QWidget | None]
    dial: Dial


class SetupAssistant(Saying, QtWidgets.QDialog):
    """Says its words again when the language changes, its pages theirs (``Saying``)."""

    def __init__(self, parts: AssistantParts, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupAssistant")
        self.say(self.setWindowTitle, translate("Assistant", "Set up the softphone"))
        self.setModal(False)
        self._parts = parts
        self.pages: dict[str, QtWidgets.QWidget] = {}
        self._refusal = ""  # the last dial refusal shown

        self.steps = QtWidgets.QListWidget()
        self.steps.setObjectName("assistantSteps")
        self.say(self.steps.setAccessibleName, translate("Assistant", "Set-up steps"))
        self.steps.setMaximumWidth(230)
        for name in PAGES:
            item = QtWidgets.QListWidgetItem()
            item.setData(QtCore.Qt.ItemDataRole.UserRole, name)
            self.steps.addItem(item)
        self.stack = QtWidgets.QStackedWidget()
        self.stack.setObjectName("assistantStack")
        self.steps.currentRowChanged.connect(self._step_chosen)

        self.number = QtWidgets.QLineEdit()
        self.number.setObjectName("assistantNumber")
        self.say(self.number.setAccessibleName, translate("Assistant", "Number to call"))
        self.say(self.number.setPlaceholderText, translate("Assistant", "A number to call now, 911 "
                                                                        "in an emergency"))
        self.number.returnPressed.connect(self.dial)
        call = QtWidgets.QPushButton()
        self.say(call.setText, translate("Assistant", "Call"))
        call.setObjectName("assistantCall")
        call.setAutoDefault(False)
        call.setStyleSheet("background: #1b7f3b; color: white; font-weight: bold;")
        call.clicked.connect(self.dial)
        self.dial_message = QtWidgets.QLabel()
        self.dial_message.setObjectName("assistantDialMessage")
        self.dial_message.setWordWrap(True)
        self.dial_message.setStyleSheet("color: #b00020;")
        self.dial_message.setVisible(False)
        self.number.textEdited.connect(lambda _text: self.dial_message.setVisible(False))

        self.back_button = QtWidgets.QPushButton()
        self.say(self.back_button.setText, translate("Assistant", "Back"))
        self.back_button.setObjectName("assistantBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentRow() - 1))
        self.next_button = QtWidgets.QPushButton()
        self.say(self.next_button.setText, translate("Assistant", "Next"))
        self.next_button.setObjectName("assistantNext")
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(lambda: self.go(self.steps.currentRow() + 1))
        self.close_button = QtWidgets.QPushButton()
        self.say(self.close_button.setText, translate("Assistant", "Close"))
        self.close_button.setObjectName("assistantClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)

        dial_row = QtWidgets.QHBoxLayout()
        call_now = QtWidgets.QLabel()
        self.say(call_now.setText, translate("Assistant", "Call &now:"))
        call_now.setBuddy(self.number)
        dial_row.addWidget(call_now)
        dial_row.addWidget(self.number, 1)
        dial_row.addWidget(call)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(dial_row)
        layout.addWidget(self.dial_message)
        layout.addLayout(buttons)
        self.resize(820, 600)
        self.say_again()
        self.go(0)

    def say_again(self) -> None:
        titles = page_titles()
        for row, name in enumerate(PAGES):
            item = self.steps.item(row)
            if item is not None:
                item.setText(titles[name])
                item.setToolTip(titles[name])  # whole, where a long word does not fit
        self.dial_message.setText(localized(self._refusal))

    # -- pages ---------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.steps.setCurrentRow(index)

    def show_page(self, name: str) -> QtWidgets.QWidget:
        self.go(PAGES.index(name))
        return self.pages[name]

    def _step_chosen(self, index: int) -> None:
        from softphone.widgets.wheel_guard import guard_wheel

        name = PAGES[index]
        if name not in self.pages:
            self.pages[name] = self._build(name)
            self.stack.addWidget(self.pages[name])
            guard_wheel(self.pages[name])
        self.stack.setCurrentWidget(self.pages[name])
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(PAGES) - 1)

    def _build(self, name: str) -> QtWidgets.QWidget:
        # The pages are imported with the first one shown: the window imports this module to
        # open the assistant later, before the softphone is ready to dial.
        from softphone.widgets.assistant_pages import (
            AddressPage,
            AdminPage,
            HeadsetPage,
            TestCallPage,
            WelcomePage,
        )

        parts = self._parts
        if name == "address":
            return AddressPage(parts.location)
        if name == "headset":
            return HeadsetPage(parts.device_panel)
        if name == "admin":
            return AdminPage(parts.readiness, parts.settings)
        if name == "test_call":
            return TestCallPage(parts.phone, parts.settings, parts.location,
                                lambda number: parts.dial(number, self._refused))
        return WelcomePage()

    # -- dialling ------------------------------------------------------------------------------

    def dial(self) -> Call | None:
        """Dial what is typed here, through the window's dial path, at once."""
        text = self.number.text()
        if not text.strip():
            return None
        call = self._parts.dial(text, self._refused)
        if call is not None and not self.dial_message.isVisible():
            self.number.clear()
        return call

    def _refused(self, message: str) -> None:
        self._refusal = message
        self.dial_message.setText(localized(message))
        self.dial_message.setVisible(True)


SEEN = "assistant.seen"
# The window, the phone and the command line come first; the assistant a moment later (building
# and laying out its window takes longer than everything else at start).
FIRST_RUN_DELAY_MS = 300


class AssistantOpener(QtCore.QObject):
    """The one assistant of the window: opened on the agent's first run without taking the
    keyboard, and again on request (the readiness panel), at the page asked for.

    On the first run it is built a moment after start (``FIRST_RUN_DELAY_MS``), once the event
    loop runs: the softphone is ready to dial, and to answer the command line, first. It is
    due, and holds back the address prompt it replaces, from the start.

    Signals: ``closed()`` when the agent closed it (an address prompt held back meanwhile may
    show then).
    """

    closed = Signal()

    def __init__(self, parts: AssistantParts, state: StateStore, window: QtWidgets.QWidget,
                 report_problem: Callable[[str], None]) -> None:
        super().__init__(window)
        self._parts = parts
        self._state = state
        self._window = window
        self._report_problem = report_problem
        self.assistant: SetupAssistant | None = None
        self.due = False  # the first run's assistant is about to open
        self._first = QtCore.QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_RUN_DELAY_MS)
        self._first.timeout.connect(self._open_first)

    @property
    def visible(self) -> bool:
        return self.due or (self.assistant is not None and self.assistant.isVisible())

    def first_run(self) -> bool:
        """Open the assistant soon unless the agent has already been through it."""
        try:
            seen = bool(self._state.get(SEEN))
        except StorageError:
            seen = False  # cannot tell: better shown again than never
        self.due = not seen
        if self.due:
            self._first.start()
        return self.due

    def _open_first(self) -> None:
        if self.due:
            self.open(activate=False)

    def open(self, page: str = "", activate: bool = True) -> SetupAssistant:
        self.due = False
        if self.assistant is None:
            self.assistant = SetupAssistant(self._parts, self._window)
            self.assistant.finished.connect(self._closed)
        if page:
            self.assistant.show_page(page)
        self.assistant.setAttribute(QtCore.Qt.WidgetAttribute.WA_ShowWithoutActivating,
                                    not activate)
        self.assistant.show()
        if activate:
            self.assistant.raise_()
            self.assistant.activateWindow()
        return self.assistant

    def _closed(self, _result: int) -> None:
        try:
            self._state.put(SEEN, True)
        except StorageError as error:
            self._report_problem(translate("Assistant", "The set-up assistant will open again at the "
                                                "next start: {error}").format(error=str(error)))
        self.closed.emit()
