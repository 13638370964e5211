"""Whatever fails around an emergency call, the call goes out and the agent is told."""

from __future__ import annotations

import sys

from softphone.core.calls import CallState


def test_without_a_speech_engine_911_still_connects_and_the_failure_is_shown(
        qtbot, softphone, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # as if the package were not installed
    softphone.settings.set("carrier.simulated.speak_greeting", True)
    call = softphone.window.dial("911")
    assert call is not None and call.state is not CallState.FAILED
    qtbot.waitUntil(lambda: softphone.window.emergency_view is not None)
    view = softphone.window.emergency_view
    qtbot.waitUntil(lambda: call.state is CallState.CONNECTED, timeout=3000)
    qtbot.waitUntil(lambda: any("cannot speak" in view.notes.item(i).text()
                                for i in range(view.notes.count())), timeout=5000)
    assert softphone.phone.presence.status == "Do not disturb"


def test_the_greeting_is_synthesised_and_played_through_the_call_audio(qtbot, softphone) -> None:
    softphone.settings.set("carrier.simulated.speak_greeting", True)
    played: list[bytes] = []
    original = softphone.audio.open_call

    def recording(call_id: str, sample_rate: int):  # the headset edge: keep what was played
        audio = original(call_id, sample_rate)
        write = audio.write_remote
        audio.write_remote = lambda pcm: (played.append(pcm), write(pcm))
        return audio

    softphone.audio.open_call = recording
    softphone.window.dial("911")
    qtbot.waitUntil(lambda: bool(played), timeout=10000)
    assert len(played[0]) > 22050  # more than half a second of 16-bit speech
