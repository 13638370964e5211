"""The command line drives a running instance; emergency state survives a SIGKILL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.control.conftest import Cli
from tests.helpers import control


def test_commands_drive_the_emergency_flow(cli: Cli) -> None:
    cli.start()
    assert cli.run("presence", "Busy").returncode == 0
    dialled = cli.run("dial", "tel:911")
    assert dialled.returncode == 0, dialled.stderr
    status = cli.status()
    assert status["presence"] == "Do not disturb" and status["presence_locked"]
    assert status["emergency"]["active"] and status["calls"][0]["kind"] == "emergency"
    assert status["callback"]["number"] == "+15551230001" and status["callback"]["paused"]
    refused = cli.run("presence", "Available")
    assert refused.returncode == 1 and "while an emergency call is up" in refused.stderr
    assert cli.run("quit").returncode == 1  # quitting must not end the emergency call
    assert cli.run("hangup").returncode == 0
    status = cli.status()
    assert status["presence"] == "Busy" and not status["emergency"]["active"]
    assert status["callback"]["remaining_seconds"] > 3590 and not status["callback"]["paused"]


def test_drills_drop_and_call_back_from_the_command_line(cli: Cli) -> None:
    cli.run("dial", "911")
    assert cli.run("drill", "drop").returncode == 0
    assert not cli.status()["emergency"]["active"]
    assert cli.run("drill", "callback").returncode == 0
    [call] = cli.status()["calls"]
    assert call["psap_callback"] and call["state"] == "ringing"
    assert cli.run("answer").returncode == 0
    assert cli.status()["presence"] == "Do not disturb"


def test_a_killed_instance_comes_back_in_dnd_until_the_call_is_ended(cli: Cli) -> None:
    cli.start()
    cli.run("presence", "Away")
    cli.run("dial", "911")
    lease = cli.status()["callback"]["number"]
    cli.kill_instance()
    status = cli.start()
    assert status["presence"] == "Do not disturb" and status["presence_locked"]
    [call] = status["calls"]
    assert call["state"] == "interrupted" and call["kind"] == "emergency"
    assert status["callback"]["number"] == lease
    assert cli.run("hangup").returncode == 0
    status = cli.status()
    assert status["presence"] == "Away" and status["callback"]["number"] == lease


def test_bad_input_gets_a_message_that_says_what_to_fix(cli: Cli) -> None:
    cli.start()
    unknown = cli.run("presence", "Sleeping")
    assert unknown.returncode == 1 and "Choose one of: Available" in unknown.stderr
    malformed = cli.run("dial", "call-me-maybe")
    assert malformed.returncode == 1 and "is not a phone number" in malformed.stderr
    assert cli.run("dial").returncode == 2  # argparse usage error


def test_a_corrupt_settings_file_is_reported_and_kept(cli: Cli) -> None:
    cli.profile.settings_file.write_text("[callback\npool = 3\n")
    status = cli.start()
    assert any("is not valid TOML" in problem for problem in status["problems"])
    assert cli.profile.settings_file.read_text() == "[callback\npool = 3\n"


def test_the_storage_folder_read_only_does_not_stop_an_emergency_call(cli: Cli) -> None:
    assert cli.start()["presence"] == "Available"  # the profile's files exist
    assert cli.run("quit").returncode == 0  # returns once the instance has let go of the profile
    root = str(cli.profile.root)
    instance = subprocess.Popen(
        ["unshare", "--mount", "sh", "-c",
         f'mount --bind "{root}" "{root}" && mount -o remount,bind,ro "{root}" && '
         f'exec "$0" -m softphone --profile "{root}" run', sys.executable],
        env=cli.environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        status = cli.wait_for_instance()
        assert status["pid"] == instance.pid
        assert any("Cannot write to" in p and "Calls are not affected" in p for p in status["problems"])
        dialled = cli.run("dial", "911")
        assert dialled.returncode == 0, dialled.stderr
        status = cli.status()
        assert status["emergency"]["active"] and status["presence"] == "Do not disturb"
        assert status["calls"][0]["state"] in ("dialing", "ringing", "connected")
        hung_up = cli.run("hangup")
        assert hung_up.returncode == 0, hung_up.stderr
        quit_ = cli.run("quit")
        assert quit_.returncode == 0, quit_.stderr
        instance.wait(timeout=30)
    finally:
        reap(instance)


def reap(*processes: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    """Kill what a failed test left running and wait for it: a Popen still running when it
    is collected (in a later test) is an error there, not here."""
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_two_starts_at_once_make_one_instance(cli: Cli) -> None:
    starts = [subprocess.Popen([sys.executable, "-m", "softphone", "--profile", str(cli.profile.root),
                                "run", "--hidden"], env=cli.environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        status = cli.wait_for_instance()
        running = [p for p in starts if p.pid == status["pid"]]
        [other] = [p for p in starts if p.pid != status["pid"]]
        assert len(running) == 1
        _, err = other.communicate(timeout=30)
        assert other.returncode == 0 and "already running" in err
        assert cli.run("quit").returncode == 0
        running[0].communicate(timeout=30)
    finally:
        reap(*starts)


def test_a_dial_right_after_quit_places_the_call(cli: Cli) -> None:
    old = cli.start()["pid"]
    assert cli.run("quit").returncode == 0
    dialled = cli.run("dial", "911")
    assert dialled.returncode == 0, dialled.stderr
    status = cli.status()
    assert status["pid"] != old and status["emergency"]["active"]


def test_a_dial_that_arrives_while_the_softphone_closes_places_the_call(cli: Cli) -> None:
    old = cli.start()["pid"]
    assert control(cli.profile, "quit")["ok"]  # answered at once; the old instance now closes
    dialled = cli.run("dial", "911")  # a CRM link clicked meanwhile
    assert dialled.returncode == 0, dialled.stderr
    assert json.loads(dialled.stdout)["carrier_has_it"] is True
    status = cli.status()
    assert status["pid"] != old and status["emergency"]["active"]
    assert not Path(f"/proc/{old}").exists() or "Z" in Path(f"/proc/{old}/stat").read_text()


def test_the_instance_a_dial_starts_keeps_nothing_of_the_program_that_ran_it(
        cli: Cli, tmp_path: Path) -> None:
    """A CRM's folder, pipes and session stay its own: the instance its ``softphone dial``
    starts runs in the home folder, in a session of its own, on /dev/null, and holds no
    descriptor the CRM left open to its children."""
    crm = tmp_path / "crm"
    crm.mkdir()
    read, write = os.pipe()
    try:
        pipes = {os.readlink(f"/proc/self/fd/{read}"), os.readlink(f"/proc/self/fd/{write}")}
        done = subprocess.run([sys.executable, "-m", "softphone", "--profile",
                               str(cli.profile.root), "dial", "911"], cwd=crm,
                              env=cli.environment, pass_fds=(read, write), capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        instance = Path("/proc", str(cli.status()["pid"]))
        held = {os.readlink(link) for link in (instance / "fd").iterdir()}
        assert held.isdisjoint(pipes), held
        assert [os.readlink(instance / "fd" / str(fd)) for fd in (0, 1, 2)] == ["/dev/null"] * 3
        assert os.readlink(instance / "cwd") == os.path.realpath(os.path.expanduser("~"))
        assert os.getsid(int(instance.name)) == int(instance.name)
    finally:
        os.close(read)
        os.close(write)
    assert cli.run("hangup").returncode == 0
