"""The SIP password in the settings dialog: typed by an admin, stored only in the keyring."""

from __future__ import annotations

import socket

import pytest
from pytestqt.qtbot import QtBot

from softphone.blocks import secrets
from softphone.qt import QtCore, QtWidgets
from softphone.settings.store import Settings
from softphone.widgets.keyring_password import Keyring
from softphone.widgets.settings_dialog import SettingsDialog
from tests.keyring_backend import FileKeyring
from tests.sip.test_sip_auth import CREDENTIALS, DOMAIN, PASSWORD, USER
from tests.sip.test_sip_auth import SECRET as REGISTRAR_SECRET

Click = QtCore.Qt.MouseButton.LeftButton
SECRET = "sip:alice@trunk.example.com"


def open_dialog(qtbot: QtBot, settings: Settings, keyring: Keyring | None = None
                ) -> SettingsDialog:
    dialog = SettingsDialog(settings, keyring)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sip_password.password_state_known, timeout=5000):
        dialog.show()
    return dialog


def retype(qtbot: QtBot, dialog: SettingsDialog, key: str, text: str) -> None:
    field = dialog.rows[key].editor.widget
    assert isinstance(field, QtWidgets.QLineEdit)
    field.selectAll()
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_the_sip_password_sits_with_the_carrier_options_in_the_admin_area(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    settings.update({"carrier.sip.user": "alice", "carrier.sip.domain": "trunk.example.com"})
    dialog = open_dialog(qtbot, settings)
    section = dialog.findChild(QtWidgets.QGroupBox, "section:carrier.sip")
    assert section.title() == "SIP carrier (production trunk)"
    assert section.isAncestorOf(dialog.sip_password.password)
    assert dialog.pages["carrier"].isAncestorOf(section)  # the Carrier page
    assert section.findChild(QtWidgets.QLabel, "adminTag:carrier.sip") is not None
    assert dialog.sip_password.password.echoMode() is QtWidgets.QLineEdit.EchoMode.Password
    assert dialog.sip_password.password_state.text() == (
        f"No password is stored yet for {SECRET}; type it here if the carrier asks for one "
        "(digest authentication).")


def test_an_admin_types_the_sip_password_and_it_goes_to_the_keyring_only(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    dialog = open_dialog(qtbot, settings)
    assert not dialog.sip_password.password.isEnabled()  # no SIP user yet: no password
    retype(qtbot, dialog, "carrier.sip.user", "alice")
    retype(qtbot, dialog, "carrier.sip.domain", "trunk.example.com")
    qtbot.waitUntil(dialog.sip_password.password.isEnabled)  # it looked the new name up
    assert SECRET in dialog.sip_password.password_state.text()
    qtbot.keyClicks(dialog.sip_password.password, "digest-s3cret")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Click)
    assert secrets.get_secret(SECRET) == "digest-s3cret"
    assert Settings(settings.user_file).get("carrier.sip.user") == "alice"
    profile_files = [path for path in settings.user_file.parent.rglob("*") if path.is_file()]
    assert not any(b"digest-s3cret" in path.read_bytes() for path in profile_files)


def test_renaming_the_sip_user_carries_the_stored_password_to_the_new_name(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    settings.update({"carrier.sip.user": "alice", "carrier.sip.domain": "trunk.example.com"})
    secrets.set_secret(SECRET, "digest-s3cret")
    dialog = open_dialog(qtbot, settings)
    assert "is stored in the system keyring" in dialog.sip_password.password_state.text()
    retype(qtbot, dialog, "carrier.sip.user", "alice2")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Click)
    assert secrets.get_secret("sip:alice2@trunk.example.com") == "digest-s3cret"
    assert secrets.get_secret(SECRET) is None


def test_without_a_secure_keyring_the_field_is_off_and_says_why(
        qtbot: QtBot, settings: Settings) -> None:
    settings.update({"carrier.sip.user": "alice", "carrier.sip.domain": "trunk.example.com"})
    dialog = open_dialog(qtbot, settings, Keyring(problem=lambda: "No secure keyring is "
                                                  "available (found fail.Keyring)."))
    assert not dialog.sip_password.password.isEnabled()
    assert dialog.sip_password.password_state.text().startswith("No secure keyring")


def test_a_keyring_that_refuses_the_password_saves_nothing(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    settings.update({"carrier.sip.user": "alice", "carrier.sip.domain": "trunk.example.com"})

    def refuse(_name: str, _value: str) -> None:
        raise secrets.SecretStoreError("The keyring refused to store the password (locked); "
                                       "unlock it and try again.")

    dialog = open_dialog(qtbot, settings, Keyring(set=refuse))
    qtbot.keyClicks(dialog.sip_password.password, "digest-s3cret")
    retype(qtbot, dialog, "carrier.sip.proxy", "sbc1.example.com")
    qtbot.mouseClick(dialog.save_button, Click)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Nothing was saved"))
    assert "unlock it and try again" in dialog.summary.text()
    assert not settings.user_file.exists()


@pytest.mark.slow
def test_test_registration_registers_with_the_typed_password_and_removes_the_binding(
        qtbot: QtBot, sip_settings: Settings, test_keyring: FileKeyring, sipp) -> None:
    registrar = sipp("registrar.xml", extra=CREDENTIALS)
    dialog = open_dialog(qtbot, sip_settings)
    retype(qtbot, dialog, "carrier.sip.proxy", f"127.0.0.1:{registrar.port}")
    retype(qtbot, dialog, "carrier.sip.user", USER)
    qtbot.waitUntil(dialog.sip_password.password.isEnabled)
    qtbot.keyClicks(dialog.sip_password.password, PASSWORD)  # typed, not saved
    with qtbot.waitSignal(dialog.sip_test.test_finished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.sip_test.button, Click)
    assert finished.args[0].registered, dialog.sip_test.result.text()
    assert dialog.sip_test.result.text() == (
        f"Registered as {USER}@{DOMAIN} with 127.0.0.1:{registrar.port} over UDP, then removed "
        "the test registration.")
    assert registrar.finish() == 0, registrar.log()  # it also took the un-REGISTER
    *_, unregister = registrar.received("REGISTER")
    assert "Expires: 0" in unregister or "expires=0" in unregister
    assert secrets.get_secret(REGISTRAR_SECRET) is None and not sip_settings.user_file.exists()


@pytest.mark.slow
def test_test_registration_says_when_the_stored_password_is_refused(
        qtbot: QtBot, sip_settings: Settings, test_keyring: FileKeyring, sipp) -> None:
    secrets.set_secret(REGISTRAR_SECRET, "a stale password")
    registrar = sipp("registrar.xml", extra=CREDENTIALS)
    sip_settings.update({"carrier.sip.proxy": f"127.0.0.1:{registrar.port}",
                         "carrier.sip.user": USER})
    dialog = open_dialog(qtbot, sip_settings)
    with qtbot.waitSignal(dialog.sip_test.test_finished, timeout=10_000):
        qtbot.mouseClick(dialog.sip_test.button, Click)
    assert dialog.sip_test.result.text() == (
        f"127.0.0.1:{registrar.port} over UDP refused the password (403 Forbidden); check the "
        "SIP user and type the password again.")
    assert registrar.finish() == 0, registrar.log()


def test_test_registration_asks_for_a_proxy_first(
        qtbot: QtBot, settings: Settings, test_keyring: FileKeyring) -> None:
    dialog = open_dialog(qtbot, settings)
    with qtbot.waitSignal(dialog.sip_test.test_finished, timeout=5000):
        qtbot.mouseClick(dialog.sip_test.button, Click)
    assert dialog.sip_test.result.text() == "No proxy is set: enter the SIP proxy / SBC first."


def test_test_registration_says_when_nothing_answers(
        qtbot: QtBot, sip_settings: Settings, test_keyring: FileKeyring) -> None:
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # takes REGISTERs, answers none
    silent.bind(("127.0.0.1", 0))
    port = silent.getsockname()[1]
    sip_settings.update({"carrier.sip.proxy": f"127.0.0.1:{port}", "carrier.sip.user": USER,
                         "carrier.sip.no_answer_timeout": 1.0})
    dialog = open_dialog(qtbot, sip_settings)
    with silent, qtbot.waitSignal(dialog.sip_test.test_finished, timeout=10_000):
        qtbot.mouseClick(dialog.sip_test.button, Click)
    assert dialog.sip_test.result.text() == (
        f"127.0.0.1:{port} over UDP did not answer within 2 s; check the proxy, the transport "
        "and the firewall.")
