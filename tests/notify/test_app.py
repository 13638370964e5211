"""The notifier inside the whole app: the emergency view shows its status, the readiness panel
its check, and a notification queued before the app was killed goes out after a restart."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import trustme
from pytestqt.qtbot import QtBot

from softphone.app import Application
from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.qt import QtGui
from softphone.settings.store import Settings
from tests.helpers import wait_for_instance
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    RECIPIENTS,
    SECRET_NAME,
    SMTP_PASSWORD,
    MailServer,
    configure,
    free_port,
)

POOL = ["+15551230001"]


def prepare(settings: Settings, ca_file: Path, server: MailServer | None = None,
            port: int | None = None) -> None:
    settings.update({"outbound.caller_id": "+15551230000", "callback.pool": POOL,
                     "carrier.simulated.answer_delay": 0.1,
                     "carrier.simulated.speak_greeting": False})
    configure(settings, server, port, ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)


def notification_text(application: Application) -> str:
    view = application.window.emergency_view
    return view.notification.text() if view is not None else ""


def test_the_emergency_view_says_contacts_notified_once_the_server_took_the_email(
        qtbot: QtBot, settings: Settings, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring, start_app: Callable[[], Application]) -> None:
    prepare(settings, server=mail_server, ca_file=ca_file)
    application = start_app()
    application.phone.dial("911")
    qtbot.waitUntil(lambda: notification_text(application) == (
        "Contacts notified"), timeout=10000)
    [received] = mail_server.messages
    assert set(received.rcpt_tos) == set(RECIPIENTS)
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    assert message["Subject"] == "EMERGENCY CALL PLACED: Dana Agent dialled 911 at FLOOR2-17"
    body = message.get_body(("plain",))
    assert body is not None and POOL[0] in body.get_content()


def test_the_location_the_softphone_holds_reaches_the_contacts_email(
        qtbot: QtBot, settings: Settings, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring, start_app: Callable[[], Application]) -> None:
    prepare(settings, server=mail_server, ca_file=ca_file)
    application = start_app()
    application.location.os_fix(41.878113, -87.629799, 15.0)  # Chicago, by the system
    application.phone.dial("911")
    [received] = mail_server.wait_for(1)
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    for kind in ("plain", "html"):
        body = message.get_body((kind,))
        assert body is not None
        content = body.get_content()
        assert "41.87811, -87.62980" in content and "±15 m" in content, kind
        assert "the operating system" in content and "positioning" in content, kind


def test_the_contacts_hear_of_an_emergency_call_the_carrier_refused_on_the_spot(
        qtbot: QtBot, settings: Settings, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring, start_app: Callable[[], Application]) -> None:
    prepare(settings, server=mail_server, ca_file=ca_file)
    settings.update({"carrier.adapter": "nosuchcarrier"})
    settings.save()
    application = start_app()
    assert application.window.dial("911") is None  # refused at once: shown, not placed
    assert not application.phone.emergency.active
    [received] = mail_server.wait_for(1)
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    assert message["Subject"] == "EMERGENCY CALL FAILED: Dana Agent dialled 911 at FLOOR2-17"
    body = message.get_body(("plain",))
    assert body is not None
    assert ("The call FAILED: the carrier refused it at once (No calls can be placed: No carrier "
            "adapter called 'nosuchcarrier'") in " ".join(body.get_content().split())


def test_the_emergency_view_says_pending_and_why_while_the_server_is_down(
        qtbot: QtBot, settings: Settings, ca_file: Path, test_keyring: FileKeyring,
        start_app: Callable[[], Application]) -> None:
    prepare(settings, port=free_port(), ca_file=ca_file)
    application = start_app()
    application.phone.dial("911")
    qtbot.waitUntil(lambda: notification_text(application).startswith(
        "Notification pending (retrying): 127.0.0.1:"), timeout=10000)
    assert "refused the connection" in notification_text(application)
    [check] = [c for c in application.readiness.checks if c.key == "notify.settings"]
    assert check.passed  # the settings are complete; the server is what is down


def test_the_readiness_panel_says_when_no_contacts_are_configured(
        qtbot: QtBot, test_keyring: FileKeyring, start_app: Callable[[], Application]) -> None:
    application = start_app()
    [check] = [c for c in application.readiness.checks if c.key == "notify.settings"]
    assert not check.passed and "No emergency contacts configured" in check.detail
    indicator = application.readiness_indicator
    assert indicator.state in ("problems", "unsupported")
    assert "✖ Emergency contacts' mailbox settings complete: No emergency contacts configured" in (
        indicator.toolTip())


def test_the_settings_menu_opens_the_settings_dialog(
        qtbot: QtBot, test_keyring: FileKeyring, start_app: Callable[[], Application]) -> None:
    application = start_app()
    action = application.window.findChild(QtGui.QAction, "openSettings")
    assert action.text() == "Settings…"
    action.trigger()
    assert application.settings_dialog is not None
    qtbot.waitExposed(application.settings_dialog)


# -- the whole app as a process, killed and restarted --------------------------------------------

def softphone(profile: Profile, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "softphone", "--profile", str(profile.root), *arguments]


def outbox(profile: Profile, query: str) -> int:
    """One number from the app's outbox (0 while it does not exist yet)."""
    path = profile.root / "outbox.db"
    if not path.exists():
        return 0
    db = sqlite3.connect(path)
    try:
        return int(db.execute(query).fetchone()[0] or 0)
    except sqlite3.OperationalError:  # the table is being created
        return 0
    finally:
        db.close()


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """For a separate process there is no signal to wait on: poll its files, with a deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never became true"
        time.sleep(0.05)


@pytest.mark.slow
def test_an_email_queued_before_the_app_was_killed_goes_out_once_after_a_restart(
        settings: Settings, profile: Profile, ca: trustme.CA, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    port = free_port()
    prepare(settings, port=port, ca_file=ca_file)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(softphone(profile, "run", "--hidden"), env=environment,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_instance(profile)  # else the first dial starts an instance of its own
        dialled = subprocess.run(softphone(profile, "dial", "911"), env=environment,
                                 capture_output=True, text=True, timeout=60)
        assert dialled.returncode == 0, dialled.stderr
        # Stored and tried once: the server is down.
        wait_until(lambda: outbox(profile, "SELECT MAX(attempts) FROM outbox") >= 1)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)

    server = MailServer(ca, port)
    server.start()
    second = subprocess.Popen(softphone(profile, "run", "--hidden"), env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        server.wait_for(1, timeout=30)
        wait_until(lambda: outbox(profile, "SELECT COUNT(*) FROM outbox") == 0)
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait(10)
        server.stop()
    assert len(server.messages) == 1


def test_the_emergency_view_says_when_no_contacts_are_configured(
        qtbot: QtBot, test_keyring: FileKeyring, start_app: Callable[[], Application]) -> None:
    application = start_app()
    application.phone.dial("911")
    qtbot.waitUntil(lambda: notification_text(application) == "No emergency contacts configured")
