"""The signal processing of the call's audio path: frame resampling, the jitter buffer, tones.

Everything here runs inside PortAudio callbacks or on a carrier's media thread, 50 times a
second per direction, so every buffer is allocated once, when a stream or a call is set up, and
the per-frame methods only copy into and compute over those buffers (numpy ``out=`` arguments,
precomputed slices). Python still creates a few small objects per call (integers, floats); no
sample buffer is ever allocated per frame.

Frames are 20 ms. Every rate used here is a multiple of 50 Hz, so a frame is a whole number of
samples at both ends of a resampler and the same linear map turns each input frame into an
output frame.
"""

from __future__ import annotations

import math

import numpy as np

from softphone.audio.frames import FRAMES_PER_SECOND, frame_samples


class FrameResampler:
    """Converts one 20 ms frame at ``rate_in`` into one 20 ms frame at ``rate_out``.

    A windowed-sinc low-pass (cut at 90 % of the lower Nyquist frequency, so 48 kHz headset
    audio going to an 8 kHz G.711 call does not alias) evaluated at each output instant. Because
    the frame grid repeats exactly, the whole operation is one fixed matrix applied to the last
    input samples plus the new frame: ``out = M @ [history | frame]``, computed with BLAS into a
    preallocated buffer. The added delay is ``delay_seconds`` (about 1 ms).
    """

    ZERO_CROSSINGS = 8  # per side of the sinc: the filter's sharpness against its length

    def __init__(self, rate_in: int, rate_out: int) -> None:
        self.rate_in, self.rate_out = rate_in, rate_out
        self.n_in, self.n_out = frame_samples(rate_in), frame_samples(rate_out)
        self.identity = rate_in == rate_out
        cutoff = 0.45 * min(1.0, rate_out / rate_in)  # cycles per input sample
        half_width = math.ceil(self.ZERO_CROSSINGS / (2 * cutoff))  # input samples
        self.history = 0 if self.identity else 2 * half_width
        self.delay_seconds = 0.0 if self.identity else half_width / rate_in
        self._buffer = np.zeros(self.history + self.n_in, dtype=np.float32)
        self._new = self._buffer[self.history:]
        self._tail = self._buffer[self.n_in:]  # the samples that become the next history
        self._head = self._buffer[: self.history]
        self._matrix = None if self.identity else self._design(cutoff, half_width)

    def _design(self, cutoff: float, half_width: int) -> np.ndarray:
        columns = np.arange(self.history + self.n_in) - self.history  # input index per column
        instants = np.arange(self.n_out) * (self.n_in / self.n_out) - half_width
        offsets = instants[:, None] - columns[None, :]  # distance in input samples
        position = np.clip(offsets / half_width, -1.0, 1.0)
        window = 0.42 + 0.5 * np.cos(np.pi * position) + 0.08 * np.cos(2 * np.pi * position)
        window[np.abs(offsets) > half_width] = 0.0
        kernel = 2 * cutoff * np.sinc(2 * cutoff * offsets) * window
        kernel /= kernel.sum(axis=1, keepdims=True)  # unity gain at DC for every phase
        return np.ascontiguousarray(kernel, dtype=np.float32)

    def process(self, frame: np.ndarray, out: np.ndarray) -> None:
        """Resample ``frame`` (``n_in`` floats) into ``out`` (``n_out`` float32)."""
        if self._matrix is None:
            np.copyto(out, frame)
            return
        np.copyto(self._new, frame)
        np.dot(self._matrix, self._buffer, out=out)
        if self.history:
            np.copyto(self._head, self._tail)


class JitterBuffer:
    """A FIFO of 16-bit samples that absorbs timing jitter between a producer and a consumer.

    It is a single-producer, single-consumer ring without locks: the producer only ever moves
    ``written`` (after copying the samples in), the consumer only ever moves ``read`` (after
    copying them out), each reads the other's position, and under the interpreter's lock a
    position is always read whole. So neither side ever waits for the other; an audio callback
    can be either side. One thread at a time may produce and one may consume (the owner of
    each side may change, as long as the hand-over is ordered, see ``softphone.audio.realtime``).

    The producer ``write``s any number of samples and never waits: when the ring is full the
    newest samples are dropped (that only happens while nobody consumes, e.g. with no audio
    device). The consumer takes exactly one frame per ``read_frame``. It adapts:

    * playback starts only once ``target`` frames are buffered; an underrun plays silence and
      raises the target by one frame (up to ``max_frames``), so a jittery source earns a deeper
      buffer;
    * the depth an underrun earned is kept until the jitter has been gone for ``CALM_SECONDS``
      (each second a full spare frame was always waiting, and no underrun): then the target
      relaxes by one. Relaxing after one calm second, as this buffer first did, forgot the
      jitter of a busy machine or network as soon as it paused, so every time it came back
      (every few seconds) it cost another underrun: a gap in the call's audio;
    * when, over a whole second, a frame more than the target was always waiting (a burst that
      stayed, or a target just relaxed), that frame is skipped, so the delay follows the target;
    * anything beyond ``max_frames`` (a burst after a stall, stale audio from before a device
      opened) is discarded down to the target at once.

    The counters are absolute sample positions, so a benchmark can tell exactly when each
    sample went in and came out.
    """

    WINDOW = FRAMES_PER_SECOND  # reads per adaptation window (one second)
    CALM_SECONDS = 10  # windows without jitter before the target relaxes by one frame

    def __init__(self, frame: int, max_frames: int = 10, capacity_frames: int = 50,
                 target: int = 1) -> None:
        self.frame = frame
        self.max_frames = max_frames
        self.capacity = frame * capacity_frames
        self._ring = np.zeros(self.capacity, dtype=np.int16)
        self.written = 0  # absolute position of the next sample to write (producer only)
        self.read = 0  # absolute position of the next sample to read (consumer only)
        self.target = target  # frames buffered before playing; adapts (see above)
        self.priming = True
        self.underruns = 0
        self.lost = 0  # samples the producer could not store (ring full, or refused upstream)
        self.skipped = 0  # samples the consumer discarded to keep the delay down
        self._window_reads = 0
        self._window_min = self.capacity
        self._calm = 0  # consecutive windows that would have played with one frame less
        self._lead = 0  # frames to hold before playing again, once (``start_over``)

    @property
    def level(self) -> int:
        return self.written - self.read

    @property
    def wanted(self) -> int:
        """Frames the consumer waits for before it plays (again)."""
        return max(self.target, self._lead)

    @property
    def dropped(self) -> int:
        """Samples that never played: lost by the producer or skipped by the consumer."""
        return self.lost + self.skipped

    def write(self, samples: np.ndarray) -> None:
        """Append int16 ``samples`` (any length); never waits for the consumer."""
        written = self.written
        count = min(len(samples), self.capacity - (written - self.read))
        if count < len(samples):
            self.lost += len(samples) - count
        start = written % self.capacity
        first = min(count, self.capacity - start)
        self._ring[start:start + first] = samples[:first]
        if count > first:
            self._ring[: count - first] = samples[first:count]
        self.written = written + count  # published last: the samples are in place

    def read_frame(self, out: np.ndarray) -> bool:
        """Fill ``out`` (``frame`` int16) with the next frame; silence and False when starved."""
        level = self.written - self.read
        wanted = self.wanted * self.frame
        if level > self.max_frames * self.frame:
            self._skip(level - wanted)
            level = self.written - self.read
        if self.priming and level < wanted:
            out.fill(0)
            return False
        if level < self.frame:
            self.underruns += 1
            self.target = min(self.target + 1, self.max_frames)
            self._calm = 0
            self.priming = True
            out.fill(0)
            return False
        self.priming = False
        self._lead = 0
        self._adapt(level)
        start = self.read % self.capacity
        first = min(self.frame, self.capacity - start)
        out[:first] = self._ring[start:start + first]
        if first < self.frame:
            out[first:] = self._ring[: self.frame - first]
        self.read += self.frame
        return True

    def start_over(self, frames: int) -> None:
        """Play again only once ``frames`` frames are buffered, this once, without raising the
        target; the consumer's side (or while no consumer runs).

        A device that has just started pulls its whole buffer at once (PulseAudio: three 20 ms
        blocks within a millisecond), so a buffer that started playing with fewer frames ran
        dry after the first ones: a gap right at the start of the call's audio, then silence
        until it refilled. Waiting for them puts that silence before the audio instead."""
        self._lead = min(frames, self.max_frames)
        self.priming = True

    def _adapt(self, level: int) -> None:
        self._window_min = min(self._window_min, level)
        self._window_reads += 1
        if self._window_reads < self.WINDOW:
            return
        if self._window_min >= (self.target + 1) * self.frame:
            self._skip(self.frame)
        self._calm = self._calm + 1 if self._window_min >= 2 * self.frame else 0
        if self._calm >= self.CALM_SECONDS and self.target > 1:
            self.target -= 1
            self._calm = 0
        self._window_reads = 0
        self._window_min = self.capacity

    def _skip(self, count: int) -> None:
        if count > 0:
            self.read += count
            self.skipped += count

    def clear(self) -> None:
        """Forget everything buffered (the consumer side calls this, e.g. when a device reopens)."""
        self.read = self.written
        self.priming = True


class Tone:
    """A looping tone table at one device rate, mixed into output frames without allocating.

    ``cadence`` is a list of (seconds on, seconds off); the table holds a whole number of
    cycles of every frequency so it loops without a click.
    """

    def __init__(self, rate: int, frequencies: tuple[float, ...], level: float,
                 cadence: tuple[tuple[float, float], ...] = ((1.0, 0.0),)) -> None:
        chunks = []
        for on, off in cadence:
            t = np.arange(round(on * rate)) / rate
            wave = sum(np.sin(2 * np.pi * f * t) for f in frequencies) / len(frequencies)
            ramp = min(len(t) // 2, round(0.005 * rate))  # 5 ms fades: no clicks at the edges
            envelope = np.ones(len(t))
            if ramp:
                envelope[:ramp] = np.linspace(0.0, 1.0, ramp)
                envelope[-ramp:] = np.linspace(1.0, 0.0, ramp)
            chunks.append(wave * envelope * level)
            chunks.append(np.zeros(round(off * rate)))
        self.table = np.concatenate(chunks).astype(np.float32)
        self.position = 0

    def add_to(self, out: np.ndarray) -> None:
        """Add the next ``len(out)`` samples into ``out`` (float32); the caller applies volume."""
        count = len(out)
        done = 0
        while done < count:
            start = self.position
            take = min(count - done, len(self.table) - start)
            np.add(out[done:done + take], self.table[start:start + take],
                   out=out[done:done + take])
            done += take
            self.position = (start + take) % len(self.table)
