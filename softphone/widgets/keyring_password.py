"""A password kept only in the system keyring, as the settings dialog edits it.

Keyring access can block (an unlock prompt), so it runs off the GUI thread (``in_background``);
what the keyring holds is said in words beside the field. Used for the mail server's and the
SIP account's passwords.

Its words are said again when the agent's language changes (``Saying``).

Signals: ``password_state_known(str)`` once the keyring was asked whether a password is stored.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from softphone.blocks import secrets
from softphone.blocks.text import translate
from softphone.qt import QtWidgets, Signal
from softphone.qtbridge import GuiThread
from softphone.widgets.language import Saying

T = TypeVar("T")


@dataclass(frozen=True)
class Keyring:
    """The keyring operations the dialog needs; the system keyring unless a test passes others."""

    get: Callable[[str], str | None] = secrets.get_secret
    set: Callable[[str, str], None] = secrets.set_secret
    problem: Callable[[], str | None] = secrets.backend_problem


def in_background(gui: GuiThread, work: Callable[[], T], done: Callable[[T], None]) -> None:
    """Run ``work`` on a thread and ``done(result)`` on the GUI thread; ``work`` must not raise."""

    def run() -> None:
        result = work()
        # RuntimeError: the dialog was closed and deleted meanwhile; nobody waits for the result.
        with contextlib.suppress(RuntimeError):
            gui.post(lambda: done(result))

    threading.Thread(target=run, name="settings-dialog", daemon=True).start()


@dataclass(frozen=True)
class PasswordOutcome:
    ok: bool
    message: str = ""


def store_password(keyring: Keyring, typed: str | None, old_name: str,
                   new_name: str) -> PasswordOutcome:
    """Store the typed password, or carry the stored one over when the user or host changed."""
    try:
        if typed is not None:
            keyring.set(new_name, typed)
        elif old_name != new_name:
            existing = keyring.get(old_name)
            if existing:
                keyring.set(new_name, existing)
                keyring.set(old_name, "")
    except secrets.SecretStoreError as error:
        return PasswordOutcome(False, str(error))
    return PasswordOutcome(True)


class KeyringPasswordField(Saying, QtWidgets.QWidget):
    password_state_known = Signal(str)

    def __init__(self, label: str, name: str, keyring: Keyring, gui: GuiThread,
                 secret_name: Callable[[], str | None], *, stored: str, missing: str,
                 unnamed: str = "") -> None:
        """``stored``, ``missing`` and ``unnamed`` say what the keyring holds (``{name}`` is the
        entry); ``unnamed`` is for ``secret_name()`` returning ``None``: no password is used."""
        super().__init__()
        self.setObjectName(f"{name}PasswordField")
        self._keyring = keyring
        self._gui = gui
        self._secret_name = secret_name
        self._texts = (stored, missing, unnamed)
        self._edited = False
        self._asked_for: str | None = ""  # the entry last looked up ("": none yet)
        self.password = QtWidgets.QLineEdit()
        self.password.setObjectName(f"{name}Password")
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.say(self.password.setPlaceholderText, translate("KeyringPassword",
                                                             "checking the keyring…"))
        self.password.textEdited.connect(self._typed)
        self.password_state = QtWidgets.QLabel()
        self.password_state.setObjectName(f"{name}PasswordState")
        self.password_state.setWordWrap(True)
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        title = QtWidgets.QLabel()
        self.say(title.setText, label)
        title.setBuddy(self.password)  # (its accessible name)
        form.addRow(title, self.password)
        form.addRow("", self.password_state)

    def _typed(self, _text: str) -> None:
        self._edited = True

    def typed_password(self) -> str | None:
        """The password the admin typed, or ``None`` if the field was left alone."""
        return self.password.text() if self._edited and self.password.text() else None

    def refresh_password_state(self) -> None:
        keyring, name, texts = self._keyring, self._secret_name(), self._texts
        self._asked_for = name
        in_background(self._gui, lambda: (name, password_state(keyring, name, *texts)),
                      self._show_state)

    def account_edited(self) -> None:
        """The account (user, host) was edited: look again if the entry's name moved."""
        if self._secret_name() != self._asked_for:
            self.refresh_password_state()

    def _show_state(self, answer: tuple[str | None, tuple[bool, str]]) -> None:
        name, (usable, text) = answer
        if name != self._asked_for:
            return  # an earlier lookup, overtaken while the account was being typed
        self.say(self.password_state.setText, text)
        self.password_state.setStyleSheet("" if usable else "color: #b00020;")
        self.password.setEnabled(usable)
        self.say(self.password.setPlaceholderText,
                 translate("KeyringPassword", "type to replace the stored password")
                 if usable else translate("KeyringPassword", "cannot be stored here"))
        self.password_state_known.emit(text)


def password_state(keyring: Keyring, name: str | None, stored: str, missing: str,
                   unnamed: str) -> tuple[bool, str]:
    """Whether a password can be typed, and what the keyring holds, in words."""
    if name is None:
        return False, unnamed
    problem = keyring.problem()
    if problem:
        return False, problem
    try:
        found = keyring.get(name)
    except secrets.SecretStoreError as error:
        return False, str(error)
    return True, (stored if found else missing).format(name=name)
