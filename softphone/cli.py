"""``softphone``: run the app, or control the running instance of a profile.

``softphone`` (or ``softphone run``) starts the app, or brings the running one to the front.
Every other command is forwarded to the running instance of the profile over its local socket,
starting one first if none runs: ``softphone dial 911`` works from a CRM's click-to-dial with or
without the app open. A ``tel:``, ``sip:`` or ``callto:`` link as the only argument dials it.
Exit status: 0 done, 1 refused (the message says why), 2 usage, 3 no instance could be reached.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any

from softphone import __version__
from softphone.blocks.profile import PROFILE_ENV, Profile

URI_SCHEMES = ("tel:", "sip:", "sips:", "callto:")
START_TIMEOUT_S = 30.0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="softphone", description="Contact-center softphone.")
    parser.add_argument("--profile", metavar="DIR",
                        help=f"folder with this instance's settings and data (or ${PROFILE_ENV})")
    parser.add_argument("--version", action="version", version=f"softphone {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="start the softphone (the default)")
    run.add_argument("--hidden", action="store_true", help="start without showing the window")
    dial = commands.add_parser("dial", help="dial a number or a tel:/sip: link")
    dial.add_argument("number")
    for name, text in (("hangup", "end a call (the emergency call first)"),
                       ("answer", "answer the ringing call")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--call", dest="call_id", help="the call's id (see status)")
    presence = commands.add_parser("presence", help="show or set presence")
    presence.add_argument("status", nargs="?", help="e.g. Available, Busy, Away, DND, Offline")
    status = commands.add_parser("status", help="presence, calls, callback lease, readiness")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    drill = commands.add_parser("drill", help="trainer drills on the simulated answering point")
    drill.add_argument("name", choices=("drop", "callback", "incoming"))
    drill.add_argument("--caller", default="", help="incoming: the caller's number")
    drill.add_argument("--callee", default="", help="incoming: the number called")
    drill.add_argument("--psap", action="store_true",
                       help="incoming: marked as a PSAP callback by the carrier")
    where = commands.add_parser("where", help="where this workstation is, its country, and "
                                "whether emergency calling is supported there")
    where.add_argument("--at", metavar="LAT,LON", help="evaluate this position instead "
                       "(offline, no running softphone needed)")
    where.add_argument("--json", action="store_true", help="machine-readable output")
    commands.add_parser("end-callback", help="end callback mode now and release the callback "
                        "number (the window's End callback mode, confirmed)")
    commands.add_parser("quit", help="quit the running softphone")
    devices = commands.add_parser("devices", help="list the audio devices and which are selected")
    devices.add_argument("--json", action="store_true", help="machine-readable output")
    leases = commands.add_parser("leases", help="the live callback leases: number, site, agent, "
                                 "workstation, expiry (from the shared store, if one is set)")
    leases.add_argument("--json", action="store_true", help="machine-readable output")
    commands.add_parser("notify-test", help="send the emergency notification test email with "
                        "the saved settings; exit status 0 only if it was delivered")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and arguments[0].lower().startswith(URI_SCHEMES):
        arguments = ["dial", arguments[0]]
    args = build_parser().parse_args(arguments)
    profile = Profile.resolve(args.profile)
    command = args.command or "run"
    if command == "run":
        from softphone.launcher import run_app  # deferred: only the app needs the widgets

        return run_app(profile, show=not args.hidden, verbose=args.verbose)
    if command == "devices":
        return list_devices(profile, args.json)
    if command == "leases":  # answered here, from the store: no instance needed
        from softphone.callbacks.report import leases_command

        return leases_command(profile, args.json)
    if command == "notify-test":  # runs here, with the saved settings: no instance needed
        from softphone.notify.testmail import notify_test_command

        return notify_test_command(profile)
    if command == "where" and args.at is not None:
        from softphone.location.where import print_at  # deferred: loads the boundary data

        return print_at(args.at, as_json=args.json)
    request = to_request(args)
    if command == "quit":
        return forward(profile, request, start_if_needed=False)
    return forward(profile, request, start_if_needed=True,
                   as_json=getattr(args, "json", False) or command not in ("status", "where"))


def list_devices(profile: Profile, as_json: bool) -> int:
    """Answered by this process, not the running app: PortAudio here sees the same devices."""
    from softphone.audio.report import devices_report, format_report
    from softphone.settings.store import Settings

    report = devices_report(Settings(profile.settings_file, profile.fleet_file))
    print(json.dumps(report, indent=2) if as_json else format_report(report))
    return 0 if report["answered"] else 1


def to_request(args: argparse.Namespace) -> dict[str, Any]:
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


def forward(profile: Profile, request: dict[str, Any], start_if_needed: bool,
            as_json: bool = True) -> int:
    from softphone.control.ipc import ControlNoAnswer, ControlUnavailable, send

    deadline = None
    while True:
        try:
            response = send(profile.server_name, request)
            break
        except ControlUnavailable:
            if not start_if_needed:
                print("No softphone is running for this profile.", file=sys.stderr)
                return 0 if request["command"] == "quit" else 3
            if deadline is None:
                start_instance(profile)
                deadline = time.monotonic() + START_TIMEOUT_S
            elif time.monotonic() > deadline:
                print(f"The softphone did not start within {START_TIMEOUT_S:.0f} s; see the log in "
                      f"{profile.logs_dir}.", file=sys.stderr)
                return 3
            time.sleep(0.05)
        except ControlNoAnswer as error:
            print(str(error), file=sys.stderr)
            return 3
    if not response.get("ok"):
        print(response.get("error", "The softphone refused the command."), file=sys.stderr)
        return 1
    if request["command"] == "quit":
        wait_until_gone(profile)
    result = response.get("result")
    if as_json or not isinstance(result, dict):
        print(json.dumps(result, indent=2))
    elif request["command"] == "where":
        from softphone.location.where import format_report

        print(format_report(result))
    else:
        print(format_status(result))
    return 0


def wait_until_gone(profile: Profile, timeout_s: float = 10.0) -> None:
    """Return once the instance no longer answers, so that a script can start a new one."""
    from softphone.control.ipc import ControlNoAnswer, ControlUnavailable, send

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            send(profile.server_name, {"command": "status", "args": {}}, timeout_ms=1000)
        except (ControlUnavailable, ControlNoAnswer):
            return
        time.sleep(0.05)


def start_instance(profile: Profile) -> None:
    """Start the profile's instance in the background, detached from this terminal."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "softphone"]
    command += ["--profile", str(profile.root), "run"]
    subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True, env=os.environ.copy())


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
