"""At least once: every emergency call's notification reaches the contacts, whatever stands in
the way: a mail server that accepts connections and never answers, a kill moments after the
calls, a profile disk with no space left."""

from __future__ import annotations

import email
import email.policy
import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from pytestqt.qtbot import QtBot

from softphone import app as app_module
from softphone.blocks import secrets
from softphone.blocks.post import run_now
from softphone.blocks.profile import Profile
from softphone.core.calls import CallState
from softphone.notify.notifier import NotifyState
from softphone.settings.store import Settings
from tests.helpers import wait_for_instance
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    SECRET_NAME,
    SMTP_PASSWORD,
    MailServer,
    StalledServer,
    configure,
    free_port,
)

CALLS = 3


def prepare(settings: Settings, port: int, ca_file: Path) -> None:
    settings.update({"outbound.caller_id": "+15551230000", "callback.pool": ["+15551230001"],
                     "carrier.simulated.answer_delay": 0.1,
                     "carrier.simulated.speak_greeting": False, "location.ip_fallback": False})
    configure(settings, port=port, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)


def softphone(profile: Profile, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "softphone", "--profile", str(profile.root), *arguments]


def message_ids(server: MailServer) -> set[str]:
    return {email.message_from_bytes(received.content, policy=email.policy.default)["Message-ID"]
            for received in server.messages}


@pytest.mark.slow
def test_every_call_during_a_stalled_mail_server_is_emailed_after_a_kill_and_a_restart(
        settings: Settings, profile: Profile, ca: trustme.CA, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    port = free_port()
    prepare(settings, port, ca_file)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    stalled = StalledServer(port)
    first = subprocess.Popen(softphone(profile, "run", "--hidden"), env=environment,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_instance(profile)  # else the first dial starts an instance of its own
        for _ in range(CALLS):
            for command in ("dial", "911"), ("hangup",):
                done = subprocess.run(softphone(profile, *command), env=environment,
                                      capture_output=True, text=True, timeout=60)
                assert done.returncode == 0, done.stderr
        # The instant the last call is placed and ended: the worker is still stuck on the first.
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
        stalled.close()

    server = MailServer(ca, port)
    server.start()
    second = subprocess.Popen(softphone(profile, "run", "--hidden"), env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        server.wait_for(CALLS, timeout=60)
    finally:
        subprocess.run(softphone(profile, "quit"), env=environment, capture_output=True,
                       timeout=60)
        second.wait(30)
        server.stop()
    assert len(message_ids(server)) == CALLS  # one email per call, none lost
    with sqlite3.connect(profile.root / "outbox.db") as outbox:
        assert outbox.execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,)


@pytest.fixture
def full_disk_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Profile]:
    """A profile on its own small file system (a tmpfs the test mounts, as root)."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.fail("this test mounts a tmpfs: run it as root (CI does)")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(disk)],
                   check=True)
    monkeypatch.setenv("SOFTPHONE_FLEET_SETTINGS", str(tmp_path / "fleet" / "settings.toml"))
    try:
        found = Profile.resolve(disk / "profile")
        found.ensure()
        yield found
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(folder: Path) -> None:
    """Write a file until the file system has no byte left."""
    with (folder / "filler").open("wb", buffering=0) as filler:
        for size in (1 << 20, 1 << 16, 1 << 12, 512, 1):
            try:
                while True:
                    filler.write(bytes(size))
            except OSError as error:
                assert error.errno == errno.ENOSPC
    statistics = os.statvfs(folder)
    assert statistics.f_bavail == 0


@pytest.mark.slow
def test_every_call_while_the_profile_disk_is_full_is_emailed_from_memory_and_the_agent_told(
        qtbot: QtBot, full_disk_profile: Profile, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    profile = full_disk_profile
    settings = Settings(profile.settings_file, profile.fleet_file)
    prepare(settings, mail_server.port, ca_file)
    application = app_module.Application(profile, configure_logging=False)
    application.start(show=False)
    shown: list[str] = []
    application.notifier.status_changed.connect(lambda status: shown.append(status.text))
    try:
        fill(profile.root)
        calls = 4
        for _ in range(calls):
            call = application.phone.dial("911")
            assert call.state is not CallState.FAILED
            application.phone.hangup(call.call_id)
        qtbot.waitUntil(lambda: len(mail_server.messages) >= calls, timeout=30_000)
        assert len(message_ids(mail_server)) == calls
        said = [text for text in shown if "could not be saved (the disk is full)" in text]
        assert said and "lost if the softphone stops before it goes" in said[0]
        qtbot.waitUntil(lambda: application.notifier.status.state is NotifyState.NOTIFIED,
                        timeout=10_000)
    finally:
        application.shutdown()


def test_a_notification_is_on_disk_when_notify_returns(
        settings: Settings, profile: Profile, ca_file: Path) -> None:
    """Written before anything can block it: no worker is even running here."""
    from softphone.notify.notifier import Notifier
    from softphone.notify.placeholders import sample_notice

    configure(settings, port=free_port(), ca_file=ca_file)
    notifier = Notifier(settings, profile.root / "outbox.db", post=run_now)
    notifier.notify(sample_notice())
    with sqlite3.connect(profile.root / "outbox.db") as outbox:
        assert outbox.execute("SELECT COUNT(*) FROM outbox").fetchone() == (1,)
    assert notifier.status.state is NotifyState.SENDING


