"""The SIP account's password in the settings dialog, beside the carrier's admin options.

The password is a digest secret: it lives in the system keyring under ``sip:<user>@<domain>``
(``SipConfig.secret_name``, the name the adapter reads), never in the settings file. Keyring
access runs off the GUI thread (``in_background``), as for the mail server's password.

Signals: ``password_state_known(str)`` once the keyring was asked whether a password is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone import secrets
from softphone.qt import QtWidgets, Signal
from softphone.qtbridge import GuiThread
from softphone.widgets.notify_settings import Keyring, in_background


class SipPasswordField(QtWidgets.QWidget):
    password_state_known = Signal(str)

    def __init__(self, keyring: Keyring, gui: GuiThread,
                 secret_name: Callable[[], str | None]) -> None:
        super().__init__()
        self.setObjectName("sipPasswordField")
        self._keyring = keyring
        self._gui = gui
        self._secret_name = secret_name
        self._edited = False
        self._asked_for: str | None = ""  # the entry last looked up ("": none yet)
        self.password = QtWidgets.QLineEdit()
        self.password.setObjectName("sipPassword")
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("checking the keyring…")
        self.password.textEdited.connect(self._typed)
        self.password_state = QtWidgets.QLabel()
        self.password_state.setObjectName("sipPasswordState")
        self.password_state.setWordWrap(True)
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("SIP password", self.password)
        form.addRow("", self.password_state)

    def _typed(self, _text: str) -> None:
        self._edited = True

    def typed_password(self) -> str | None:
        """The password the admin typed, or ``None`` if the field was left alone."""
        return self.password.text() if self._edited and self.password.text() else None

    def refresh_password_state(self) -> None:
        keyring, name = self._keyring, self._secret_name()
        self._asked_for = name
        in_background(self._gui, lambda: (name, password_state(keyring, name)), self._show_state)

    def account_edited(self) -> None:
        """The SIP user, domain or proxy was edited: look again if the entry's name moved."""
        if self._secret_name() != self._asked_for:
            self.refresh_password_state()

    def _show_state(self, answer: tuple[str | None, tuple[bool, str]]) -> None:
        name, (usable, text) = answer
        if name != self._asked_for:
            return  # an earlier lookup, overtaken while the account was being typed
        self.password_state.setText(text)
        self.password_state.setStyleSheet("" if usable else "color: #b00020;")
        self.password.setEnabled(usable)
        self.password.setPlaceholderText("type to replace the stored password" if usable else
                                         "cannot be stored here")
        self.password_state_known.emit(text)


def password_state(keyring: Keyring, name: str | None) -> tuple[bool, str]:
    """Whether a password can be typed, and what the keyring holds, in words."""
    if name is None:
        return False, ("No SIP user is set, so no password is used (trunks that authenticate "
                       "by address). Set carrier.sip.user first if the carrier wants one.")
    problem = keyring.problem()
    if problem:
        return False, problem
    try:
        stored = keyring.get(name)
    except secrets.SecretStoreError as error:
        return False, str(error)
    return True, (f"A password for {name} is stored in the system keyring." if stored else
                  f"No password is stored yet for {name}; type it here if the carrier "
                  "asks for one (digest authentication).")
