"""``softphone`` as a Unix tool: --help with an example for every command, data on stdout and
messages on stderr, the documented exit statuses, commands that never start an instance, and a
``dial`` that imports no Qt on its way to the request."""

from __future__ import annotations

import json
import random
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.cli import COMMANDS, EXIT_CODES, build_parser, quick_dial
from softphone.control.client import accepts_connections, request_line
from softphone.control.endpoint import Endpoint
from softphone.control.lock import InstanceLock
from tests.control.conftest import Cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_help_lists_every_command_with_an_example(cli: Cli) -> None:
    done = cli.run("--help")
    assert done.returncode == 0 and done.stderr == ""
    [subcommands] = [action for action in build_parser()._actions
                     if action.dest == "command"]
    assert set(subcommands.choices) == set(COMMANDS)  # type: ignore[arg-type]
    for name, (example, _text) in COMMANDS.items():
        assert re.search(rf"^  {re.escape(example)} ", done.stdout, re.MULTILINE), name
        assert example.split()[1] == name
        one = cli.run(name, "--help")
        assert one.returncode == 0 and f"example: {example}" in one.stdout, name
    for code, meaning in EXIT_CODES.items():
        assert f"  {code}  {meaning}" in done.stdout


def test_the_readme_documents_every_exit_status() -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## Command line"):readme.index("## Location and readiness")]
    for code, meaning in EXIT_CODES.items():
        assert f"| {code} | {meaning.split(':')[0]}" in section, code


@pytest.mark.parametrize("command", [["status"], ["hangup"], ["answer"], ["presence"], ["end-callback"],
                                     ["presence", "Away"], ["drill", "drop"], ["where"]])
def test_without_an_instance_commands_say_not_running_and_start_none(
        cli: Cli, command: list[str]) -> None:
    done = cli.run(*command)
    assert done.returncode == 3, done.stderr
    assert "No softphone is running for this profile" in done.stderr
    assert not accepts_connections(Endpoint.for_instance(cli.profile.server_name))


def test_status_without_an_instance_is_data_on_stdout(cli: Cli) -> None:
    text = cli.run("status")
    assert text.returncode == 3 and text.stdout == "Softphone: not running\n"
    machine = cli.run("status", "--json")
    assert machine.returncode == 3 and json.loads(machine.stdout) == {"running": False}


def test_quit_without_an_instance_is_already_done(cli: Cli) -> None:
    done = cli.run("quit")
    assert done.returncode == 0 and done.stdout == ""
    assert "No softphone is running" in done.stderr


def test_data_goes_to_stdout_and_refusals_to_stderr(cli: Cli) -> None:
    cli.start()
    status = cli.run("status", "--json")
    assert status.returncode == 0 and status.stderr == ""
    assert json.loads(status.stdout)["running"] is True
    refused = cli.run("presence", "Sleeping")
    assert refused.returncode == 1 and refused.stdout == ""
    assert "Choose one of" in refused.stderr
    usage = cli.run("dial")
    assert usage.returncode == 2 and usage.stdout == "" and "usage:" in usage.stderr
    dialled = cli.run("dial", "911")
    assert dialled.returncode == 0 and json.loads(dialled.stdout)["carrier_has_it"] is True


def test_no_usable_place_for_the_socket_is_unreachable_with_the_fix(
        cli: Cli, tmp_path: Path) -> None:
    """A private runtime folder whose path is too long for a socket: nothing is sent anywhere,
    nothing is started, exit 4, and the message says what to do."""
    deep = tmp_path / ("r" * 100)
    deep.mkdir(mode=0o700)
    environment = dict(cli.environment, XDG_RUNTIME_DIR=str(deep))
    done = subprocess.run([sys.executable, "-m", "softphone", "--profile", str(cli.profile.root),
                           "dial", "911"], env=environment, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 4, done.stderr
    assert "too long" in done.stderr and "XDG_RUNTIME_DIR" in done.stderr


def stand_in(cli: Cli, *, dies: bool) -> Iterator[None]:
    """This user's process in the instance's place (it holds the lock and the socket) that
    takes a request and closes without answering: it goes on running (``dies=False``), or it
    is gone the moment after, as a crashing softphone would be (``dies=True``)."""
    endpoint = Endpoint.for_instance(cli.profile.server_name)
    lock = InstanceLock(endpoint.lock_path)
    assert lock.acquire()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(endpoint.socket_path)
    listener.listen(4)

    def swallow() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.recv(65536)
            if dies:
                listener.close()
                lock.release()
            connection.close()

    threading.Thread(target=swallow, daemon=True).start()
    yield
    listener.close()
    lock.release()


@pytest.fixture
def mute_instance(cli: Cli) -> Iterator[None]:
    yield from stand_in(cli, dies=False)


@pytest.fixture
def dying_instance(cli: Cli) -> Iterator[None]:
    yield from stand_in(cli, dies=True)


def test_a_request_sent_but_never_answered_is_not_reported_as_done(
        cli: Cli, mute_instance: None) -> None:
    done = cli.run("dial", "911")
    assert done.returncode == 5 and done.stdout == ""
    assert "check its window" in done.stderr


def test_a_dial_taken_by_a_softphone_that_dies_goes_out_on_a_new_one(
        cli: Cli, dying_instance: None) -> None:
    done = cli.run("dial", "911")
    assert done.returncode == 0, done.stderr
    assert "dialling again on a new one" in done.stderr
    assert json.loads(done.stdout)["carrier_has_it"] is True
    assert cli.status()["emergency"]["active"]


FORBIDDEN = ("PySide6", "shiboken6", "numpy", "phonenumbers", "sounddevice", "argparse",
             "platformdirs", "hashlib", "typing", "softphone.qt", "softphone.blocks.languages",
             "softphone.blocks.qm",
             "softphone.app", "softphone.core", "softphone.settings", "softphone.carriers",
             "softphone.location", "softphone.notify", "softphone.audio", "softphone.widgets")


def imported(stderr: str) -> list[str]:
    return [line.rsplit("|", 1)[1].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and "|" in line]


def test_dialling_from_the_command_line_imports_no_qt_and_nothing_it_does_not_need(cli: Cli):
    """Nor the translations: a dial that goes through says nothing to a person (here in a
    Danish session, whose words would otherwise be loaded)."""
    cli.start()
    console_script = Path(sys.executable).with_name("softphone")
    danish = {**cli.environment, "LANGUAGE": "", "LANG": "da_DK.UTF-8"}
    for command in ([sys.executable, "-X", "importtime", "-m", "softphone"],
                    [sys.executable, "-X", "importtime", str(console_script)]):
        done = subprocess.run([*command, "--profile", str(cli.profile.root), "dial", "911"],
                              env=danish, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        modules = imported(done.stderr)
        assert "softphone.control.client" in modules
        unwanted = [m for m in modules if m.startswith(FORBIDDEN)]
        assert unwanted == [], unwanted
        assert cli.run("hangup").returncode == 0


# Not before the request is out (a running instance) or the instance is started (a closed
# one): each is milliseconds of a CRM's click-to-dial. The answer is read with json after.
BEFORE_THE_REQUEST = ("json", "re", "enum", "socket", "selectors", "select", "contextlib",
                      "collections", "functools", "subprocess")

SPY = """
import sys
from softphone import cli
from softphone.control.transport import UnixTransport

where, seen = sys.argv[1], []


def watch(function):
    def watched(*args, **kwargs):
        if not seen:
            seen.append(sorted(sys.modules))
            with open(where, "w") as record:
                record.write("\\n".join(seen[0]))
        return function(*args, **kwargs)
    return watched


UnixTransport.seal_request = staticmethod(  # a running instance: the request, about to go
    watch(UnixTransport.seal_request))
cli.start_instance = watch(cli.start_instance)  # a closed softphone: the instance started
raise SystemExit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("running", [True, False], ids=["to a running instance",
                                                        "starting a closed softphone"])
def test_a_dial_imports_nothing_heavy_before_its_request_goes_out(
        cli: Cli, tmp_path: Path, running: bool) -> None:
    if running:
        cli.start()
    record = tmp_path / "modules.txt"
    done = subprocess.run([sys.executable, "-c", SPY, str(record), "--profile",
                           str(cli.profile.root), "dial", "911"], env=cli.environment,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["carrier_has_it"] is True
    modules = record.read_text().split("\n")
    assert "softphone.control.client" in modules
    unwanted = [m for m in modules if m.split(".")[0] in BEFORE_THE_REQUEST]
    assert unwanted == [], unwanted
    assert cli.run("hangup").returncode == 0


def test_a_request_is_written_exactly_as_json_writes_it() -> None:
    """``request_line`` stands in for ``json.dumps`` before the request goes out: whatever a
    CRM's link holds (quotes, control characters, other scripts, the lone surrogates of a
    command line that was not UTF-8) reaches the instance as the same JSON."""
    texts = ["911", "tel:+1-555-0100;phone-context=example.com", 'quote " back \\ slash /',
             "\x00\x1f\x7f\n\r\t\b\f", "é ☎ ９１１ ٩١١", "\U0001f4de \U0010ffff",
             "\udcff\udc80", ""]
    chosen = random.Random(14)
    alphabet = [0, 0x1F, 0x20, 0x22, 0x5C, 0x7E, 0x7F, 0x80, 0xFF, 0x2028, 0xD7FF, 0xD800,
                0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]
    texts += ["".join(chr(chosen.choice(alphabet) if chosen.random() < 0.5
                          else chosen.randrange(0x110000)) for _ in range(chosen.randrange(12)))
              for _ in range(500)]
    values: list[object] = [{"command": "dial", "args": {"number": text}} for text in texts]
    values += [{"command": "drill", "args": {"name": "ring-in", "caller": "+15551230000",
                                             "callee": "", "marked_psap_callback": True}},
               {"command": "status", "args": {}}, [1, -2, 2.5, -0.0, 1e300, None, False, [], ()],
               [float("nan"), float("inf"), float("-inf")]]
    for value in values:
        assert request_line(value) == json.dumps(value), repr(value)
    for unwritable in ({1: "not a text key"}, {"a": object()}, b"bytes"):
        with pytest.raises(TypeError):
            request_line(unwritable)


@pytest.mark.parametrize("arguments", [["dial", "911"], ["--profile", "/tmp/p", "dial", "tel:911"],
                                       ["dial", "+1 555 123 4567"]])
def test_the_quick_reading_of_a_dial_agrees_with_the_full_parser(arguments: list[str]) -> None:
    quick = quick_dial(arguments)
    full = build_parser().parse_args(arguments)
    assert quick is not None
    assert (quick.command, quick.number, quick.profile) == (full.command, full.number,
                                                            full.profile)


@pytest.mark.parametrize("arguments", [["dial"], ["dial", "-5"], ["--profile", "dial", "911"],
                                       ["dial", "911", "--json"], ["--verbose", "dial", "911"],
                                       ["status"]])
def test_anything_else_goes_to_the_full_parser(arguments: list[str]) -> None:
    assert quick_dial(arguments) is None
