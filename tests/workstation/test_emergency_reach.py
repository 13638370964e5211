"""When emergency calls cannot reach an emergency service, the window and the tray say so, for
as long as it lasts; a carrier setting that breaks is reported at start and again at dial."""

from __future__ import annotations

import pytest

from softphone.blocks.profile import Profile
from softphone.core.checks import REACH_CHECK
from softphone.settings.store import Settings
from tests.sip.conftest import free_sip_port
from tests.workstation.conftest import NO_TRAY_ON_OFFSCREEN

pytestmark = pytest.mark.qt_log_ignore(NO_TRAY_ON_OFFSCREEN, extend=True)

WARNING = ("Emergency calls from this softphone do not reach emergency services: "
           "use another phone.")


def shows_the_warning(app, reason: str) -> None:
    banner = app.window.reach_banner
    assert banner.isVisible() and WARNING in banner.text() and reason in banner.text()
    tray = app.desktop.tray
    assert tray.reach_line.isVisible() and WARNING in tray.reach_line.text()
    assert tray.icon.toolTip().startswith(f"⚠ {WARNING}")
    assert tray.icon.icon().cacheKey() in (tray.no_emergency_icon.cacheKey(),  # red badge
                                           tray.callback_no_emergency_icon.cacheKey())
    [check] = [c for c in app.readiness.checks if c.key == REACH_CHECK]
    assert not check.passed and reason in check.detail


def test_on_the_simulated_carrier_the_window_and_the_tray_say_911_reaches_no_one(
        qtbot, make_app) -> None:
    app = make_app(tray=True)
    shows_the_warning(app, "simulated carrier")
    app.phone.hangup(app.window.dial("911").call_id)  # and it stays: not a passing message
    qtbot.waitUntil(lambda: app.window.emergency_view is None)
    app.window.statusBar().showMessage("something else")
    shows_the_warning(app, "simulated carrier")


def test_an_unknown_adapter_is_reported_at_start_and_at_dial(
        qtbot, make_app, ready_settings: Settings) -> None:
    ready_settings.set("carrier.adapter", "sipp")
    ready_settings.save()
    app = make_app(tray=True)
    assert any("No carrier adapter called 'sipp'" in problem for problem in app.problems)
    assert any("No carrier adapter called 'sipp'" in m for m in app.window.notices.messages())
    shows_the_warning(app, "No carrier adapter called 'sipp'")
    assert app.window.dial("911") is None
    message = app.window.dialpad.message
    assert message.isVisible() and "No carrier adapter called 'sipp'" in message.text()
    assert "Use another phone" in message.text()


def test_a_proxy_with_a_port_above_65535_is_reported_at_start_and_at_dial(
        qtbot, make_app, ready_settings: Settings, profile: Profile) -> None:
    ready_settings.update({"carrier.adapter": "sip", "carrier.sip.domain": "sos.example.com",
                           "carrier.sip.local_address": "127.0.0.1",
                           "carrier.sip.local_port": free_sip_port(),
                           "carrier.sip.proxy": "sbc.example.com:5060"})
    ready_settings.save()
    text = profile.settings_file.read_text()
    profile.settings_file.write_text(text.replace("sbc.example.com:5060", "sbc.example.com:70000"))
    app = make_app(tray=True)
    said = "'sbc.example.com:70000': the port '70000' is outside 1–65535"
    [problem] = [p for p in app.problems if said in p]
    assert str(profile.settings_file) in problem  # the file, and the fix: the valid range
    shows_the_warning(app, "no route for emergency calls")
    call = app.window.dial("911")
    notes = call.notes if call is not None else [app.window.dialpad.message.text()]
    assert any(said in note for note in notes)
