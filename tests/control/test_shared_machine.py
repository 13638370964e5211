"""Another account on the same workstation (a terminal server, a hot desk) against the agent's
softphone. The agent is this test's user; the other account is made by the test (``intruder``).
It cannot take the control socket or the lock first, cannot talk to the running instance, and
cannot read the profile, its databases or its logs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.control.endpoint import Endpoint
from tests.control.conftest import SYSTEM_PYTHON, Account, Cli, Sbc
from tests.helpers import run_cli, start_in_background, wait_for_instance

SQUATTER = Path(__file__).with_name("squatter.py")

Squat = Callable[..., dict[str, str]]


@pytest.fixture
def squat(intruder: Account, shared_folder: Path) -> Iterator[tuple[Squat, Path]]:
    """``start(*paths)`` runs squatter.py as the other account on ``paths``; returns what it
    got ({path: "took" or "refused: why"}). The second item is the file of requests it heard."""
    script = shared_folder / "squatter.py"
    shutil.copy(SQUATTER, script)
    script.chmod(0o644)
    heard = shared_folder / "heard.log"
    heard.touch()
    os.chown(heard, intruder.uid, intruder.gid)
    processes: list[subprocess.Popen[str]] = []
    taken: list[str] = []

    def start(*paths: str) -> dict[str, str]:
        process = intruder.start(SYSTEM_PYTHON, str(script), str(heard), *paths)
        processes.append(process)
        outcome: dict[str, str] = {}
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "ready":
                break
            verb, _, rest = line.strip().partition(" ")
            path, _, why = rest.partition(": ")
            outcome[path] = "took" if verb == "took" else f"refused: {why}"
        else:
            raise AssertionError(process.stderr.read() if process.stderr else "no output")
        taken.extend(path for path, what in outcome.items() if what == "took")
        return outcome

    yield start, heard
    for process in processes:
        process.kill()
        process.communicate()
    for path in taken:
        Path(path).unlink(missing_ok=True)


def test_another_account_cannot_take_the_socket_or_the_lock_first(
        sbc: Sbc, cli: Cli, squat: tuple[Squat, Path], profile: Profile) -> None:
    start, heard = squat
    legacy = f"/tmp/{profile.server_name}"  # where an earlier version put both: anyone's to take
    endpoint = Endpoint.for_instance(profile.server_name)
    outcome = start(legacy, f"{legacy}.lock", endpoint.socket_path, endpoint.lock_path)
    assert outcome[endpoint.socket_path].startswith("refused: Permission denied")
    assert outcome[endpoint.lock_path].startswith("refused: Permission denied")

    dialled = cli.run("dial", "911")  # no instance runs: this starts the agent's own
    assert dialled.returncode == 0, dialled.stderr
    assert sbc.wait_for_invite().startswith(b"INVITE sip:911@")
    assert heard.read_bytes() == b""  # the other account was told nothing


def test_a_socket_of_another_account_in_the_softphones_place_is_told_nothing(
        sbc: Sbc, cli: Cli, squat: tuple[Squat, Path], intruder: Account,
        shared_folder: Path, profile: Profile) -> None:
    start, heard = squat
    own = shared_folder / "intruders-own"
    own.mkdir()
    os.chown(own, intruder.uid, intruder.gid)
    assert start(str(own / "planted.sock")) == {str(own / "planted.sock"): "took"}
    endpoint = Endpoint.for_instance(profile.server_name)
    os.rename(own / "planted.sock", endpoint.socket_path)  # however it got there

    dialled = cli.run("dial", "911")
    assert dialled.returncode == 0, dialled.stderr
    assert f"belongs to a process of another user (uid {intruder.uid})" in dialled.stderr
    assert sbc.wait_for_invite().startswith(b"INVITE sip:911@")
    assert heard.read_bytes() == b""
    assert os.stat(endpoint.socket_path).st_uid == os.geteuid()  # the softphone took it back


CONNECT_AND_DIAL = """
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(10)
s.connect(sys.argv[1])
try:  # the softphone may close it before the request is written (a broken pipe) or after
    s.sendall(b'{"command": "dial", "args": {"number": "911"}}\\n')
    print(repr(s.recv(65536)) or "closed")
except (ConnectionResetError, BrokenPipeError):
    print("closed")
"""


def test_the_running_softphone_serves_no_other_account(
        cli: Cli, intruder: Account, runtime_folder: Path, profile: Profile) -> None:
    cli.start()
    endpoint = Endpoint.for_instance(profile.server_name)
    # An administrator opens the folder and the socket to everyone by mistake.
    runtime_folder.chmod(0o711)
    os.chmod(endpoint.socket_path, 0o777)
    try:
        attempt = intruder.run(SYSTEM_PYTHON, "-c", CONNECT_AND_DIAL, endpoint.socket_path)
    finally:
        runtime_folder.chmod(0o700)
    assert attempt.returncode == 0, attempt.stderr
    assert attempt.stdout.strip() in ("b''", "closed")  # closed unanswered
    status = cli.status()
    assert status["calls"] == [] and not status["emergency"]["active"]
    log = (profile.logs_dir / "softphone.log").read_text()
    assert "refused a control connection from another user's process" in log


def everything_in(folder: Path) -> list[Path]:
    return [folder, *sorted(folder.rglob("*"))]


def assert_private(folder: Path, intruder: Account) -> None:
    """Nothing under ``folder`` is open to the group or others, and the other account can list
    nothing and read nothing, whatever the modes say."""
    for path in everything_in(folder):
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {mode:04o}"
    assert intruder.run("ls", str(folder)).returncode != 0
    for path in everything_in(folder):
        if path.is_file():
            assert intruder.run("cat", str(path)).returncode != 0, path


def make_open_profile(root: Path) -> None:
    """A profile as an earlier version left it: 0755 folders, 0644 files."""
    (root / "logs").mkdir(parents=True)
    (root / "settings.toml").write_text(
        '[outbound]\ncaller_id = "+15551230000"\n[callback]\npool = ["+15551230001"]\n'
        '[carrier.simulated]\nspeak_greeting = false\nanswer_delay = 0.2\n'
        '[location]\nip_fallback = false\n')
    sqlite3.connect(root / "softphone.db").close()
    (root / "softphone.db.damaged-20260101-000000").write_bytes(b"not a database")
    (root / "logs" / "softphone.log").write_text("an old line\n")
    (root / "logs" / "softphone.log.1").write_text("an older line\n")
    for path in everything_in(root):
        path.chmod(0o755 if path.is_dir() else 0o644)


def dial_and_check(profile: Profile, environment: dict[str, str], intruder: Account,
                   *folders: Path) -> None:
    instance = start_in_background(profile, environment)
    try:
        wait_for_instance(profile)
        dialled = run_cli(profile, "dial", "911", environment=environment)
        assert dialled.returncode == 0, dialled.stderr
        for folder in folders:  # while it runs: the database's -wal and -shm exist
            assert_private(folder, intruder)
        assert run_cli(profile, "hangup", environment=environment).returncode == 0
    finally:
        run_cli(profile, "quit", environment=environment)
        instance.wait(timeout=60)
    for folder in folders:
        assert_private(folder, intruder)


def test_a_profile_left_open_by_an_earlier_version_is_closed_at_start(
        intruder: Account, shared_folder: Path) -> None:
    root = shared_folder / "profile"
    make_open_profile(root)
    assert intruder.run("cat", str(root / "settings.toml")).returncode == 0  # readable before
    profile = Profile.resolve(root)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(shared_folder / "no-fleet.toml"))
    dial_and_check(profile, environment, intruder, root)


def test_the_default_profile_and_its_log_folder_are_made_private(
        intruder: Account, shared_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, state = shared_folder / "data", shared_folder / "state"
    for folder in (data, state):
        folder.mkdir(mode=0o755)
        folder.chmod(0o755)
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    monkeypatch.setenv("SOFTPHONE_FLEET_SETTINGS", str(shared_folder / "no-fleet.toml"))
    profile = Profile.resolve()
    assert profile.default and profile.root == data / "softphone"
    profile.root.mkdir(mode=0o755)
    profile.root.chmod(0o755)
    (profile.root / "settings.toml").write_text(
        '[carrier.simulated]\nspeak_greeting = false\n[location]\nip_fallback = false\n')
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    dial_and_check(profile, environment, intruder, profile.root, state / "softphone")
    assert (profile.logs_dir / "softphone.log").exists()
