"""The audio engine inside the whole softphone: the emergency view's headset panel, the ringer,
the agent's notices and the answering point's spoken greeting, on the real virtual sound system."""

from __future__ import annotations

from typing import Any

from softphone.app import Application
from softphone.audio.devices import Role
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.device_panel import DevicePanel
from tests.audio.helpers import TIMEOUT, active


def test_the_headset_can_be_switched_from_inside_the_emergency_view_during_the_call(
        qtbot: Any, softphone: Application) -> None:
    softphone.window.dial("911")
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None, timeout=TIMEOUT)
    view = softphone.window.emergency_view
    qtbot.waitExposed(view)
    panel = view.findChild(DevicePanel, "devicePanel")
    assert panel is not None and panel.isVisible()
    engine = softphone.audio  # the shown panel keeps the microphone open for its meter
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) == "default", timeout=TIMEOUT)
    picker = panel.pickers[Role.MICROPHONE]
    qtbot.waitUntil(lambda: picker.findData("Test Headset") >= 0, timeout=TIMEOUT)
    picker.setCurrentIndex(picker.findData("Test Headset"))
    picker.activated.emit(picker.currentIndex())
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) == "Test Headset", timeout=TIMEOUT)
    [call] = softphone.phone.calls()  # switching did not end the call, and it connects
    qtbot.waitUntil(lambda: call.state.value == "connected", timeout=TIMEOUT)
    qtbot.mouseClick(view.end_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None, timeout=TIMEOUT)


def test_a_psap_callback_rings_on_the_ringer_until_answered(
        qtbot: Any, softphone: Application) -> None:
    softphone.phone.hangup(softphone.window.dial("911").call_id)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is None, timeout=TIMEOUT)
    softphone.window.trainer_callback_action.trigger()
    qtbot.waitUntil(lambda: active(softphone.audio, Role.RINGER) == "default", timeout=TIMEOUT)
    [prompt] = softphone.window.prompts.values()
    qtbot.waitExposed(prompt)
    qtbot.mouseClick(prompt.answer_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: active(softphone.audio, Role.RINGER) is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None, timeout=TIMEOUT)


def test_audio_device_changes_reach_the_agent_and_the_readiness_checks(
        qtbot: Any, softphone: Application, virtual_audio: Any) -> None:
    qtbot.waitUntil(lambda: any(check.key == "audio.microphone" and check.passed
                                for check in softphone.readiness.checks), timeout=TIMEOUT)
    virtual_audio.plug("Desk Speaker", "desk")
    notices = softphone.window.notices
    qtbot.waitUntil(lambda: "Audio device connected: Desk Speaker." in notices.messages(),
                    timeout=TIMEOUT)
    assert isinstance(softphone.window, QtWidgets.QMainWindow)



def test_the_answering_points_spoken_greeting_plays_on_the_speaker(
        qtbot: Any, softphone: Application) -> None:
    softphone.settings.set("carrier.simulated.speak_greeting", True)
    softphone.window.dial("911")
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None, timeout=TIMEOUT)
    engine = softphone.audio
    qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "default", timeout=TIMEOUT)
    # the default microphone hears the default speaker: the greeting comes back on the meter
    qtbot.waitUntil(lambda: engine.input_level > 0.05, timeout=TIMEOUT)
    view = softphone.window.emergency_view
    qtbot.mouseClick(view.end_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not engine.state.active, timeout=TIMEOUT)  # devices released
