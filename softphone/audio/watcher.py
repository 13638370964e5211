"""Runs the device-watcher process and hands each new device list to the engine.

If the process cannot be started, or keeps dying, the engine is told once and falls back to
re-scanning in-process while no stream is open (device changes during a call are then noticed
only when a stream fails); the watcher retries with a growing pause.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence

from softphone.audio.devices import DeviceSnapshot

log = logging.getLogger("audio")


def default_command() -> list[str]:
    """How to start ``softphone.audio.scan`` from this interpreter."""
    return [sys.executable, "-m", "softphone.audio.scan"]


class DeviceWatcher:
    """Calls ``on_snapshot`` (on its reader thread) with every list the process reports, and
    ``on_failure`` with a sentence when the process cannot run."""

    MAX_PAUSE = 60.0

    def __init__(self, interval: float, on_snapshot: Callable[[DeviceSnapshot], None],
                 on_failure: Callable[[str], None], command: Sequence[str] | None = None) -> None:
        self.interval = interval
        self._on_snapshot = on_snapshot
        self._on_failure = on_failure
        self._command = list(command) if command is not None else default_command()
        self._stopping = threading.Event()
        self._process: subprocess.Popen[str] | None = None
        self._thread: threading.Thread | None = None
        self.running = False  # true while the process reports

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="audio-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        process = self._process
        if process is not None:
            if process.stdin:
                process.stdin.close()
            try:
                process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def _run(self) -> None:
        pause = 1.0
        while not self._stopping.is_set():
            reported = self._watch_once()
            self.running = False
            if self._stopping.is_set():
                return
            if reported:
                pause = 1.0
            self._on_failure(
                "Audio devices are not being watched (the device-watcher process stopped); "
                "device changes during a call are noticed only when a device fails."
            )
            self._stopping.wait(pause)
            pause = min(pause * 2, self.MAX_PAUSE)

    def _watch_once(self) -> bool:
        try:
            process = subprocess.Popen(
                [*self._command, str(self.interval)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )
        except OSError as error:
            log.warning("the device-watcher process could not start: %s", error)
            return False
        self._process = process
        reported = False
        assert process.stdout is not None
        for line in process.stdout:
            try:
                snapshot = DeviceSnapshot.from_json(json.loads(line))
            except (ValueError, KeyError, TypeError) as error:
                log.warning("the device watcher sent an unreadable line: %s", error)
                continue
            reported = self.running = True
            self._on_snapshot(snapshot)
        process.stdout.close()
        process.wait()
        if not self._stopping.is_set():
            log.warning("the device-watcher process ended with status %s", process.returncode)
        return reported
