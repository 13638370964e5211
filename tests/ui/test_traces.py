"""Every trace an emergency call leaves has a bounded life: after a drill with the mail server
down and the softphone closed past the notification's give-up time, no file in the profile or
its log folder holds the callback number, the address or the coordinates."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from softphone.app import Application
from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.core.calls import CallState
from softphone.notify.notifier import NotifyState
from softphone.qt import QtWidgets
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    RECIPIENTS,
    SECRET_NAME,
    SENDER,
    SMTP_PASSWORD,
    SMTP_USER,
    StalledServer,
    free_port,
)

CALLBACK = "5551230001"
ADDRESS = ("Example Avenue", "350 Example")
COORDINATES = ("40.712", "40.71", "-74.00", "74.005", "74.006")
DAY_AND_AN_HOUR = 25 * 3600

FLEET = f"""\
version = 1
[outbound]
caller_id = "+15551230000"
[callback]
pool = ["+1{CALLBACK}"]
lease_minutes = 60
[carrier.simulated]
answer_delay = 0.05
speak_greeting = false
[location]
ip_fallback = false
[location.address]
street = "Example Avenue"
house_number = "350"
floor_room = "Floor 2"
city = "New York"
region = "NY"
postcode = "10001"
country = "US"
[notify]
recipients = {list(RECIPIENTS)!r}
[notify.smtp]
host = "127.0.0.1"
port = {{port}}
user = "{SMTP_USER}"
sender = "{SENDER}"
""".replace("'", '"')

# The admin's configuration holds the pool by design: the settings files, and the copy of the
# carrier part the softphone keeps. Not a trace of a call, and there before any call.
CONFIGURATION = ("settings.toml", "carrier-last-good.toml")


def every_file(profile: Profile) -> list[Path]:
    folders = {profile.root, profile.logs_dir}
    return sorted({path for folder in folders if folder.exists()
                   for path in folder.rglob("*") if path.is_file()})


def drill(qtbot: QtBot, application: Application) -> None:
    """Two emergency calls (the answering point drops the first; the second with a position),
    and the answering point's callback, answered and ended: the agent's side of a drill."""
    window = application.window
    first = window.dial("911")  # the registered address only: no position yet
    assert first is not None
    qtbot.waitUntil(lambda: first.state is CallState.CONNECTED, timeout=5000)
    window.trainer_drop_action.trigger()
    qtbot.waitUntil(lambda: window.emergency_view is None, timeout=5000)
    application.location.os_fix(40.712776, -74.005974, 12.0)  # New York, by the system
    second = window.dial("911")
    assert second is not None
    qtbot.waitUntil(lambda: second.state is CallState.CONNECTED, timeout=5000)
    application.phone.hangup(second.call_id)
    window.trainer_callback_action.trigger()
    qtbot.waitUntil(lambda: bool(window.prompts), timeout=5000)
    callback = application.phone.answer()
    qtbot.waitUntil(lambda: callback.state is CallState.CONNECTED, timeout=5000)
    application.phone.hangup(callback.call_id)


def close(application: Application) -> None:
    application.shutdown()
    for handler in logging.getLogger().handlers:
        handler.flush()
    QtWidgets.QApplication.processEvents()


def test_a_day_after_a_drill_with_the_mail_server_down_no_file_holds_a_number_or_a_place(
        qtbot: QtBot, profile: Profile, test_keyring: FileKeyring) -> None:
    port = free_port()
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    profile.fleet_file.write_text(FLEET.replace("{port}", str(port)), encoding="utf-8")
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)

    application = Application(profile, configure_logging=True, verbose=True)
    application.start(show=True)
    try:
        drill(qtbot, application)
        qtbot.waitUntil(lambda: application.notifier.status.state is NotifyState.PENDING,
                        timeout=10_000)  # stored, tried: the server is down
        stored = b"".join(path.read_bytes() for path in every_file(profile))
        assert b"Example Avenue" in stored and b"40.71278" in stored  # the test can see them
    finally:
        close(application)

    # A day later the mail server answers connections but says nothing: what is past its time
    # is erased at start, not after a send that hangs.
    stalled = StalledServer(port)
    later = Application(profile, configure_logging=True, verbose=True,
                        clock=lambda: time.time() + DAY_AND_AN_HOUR)
    later.start(show=True)
    try:
        qtbot.waitUntil(lambda: later.notifier.status.state is NotifyState.FAILED, timeout=10_000)
        assert "NOT delivered" in later.notifier.status.text  # and the agent is told
        assert later.phone.leases.current() is None
    finally:
        close(later)
        stalled.close()

    for path in every_file(profile):
        content = path.read_bytes()
        for place in (*ADDRESS, *COORDINATES):
            assert place.encode() not in content, f"{place!r} found in {path.name}"
        if path.name not in CONFIGURATION:
            assert CALLBACK.encode() not in content, f"the callback number is in {path.name}"
    for path in profile.logs_dir.glob("*.log*"):
        for line in path.read_text().splitlines():
            message = line.split(" ", 3)[-1]
            assert not re.search(r"(?i)emergenc|do not disturb|notification|callback|lease|"
                                 r"(?<!\d)(911|933)(?!\d)", message), line
