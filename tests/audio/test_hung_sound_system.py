"""A PortAudio start that never returns (a stale JACK lock, made for real in a private
``/dev/shm``), and a softphone killed at the worst moment: the real app and the real command
line, each in its own process."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.audio.stale_jack_lock import PrivateShm
from tests.helpers import wait_for_instance

pytestmark = pytest.mark.slow

DEADLINE = 5.0  # PortAudio's start deadline in the softphone
FIX = "rm -rf /dev/shm/jack_db-0"


@pytest.fixture
def stale_jack_lock(tmp_path: Path, virtual_audio: Any) -> PrivateShm:
    shm = PrivateShm(tmp_path / "shm")
    shm.leave_a_stale_jack_lock()
    assert not shm.starts_portaudio(timeout=3)  # the hang is real
    return shm


@pytest.fixture
def environment(profile: Profile, settings: Settings, virtual_audio: Any) -> dict[str, str]:
    """What ``softphone`` runs with: the virtual sound system, the test's profile."""
    settings.update({"carrier.simulated.speak_greeting": False, "location.ip_fallback": False})
    settings.save()
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))


def softphone(profile: Profile, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "softphone", "--profile", str(profile.root), *arguments]


@contextlib.contextmanager
def softphone_running(shm: PrivateShm, profile: Profile,
                      environment: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """``softphone run`` with ``shm`` as its ``/dev/shm``."""
    app = subprocess.Popen(shm.command(*softphone(profile, "run", "--hidden")),
                           env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield app
    finally:
        subprocess.run(softphone(profile, "quit"), env=environment, capture_output=True,
                       timeout=60)
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


@pytest.fixture
def running(profile: Profile, environment: dict[str, str],
            stale_jack_lock: PrivateShm) -> Iterator[subprocess.Popen[bytes]]:
    """``softphone run`` on a machine whose PortAudio hangs."""
    with softphone_running(stale_jack_lock, profile, environment) as app:
        yield app


@pytest.fixture
def held_jack_lock(tmp_path: Path, virtual_audio: Any) -> Iterator[tuple[PrivateShm,
                                                                         subprocess.Popen[bytes]]]:
    """JACK's lock held by a live (stopped) process; the test kills it."""
    shm = PrivateShm(tmp_path / "shm")
    holder = shm.hold_the_jack_lock()
    try:
        yield shm, holder
    finally:
        holder.kill()
        holder.wait()


def audio_checks(profile: Profile) -> dict[str, dict[str, Any]]:
    status = wait_for_instance(profile)
    return {check["key"]: check for check in status["readiness"]
            if check["key"].startswith("audio.")}


def wait_for(condition: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.2)


def softphone_log(profile: Profile) -> str:
    log = profile.logs_dir / "softphone.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


REMOVED = "removed an abandoned JACK lock (/dev/shm/jack_db-0)"


def test_the_softphone_removes_a_jack_lock_a_killed_program_left_and_its_sound_comes_back(
        profile: Profile, running: subprocess.Popen[bytes], stale_jack_lock: PrivateShm) -> None:
    recovered = wait_for(lambda: all(check["passed"] for check in audio_checks(profile).values())
                         and audio_checks(profile), DEADLINE + 55, "the audio checks to pass")
    assert recovered["audio.speaker"]["detail"] == "Using 'default'."
    assert REMOVED in softphone_log(profile)
    assert stale_jack_lock.starts_portaudio(timeout=30)  # for every program: the lock is gone


def test_a_jack_lock_a_running_program_holds_is_left_alone_and_the_fix_names_that_program(
        profile: Profile, environment: dict[str, str],
        held_jack_lock: tuple[PrivateShm, subprocess.Popen[bytes]]) -> None:
    shm, holder = held_jack_lock
    folder = shm.jack_folder.stat().st_ino
    name = Path(f"/proc/{holder.pid}/comm").read_text().strip()
    with softphone_running(shm, profile, environment):
        checks = wait_for(lambda: audio_checks(profile), DEADLINE + 25, "the audio checks")
        for key in ("audio.microphone", "audio.speaker"):
            assert not checks[key]["passed"]
            assert f"did not answer within {DEADLINE:g} s" in checks[key]["detail"]
            assert f"close {name} (process {holder.pid})." in checks[key]["fix"]
        assert shm.jack_folder.stat().st_ino == folder
        assert REMOVED not in softphone_log(profile)
        holder.kill()  # its lock is abandoned now: the softphone's next try removes it
        holder.wait()
        recovered = wait_for(lambda: all(check["passed"] for check in audio_checks(profile)
                                         .values()) and audio_checks(profile),
                             DEADLINE + 55, "the audio checks to pass")
        assert recovered["audio.microphone"]["detail"] == "Using 'default'."
        assert REMOVED in softphone_log(profile)


def test_softphone_devices_returns_with_the_reason_and_the_fix_when_portaudio_hangs(
        profile: Profile, environment: dict[str, str], stale_jack_lock: PrivateShm) -> None:
    started = time.monotonic()
    shown = subprocess.run(stale_jack_lock.command(*softphone(profile, "devices")),
                           env=environment, capture_output=True, text=True, timeout=60)
    assert time.monotonic() - started < DEADLINE + 20
    assert shown.returncode == 1
    assert f"did not answer within {DEADLINE:g} s" in shown.stdout and FIX in shown.stdout
    as_json = subprocess.run(stale_jack_lock.command(*softphone(profile, "devices", "--json")),
                             env=environment, capture_output=True, text=True, timeout=60)
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and not report["answered"] and FIX in report["fix"]
    stale_jack_lock.remove_the_stale_lock()
    cured = subprocess.run(stale_jack_lock.command(*softphone(profile, "devices", "--json")),
                           env=environment, capture_output=True, text=True, timeout=60)
    assert cured.returncode == 0, cured.stderr
    assert "Test Headset" in [device["name"] for device in json.loads(cured.stdout)["devices"]]


def children_of(pid: int) -> dict[int, str]:
    """The processes whose parent is ``pid``, with their start times (to tell a reused pid)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                continue
            if int(fields[1]) == pid:
                found[int(entry.name)] = fields[19]
    return found


def still_running(pid: int, started: str) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return fields[0] != "Z" and fields[19] == started


def test_a_softphone_killed_while_its_helper_process_runs_leaves_no_process_behind(
        profile: Profile, environment: dict[str, str], stale_jack_lock: PrivateShm) -> None:
    """The worst moment: the probe process is waiting on the stale lock (it would wait up to
    its own deadline) when the softphone is killed with SIGKILL, ten times over."""
    orphans = []
    for _ in range(10):
        app = subprocess.Popen(stale_jack_lock.command(*softphone(profile, "run", "--hidden")),
                               env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        children = wait_for(lambda app=app: children_of(app.pid), 30, "the helper process")
        os.kill(app.pid, signal.SIGKILL)
        app.wait()
        # half the helper's own deadline: only its parent's death can have ended it by then
        # (the kernel's signal, or, when the kill came between the fork and the signal being
        # asked for, its own check of its parent once its interpreter has started)
        time.sleep(DEADLINE / 2)
        left = [pid for pid, started in children.items() if still_running(pid, started)]
        for pid in left:
            orphans.append(Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " "))
            os.kill(pid, signal.SIGKILL)
    assert orphans == []


ENGINE_WHOSE_OWN_PORTAUDIO_HANGS = """
import json, os, time
from softphone.audio.devices import DeviceSnapshot
from softphone.audio.engine import Engine
from softphone.audio.probe import Probe
from softphone.blocks.post import run_now
from softphone.settings.store import Settings

class AnsweredProbe(Probe):  # the lock appeared just after the probe process had answered
    def run(self):
        return DeviceSnapshot()

engine = Engine(Settings(__import__("pathlib").Path(os.environ["SETTINGS"])), run_now,
                probe=AnsweredProbe(), device_events=lambda: None)
started = time.monotonic()
engine.start()
while not engine.state.loaded and time.monotonic() - started < 30:
    time.sleep(0.1)
checks = [check.__dict__ for check in engine.checks()]
closing = time.monotonic()
engine.close()
print(json.dumps({"checks": checks, "close_seconds": time.monotonic() - closing,
                  "answered_after": closing - started}), flush=True)
os._exit(0)
"""


def test_portaudio_hanging_inside_the_softphone_is_reported_and_never_holds_the_engine_up(
        profile: Profile, environment: dict[str, str], stale_jack_lock: PrivateShm) -> None:
    run = subprocess.run(stale_jack_lock.command(sys.executable, "-c",
                                                 ENGINE_WHOSE_OWN_PORTAUDIO_HANGS),
                         env=dict(environment, SETTINGS=str(profile.settings_file)),
                         capture_output=True, text=True, timeout=90)
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["answered_after"] < DEADLINE + 10
    assert result["close_seconds"] < 2
    for check in result["checks"]:
        assert not check["passed"] and f"did not answer within {DEADLINE:g} s" in check["detail"]
        assert FIX in check["fix"] and "restart the softphone" in check["fix"]


ENGINE_THAT_MAPS_JACKS_DATABASE = """
import json, mmap, os, time
from pathlib import Path
from softphone.audio.engine import Engine
from softphone.blocks.post import run_now
from softphone.settings.store import Settings

with open("/dev/shm/jack_db-0/__db.001", "r+b") as region:  # as JACK's library maps it
    mapped = mmap.mmap(region.fileno(), 0)
engine = Engine(Settings(Path(os.environ["SETTINGS"])), run_now, device_events=lambda: None)
started = time.monotonic()
engine.start()
while not engine.state.loaded and time.monotonic() - started < 45:
    time.sleep(0.1)
print(json.dumps({"pid": os.getpid(), "checks": [check.__dict__ for check in engine.checks()]}),
      flush=True)
engine.close()
os._exit(0)
"""


def test_a_softphone_that_uses_jacks_database_itself_says_so_and_removes_nothing(
        profile: Profile, environment: dict[str, str], stale_jack_lock: PrivateShm) -> None:
    """Its own PortAudio may map the database (a JACK client): then the lock is not provably
    abandoned, and the fix says that this softphone uses it."""
    folder = stale_jack_lock.jack_folder.stat().st_ino
    run = subprocess.run(stale_jack_lock.command(sys.executable, "-c",
                                                 ENGINE_THAT_MAPS_JACKS_DATABASE),
                         env=dict(environment, SETTINGS=str(profile.settings_file)),
                         capture_output=True, text=True, timeout=90)
    result = json.loads(run.stdout.splitlines()[-1])
    assert len(result["checks"]) == 2
    for check in result["checks"]:
        assert not check["passed"] and f"did not answer within {DEADLINE:g} s" in check["detail"]
        assert f"close this softphone (process {result['pid']})." in check["fix"]
    assert stale_jack_lock.jack_folder.stat().st_ino == folder


ENGINE_IN_A_CALL = """
import json, logging, os, sys, threading, time
from pathlib import Path
from softphone.audio.devices import Role
from softphone.audio.engine import Engine
from softphone.blocks.post import run_now
from softphone.settings.store import Settings

logging.basicConfig(level=logging.WARNING)  # on stderr
notices = []
engine = Engine(Settings(Path(os.environ["SETTINGS"])), run_now)
engine.notice.connect(notices.append)
engine.start()
call = engine.open_call("call-1", 8000)

def media():  # a carrier's 20 ms loop
    start, frames = time.monotonic(), 0
    while True:
        frames += 1
        time.sleep(max(0.0, start + frames * 0.02 - time.monotonic()))
        call.write_remote(bytes(320))
        call.read_local()

threading.Thread(target=media, daemon=True).start()

def until(condition):
    deadline = time.monotonic() + 45
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)

def report():
    print(json.dumps({"active": {role.value: stream.device
                                 for role, stream in engine.state.active.items()},
                      "names": sorted(engine.state.snapshot.names), "notices": notices,
                      "capturing": call.capture.written}), flush=True)

until(lambda: len(engine.state.active) == 2 and engine.state.watching)
report()
sys.stdin.readline()  # the lock is made and a device plugged in
until(lambda: any("does not answer new starts" in notice for notice in notices))
before = call.capture.written
time.sleep(1.0)
report()
print(json.dumps({"captured_meanwhile": call.capture.written - before}), flush=True)
sys.stdin.readline()  # the lock is removed
until(lambda: any("answers new starts again" in notice for notice in notices)
      and "Desk Speaker" in engine.state.snapshot.names)
report()
engine.close()
os._exit(0)
"""


def test_a_call_keeps_its_sound_when_portaudio_stops_answering_new_starts_mid_call(
        profile: Profile, environment: dict[str, str], tmp_path: Path,
        virtual_audio: Any) -> None:
    """A running program takes JACK's lock mid-call (and keeps it), then is killed: the
    softphone names it, and removes the lock itself once it is abandoned."""
    shm = PrivateShm(tmp_path / "shm")
    log = tmp_path / "engine.log"
    with log.open("wb") as stderr:
        engine = subprocess.Popen(shm.command(sys.executable, "-c", ENGINE_IN_A_CALL),
                                  env=dict(environment, SETTINGS=str(profile.settings_file)),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=stderr, text=True)
    assert engine.stdin is not None and engine.stdout is not None
    holder = None
    try:
        in_call = json.loads(engine.stdout.readline())
        assert in_call["active"] == {"microphone": "default", "speaker": "default"}
        holder = shm.hold_the_jack_lock()
        name = Path(f"/proc/{holder.pid}/comm").read_text().strip()
        virtual_audio.plug("Desk Speaker", "desk")  # the sound server announces it
        engine.stdin.write("go on\n")
        engine.stdin.flush()
        hung = json.loads(engine.stdout.readline())
        # the call's streams were left alone (a stream that dies of an xrun on a busy machine
        # may move to another device, by the policy; the call keeps sound either way)
        assert set(hung["active"]) == {"microphone", "speaker"}, hung["notices"]
        assert json.loads(engine.stdout.readline())["captured_meanwhile"] >= 25 * 160
        assert "Desk Speaker" not in hung["names"]
        warning = next(n for n in hung["notices"] if "does not answer new starts" in n)
        assert f"close {name} (process {holder.pid})." in warning
        holder.kill()  # nobody removes the lock it leaves
        holder.wait()
        engine.stdin.write("go on\n")
        engine.stdin.flush()
        cleared = json.loads(engine.stdout.readline())
        assert "Desk Speaker" in cleared["names"]
        assert "Audio device connected: Desk Speaker." in cleared["notices"]
        assert set(cleared["active"]) == {"microphone", "speaker"}
        assert REMOVED in log.read_text()
    finally:
        engine.kill()
        engine.communicate()
        if holder is not None:
            holder.kill()
            holder.wait()
