"""The emergency view's headset reasons in the agent's language: what is wrong with the
headset, what the call loses and the fix come from the audio engine (and from the probe
process, which speaks English), yet the agent reads them in Danish, French or Spanish."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from softphone.app import Application
from softphone.audio.devices import Role
from softphone.settings.store import Settings
from softphone.widgets.device_panel import DevicePanel
from tests.audio.helpers import TIMEOUT
from tests.ui.test_languages import check

HEADSET = "Jabra EVOLVE 20"


@pytest.mark.parametrize("code", ["da_DK", "fr_CA", "es_PR"])
def test_the_emergency_view_says_a_missing_headset_and_no_sound_system_in_the_agents_language(
        qtbot: Any, no_audio: None, ready_settings: Settings,
        start_app: Callable[..., Application], code: str) -> None:
    ready_settings.update({"ui.language": code, "audio.microphone": HEADSET,
                           "audio.speaker": HEADSET})
    ready_settings.save()
    app = start_app()
    app.window.dial("911")
    qtbot.waitUntil(lambda: app.window.emergency_view is not None, timeout=TIMEOUT)
    view = app.window.emergency_view
    qtbot.waitExposed(view)
    panel = view.findChild(DevicePanel, "devicePanel")
    assert panel is not None and panel.isVisible()
    # the probe process has listed no device: the panel says so, and why each role is silent
    qtbot.waitUntil(lambda: app.audio.state.loaded and HEADSET in panel.in_use[Role.SPEAKER]
                    .text(), timeout=TIMEOUT)
    shown = [panel.message.text(), *(panel.in_use[role].text() for role in Role)]
    assert all(shown)
    assert check(view, code) == []
    assert app.phone.calls()[0].state.value in ("dialing", "ringing", "connected")
