"""Delivery over real SMTP: aiosmtpd on loopback with STARTTLS (or TLS) and AUTH, a trustme CA."""

from __future__ import annotations

import email
import email.policy
import gc
import queue
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
import trustme

from softphone.blocks import secrets
from softphone.blocks.profile import Profile
from softphone.core.location import CivicAddress, Location
from softphone.core.notification import EmergencyNotice
from softphone.notify import smtp
from softphone.notify.notifier import Notifier, NotifyState, RetryPolicy
from softphone.notify.outbox import Outbox
from softphone.notify.placeholders import values_for
from softphone.notify.template import RenderedMessage
from softphone.settings.store import Settings
from tests.keyring_backend import FileKeyring
from tests.notify.notify_helpers import (
    RECIPIENTS,
    SECRET_NAME,
    SENDER,
    SMTP_PASSWORD,
    MailServer,
    Signalled,
    StatusRecorder,
    configure,
    free_port,
)

MakeNotifier = Callable[..., Notifier]


def notice() -> EmergencyNotice:
    now = time.time()
    return EmergencyNotice(
        occurred_at=now, agent_name="Dana <Agent> & Co", user_id="dagent", workstation="FLOOR2-17",
        number_dialled="911", callback_number="+15551230001", callback_expires_at=now + 3600,
        location=Location(source="civic", obtained_at=now - 60, latitude=41.87811,
                          longitude=-87.62980, accuracy_m=12.0, country="US",
                          civic=CivicAddress(street="W Jackson Blvd", house_number="233",
                                             floor_room="Suite 4", city="Chicago", region="IL",
                                             postcode="60604", country="US")),
        country_supported=True)


@pytest.fixture
def ready(settings: Settings, mail_server: MailServer, ca_file: Path,
          test_keyring: FileKeyring) -> Settings:
    configure(settings, mail_server, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    return settings


def parts(message: email.message.Message) -> dict[str, str]:
    assert isinstance(message, EmailMessage)
    found = {}
    for part in message.walk():
        if not part.is_multipart():
            assert isinstance(part, EmailMessage)
            found[part.get_content_type()] = part.get_content()
    return found


def test_the_delivered_message_has_recipients_subject_both_parts_and_every_value(
        ready: Settings, mail_server: MailServer, make_notifier: MakeNotifier) -> None:
    statuses = StatusRecorder()
    notifier = make_notifier()
    notifier.status_changed.connect(statuses)
    sent = notice()
    notifier.notify(sent)
    [received] = mail_server.wait_for(1)
    assert received.mail_from == SENDER
    assert set(received.rcpt_tos) == set(RECIPIENTS)
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    assert message.defects == []
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "EMERGENCY CALL PLACED: Dana <Agent> & Co dialled 911 at FLOOR2-17"
    assert message["From"] == SENDER
    assert {address.strip() for address in message["To"].split(",")} == set(RECIPIENTS)
    assert message["Message-ID"].endswith("@example.com>") and message["Date"]
    bodies = parts(message)
    assert set(bodies) == {"text/plain", "text/html"}
    for name, value in values_for(sent).items():
        assert value in bodies["text/plain"], name
        assert value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in (
            bodies["text/html"]), name
    for body in bodies.values():
        assert "{{" not in body and "}}" not in body
    assert statuses.wait_for(NotifyState.NOTIFIED).text == "Contacts notified"


def test_the_outbox_keeps_nothing_once_sent(ready: Settings, mail_server: MailServer,
                                            make_notifier: MakeNotifier, profile: Profile) -> None:
    statuses = StatusRecorder()
    notifier = make_notifier()
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    statuses.wait_for(NotifyState.NOTIFIED)
    notifier.stop()
    outbox = profile.root / "outbox.db"
    assert sqlite3.connect(outbox).execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,)
    for file in profile.root.iterdir():
        assert b"Chicago" not in file.read_bytes() and b"+15551230001" not in file.read_bytes()
    assert outbox.stat().st_mode & 0o077 == 0


# aiosmtpd warns because it cannot see that an implicit-TLS connection is encrypted.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_implicit_tls_delivers_too(settings: Settings, ca_file: Path, test_keyring: FileKeyring,
                                   make_notifier: MakeNotifier, ca: trustme.CA) -> None:
    server = MailServer(ca, free_port(), implicit_tls=True)
    server.start()
    try:
        configure(settings, server, ca_file=ca_file)
        secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
        make_notifier().notify(notice())
        assert len(server.wait_for(1)) == 1
    finally:
        server.stop()
        # aiosmtpd's implicit-TLS server leaves its side of a connection for the collector.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


def test_nothing_is_queued_without_recipients(settings: Settings, make_notifier: MakeNotifier,
                                              profile: Profile) -> None:
    statuses = StatusRecorder()
    notifier = make_notifier()
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    assert statuses.wait_for(NotifyState.NOT_CONFIGURED).text == "No emergency contacts configured"
    [check] = notifier.readiness_checks()
    assert not check.passed and "No emergency contacts configured" in check.detail


def test_a_wrong_password_is_reported_in_words_and_the_fix_delivers_once(
        ready: Settings, mail_server: MailServer, make_notifier: MakeNotifier) -> None:
    secrets.set_secret(SECRET_NAME, "wrong")
    statuses = StatusRecorder()
    notifier = make_notifier(retry=RetryPolicy(first_delay=60))
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    pending = statuses.wait_for(NotifyState.PENDING)
    assert pending.text.startswith("Notification pending (retrying): the mail server refused the "
                                   "user name or password (535")
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    notifier.retry_now()
    statuses.wait_for(NotifyState.NOTIFIED)
    assert len(mail_server.messages) == 1


def test_an_untrusted_certificate_is_refused_with_a_fix(
        ready: Settings, mail_server: MailServer, make_notifier: MakeNotifier) -> None:
    ready.update({"notify.smtp.ca_file": ""})  # the system's CAs do not know the test CA
    statuses = StatusRecorder()
    notifier = make_notifier(retry=RetryPolicy(first_delay=60))
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    text = statuses.wait_for(NotifyState.PENDING).text
    assert "certificate of the mail server 127.0.0.1:" in text and "is not trusted" in text
    assert "Extra CA certificates file" in text
    assert mail_server.messages == []


def test_a_server_that_is_down_when_queued_gets_the_message_once_it_is_up(
        settings: Settings, ca: trustme.CA, ca_file: Path, test_keyring: FileKeyring,
        make_notifier: MakeNotifier) -> None:
    port = free_port()
    configure(settings, port=port, ca_file=ca_file)
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    statuses = StatusRecorder()
    notifier = make_notifier()
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    assert "refused the connection" in statuses.wait_for(NotifyState.PENDING).text
    server = MailServer(ca, port)
    server.start()
    try:
        statuses.wait_for(NotifyState.NOTIFIED)
        notifier.stop()  # nothing left to send: no second copy can follow
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_a_message_caught_mid_send_by_a_crash_is_sent_again_with_the_same_message_id(
        ready: Settings, mail_server: MailServer, make_notifier: MakeNotifier,
        profile: Profile) -> None:
    outbox = Outbox(profile.root / "outbox.db")
    row = outbox.add("<crash-1@example.com>", time.time(), RECIPIENTS,
                     RenderedMessage("EMERGENCY", "<p>x</p>", "x"))
    outbox.mark_in_flight(row, time.time())
    outbox.close()
    make_notifier()
    [received] = mail_server.wait_for(1)
    parsed = email.message_from_bytes(received.content, policy=email.policy.default)
    assert parsed["Message-ID"] == "<crash-1@example.com>"


def test_retries_stop_after_the_give_up_time_and_the_agent_is_told(
        ready: Settings, make_notifier: MakeNotifier, profile: Profile) -> None:
    ready.update({"notify.smtp.port": free_port()})  # nothing listens there
    statuses = StatusRecorder()
    notifier = make_notifier(retry=RetryPolicy(first_delay=0.05, max_delay=0.05,
                                               give_up_after=0.3))
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    failed = statuses.wait_for(NotifyState.FAILED)
    assert failed.text.startswith("Notification NOT delivered after 0 h")
    assert "tell your contacts yourself" in failed.text
    notifier.stop()
    assert sqlite3.connect(profile.root / "outbox.db").execute(
        "SELECT COUNT(*) FROM outbox").fetchone() == (0,)


def test_retry_delays_grow_to_five_minutes_and_last_at_least_a_day() -> None:
    policy = RetryPolicy()
    assert [policy.delay(n) for n in (1, 2, 3, 4)] == [5, 10, 20, 40]
    assert policy.delay(30) == 300
    assert policy.give_up_after >= 24 * 3600


def test_readiness_names_what_is_missing_and_passes_when_complete(
        settings: Settings, test_keyring: FileKeyring, make_notifier: MakeNotifier,
        mail_server: MailServer, ca_file: Path) -> None:
    notifier = make_notifier()
    changed = Signalled()
    notifier.checks_changed.connect(changed)
    settings.update({"notify.recipients": "boss@example.com", "notify.smtp.user": "mailer"})
    [check] = notifier.readiness_checks()
    assert not check.passed
    assert "lack the mail server (SMTP host) and the sender address" in check.detail
    assert "Settings › Emergency › Contacts and template" in check.fix
    configure(settings, mail_server, ca_file=ca_file)
    changed.wait_until(lambda: "No password is stored for the mail server user agent-mailer" in (
        notifier.readiness_checks()[0].detail))
    secrets.set_secret(SECRET_NAME, SMTP_PASSWORD)
    notifier.retry_now()
    changed.wait_until(lambda: notifier.readiness_checks()[0].passed)
    assert notifier.readiness_checks()[0].detail == (
        f"2 recipients via 127.0.0.1:{mail_server.port}")


def test_the_agent_is_told_when_no_secure_keyring_exists() -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        problem = secrets.backend_problem()
    finally:
        keyring.set_keyring(previous)
    assert problem is not None and "No secure keyring is available" in problem


def test_an_unexpected_error_in_the_worker_is_reported_and_the_email_still_goes(
        ready: Settings, mail_server: MailServer, make_notifier: MakeNotifier) -> None:
    calls = []

    def flaky(*args: object, **kwargs: object) -> smtp.Delivery:
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("a bug")
        return smtp.send(*args, **kwargs)  # type: ignore[arg-type]

    statuses = StatusRecorder()
    notifier = make_notifier(send=flaky)
    notifier.status_changed.connect(statuses)
    notifier.notify(notice())
    assert statuses.wait_for(NotifyState.PENDING).text == (
        "Notification pending (retrying): internal error, see the log")
    statuses.wait_for(NotifyState.NOTIFIED)
    assert len(mail_server.messages) == 1


def test_the_notifier_emits_its_events_only_through_the_post_it_was_given(
        ready: Settings, mail_server: MailServer, make_notifier: MakeNotifier) -> None:
    """The rule in ``blocks.post``: the worker never calls an observer itself; every event
    runs where the posted functions are run (here: this thread, when the test runs them)."""
    posted: queue.Queue[Callable[[], None]] = queue.Queue()
    observed: list[tuple[str, threading.Thread]] = []
    notifier = make_notifier(post=posted.put)
    notifier.status_changed.connect(
        lambda status: observed.append((status.state.value, threading.current_thread())))
    notifier.checks_changed.connect(
        lambda: observed.append(("checks", threading.current_thread())))
    notifier.notify(notice())
    mail_server.wait_for(1)
    assert observed == []  # delivered, and no observer ran on the worker
    while (NotifyState.NOTIFIED.value, threading.current_thread()) not in observed:
        posted.get(timeout=10)()
    assert {thread for _event, thread in observed} == {threading.current_thread()}
