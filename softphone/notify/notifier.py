"""The emergency notifier: ``notify`` queues at once, a worker thread delivers with retries.

The core calls ``notify`` right after the emergency call was handed to the carrier. It only puts
the notice and a settings snapshot on an in-memory queue and returns; the worker renders the
message, writes it to the outbox, and sends it, retrying with backoff for ``give_up_after``
seconds (24 h) and resuming after a restart from the outbox.

Events, emitted only through the ``post`` given to the constructor (the rule in ``blocks.post``):

* ``status_changed(NotifyStatus)``: what the emergency view shows.
* ``checks_changed()``: the readiness checks may read differently (password found or missing).
"""

from __future__ import annotations

import enum
import functools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from softphone.blocks import secrets
from softphone.blocks.events import Event
from softphone.blocks.post import Post
from softphone.blocks.readiness import Check
from softphone.blocks.template_syntax import TemplateError
from softphone.core.notification import EmergencyNotice
from softphone.notify import smtp
from softphone.notify.config import NotifyConfig
from softphone.notify.errors import NotifierError
from softphone.notify.message import build, new_message_id
from softphone.notify.outbox import Outbox, Pending
from softphone.notify.placeholders import values_for
from softphone.notify.template import RenderedMessage, default_template

if TYPE_CHECKING:
    from softphone.settings.store import Settings

log = logging.getLogger("notify")

SecretLookup = Callable[[str], "str | None"]
Sender = Callable[..., smtp.Delivery]


class NotifyState(enum.Enum):
    IDLE = "idle"  # nothing to report: no notification since start
    NOT_CONFIGURED = "not configured"
    SENDING = "sending"
    PENDING = "pending"  # a try failed; retrying
    NOTIFIED = "notified"
    FAILED = "failed"  # gave up after ``give_up_after``


@dataclass(frozen=True)
class NotifyStatus:
    state: NotifyState
    text: str  # one line for the emergency view

    @property
    def ok(self) -> bool:
        return self.state in (NotifyState.IDLE, NotifyState.SENDING, NotifyState.NOTIFIED)


IDLE = NotifyStatus(NotifyState.IDLE, "")
NOT_CONFIGURED = NotifyStatus(NotifyState.NOT_CONFIGURED, "No emergency contacts configured")
SENDING = NotifyStatus(NotifyState.SENDING, "Notifying emergency contacts…")
NOTIFIED = NotifyStatus(NotifyState.NOTIFIED, "Contacts notified")


def pending(reason: str) -> NotifyStatus:
    return NotifyStatus(NotifyState.PENDING, f"Notification pending (retrying): {reason}")


@dataclass(frozen=True)
class RetryPolicy:
    first_delay: float = 5.0
    max_delay: float = 300.0
    give_up_after: float = 24 * 3600.0

    def delay(self, attempts: int) -> float:
        """Seconds to wait after the ``attempts``-th failed try: 5, 10, 20 … capped at 5 min."""
        return float(min(self.first_delay * 2 ** max(attempts - 1, 0), self.max_delay))


@dataclass(frozen=True)
class _Job:
    notice: EmergencyNotice
    config: NotifyConfig


class Notifier:
    """Implements ``core.ports.EmergencyNotifier``; see the module docstring for its events."""

    def __init__(self, settings: Settings, outbox_path: Path | None, post: Post,
                 secret: SecretLookup = secrets.get_secret,
                 keyring_problem: Callable[[], str | None] = secrets.backend_problem,
                 send: Sender = smtp.send, clock: Callable[[], float] = time.time,
                 retry: RetryPolicy | None = None) -> None:
        self.status_changed: Event[[NotifyStatus]] = Event()
        self.checks_changed: Event[[]] = Event()
        self._settings = settings
        self._outbox_path = outbox_path
        self._post = post
        self._secret = secret
        self._keyring_problem = keyring_problem
        self._send = send
        self._clock = clock
        self._retry = retry or RetryPolicy()
        self._config = NotifyConfig.from_values(settings.get)
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._retry_now = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = IDLE  # the core thread's copy
        self._reported = IDLE  # the worker's copy: what it last posted
        self._password_problem: str | None = None  # for the config last checked by the worker
        self._outbox_problem: str | None = None
        settings.changed.connect(self._setting_changed)

    # --- the core's thread -------------------------------------------------------------------

    def notify(self, notice: EmergencyNotice) -> None:
        """Queue the notification and return at once; never raises into the emergency flow."""
        try:
            config = self._config
            if not config.recipients:
                self._post(lambda: self._set_status(NOT_CONFIGURED))
                return
            self._jobs.put(_Job(notice, config))
            self._wake.set()
        except Exception:  # the call must go on whatever happens here
            log.exception("could not queue the emergency notification")

    @property
    def status(self) -> NotifyStatus:
        return self._status

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="notifier", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the worker; what is not sent stays in the outbox for the next start."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the notifier is still talking to the mail server; leaving it")
        self._settings.changed.disconnect(self._setting_changed)

    def retry_now(self) -> None:
        """Try every queued notification at once (the admin fixed the settings or the password)."""
        self._retry_now.set()
        self._wake.set()

    def readiness_checks(self) -> list[Check]:
        """From memory: the settings snapshot and what the worker last found in the keyring."""
        config = self._config
        missing = []
        if not config.recipients:
            missing.append("No emergency contacts configured: set the Emergency Call "
                           "Notification recipients")
        problem = config.smtp.problem()
        if problem:
            missing.append(problem[0].upper() + problem[1:])
        if self._password_problem:
            missing.append(self._password_problem[0].upper() + self._password_problem[1:])
        if self._outbox_problem:
            missing.append(self._outbox_problem)
        if missing:
            detail = "; ".join(missing)
        else:
            count = len(config.recipients)
            detail = (f"{count} recipient{'s' if count != 1 else ''} via "
                      f"{config.smtp.host}:{config.smtp.effective_port}")
        return [Check(
            key="notify.settings",
            title="Emergency contacts' mailbox settings complete",
            passed=not missing,
            detail=detail,
            fix="" if not missing else ("An admin completes Settings › Admin › Emergency call "
                                        "notification; emergency calls go out regardless."),
        )]

    def _setting_changed(self, key: str) -> None:
        if key.startswith("notify."):
            self._config = NotifyConfig.from_values(self._settings.get)
            self.checks_changed.emit()
            self.retry_now()

    def _set_status(self, status: NotifyStatus) -> None:
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def _set_problems(self, password: str | None, outbox: str | None) -> None:
        if (password, outbox) != (self._password_problem, self._outbox_problem):
            self._password_problem, self._outbox_problem = password, outbox
            self.checks_changed.emit()

    def _report(self, status: NotifyStatus) -> None:
        self._reported = status
        self._post(lambda: self._set_status(status))

    # --- the worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        outbox = Outbox(self._outbox_path)
        checked: NotifyConfig | None = None
        first = True
        try:
            while not self._stopping.is_set():
                try:
                    if first:
                        self._resume(outbox)
                        first = False
                    if checked is not self._config or self._retry_now.is_set():
                        checked = self._config
                        self._post(functools.partial(
                            self._set_problems, self._check_password(checked), outbox.problem))
                    self._work(outbox)
                    wait = self._seconds_to_next(outbox)
                except Exception:  # keep the worker alive: notifications must go out eventually
                    log.exception("the notifier failed unexpectedly; it will try again")
                    self._report(pending("internal error, see the log"))
                    wait = self._retry.first_delay
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            outbox.close()

    def _resume(self, outbox: Outbox) -> None:
        """What the last run left: report it, and say when a send was cut short."""
        if any(row.in_flight_since is not None for row in outbox.pending()):
            log.warning("a notification was being sent when the softphone stopped; sending it "
                        "again with the same Message-ID")
        self._report_outbox(outbox)

    def _work(self, outbox: Outbox) -> None:
        self._store_new(outbox)
        if self._retry_now.is_set():
            self._retry_now.clear()
            outbox.due_now()
        for row in outbox.pending():
            if self._stopping.is_set():
                return
            if row.next_attempt_at <= self._clock():
                self._attempt(outbox, row)
                self._store_new(outbox)

    def _seconds_to_next(self, outbox: Outbox) -> float | None:
        rows = outbox.pending()
        if not rows:
            return None
        return max(0.0, min(row.next_attempt_at for row in rows) - self._clock())

    def _store_new(self, outbox: Outbox) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            rendered = _render(job)
            outbox.add(new_message_id(job.config.smtp.sender), job.notice.occurred_at,
                       job.config.recipients, rendered)
            self._report(SENDING)

    def _attempt(self, outbox: Outbox, row: Pending) -> None:
        config = self._config
        now = self._clock()
        try:
            password = self._password(config)
            message = build(row.rendered, config.smtp.sender, row.recipients, row.message_id,
                            row.created_at)
            delivery = self._send(config.smtp, password, message, row.recipients,
                                  before_data=lambda: outbox.mark_in_flight(row.id, self._clock()))
        except NotifierError as error:
            self._failed(outbox, row, now, str(error))
            return
        if delivery.refused:
            reason = "; ".join(f"{who} refused ({why})" for who, why in delivery.refused.items())
            log.warning("the mail server refused %d of %d recipients", len(delivery.refused),
                        len(row.recipients))
            if self._expired(row, now):
                self._give_up(outbox, row, reason)
                return
            outbox.narrow(row.id, tuple(delivery.refused), reason,
                          now + self._retry.delay(row.attempts + 1))
            self._report(pending(reason))
            return
        outbox.remove(row.id)
        log.info("emergency notification delivered after %d failed tries", row.attempts)
        self._report_outbox(outbox)

    def _failed(self, outbox: Outbox, row: Pending, now: float, reason: str) -> None:
        if self._expired(row, now):
            self._give_up(outbox, row, reason)
            return
        delay = self._retry.delay(row.attempts + 1)
        outbox.failed(row.id, reason, now + delay)
        log.warning("emergency notification not delivered (try %d), next in %.0f s: %s",
                    row.attempts + 1, delay, reason)
        self._report(pending(reason))

    def _expired(self, row: Pending, now: float) -> bool:
        return now - row.created_at >= self._retry.give_up_after

    def _give_up(self, outbox: Outbox, row: Pending, reason: str) -> None:
        outbox.remove(row.id)
        hours = self._retry.give_up_after / 3600
        log.error("gave up on an emergency notification after %.0f h: %s", hours, reason)
        self._report(NotifyStatus(
            NotifyState.FAILED,
            f"Notification NOT delivered after {hours:.0f} h ({reason}); "
            "tell your contacts yourself"))

    def _report_outbox(self, outbox: Outbox) -> None:
        rows = outbox.pending()
        if not rows:
            if self._reported.state in (NotifyState.SENDING, NotifyState.PENDING):
                self._report(NOTIFIED)
            return
        failing = [row for row in rows if row.last_error]
        self._report(pending(failing[-1].last_error) if failing else SENDING)

    def _password(self, config: NotifyConfig) -> str | None:
        if not config.smtp.user:
            return None
        try:
            return self._secret(config.smtp.secret_name)
        except secrets.SecretStoreError as error:
            raise NotifierError(str(error)) from error

    def _check_password(self, config: NotifyConfig) -> str | None:
        """Look the password up once per settings snapshot, for the readiness check."""
        problem: str | None = None
        if config.smtp.user:
            problem = self._keyring_problem()
            if problem is None:
                try:
                    if not self._secret(config.smtp.secret_name):
                        problem = (f"no password is stored for the mail server user "
                                   f"{config.smtp.user}; enter it in the admin settings")
                except secrets.SecretStoreError as error:
                    problem = str(error)
        return problem


def _render(job: _Job) -> RenderedMessage:
    """The admin's template; the shipped one if it cannot render, so the email still goes."""
    values = values_for(job.notice)
    try:
        return job.config.template.render(values)
    except TemplateError as error:
        log.error("the notification template cannot be used (%s); sending the default one", error)
        return default_template().render(values)
