"""A real virtual sound system for the audio tests: PulseAudio with null sinks as devices.

One PulseAudio daemon runs for the whole session (as root, with its own HOME and
XDG_RUNTIME_DIR under a temporary folder). Each "device" is a null sink plus a microphone
remapped from that sink's monitor, so whatever is played on a device comes back on its
microphone. PortAudio 19.6 (Debian's libportaudio2) has no PulseAudio host API: it reaches
PulseAudio through ALSA's ``pulse`` plugin (libasound2-plugins). ALSA's ``default`` becomes
PulseAudio's default sink and source; every other device gets an ALSA PCM of its own, named
like the device, in a configuration file the fixture rewrites whenever a device is plugged in
or out - the part a kernel's card list plays on a real machine (PortAudio lists ALSA devices
from that configuration), and so, as on a real machine, it changes before the sound server
announces the device (plugging in) and before it takes the device away (unplugging). Streams,
timing and levels are all real.

A null sink that sat idle starts a new stream only after its 2 s idle timer fires, so each
sink gets a quiet keep-alive player (``pacat`` of /dev/zero) while it exists.

Tests opt in with the ``virtual_audio`` fixture, which points this process (and the probe
processes it starts) at the daemon through PULSE_SERVER and ALSA_CONFIG_PATH.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from softphone.app import Application
from softphone.settings.store import Settings

ALSA_MAIN_CONFIG = Path("/usr/share/alsa/alsa.conf")


@dataclass
class _Plugged:
    sink: str
    source: str
    modules: list[str]
    keepalive: list[subprocess.Popen[bytes]]
    output_only: bool


class VirtualAudio:
    """The daemon and its devices; ``plug``/``unplug`` a named device like a USB headset."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.runtime = root / "runtime"
        self.server = f"unix:{self.runtime}/pulse/native"
        self.alsa_config = root / "asoundrc"
        self.cookie = root / "cookie"
        self.devices: dict[str, _Plugged] = {}
        self._default: _Plugged | None = None

    @property
    def _daemon_env(self) -> dict[str, str]:
        return {**os.environ, "HOME": str(self.home), "XDG_RUNTIME_DIR": str(self.runtime)}

    @property
    def env(self) -> dict[str, str]:
        return {
            "PULSE_SERVER": self.server,
            "PULSE_COOKIE": str(self.cookie),
            "ALSA_CONFIG_PATH": f"{ALSA_MAIN_CONFIG}:{self.alsa_config}",
        }

    def start(self) -> None:
        self.home.mkdir(parents=True)
        self.runtime.mkdir(mode=0o700)
        self.alsa_config.write_text("")
        env = self._daemon_env
        subprocess.run(
            ["pulseaudio", "-D", "--exit-idle-time=-1", "--system=false", "-n",
             "--load=module-native-protocol-unix auth-anonymous=1",
             "--load=module-cli-protocol-unix", "--load=module-always-sink"],
            env=env, check=True, stderr=subprocess.DEVNULL, timeout=30,
        )
        deadline = time.monotonic() + 10
        while not (self.runtime / "pulse" / "native").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not create its socket within 10 s")
            time.sleep(0.05)
        self._default = self._create("system", output_only=False)
        self.pactl("set-default-sink", "system")
        self.pactl("set-default-source", "system_mic")

    def stop(self) -> None:
        for plugged in list(self.devices.values()) + ([self._default] if self._default else []):
            self._stop_keepalive(plugged)
        pid_file = self.runtime / "pulse" / "pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().split()[0])
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 15)

    def pactl(self, *args: str) -> str:
        result = subprocess.run(["pactl", "--server", self.server, *args], check=True,
                                capture_output=True, text=True, timeout=30)
        return result.stdout.strip()

    def _create(self, sink: str, output_only: bool) -> _Plugged:
        modules = [self.pactl("load-module", "module-null-sink", f"sink_name={sink}", "rate=48000")]
        source = f"{sink}_mic"
        if not output_only:
            modules.append(self.pactl("load-module", "module-remap-source",
                                      f"master={sink}.monitor", f"source_name={source}"))
        with open("/dev/zero", "rb") as zeros:
            player = subprocess.Popen([*self._pacat("--playback", sink)], stdin=zeros,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Record the sink's monitor until it delivers: from then on the sink renders in
        # 10 ms steps and a new stream starts at once (a fresh null sink waits up to 2 s).
        recorder = subprocess.Popen([*self._pacat("--record", f"{sink}.monitor")],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        flowing = threading.Event()
        threading.Thread(target=_drain, args=(recorder, flowing), daemon=True).start()
        if not flowing.wait(10):
            raise RuntimeError(f"the virtual device {sink} delivered no audio within 10 s")
        return _Plugged(sink, source, modules, [player, recorder], output_only)

    def _pacat(self, direction: str, device: str) -> list[str]:
        return ["pacat", "--server", self.server, direction, "-d", device, "--raw",
                "--format=s16le", "--rate=8000", "--channels=1", "--latency-msec=10"]

    def plug(self, name: str, sink: str, output_only: bool = False) -> None:
        """Connect a device PortAudio will list as ``name``: the card first, then the sound
        server's sink and source for it (whose arrival the server announces)."""
        self._write_alsa_config({**self._pcms(), name: (sink, output_only)})
        self.devices[name] = self._create(sink, output_only)

    def unplug(self, name: str) -> None:
        """Disconnect it: its PulseAudio modules go, and so does its ALSA device."""
        plugged = self.devices.pop(name)
        self._write_alsa_config(self._pcms())
        for module in reversed(plugged.modules):
            self.pactl("unload-module", module)
        self._stop_keepalive(plugged)

    @staticmethod
    def _stop_keepalive(plugged: _Plugged) -> None:
        for process in plugged.keepalive:
            process.kill()
            process.wait()

    def kill_streams_of(self, pid: int, sink: str) -> int:
        """End every playback stream of process ``pid`` on ``sink`` from the server side, as a
        sound server does when a device fails; returns how many there were."""
        index = next(line.split("\t")[0] for line in self.pactl("list", "short", "sinks").splitlines()
                     if line.split("\t")[1] == sink)
        killed, current, owner, on = 0, None, None, None
        for line in self.pactl("list", "sink-inputs").splitlines() + ["Sink Input #end"]:
            line = line.strip()
            if line.startswith("Sink Input #"):
                if current is not None and owner == str(pid) and on == index:
                    subprocess.run(["pacmd", "kill-sink-input", current], env=self._daemon_env,
                                   check=True, capture_output=True, timeout=30)
                    killed += 1
                current, owner, on = line.removeprefix("Sink Input #"), None, None
            elif line.startswith("Sink: "):
                on = line.removeprefix("Sink: ").strip()
            elif line.startswith("application.process.id = "):
                owner = line.split("=", 1)[1].strip().strip('"')
        return killed

    def _pcms(self) -> dict[str, tuple[str, bool]]:
        return {name: (plugged.sink, plugged.output_only) for name, plugged in self.devices.items()}

    def _write_alsa_config(self, pcms: dict[str, tuple[str, bool]]) -> None:
        entries = []
        for name, (sink, output_only) in pcms.items():
            capture = '"hw:99"' if output_only else f'{{ type pulse device "{sink}_mic" }}'
            entries.append(
                f'pcm."{name}" {{\n  type asym\n'
                f'  playback.pcm {{ type pulse device "{sink}" }}\n'
                f'  capture.pcm {capture}\n}}\n'
            )
        temporary = self.alsa_config.with_suffix(".new")
        temporary.write_text("".join(entries))
        os.replace(temporary, self.alsa_config)
        # ALSA reloads its configuration when a file's modification time changes; make sure
        # two rewrites within the file system's timestamp resolution still differ.
        stamp = time.time()
        os.utime(self.alsa_config, (stamp, stamp))


def _drain(recorder: subprocess.Popen[bytes], flowing: threading.Event) -> None:
    assert recorder.stdout is not None
    with recorder.stdout:
        while recorder.stdout.read1(65536):
            flowing.set()


@pytest.fixture(scope="session")
def pulse_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtualAudio]:
    missing = [tool for tool in ("pulseaudio", "pactl", "pacat", "pacmd") if shutil.which(tool) is None]
    if missing or not ALSA_MAIN_CONFIG.exists():
        pytest.fail(f"The audio tests need {', '.join(missing) or 'ALSA'}: run "
                    "`sh packaging/dev.sh test`, which installs pulseaudio, pulseaudio-utils "
                    "and libasound2-plugins.")
    audio = VirtualAudio(tmp_path_factory.mktemp("pulse"))
    audio.start()
    try:
        yield audio
    finally:
        audio.stop()


@pytest.fixture
def virtual_audio(pulse_daemon: VirtualAudio,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[VirtualAudio]:
    """The daemon with one headset plugged in, seen by this process and its children.

    The headset stays plugged in between tests (plugging one takes about 2 s); anything else
    a test plugged in is unplugged after it.
    """
    for key, value in pulse_daemon.env.items():
        monkeypatch.setenv(key, value)
    if "Test Headset" not in pulse_daemon.devices:
        pulse_daemon.plug("Test Headset", "headset")
    try:
        yield pulse_daemon
    finally:
        for name in list(pulse_daemon.devices):
            if name != "Test Headset":
                pulse_daemon.unplug(name)
        # what the test left in reference cycles (engines, panels, apps) goes now, on the GUI
        # thread: Qt objects must not be destroyed on whichever thread collects them later
        gc.collect()


@pytest.fixture
def no_audio(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A machine without any sound system: no PulseAudio to reach, no ALSA devices."""
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing-here")
    empty = tmp_path / "asoundrc"
    empty.write_text("")
    monkeypatch.setenv("ALSA_CONFIG_PATH", f"{ALSA_MAIN_CONFIG}:{empty}")


@pytest.fixture
def softphone(virtual_audio: Any, ready_settings: Settings,
              start_app: Callable[..., Application]) -> Application:
    """The whole app on the virtual sound system, listing devices again every second."""
    ready_settings.update({"audio.rescan_seconds": 1.0})
    ready_settings.save()
    return start_app()
