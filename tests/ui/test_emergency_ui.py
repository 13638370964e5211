"""The emergency flow as the agent sees it: real widgets, offscreen, on the simulated carrier."""

from __future__ import annotations

from PySide6.QtTest import QTest

from softphone import __version__
from softphone.app import Application
from softphone.core.calls import CallKind, CallState
from softphone.qt import QtCore, QtWidgets
from tests.helpers import POOL
from tests.ui.dialog_helpers import wheel

Key = QtCore.Qt.Key


def dial_by_keyboard(qtbot, softphone: Application, text: str) -> None:
    number = softphone.window.dialpad.number
    number.setFocus()
    qtbot.keyClicks(number, text)
    qtbot.keyClick(number, Key.Key_Return)


def emergency_view(qtbot, softphone: Application):
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None, timeout=2000)
    view = softphone.window.emergency_view
    qtbot.waitExposed(view)
    return view


def test_typing_911_and_enter_opens_the_emergency_view_with_the_call_placed(qtbot, softphone) -> None:
    dial_by_keyboard(qtbot, softphone, "911")
    [call] = softphone.phone.calls()
    assert call.kind is CallKind.EMERGENCY and call.remote == "911"
    view = emergency_view(qtbot, softphone)
    assert view.alert.text() == "⚠  EMERGENCY CALL IN PROGRESS  ⚠"
    assert f"Your callback number: {POOL[0]}" in view.details.text()
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)


def test_the_keypad_builds_the_number_and_the_call_button_dials(qtbot, softphone) -> None:
    for key in "911":
        qtbot.mouseClick(softphone.window.dialpad.keys[key], QtCore.Qt.MouseButton.LeftButton)
    assert softphone.window.dialpad.number.text() == "911"
    qtbot.mouseClick(softphone.window.dialpad.call_button, QtCore.Qt.MouseButton.LeftButton)
    emergency_view(qtbot, softphone)


def test_a_pasted_tel_link_behind_the_outside_line_prefix_is_an_emergency_call(qtbot, softphone) -> None:
    softphone.settings.set("dialing.outside_line_prefix", "9")
    QtWidgets.QApplication.clipboard().setText("tel:9-911")
    number = softphone.window.dialpad.number
    number.setFocus()
    qtbot.keyClick(number, Key.Key_V, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert number.text() == "tel:9-911"
    qtbot.keyClick(number, Key.Key_Return)
    view = emergency_view(qtbot, softphone)
    assert "Calling: 911" in view.details.text()


def test_911_pasted_in_arabic_indic_digits_opens_the_emergency_view(qtbot, softphone) -> None:
    # Pasted, as from a web page or an input method: QTest cannot type non-Latin keys.
    QtWidgets.QApplication.clipboard().setText("٩١١")
    number = softphone.window.dialpad.number
    number.setFocus()
    qtbot.keyClick(number, Key.Key_V, QtCore.Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(number, Key.Key_Return)
    view = emergency_view(qtbot, softphone)
    assert "Calling: 911" in view.details.text()


def test_a_malformed_number_is_explained_and_kept_for_correction(qtbot, softphone) -> None:
    dial_by_keyboard(qtbot, softphone, "91l")
    dialpad = softphone.window.dialpad
    assert dialpad.message.isVisible() and "not a phone number" in dialpad.message.text()
    assert dialpad.number.text() == "91l" and softphone.phone.calls() == []


def test_presence_shows_dnd_locked_during_the_call_and_returns_after(qtbot, softphone) -> None:
    box = softphone.window.presence
    box.setCurrentText("Away")
    box.activated.emit(box.currentIndex())
    assert softphone.phone.presence.status == "Away"
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    assert box.currentText() == "Do not disturb" and not box.isEnabled()
    qtbot.mouseClick(view.end_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    assert box.currentText() == "Away" and box.isEnabled()


def click_through_the_window(window: QtWidgets.QWidget, widget: QtWidgets.QWidget) -> None:
    """A click as the window system delivers it, so that modality applies (unlike widget events)."""
    QTest.mouseClick(window.windowHandle(), QtCore.Qt.MouseButton.LeftButton,
                     QtCore.Qt.KeyboardModifier.NoModifier, widget.mapTo(window, widget.rect().center()))
    QtCore.QCoreApplication.processEvents()  # window-system events are queued


def test_the_emergency_view_blocks_the_window_and_cannot_be_dismissed(qtbot, softphone) -> None:
    window = softphone.window
    click_through_the_window(window, window.dialpad.keys["5"])
    assert window.dialpad.number.text() == "5"  # the window takes clicks while no call is up
    window.dialpad.clear()
    window.dial("911")
    view = emergency_view(qtbot, softphone)
    assert QtWidgets.QApplication.activeModalWidget() is view
    assert view.windowModality() is QtCore.Qt.WindowModality.ApplicationModal
    click_through_the_window(window, window.dialpad.keys["5"])
    click_through_the_window(window, window.presence)
    assert window.dialpad.number.text() == ""
    QTest.keyClick(view.windowHandle(), Key.Key_Escape)
    view.close()
    assert view.isVisible() and softphone.phone.emergency.active


def test_the_emergency_view_offers_only_end_call_and_device_settings(qtbot, softphone) -> None:
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    headset = view.findChild(QtWidgets.QWidget, "devicePanel")
    buttons = {b.text() for b in view.findChildren(QtWidgets.QAbstractButton)
               if b.isVisible() and not headset.isAncestorOf(b)}
    assert buttons == {"End call"}
    for forbidden in ("Hold", "Transfer", "Record", "Notes", "Save", "Refresh"):
        assert not any(forbidden.lower() in b.lower() for b in buttons)


def test_the_timer_runs_while_the_call_is_up(qtbot, softphone) -> None:
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    qtbot.waitUntil(lambda: view.timer_label.text() == "00:01", timeout=3000)


def test_callback_mode_shows_the_number_and_a_countdown_after_the_call(qtbot, softphone) -> None:
    banner = softphone.window.callback_banner
    assert not banner.isVisible()
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    assert "paused" in banner.countdown.text()
    qtbot.mouseClick(view.end_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    assert banner.isVisible() and POOL[0] in banner.title.text()
    assert banner.countdown.text() in ("60:00 left", "59:59 left")


def test_callback_mode_can_be_ended_early_after_confirming(qtbot, softphone) -> None:
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    banner = softphone.window.callback_banner
    qtbot.mouseClick(banner.end_button, QtCore.Qt.MouseButton.LeftButton)
    box = banner.confirmation
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QtWidgets.QMessageBox.StandardButton.No),
                     QtCore.Qt.MouseButton.LeftButton)
    assert banner.isVisible() and softphone.phone.leases.current() is not None
    qtbot.mouseClick(banner.end_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(banner.confirmation.button(QtWidgets.QMessageBox.StandardButton.Yes),
                     QtCore.Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and softphone.phone.leases.current() is None


def test_a_psap_callback_rings_through_dnd_and_opens_the_emergency_view(qtbot, softphone) -> None:
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    softphone.phone.presence.set("Do not disturb")
    softphone.window.trainer_callback_action.trigger()
    qtbot.waitUntil(lambda: bool(softphone.window.prompts))
    [prompt] = softphone.window.prompts.values()
    qtbot.waitExposed(prompt)
    assert "EMERGENCY CALLBACK" in prompt.findChild(QtWidgets.QLabel, "incomingTitle").text()
    assert not prompt.decline_button.isVisible()
    qtbot.mouseClick(prompt.answer_button, QtCore.Qt.MouseButton.LeftButton)
    view = emergency_view(qtbot, softphone)
    assert view.alert.text() == "⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠"
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)
    softphone.window.trainer_drop_action.setEnabled(True)
    qtbot.mouseClick(view.end_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    assert softphone.window.presence.currentText() == "Do not disturb"


def test_an_ordinary_call_during_dnd_is_refused_and_listed_in_history(qtbot, softphone) -> None:
    softphone.phone.presence.set("Do not disturb")
    softphone.drills.ring_in("+15553334444", "+15550000001")
    qtbot.waitUntil(lambda: softphone.window.history.numbers() == ["+15553334444"])
    assert softphone.window.prompts == {} and softphone.phone.calls() == []


def test_the_answering_point_dropping_the_call_restores_presence(qtbot, softphone) -> None:
    softphone.phone.presence.set("Busy")
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)
    softphone.window.trainer_drop_action.trigger()
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    assert softphone.window.presence.currentText() == "Busy"
    assert softphone.window.callback_banner.isVisible()


def test_933_is_labelled_as_a_test_and_reads_back_what_it_received(qtbot, softphone) -> None:
    softphone.window.dial("933")
    [call] = softphone.phone.calls()
    assert softphone.window.emergency_view is None
    row = softphone.window.calls.row(call.call_id)
    assert "TEST CALL" in row.label.text()
    qtbot.waitUntil(lambda: row.speech.isVisible(), timeout=3000)
    assert "5 5 5 1 2 3 0 0 0 1" in row.speech.text()  # the callback number it was given
    assert softphone.phone.presence.status == "Available" and call.state is CallState.CONNECTED


def test_normal_calls_are_in_the_history_and_emergency_calls_are_not(qtbot, softphone) -> None:
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    softphone.phone.hangup(softphone.window.dial("933").call_id)
    softphone.phone.hangup(softphone.window.dial("+15557654321").call_id)
    assert softphone.window.history.numbers() == ["+15557654321"]


def test_outside_a_supported_country_911_is_dialled_with_a_warning_before_and_during(
        qtbot, softphone) -> None:
    softphone.location.os_fix(55.6050, 13.0038, 25.0)  # Malmö, Sweden
    warning = softphone.window.support_warning
    qtbot.waitUntil(lambda: warning.isVisible())
    assert "Sweden" in warning.text() and "still" in warning.text()
    call = softphone.window.dial("911")
    assert call is not None and call.is_emergency
    view = emergency_view(qtbot, softphone)
    assert view.support_warning.isVisible() and "Sweden" in view.support_warning.text()
    softphone.location.os_fix(55.6761, 12.5683, 25.0)  # Copenhagen, Denmark
    qtbot.waitUntil(lambda: not warning.isVisible())


def test_the_window_menus_open_settings_devices_and_the_readiness_panel(
        qtbot, test_keyring, softphone) -> None:
    softphone.window.readiness_action.trigger()
    assert softphone.readiness_panel is not None and softphone.readiness_panel.isVisible()
    softphone.window.settings_action.trigger()
    assert softphone.settings_dialog is not None and softphone.settings_dialog.isVisible()
    softphone.window.devices_action.trigger()
    qtbot.waitUntil(lambda: any(w.objectName() == "audioDevices" and w.isVisible()
                                for w in QtWidgets.QApplication.topLevelWidgets()))


def test_about_gives_the_version_and_the_openstreetmap_credit(softphone) -> None:
    box = softphone.window.show_about()
    assert box.isVisible() and "© OpenStreetMap contributors" in box.text()
    assert __version__ in box.text()


def test_a_wheel_turn_over_the_headset_pickers_in_the_emergency_view_switches_nothing(
        qtbot, softphone) -> None:
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    panel = view.findChild(QtWidgets.QWidget, "devicePanel")
    fields = [widget for widget in panel.findChildren(QtWidgets.QWidget)
              if isinstance(widget, QtWidgets.QComboBox | QtWidgets.QAbstractSlider)]
    assert fields
    before = {field.objectName(): (field.currentIndex() if isinstance(field, QtWidgets.QComboBox)
                                   else field.value()) for field in fields}
    for field in fields:
        for notches in (-2, 2, -1):
            wheel(view, field, notches)
    after = {field.objectName(): (field.currentIndex() if isinstance(field, QtWidgets.QComboBox)
                                  else field.value()) for field in fields}
    assert after == before
    assert softphone.settings["audio.speaker_volume"] == 100
