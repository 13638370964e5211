"""The device panel, driven like an agent would, on the real virtual sound system."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from softphone.audio.devices import Role
from softphone.audio.engine import Engine
from softphone.qt import QtCore
from softphone.settings.store import Settings
from softphone.widgets.device_panel import DevicePanel, level_percent
from tests.audio.helpers import TIMEOUT, Carrier, active, start_engine


@pytest.fixture
def engine(virtual_audio: Any, settings: Settings) -> Iterator[Engine]:
    settings.set("audio.rescan_seconds", 1.0)
    started, _notices = start_engine(settings)
    yield started
    started.close()


@pytest.fixture
def panel(qtbot: Any, engine: Engine) -> DevicePanel:
    widget = DevicePanel(engine)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.pickers[Role.SPEAKER].findData("Test Headset") >= 0,
                    timeout=TIMEOUT)
    return widget


def pick(panel: DevicePanel, role: Role, name: str) -> None:
    """Choose ``name`` in the role's list as a user does (``activated`` is user-only)."""
    picker = panel.pickers[role]
    index = picker.findData(name)
    assert index >= 0, f"{name} is not offered for {role.value}"
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def test_picking_a_speaker_moves_the_running_call_and_is_remembered(
        qtbot: Any, panel: DevicePanel, engine: Engine, settings: Settings) -> None:
    carrier = Carrier(engine)
    carrier.start()
    try:
        qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "default", timeout=TIMEOUT)
        pick(panel, Role.SPEAKER, "Test Headset")
        qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "Test Headset", timeout=TIMEOUT)
        qtbot.waitUntil(lambda: panel.in_use[Role.SPEAKER].text().startswith(
            "In use: Test Headset"), timeout=TIMEOUT)
        assert 'speaker = "Test Headset"' in settings.user_file.read_text()
        pick(panel, Role.SPEAKER, "")
        qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "default", timeout=TIMEOUT)
    finally:
        carrier.stop()


def test_the_meter_shows_the_test_tone_coming_back_through_the_microphone(
        qtbot: Any, panel: DevicePanel, engine: Engine) -> None:
    pick(panel, Role.SPEAKER, "Test Headset")
    pick(panel, Role.MICROPHONE, "Test Headset")
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) == "Test Headset", timeout=TIMEOUT)
    assert panel.meter.value() < 10
    qtbot.mouseClick(panel.test_tone, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.meter.value() > 80, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.meter.value() < 10, timeout=TIMEOUT)


def test_hiding_the_panel_closes_the_microphone_it_kept_open_for_the_meter(
        qtbot: Any, panel: DevicePanel, engine: Engine) -> None:
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) is not None, timeout=TIMEOUT)
    panel.hide()
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) is None, timeout=TIMEOUT)
    assert panel.meter.value() == 0


def test_mute_and_volume_act_on_the_call_at_once(
        qtbot: Any, panel: DevicePanel, engine: Engine, settings: Settings) -> None:
    carrier = Carrier(engine)
    carrier.start()
    try:
        carrier.hears_the_tone_again(qtbot)
        qtbot.mouseClick(panel.mute, QtCore.Qt.MouseButton.LeftButton)
        assert engine.muted
        start = carrier.count() + 10
        qtbot.waitUntil(lambda: carrier.count() > start + 10, timeout=TIMEOUT)
        assert carrier.peak_since(start) == 0
        qtbot.mouseClick(panel.mute, QtCore.Qt.MouseButton.LeftButton)
        carrier.hears_the_tone_again(qtbot)
        panel.speaker_volume.setValue(60)
        assert settings.get("audio.speaker_volume") == 60
        qtbot.waitUntil(lambda: settings.user_file.exists()
                        and "speaker_volume = 60" in settings.user_file.read_text(),
                        timeout=TIMEOUT)
    finally:
        carrier.stop()


def test_a_remembered_headset_that_is_missing_is_shown_with_the_fallback(
        qtbot: Any, virtual_audio: Any, settings: Settings) -> None:
    settings.set("audio.microphone", "Old Headset")
    engine, _notices = start_engine(settings)
    try:
        widget = DevicePanel(engine)
        qtbot.addWidget(widget)
        widget.show()
        picker = widget.pickers[Role.MICROPHONE]
        qtbot.waitUntil(lambda: picker.currentText() == "Old Headset (not connected)",
                        timeout=TIMEOUT)
        qtbot.waitUntil(lambda: "'Old Headset' is not connected; using 'default'"
                        in widget.in_use[Role.MICROPHONE].text(), timeout=TIMEOUT)
    finally:
        engine.close()


def test_without_a_sound_system_the_panel_says_calls_still_go_out(
        qtbot: Any, no_audio: None, settings: Settings) -> None:
    engine, _notices = start_engine(settings)
    try:
        widget = DevicePanel(engine)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: "Calls still go out" in widget.message.text(), timeout=TIMEOUT)
        assert widget.pickers[Role.SPEAKER].count() == 1  # only "System default"
    finally:
        engine.close()


def test_the_meter_scale_is_in_decibels() -> None:
    assert level_percent(0.0) == 0
    assert level_percent(1.0) == 100
    assert level_percent(0.001) == 0  # -60 dBFS
    assert level_percent(0.0316) == 50  # -30 dBFS
