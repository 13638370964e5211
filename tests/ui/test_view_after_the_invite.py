"""The emergency view opens one turn of the event loop after the dial, not inside it: the
carrier's thread sends the INVITE while the view would otherwise be built (issue 14). Nothing
else waits for it (Do not disturb, the lease), a call that ended meanwhile opens none, the
ringing prompts still give way to it, and what went wrong meanwhile is said in it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from softphone.app import Application
from softphone.qt import QtCore
from softphone.widgets.emergency_view import EmergencyView


def views(softphone: Application) -> list[EmergencyView]:
    """The emergency views that exist, found without asking the window (asking opens one)."""
    return softphone.window.findChildren(EmergencyView)


def enter(qtbot: QtBot, softphone: Application, number: str) -> None:
    field = softphone.window.dialpad.number
    field.setFocus()
    qtbot.keyClicks(field, number)
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)


def test_enter_on_911_places_the_call_and_switches_dnd_before_the_view_is_built(
        qtbot: QtBot, softphone: Application) -> None:
    opened: list[bool] = []
    softphone.window.emergency_view_opened.connect(lambda: opened.append(True))
    enter(qtbot, softphone, "911")
    [call] = softphone.phone.calls()
    assert views(softphone) == [] and opened == []  # the dial returned without building it
    assert softphone.phone.presence.status == "Do not disturb"
    assert softphone.phone.leases.current() is not None
    qtbot.waitUntil(lambda: bool(views(softphone)))
    [view] = views(softphone)
    assert view.call is call and softphone.window.emergency_view is view and opened == [True]
    qtbot.waitExposed(view)


def test_a_call_that_ends_before_the_view_opens_opens_none(
        qtbot: QtBot, softphone: Application) -> None:
    call = softphone.phone.dial("911")
    softphone.phone.hangup(call.call_id)
    turned: list[bool] = []
    QtCore.QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: bool(turned))  # the turn the view would have opened on is past
    assert views(softphone) == [] and softphone.window.emergency_view is None
    assert softphone.phone.presence.status == "Available"


def test_asked_for_before_its_turn_the_view_opens_at_once(
        qtbot: QtBot, softphone: Application) -> None:
    call = softphone.phone.dial("911")
    view = softphone.window.emergency_view
    assert view is not None and view.call is call and views(softphone) == [view]
    qtbot.waitExposed(view)


def test_a_ringing_prompt_gives_way_to_the_view(qtbot: QtBot, softphone: Application) -> None:
    softphone.drills.ring_in("+15557654321", "", False)
    qtbot.waitUntil(lambda: bool(softphone.window.prompts))
    [prompt] = softphone.window.prompts.values()
    qtbot.waitExposed(prompt)
    softphone.phone.dial("911")
    qtbot.waitUntil(lambda: bool(views(softphone)))
    assert not prompt.isVisible()


def test_a_problem_said_before_the_view_opened_is_in_it(
        qtbot: QtBot, softphone: Application) -> None:
    softphone.phone.dial("911")
    softphone.phone.problem.emit("The headset was unplugged.")  # before the view's turn
    assert views(softphone) == []
    qtbot.waitUntil(lambda: bool(views(softphone)))
    [view] = views(softphone)
    notes = [view.notes.item(i).text() for i in range(view.notes.count())]
    assert "The headset was unplugged." in notes
