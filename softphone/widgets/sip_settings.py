"""The SIP account's password and a registration test, beside the carrier's admin options.

The password is a digest secret: it lives in the system keyring under ``sip:<user>@<domain>``
(``SipConfig.secret_name``, the name the adapter reads), never in the settings file. The test
registers once with the values being edited (``carriers.sip.probe``), off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from softphone.blocks import secrets
from softphone.blocks.text import translate
from softphone.carriers.sip.config import SipConfig
from softphone.carriers.sip.probe import ProbeResult, try_registration
from softphone.qt import QtWidgets, Signal
from softphone.qtbridge import GuiThread
from softphone.widgets.keyring_password import Keyring, KeyringPasswordField, in_background
from softphone.widgets.language import Saying
from softphone.widgets.whole_text import wrapped

log = logging.getLogger("carrier")


def sip_password_field(keyring: Keyring, gui: GuiThread,
                       secret_name: Callable[[], str | None]) -> KeyringPasswordField:
    return KeyringPasswordField(
        translate("SipSettings", "SIP password"), "sip", keyring, gui, secret_name,
        stored=translate("SipSettings", "A password for {name} is stored in the system keyring."),
        missing=translate("SipSettings", "No password is stored yet for {name}; type it here if the "
                               "carrier asks for one (digest authentication)."),
        unnamed=translate("SipSettings", "No SIP user is set, so no password is used (trunks that "
                               "authenticate by address). Set carrier.sip.user first if the "
                               "carrier wants one."))


class SipRegistrationTest(Saying, QtWidgets.QWidget):
    """"Test registration": registers once with the SIP settings as edited (and the password
    typed, else the stored one) and says what happened. Runs off the GUI thread.

    Signals: ``test_finished(ProbeResult)``.
    """

    test_finished = Signal(object)

    def __init__(self, keyring: Keyring, gui: GuiThread,
                 config: Callable[[], SipConfig | None],
                 typed_password: Callable[[], str | None]) -> None:
        super().__init__()
        self.setObjectName("sipRegistrationTest")
        self._keyring = keyring
        self._gui = gui
        self._config = config
        self._typed_password = typed_password
        self.button = QtWidgets.QPushButton()
        self.say(self.button.setText, translate("SipSettings", "Test registration"))
        self.button.setObjectName("testSipRegistration")
        self.say(self.button.setToolTip, translate("SipSettings", "Register once with these "
                                                                  "settings (nothing is saved) and "
                                                                  "remove the test registration "
                                                                  "again."))
        self.button.clicked.connect(self.run)
        self.result = wrapped("sipRegistrationResult")
        self.say(self.result.setAccessibleName, translate("SipSettings",
                                                          "Registration test result"))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.result, 1)

    def run(self) -> None:
        config = self._config()
        if config is None:
            self._done(ProbeResult(False, translate("SipSettings", "Fix the SIP settings marked in red "
                                                         "first; the test uses the values shown "
                                                         "here.")))
            return
        typed, keyring = self._typed_password(), self._keyring
        self.button.setEnabled(False)
        self.result.setStyleSheet("")
        self.say(self.result.setText, translate("SipSettings", "Registering…"))
        in_background(self._gui, lambda: _probe(config, typed, keyring), self._done)

    def _done(self, outcome: ProbeResult) -> None:
        self.button.setEnabled(True)
        self.say(self.result.setText, outcome.message)
        self.result.setStyleSheet("color: #1b5e20;" if outcome.registered else "color: #b00020;")
        self.test_finished.emit(outcome)


def _probe(config: SipConfig, typed: str | None, keyring: Keyring) -> ProbeResult:
    password = typed
    if password is None and config.user:
        try:
            password = keyring.get(config.secret_name)
        except secrets.SecretStoreError as error:
            return ProbeResult(False, translate("SipSettings", "The SIP password cannot be read: {error}")
                               .format(error=str(error)))
    try:
        return try_registration(config, password, timeout=max(2.0, config.no_answer_timeout))
    except Exception as error:  # a thread boundary: the admin must see something, not a hang
        log.exception("the SIP registration test failed unexpectedly")
        return ProbeResult(False, translate("SipSettings", "The registration test failed unexpectedly "
                                                 "({error}); see the log.").format(
            error=str(error)))
