"""The real command line against a real running instance, in separate processes."""

from __future__ import annotations

import json
import os
import pwd
import random
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.control.endpoint import Endpoint
from softphone.control.lock import InstanceLock
from softphone.settings.store import Settings
from tests.helpers import run_cli, start_in_background, wait_for_audio, wait_for_instance


@dataclass
class Cli:
    profile: Profile
    environment: dict[str, str]
    started: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return run_cli(self.profile, *arguments, environment=self.environment, timeout=timeout)

    def status(self) -> dict:
        done = self.run("status", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def wait_for_instance(self, timeout: float = 30) -> dict:
        return wait_for_instance(self.profile, timeout)

    def start(self) -> dict:
        """``softphone run --hidden`` in the background, as login starts it; its status."""
        self.started.append(start_in_background(self.profile, self.environment))
        return self.wait_for_instance()

    def kill_instance(self) -> None:
        """SIGKILL the running instance; return once all its threads are gone (the main
        thread shows as a zombie before the others have exited and let go of its files).
        Not while its PortAudio starts (it answers before): killed then, JACK's client library
        leaves its lock in /dev/shm taken, and every later PortAudio start on the machine
        waits for it (PLATFORM-NOTES), the other tests' too."""
        wait_for_audio(self.profile)
        pid = self.status()["pid"]
        os.kill(pid, signal.SIGKILL)
        lock = InstanceLock(Endpoint.for_instance(self.profile.server_name).lock_path)
        while lock.taken():
            time.sleep(0.01)


@pytest.fixture
def cli(profile: Profile, settings: Settings, tmp_path: Path) -> Iterator[Cli]:
    settings.update({"outbound.caller_id": "+15551230000",
                     "callback.pool": ["+15551230001", "+15551230002"],
                     "carrier.simulated.answer_delay": 0.2,
                     "carrier.simulated.speak_greeting": False})
    settings.save()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    made = Cli(profile, environment)
    yield made
    stop = made.run("quit")
    if stop.returncode == 1:  # an emergency call is still up: end it, then quit
        made.run("hangup")
        made.run("quit")
    for process in made.started:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Account:
    """A second local account on this machine: another agent, or a hostile program's user."""

    name: str
    uid: int
    gid: int

    def run(self, *command: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        """``command`` as this account, from a folder it may enter."""
        return subprocess.run(["runuser", "-u", self.name, "--", *command], capture_output=True,
                              text=True, timeout=timeout, cwd="/")

    def start(self, *command: str) -> subprocess.Popen[str]:
        return subprocess.Popen(["runuser", "-u", self.name, "--", *command], cwd="/",
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)


@pytest.fixture
def intruder() -> Iterator[Account]:
    """A local account made for this test (useradd; the tests run as root, as CI does), removed
    after it with whatever it left behind."""
    if os.geteuid() != 0:
        pytest.fail("This test creates a second local account: run it as root (CI does).")
    name = f"sp-intruder-{os.getpid() % 100000}"
    subprocess.run(["useradd", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name], check=True, capture_output=True)
    try:
        entry = pwd.getpwnam(name)
        yield Account(name, entry.pw_uid, entry.pw_gid)
    finally:
        subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
        subprocess.run(["userdel", name], capture_output=True)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every account can enter (0755), as /home or a shared drive is: what is private
    in it must be made so by the softphone itself (pytest's own temporary folders are 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="softphone-shared-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin") or "python3"


class Sbc:
    """A UDP socket playing the SIP proxy: records each INVITE that reaches the wire."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.invites: list[bytes] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while True:
            try:
                data = self.sock.recv(65535)
            except OSError:
                return
            if data.startswith(b"INVITE "):
                self.invites.append(data)

    def wait_for_invite(self, timeout: float = 15) -> bytes:
        deadline = time.monotonic() + timeout
        while not self.invites:
            assert time.monotonic() < deadline, "no INVITE reached the proxy"
            time.sleep(0.02)
        return self.invites[0]

    def close(self) -> None:
        self.sock.close()


def free_sip_port() -> int:
    """A port for the SIP adapter, outside the range the system hands out for port 0."""
    while True:
        port = random.randrange(20000, 30000, 2)
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        return port


@pytest.fixture
def sbc(settings: Settings) -> Iterator[Sbc]:
    """The profile's carrier is the SIP adapter, its proxy a socket of the test's."""
    proxy = Sbc()
    settings.update({"carrier.adapter": "sip", "carrier.sip.proxy": f"127.0.0.1:{proxy.port}",
                     "carrier.sip.trusted_peers": ["127.0.0.1"],
                     "carrier.sip.domain": "sos.example.com",
                     "carrier.sip.local_address": "127.0.0.1",
                     "carrier.sip.local_port": free_sip_port(),
                     "carrier.sip.no_answer_timeout": 2.0, "location.ip_fallback": False})
    settings.save()
    yield proxy
    proxy.close()


class TryingSbc(Sbc):
    """The proxy answers each INVITE with 100 Trying, as a real one does: the call then stays
    up (dialling) for as long as the test needs, never failing on the proxy's silence."""

    def _read(self) -> None:
        while True:
            try:
                data, peer = self.sock.recvfrom(65535)
            except OSError:
                return
            if data.startswith(b"INVITE "):
                self.invites.append(data)
                self.sock.sendto(trying(data), peer)

    def call_ids(self) -> set[bytes]:
        """One per call placed (a retransmission repeats its call's)."""
        return {header(invite, b"Call-ID") for invite in self.invites}


def header(message: bytes, name: bytes) -> bytes:
    found = re.search(rb"^" + name + rb":\s*(.*?)\r$", message, re.MULTILINE | re.IGNORECASE)
    assert found is not None, message
    return found.group(1)


def trying(invite: bytes) -> bytes:
    lines = [b"SIP/2.0 100 Trying"]
    for line in invite.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        if line.split(b":", 1)[0].strip().lower() in (b"via", b"from", b"to", b"call-id",
                                                      b"cseq"):
            lines.append(line)
    return b"\r\n".join([*lines, b"Content-Length: 0", b"", b""])


@pytest.fixture
def proxy(settings: Settings, sbc: Sbc) -> Iterator[TryingSbc]:
    """The profile's SIP carrier sends to a proxy that says 100 Trying."""
    sbc.close()
    trying_proxy = TryingSbc()
    settings.update({"carrier.sip.proxy": f"127.0.0.1:{trying_proxy.port}"})
    settings.save()
    yield trying_proxy
    trying_proxy.close()


@pytest.fixture
def gate(tmp_path: Path) -> Path:
    """The folder through which a test holds an instance's import of Qt shut (see
    ``gated_instance.py``)."""
    folder = tmp_path / "qt-gate"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def runtime_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test's instances get their own private runtime folder (short: a socket's path must
    fit 100 bytes), as XDG_RUNTIME_DIR is for a login session."""
    folder = Path(tempfile.mkdtemp(prefix="sp-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
