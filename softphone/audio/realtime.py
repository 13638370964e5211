"""The real-time half of the audio path: a call's buffers and the three device callbacks.

Two kinds of threads meet here and neither ever waits for the other:

* a carrier's threads call ``CallPath.write_remote`` and ``read_local``;
* PortAudio's callback threads call ``RealtimePath.speaker``/``microphone``/``ringer`` once per
  20 ms block.

Everything they share is a single-producer, single-consumer structure without locks
(``JitterBuffer``, ``PromptQueue``): each position is written by one side only and published
after the samples it covers, so a callback never waits on a carrier (and the reverse), whatever
either is doing at the moment. The only lock a callback still takes is the interpreter's own,
which a thread running Python hands over every few milliseconds.

Nothing here allocates a sample buffer per block: every buffer is made when a call opens or a
stream starts (``RealtimePath.prepare``), on the engine's worker thread (device control,
``softphone.audio.engine``), which publishes new call lists and settings by replacing whole
tuples and numbers that the callbacks read. A chunk of audio a carrier handed over is released
on the carrier's thread, never on a callback's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from softphone.audio.dsp import FrameResampler, JitterBuffer, Tone
from softphone.audio.frames import FRAME_SECONDS, frame_samples

RING_CADENCE = ((2.0, 4.0),)  # North American ring: two seconds on, four off
RING_FREQUENCIES = (440.0, 480.0)
TEST_TONE_FREQUENCY = 440.0
TEST_TONE_SECONDS = 1.5


class PromptQueue:
    """Whole chunks of far-end audio (a synthesised prompt handed over at once) waiting to be
    fed to the playback buffer at the pace it plays.

    Single producer (the carrier) and single consumer (the speaker callback), without locks: the
    producer fills slot ``tail`` and then advances ``tail``; the consumer advances ``head`` only
    once a chunk has gone into the playback buffer entirely, and never drops a reference (the
    producer clears used slots on its next push, so memory is freed on the carrier's thread).
    """

    def __init__(self, slots: int = 64) -> None:
        self._slots: list[np.ndarray | None] = [None] * slots
        self.head = 0  # consumer: the chunk being fed
        self.tail = 0  # producer: the next free slot
        self._offset = 0  # consumer: samples of the head chunk already fed
        self._cleared = 0  # producer: slots below this index hold no reference
        self.pushed = 0  # producer: samples queued so far
        self.fed = 0  # consumer: samples fed so far

    @property
    def pending(self) -> bool:
        """A chunk is queued or still being fed (either side may ask)."""
        return self.tail != self.head

    @property
    def samples(self) -> int:
        return self.pushed - self.fed

    def push(self, chunk: np.ndarray) -> bool:
        """Producer: queue ``chunk`` (it must not change afterwards); False when all slots are
        taken."""
        head, size = self.head, len(self._slots)
        while self._cleared < head:
            self._slots[self._cleared % size] = None
            self._cleared += 1
        if self.tail - head >= size:
            return False
        self._slots[self.tail % size] = chunk
        self.pushed += len(chunk)
        self.tail += 1  # published last: the slot is filled
        return True

    def feed(self, buffer: JitterBuffer, wanted: int) -> None:
        """Consumer: move queued samples into ``buffer`` until it holds ``wanted`` samples."""
        size = len(self._slots)
        while self.head != self.tail and buffer.level < wanted:
            chunk = self._slots[self.head % size]
            assert chunk is not None
            take = min(len(chunk) - self._offset, wanted - buffer.level)
            buffer.write(chunk[self._offset:self._offset + take])
            self._offset += take
            self.fed += take
            if self._offset == len(chunk):
                self._offset = 0
                self.head += 1  # published last: everything of this chunk is in the buffer


class CallPath:
    """One call's side of the audio path (``CallAudio`` in the core).

    Live audio (a frame or a few at a time, as RTP delivers it) goes straight into the jitter
    buffer, which keeps the delay short. A long write (a synthesised prompt handed over whole)
    is queued instead and fed to the jitter buffer as it plays, so it is heard in full, in real
    time; later writes queue behind it until it has played.

    Who writes the playback buffer changes hands without a lock: the carrier writes it only
    while no prompt is pending, and the speaker callback only while one is (it marks the last
    chunk done after writing it), so there is one producer at any moment.
    """

    MAX_QUEUED_SECONDS = 120

    def __init__(self, call_id: str, sample_rate: int,
                 on_close: Callable[[CallPath], None]) -> None:
        self.call_id = call_id
        self.sample_rate = sample_rate
        self.frame = frame_samples(sample_rate)
        self.playback = JitterBuffer(self.frame)  # far end → speaker
        # microphone → far end: between two clocks (the device's and the carrier's) that tick
        # every 20 ms each, either of which may come a little first; with one frame buffered,
        # the first time the order changed was a gap in what the far end hears
        self.capture = JitterBuffer(self.frame, target=2)
        self.prompts = PromptQueue()
        self._on_close = on_close
        self._outgoing = np.zeros(self.frame, dtype=np.int16)
        self.closed = False

    def write_remote(self, pcm: bytes) -> None:
        """Far end → speaker; the carrier's thread; never waits."""
        if self.closed:
            return
        samples = np.frombuffer(pcm, dtype=np.int16, count=len(pcm) // 2)
        if self.prompts.pending or len(samples) > self.playback.max_frames * self.frame:
            if self.prompts.samples + len(samples) > self.MAX_QUEUED_SECONDS * self.sample_rate \
                    or not self.prompts.push(samples.copy()):
                self.playback.lost += len(samples)
            return
        self.playback.write(samples)

    def pull(self, out: np.ndarray) -> None:
        """Speaker callback: the next frame of far-end audio into ``out`` (int16)."""
        if self.prompts.pending:
            self.prompts.feed(self.playback, self.playback.wanted * self.frame)
        self.playback.read_frame(out)

    def read_local(self) -> bytes:
        """Microphone → far end: one 20 ms frame; the carrier's thread (one at a time)."""
        self.capture.read_frame(self._outgoing)
        return self._outgoing.tobytes()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._on_close(self)


class Playback:
    """One call's far-end audio rendered at one speaker stream's rate."""

    def __init__(self, call: CallPath, device_rate: int) -> None:
        self.call = call
        self.resampler = FrameResampler(call.sample_rate, device_rate)
        self.pcm = np.zeros(call.frame, dtype=np.int16)
        self.frame = np.zeros(self.resampler.n_out, dtype=np.float32)

    def render(self) -> np.ndarray:
        self.call.pull(self.pcm)
        self.resampler.process(self.pcm, self.frame)
        return self.frame


class Capture:
    """The microphone stream's blocks, resampled to one call's rate and queued for it."""

    def __init__(self, call: CallPath, device_rate: int) -> None:
        self.call = call
        self.resampler = FrameResampler(device_rate, call.sample_rate)
        self.frame = np.zeros(call.frame, dtype=np.float32)
        self.pcm = np.zeros(call.frame, dtype=np.int16)

    def feed(self, block: np.ndarray, gain: float) -> None:
        if gain == 0.0:
            self.pcm.fill(0)
        else:
            self.resampler.process(block, self.frame)
            np.multiply(self.frame, gain * 32767.0, out=self.frame)
            np.clip(self.frame, -32768.0, 32767.0, out=self.frame)
            np.copyto(self.pcm, self.frame, casting="unsafe")
        self.call.capture.write(self.pcm)


class RealtimePath:
    """The three device callbacks and what they read.

    The worker thread (device control) writes the attributes, each replaced whole; the callbacks
    only read them, apart from the values they own (``level``, the tones' positions). A test
    tone is asked for by counting requests, so the request and the callback's progress are two
    numbers with one writer each.
    """

    def __init__(self) -> None:
        self.playbacks: tuple[Playback, ...] = ()
        self.captures: tuple[Capture, ...] = ()
        self.speaker_gain = 1.0
        self.microphone_gain = 1.0
        self.ringer_gain = 0.8
        self.muted = False
        self.tone_requests = 0  # worker: one more per test tone asked for
        self._tones_started = 0  # speaker callback
        self._tone_left = 0  # speaker callback: samples of the current test tone still to play
        self._test_tone: Tone | None = None
        self._ring_tone: Tone | None = None
        self._magnitude = np.zeros(0, dtype=np.float32)
        self.level = 0.0  # microphone callback: peak of the latest block, 0.0–1.0

    def prepare_speaker(self, rate: int, calls: list[CallPath], latency: float = 0.0) -> None:
        """Worker: build the buffers a new speaker stream at ``rate`` uses, and have each call
        wait until it has buffered what the stream pulls at once when it starts: the blocks of
        its ``latency`` (seconds, as PortAudio reports it) and the one being played."""
        self._test_tone = Tone(rate, (TEST_TONE_FREQUENCY,), 0.5, ((TEST_TONE_SECONDS, 0.0),))
        self.playbacks = tuple(Playback(call, rate) for call in calls)
        for call in calls:  # no speaker callback runs now: the old stream is closed
            call.playback.start_over(int(latency / FRAME_SECONDS) + 1)

    def prepare_microphone(self, rate: int, calls: list[CallPath]) -> None:
        self._magnitude = np.zeros(frame_samples(rate), dtype=np.float32)
        self.captures = tuple(Capture(call, rate) for call in calls)

    def prepare_ringer(self, rate: int) -> None:
        self._ring_tone = Tone(rate, RING_FREQUENCIES, 0.5, RING_CADENCE)

    # -- PortAudio callback threads: no sample buffer allocated, no lock taken ----------------

    def speaker(self, outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        out = outdata[:, 0]
        out.fill(0.0)
        for playback in self.playbacks:
            np.add(out, playback.render(), out=out)
        np.multiply(out, 1.0 / 32768.0, out=out)
        tone = self._test_tone
        if tone is not None:
            requests = self.tone_requests
            if requests != self._tones_started:
                self._tones_started = requests
                self._tone_left = len(tone.table)
                tone.position = 0
            if self._tone_left:
                tone.add_to(out)
                self._tone_left = max(0, self._tone_left - frames)
        np.multiply(out, self.speaker_gain, out=out)
        np.clip(out, -1.0, 1.0, out=out)

    def microphone(self, indata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        block = indata[:, 0]
        np.abs(block, out=self._magnitude)
        self.level = float(self._magnitude.max())
        gain = 0.0 if self.muted else self.microphone_gain
        for capture in self.captures:
            capture.feed(block, gain)

    def ringer(self, outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        out = outdata[:, 0]
        out.fill(0.0)
        if self._ring_tone is not None:
            self._ring_tone.add_to(out)
        np.multiply(out, self.ringer_gain, out=out)
