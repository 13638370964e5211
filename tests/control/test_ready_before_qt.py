"""Every start is ready to dial before Qt is loaded (issue 14): ``softphone run`` starts the
carrier and answers on its control socket first, then imports Qt and the window's modules on a
thread of their own while the main thread goes on serving requests, so a dial (``softphone dial
911``) sent while Qt loads goes out at once. Real processes, the real SIP adapter and a UDP
socket playing the proxy; the import of Qt is held shut mid-way by ``gated_instance.py``, so
what these tests prove happened while Qt was loading, or they fail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.control.conftest import Cli, TryingSbc
from tests.control.test_cli import reap
from tests.control.test_closed_dial import WAIT_S, end_and_quit, start_gated, wait_for


def loading_qt(cli: Cli, gate: Path) -> dict:
    """The status of an instance whose import of Qt has begun and is held shut."""
    status = cli.wait_for_instance()
    wait_for(lambda: (gate / "asked").exists(), "the instance never started loading Qt")
    assert not (gate / "open").exists()
    return status


def test_a_started_softphone_answers_before_qt_is_loaded_and_says_when_it_is_started(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    process, _ = start_gated(cli, gate, None)
    try:
        status = loading_qt(cli, gate)
        assert status["pid"] == process.pid and status["started"] is False
        assert status["carrier"] and status["calls"] == [] and status["presence"] == "Available"
        assert cli.status()["started"] is False  # still loading: the gate is shut
        (gate / "open").touch()
        wait_for(lambda: cli.status()["started"], "the start-up never finished")
        assert not [problem for problem in cli.status()["problems"]
                    if "could not be shown" in problem]  # the window came up, on the main thread
        assert cli.run("quit").returncode == 0
        _, err = process.communicate(timeout=WAIT_S)
        assert process.returncode == 0 and "Traceback" not in err, err
    finally:
        reap(process)


def test_a_dial_sent_while_qt_loads_goes_out_without_waiting_for_it(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    process, _ = start_gated(cli, gate, None)
    try:
        loading_qt(cli, gate)
        dial = cli.run("dial", "911")  # Qt's import is held shut meanwhile
        assert dial.returncode == 0, dial.stderr
        answer = json.loads(dial.stdout)
        assert answer["carrier_has_it"] and answer["kind"] == "emergency"
        assert proxy.wait_for_invite().startswith(b"INVITE sip:911@")
        status = cli.status()
        assert status["emergency"]["active"] and status["presence"] == "Do not disturb"
        assert status["started"] is False and not (gate / "open").exists()
        (gate / "open").touch()  # the window comes up around the call
        wait_for(lambda: cli.status()["started"], "the start-up never finished")
        status = cli.status()
        assert [call["id"] for call in status["calls"]] == [answer["id"]]
        assert status["emergency"]["active"] and status["presence_locked"]
        assert len(proxy.call_ids()) == 1
        end_and_quit(cli, process)
    finally:
        reap(process)


def test_quit_while_qt_loads_ends_the_softphone_without_a_window(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    process, _ = start_gated(cli, gate, None)
    quitting = None
    try:
        loading_qt(cli, gate)
        quitting = subprocess.Popen([sys.executable, "-m", "softphone", "--profile",
                                     str(cli.profile.root), "quit"], env=cli.environment,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Taken at once: the socket is gone (a dial now would start the next instance).
        wait_for(lambda: cli.run("status", "--json").returncode == 3, "quit was not taken")
        (gate / "open").touch()  # the import may end; the window is never built
        _, err = process.communicate(timeout=WAIT_S)
        assert process.returncode == 0 and "Traceback" not in err, err
        out, err = quitting.communicate(timeout=WAIT_S)
        assert quitting.returncode == 0, err
    finally:
        reap(process, *([quitting] if quitting is not None else []))


def test_a_softphone_started_without_qt_serves_calls_and_says_why_there_is_no_window(
        cli: Cli, proxy: TryingSbc, gate: Path) -> None:
    (gate / "broken").touch()
    process, _ = start_gated(cli, gate, None)
    try:
        wait_for(lambda: any("could not be shown" in problem
                             for problem in cli.wait_for_instance()["problems"]),
                 "no problem recorded")
        dial = cli.run("dial", "911")
        assert dial.returncode == 0, dial.stderr
        assert proxy.wait_for_invite().startswith(b"INVITE sip:911@")
        status = cli.status()
        assert status["emergency"]["active"] and status["started"] is False
        end_and_quit(cli, process, clean=False)  # the failure's traceback is in the log
    finally:
        reap(process)
