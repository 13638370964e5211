"""The SIP account's password in the settings dialog, beside the carrier's admin options.

The password is a digest secret: it lives in the system keyring under ``sip:<user>@<domain>``
(``SipConfig.secret_name``, the name the adapter reads), never in the settings file.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone.qtbridge import GuiThread
from softphone.widgets.keyring_password import Keyring, KeyringPasswordField


def sip_password_field(keyring: Keyring, gui: GuiThread,
                       secret_name: Callable[[], str | None]) -> KeyringPasswordField:
    return KeyringPasswordField(
        "SIP password", "sip", keyring, gui, secret_name,
        stored="A password for {name} is stored in the system keyring.",
        missing="No password is stored yet for {name}; type it here if the carrier asks for one "
                "(digest authentication).",
        unnamed="No SIP user is set, so no password is used (trunks that authenticate by "
                "address). Set carrier.sip.user first if the carrier wants one.")
