"""Test doubles for the true edges (time, the headset) and small helpers shared by tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

from softphone.blocks.profile import Profile
from softphone.control.client import send
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlUnavailable

OWN = "+15551230000"  # the agent's own number (outbound.caller_id)
POOL = ["+15551230001", "+15551230002"]  # the callback number pool


class ManualClock:
    """Wall-clock time the test moves forward: a lease runs for an hour, tests do not."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class ManualScheduler:
    """The core's Scheduler driven by a ManualClock; ``advance`` runs what falls due, in order."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self._pending: list[tuple[float, int, object]] = []
        self._sequence = 0

    def call_later(self, seconds, function):
        self._sequence += 1
        entry = (self.clock.now + seconds, self._sequence, function)
        self._pending.append(entry)

        def cancel() -> None:
            if entry in self._pending:
                self._pending.remove(entry)

        return cancel

    def advance(self, seconds: float = 0.0) -> None:
        target = self.clock.now + seconds
        while True:
            due = sorted(e for e in self._pending if e[0] <= target)
            if not due:
                break
            entry = due[0]
            self._pending.remove(entry)
            self.clock.now = max(self.clock.now, entry[0])
            entry[2]()
        self.clock.now = target


class RecordingCall:
    """The headset edge: what a carrier would have played to the agent."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.received = bytearray()

    def write_remote(self, pcm: bytes) -> None:
        self.received.extend(pcm)

    def read_local(self) -> bytes:
        return bytes(self.sample_rate // 50 * 2)

    def close(self) -> None:
        pass


class RecordingAudio:
    def __init__(self) -> None:
        self.calls: dict[str, RecordingCall] = {}

    def open_call(self, call_id: str, sample_rate: int) -> RecordingCall:
        self.calls[call_id] = RecordingCall(sample_rate)
        return self.calls[call_id]


def run_cli(profile: Profile, *arguments: str, environment: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real ``softphone`` command line, in its own process, on ``profile``."""
    return subprocess.run([sys.executable, "-m", "softphone", "--profile", str(profile.root),
                           *arguments], capture_output=True, text=True, timeout=timeout,
                          env=environment or dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def quit_instance(profile: Profile, instance: subprocess.Popen[bytes],
                  environment: dict[str, str], *, hang_up: bool = False) -> None:
    """End an instance started by the test (its call first, with ``hang_up``: ``quit`` is
    refused while an emergency call is up), and never leave it behind."""
    if hang_up:
        run_cli(profile, "hangup", environment=environment)
    run_cli(profile, "quit", environment=environment)
    try:
        instance.wait(timeout=30)
    except subprocess.TimeoutExpired:
        instance.kill()
        instance.wait()

def start_in_background(profile: Profile, environment: dict[str, str],
                        *arguments: str) -> subprocess.Popen[bytes]:
    """``softphone run --hidden`` on ``profile`` in its own process, as login starts it; the
    caller waits for it (``wait_for_instance``) and for its end. The default profile is started
    without ``--profile``, as the desktop does (its logs go to the platform's log folder)."""
    chosen = [] if profile.default else ["--profile", str(profile.root)]
    return subprocess.Popen([sys.executable, "-m", "softphone", *chosen,
                             "run", "--hidden", *arguments], env=environment,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def control(profile: Profile, command: str, **args: Any) -> dict[str, Any]:
    """One request to the profile's running instance, as the command line sends it."""
    return send(Endpoint.for_instance(profile.server_name), {"command": command, "args": args})


def wait_for_instance(profile: Profile, timeout: float = 30) -> dict[str, Any]:
    """The status of the profile's instance started elsewhere, without starting one."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return control(profile, "status")["result"]
        except ControlUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def wait_until_started(profile: Profile, timeout: float = 30) -> dict[str, Any]:
    """The status of the profile's instance once its whole start-up is done (the window built,
    the rest started): it answers, and dials, before."""
    deadline = time.monotonic() + timeout
    while not (status := wait_for_instance(profile, timeout))["started"]:
        assert time.monotonic() < deadline, "the instance never finished starting"
        time.sleep(0.05)
    return status


def wait_for_audio(profile: Profile, timeout: float = 30) -> None:
    """Until the instance's PortAudio has started (its readiness checks appear then). It starts
    with the rest of the start-up, with the process's stderr pointed at /dev/null meanwhile
    (sounddevice hides ALSA's chatter so): what the process writes there then is lost, the
    lines of ``python -X importtime`` too."""
    deadline = time.monotonic() + timeout
    while not any(check["key"] == "audio.speaker"
                  for check in control(profile, "status")["result"]["readiness"]):
        assert time.monotonic() < deadline, "the instance never listed its audio devices"
        time.sleep(0.05)
