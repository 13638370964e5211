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

Language: what this command says to a person (help, refusals, the human form of ``status`` and
``where``) is in the agent's language, chosen as the app chooses it (``ui.language``, else the
system's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG), read from the compiled translations without Qt
(``blocks.qm``). The translations are loaded only when there is something to say to a person
(``say``): a dial that goes through, and any ``--json`` answer, load none. The JSON keeps its
English keys and identifiers.
"""

from __future__ import annotations

import os
import sys
import time
from types import SimpleNamespace

from softphone import __version__
from softphone.blocks.profile_folder import PROFILE_ENV, chosen_folder, instance_name
from softphone.blocks.text import ENGLISH, Translated, current_language, localized, translate
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
MAX_SETTINGS_BYTES = 1_000_000  # settings.files.MAX_BYTES (a test holds them equal)
START_TIMEOUT_S = 30.0
POLL_S = 0.01

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3
EXIT_UNREACHABLE = 4
EXIT_NO_ANSWER = 5
# The meanings are made in English at import and said in the agent's language when printed.
EXIT_CODES: dict[int, Translated] = {
    EXIT_OK: translate("CommandLine", "done"),
    EXIT_REFUSED: translate("CommandLine", "refused: the softphone said why (on stderr)"),
    EXIT_USAGE: translate("CommandLine", "usage: the command line was wrong"),
    EXIT_NOT_RUNNING: translate("CommandLine", "not running: no softphone runs for this "
                                "profile, nothing was done"),
    EXIT_UNREACHABLE: translate("CommandLine", "unreachable: the softphone could not be started "
                                "or reached, nothing was done"),
    EXIT_NO_ANSWER: translate("CommandLine", "no answer: the request was sent but not "
                              "confirmed; check the window"),
}


def example(*words: str) -> str:
    """A command line as typed (never translated)."""
    return " ".join(("softphone", *words))


# Every command, its example and what it does: the --help text and the parser come from here.
COMMANDS: dict[str, tuple[str, Translated]] = {
    "run": (example("run", "--hidden"),
            translate("CommandLine", "start the softphone (the default with no command), or "
                      "bring it to the front")),
    "dial": (example("dial", "911"),
             translate("CommandLine", "dial a number or a tel:/sip: link (also just: softphone "
                       "tel:911); starts the softphone if needed; prints the call")),
    "hangup": (example("hangup"),
               translate("CommandLine", "end a call: the emergency call first, else the "
                         "current one")),
    "answer": (example("answer"), translate("CommandLine", "answer the ringing call")),
    "presence": (example("presence", "Away"), translate("CommandLine", "show or set presence")),
    "status": (example("status", "--json"),
               translate("CommandLine", "presence, calls, callback lease, readiness, problems; "
                         "exit 3 if not running")),
    "drill": (example("drill", "drop"),
              translate("CommandLine", "trainer drills on the simulated answering point: drop, "
                        "callback, incoming")),
    "where": (example("where", "--at", "55.60,13.00"),
              translate("CommandLine", "where this workstation is and whether emergency calling "
                        "works there")),
    "end-callback": (example("end-callback"),
                     translate("CommandLine", "end callback mode now and release the callback "
                               "number (as the window's End callback mode, confirmed)")),
    "quit": (example("quit"),
             translate("CommandLine", "quit the running softphone (refused during an emergency "
                       "call)")),
    "devices": (example("devices", "--json"),
                translate("CommandLine", "the audio devices and which are selected")),
    "leases": (example("leases", "--json"),
               translate("CommandLine", "the live callback leases: number, site, agent, "
                         "workstation, expiry (from the shared store, if one is set; no running "
                         "softphone needed)")),
    "notify-test": (example("notify-test"),
                    translate("CommandLine", "send the emergency contacts' test email; exit 0 "
                              "only if delivered")),
}
STARTS_AN_INSTANCE = ("dial",)


def build_parser(profile: str | None = None) -> argparse.ArgumentParser:
    """The full parser. Its words are said in the agent's language only when it prints (help,
    a usage error), so that a command that prints none loads no translations; ``profile``
    (``--profile``, if given) is where the ``ui.language`` setting is read then."""
    import argparse

    class Formatter(argparse.RawDescriptionHelpFormatter):
        """Says each text in the language installed when the help is printed."""

        def _get_help_string(self, action: argparse.Action) -> str | None:
            return localized(action.help) if action.help else action.help

        def add_text(self, text: str | None) -> None:
            super().add_text(localized(text) if text else text)

        def start_section(self, heading: str | None) -> None:
            titles = {"positional arguments": translate("CommandLine", "positional arguments"),
                      "options": translate("CommandLine", "options")}
            super().start_section(titles.get(heading or "", heading))

        def add_usage(self, usage: str | None, actions: Any, groups: Any,
                      prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, prefix if prefix is not None else
                              translate("CommandLine", "usage: "))

    class Parser(argparse.ArgumentParser):
        """Loads the agent's language before it prints anything."""

        def format_help(self) -> str:
            speak(profile)
            if self.epilog is not None:
                self.epilog = epilog()
            return super().format_help()

        def format_usage(self) -> str:
            speak(profile)
            return super().format_usage()

        def error(self, message: str) -> Any:
            speak(profile)
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, translate("CommandLine", "{program}: error: {message}\n").format(
                program=self.prog, message=usage_problem(message)))

    def add_help(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("-h", "--help", action="help",
                            help=translate("CommandLine", "show this help message and exit"))

    parser = Parser(
        prog="softphone", add_help=False, formatter_class=Formatter, epilog="",
        description=translate("CommandLine", "Contact-center softphone with emergency calling."))
    add_help(parser)
    parser.add_argument("--profile", metavar="DIR",
                        help=translate("CommandLine", "folder with this instance's settings and "
                                       "data (or ${variable})").format(variable=PROFILE_ENV))
    parser.add_argument("--version", action="version", version=example() + " " + __version__,
                        help=translate("CommandLine", "show the version and exit"))
    parser.add_argument("--verbose", action="store_true",
                        help=translate("CommandLine", "log debugging detail"))
    parser.set_defaults(hidden=False, handoff=None)  # bare `softphone` is `softphone run`
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str) -> argparse.ArgumentParser:
        sample, text = COMMANDS[name]
        command = commands.add_parser(
            name, help=text, add_help=False, formatter_class=Formatter,
            description=translate("CommandLine", "{text}\n\nexample: {example}").format(
                text=text, example=sample))
        add_help(command)
        return command

    json_help = translate("CommandLine", "machine-readable output")
    run = add("run")
    run.add_argument("--hidden", action="store_true",
                     help=translate("CommandLine", "start without showing the window (in the "
                                    "tray)"))
    run.add_argument("--handoff", type=int, metavar="FD",
                     help=argparse.SUPPRESS)  # from start_instance only: control.handoff
    add("dial").add_argument("number")
    for name in ("hangup", "answer"):
        add(name).add_argument("--call", dest="call_id",
                               help=translate("CommandLine", "the call's id (see status)"))
    add("presence").add_argument("status", nargs="?",
                                 help=translate("CommandLine", "e.g. {statuses}").format(
                                     statuses="Available, Busy, Away, DND, Offline"))
    add("status").add_argument("--json", action="store_true", help=json_help)
    drill = add("drill")
    drill.add_argument("name", choices=("drop", "callback", "incoming"))
    drill.add_argument("--caller", default="",
                       help=translate("CommandLine", "incoming: the caller's number"))
    drill.add_argument("--callee", default="",
                       help=translate("CommandLine", "incoming: the number called"))
    drill.add_argument("--psap", action="store_true",
                       help=translate("CommandLine", "incoming: marked as a PSAP callback by the "
                                      "carrier"))
    where = add("where")
    where.add_argument("--at", metavar="LAT,LON",
                       help=translate("CommandLine", "evaluate this position instead (offline, "
                                      "no running softphone needed)"))
    where.add_argument("--json", action="store_true", help=json_help)
    add("end-callback")
    add("quit")
    add("devices").add_argument("--json", action="store_true", help=json_help)
    add("leases").add_argument("--json", action="store_true", help=json_help)
    add("notify-test")
    return parser


def usage_problem(message: str) -> str:
    """argparse's own words for the usual usage errors (it says them in English), in the
    agent's language; any other as argparse said it."""
    import re

    said = {  # argparse's wording (Python 3.11 to 3.13) -> ours
        r"the following arguments are required: (?P<names>.+)":
            translate("CommandLine", "the following arguments are required: {names}"),
        r"unrecognized arguments: (?P<names>.+)":
            translate("CommandLine", "unrecognized arguments: {names}"),
        r"argument (?P<name>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)":
            translate("CommandLine", "argument {name}: invalid choice: {value} (choose from "
                      "{choices})"),
        r"argument (?P<name>\S+): expected one argument":
            translate("CommandLine", "argument {name}: expected one argument"),
    }
    for pattern, words in said.items():
        found = re.fullmatch(pattern, message)
        if found:
            return words.format(**found.groupdict())
    return message


def epilog() -> str:
    """The commands with an example each, and the exit statuses, in the language installed."""
    width = max(len(sample) for sample, _ in COMMANDS.values())
    examples = "\n".join("  " + sample.ljust(width) + "  " + localized(text)
                         for sample, text in COMMANDS.values())
    codes = "\n".join("  " + str(code) + "  " + localized(text)
                      for code, text in EXIT_CODES.items())
    return translate("CommandLine", "commands, with an example each:\n{examples}\n\n"
                     "exit status:\n{codes}").format(examples=examples, codes=codes)


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and arguments[0].lower().startswith(URI_SCHEMES):
        arguments = ["dial", arguments[0]]
    try:
        args: Arguments = (quick_dial(arguments) or quick_handoff(arguments)
                           or build_parser(profile_given(arguments)).parse_args(arguments))
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


def quick_handoff(arguments: list[str]) -> SimpleNamespace | None:
    """``--profile DIR run --handoff FD``, exactly as ``start_instance`` writes it, read without
    argparse: the instance a click-to-dial started is on the way to the call."""
    if (len(arguments) == 5 and arguments[0] == "--profile" and arguments[2:4] == ["run",
                                                                                "--handoff"]
            and arguments[4].isdigit()):
        return SimpleNamespace(command="run", profile=arguments[1], hidden=False,
                               verbose=False, handoff=int(arguments[4]))
    return None


def profile_given(arguments: list[str]) -> str | None:
    """``--profile DIR`` (or ``--profile=DIR``) before the parser has read it: where the
    language setting is, should the parser have something to say."""
    for index, argument in enumerate(arguments):
        if argument == "--profile" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--profile="):
            return argument.split("=", 1)[1]
    return None


_spoken = False


def speak(profile: str | None) -> None:
    """Say this process's words in the agent's language from now on: the ``ui.language``
    setting (the fleet file's, else the profile's), else the system's, as the app chooses.
    Called only when there is something to say to a person; once per process. A process that
    already speaks a language (the app, a test) keeps it; missing or damaged translations
    leave English (the app tells the agent about them when it starts)."""
    global _spoken
    if _spoken:
        return
    _spoken = True
    if current_language() != ENGLISH:
        return
    import contextlib

    from softphone.blocks import text
    from softphone.blocks.languages import choose, environment_preferences, load_catalogue
    from softphone.blocks.profile_folder import SETTINGS_FILE, fleet_path
    from softphone.blocks.qm import QmError

    files = (fleet_path(), os.path.join(chosen_folder(profile)[0], SETTINGS_FILE))
    code = choose(environment_preferences(), language_setting(files))
    if code == ENGLISH:
        return
    with contextlib.suppress(OSError, QmError):
        text.install(load_catalogue(code))


def language_setting(files: tuple[str, ...]) -> str:
    """``ui.language`` as the settings ``files`` give it (the first that sets it wins: the
    fleet file), "" when unset. A file that does not mention it is not parsed (the TOML parser
    alone would double the time of a short answer); one that does is read by the settings'
    own defensive reader."""
    for path in files:
        if not mentions(path, b"language"):
            continue
        from pathlib import Path

        from softphone.settings.files import read

        table = read(Path(path)).table or {}
        ui = table.get("ui")
        value = ui.get("language") if isinstance(ui, dict) else None
        if isinstance(value, str):
            return value
    return ""


def mentions(path: str, word: bytes) -> bool:
    """Whether the regular file at ``path`` contains ``word``; never blocks (a pipe or a device
    in its place is skipped) and reads at most a settings file's limit."""
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        with os.fdopen(os.dup(descriptor), "rb") as file:
            return word in file.read(MAX_SETTINGS_BYTES)
    except OSError:
        return False
    finally:
        os.close(descriptor)


def say(args: Arguments, message: str) -> str:
    """``message`` in the agent's language (loaded now if not yet)."""
    speak(args.profile)
    return localized(message)


def dispatch(args: Arguments) -> int:
    command = args.command = args.command or "run"
    if command in ("run", "devices", "leases", "notify-test") or (command == "where" and args.at):
        return run_here(args)
    try:
        endpoint = Endpoint.for_instance(instance_name(chosen_folder(args.profile)[0]))
    except EndpointError as error:
        return fail(args, EXIT_UNREACHABLE, str(error))
    request = to_request(args)
    answer: dict[str, Any] | None = None
    try:
        answer = send(endpoint, request)
    except ControlUnavailable:
        if command not in STARTS_AN_INSTANCE:
            return not_running(args)
    except ControlNotOurs as error:
        print(say(args, str(error)), file=sys.stderr)
        if command not in STARTS_AN_INSTANCE:
            return EXIT_UNREACHABLE
    except ControlNoAnswer as error:
        if command not in STARTS_AN_INSTANCE or not instance_died(endpoint):
            return fail(args, EXIT_NO_ANSWER, str(error))
        print(say(args, translate("CommandLine", "The softphone stopped while taking the call; "
                                  "dialling again on a new one.")), file=sys.stderr)
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

        if args.handoff is not None:  # started by start_instance, maybe where it ran
            os.chdir(neutral_folder())
        return run_app(profile, show=not args.hidden, verbose=args.verbose,
                       handoff=args.handoff)
    if args.command == "devices":
        from softphone.audio.report import devices_report, format_report
        from softphone.settings.store import Settings

        if not args.json:
            speak(args.profile)
        report_ = devices_report(Settings(profile.settings_file, profile.fleet_file))
        import json

        out.write(json.dumps(report_, indent=2) if args.json else format_report(report_))
        return EXIT_OK if report_["answered"] else EXIT_REFUSED  # PortAudio hung: said why
    if args.command == "leases":  # from the shared store: no instance needed
        from softphone.callbacks.report import leases_command

        if not args.json:
            speak(args.profile)
        return leases_command(profile, args.json)
    if args.command == "notify-test":
        from softphone.notify.testmail import notify_test_command

        speak(args.profile)
        return notify_test_command(profile)
    from softphone.location.where import print_at  # loads the boundary data

    speak(args.profile)  # a bad position is said in words, even with --json
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
        print(say(args, translate("CommandLine", "No softphone is running for this profile.")),
              file=sys.stderr)
        return EXIT_OK
    if args.command == "status":
        import json

        out.write(json.dumps({"running": False}) if args.json else say(
            args, translate("CommandLine", "Softphone: not running")))
    print(say(args, translate("CommandLine", "No softphone is running for this profile; start "
                              "it with {start} (or dial: {dial} starts it).").format(
        start="`softphone`", dial="`softphone dial NUMBER`")), file=sys.stderr)
    return EXIT_NOT_RUNNING


def start_and_send(args: Arguments, endpoint: Endpoint,
                   request: dict[str, Any]) -> dict[str, Any] | int:
    """Start the profile's instance with ``request`` handed to it (``control.handoff``): it
    carries it out as soon as it can, a dial before it loads Qt, and answers here. An instance
    that finds the profile taken (another start won the race) declines, having done nothing,
    and the request goes to the instance that holds the profile, once it listens.

    The request is sent again only while nothing took it (``ControlUnavailable``, a decline):
    it is never carried out twice. An instance still closing (``softphone quit`` a moment ago)
    is waited for by the new one, which starts as soon as the old one has let go of the
    profile.
    """
    from softphone.control import handoff

    deadline = time.monotonic() + START_TIMEOUT_S
    if not handoff.supported():
        return send_once_listening(args, endpoint, request, start_instance(args.profile),
                                   deadline)
    caller = handoff.Caller(request)
    try:
        process = start_instance(args.profile, caller.descriptor)
    finally:
        caller.started()
    answer = caller.answer(deadline)
    if answer is not None and not handoff.declined(answer):
        return answer
    if answer is None:  # it closed its end without answering (it died), or has not answered
        import subprocess

        try:
            code = process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:  # it runs and has the request: it may yet place it
            return fail(args, EXIT_NO_ANSWER, translate(
                "CommandLine", "The softphone did not confirm that the carrier has the call; "
                "check its window."))
        return fail(args, EXIT_UNREACHABLE, translate(  # a call it placed ended with it
            "CommandLine", "The softphone could not start (exit status {code}); its log "
            "says why ({logs}).").format(code=code, logs=logs_hint(args)))
    return send_once_listening(args, endpoint, request, process, deadline)


def send_once_listening(args: Arguments, endpoint: Endpoint, request: dict[str, Any],
                        process: Any, deadline: float) -> dict[str, Any] | int:
    """Send ``request`` as soon as the profile's instance listens; ``process`` is the one
    this command started (its failing to start is said at once)."""
    while True:
        try:
            return send(endpoint, request)
        except (ControlUnavailable, ControlNotOurs):  # not started yet, or not taken back yet
            pass
        except ControlNoAnswer as error:
            return fail(args, EXIT_NO_ANSWER, str(error))
        code = process.poll()
        if code not in (None, 0):
            return fail(args, EXIT_UNREACHABLE, translate(
                "CommandLine", "The softphone could not start (exit status {code}); its log "
                "says why ({logs}).").format(code=code, logs=logs_hint(args)))
        if time.monotonic() > deadline:
            return fail(args, EXIT_UNREACHABLE, translate(
                "CommandLine", "The softphone did not start within {seconds} s; its log says why "
                "({logs}).").format(seconds=f"{START_TIMEOUT_S:.0f}", logs=logs_hint(args)))
        time.sleep(POLL_S)


def logs_hint(args: Arguments) -> str:
    from softphone.blocks.profile import Profile

    return str(Profile.resolve(args.profile).logs_dir)


def start_instance(profile: str | None, handoff: int | None = None) -> Any:
    """Start the profile's instance in the background, detached from this terminal; it
    inherits ``handoff`` (a request handed to it, see ``control.handoff``).

    The same installation runs it: the frozen executable, or this Python with ``-P -m
    softphone`` (``-P``: a folder called ``softphone`` in the current folder is never imported
    instead) from a neutral folder. A package found only through the current folder (a checkout
    run with ``python -m``) is handed on through ``PYTHONPATH``. A click-to-dial's instance
    is started by ``control.spawn`` where it can (no ``subprocess`` imported before it starts)
    and moves to the neutral folder itself (``run_here``).
    """
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
    if handoff is not None:
        command += ["--handoff", str(handoff)]
        from softphone.control import spawn

        if spawn.supported():
            try:
                return spawn.spawn_detached(command, environment, handoff)
            except NotImplementedError:  # no new session through posix_spawn here
                pass
    import subprocess

    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=environment,
                            pass_fds=() if handoff is None else (handoff,),
                            cwd=neutral_folder())


def neutral_folder() -> str:
    """Where an instance runs: the home folder (or the root), never the folder of the program
    that started it (a CRM's, a share that would stay busy)."""
    home = os.path.expanduser("~")
    return home if os.path.isdir(home) else os.sep


def report(args: Arguments, endpoint: Endpoint, answer: dict[str, Any]) -> int:
    if not answer["ok"]:
        return fail(args, EXIT_REFUSED, str(answer.get("error") or translate(
            "CommandLine", "The softphone refused the command.")))
    result = answer.get("result")
    if args.command == "dial" and not (isinstance(result, dict) and result.get("carrier_has_it")):
        return fail(args, EXIT_NO_ANSWER, translate(
            "CommandLine", "The softphone did not confirm that the carrier has the call; check "
            "its window."))
    if args.command == "quit":
        return wait_until_gone(args, endpoint)
    if args.command == "status" and not args.json and isinstance(result, dict):
        speak(args.profile)
        out.write(format_status(result))
    elif args.command == "where" and not args.json and isinstance(result, dict):
        from softphone.location.where import format_report

        speak(args.profile)
        out.write(format_report(result))
    elif isinstance(result, str):  # a sentence (end-callback), in the instance's language
        out.write(result)
    else:
        import json  # not before the request: see control.client

        out.write(json.dumps(result, indent=2))
    return EXIT_OK


def wait_until_gone(args: Arguments, endpoint: Endpoint, timeout_s: float = 20.0) -> int:
    """Return once the instance has let go of the profile, so a new one can start at once."""
    from softphone.control.lock import InstanceLock

    lock = InstanceLock(endpoint.lock_path)
    deadline = time.monotonic() + timeout_s
    while lock.taken():
        if time.monotonic() > deadline:
            return fail(args, EXIT_NO_ANSWER, translate(
                "CommandLine", "The softphone (process {pid}) said it would quit but still runs "
                "after {seconds} s.").format(pid=lock.holder(), seconds=f"{timeout_s:.0f}"))
        time.sleep(POLL_S)
    return EXIT_OK


def fail(args: Arguments, code: int, message: str) -> int:
    print(say(args, message), file=sys.stderr)
    return code


def format_status(status: dict[str, Any]) -> str:
    """``status`` for a person, in the language installed; the identifiers the instance sends
    (presence, call states) are said as the window says them."""
    presence = presence_label(status["presence"])
    lines: list[str] = [translate("CommandLine", "Presence: {status} (locked: emergency call)").format(
                 status=presence) if status["presence_locked"] else
             translate("CommandLine", "Presence: {status}").format(status=presence),
             translate("CommandLine", "Carrier: {carrier}").format(carrier=status["carrier"])]
    for call in status["calls"]:
        lines.append(translate("CommandLine", "Call {id}: {call} {remote} — {state}").format(
            id=call["id"][:8], call=call_label(call["direction"], call["kind"]),
            remote=call["remote"] or translate("CommandLine", "(interrupted)"),
            state=state_label(call["state"])))
    callback = status["callback"]
    if callback:
        minutes = int(callback["remaining_seconds"] // 60)
        lines.append((translate("CommandLine", "Callback mode: {number}, %n minute(s) left "
                                "(paused)", None, 1) if callback["paused"] else
                      translate("CommandLine", "Callback mode: {number}, %n minute(s) left",
                                None, 1)).plural(minutes).format(number=callback["number"]))
    for check in status["readiness"]:
        mark = translate("CommandLine", "ok") if check["passed"] else translate(
            "CommandLine", "FAIL")
        line = " ".join(("[" + mark + "]", check["title"] + ":", check["detail"]))
        lines.append(" — ".join((line, check["fix"])) if not check["passed"] and check["fix"]
                     else line)
    lines.extend(translate("CommandLine", "Problem: {problem}").format(problem=problem)
                 for problem in status["problems"])
    return "\n".join(lines)


def presence_label(status: str) -> str:
    """A presence status as the window's presence box says it (an admin's own, as named)."""
    return {
        "Available": translate("Presence", "Available"),
        "Busy": translate("Presence", "Busy"),
        "Away": translate("Presence", "Away"),
        "Do not disturb": translate("Presence", "Do not disturb"),
        "Offline": translate("Presence", "Offline"),
    }.get(status, status)


def state_label(state: str) -> str:
    """A call's state as the window's calls panel says it."""
    return {
        "dialing": translate("CallsPanel", "dialing"),
        "ringing": translate("CallsPanel", "ringing"),
        "queued": translate("CallsPanel", "queued"),
        "connected": translate("CallsPanel", "connected"),
        "on hold": translate("CallsPanel", "on hold"),
        "ended": translate("CallsPanel", "ended"),
        "failed": translate("CallsPanel", "failed"),
        "interrupted": translate("CallsPanel", "interrupted"),
    }.get(state, state)


def call_label(direction: str, kind: str) -> str:
    """What a call is (its direction and kind, as the JSON names them) in words."""
    return {
        ("outbound", "normal"): translate("CommandLine", "outgoing call"),
        ("outbound", "emergency"): translate("CommandLine", "outgoing emergency call"),
        ("outbound", "test"): translate("CommandLine", "outgoing test call"),
        ("inbound", "normal"): translate("CommandLine", "incoming call"),
        ("inbound", "emergency"): translate("CommandLine", "emergency callback"),
        ("inbound", "test"): translate("CommandLine", "incoming test call"),
    }.get((direction, kind), " ".join((direction, kind)))


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
