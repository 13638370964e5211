"""Emergency calls, out and back, leave no trace in any file of the profile once the lease ends."""

from __future__ import annotations

import logging
import re

from softphone.app import Application
from softphone.core.calls import CallState
from softphone.qt import QtWidgets

CALLBACK_DIGITS = b"5551230001"
PSAP_DIGITS = b"5550100911"


def assert_no_trace(profile) -> None:
    # The admin's configuration (the callback pool) is not a trace of a call: the settings file
    # and the copy of its carrier part the softphone keeps (settings/last_good.py).
    files = [path for path in profile.root.rglob("*") if path.is_file()
             and path not in (profile.settings_file, profile.last_good_carrier_file)]
    assert any(path.suffix == ".log" for path in files)
    for path in files:
        content = path.read_bytes()
        for secret in (CALLBACK_DIGITS, PSAP_DIGITS, b"40.71", b"74.00"):
            assert secret not in content, f"{secret!r} found in {path.name}"


def test_no_file_keeps_the_number_the_location_or_the_callback_number(qtbot, profile, settings) -> None:
    settings.update({"outbound.caller_id": "+15551230000", "callback.pool": ["+15551230001"],
                     "carrier.simulated.answer_delay": 0.05, "carrier.simulated.speak_greeting": False})
    settings.save()
    application = Application(profile, configure_logging=True, verbose=True)
    application.start(show=True)
    try:
        window = application.window
        application.location.os_fix(40.712776, -74.005974, 12.0)  # New York
        call = window.dial("911")
        qtbot.waitUntil(lambda: call.state is CallState.CONNECTED, timeout=3000)
        assert window.emergency_view is not None
        assert "40.71278" in window.emergency_view.details.text()  # shown to the agent only
        window.trainer_drop_action.trigger()
        qtbot.waitUntil(lambda: window.emergency_view is None)
        window.trainer_callback_action.trigger()
        qtbot.waitUntil(lambda: bool(window.prompts))
        callback = application.phone.answer()
        qtbot.waitUntil(lambda: callback.state is CallState.CONNECTED, timeout=3000)
        application.phone.hangup(callback.call_id)
        application.phone.hangup(window.dial("933").call_id)
        application.phone.leases.end_early()
        application.phone.hangup(window.dial("+15557654321").call_id)
        assert [entry.remote for entry in application.phone.history.recent()] == ["+15557654321"]
        assert_no_trace(profile)  # while running: the database and its write-ahead log
    finally:
        application.shutdown()
        for handler in logging.getLogger().handlers:
            handler.flush()
        QtWidgets.QApplication.processEvents()

    assert_no_trace(profile)  # after a clean exit
    for path in profile.logs_dir.glob("*.log*"):
        for line in path.read_text().splitlines():
            message = line.split(" ", 3)[-1]  # after the timestamp and level
            assert not re.search(r"(?<!\d)(911|933)(?!\d)", message), line
