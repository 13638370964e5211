"""The rest of the start-up (the audio devices, the location sources, the tray, the assistant,
the window) runs a step per turn of the event loop, as the launcher runs it: a request that
arrives meanwhile (a dial) waits for the step under way, not for them all; an emergency call
placed meanwhile still gets its view, and everything the rest brings."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.launcher import run_in_turns
from softphone.qt import QtCore
from softphone.qtbridge import GuiThread
from tests.helpers import control


def test_a_request_that_arrives_during_a_step_is_carried_out_before_the_next_step(
        qtbot: QtBot) -> None:
    gui_thread = GuiThread()
    order: list[str] = []

    def first() -> None:  # a request comes from the control thread while this step runs
        order.append("first step")
        request = threading.Thread(target=lambda: gui_thread.post(
            lambda: order.append("request")))
        request.start()
        request.join()

    run_in_turns([first, lambda: order.append("second step"),
                  lambda: order.append("third step")], QtCore.QTimer.singleShot)
    assert order == []  # nothing before the event loop's first turn
    qtbot.waitUntil(lambda: len(order) == 4)
    assert order == ["first step", "request", "second step", "third step"]


def dial_from_another_process(profile: Profile, number: str) -> list[dict[str, Any]]:
    """Send the dial as the command line does, from a thread (the GUI thread must turn)."""
    answers: list[dict[str, Any]] = []
    threading.Thread(target=lambda: answers.append(control(profile, "dial", number=number)),
                     daemon=True).start()
    return answers


def test_an_emergency_call_placed_during_the_start_up_gets_its_view_and_the_rest(
        qtbot: QtBot, profile: Profile, ready_settings: Any,
        start_app: Any) -> None:
    softphone: Application = start_app(in_turns=True)
    assert not softphone.started and softphone.window.close_handler is None  # no desktop yet
    qtbot.waitUntil(lambda: softphone.control.endpoint is not None, timeout=10_000)
    answers = dial_from_another_process(profile, "911")
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers[0]["ok"] and answers[0]["result"]["carrier_has_it"]
    qtbot.waitUntil(lambda: softphone.started)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None)
    qtbot.waitExposed(softphone.window.emergency_view)
    assert softphone.window.close_handler is not None and softphone.window.isVisible()
    assert softphone.phone.presence.status == "Do not disturb"


def test_every_step_of_the_start_up_runs_and_the_window_comes_up(
        qtbot: QtBot, ready_settings: Any, start_app: Any) -> None:
    softphone: Application = start_app(in_turns=True)
    assert not softphone.started
    qtbot.waitUntil(lambda: softphone.started, timeout=10_000)
    qtbot.waitExposed(softphone.window)
    assert softphone.window.close_handler is not None  # the desktop shell started
