"""Living in the tray: closing the window keeps the softphone, and emergency callbacks, alive."""

from __future__ import annotations

import pytest

from softphone.core.calls import CallState
from softphone.qt import QtCore, QtWidgets
from tests.helpers import POOL
from tests.workstation.conftest import NO_TRAY_ON_OFFSCREEN, accepts_commands

pytestmark = pytest.mark.qt_log_ignore(NO_TRAY_ON_OFFSCREEN, extend=True)

Left = QtCore.Qt.MouseButton.LeftButton


def end_an_emergency_call(qtbot, app) -> None:
    """911 and hang up: the agent is now in callback mode."""
    app.phone.hangup(app.window.dial("911").call_id)
    qtbot.waitUntil(lambda: app.window.emergency_view is None)
    assert app.phone.leases.current() is not None


def ringing_prompt(qtbot, app):
    qtbot.waitUntil(lambda: bool(app.window.prompts))
    [prompt] = app.window.prompts.values()
    qtbot.waitExposed(prompt)
    return prompt


def test_closing_the_window_hides_it_in_the_tray_and_a_psap_callback_still_rings(qtbot, make_app):
    app = make_app(tray=True)
    end_an_emergency_call(qtbot, app)
    assert app.window.close() is False  # the close was taken over: hidden, not closed
    assert not app.window.isVisible() and app.desktop.tray.visible
    assert not QtWidgets.QApplication.quitOnLastWindowClosed()
    assert accepts_commands(app.profile)

    app.window.trainer_callback_action.trigger()
    prompt = ringing_prompt(qtbot, app)
    [call] = app.phone.calls()
    assert call.psap_callback and call.state is CallState.RINGING
    assert prompt.isVisible() and not app.window.isVisible()
    assert "EMERGENCY CALLBACK" in prompt.findChild(QtWidgets.QLabel, "incomingTitle").text()

    qtbot.mouseClick(prompt.answer_button, Left)
    qtbot.waitUntil(lambda: app.window.emergency_view is not None)
    view = app.window.emergency_view
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)
    assert view.alert.text() == "⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠"


def test_without_a_tray_closing_minimises_and_a_psap_callback_brings_the_window_back(qtbot, make_app):
    app = make_app(tray=False)
    assert not app.desktop.tray.visible
    end_an_emergency_call(qtbot, app)
    assert app.window.close() is False
    assert app.window.isVisible() and app.window.isMinimized()

    app.drills.call_back()
    prompt = ringing_prompt(qtbot, app)
    assert prompt.isVisible()
    qtbot.waitUntil(lambda: not app.window.isMinimized())


def test_the_tray_shows_callback_mode_with_its_number_and_countdown_until_it_ends(qtbot, make_app):
    app = make_app(tray=True)
    tray = app.desktop.tray
    assert not tray.callback_line.isVisible()
    # The simulated carrier reaches no emergency service: that red badge stays throughout.
    assert tray.icon.icon().cacheKey() == tray.no_emergency_icon.cacheKey()
    assert tray.icon.toolTip().endswith("\nSoftphone: Available")

    end_an_emergency_call(qtbot, app)
    assert tray.callback_line.isVisible()
    assert tray.callback_line.text().startswith(f"Callback mode: {POOL[0]}, ")
    assert tray.callback_line.text().endswith(" left")
    assert "Callback mode" in tray.icon.toolTip()
    assert tray.icon.icon().cacheKey() == tray.callback_no_emergency_icon.cacheKey()
    first = tray.callback_line.text()
    qtbot.waitUntil(lambda: tray.callback_line.text() != first, timeout=3000)  # it counts down

    app.phone.leases.end_early()
    assert not tray.callback_line.isVisible()
    assert tray.icon.icon().cacheKey() == tray.no_emergency_icon.cacheKey()


def test_presence_is_set_from_the_tray_and_locked_there_during_an_emergency_call(qtbot, make_app):
    app = make_app(tray=True)
    tray = app.desktop.tray
    [away] = [a for a in tray.presence_menu.actions() if a.text() == "Away"]
    away.trigger()
    assert app.phone.presence.status == "Away"
    assert [a.text() for a in tray.presence_menu.actions() if a.isChecked()] == ["Away"]
    assert tray.status_line.text() == "Presence: Away"

    app.window.dial("911")
    assert not tray.presence_menu.isEnabled()
    assert tray.status_line.text() == "Presence: Do not disturb (emergency call)"


def test_dial_from_the_tray_places_the_call_with_the_window_closed(qtbot, make_app):
    app = make_app(tray=True)
    app.window.close()
    box = app.desktop.tray.open_dial()
    qtbot.waitExposed(box)
    box.setTextValue("+15557654321")
    box.accept()
    [call] = app.phone.calls()
    assert call.remote == "+15557654321" and not app.window.isVisible()


def test_a_number_that_cannot_be_dialled_from_the_tray_opens_the_window_with_it_kept(qtbot, make_app):
    app = make_app(tray=True)
    app.window.close()
    app.desktop.dial("91l")
    assert app.window.isVisible()
    assert app.window.dialpad.number.text() == "91l"
    assert "not a phone number" in app.window.dialpad.message.text()
    assert app.phone.calls() == []


@pytest.mark.parametrize("menu", ["tray", "window"])
def test_quit_is_refused_during_an_emergency_call_and_says_why(qtbot, make_app, menu):
    app = make_app(tray=True)
    app.window.dial("911")
    (app.desktop.tray if menu == "tray" else app.window).quit_action.trigger()
    box = app.desktop.quit_refusal
    assert box is not None
    qtbot.waitExposed(box)
    assert "emergency call is up" in box.text()
    assert app.phone.emergency.active
    assert accepts_commands(app.profile)


def test_quit_from_the_tray_ends_the_instance(qtbot, make_app, monkeypatch):
    exits: list[int] = []
    # The real exit would also end every later event loop of this test session's application.
    monkeypatch.setattr(QtWidgets.QApplication, "exit", exits.append)
    app = make_app(tray=True)
    app.desktop.tray.quit_action.trigger()
    assert exits == [0] and not accepts_commands(app.profile)


def test_clicking_the_tray_icon_brings_the_window_back(qtbot, make_app):
    app = make_app(tray=True)
    app.window.close()
    app.desktop.tray.icon.activated.emit(QtWidgets.QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitExposed(app.window)
    assert app.window.isVisible()


def test_a_hidden_start_with_a_tray_shows_only_the_tray(qtbot, make_app):
    app = make_app(tray=True, show=False)
    assert app.desktop.tray.visible and not app.window.isVisible()
    assert app.window.windowIcon().cacheKey() == app.desktop.tray.normal_icon.cacheKey()
