"""``softphone``: run the app, or control the running instance of a profile, as a Unix tool does.

``softphone`` (or ``softphone run``) starts the app, or brings the running one to the front.
Other commands go to the running instance of the profile over its control socket. Only
``dial`` (and a lone ``tel:``/``sip:``/``callto:`` link, a CRM's click-to-dial) starts an
instance when none runs; ``status``, ``hangup``, ``quit`` and the rest answer "not running"
instead of opening a window. Data goes to stdout, messages to stderr; the exit status is one of
``EXIT_CODES``.

Speed: a click-to-dial is a new process each time, so the path to the request imports only
the standard library's json and socket and the few plain modules of ``softphone.control`` (no
Qt, no settings, no core, not even argparse or typing for ``[--profile DIR] dial NUMBER``, which
``quick_dial`` reads); other commands parse with argparse, and those answered here
(``devices``, ``notify-test``, ``where --at``) import what they need when they run.
"""

from __future__ import annotations

import json
import os
import sys
import time
from types import SimpleNamespace

from softphone import __version__
from softphone.blocks.profile_folder import PROFILE_ENV, chosen_folder, instance_name
from softphone.control.client import send
from softphone.control.endpoint import Endpoint, EndpointError
from softphone.control.errors import ControlNoAnswer, ControlNotOurs, ControlUnavailable

# typing is not imported at run time: every import is time before a click-to-dial's request.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    Arguments = argparse.Namespace | SimpleNamespace


URI_SCHEMES = ("tel:", "sip:", "sips:", "callto:")
START_TIMEOUT_S = 30.0
POLL_S = 0.01

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3
EXIT_UNREACHABLE = 4
EXIT_NO_ANSWER = 5
EXIT_CODES = {
    EXIT_OK: "done",
    EXIT_REFUSED: "refused: the softphone said why (on stderr)",
    EXIT_USAGE: "usage: the command line was wrong",
    EXIT_NOT_RUNNING: "not running: no softphone runs for this profile, nothing was done",
    EXIT_UNREACHABLE: "unreachable: the softphone could not be started or reached, nothing was done",
    EXIT_NO_ANSWER: "no answer: the request was sent but not confirmed; check the window",
}

# Every command, its example and what it does: the --help text and the parser come from here.
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("softphone run --hidden",
            "start the softphone (the default with no command), or bring it to the front"),
    "dial": ("softphone dial 911",
             "dial a number or a tel:/sip: link (also just: softphone tel:911); starts the "
             "softphone if needed; prints the call"),
    "hangup": ("softphone hangup", "end a call: the emergency call first, else the current one"),
    "answer": ("softphone answer", "answer the ringing call"),
    "presence": ("softphone presence Away", "show or set presence"),
    "status": ("softphone status --json",
               "presence, calls, callback lease, readiness, problems; exit 3 if not running"),
    "drill": ("softphone drill drop",
              "trainer drills on the simulated answering point: drop, callback, incoming"),
    "where": ("softphone where --at 55.60,13.00",
              "where this workstation is and whether emergency calling works there"),
    "end-callback": ("softphone end-callback",
                     "end callback mode now and release the callback number (as the window's "
                     "End callback mode, confirmed)"),
    "quit": ("softphone quit", "quit the running softphone (refused during an emergency call)"),
    "devices": ("softphone devices --json", "the audio devices and which are selected"),
    "leases": ("softphone leases --json",
               "the live callback leases: number, site, agent, workstation, expiry (from the "
               "shared store, if one is set; no running softphone needed)"),
    "notify-test": ("softphone notify-test",
                    "send the emergency contacts' test email; exit 0 only if delivered"),
}
STARTS_AN_INSTANCE = ("dial",)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    width = max(len(example) for example, _ in COMMANDS.values())
    examples = "\n".join(f"  {example:{width}}  {text}" for example, text in COMMANDS.values())
    codes = "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())
    parser = argparse.ArgumentParser(
        prog="softphone", description="Contact-center softphone with emergency calling.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"commands, with an example each:\n{examples}\n\nexit status:\n{codes}")
    parser.add_argument("--profile", metavar="DIR",
                        help=f"folder with this instance's settings and data (or ${PROFILE_ENV})")
    parser.add_argument("--version", action="version", version=f"softphone {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    parser.set_defaults(hidden=False)  # bare `softphone` (the menu entry) is `softphone run`
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str) -> argparse.ArgumentParser:
        example, text = COMMANDS[name]
        return commands.add_parser(name, help=text, description=f"{text}\n\nexample: {example}",
                                   formatter_class=argparse.RawDescriptionHelpFormatter)

    add("run").add_argument("--hidden", action="store_true",
                            help="start without showing the window (in the tray)")
    add("dial").add_argument("number")
    for name in ("hangup", "answer"):
        add(name).add_argument("--call", dest="call_id", help="the call's id (see status)")
    add("presence").add_argument("status", nargs="?",
                                 help="e.g. Available, Busy, Away, DND, Offline")
    add("status").add_argument("--json", action="store_true", help="machine-readable output")
    drill = add("drill")
    drill.add_argument("name", choices=("drop", "callback", "incoming"))
    drill.add_argument("--caller", default="", help="incoming: the caller's number")
    drill.add_argument("--callee", default="", help="incoming: the number called")
    drill.add_argument("--psap", action="store_true",
                       help="incoming: marked as a PSAP callback by the carrier")
    where = add("where")
    where.add_argument("--at", metavar="LAT,LON", help="evaluate this position instead "
                       "(offline, no running softphone needed)")
    where.add_argument("--json", action="store_true", help="machine-readable output")
    add("end-callback")
    add("quit")
    add("devices").add_argument("--json", action="store_true", help="machine-readable output")
    add("leases").add_argument("--json", action="store_true", help="machine-readable output")
    add("notify-test")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and arguments[0].lower().startswith(URI_SCHEMES):
        arguments = ["dial", arguments[0]]
    try:
        args: Arguments = quick_dial(arguments) or build_parser().parse_args(arguments)
    except SystemExit as exit_:  # --help, --version (0) and usage errors (2)
        out.flush()
        return int(exit_.code or 0)
    except BrokenPipeError:  # softphone --help | head
        out.reader_gone()
        return EXIT_OK
    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    finally:
        out.flush()


def quick_dial(arguments: list[str]) -> SimpleNamespace | None:
    """``[--profile DIR] dial NUMBER``, what a CRM's click-to-dial runs, read without argparse
    (which, with its help formatter, costs more than the rest of the command). Anything else, or
    anything unusual (an option, a number starting with ``-``), goes to the full parser."""
    profile, rest = None, arguments
    if len(rest) >= 2 and rest[0] == "--profile" and not rest[1].startswith("-"):
        profile, rest = rest[1], rest[2:]
    if len(rest) == 2 and rest[0] == "dial" and rest[1] and not rest[1].startswith("-"):
        return SimpleNamespace(command="dial", number=rest[1], profile=profile, verbose=False)
    return None


def dispatch(args: Arguments) -> int:
    command = args.command = args.command or "run"
    if command in ("run", "devices", "leases", "notify-test") or (command == "where" and args.at):
        return run_here(args)
    try:
        endpoint = Endpoint.for_instance(instance_name(chosen_folder(args.profile)[0]))
    except EndpointError as error:
        return fail(EXIT_UNREACHABLE, str(error))
    request = to_request(args)
    answer: dict[str, Any] | None = None
    try:
        answer = send(endpoint, request)
    except ControlUnavailable:
        if command not in STARTS_AN_INSTANCE:
            return not_running(args)
    except ControlNotOurs as error:
        print(error, file=sys.stderr)
        if command not in STARTS_AN_INSTANCE:
            return EXIT_UNREACHABLE
    except ControlNoAnswer as error:
        if command not in STARTS_AN_INSTANCE or not instance_died(endpoint):
            return fail(EXIT_NO_ANSWER, str(error))
        print("The softphone stopped while taking the call; dialling again on a new one.",
              file=sys.stderr)
    if answer is None:  # a dial must go out: start this user's instance (it takes the socket)
        started = start_and_send(args, endpoint, request)
        if isinstance(started, int):
            return started
        answer = started
    return report(args, endpoint, answer)


def instance_died(endpoint: Endpoint, wait_s: float = 2.0) -> bool:
    """Whether the instance that took a request and never answered is gone: its lock is free,
    or frees within ``wait_s`` as its last threads exit. Nothing carries the request out then
    (a call placed by a process that died is no call), so a dial is placed again."""
    from softphone.control.lock import InstanceLock

    lock = InstanceLock(endpoint.lock_path)
    deadline = time.monotonic() + wait_s
    while lock.taken():
        if time.monotonic() > deadline:
            return False
        time.sleep(POLL_S)
    return True


def run_here(args: Arguments) -> int:
    """Commands this process carries out itself; each imports what it needs now."""
    from softphone.blocks.profile import Profile

    profile = Profile.resolve(args.profile)
    if args.command == "run":
        from softphone.launcher import run_app  # the launcher: Qt, the app

        return run_app(profile, show=not args.hidden, verbose=args.verbose)
    if args.command == "devices":
        from softphone.audio.report import devices_report, format_report
        from softphone.settings.store import Settings

        report_ = devices_report(Settings(profile.settings_file, profile.fleet_file))
        out.write(json.dumps(report_, indent=2) if args.json else format_report(report_))
        return EXIT_OK if report_["answered"] else EXIT_REFUSED  # PortAudio hung: said why
    if args.command == "leases":  # from the shared store: no instance needed
        from softphone.callbacks.report import leases_command

        return leases_command(profile, args.json)
    if args.command == "notify-test":
        from softphone.notify.testmail import notify_test_command

        return notify_test_command(profile)
    from softphone.location.where import print_at  # loads the boundary data

    return print_at(args.at, as_json=args.json)


def to_request(args: Arguments) -> dict[str, Any]:
    command = args.command
    if command == "dial":
        return {"command": "dial", "args": {"number": args.number}}
    if command in ("hangup", "answer"):
        return {"command": command, "args": {"call_id": args.call_id} if args.call_id else {}}
    if command == "presence":
        return {"command": "presence", "args": {"status": args.status} if args.status else {}}
    if command == "drill":
        return {"command": "drill", "args": {"name": args.name, "caller": args.caller,
                                             "callee": args.callee,
                                             "marked_psap_callback": args.psap}}
    return {"command": command, "args": {}}


def not_running(args: Arguments) -> int:
    if args.command == "quit":  # the wished-for state already holds
        print("No softphone is running for this profile.", file=sys.stderr)
        return EXIT_OK
    if args.command == "status":
        out.write(json.dumps({"running": False}) if args.json else "Softphone: not running")
    print("No softphone is running for this profile; start it with `softphone` "
          "(or dial: `softphone dial NUMBER` starts it).", file=sys.stderr)
    return EXIT_NOT_RUNNING


def start_and_send(args: Arguments, endpoint: Endpoint,
                   request: dict[str, Any]) -> dict[str, Any] | int:
    """Start the profile's instance and send ``request`` once it listens.

    The request is sent again only while nothing took it (``ControlUnavailable``): it is never
    carried out twice. An instance still closing (``softphone quit`` a moment ago) is waited
    for by the new one, which starts as soon as the old one has let go of the profile.
    """
    process = start_instance(args.profile)
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            return send(endpoint, request)
        except (ControlUnavailable, ControlNotOurs):  # not started yet, or not taken back yet
            pass
        except ControlNoAnswer as error:
            return fail(EXIT_NO_ANSWER, str(error))
        code = process.poll()
        if code not in (None, 0):
            return fail(EXIT_UNREACHABLE, f"The softphone could not start (exit status {code}); "
                        f"its log says why ({logs_hint(args)}).")
        if time.monotonic() > deadline:
            return fail(EXIT_UNREACHABLE, f"The softphone did not start within "
                        f"{START_TIMEOUT_S:.0f} s; its log says why ({logs_hint(args)}).")
        time.sleep(POLL_S)


def logs_hint(args: Arguments) -> str:
    from softphone.blocks.profile import Profile

    return str(Profile.resolve(args.profile).logs_dir)


def start_instance(profile: str | None) -> Any:
    """Start the profile's instance in the background, detached from this terminal.

    The same installation runs it: the frozen executable, or this Python with ``-P -m
    softphone`` (``-P``: a folder called ``softphone`` in the current folder is never imported
    instead) from a neutral folder. A package found only through the current folder (a checkout
    run with ``python -m``) is handed on through ``PYTHONPATH``.
    """
    import subprocess

    environment = os.environ.copy()
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-P", "-m", "softphone"]
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        if os.path.abspath(sys.path[0] or os.curdir) == package_root:  # found via the cwd only
            environment["PYTHONPATH"] = os.pathsep.join(
                filter(None, [package_root, environment.get("PYTHONPATH")]))
    command += ["--profile", chosen_folder(profile)[0], "run"]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=environment,
                            cwd=os.path.expanduser("~") if os.path.isdir(
                                os.path.expanduser("~")) else os.sep)


def report(args: Arguments, endpoint: Endpoint, answer: dict[str, Any]) -> int:
    if not answer["ok"]:
        return fail(EXIT_REFUSED, str(answer.get("error") or "The softphone refused the command."))
    result = answer.get("result")
    if args.command == "dial" and not (isinstance(result, dict) and result.get("carrier_has_it")):
        return fail(EXIT_NO_ANSWER, "The softphone did not confirm that the carrier has the call; "
                    "check its window.")
    if args.command == "quit":
        return wait_until_gone(endpoint)
    if args.command == "status" and not args.json and isinstance(result, dict):
        out.write(format_status(result))
    elif args.command == "where" and not args.json and isinstance(result, dict):
        from softphone.location.where import format_report

        out.write(format_report(result))
    else:
        out.write(json.dumps(result, indent=2))
    return EXIT_OK


def wait_until_gone(endpoint: Endpoint, timeout_s: float = 20.0) -> int:
    """Return once the instance has let go of the profile, so a new one can start at once."""
    from softphone.control.lock import InstanceLock

    lock = InstanceLock(endpoint.lock_path)
    deadline = time.monotonic() + timeout_s
    while lock.taken():
        if time.monotonic() > deadline:
            return fail(EXIT_NO_ANSWER, f"The softphone (process {lock.holder()}) said it would "
                        f"quit but still runs after {timeout_s:.0f} s.")
        time.sleep(POLL_S)
    return EXIT_OK


def fail(code: int, message: str) -> int:
    print(message, file=sys.stderr)
    return code


def format_status(status: dict[str, Any]) -> str:
    lines = [f"Presence: {status['presence']}" + (" (locked: emergency call)"
                                                   if status["presence_locked"] else ""),
             f"Carrier: {status['carrier']}"]
    for call in status["calls"]:
        lines.append(f"Call {call['id'][:8]}: {call['direction']} {call['kind']} "
                     f"{call['remote'] or '(interrupted)'} — {call['state']}")
    callback = status["callback"]
    if callback:
        lines.append(f"Callback mode: {callback['number']}, "
                     f"{int(callback['remaining_seconds'] // 60)} min left"
                     + (" (paused)" if callback["paused"] else ""))
    for check in status["readiness"]:
        mark = "ok " if check["passed"] else "FAIL"
        lines.append(f"[{mark}] {check['title']}: {check['detail']}"
                     + (f" — {check['fix']}" if not check["passed"] and check["fix"] else ""))
    lines.extend(f"Problem: {problem}" for problem in status["problems"])
    return "\n".join(lines)


class _Output:
    """Data to stdout, a line at a time; a reader that stopped reading (``| head``) is not an
    error: the rest is dropped quietly and the command keeps its exit status."""

    def __init__(self) -> None:
        self.closed = False

    def write(self, text: str) -> None:
        if not self.closed:
            try:
                sys.stdout.write(text + "\n")
            except BrokenPipeError:
                self.reader_gone()

    def flush(self) -> None:
        if not self.closed:
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                self.reader_gone()
            except ValueError:  # stdout already closed
                self.closed = True

    def reader_gone(self) -> None:
        self.closed = True
        # Python would complain again when it flushes stdout at exit: point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


out = _Output()
