"""The audio engine on a real virtual sound system (PulseAudio null sinks, see conftest)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from softphone.audio.devices import Device, DeviceSnapshot, Role
from softphone.audio.engine import Engine
from softphone.audio.portaudio import INVALID_SAMPLE_RATE, PortAudio
from softphone.audio.probe import Probe
from softphone.settings.store import Settings
from tests.audio.helpers import TIMEOUT, Carrier, active, start_engine, use_headset

LOOPBACK_FRAMES = 10  # 200 ms: a speaker block reaches the microphone's callback well within it


@pytest.fixture
def settings_for_audio(settings: Settings) -> Settings:
    settings.set("audio.rescan_seconds", 1.0)
    return settings


@pytest.fixture
def engine(virtual_audio: Any, settings_for_audio: Settings) -> Iterator[Engine]:
    started, notices = start_engine(settings_for_audio)
    started.notices = notices  # type: ignore[attr-defined]
    yield started
    started.close()


def test_devices_are_listed_by_name_next_to_the_system_default(engine: Engine, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: "Test Headset" in engine.state.snapshot.names, timeout=TIMEOUT)
    snapshot = engine.state.snapshot
    headset = snapshot.find("Test Headset", Role.SPEAKER)
    assert headset is not None and headset.input_channels > 0 and headset.host_api == "ALSA"
    assert snapshot.default_output == "default" and snapshot.problem == ""


def test_the_test_tone_on_the_headset_reaches_its_level_meter(engine: Engine, qtbot: Any) -> None:
    use_headset(engine, qtbot)
    engine.set_monitoring(True)
    qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) == "Test Headset", timeout=TIMEOUT)
    assert engine.input_level < 0.01  # silence before the tone
    engine.play_test_tone()
    qtbot.waitUntil(lambda: engine.input_level > 0.3, timeout=TIMEOUT)
    assert active(engine, Role.SPEAKER) == "Test Headset"
    qtbot.waitUntil(lambda: engine.input_level < 0.01, timeout=TIMEOUT)  # and it ends
    qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) is None, timeout=TIMEOUT)


def test_call_audio_plays_on_the_speaker_and_the_microphone_reaches_the_call(
        engine: Engine, qtbot: Any) -> None:
    use_headset(engine, qtbot)
    carrier = Carrier(engine)
    carrier.start()
    try:
        returned = carrier.hears_the_tone_again(qtbot)  # far end → headset → its mic → far end
        assert abs(carrier.dominant_frequency(qtbot, returned) - 1000) < 50
        assert active(engine, Role.SPEAKER) == "Test Headset"
    finally:
        carrier.stop()
    qtbot.waitUntil(lambda: not engine.state.active, timeout=TIMEOUT)


def test_a_headset_unplugged_mid_call_falls_back_to_the_default_and_returns(
        engine: Engine, virtual_audio: Any, qtbot: Any) -> None:
    use_headset(engine, qtbot)
    qtbot.waitUntil(lambda: engine.state.watching, timeout=TIMEOUT)
    carrier = Carrier(engine)
    carrier.start()
    try:
        carrier.hears_the_tone_again(qtbot)
        virtual_audio.unplug("Test Headset")
        qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "default"
                        and active(engine, Role.MICROPHONE) == "default", timeout=TIMEOUT)
        carrier.hears_the_tone_again(qtbot)  # the call goes on through the system default
        # the device list may come after the fallback (when the stream died first): wait for it
        qtbot.waitUntil(lambda: "Audio device disconnected: Test Headset."
                        in engine.notices, timeout=TIMEOUT)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: any("'Test Headset' is not connected; using 'default'" in notice
                                    for notice in engine.notices),  # type: ignore[attr-defined]
                        timeout=TIMEOUT)
        virtual_audio.plug("Test Headset", "headset")
        qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "Test Headset"
                        and active(engine, Role.MICROPHONE) == "Test Headset", timeout=TIMEOUT)
        carrier.hears_the_tone_again(qtbot)
        assert "Speaker: back on 'Test Headset'." in engine.notices  # type: ignore
        assert not carrier.audio.closed
    finally:
        carrier.stop()


def test_a_saved_device_that_is_gone_falls_back_with_a_message_and_is_kept(
        virtual_audio: Any, settings_for_audio: Settings, qtbot: Any) -> None:
    settings_for_audio.set("audio.speaker", "Old Headset")
    engine, notices = start_engine(settings_for_audio)
    carrier = Carrier(engine)
    carrier.start()
    try:
        qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "default", timeout=TIMEOUT)
        assert "Speaker 'Old Headset' is not connected; using 'default' instead." in notices
        assert settings_for_audio.get("audio.speaker") == "Old Headset"
        carrier.hears_the_tone_again(qtbot)
    finally:
        carrier.stop()
        engine.close()


class RefusingPortAudio(PortAudio):
    """Real PortAudio, except that one device refuses some sample rates the way a device
    that does not support them makes PortAudio refuse (paInvalidSampleRate)."""

    def __init__(self, device: str, refused: set[int] | None) -> None:
        super().__init__()
        self.device, self.refused = device, refused
        self.tried: list[int] = []

    def _create(self, device: Device, output: bool, rate: int, *args: Any) -> Any:
        if device.name == self.device:
            self.tried.append(rate)
            if self.refused is None or rate in self.refused:
                raise self._sd.PortAudioError("Invalid sample rate", INVALID_SAMPLE_RATE)
        return super()._create(device, output, rate, *args)


def test_a_device_that_refuses_the_rate_runs_at_one_it_accepts(
        virtual_audio: Any, settings_for_audio: Settings, qtbot: Any) -> None:
    portaudio = RefusingPortAudio("Test Headset", {48000})
    engine, notices = start_engine(settings_for_audio, portaudio=portaudio)
    try:
        use_headset(engine, qtbot)
        carrier = Carrier(engine)
        carrier.start()
        try:
            carrier.hears_the_tone_again(qtbot)
            assert engine.state.active[Role.SPEAKER].device == "Test Headset"
            assert engine.state.active[Role.SPEAKER].rate == 44100
            assert portaudio.tried[0] == 48000
        finally:
            carrier.stop()
    finally:
        engine.close()


def test_a_device_that_refuses_every_rate_falls_back_and_says_why(
        virtual_audio: Any, settings_for_audio: Settings, qtbot: Any) -> None:
    engine, notices = start_engine(settings_for_audio,
                                   portaudio=RefusingPortAudio("Test Headset", None))
    try:
        use_headset(engine, qtbot)
        carrier = Carrier(engine)
        carrier.start()
        try:
            qtbot.waitUntil(lambda: active(engine, Role.SPEAKER) == "default", timeout=TIMEOUT)
            assert any("refused every sample rate" in notice and "using 'default'" in notice
                       for notice in notices)
            carrier.hears_the_tone_again(qtbot)
        finally:
            carrier.stop()
    finally:
        engine.close()


def test_without_any_sound_system_calls_still_work_and_the_agent_is_told(
        no_audio: None, settings: Settings, qtbot: Any) -> None:
    engine, notices = start_engine(settings)
    try:
        qtbot.waitUntil(lambda: engine.state.loaded, timeout=TIMEOUT)
        assert "No audio devices found. Calls still go out" in engine.state.snapshot.problem
        assert any("No audio devices found" in notice for notice in notices)
        call = engine.open_call("call-1", 8000)
        call.write_remote(b"\x10\x00" * 4000)
        assert call.read_local() == b"\x00\x00" * 160
        engine.start_ringing()
        engine.play_test_tone()
        checks = engine.checks()
        assert [check.passed for check in checks] == [False, False]
        assert "Plug in a headset" in checks[0].fix
        call.close()
    finally:
        engine.close()


def test_the_ringer_rings_on_its_own_device_until_stopped(
        engine: Engine, virtual_audio: Any, qtbot: Any) -> None:
    virtual_audio.plug("Desk Speaker", "desk")
    qtbot.waitUntil(lambda: "Desk Speaker" in engine.state.snapshot.names, timeout=TIMEOUT)
    engine.select(Role.RINGER, "Desk Speaker")
    engine.select(Role.MICROPHONE, "Desk Speaker")  # its monitor hears what the ringer plays
    engine.set_monitoring(True)
    engine.start_ringing()
    qtbot.waitUntil(lambda: engine.input_level > 0.2, timeout=TIMEOUT)
    assert active(engine, Role.RINGER) == "Desk Speaker"
    assert active(engine, Role.SPEAKER) is None
    engine.stop_ringing()
    qtbot.waitUntil(lambda: active(engine, Role.RINGER) is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: engine.input_level < 0.01, timeout=TIMEOUT)


def test_mute_and_volume_apply_to_the_running_call(engine: Engine, qtbot: Any) -> None:
    use_headset(engine, qtbot)
    carrier = Carrier(engine)
    carrier.start()
    try:
        carrier.hears_the_tone_again(qtbot)
        engine.set_muted(True)
        # the microphone's next block is silent; the one under way may still carry the tone
        muted = carrier.audio.capture.written + carrier.frame
        qtbot.waitUntil(lambda: engine.state.muted, timeout=TIMEOUT)
        start = carrier.first_frame_from(qtbot, muted)
        qtbot.waitUntil(lambda: carrier.count() > start + 25, timeout=TIMEOUT)
        assert carrier.peak_since(start) == 0
        engine.set_muted(False)
        returned = carrier.hears_the_tone_again(qtbot)
        qtbot.waitUntil(lambda: len(carrier.levels(returned + 1, 1000)) >= 25, timeout=TIMEOUT)
        full = float(np.median(carrier.levels(returned + 1, 1000)[:25]))
        engine.set_volume(Role.SPEAKER, 50)
        # what the speaker played before reaches the microphone within the devices' buffers
        # and the sound server's (LOOPBACK_FRAMES), then the call's buffer, however deep
        changed = carrier.audio.capture.written + LOOPBACK_FRAMES * carrier.frame
        start = carrier.first_frame_from(qtbot, changed)
        qtbot.waitUntil(lambda: len(carrier.levels(start, 1000)) >= 25, timeout=TIMEOUT)
        heard = carrier.levels(start, 1000)[:25]
        assert float(np.median(heard)) == pytest.approx(full / 2, rel=0.1)
        assert max(heard) < full / 2 * 1.1  # and not one frame at the old volume
    finally:
        carrier.stop()


def test_where_the_sound_system_announces_nothing_devices_are_found_on_a_timer_between_calls(
        virtual_audio: Any, settings_for_audio: Settings, qtbot: Any) -> None:
    engine, notices = start_engine(settings_for_audio, device_events=lambda: None)
    try:
        qtbot.waitUntil(lambda: "Test Headset" in engine.state.snapshot.names, timeout=TIMEOUT)
        virtual_audio.plug("Desk Speaker", "desk")
        qtbot.waitUntil(lambda: "Desk Speaker" in engine.state.snapshot.names, timeout=TIMEOUT)
        assert not engine.state.watching
        assert "Audio device connected: Desk Speaker." in notices
    finally:
        engine.close()


def test_a_prompt_handed_over_whole_is_played_in_full_at_its_own_pace(
        engine: Engine, qtbot: Any) -> None:
    use_headset(engine, qtbot)
    listener = Carrier(engine, rate=8000, send=False)
    listener.start()
    try:
        prompt = engine.open_call("call-1", 22050)  # what a speech synthesiser produces
        assert engine.open_call("call-1", 22050) is prompt  # asked again per prompt: the same
        t = np.arange(2 * 22050) / 22050
        prompt.write_remote((8000 * np.sin(2 * np.pi * 500 * t)).astype("<i2").tobytes())
        listener.hears_the_tone_again(qtbot)
        start = listener.count()
        qtbot.waitUntil(lambda: listener.count() > start + 50
                        and listener.peak_since(listener.count() - 5) < 100, timeout=TIMEOUT)
        heard = sum(1 for frame in listener.received if np.abs(frame.astype(int)).max() > 2000)
        assert 90 <= heard <= 110  # two seconds of 20 ms frames, neither cut nor stretched
        prompt.close()
    finally:
        listener.stop()


def test_a_device_that_fails_mid_call_is_replaced_by_the_default_at_once(
        engine: Engine, virtual_audio: Any, qtbot: Any) -> None:
    use_headset(engine, qtbot)
    carrier = Carrier(engine)
    carrier.start()
    try:
        carrier.hears_the_tone_again(qtbot)
        assert virtual_audio.kill_streams_of(os.getpid(), "headset") == 1  # the speaker dies
        keeps_failing(engine, virtual_audio, qtbot)
        assert "Audio device 'Test Headset' stopped working." in engine.notices  # type: ignore
        assert any("'Test Headset' cannot be used (it stopped working)" in notice
                   for notice in engine.notices)  # type: ignore[attr-defined]
        carrier.hears_the_tone_again(qtbot)  # through the system default, same call
    finally:
        carrier.stop()


def keeps_failing(engine: Engine, virtual_audio: Any, qtbot: Any) -> None:
    """Wait for the speaker to leave the headset, failing each stream it gets there meanwhile.

    ALSA's pulse plugin answers an underrun by connecting a new stream; when the kill meets
    one (a busy machine has many), the stream lives on, a new one on the same sink, and the
    device never failed as far as PortAudio can tell. A device that failed keeps failing."""
    deadline = time.monotonic() + TIMEOUT / 1000
    while active(engine, Role.SPEAKER) != "default":
        assert time.monotonic() < deadline, "the speaker did not leave the failed headset"
        qtbot.wait(200)
        virtual_audio.kill_streams_of(os.getpid(), "headset")


class CountingProbe(Probe):
    """The real probe process, counted."""

    def __init__(self) -> None:
        super().__init__()
        self.runs = 0

    def run(self) -> DeviceSnapshot:
        self.runs += 1
        return super().run()


def test_while_nothing_changes_the_devices_are_not_listed_again_and_a_change_still_is(
        virtual_audio: Any, settings_for_audio: Settings, qtbot: Any) -> None:
    probe = CountingProbe()
    engine, notices = start_engine(settings_for_audio, probe=probe)
    try:
        qtbot.waitUntil(lambda: engine.state.loaded and engine.state.watching, timeout=TIMEOUT)
        listed = probe.runs
        qtbot.wait(3500)  # over three times audio.rescan_seconds: a timer would have listed
        assert probe.runs == listed
        virtual_audio.plug("Desk Speaker", "desk")
        qtbot.waitUntil(lambda: "Audio device connected: Desk Speaker." in notices,
                        timeout=TIMEOUT)
        assert probe.runs > listed
    finally:
        engine.close()


class FirstBlockAtOnce(PortAudio):
    """Real PortAudio, whose streams deliver their first block the moment they start, as a
    device may (PortAudio calls back from its own thread as soon as it likes)."""

    def _create(self, device: Device, output: bool, rate: int, callback: Any,
                finished: Any) -> Any:
        return _StartsWithABlock(super()._create(device, output, rate, callback, finished),
                                 callback, rate)


class _StartsWithABlock:
    def __init__(self, stream: Any, callback: Any, rate: int) -> None:
        self._stream, self._callback = stream, callback
        self._block = np.zeros((rate // 50, 1), dtype=np.float32)

    def start(self) -> None:
        self._callback(self._block, len(self._block), None, None)
        self._stream.start()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def test_a_stream_s_first_block_finds_its_buffers_ready_whatever_the_rate(
        virtual_audio: Any, settings_for_audio: Settings, qtbot: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    settings_for_audio.set("audio.sample_rate", 44100)
    engine, _notices = start_engine(settings_for_audio, portaudio=FirstBlockAtOnce())
    try:
        use_headset(engine, qtbot)
        carrier = Carrier(engine)
        carrier.start()
        try:
            carrier.hears_the_tone_again(qtbot)
            settings_for_audio.set("audio.sample_rate", 48000)
            engine.select(Role.SPEAKER, "")  # reopen both on another device, at another rate
            engine.select(Role.MICROPHONE, "")
            qtbot.waitUntil(lambda: active(engine, Role.MICROPHONE) == "default"
                            and active(engine, Role.SPEAKER) == "default", timeout=TIMEOUT)
            carrier.hears_the_tone_again(qtbot)
        finally:
            carrier.stop()
    finally:
        engine.close()
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
