"""Asks a throw-away process to start PortAudio and list the devices: ``python -m
softphone.audio.probe DEADLINE PARENT_PID``.

Why a process: a PortAudio start that never returns cannot be abandoned inside the process
that made it (see ``softphone.audio.portaudio``), and it would take every later start in that
process with it. So before the engine starts (or restarts) PortAudio in the softphone, this
process does it first, within the deadline; and because it runs beside the softphone's own
PortAudio, it also lists devices during a call without closing the call's streams.

It runs only when something happened (start-up, a device event from the sound system, a retry
while PortAudio does not answer), never on a timer while all is well. It never outlives the
softphone: on Linux the kernel kills it when the thread that started it ends (including by
SIGKILL): ``setpriv --pdeathsig`` asks for that before the interpreter even starts, and the
probe asks again itself where there is no ``setpriv``; it then checks that its parent is still
the one that started it (which covers a softphone killed in between), and it ends by itself
once the deadline has passed, answered or not.

Protocol: one JSON line on standard output, ``DeviceSnapshot.as_json()``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence

from softphone.audio.devices import DeviceSnapshot
from softphone.audio.portaudio import START_DEADLINE, PortAudio, hung_snapshot
from softphone.blocks.text import translate

log = logging.getLogger("audio")

PR_SET_PDEATHSIG = 1
STARTUP_ALLOWANCE = 20.0  # an interpreter start on a machine that is busy with something else


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent (thread) ends; leave now if it has."""
    if sys.platform.startswith("linux"):
        import ctypes  # here, in the probe process: the softphone itself does without

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it ended before the line above took effect
        os._exit(0)


def main(argv: list[str]) -> int:
    deadline = float(argv[0]) if argv else START_DEADLINE
    die_with_parent(int(argv[1]) if len(argv) > 1 else os.getppid())
    portaudio = PortAudio(start_deadline=deadline)
    snapshot = portaudio.load()
    sys.stdout.write(json.dumps(snapshot.as_json(), sort_keys=True) + "\n")
    sys.stdout.flush()
    os._exit(0)  # not sys.exit: a PortAudio thread that never returns must not keep us here


def default_command() -> list[str]:
    """How to start this module from this interpreter (the bundle's executable runs ``-m``),
    dying with its parent from the first instruction where util-linux's ``setpriv`` exists."""
    import shutil

    command = [sys.executable, "-m", "softphone.audio.probe"]
    setpriv = shutil.which("setpriv") if sys.platform.startswith("linux") else None
    return [setpriv, "--pdeathsig", "KILL", *command] if setpriv else command


class Probe:
    """Runs the probe process from the engine's worker thread; ``cancel`` from any thread.

    The default command is looked up (a search of ``PATH``) by the first run, on the worker
    thread, not when the engine is made at start."""

    def __init__(self, deadline: float = START_DEADLINE,
                 command: Sequence[str] | None = None) -> None:
        self.deadline = deadline
        self._command = list(command) if command is not None else None
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._cancelled = False

    def run(self) -> DeviceSnapshot:
        """The devices the probe listed; a snapshot with ``problem`` (and ``hung``) otherwise."""
        with self._lock:
            if self._cancelled:
                return DeviceSnapshot(problem=translate("Audio", "The softphone is closing."))
            if self._command is None:
                self._command = default_command()
            try:
                self._process = subprocess.Popen(
                    [*self._command, f"{self.deadline:g}", str(os.getpid())],
                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            except OSError as error:
                return DeviceSnapshot(problem=translate(
                    "Audio", "The audio devices cannot be listed: the helper process did not "
                             "start ({error}). Reinstall the softphone.").format(error=str(error)))
            process = self._process
        try:
            out, _ = process.communicate(timeout=self.deadline + STARTUP_ALLOWANCE)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return hung_snapshot(translate("Audio", "start"), self.deadline)
        finally:
            with self._lock:
                self._process = None
        try:
            return DeviceSnapshot.from_json(json.loads(out.splitlines()[-1]))
        except (ValueError, KeyError, TypeError, IndexError):
            if self._cancelled:
                return DeviceSnapshot(problem=translate("Audio", "The softphone is closing."))
            log.warning("the audio device probe ended with status %s and no device list",
                        process.returncode)
            return DeviceSnapshot(problem=translate(
                "Audio", "The audio devices cannot be listed: the helper process ended with status "
                         "{status}. Calls still go out, but without sound on this computer.")
                .format(status=process.returncode))

    def cancel(self) -> None:
        """End a probe under way at once, and start no more (the softphone is closing)."""
        with self._lock:
            self._cancelled = True
            if self._process is not None:
                self._process.kill()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
