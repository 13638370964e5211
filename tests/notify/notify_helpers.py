"""Helpers for the notifier's tests: a real SMTP server (aiosmtpd on loopback, STARTTLS or
implicit TLS, AUTH required, a trustme certificate), waiters, and settings for the server."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from softphone.notify.notifier import NotifyState, NotifyStatus, RetryPolicy
from softphone.settings.store import Settings

REPOSITORY = Path(__file__).parents[2]
SMTP_USER = "agent-mailer"
SMTP_PASSWORD = "Corr3ct-Horse-Battery"
RECIPIENTS = ("supervisor@example.com", "security-desk@example.org")
SENDER = "softphone@example.com"
SECRET_NAME = f"smtp:{SMTP_USER}@127.0.0.1"
FAST_RETRY = RetryPolicy(first_delay=0.05, max_delay=0.2)


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    at: float  # time.perf_counter() when the server accepted it


class MailServer:
    """aiosmtpd on loopback: STARTTLS required (or implicit TLS), AUTH required."""

    def __init__(self, ca: trustme.CA, port: int, implicit_tls: bool = False) -> None:
        self.port = port
        self.implicit_tls = implicit_tls
        self.messages: list[Received] = []
        self._arrived = threading.Condition()
        self._controller: Controller | None = None
        self._certificate = ca.issue_cert("127.0.0.1", "localhost")

    def start(self) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._certificate.configure_cert(context)
        # aiosmtpd counts only STARTTLS as TLS for AUTH; an implicit-TLS connection is TLS anyway.
        tls = {"ssl_context": context, "auth_require_tls": False} if self.implicit_tls else {
            "tls_context": context, "require_starttls": True, "auth_require_tls": True}
        self._controller = Controller(
            self, hostname="127.0.0.1", port=self.port, authenticator=self._authenticate,
            auth_required=True, **tls)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def _authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                      auth_data: object) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == SMTP_USER.encode()
              and auth_data.password == SMTP_PASSWORD.encode())
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes) and envelope.mail_from is not None
        with self._arrived:
            self.messages.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos),
                                          envelope.content, time.perf_counter()))
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        with self._arrived:
            assert self._arrived.wait_for(lambda: len(self.messages) >= count, timeout), (
                f"{len(self.messages)} of {count} messages arrived within {timeout} s")
            return list(self.messages)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def configure(settings: Settings, server: MailServer | None = None, port: int | None = None,
              ca_file: Path | None = None, **extra: object) -> None:
    """Point ``settings`` at the test server (or ``port`` where none listens yet) and save."""
    values: dict[str, object] = {
        "agent.name": "Dana Agent",
        "agent.user_id": "dagent",
        "agent.workstation": "FLOOR2-17",
        "notify.recipients": "; ".join(RECIPIENTS),
        "notify.smtp.host": "127.0.0.1",
        "notify.smtp.port": server.port if server else port,
        "notify.smtp.security": "tls" if server and server.implicit_tls else "starttls",
        "notify.smtp.user": SMTP_USER,
        "notify.smtp.sender": SENDER,
        "notify.smtp.ca_file": str(ca_file) if ca_file else "",
    }
    values.update(extra)
    settings.update(values)
    settings.save()


class StatusRecorder:
    """Collects the notifier's statuses (posted from its worker in these Qt-free tests)."""

    def __init__(self) -> None:
        self.seen: list[NotifyStatus] = []
        self._changed = threading.Condition()

    def __call__(self, status: NotifyStatus) -> None:
        with self._changed:
            self.seen.append(status)
            self._changed.notify_all()

    def wait_for(self, state: NotifyState, timeout: float = 10.0) -> NotifyStatus:
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(status.state is state for status in self.seen), timeout)
            assert found, f"no {state} status within {timeout} s; saw {self.seen}"
            return next(status for status in self.seen if status.state is state)


class Signalled:
    """Connect to an event; ``wait_until`` re-checks a condition each time it fires."""

    def __init__(self) -> None:
        self._fired = threading.Condition()

    def __call__(self, *args: object) -> None:
        with self._fired:
            self._fired.notify_all()

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        with self._fired:
            assert self._fired.wait_for(condition, timeout), "the condition never became true"


class StalledServer:
    """Takes TCP connections on ``port`` and never says a word: the SMTP client waits for the
    greeting until its timeout (20 s) while calls keep coming."""

    def __init__(self, port: int) -> None:
        self._listener = socket.create_server(("127.0.0.1", port))
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._held.append(connection)

    def close(self) -> None:
        self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() waiting in the thread
        self._listener.close()
        for connection in self._held:
            connection.close()
        self._thread.join(5)
