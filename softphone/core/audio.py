"""The audio engine as a carrier adapter sees it.

A carrier opens one ``CallAudio`` per connected call and moves 20 ms frames of signed 16-bit
little-endian mono PCM at the sample rate it chose (8 kHz for G.711, the synthesiser's rate for
the simulated answering point). The engine resamples to the devices, buffers against jitter, and
keeps working, silently, when there is no audio device at all.
"""

from __future__ import annotations

from typing import Protocol


class CallAudio(Protocol):
    sample_rate: int

    def write_remote(self, pcm: bytes) -> None:
        """Far end → speaker. Any thread; never blocks; any length: frame by frame for live
        audio (jitter-buffered), or a whole prompt at once (played in full, in real time)."""

    def read_local(self) -> bytes:
        """Microphone → far end: exactly one 20 ms frame, silence when nothing was captured."""

    def close(self) -> None: ...


class AudioEngine(Protocol):
    def open_call(self, call_id: str, sample_rate: int) -> CallAudio:
        """Returns at once. The rate must be a multiple of 50 Hz (whole 20 ms frames). Asking
        again for an open call at the same rate returns the same ``CallAudio``; close it when
        the call ends, or the devices stay open."""
