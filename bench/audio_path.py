"""Added latency and CPU use of the call's audio path, for a 10-minute call at 48 kHz.

Runs the engine's own per-frame code (the real-time path: ``CallAudio.write_remote``/``read_local``
and the speaker and microphone callbacks, with their resamplers and jitter buffers) against a
simulated clock:
a carrier delivers 20 ms frames with network jitter and takes one microphone frame every 20 ms;
the devices call back every 20 ms at 48 kHz on their own phase. Nothing sleeps, so ten minutes
take seconds; CPU is the process CPU time spent inside the engine's code.

Latency is measured per sample from the jitter buffers' absolute positions:

* far end → speaker: from the moment a frame is written until the speaker callback hands it to
  the device, plus the resampler's filter delay;
* microphone → far end: from the microphone callback that captured a block until the carrier
  reads it, plus the resampler's filter delay.

Not included: the device's own buffer (two 20 ms blocks requested from PortAudio, more if the
platform insists) and the network. Targets: under 40 ms added, under 3 % of one core.

    .venv/bin/python bench/audio_path.py [--minutes 10] [--devices SECONDS]
"""

from __future__ import annotations

import argparse
import bisect
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from softphone.audio.engine import Engine
from softphone.audio.realtime import CallPath, RealtimePath
from softphone.blocks.post import run_now
from softphone.settings.store import Settings

DEVICE_RATE = 48000
FRAME = 0.02


@dataclass
class Scenario:
    name: str
    call_rate: int
    jitter_ms: float  # standard deviation of the arrival delay
    stall_every_s: float = 0.0  # a 100 ms network stall, then a burst, this often
    late_every_s: float = 0.0  # one frame 30 ms late this often (a busy machine or network)


@dataclass
class Result:
    speaker_ms: np.ndarray
    microphone_ms: np.ndarray
    cpu_seconds: float
    callback_us: np.ndarray
    underruns: int
    dropped_ms: float


def simulate(scenario: Scenario, minutes: float, seed: int = 7) -> Result:
    path = RealtimePath()
    call = CallPath("bench", scenario.call_rate, on_close=lambda _call: None)
    path.prepare_speaker(DEVICE_RATE, [call])  # what the worker does when the streams open
    path.prepare_microphone(DEVICE_RATE, [call])
    playback_delay = path.playbacks[0].resampler.delay_seconds
    capture_delay = path.captures[0].resampler.delay_seconds

    rng = np.random.default_rng(seed)
    frames = int(minutes * 60 / FRAME)
    n_call = scenario.call_rate // 50
    n_dev = DEVICE_RATE // 50
    # far-end frames: sent every 20 ms, arriving after a jittered delay, in order
    arrival = np.arange(frames) * FRAME + np.abs(rng.normal(0, scenario.jitter_ms / 1000, frames))
    if scenario.stall_every_s:
        for start in np.arange(scenario.stall_every_s, minutes * 60, scenario.stall_every_s):
            stalled = (arrival >= start) & (arrival < start + 0.1)
            arrival[stalled] = start + 0.1
    if scenario.late_every_s:
        arrival[::round(scenario.late_every_s / FRAME)] += 0.03
    arrival = np.maximum.accumulate(arrival)
    t = np.arange(n_call) / scenario.call_rate
    payloads = [(8000 * np.sin(2 * np.pi * 440 * (t + k * FRAME))).astype("<i2").tobytes()
                for k in range(50)]
    out = np.zeros((n_dev, 1), dtype=np.float32)
    mic = (0.3 * np.sin(2 * np.pi * 440 * np.arange(n_dev) / DEVICE_RATE)).astype(np.float32)
    mic_block = mic.reshape(n_dev, 1)
    speaker_phase, carrier_phase = 0.0073, 0.0131  # devices and carrier on their own clocks

    events: list[tuple[float, int, int]] = [(arrival[k], 0, k) for k in range(frames)]
    events += [(k * FRAME + speaker_phase, 1, k) for k in range(frames)]
    events += [(k * FRAME + carrier_phase, 2, k) for k in range(frames)]
    events.sort()

    write_ends: list[int] = []  # playback position after each write
    write_times: list[float] = []
    capture_ends: list[int] = []
    capture_times: list[float] = []
    speaker_ms: list[float] = []
    microphone_ms: list[float] = []
    callback_us: list[float] = []
    cpu = 0.0
    for when, kind, k in events:
        started_cpu = time.process_time()
        started = time.perf_counter()
        if kind == 0:
            call.write_remote(payloads[k % 50])
            spent = time.process_time() - started_cpu
            write_ends.append(call.playback.written)
            write_times.append(when)
        elif kind == 1:
            before = call.playback.read
            path.speaker(out, n_dev, None, None)
            path.microphone(mic_block, n_dev, None, None)
            spent = time.process_time() - started_cpu
            callback_us.append((time.perf_counter() - started) * 1e6)
            capture_ends.append(call.capture.written)
            capture_times.append(when)
            if call.playback.read > before:  # a frame was played: when was it written?
                index = bisect.bisect_right(write_ends, call.playback.read - n_call)
                speaker_ms.append((when - write_times[index] + playback_delay) * 1000)
        else:
            before = call.capture.read
            call.read_local()
            spent = time.process_time() - started_cpu
            if call.capture.read > before:
                index = bisect.bisect_right(capture_ends, call.capture.read - n_call)
                microphone_ms.append((when - capture_times[index] + capture_delay) * 1000)
        cpu += spent
    dropped = call.playback.dropped + call.capture.dropped
    return Result(np.array(speaker_ms), np.array(microphone_ms), cpu, np.array(callback_us),
                  call.playback.underruns + call.capture.underruns,
                  dropped / scenario.call_rate * 1000)


def on_devices(seconds: float) -> None:
    """A real call on the system's default devices: the whole process's CPU (PortAudio's
    threads included), for comparison with the simulated figure."""
    folder = Path(tempfile.mkdtemp(prefix="audio-bench-"))
    engine = Engine(Settings(folder / "settings.toml"), run_now, device_events=lambda: None)
    engine.start()
    deadline = time.monotonic() + 10
    while not engine.state.loaded and time.monotonic() < deadline:
        time.sleep(0.05)
    if not engine.state.snapshot.devices:
        print(f"On devices: skipped ({engine.state.snapshot.problem})")
        engine.close()
        return
    call = engine.open_call("bench", 8000)
    payload = bytes(320)
    while len(engine.state.active) < 2 and time.monotonic() < deadline:
        call.write_remote(payload)
        call.read_local()
        time.sleep(0.02)
    started_cpu, started = time.process_time(), time.monotonic()
    tick = started
    while time.monotonic() - started < seconds:  # a carrier's 20 ms media loop
        call.write_remote(payload)
        call.read_local()
        tick += FRAME
        time.sleep(max(0.0, tick - time.monotonic()))
    cpu = time.process_time() - started_cpu
    active = ", ".join(f"{role.value} {stream.device} @ {stream.rate} Hz"
                       for role, stream in engine.state.active.items())
    print(f"On devices ({active}): {100 * cpu / seconds:.2f} % of one core over {seconds:g} s, "
          "whole process including PortAudio and the carrier loop")
    call.close()
    engine.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--devices", type=float, default=0.0, metavar="SECONDS",
                        help="also run a real call this long on the default audio devices")
    args = parser.parse_args()
    scenarios = [
        Scenario("G.711 8 kHz, steady network (2 ms jitter)", 8000, 2.0),
        Scenario("wideband 16 kHz, steady network (2 ms jitter)", 16000, 2.0),
        Scenario("48 kHz call, steady network (2 ms jitter)", 48000, 2.0),
        Scenario("G.711 8 kHz, rough network (8 ms jitter, 100 ms stall every 30 s)",
                 8000, 8.0, 30.0),
        Scenario("G.711 8 kHz, recurring jitter (2 ms, and a frame 30 ms late every 3 s)",
                 8000, 2.0, late_every_s=3.0),
    ]
    print(f"Simulated {args.minutes:g}-minute call, devices at {DEVICE_RATE} Hz, 20 ms frames")
    print(f"{'scenario':<68} {'speaker ms':>17} {'mic ms':>17} {'CPU %':>6} "
          f"{'cb p99 us':>9} {'underruns':>9} {'dropped ms':>10}")
    for scenario in scenarios:
        result = simulate(scenario, args.minutes)
        share = 100 * result.cpu_seconds / (args.minutes * 60)
        print(f"{scenario.name:<68} "
              f"{np.median(result.speaker_ms):6.1f} / p99 {np.percentile(result.speaker_ms, 99):5.1f} "
              f"{np.median(result.microphone_ms):6.1f} / p99 "
              f"{np.percentile(result.microphone_ms, 99):5.1f} "
              f"{share:6.2f} {np.percentile(result.callback_us, 99):9.0f} "
              f"{result.underruns:9d} {result.dropped_ms:10.0f}")
    print("Targets: under 40 ms added (median and p99, steady network); under 3 % of one core.")
    print("CPU is engine code only (both device callbacks, write_remote, read_local); "
          "'cb p99 us' is one speaker+microphone callback pair.")
    if args.devices:
        on_devices(args.devices)


if __name__ == "__main__":
    main()
