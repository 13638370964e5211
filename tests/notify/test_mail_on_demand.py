"""The mail libraries load with the first email, not at start (issue 14: ``smtplib``, ``ssl``
and ``email`` were some 20 ms of imports before the softphone could dial), and an email is
never lost because they cannot load: it waits in the outbox, the agent is told why and what to
do, and it goes out once they load."""

from __future__ import annotations

import email
import email.policy
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.notify.notifier import Notifier, NotifyState
from softphone.settings.store import Settings
from tests.helpers import control, quit_instance, run_cli, wait_for_audio, wait_for_instance
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    RECIPIENTS,
    SECRET_NAME,
    SMTP_PASSWORD,
    MailServer,
    StatusRecorder,
    configure,
)
from tests.notify.test_delivery import notice

# (The keyring's library loads ssl and email itself: jaraco.context imports urllib.request. A
# softphone with no mail server password to look up loads neither: tests/ui/test_start_cost.py.)
SENDING = ("smtplib", "softphone.notify.smtp", "softphone.notify.message")


def imported(log: Path) -> set[str]:
    """The modules ``python -X importtime`` reported in ``log`` so far."""
    return {line.rsplit("|", 1)[1].strip() for line in log.read_text().splitlines()
            if line.startswith("import time:") and "|" in line}


def among(modules: set[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(name for name in modules
                  if any(name == root or name.startswith(root + ".") for root in roots))


def start(profile: Profile, log: Path, environment: dict[str, str]) -> subprocess.Popen[bytes]:
    with log.open("w") as stderr:
        return subprocess.Popen(
            [sys.executable, "-X", "importtime", "-m", "softphone", "--profile",
             str(profile.root), "run", "--hidden"], env=environment,
            stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)


@pytest.mark.slow
def test_a_ready_softphone_has_not_loaded_smtplib_and_its_first_email_still_arrives(
        profile: Profile, settings: Settings, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring, tmp_path: Path) -> None:
    configure(settings, mail_server, ca_file=ca_file)  # STARTTLS, AUTH, the company's CA
    settings.update({"outbound.caller_id": "+15551230000", "callback.pool": ["+15551230001"],
                     "carrier.simulated.speak_greeting": False,
                     "location.ip_fallback": False})  # its web client would load ssl itself
    settings.save()
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    log = tmp_path / "importtime.log"
    instance = start(profile, log, environment)
    try:
        wait_for_instance(profile)
        control(profile, "status")
        assert among(imported(log), SENDING) == []
        wait_for_audio(profile)  # else an import ending while it starts is not logged
        dialled = run_cli(profile, "dial", "911", environment=environment)
        assert dialled.returncode == 0, dialled.stderr
        [received] = mail_server.wait_for(1, timeout=60)
        assert set(received.rcpt_tos) == set(RECIPIENTS)
        message = email.message_from_bytes(received.content, policy=email.policy.default)
        assert message.defects == [] and "911" in message["Subject"]
        assert message["Message-ID"].endswith("@example.com>")
    finally:
        quit_instance(profile, instance, environment, hang_up=True)
    assert among(imported(log), SENDING) == sorted(SENDING)  # loaded for it, by the worker


def test_an_email_whose_mail_library_cannot_load_waits_in_the_outbox_says_why_and_goes_later(
        settings: Settings, mail_server: MailServer, ca_file: Path, test_keyring: FileKeyring,
        make_notifier: Callable[..., Notifier], profile: Profile,
        monkeypatch: pytest.MonkeyPatch) -> None:
    configure(settings, mail_server, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    statuses = StatusRecorder()
    with monkeypatch.context() as broken:
        broken.setitem(sys.modules, "softphone.notify.smtp", None)  # its import fails
        notifier = make_notifier()
        notifier.status_changed.connect(statuses)
        notifier.notify(notice())
        pending = statuses.wait_for(NotifyState.PENDING)
        assert "the mail library could not be loaded" in pending.text
        assert "reinstall the softphone" in pending.text
        assert outbox_rows(profile) == 1
        assert mail_server.messages == []
    # Repaired: the next try loads it and sends.
    notifier.retry_now()
    [received] = mail_server.wait_for(1)
    assert set(received.rcpt_tos) == set(RECIPIENTS)
    statuses.wait_for(NotifyState.NOTIFIED)  # reported once the outbox let it go
    assert outbox_rows(profile) == 0


def outbox_rows(profile: Profile) -> int:
    outbox = sqlite3.connect(profile.root / "outbox.db")
    try:
        return int(outbox.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
    finally:
        outbox.close()
