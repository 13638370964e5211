"""The set-up assistant on the agent's first day, driven like an agent would: real widgets,
offscreen, the whole softphone on the simulated carrier."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtTest import QTest

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.core.calls import CallKind, CallState
from softphone.qt import QtCore, QtWidgets
from softphone.settings.store import Settings
from softphone.widgets.assistant import SetupAssistant
from softphone.widgets.readiness_panel import ReadinessPanel

Click = QtCore.Qt.MouseButton.LeftButton
Key = QtCore.Qt.Key
ADDRESS = {"street": "Woodward Avenue", "house_number": "1", "floor_room": "3rd floor, desk 12",
           "city": "Detroit", "region": "MI", "postcode": "48226", "country": "US"}


def assistant_of(qtbot, app: Application) -> SetupAssistant:
    """The assistant the first start opened (once the event loop ran: ready to dial first)."""
    qtbot.waitUntil(lambda: app.assistant.assistant is not None)
    assistant = app.assistant.assistant
    qtbot.waitExposed(assistant)
    return assistant


def click_through_the_window(window: QtWidgets.QWidget, widget: QtWidgets.QWidget) -> None:
    """A click as the window system delivers it, so that modality applies (unlike widget events)."""
    QTest.mouseClick(window.windowHandle(), Click, QtCore.Qt.KeyboardModifier.NoModifier,
                     widget.mapTo(window, widget.rect().center()))
    QtCore.QCoreApplication.processEvents()  # window-system events are queued


def emergency_view(qtbot, app: Application):
    qtbot.waitUntil(lambda: app.window.emergency_view is not None, timeout=2000)
    view = app.window.emergency_view
    qtbot.waitExposed(view)
    return view


def test_a_first_start_opens_the_assistant_beside_a_window_that_still_dials(
        qtbot, softphone) -> None:
    assistant = assistant_of(qtbot, softphone)
    assert not assistant.isModal() and assistant.windowModality() is QtCore.Qt.WindowModality.NonModal
    assert assistant.testAttribute(QtCore.Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitUntil(lambda: softphone.address_prompter.pending is not None)  # location asked
    assert softphone.address_prompter.dialog is None  # the assistant asks; no prompt on top
    window = softphone.window
    for key in "911":  # the keypad, clicked as the window system delivers clicks
        click_through_the_window(window, window.dialpad.keys[key])
    assert window.dialpad.number.text() == "911"
    click_through_the_window(window, window.dialpad.call_button)
    [call] = softphone.phone.calls()  # handed to the carrier at once
    assert call.kind is CallKind.EMERGENCY
    emergency_view(qtbot, softphone)


def test_an_emergency_number_typed_in_the_assistant_goes_out_at_once(qtbot, softphone) -> None:
    assistant = assistant_of(qtbot, softphone)
    assistant.show_page("admin")  # from any page
    qtbot.keyClicks(assistant.number, "911")
    qtbot.keyClick(assistant.number, Key.Key_Return)
    [call] = softphone.phone.calls()
    assert call.kind is CallKind.EMERGENCY and call.remote == "911"
    assert assistant.number.text() == ""
    view = emergency_view(qtbot, softphone)
    assert QtWidgets.QApplication.activeModalWidget() is view
    qtbot.waitUntil(lambda: view.state_label.text() == "Connected", timeout=3000)


def test_a_number_refused_in_the_assistant_is_explained_there(qtbot, softphone) -> None:
    assistant = assistant_of(qtbot, softphone)
    qtbot.keyClicks(assistant.number, "91l")
    qtbot.mouseClick(assistant.findChild(QtWidgets.QPushButton, "assistantCall"), Click)
    assert assistant.dial_message.isVisible()
    assert "not a phone number" in assistant.dial_message.text()
    assert assistant.number.text() == "91l" and softphone.phone.calls() == []
    assert not softphone.window.dialpad.message.isVisible()


def test_the_address_confirmed_in_the_assistant_is_the_emergency_address(
        qtbot, softphone, start_app) -> None:
    assistant = assistant_of(qtbot, softphone)
    page = assistant.show_page("address")
    assert "no address is confirmed" in page.status.text()
    for name, value in ADDRESS.items():
        field = page.form.fields[name]
        field.clear()
        qtbot.keyClicks(field, value)
    qtbot.waitUntil(lambda: softphone.address_prompter.pending is not None)  # asked meanwhile
    qtbot.mouseClick(page.form.confirm_button, Click)
    assert softphone.location.latest().civic.city == "Detroit"
    address_check = next(c for c in softphone.readiness.refresh() if c.key == "location.address")
    assert address_check.passed
    assert page.status.text().startswith("✔ Confirmed")

    qtbot.mouseClick(assistant.close_button, Click)
    assert not assistant.isVisible()
    assert softphone.address_prompter.dialog is None  # nothing left to ask
    softphone.window.dial("911")
    view = emergency_view(qtbot, softphone)
    assert "Location sent: 1 Woodward Avenue" in view.details.text()


def test_closing_the_assistant_lets_the_held_back_address_prompt_show(qtbot, softphone) -> None:
    assistant = assistant_of(qtbot, softphone)
    qtbot.waitUntil(lambda: softphone.address_prompter.pending is not None)  # location asked
    qtbot.mouseClick(assistant.close_button, Click)
    dialog = softphone.address_prompter.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()


def test_the_assistant_opens_on_the_first_start_only(
        qtbot, ready_settings: Settings, profile: Profile) -> None:
    for start in ("first", "again"):
        app = Application(profile, configure_logging=False)
        app.start(show=True)
        try:
            if start == "first":
                qtbot.mouseClick(assistant_of(qtbot, app).close_button, Click)
            else:
                assert not app.assistant.due and app.assistant.assistant is None  # not built
        finally:
            app.shutdown()


def test_a_hidden_start_never_opens_the_assistant(
        qtbot, ready_settings: Settings, start_app: Callable[..., Application]) -> None:
    app = start_app(show=False)  # in the tray at login: no window, no assistant
    assert not app.assistant.due and app.assistant.assistant is None


def test_the_admin_page_lists_what_only_an_admin_can_set_and_who_to_ask(
        qtbot, settings: Settings, start_app: Callable[..., Application]) -> None:
    settings.update({"carrier.simulated.speak_greeting": False, "location.ip_fallback": False})
    settings.save()
    app = start_app()
    page = assistant_of(qtbot, app).show_page("admin")
    listed = {label.objectName().removeprefix("adminItem:")
              for label in page.findChildren(QtWidgets.QLabel)
              if label.objectName().startswith("adminItem:")}
    assert {"outbound.profile", "callback.number", "notify.settings"} <= listed
    assert not listed & {"location.address", "location.country", "audio.microphone"}  # agent's
    item = page.findChild(QtWidgets.QLabel, "adminItem:callback.number")
    assert "Set callback.pool or outbound.caller_id" in item.text()
    assert page.ask.text().startswith("Who to ask: your supervisor or IT department.")

    app.settings.set("agent.help_contact", "IT service desk, extension 4357")
    assert page.ask.text() == "Who to ask: IT service desk, extension 4357"
    app.settings.update({"outbound.caller_id": "+15551230000",
                         "callback.pool": ["+15551230001"]})
    app.readiness.refresh()
    shown = [label.objectName() for label in page.findChildren(QtWidgets.QLabel)
             if label.objectName().startswith("adminItem:") and label.isVisible()]
    assert "adminItem:callback.number" not in shown and "adminItem:outbound.profile" not in shown


def test_the_test_call_page_calls_933_and_shows_what_it_read_back(qtbot, softphone) -> None:
    assistant = assistant_of(qtbot, softphone)
    page = assistant.show_page("test_call")
    assert page.call_button.isEnabled() and not page.unavailable.isVisible()
    qtbot.mouseClick(page.call_button, Click)
    [call] = softphone.phone.calls()
    assert call.kind is CallKind.TEST and call.remote == "933"
    assert softphone.window.emergency_view is None  # a test, not an emergency
    qtbot.waitUntil(lambda: page.heard.isVisible(), timeout=5000)
    assert "5 5 5 1 2 3 0 0 0 1" in page.heard.text()  # the callback number it was given
    assert page.state.text() == "Connected: listen to what the test line read back."
    qtbot.mouseClick(page.hangup_button, Click)
    qtbot.waitUntil(lambda: call.state is CallState.ENDED)
    assert page.state.text() == "The test call has ended." and page.call_button.isEnabled()


def test_outside_the_us_the_test_call_page_says_there_is_no_test_line(
        qtbot, ready_settings: Settings, start_app: Callable[..., Application]) -> None:
    ready_settings.update({"agent.country": "DK"})
    ready_settings.save()
    app = start_app()
    page = assistant_of(qtbot, app).show_page("test_call")
    assert not page.call_button.isEnabled() and page.unavailable.isVisible()
    assert "United States and Puerto Rico only" in page.unavailable.text()


def test_the_readiness_panel_opens_the_assistant_again_at_the_page_for_a_check(
        qtbot, softphone, profile: Profile) -> None:
    qtbot.mouseClick(assistant_of(qtbot, softphone).close_button, Click)
    panel: ReadinessPanel = softphone.show_readiness()
    qtbot.mouseClick(panel.assistant_button, Click)
    assistant = assistant_of(qtbot, softphone)
    assert assistant.isActiveWindow() or assistant.isVisible()
    qtbot.mouseClick(assistant.close_button, Click)
    row = panel.row("location.address")
    panel.table.itemDoubleClicked.emit(row, 0)
    assert assistant.isVisible() and assistant.stack.currentWidget() is assistant.pages["address"]
    row = panel.row("callback.number")
    panel.table.itemDoubleClicked.emit(row, 0)
    assert assistant.stack.currentWidget() is assistant.pages["admin"]
