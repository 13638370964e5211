"""An agent who cannot use a mouse, or cannot see the screen, places and ends the emergency call,
answers the answering point's callback and ends callback mode; the alerts are announced."""

from __future__ import annotations

import pytest

from softphone.app import Application
from softphone.qt import QtCore, QtGui, QtWidgets
from softphone.widgets import accessibility

Key = QtCore.Qt.Key
Modifier = QtCore.Qt.KeyboardModifier
CTRL_SHIFT = Modifier.ControlModifier | Modifier.ShiftModifier


def focused(qtbot) -> QtWidgets.QWidget:
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is not None, timeout=2000)
    widget = QtWidgets.QApplication.focusWidget()
    assert widget is not None
    return widget


def has_focus(qtbot, widget: QtWidgets.QWidget) -> None:
    """Wait for ``widget`` to get the keyboard focus (a window is activated asynchronously)."""
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is widget, timeout=3000)


def press(qtbot, key: Key, modifier: Modifier = Modifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is now, as the agent's keyboard would."""
    qtbot.keyClick(focused(qtbot), key, modifier)


@pytest.fixture
def agent(qtbot, softphone: Application) -> Application:
    """The softphone after its first run's set-up assistant was closed with Esc (offscreen, a
    window shown is always activated, the assistant too)."""
    qtbot.waitUntil(lambda: softphone.assistant.assistant is not None, timeout=3000)
    assistant = softphone.assistant.assistant
    qtbot.waitExposed(assistant)
    assistant.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is assistant, timeout=3000)
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not assistant.isVisible(), timeout=3000)
    softphone.window.activateWindow()
    return softphone


def wait_for_view(qtbot, softphone: Application):
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None, timeout=3000)
    view = softphone.window.emergency_view
    qtbot.waitExposed(view)
    return view


def test_the_whole_emergency_flow_works_with_the_keyboard_alone(qtbot, agent) -> None:
    softphone = agent
    window = softphone.window
    has_focus(qtbot, window.dialpad.number)  # the keyboard starts where a number goes
    qtbot.keyClicks(focused(qtbot), "911")
    press(qtbot, Key.Key_Return)
    view = wait_for_view(qtbot, softphone)
    has_focus(qtbot, view.end_button)
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)
    press(qtbot, Key.Key_H, CTRL_SHIFT)  # End call
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None, timeout=3000)
    assert softphone.phone.calls() == []

    window.trainer_callback_action.trigger()  # the (simulated) answering point calls back
    qtbot.waitUntil(lambda: bool(window.prompts), timeout=3000)
    [prompt] = window.prompts.values()
    qtbot.waitExposed(prompt)
    has_focus(qtbot, prompt.answer_button)
    press(qtbot, Key.Key_A, CTRL_SHIFT)  # Answer
    view = wait_for_view(qtbot, softphone)
    assert softphone.phone.calls()[0].psap_callback
    press(qtbot, Key.Key_Return)  # End call has the focus: Enter ends it too
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None, timeout=3000)

    banner = window.callback_banner
    assert banner.isVisible()
    window.activateWindow()
    press(qtbot, Key.Key_E, Modifier.AltModifier)  # &End callback mode…
    qtbot.waitUntil(lambda: banner.confirmation is not None and banner.confirmation.isVisible())
    box = banner.confirmation
    has_focus(qtbot, box.button(QtWidgets.QMessageBox.StandardButton.No))  # the safe default
    press(qtbot, Key.Key_Y, Modifier.AltModifier)  # &Yes
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert softphone.phone.leases.current() is None


def test_the_call_button_has_a_shortcut_as_well_as_enter(qtbot, agent) -> None:
    softphone = agent
    has_focus(qtbot, softphone.window.dialpad.number)
    qtbot.keyClicks(focused(qtbot), "911")
    press(qtbot, Key.Key_Return, Modifier.ControlModifier)
    wait_for_view(qtbot, softphone)


def test_an_ordinary_call_is_declined_with_its_shortcut(qtbot, agent) -> None:
    agent.drills.ring_in("+15553334444", "+15550000001")
    qtbot.waitUntil(lambda: bool(agent.window.prompts), timeout=3000)
    [prompt] = agent.window.prompts.values()
    qtbot.waitExposed(prompt)
    prompt.activateWindow()
    has_focus(qtbot, prompt.answer_button)
    press(qtbot, Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: agent.phone.calls() == [], timeout=3000)
    assert agent.window.history.numbers() == ["+15553334444"]


def test_each_shortcut_is_told_in_its_buttons_tooltip_and_description(qtbot, softphone) -> None:
    softphone.window.dial("911")
    view = wait_for_view(qtbot, softphone)
    assert view.end_button.shortcut() == accessibility.END_CALL
    keys = accessibility.END_CALL.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
    assert keys in view.end_button.toolTip() and keys in view.end_button.accessibleDescription()
    assert "Ctrl+Return" in softphone.window.dialpad.call_button.toolTip()


def named_controls(root: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """(object name or class, accessible name) of every visible control that takes the focus
    or is a button, as assistive technology reads them."""
    found = []
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible():
            continue
        if widget.focusPolicy() == QtCore.Qt.FocusPolicy.NoFocus and not isinstance(
                widget, QtWidgets.QAbstractButton):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # a part Qt makes inside a control (a spin box's field): read as the control
        if isinstance(widget, (QtWidgets.QScrollBar, QtWidgets.QScrollArea)) or (
                widget.parent() is not None and isinstance(widget.parent(),
                                                           QtWidgets.QAbstractScrollArea)
                and widget is widget.parent().viewport()):
            continue
        interface = QtGui.QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        found.append((widget.objectName() or type(widget).__name__,
                      interface.text(QtGui.QAccessible.Text.Name)))
    return found


def test_every_control_of_the_window_and_the_emergency_view_has_an_accessible_name(
        qtbot, softphone) -> None:
    controls = named_controls(softphone.window)
    softphone.window.dial("911")
    view = wait_for_view(qtbot, softphone)
    controls += named_controls(view)
    assert len(controls) > 20
    assert [name for name, said in controls if not said.strip()] == []


@pytest.fixture
def announcements(monkeypatch) -> list[tuple[QtGui.QAccessible.Event, QtCore.QObject, str]]:
    """What the softphone tells assistive technology (the platform's bridge is the hardware
    edge here: offscreen has none)."""
    heard: list[tuple[QtGui.QAccessible.Event, QtCore.QObject, str]] = []
    real = QtGui.QAccessible.updateAccessibility

    def record(event: QtGui.QAccessibleEvent) -> None:
        said = event.message() if isinstance(event, QtGui.QAccessibleAnnouncementEvent) else ""
        heard.append((event.type(), event.object(), said))
        real(event)

    monkeypatch.setattr(QtGui.QAccessible, "updateAccessibility", staticmethod(record))
    return heard


def test_the_emergency_alert_is_announced_when_the_view_opens(
        qtbot, softphone, announcements) -> None:
    softphone.window.dial("911")
    view = wait_for_view(qtbot, softphone)
    alerts = [(obj, said) for kind, obj, said in announcements
              if kind == QtGui.QAccessible.Event.Alert]
    assert alerts and alerts[0][0] is view.alert
    spoken = [said for kind, obj, said in announcements if obj is view.alert and said]
    assert spoken and "EMERGENCY CALL IN PROGRESS" in spoken[0]
    assert "Your callback number" in spoken[0]


def test_the_answering_points_callback_is_announced_when_it_rings(
        qtbot, softphone, announcements) -> None:
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    announcements.clear()
    softphone.window.trainer_callback_action.trigger()
    qtbot.waitUntil(lambda: bool(softphone.window.prompts), timeout=3000)
    [prompt] = softphone.window.prompts.values()
    qtbot.waitExposed(prompt)
    assert (QtGui.QAccessible.Event.Alert, prompt.title, "") in announcements
    assert any(obj is prompt.title and "calling you back" in said
               for _kind, obj, said in announcements)


def test_the_warning_that_emergency_calls_reach_no_service_is_announced(
        qtbot, start_app, ready_settings, announcements) -> None:
    app = start_app()  # the simulated carrier: emergency calls reach no real service
    banner = app.window.reach_banner
    assert banner.isVisible()
    banner.hide()
    # The readiness reports its checks again, as it does whenever one changes: a refresh alone
    # reports only a change, and whether the audio devices were listed in between is a race.
    app.readiness.changed.emit(app.readiness.checks)
    qtbot.waitUntil(banner.isVisible)
    assert any(obj is banner and "do not reach emergency services" in said
               for _kind, obj, said in announcements)


def test_every_control_of_the_settings_dialog_and_the_callback_prompt_has_an_accessible_name(
        qtbot, test_keyring, softphone) -> None:
    dialog = softphone.show_settings()
    controls = []
    for name in dialog.pages:
        dialog.show_page(name)
        qtbot.waitExposed(dialog)
        controls += named_controls(dialog)
    dialog.close()
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None)
    softphone.window.trainer_callback_action.trigger()
    qtbot.waitUntil(lambda: bool(softphone.window.prompts), timeout=3000)
    [prompt] = softphone.window.prompts.values()
    qtbot.waitExposed(prompt)
    controls += named_controls(prompt)
    assert len(controls) > 50
    assert [name for name, said in controls if not said.strip()] == []
