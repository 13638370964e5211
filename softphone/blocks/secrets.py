"""Passwords (SMTP, SIP) live in the operating system's keyring, never in a settings file or log.

Keyring back ends can block (a D-Bus unlock prompt), so nothing on the dial path reads a secret:
adapters read theirs when they connect, in the background. For the same reason the keyring
library itself (~70 ms of imports, more than the rest of the notifier) is imported at the first
lookup, not when the softphone starts.
"""

from __future__ import annotations

import logging

from softphone.blocks.text import translate

log = logging.getLogger("settings")

SERVICE = "softphone"

# Back ends that do not protect a secret: refuse to store in them rather than pretend.
INSECURE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
}


class SecretStoreError(RuntimeError):
    """The keyring cannot be used; the message says what to install or unlock."""


def backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def backend_problem() -> str | None:
    """A sentence for the admin when no secure keyring is available, else ``None``."""
    name = backend_name()
    if name in INSECURE_BACKENDS:
        return translate(
            "Keyring", "No secure keyring is available (found {name}). Passwords cannot be "
            "stored: on Linux install and unlock a Secret Service keyring (GNOME Keyring or "
            "KWallet); on Windows and macOS the system keyring is used automatically.").format(
            name=name)
    return None


def _checked() -> None:
    problem = backend_problem()
    if problem:
        raise SecretStoreError(problem)


def get_secret(name: str) -> str | None:
    """The secret stored under ``name`` (e.g. ``smtp:alice@mail.example.com``), or ``None``."""
    import keyring
    import keyring.errors

    _checked()
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as error:
        raise SecretStoreError(translate(
            "Keyring", "The keyring refused to read a password ({error}); unlock it and try "
            "again.").format(error=error)) from error


def set_secret(name: str, value: str) -> None:
    import keyring
    import keyring.errors

    _checked()
    try:
        if value:
            keyring.set_password(SERVICE, name, value)
        else:
            keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass  # deleting a password that was never stored leaves the wanted state
    except keyring.errors.KeyringError as error:
        raise SecretStoreError(translate(
            "Keyring", "The keyring refused to store the password ({error}); unlock it and try "
            "again.").format(error=error)) from error
