"""The audio path's signal processing: resampling and the jitter buffer, without devices."""

from __future__ import annotations

import numpy as np
import pytest

from softphone.audio.dsp import FrameResampler, JitterBuffer
from softphone.audio.frames import AudioFormatError, frame_samples


def resample(rate_in: int, rate_out: int, frequency: float, seconds: float = 0.5) -> np.ndarray:
    resampler = FrameResampler(rate_in, rate_out)
    t = np.arange(int(rate_in * seconds)) / rate_in
    signal = (10000 * np.sin(2 * np.pi * frequency * t)).astype(np.int16)
    out = np.zeros(resampler.n_out, dtype=np.float32)
    frames = []
    for start in range(0, len(signal), resampler.n_in):
        resampler.process(signal[start:start + resampler.n_in], out)
        frames.append(out.copy())
    return np.concatenate(frames)[rate_out // 20:]  # skip the filter's start-up


@pytest.mark.parametrize(("rate_in", "rate_out"), [(48000, 8000), (8000, 48000), (44100, 16000),
                                                   (22050, 48000), (48000, 48000)])
def test_speech_band_tones_keep_their_level_across_rates(rate_in: int, rate_out: int) -> None:
    out = resample(rate_in, rate_out, 1000)
    assert np.abs(out).max() == pytest.approx(10000, rel=0.03)
    spectrum = np.abs(np.fft.rfft(out))
    assert np.fft.rfftfreq(len(out), 1 / rate_out)[spectrum.argmax()] == pytest.approx(1000, abs=20)


def test_downsampling_removes_what_the_lower_rate_cannot_carry() -> None:
    # 6 kHz would fold back to 2 kHz at 8 kHz without the low-pass
    assert np.abs(resample(48000, 8000, 6000)).max() < 100


def test_rates_that_do_not_make_whole_20_ms_frames_are_refused_with_a_hint() -> None:
    with pytest.raises(AudioFormatError, match="multiple of 50 Hz"):
        frame_samples(11025)


def frame_of(value: int, size: int = 160) -> np.ndarray:
    return np.full(size, value, dtype=np.int16)


def test_a_steady_source_plays_with_one_frame_of_delay() -> None:
    buffer = JitterBuffer(160)
    out = np.zeros(160, dtype=np.int16)
    for n in range(1, 200):
        buffer.write(frame_of(n))
        assert buffer.read_frame(out) and out[0] == n
    assert buffer.underruns == 0 and buffer.level == 0


def test_late_frames_deepen_the_buffer_then_it_shrinks_back_once_steady() -> None:
    buffer = JitterBuffer(160)
    out = np.zeros(160, dtype=np.int16)
    n = 0
    for tick in range(300):  # 20 ms ticks; every third frame arrives one tick late
        for _ in range((1, 0, 2)[tick % 3]):
            n += 1
            buffer.write(frame_of(n))
        buffer.read_frame(out)
    jittery_target = buffer.target
    assert buffer.underruns >= 1 and jittery_target >= 2
    for _ in range((JitterBuffer.CALM_SECONDS + 2) * 50):  # then perfectly regular for longer
        n += 1                                                  # than the buffer's calm period
        buffer.write(frame_of(n))
        assert buffer.read_frame(out)
    assert buffer.target < jittery_target and buffer.level < 160 * jittery_target


def test_jitter_that_comes_back_every_few_seconds_costs_one_gap_not_one_each_time() -> None:
    buffer = JitterBuffer(160)
    out = np.zeros(160, dtype=np.int16)
    n = 0
    for tick in range(60 * 50):  # a minute of 20 ms ticks; every 3 s one frame comes a tick late
        for _ in range({0: 0, 1: 2}.get(tick % 150, 1)):
            n += 1
            buffer.write(frame_of(n))
        buffer.read_frame(out)
    assert buffer.underruns == 1  # then the buffer keeps the frame of depth that absorbs it


def test_a_burst_after_a_stall_is_cut_down_to_the_target() -> None:
    buffer = JitterBuffer(160, max_frames=10)
    out = np.zeros(160, dtype=np.int16)
    for n in range(1, 31):
        buffer.write(frame_of(n))
    assert buffer.read_frame(out)
    assert out[0] == 30  # 29 stale frames dropped, the newest played
    assert buffer.dropped == 29 * 160


def test_writing_into_a_full_buffer_drops_audio_instead_of_waiting() -> None:
    buffer = JitterBuffer(160, capacity_frames=5)
    buffer.write(np.zeros(160 * 7, dtype=np.int16))
    assert buffer.level == 160 * 5 and buffer.dropped == 160 * 2


def test_the_ring_wraps_around_without_mixing_up_samples() -> None:
    buffer = JitterBuffer(160, capacity_frames=3)
    out = np.zeros(160, dtype=np.int16)
    values = np.arange(1, 10_001, dtype=np.int16)
    got = []
    for start in range(0, 9600, 100):  # odd-sized writes against frame-sized reads
        buffer.write(values[start:start + 100])
        while buffer.level >= 160 and buffer.read_frame(out):
            got.append(out.copy())
    played = np.concatenate(got)
    assert (np.diff(played) == 1).all() and played[0] == 1
