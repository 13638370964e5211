"""The 20 ms frame every part of the audio path works in, without numpy (the probe process
imports this and should start quickly)."""

from __future__ import annotations

from softphone.blocks.text import translate

FRAME_SECONDS = 0.02
FRAMES_PER_SECOND = 50


class AudioFormatError(ValueError):
    """A sample rate or buffer the audio path cannot use; the message says what would work."""


def frame_samples(rate: int) -> int:
    """Samples in one 20 ms frame at ``rate``; refuses rates whose frame is not whole."""
    if rate <= 0 or rate % FRAMES_PER_SECOND:
        raise AudioFormatError(translate(
            "Audio", "{rate} Hz does not divide into 20 ms frames; use a rate that is a multiple "
                     "of 50 Hz such as 8000, 16000, 44100 or 48000").format(rate=rate))
    return rate // FRAMES_PER_SECOND
