"""The set-up assistant's pages, each built the first time it is shown (see ``assistant``).

* ``WelcomePage``: what the assistant walks through, and that emergency numbers work meanwhile.
* ``AddressPage``: where the agent is, and the address form (RAY BAUM's Act).
* ``HeadsetPage``: the headset panel: pick the devices, play the test tone, watch the level.
* ``AdminPage``: the failed checks only an admin can fix, each with its fix, and who to ask.
* ``TestCallPage``: a call to 933, the US address test line, and what it read back.

Each page observes the core and the subsystems from the GUI thread and holds no state of its own
beyond what it shows; each says its words again when the agent's language changes (``Saying``).
"""

from __future__ import annotations

from collections.abc import Callable

from softphone.blocks.readiness import Check, Readiness
from softphone.blocks.text import localized, translate
from softphone.core.calls import Call, CallError, CallKind, CallState
from softphone.core.dialplan import TEST_LINE, TEST_LINE_COUNTRIES
from softphone.core.phone import Phone
from softphone.location.service import LocationService
from softphone.qt import QtWidgets
from softphone.settings.store import Settings
from softphone.widgets.address_dialog import AddressForm
from softphone.widgets.language import Saying
from softphone.widgets.whole_text import wrapped

# Checks the agent can put right alone; every other failed check needs an admin.
AGENT_FIXES = frozenset({"location.enabled", "location.country", "location.address",
                         "audio.microphone", "audio.speaker"})
HELP_CONTACT = "agent.help_contact"
PASSED_STYLE = "color: #1b5e20;"
TODO_STYLE = "color: #8a5300;"


def text(words: str, name: str, style: str = "") -> QtWidgets.QLabel:
    label = wrapped(name, style)
    label.setText(words)
    return label


def heading(words: str, name: str) -> QtWidgets.QLabel:
    label = text(words, name, "font-size: 16px; font-weight: bold;")
    label.setAccessibleName(words)
    return label


class Page(Saying, QtWidgets.QWidget):
    """A page whose fixed words (``words``, ``title``) are said again in a new language."""

    def words(self, words: str, name: str, style: str = "") -> QtWidgets.QLabel:
        label = text("", name, style)
        self.say(label.setText, words)
        return label

    def title(self, words: str, name: str) -> QtWidgets.QLabel:
        label = heading("", name)
        self.say(label.setText, words)
        self.say(label.setAccessibleName, words)
        return label


class WelcomePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("assistantWelcome")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title(translate("Assistant", "Welcome to the softphone"), "welcomeTitle"))
        layout.addWidget(self.words(translate(
            "Assistant", "A few minutes to be ready for an emergency call: confirm where you are, test "
                 "your headset, see what your admin still has to set, and make a test call."),
            "welcomeIntro"))
        layout.addWidget(self.words(translate(
            "Assistant", "Emergency numbers work at any time, also while this assistant is open: type one "
                 "in the number field of the main window, or in the field at the bottom of this "
                 "window, and it is dialled at once."), "welcomeEmergency", "font-weight: bold;"))
        layout.addWidget(self.words(translate(
            "Assistant", "You can close the assistant whenever you like and open it again from the "
                 "readiness panel (the emergency calling sign in the status bar)."),
            "welcomeLater"))
        layout.addStretch(1)


class AddressPage(Page):
    """Signals of the form: ``form.confirmed(object)`` once the address is stored."""

    def __init__(self, location: LocationService) -> None:
        super().__init__()
        self.setObjectName("assistantAddress")
        self._location = location
        self.status = text("", "addressStatus")
        self.form = AddressForm(location)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.form.confirm_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title(translate("Assistant", "Where you are"), "addressTitle"))
        layout.addWidget(self.words(translate(
            "Assistant", "The answering point receives this address with every emergency call, so help "
                 "can be sent to you. Check it, complete it (floor and room help responders find "
                 "you inside the building) and confirm it."), "addressIntro"))
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.form.confirmed.connect(lambda _address: self.refresh())
        location.changed.connect(self.refresh)
        self.refresh()

    def say_again(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        checks = {check.key: check for check in self._location.checks()}
        address, country = checks["location.address"], checks["location.country"]
        words = address.detail if address.passed else (
            self._location.confirmation_reason or address.detail)
        self.status.setText(f"{'✔' if address.passed else '●'} {localized(words)}\n"
                            f"{'✔' if country.passed else '●'} {localized(country.detail)}")
        self.status.setStyleSheet(PASSED_STYLE if address.passed else TODO_STYLE)


class HeadsetPage(Page):
    def __init__(self, device_panel: Callable[[], QtWidgets.QWidget | None]) -> None:
        super().__init__()
        self.setObjectName("assistantHeadset")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title(translate("Assistant", "Your headset"), "headsetTitle"))
        layout.addWidget(self.words(translate(
            "Assistant", "Plug in your headset and pick it below. Press Play test tone: you should hear "
                 "a short beep. Then speak: the microphone level should move. Your choice is "
                 "remembered and used again whenever the headset is plugged in."), "headsetIntro"))
        self.panel = device_panel()
        if self.panel is None:
            layout.addWidget(self.words(translate("Assistant", "Audio devices cannot be chosen on "
                                                               "this computer; calls still go out."),
                                        "headsetUnavailable"))
        else:
            layout.addWidget(self.panel)
        layout.addStretch(1)


def admin_checks(checks: list[Check]) -> list[Check]:
    """The failed checks the agent cannot fix alone."""
    return [check for check in checks if not check.passed and check.key not in AGENT_FIXES]


class AdminPage(Page):
    def __init__(self, readiness: Readiness, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("assistantAdmin")
        self._readiness = readiness
        self._settings = settings
        self.summary = text("", "adminSummary")
        self.items = QtWidgets.QVBoxLayout()
        self.ask = text("", "adminContact", "font-weight: bold;")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title(translate("Assistant", "What your admin still has to set"), "adminTitle"))
        layout.addWidget(self.summary)
        layout.addLayout(self.items)
        layout.addWidget(self.ask)
        layout.addStretch(1)
        readiness.changed.connect(lambda _checks: self.refresh())
        settings.changed.connect(self._setting_changed)
        self.refresh()

    def _setting_changed(self, key: str) -> None:
        if key == HELP_CONTACT:
            self.refresh()

    def say_again(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        while self.items.count():
            taken = self.items.takeAt(0)
            shown = taken.widget() if taken is not None else None
            if shown is not None:
                shown.hide()  # out of view now, deleted when the event loop gets to it
                shown.deleteLater()
        missing = admin_checks(self._readiness.checks)
        if not missing:
            self.summary.setText(translate("Assistant", "Your admin has set up everything emergency "
                                                "calling needs from this softphone."))
            self.summary.setStyleSheet(PASSED_STYLE)
            self.ask.setVisible(False)
            return
        self.summary.setText(translate("Assistant", "These are not set yet. Emergency numbers are still "
                                            "dialled, but until they are fixed help may not "
                                            "reach you as it should:"))
        self.summary.setStyleSheet(TODO_STYLE)
        for check in missing:
            said = f"● {localized(check.title)}: {localized(check.detail)}\n{localized(check.fix)}"
            self.items.addWidget(text(said.rstrip(), f"adminItem:{check.key}"))
        contact = str(self._settings.get(HELP_CONTACT))
        self.ask.setText(translate("Assistant", "Who to ask: {contact}").format(contact=contact)
                         if contact else
                         translate("Assistant", "Who to ask: your supervisor or IT department. (Your "
                                        "admin can put their name here: Settings › Agent › Who "
                                        "to ask.)"))
        self.ask.setVisible(True)


class TestCallPage(Page):
    """A call to 933 through the window's one dial path; the answering side reads back the
    caller ID, the callback number and the address it received."""

    def __init__(self, phone: Phone, settings: Settings, location: LocationService,
                 dial: Callable[[str], Call | None]) -> None:
        super().__init__()
        self.setObjectName("assistantTestCall")
        self._phone = phone
        self._settings = settings
        self._location = location
        self._dial = dial
        self.call: Call | None = None
        self._state_words = ""  # what the state line says (said again in a new language)
        self._heard_words = ""  # what the test line said
        self.call_button = QtWidgets.QPushButton()
        self.say(self.call_button.setText,
                 translate("Assistant", "Call {number}").format(number=TEST_LINE))
        self.call_button.setObjectName("callTestLine")
        self.call_button.clicked.connect(self.place)
        self.hangup_button = QtWidgets.QPushButton()
        self.say(self.hangup_button.setText, translate("Assistant", "Hang up"))
        self.hangup_button.setObjectName("hangUpTestLine")
        self.hangup_button.clicked.connect(self.hang_up)
        self.hangup_button.setVisible(False)
        self.state = text("", "testCallState")
        self.heard = text("", "testCallHeard", "font-style: italic;")
        self.heard.setVisible(False)
        self.unavailable = text("", "testCallUnavailable", TODO_STYLE)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.hangup_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title(translate("Assistant", "A test call"), "testCallTitle"))
        layout.addWidget(self.words(translate(
            "Assistant", "933 is the address test line in the United States: a free call, not an "
                 "emergency call, that reads back the number and the address an answering point "
                 "would receive from you. Listen, and check that both are right."),
            "testCallIntro"))
        layout.addWidget(self.unavailable)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.heard)
        layout.addStretch(1)
        phone.call_changed.connect(self._changed)
        phone.speech.connect(self._spoken)
        settings.changed.connect(lambda _key: self.refresh())
        location.changed.connect(self.refresh)
        self.refresh()

    def say_again(self) -> None:
        self.refresh()
        self._tell(self._state_words)
        if self._heard_words:
            self._heard(self._heard_words)

    def _tell(self, words: str) -> None:
        self._state_words = words
        self.state.setText(localized(words))

    def _heard(self, words: str) -> None:
        self._heard_words = words
        self.heard.setText(translate("Assistant", "The test line said: “{words}”").format(
            words=localized(words)))

    def available(self) -> bool:
        countries = {self._settings.get("agent.country"), self._location.country}
        return bool(countries & TEST_LINE_COUNTRIES)

    def refresh(self) -> None:
        available = self.available()
        self.unavailable.setText("" if available else translate(
            "Assistant", "The 933 test line exists in the United States and Puerto Rico only, so there "
                 "is nothing to call from here. Your admin can tell you how emergency calls are "
                 "tested where you work."))
        self.unavailable.setVisible(not available)
        busy = self.call is not None and not self.call.state.finished
        self.call_button.setEnabled(available and not busy)
        self.hangup_button.setVisible(busy)

    def place(self) -> None:
        call = self._dial(TEST_LINE)
        if call is None or call.kind is not CallKind.TEST:
            self._tell(translate("Assistant", "The test call was not placed; the main window "
                                              "says why."))
            return
        self.call = call
        self.heard.setVisible(False)
        self._changed(call)

    def hang_up(self) -> None:
        if self.call is not None:
            try:
                self._phone.hangup(self.call.call_id)
            except CallError as error:
                self._tell(str(error))

    def _changed(self, call: Call) -> None:
        if self.call is None or call.call_id != self.call.call_id:
            return
        self._tell({
            CallState.DIALING: translate("Assistant", "Calling the test line…"),
            CallState.RINGING: translate("Assistant", "Ringing…"),
            CallState.CONNECTED: translate("Assistant", "Connected: listen to what the test line read "
                                                "back."),
            CallState.ENDED: translate("Assistant", "The test call has ended."),
            CallState.FAILED: translate("Assistant", "The test call failed: {reason}").format(
                reason=call.end_reason),
        }.get(call.state, call.state.value))
        self.refresh()

    def _spoken(self, call: Call, words: str) -> None:
        if self.call is not None and call.call_id == self.call.call_id:
            self._heard(words)
            self.heard.setVisible(True)
