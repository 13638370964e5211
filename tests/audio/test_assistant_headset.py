"""The set-up assistant's headset page on the real virtual sound system: the agent picks the
headset, plays the test tone, and sees it come back on the microphone level."""

from __future__ import annotations

from typing import Any

from softphone.app import Application
from softphone.audio.devices import Role
from softphone.qt import QtCore
from softphone.widgets.device_panel import DevicePanel
from tests.audio.helpers import TIMEOUT, active


def test_the_agent_picks_and_tests_the_headset_in_the_assistant(
        qtbot: Any, softphone: Application) -> None:
    qtbot.waitUntil(lambda: softphone.assistant.assistant is not None)  # the first start's
    assistant = softphone.assistant.assistant
    page = assistant.show_page("headset")
    panel = page.findChild(DevicePanel)
    assert panel is not None and panel.isVisible()
    for role in (Role.SPEAKER, Role.MICROPHONE):
        picker = panel.pickers[role]
        qtbot.waitUntil(lambda picker=picker: picker.findData("Test Headset") >= 0,
                        timeout=TIMEOUT)
        picker.setCurrentIndex(picker.findData("Test Headset"))
        picker.activated.emit(picker.currentIndex())  # as the agent's choice arrives
    engine = softphone.audio
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) == "Test Headset", timeout=TIMEOUT)
    assert softphone.settings["audio.speaker"] == "Test Headset"  # remembered
    qtbot.mouseClick(panel.test_tone, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.meter.value() > 80, timeout=TIMEOUT)  # heard on the headset
