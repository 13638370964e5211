"""The fault test: the mail server is down when the call is placed, the softphone is killed while
retrying, the server comes up, a new process starts: the contacts get the email exactly once."""

from __future__ import annotations

import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest
import trustme

from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    SECRET_NAME,
    SMTP_PASSWORD,
    MailServer,
    configure,
    free_port,
)


class Lines:
    """Reads a child's stdout on a thread so the test can wait for a line with a timeout."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        with stream:
            for line in stream:
                self._lines.put(line.strip())
        self._lines.put("<eof>")

    def close(self) -> None:
        """After the child has exited: wait until its output is read and the pipe closed."""
        self._thread.join(10)

    def wait_for(self, wanted: str, timeout: float = 20.0) -> list[str]:
        seen: list[str] = []
        while wanted not in seen:
            try:
                seen.append(self._lines.get(timeout=timeout))
            except queue.Empty:
                raise AssertionError(f"no '{wanted}' within {timeout} s; saw {seen}") from None
            assert seen[-1] != "<eof>", f"the process ended without '{wanted}'; saw {seen}"
        return seen


def start(profile: Profile, *arguments: str) -> tuple[subprocess.Popen[str], Lines]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.notify.notifier_process", str(profile.root), *arguments],
        stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    return child, Lines(child.stdout)


def rows(outbox: Path) -> int:
    with sqlite3.connect(outbox) as db:
        return int(db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])


@pytest.mark.slow
def test_an_email_queued_while_the_server_is_down_arrives_once_after_a_kill_and_restart(
        settings: Settings, profile: Profile, ca: trustme.CA, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    port = free_port()
    configure(settings, port=port, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)

    first, first_lines = start(profile, "--notify")
    try:
        first_lines.wait_for("pending")  # stored, tried, failed: the server is down
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        first_lines.close()
    assert first.returncode == -signal.SIGKILL
    assert rows(profile.root / "outbox.db") == 1

    server = MailServer(ca, port)
    server.start()
    try:
        second, second_lines = start(profile)
        try:
            second_lines.wait_for("notified")
            assert second.wait(20) == 0
        finally:
            if second.poll() is None:
                second.kill()
                second.wait()
            second_lines.close()
        assert len(server.messages) == 1  # the second process has exited: nothing more can come
        assert rows(profile.root / "outbox.db") == 0
    finally:
        server.stop()
