"""The real-time path: a device callback never waits for a carrier's thread, whatever that thread
is doing, and allocates no sample buffer per block. No devices needed: the callbacks are called
as PortAudio calls them, from a thread of their own."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np
import pytest

import softphone.audio
from softphone.audio.realtime import CallPath, RealtimePath

AUDIO_CODE = str(Path(softphone.audio.__file__).parent)
REPOSITORY = Path(__file__).parents[2]
DEVICE_RATE, CALL_RATE = 48000, 8000
BLOCK = DEVICE_RATE // 50


def tone(seconds: float, rate: int = CALL_RATE) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return (8000 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()


def a_call_playing_a_prompt() -> tuple[RealtimePath, CallPath]:
    """A call whose far end handed over a whole prompt, so the speaker callback feeds it from
    the queue, and whose microphone already captured a little: both sides share state."""
    path = RealtimePath()
    call = CallPath("call-1", CALL_RATE, on_close=lambda _call: None)
    path.prepare_speaker(DEVICE_RATE, [call])
    path.prepare_microphone(DEVICE_RATE, [call])
    call.write_remote(tone(2.0))
    assert call.prompts.pending
    microphone = np.full((BLOCK, 1), 0.25, dtype=np.float32)
    for _ in range(3):
        path.microphone(microphone, BLOCK, None, None)
    return path, call


class StoppedCarrier(threading.Thread):
    """A carrier's media thread that stops at its ``stop_at``-th line of the audio code (after
    it entered ``action``), and stays there until released: wherever a carrier can be, it is."""

    def __init__(self, action: Callable[[], object], stop_at: int) -> None:
        super().__init__(daemon=True)
        self.action, self.stop_at = action, stop_at
        self.lines = 0
        self.stopped, self.release = threading.Event(), threading.Event()

    def run(self) -> None:
        sys.settrace(self._trace)
        try:
            self.action()
        finally:
            sys.settrace(None)
            self.stopped.set()  # ran to the end without reaching stop_at

    def _trace(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if not frame.f_code.co_filename.startswith(AUDIO_CODE):
            return None
        if event == "line":
            self.lines += 1
            if self.lines == self.stop_at:
                self.stopped.set()
                self.release.wait()
        return self._trace


def lines_run_by(action: Callable[[], object]) -> int:
    carrier = StoppedCarrier(action, stop_at=0)
    carrier.start()
    carrier.join()
    return carrier.lines


def callback_returns(callback: Callable[[], None]) -> bool:
    """Run one device callback on a thread of its own, as PortAudio does; True once it
    returned, False if it was still waiting after two seconds (an eternity at 20 ms)."""
    thread = threading.Thread(target=callback, daemon=True)
    thread.start()
    thread.join(timeout=2.0)
    return not thread.is_alive()


@pytest.mark.parametrize("side", ["write_remote", "read_local"])
def test_the_device_callbacks_never_wait_for_a_carrier_stopped_anywhere_in_the_audio_code(
        side: str) -> None:
    speaker_out = np.zeros((BLOCK, 1), dtype=np.float32)
    microphone_in = np.full((BLOCK, 1), 0.25, dtype=np.float32)
    more = tone(0.02)

    def carrier_action(call: CallPath) -> Callable[[], object]:
        return (lambda: call.write_remote(more)) if side == "write_remote" else call.read_local

    total = lines_run_by(carrier_action(a_call_playing_a_prompt()[1]))
    assert total > 5  # the carrier really runs audio code we can stop it in
    for stop_at in range(1, total + 1):
        path, call = a_call_playing_a_prompt()
        played_before, captured_before = call.playback.read, call.capture.written
        carrier = StoppedCarrier(carrier_action(call), stop_at)
        carrier.start()
        assert carrier.stopped.wait(5)
        try:
            assert callback_returns(lambda path=path: path.speaker(speaker_out, BLOCK, None, None)), \
                f"the speaker callback waited for a carrier stopped at line {stop_at} of {side}"
            assert callback_returns(
                lambda path=path: path.microphone(microphone_in, BLOCK, None, None)), \
                f"the microphone callback waited for a carrier stopped at line {stop_at} of {side}"
        finally:
            carrier.release.set()
            carrier.join(5)
        assert call.playback.read > played_before  # the prompt kept playing meanwhile
        assert call.capture.written > captured_before  # and the microphone kept capturing


MEASURE_ALLOCATIONS = """
import json, tracemalloc
import numpy as np
from tests.audio.test_realtime import BLOCK, a_call_playing_a_prompt, tone

path, call = a_call_playing_a_prompt()
speaker_out = np.zeros((BLOCK, 1), dtype=np.float32)
microphone_in = np.full((BLOCK, 1), 0.25, dtype=np.float32)
frame = tone(0.02)
for _ in range(50):
    call.write_remote(frame)
    path.speaker(speaker_out, BLOCK, None, None)
    path.microphone(microphone_in, BLOCK, None, None)
    call.read_local()
tracemalloc.start()
for _ in range(20):
    call.write_remote(frame)
    call.read_local()
tracemalloc.reset_peak()
baseline, _ = tracemalloc.get_traced_memory()
for _ in range(500):
    path.speaker(speaker_out, BLOCK, None, None)
    path.microphone(microphone_in, BLOCK, None, None)
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"peak": peak - baseline, "kept": current - baseline}))
"""


def test_the_device_callbacks_allocate_no_block_of_samples_per_block() -> None:
    """A block-sized temporary (``out * gain`` instead of ``np.multiply(..., out=out)``) would
    add 3840 bytes to the peak; numpy's own bookkeeping for its ``out=`` calls (``np.clip``'s
    Python wrapper, a gain turned into a 0-d array) stays below 2 KB. Nothing may be kept.
    Measured in an interpreter of its own: tracemalloc counts every thread's allocations."""
    run = subprocess.run([sys.executable, "-c", MEASURE_ALLOCATIONS], capture_output=True,
                         text=True, timeout=60, cwd=REPOSITORY)
    assert run.returncode == 0, run.stderr
    measured = json.loads(run.stdout)
    one_block = BLOCK * np.dtype(np.float32).itemsize  # 3840 bytes
    assert measured["peak"] < one_block
    assert measured["kept"] < 512


@pytest.mark.parametrize("far_end", ["live frames", "a prompt handed over whole"])
def test_a_speaker_that_fills_its_buffer_at_once_when_it_starts_plays_the_call_without_a_gap(
        far_end: str) -> None:
    """PulseAudio asks a new stream for its whole buffer within a millisecond (three 20 ms
    blocks for PortAudio's 42 ms latency here), then one block every 20 ms. The call had
    buffered two frames by then; playing them at once left nothing for the third block."""
    path = RealtimePath()
    call = CallPath("call-1", CALL_RATE, on_close=lambda _call: None)
    frame = tone(0.02)
    if far_end == "live frames":
        call.write_remote(frame * 2)  # what arrived while the stream opened
    else:
        call.write_remote(tone(1.0))
    path.prepare_speaker(DEVICE_RATE, [call], latency=0.0425)
    out = np.zeros((BLOCK, 1), dtype=np.float32)
    peaks = []
    for tick in range(40):
        for _ in range(3 if tick == 0 else 1):  # the stream starts: its buffer at once
            path.speaker(out, BLOCK, None, None)
            peaks.append(float(np.abs(out).max()))
        if far_end == "live frames":
            call.write_remote(frame)  # the carrier's next frame, 20 ms later
    first = next(index for index, peak in enumerate(peaks) if peak > 0.1)
    assert all(peak > 0.1 for peak in peaks[first:])  # once it plays, it plays without a gap
    assert first <= 3  # and it starts within the time of the device's buffer


@pytest.mark.parametrize("seed", range(6))
def test_a_microphone_on_its_own_clock_reaches_the_call_without_a_gap(seed: int) -> None:
    """The device delivers a block every 20 ms and the carrier takes a frame every 20 ms, each
    on its own clock: sometimes the block comes first, sometimes the read. The microphone
    starts a moment after the call, as it does when a call opens the device."""
    path = RealtimePath()
    call = CallPath("call-1", CALL_RATE, on_close=lambda _call: None)
    path.prepare_microphone(DEVICE_RATE, [call])
    block = np.full((BLOCK, 1), 0.25, dtype=np.float32)
    rng = np.random.default_rng(seed)
    events = [(k * 0.02 + 0.010 + rng.normal(0, 0.002), "block") for k in range(5, 3000)]
    events += [(k * 0.02 + 0.0105, "read") for k in range(3000)]
    heard = []
    for _when, kind in sorted(events):
        if kind == "block":
            path.microphone(block, BLOCK, None, None)
        else:
            heard.append(np.abs(np.frombuffer(call.read_local(), dtype="<i2")).max())
    first = next(index for index, peak in enumerate(heard) if peak > 0)
    assert first <= 8 and all(peak > 0 for peak in heard[first:])  # a minute without a gap
