"""The control socket against what a local program can do to it, over real sockets: floods of
idle connections, a process out of descriptors, a removed socket file, malformed and hostile
requests. Every request gets an answer or is closed within a bounded time, a dial still goes
out, and nothing reaches the agent's screen."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.control.client import send
from softphone.control.endpoint import Endpoint
from softphone.control.errors import ControlNotOurs
from softphone.control.server import CHECK_S, MAX_CONNECTIONS, MAX_REQUEST, REQUEST_TIMEOUT_S, ControlServer
from softphone.control.transport import LoopbackTransport
from softphone.crash import CrashReporter
from softphone.qt import QtWidgets
from tests.control.conftest import Cli
from tests.helpers import wait_for_instance


@pytest.fixture
def more_descriptors() -> Iterator[None]:
    """This test process may open a few thousand sockets (the flood)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def flood(path: str, count: int) -> list[socket.socket]:
    """``count`` connections that say nothing, as fast as the socket takes them."""
    opened = []
    for _ in range(count):
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.setblocking(False)
        try:
            connection.connect(path)
        except (BlockingIOError, ConnectionRefusedError):  # the backlog is full: try on
            connection.close()
            continue
        opened.append(connection)
    return opened


def start_limited(cli: Cli, descriptors: int) -> subprocess.Popen[bytes]:
    """The instance with at most ``descriptors`` open files, as a tight ``ulimit -n`` gives."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (descriptors, descriptors))

    process = subprocess.Popen([sys.executable, "-m", "softphone", "--profile",
                                str(cli.profile.root), "run", "--hidden"], env=cli.environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=limit)
    cli.started.append(process)
    cli.wait_for_instance()
    return process


@pytest.mark.slow
def test_a_dial_goes_out_through_a_flood_of_idle_connections_with_few_descriptors(
        cli: Cli, more_descriptors: None) -> None:
    start_limited(cli, 256)
    endpoint = Endpoint.for_instance(cli.profile.server_name)
    idle = flood(endpoint.socket_path, 1100)
    try:
        dialled = cli.run("dial", "911")
        assert dialled.returncode == 0, dialled.stderr
        idle += flood(endpoint.socket_path, 1100)  # and again, with the call up
        assert cli.status()["emergency"]["active"]
    finally:
        for connection in idle:
            connection.close()
    assert os.path.exists(endpoint.socket_path)


@pytest.mark.slow
def test_a_removed_socket_is_bound_again(cli: Cli) -> None:
    cli.start()
    endpoint = Endpoint.for_instance(cli.profile.server_name)
    os.unlink(endpoint.socket_path)  # nothing can reach the old socket by its name any more
    status = wait_for_instance(cli.profile, timeout=CHECK_S + 10)
    assert status["running"]


@pytest.mark.slow
def test_each_connection_beyond_the_cap_closes_the_oldest_idle_one(cli: Cli) -> None:
    cli.start()
    endpoint = Endpoint.for_instance(cli.profile.server_name)
    idle = flood(endpoint.socket_path, MAX_CONNECTIONS + 5)
    try:
        first = idle[0]
        first.setblocking(True)
        first.settimeout(10)
        answer = json.loads(first.recv(65536))
        assert answer == {"ok": False,
                          "error": "Closed: too many connections to the softphone at once."}
    finally:
        for connection in idle:
            connection.close()


# -- malformed and hostile requests, against the whole app in this process ----------------

HOSTILE = {  # what a local program sends, and what the answer must say
    "number as a whole number": (b'{"command": "dial", "args": {"number": 911}}\n',
                                 "'number' must be text, not int"),
    "number as a list": (b'{"command": "dial", "args": {"number": ["9", "1", "1"]}}\n',
                         "'number' must be text, not list"),
    "number as null": (b'{"command": "dial", "args": {"number": null}}\n',
                       "'number' must be text, not NoneType"),
    "number as 1e400": (b'{"command": "dial", "args": {"number": 1e400}}\n',
                        "'number' must be text, not float"),
    "number as NaN": (b'{"command": "dial", "args": {"number": NaN}}\n',
                      "NaN is not a number JSON allows"),
    "number as true": (b'{"command": "dial", "args": {"number": true}}\n',
                       "'number' must be text, not true/false"),
    "a number of 5,000 digits": (b'{"command": "dial", "args": {"number": ' + b"9" * 5000
                                 + b"}}\n", "Malformed request: not JSON"),
    "a text of 60,000 characters": (b'{"command": "dial", "args": {"number": "' + b"9" * 60000
                                    + b'"}}\n', "'number' is longer than 1000 characters"),
    "30,000 nested levels": (b'{"command": "dial", "args": {"number": ' + b"[" * 30000
                             + b"]" * 30000 + b"}}\n", "nested too deeply"),
    "a list": (b"[]\n", "Malformed request: expected"),
    "args as a text": (b'{"command": "presence", "args": "Away"}\n', "'args' must be an object"),
    "an unknown argument": (b'{"command": "hangup", "args": {"everything": true}}\n',
                            "Wrong arguments for 'hangup'"),
    "an unknown command": (b'{"command": "format-disk", "args": {}}\n',
                           "Unknown command 'format-disk'"),
    "not UTF-8": (b"\xff\xfe\x00garbage\n", "Malformed request: not JSON"),
    "not JSON": (b"dial 911\n", "Malformed request: not JSON"),
    "a psap flag as text": (b'{"command": "drill", "args": {"name": "incoming", '
                            b'"caller": "+15550001111", "marked_psap_callback": "yes"}}\n',
                            "'marked_psap_callback' must be true or false, not str"),
    "too large": (b"{" + b" " * (70 * 1024), "Request too large"),
}


def exchange(path: str, payload: bytes, *, close_after_sending: bool = False) -> tuple[bytes, float]:
    """Send ``payload`` over a new connection; what came back, and how long it took."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(REQUEST_TIMEOUT_S + 10)
    started = time.monotonic()
    with connection:
        connection.connect(path)
        try:
            connection.sendall(payload)
            if close_after_sending:
                connection.shutdown(socket.SHUT_WR)
            data = b""
            while not data.endswith(b"\n"):
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (ConnectionResetError, BrokenPipeError):
            data = b"(reset)"
    return data, time.monotonic() - started


def in_thread(qtbot, work: Callable[[], object]) -> object:  # type: ignore[no-untyped-def]
    """Run ``work`` beside the GUI thread, which keeps serving meanwhile; its result."""
    done: list[object] = []
    thread = threading.Thread(target=lambda: done.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: bool(done), timeout=int((REQUEST_TIMEOUT_S + 15) * 1000))
    thread.join()
    return done[0]


def message_boxes() -> list[str]:
    return [w.objectName() or w.text() for w in QtWidgets.QApplication.topLevelWidgets()
            if isinstance(w, QtWidgets.QMessageBox) and w.isVisible()]


@pytest.fixture
def crashes(app: Application) -> Iterator[list[str]]:
    """What the app's crash reporter would have put on the agent's screen, as in production."""
    shown: list[str] = []
    reporter = CrashReporter(shown.append, app.gui_thread.post)
    reporter.install()
    yield shown
    reporter.uninstall()


@pytest.fixture
def app(ready_settings, start_app) -> Application:  # type: ignore[no-untyped-def]
    return start_app(show=True)


def test_every_malformed_request_is_answered_with_its_reason_and_no_dialog(
        qtbot, app: Application, profile: Profile, crashes: list[str]) -> None:
    path = Endpoint.for_instance(profile.server_name).socket_path
    for name, (payload, reason) in HOSTILE.items():
        data, _took = in_thread(qtbot, lambda p=payload: exchange(path, p))  # type: ignore[misc]
        answer = json.loads(data)
        assert answer["ok"] is False and reason in answer["error"], (name, answer)
    qtbot.wait(100)  # anything posted to the GUI thread has run
    assert crashes == [] and message_boxes() == []
    assert app.phone.calls() == []  # nothing was dialled


def test_a_request_without_a_newline_is_answered_when_the_sender_stops_or_times_out(
        qtbot, app: Application, profile: Profile) -> None:
    path = Endpoint.for_instance(profile.server_name).socket_path
    status = b'{"command": "status", "args": {}}'
    data, _took = in_thread(qtbot, lambda: exchange(path, status, close_after_sending=True))
    assert json.loads(data)["result"]["running"]
    data, took = in_thread(qtbot, lambda: exchange(path, status))
    assert "Request incomplete" in json.loads(data)["error"]
    assert took > REQUEST_TIMEOUT_S - 1  # it waited for the rest, then said why it gave up


def test_after_all_of_it_a_dial_still_goes_out(qtbot, app: Application, profile: Profile) -> None:
    path = Endpoint.for_instance(profile.server_name).socket_path
    for payload, _reason in HOSTILE.values():
        in_thread(qtbot, lambda p=payload: exchange(path, p))  # type: ignore[misc]
    data, _ = in_thread(qtbot, lambda: exchange(
        path, b'{"command": "dial", "args": {"number": "911"}}\n'))
    assert json.loads(data)["result"]["carrier_has_it"] is True
    assert app.phone.emergency.active


# -- the Windows transport (loopback TCP with a key), run here ----------------------------

@pytest.fixture
def loopback_server(runtime_folder: Path) -> Iterator[tuple[ControlServer, Endpoint]]:
    handled: list[object] = []

    def handle(request: object) -> dict[str, object]:
        handled.append(request)
        return {"ok": True, "result": "done"}

    server = ControlServer("softphone-loopback-test", handle, lambda work: work(),
                           make_transport=LoopbackTransport)
    server.listen()
    endpoint = server.endpoint
    assert endpoint is not None
    yield server, endpoint
    server.close()


def test_the_loopback_transport_answers_requests_signed_with_the_users_key(loopback_server):
    _server, endpoint = loopback_server
    answer = send(endpoint, {"command": "status", "args": {}},
                  transport=LoopbackTransport(endpoint))
    assert answer == {"ok": True, "result": "done"}
    assert os.stat(endpoint.key_path).st_mode & 0o077 == 0


def test_the_loopback_transport_refuses_unsigned_and_replayed_requests(loopback_server):
    _server, endpoint = loopback_server
    port = json.loads(Path(endpoint.key_path).read_text())["port"]

    def raw(line: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
            connection.sendall(line)
            return connection.recv(65536)

    unsigned = raw(b'{"command": "dial", "args": {"number": "911"}}\n')
    assert b"not signed with this user's key" in unsigned
    client = LoopbackTransport(endpoint)
    client.connect(1).close()  # reads the key
    line, _nonce = client.seal_request(b'{"command": "status", "args": {}}')
    assert b'"ok": true' in raw(line + b"\n")
    assert b"replay" in raw(line + b"\n")


def test_a_loopback_answer_not_signed_with_the_key_is_not_believed(runtime_folder: Path):
    endpoint = Endpoint.for_instance("softphone-impostor-test")
    impostor = socket.create_server(("127.0.0.1", 0))
    Path(endpoint.key_path).write_text(json.dumps(
        {"port": impostor.getsockname()[1], "key": "00" * 32, "pid": 1}))

    def answer() -> None:
        connection, _ = impostor.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b'0000 {"ok": true, "result": {"carrier_has_it": true}}\n')

    threading.Thread(target=answer, daemon=True).start()
    with pytest.raises(ControlNotOurs):
        send(endpoint, {"command": "dial", "args": {"number": "911"}},
             transport=LoopbackTransport(endpoint))
    impostor.close()


def test_the_readme_states_the_control_channels_limits_as_the_server_has_them() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = " ".join(readme[readme.index("## On a shared machine"):
                              readme.index("## Location and readiness")].split())
    assert f"at most {MAX_CONNECTIONS} connections are served at once" in section
    assert (f"a request must arrive whole within {REQUEST_TIMEOUT_S:.0f} s and fit "
            f"{MAX_REQUEST // 1024} KiB") in section
    assert f"the socket is bound again within {CHECK_S:.0f} s if it is deleted" in section
