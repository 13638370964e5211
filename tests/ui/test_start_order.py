"""Started by a click-to-dial, the softphone places the call before it loads what the call does
not need (issue 14): the audio devices, the location sources, the tray, the assistant. The
launcher starts it so (``dial_first``); the rest follows at once, and an emergency call placed
first still gets its view, its location prompt held back, everything the rest brings."""

from __future__ import annotations

import threading
from typing import Any

from softphone import app as app_module
from softphone.app import REST_AFTER_MS, Application
from softphone.blocks.profile import Profile
from tests.helpers import control


def dial_from_another_process(profile: Profile, number: str) -> list[dict[str, Any]]:
    """Send the dial as the command line does, from a thread (the GUI thread must turn)."""
    answers: list[dict[str, Any]] = []
    threading.Thread(target=lambda: answers.append(control(profile, "dial", number=number)),
                     daemon=True).start()
    return answers


def test_a_dial_waiting_at_start_goes_out_before_the_rest_of_the_start_up(
        qtbot, profile, ready_settings, start_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # However slowly the request comes on a busy machine, the rest waits for it.
    monkeypatch.setattr(app_module, "REST_AFTER_MS", 60_000)
    softphone: Application = start_app(dial_first=True)
    started_when_dialled: list[bool] = []
    softphone.phone.call_changed.connect(
        lambda _call: started_when_dialled.append(softphone.started))
    assert not softphone.started and softphone.window.close_handler is None  # no desktop yet
    answers = dial_from_another_process(profile, "911")
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers[0]["ok"] and answers[0]["result"]["carrier_has_it"]
    assert started_when_dialled[0] is False  # the call went out before the rest
    qtbot.waitUntil(lambda: softphone.started)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None)
    qtbot.waitExposed(softphone.window.emergency_view)
    assert softphone.window.close_handler is not None and softphone.window.isVisible()


def test_without_a_request_the_rest_of_the_start_up_follows_on_its_own(
        qtbot, ready_settings, start_app) -> None:  # type: ignore[no-untyped-def]
    softphone: Application = start_app(dial_first=True)
    assert not softphone.started
    qtbot.waitUntil(lambda: softphone.started, timeout=REST_AFTER_MS + 5_000)
    qtbot.waitExposed(softphone.window)
    assert softphone.window.close_handler is not None  # the desktop shell started
