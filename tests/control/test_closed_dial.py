"""A click-to-dial with the softphone closed (issue 14): the instance the command line starts
places the call before it loads Qt, answers the command line once the carrier has it, and then
brings up the window around the call. Real processes, the real SIP adapter and a UDP socket
playing the proxy; Qt's import is held shut by ``gated_instance.py`` where a test must prove
what happened before it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from softphone.control import handoff
from tests.control.conftest import Cli, TryingSbc
from tests.control.test_cli import reap

GATED = Path(__file__).with_name("gated_instance.py")
WAIT_S = 60.0


def start_gated(cli: Cli, gate: Path, request: dict[str, Any] | None
                ) -> tuple[subprocess.Popen[str], handoff.Caller | None]:
    """The instance a click-to-dial starts, handed ``request`` as the command line hands it
    (with None, ``softphone run --hidden`` as login starts it), with its import of Qt behind
    ``gate``."""
    caller = handoff.Caller(request) if request is not None else None
    arguments = ["run", "--hidden"] if caller is None else [
        "run", "--handoff", str(caller.descriptor)]
    try:
        process = subprocess.Popen(
            [sys.executable, str(GATED), "--profile", str(cli.profile.root), *arguments],
            env={**cli.environment, "SOFTPHONE_TEST_QT_GATE": str(gate)},
            pass_fds=() if caller is None else (caller.descriptor,), stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True, start_new_session=True)
    finally:
        if caller is not None:
            caller.started()
    return process, caller


def dialled(cli: Cli, gate: Path, number: str) -> tuple[subprocess.Popen[str],
                                                         handoff.Caller]:
    """``start_gated`` for a click-to-dial of ``number``."""
    process, caller = start_gated(cli, gate, {"command": "dial", "args": {"number": number}})
    assert caller is not None
    return process, caller


def wait_for(condition: Any, what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


def end_and_quit(cli: Cli, process: subprocess.Popen[str], clean: bool = True) -> None:
    """Hang up, quit, and see the instance end well (``clean``: with nothing on stderr)."""
    hung_up = cli.run("hangup")
    assert hung_up.returncode == 0, hung_up.stderr
    quit_ = cli.run("quit")
    assert quit_.returncode == 0, quit_.stderr
    _, err = process.communicate(timeout=WAIT_S)
    assert process.returncode == 0 and ("Traceback" not in err or not clean), err


def test_the_call_goes_out_before_qt_is_loaded_and_the_window_comes_up_around_it(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    assert cli.run("presence", "Busy").returncode == 3  # nothing runs: not started by this
    process, caller = dialled(cli, gate, "911")
    try:
        answer = caller.answer(time.monotonic() + WAIT_S)  # while Qt's import is held shut
        assert answer is not None and answer["ok"], answer
        assert answer["result"]["carrier_has_it"] and answer["result"]["kind"] == "emergency"
        assert proxy.wait_for_invite().startswith(b"INVITE sip:911@")
        assert not (gate / "open").exists()
        wait_for(lambda: (gate / "asked").exists(), "the window never started loading")
        (gate / "open").touch()
        status = cli.wait_for_instance()
        assert status["pid"] == process.pid and status["emergency"]["active"]
        assert status["presence"] == "Do not disturb" and status["presence_locked"]
        assert status["callback"]["number"] == "+15551230001" and status["callback"]["paused"]
        assert [call["id"] for call in status["calls"]] == [answer["result"]["id"]]
        assert len(proxy.call_ids()) == 1
        end_and_quit(cli, process)
    finally:
        reap(process)


def test_a_normal_number_dialled_before_qt_changes_nothing_else(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    (gate / "open").touch()
    process, caller = dialled(cli, gate, "+15557654321")
    try:
        answer = caller.answer(time.monotonic() + WAIT_S)
        assert answer is not None and answer["ok"], answer
        assert answer["result"]["kind"] == "normal" and answer["result"]["carrier_has_it"]
        assert proxy.wait_for_invite().startswith(b"INVITE sip:+15557654321@")
        status = cli.wait_for_instance()
        assert status["presence"] == "Available" and not status["presence_locked"]
        assert not status["emergency"]["active"] and status["callback"] is None
        end_and_quit(cli, process)
    finally:
        reap(process)


def test_a_request_that_is_not_a_call_is_refused_before_qt_as_from_the_window(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    (gate / "open").touch()
    process, caller = dialled(cli, gate, "call-me-maybe")
    try:
        answer = caller.answer(time.monotonic() + WAIT_S)
        assert answer is not None and not answer["ok"]
        assert "is not a phone number" in answer["error"]
        assert cli.wait_for_instance()["calls"] == [] and proxy.invites == []
        assert cli.run("quit").returncode == 0
        process.communicate(timeout=WAIT_S)
    finally:
        reap(process)


def test_without_qt_the_call_stays_up_and_is_ended_from_the_command_line(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    (gate / "broken").touch()
    process, caller = dialled(cli, gate, "911")
    try:
        answer = caller.answer(time.monotonic() + WAIT_S)
        assert answer is not None and answer["result"]["carrier_has_it"]
        assert proxy.wait_for_invite().startswith(b"INVITE sip:911@")
        wait_for(lambda: any("could not be shown" in problem
                             for problem in cli.status()["problems"]), "no problem recorded")
        status = cli.status()
        assert status["emergency"]["active"] and status["presence"] == "Do not disturb"
        [problem] = [p for p in status["problems"] if "could not be shown" in p]
        assert "ImportError" in problem and "softphone hangup" in problem
        assert cli.run("quit").returncode == 1  # never ends an emergency call by accident
        end_and_quit(cli, process, clean=False)  # the failure's traceback is in the log
        assert "The window could not be shown" in next(cli.profile.logs_dir.glob("*.log"))\
            .read_text()
    finally:
        reap(process)


def test_a_display_qt_cannot_open_leaves_the_call_up_and_says_so(
        cli: Cli, proxy: TryingSbc) -> None:
    cli.environment["QT_QPA_PLATFORM"] = "nosuchplatform"  # Qt would end the process
    dialled = cli.run("dial", "911")
    assert dialled.returncode == 0, dialled.stderr
    assert proxy.wait_for_invite().startswith(b"INVITE sip:911@")
    wait_for(lambda: any("nosuchplatform failed" in problem
                         for problem in cli.status()["problems"]), "no problem recorded")
    assert cli.status()["emergency"]["active"]
    assert cli.run("hangup").returncode == 0
    assert cli.status()["presence"] == "Available"


def test_two_dials_racing_the_start_make_one_instance_and_place_each_call_once(
        cli: Cli, proxy: TryingSbc) -> None:
    numbers = ("+15557654321", "+15557654322")
    dials = [subprocess.Popen([sys.executable, "-m", "softphone", "--profile",
                               str(cli.profile.root), "dial", number], env=cli.environment,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for number in numbers]
    try:
        answers = []
        for dial in dials:
            out, err = dial.communicate(timeout=WAIT_S)
            assert dial.returncode == 0, err
            answers.append(json.loads(out))
        assert {answer["remote"] for answer in answers} == set(numbers)
        assert all(answer["carrier_has_it"] for answer in answers)
        # The carrier has each call; its thread puts the INVITE on the wire a moment later
        # (later still while the instance loads Qt beside it).
        wait_for(lambda: len(proxy.call_ids()) >= 2, "the second INVITE never came")
        assert len(proxy.call_ids()) == 2
        status = cli.status()
        assert sorted(call["id"] for call in status["calls"]) == sorted(
            answer["id"] for answer in answers)
    finally:
        reap(*dials)


def test_a_command_line_killed_after_handing_over_leaves_one_call_up(
        cli: Cli, proxy: TryingSbc) -> None:
    dial = subprocess.Popen([sys.executable, "-m", "softphone", "--profile",
                             str(cli.profile.root), "dial", "911"], env=cli.environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        proxy.wait_for_invite()
        os.kill(dial.pid, signal.SIGKILL)  # before it read the answer, or while it does
        dial.communicate(timeout=WAIT_S)
        status = cli.wait_for_instance()
        assert status["emergency"]["active"] and len(status["calls"]) == 1
        assert len(proxy.call_ids()) == 1
        command = Path(f"/proc/{status['pid']}/cmdline").read_bytes().split(b"\0")
        assert b"run" in command and b"911" not in command  # the number came on the socket
        assert cli.run("hangup").returncode == 0
    finally:
        reap(dial)


@pytest.mark.parametrize("descriptor", ["987", "0"])
def test_a_handoff_that_is_not_a_socket_starts_the_softphone_and_places_nothing(
        cli: Cli, descriptor: str) -> None:
    """``run --handoff`` typed by hand, or pointed at something else (stdin, here /dev/null)."""
    process = subprocess.Popen([sys.executable, "-m", "softphone", "--profile",
                                str(cli.profile.root), "run", "--handoff", descriptor],
                               env=cli.environment, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        status = cli.wait_for_instance()
        assert status["pid"] == process.pid and status["calls"] == []
        assert cli.run("quit").returncode == 0
        _, err = process.communicate(timeout=WAIT_S)
        assert process.returncode == 0 and "Traceback" not in err, err
    finally:
        reap(process)
