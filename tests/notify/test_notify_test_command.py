"""``softphone notify-test``: the admin's check from the command line; exit status = delivered."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.notify.testmail import TEST_NOTE
from softphone.settings.store import Settings
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    RECIPIENTS,
    SECRET_NAME,
    SMTP_PASSWORD,
    MailServer,
    configure,
    free_port,
)


def notify_test(profile: Profile) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "softphone", "--profile", str(profile.root),
                           "notify-test"], capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_notify_test_sends_the_template_with_sample_values_and_exits_0(
        settings: Settings, profile: Profile, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    configure(settings, mail_server, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    done = notify_test(profile)
    assert done.returncode == 0, done.stderr
    assert f"accepted the test email for {', '.join(RECIPIENTS)}" in done.stdout
    [received] = mail_server.messages
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    # Long enough to be folded: the reader sees it unfolded (RFC 5322, 2.2.3).
    assert message["Subject"].lstrip().startswith("[TEST] EMERGENCY CALL PLACED: Sam Sample dialled 911")
    text = message.get_body(("plain",))
    assert text is not None and TEST_NOTE in text.get_content()


@pytest.mark.slow
def test_notify_test_says_why_it_failed_and_exits_1(
        settings: Settings, profile: Profile, ca_file: Path, test_keyring: FileKeyring) -> None:
    configure(settings, port=free_port(), ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    done = notify_test(profile)
    assert done.returncode == 1
    assert "The test email was not sent:" in done.stderr
    assert "refused the connection; is the mail server running" in done.stderr


@pytest.mark.slow
def test_notify_test_reports_a_missing_password(
        settings: Settings, profile: Profile, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    configure(settings, mail_server, ca_file=ca_file)
    done = notify_test(profile)
    assert done.returncode == 1
    assert "no password is stored for the mail server user agent-mailer" in done.stderr
    assert mail_server.messages == []


@pytest.mark.slow
def test_the_test_email_is_marked_as_a_test_in_the_contacts_language_and_the_outcome_in_the_agents(
        settings: Settings, profile: Profile, mail_server: MailServer, ca_file: Path,
        test_keyring: FileKeyring) -> None:
    configure(settings, mail_server, ca_file=ca_file)
    settings.set("notify.template.language", "fr_CA")
    settings.save()
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    done = subprocess.run([sys.executable, "-m", "softphone", "--profile", str(profile.root),
                           "notify-test"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "LANGUAGE": "", "LANG": "es_PR.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert f"aceptó el correo de prueba para {', '.join(RECIPIENTS)}" in done.stdout
    [received] = mail_server.messages
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"].lstrip().startswith("[ESSAI] APPEL D'URGENCE EFFECTUÉ")
    text = message.get_body(("plain",))
    assert text is not None and text.get_content().startswith(
        "Ceci est un ESSAI de l'avis d'appel d'urgence. Aucun appel d'urgence n'a été fait.")
