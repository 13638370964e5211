"""The emergency notifier: ``notify`` writes the email down at once, a worker thread delivers it.

The core calls ``notify`` right after the emergency call was handed to the carrier. It renders
the message and writes it to the outbox on disk before it returns, so that nothing can stand
between the call and a stored notification: not a mail server that stalls the worker, not a
kill a moment later. The worker sends what the outbox holds, retrying with backoff for
``give_up_after`` seconds (24 h) and resuming after a restart; a notification past that time is
erased at the next start. At least once: a send cut short by a crash is repeated with the same
Message-ID.

When the outbox cannot take it (a full disk), the notification is kept in memory and sent at
once, before anything stored, and the agent is told it is lost if the softphone stops first;
it is written to disk as soon as the disk takes it again.

The mail libraries (``smtplib``, ``ssl``, ``email``: some 20 ms of imports) are loaded
by the worker with the first message it sends, not at start. A library that cannot be loaded
fails that try like a server that does not answer: the message stays in the outbox, the agent
is told why, and it is tried again.

Nothing here logs a notification (a log line would say that and when an emergency call
happened): its status is shown to the agent and in ``softphone status --json``.

Events, emitted only through the ``post`` given to the constructor (the rule in ``blocks.post``):

* ``status_changed(NotifyStatus)``: what the emergency view shows.
* ``checks_changed()``: the readiness checks may read differently (password found or missing).
"""

from __future__ import annotations

import enum
import functools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from softphone.blocks import secrets
from softphone.blocks.events import Event
from softphone.blocks.post import Post
from softphone.blocks.readiness import Check
from softphone.blocks.template_syntax import TemplateError
from softphone.blocks.text import joined, translate
from softphone.core.notification import EmergencyNotice
from softphone.notify.config import NotifyConfig
from softphone.notify.errors import NotifierError
from softphone.notify.message_id import new_message_id
from softphone.notify.outbox import Outbox, Pending
from softphone.notify.placeholders import values_for
from softphone.notify.template import RenderedMessage, default_template

if TYPE_CHECKING:
    from email.message import EmailMessage

    from softphone.notify import smtp
    from softphone.settings.store import Settings

log = logging.getLogger("notify")

SecretLookup = Callable[[str], "str | None"]
Sender = Callable[..., "smtp.Delivery"]
Builder = Callable[[RenderedMessage, str, Sequence[str], str, float], "EmailMessage"]


class NotifyState(enum.Enum):
    IDLE = "idle"  # nothing to report: no notification since start
    NOT_CONFIGURED = "not configured"
    SENDING = "sending"
    PENDING = "pending"  # a try failed; retrying
    NOTIFIED = "notified"
    FAILED = "failed"  # gave up after ``give_up_after``
    UNSAVED = "unsaved"  # the outbox could not take it: sending from memory


@dataclass(frozen=True)
class NotifyStatus:
    """The notification's state and the line the emergency view shows for it."""

    state: NotifyState
    text: str  # one line for the emergency view

    @property
    def ok(self) -> bool:
        return self.state in (NotifyState.IDLE, NotifyState.SENDING, NotifyState.NOTIFIED)


IDLE = NotifyStatus(NotifyState.IDLE, "")
# Made at import, in English; the emergency view says them in the agent's language (localized).
NOT_CONFIGURED = NotifyStatus(NotifyState.NOT_CONFIGURED,
                              translate("Notifier", "No emergency contacts configured"))
SENDING = NotifyStatus(NotifyState.SENDING, translate("Notifier", "Notifying emergency contacts…"))
NOTIFIED = NotifyStatus(NotifyState.NOTIFIED, translate("Notifier", "Contacts notified"))


def pending(reason: str) -> NotifyStatus:
    return NotifyStatus(NotifyState.PENDING, translate(
        "Notifier", "Notification pending (retrying): {reason}").format(reason=reason))


def unsaved(reason: str) -> NotifyStatus:
    return NotifyStatus(NotifyState.UNSAVED, translate(
        "Notifier", "Notification could not be saved ({reason}): it is being sent from memory now "
             "and is lost if the softphone stops before it goes. Free space in the profile "
             "folder.").format(reason=reason))


@dataclass(frozen=True)
class RetryPolicy:
    """How often a failed email is tried again, and for how long."""

    first_delay: float = 5.0
    max_delay: float = 300.0
    give_up_after: float = 24 * 3600.0

    def delay(self, attempts: int) -> float:
        """Seconds to wait after the ``attempts``-th failed try: 5, 10, 20 … capped at 5 min."""
        return float(min(self.first_delay * 2 ** max(attempts - 1, 0), self.max_delay))


class Notifier:
    """Implements ``core.ports.EmergencyNotifier``; see the module docstring for its events."""

    def __init__(self, settings: Settings, outbox_path: Path | None, post: Post,
                 secret: SecretLookup = secrets.get_secret,
                 keyring_problem: Callable[[], str | None] = secrets.backend_problem,
                 send: Sender | None = None, clock: Callable[[], float] = time.time,
                 retry: RetryPolicy | None = None) -> None:
        self.status_changed: Event[[NotifyStatus]] = Event()
        self.checks_changed: Event[[]] = Event()
        self._settings = settings
        self._outbox_path = outbox_path
        self._post = post
        self._secret = secret
        self._keyring_problem = keyring_problem
        self._send = send  # None: ``smtp.send``, loaded by the worker with the first message
        self._clock = clock
        self._retry = retry or RetryPolicy()
        self._config = NotifyConfig.from_values(settings.get)
        self._opening = threading.Lock()
        self._disk: Outbox | None = None  # opened on first use, by whichever thread comes first
        self._memory = Outbox(None)  # what the disk would not take
        self._reporting = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._retry_now = threading.Event()
        self._recheck = threading.Event()  # look the password up again (apart: no lost wake-up)
        self._thread: threading.Thread | None = None
        self._status = IDLE  # the core thread's copy
        self._reported = IDLE  # the worker's copy: what it last posted
        self._password_problem: str | None = None  # for the config last checked by the worker
        self._outbox_problem: str | None = None
        settings.changed.connect(self._setting_changed)

    # --- the core's thread -------------------------------------------------------------------

    def notify(self, notice: EmergencyNotice) -> None:
        """Write the notification to the outbox (or, failing that, to memory, saying so) and
        wake the worker; never waits on the network, never raises into the emergency flow."""
        try:
            config = self._config
            if not config.recipients:
                self._post(lambda: self._set_status(NOT_CONFIGURED))
                return
            rendered = _render(notice, config)
            message_id = new_message_id(config.smtp.sender)
            try:
                outbox = self._outbox()
                outbox.add(message_id, notice.occurred_at, config.recipients, rendered)
                problem = None if outbox.on_disk else (outbox.problem
                                                        or translate("Notifier", "no outbox file"))
            except (sqlite3.Error, OSError) as error:
                self._memory.add(message_id, notice.occurred_at, config.recipients, rendered)
                problem = _why(error)
            self._report(SENDING if problem is None else unsaved(problem))
            self._wake.set()
        except Exception:  # the call must go on whatever happens here
            log.exception("the notifier failed")

    @property
    def status(self) -> NotifyStatus:
        return self._status

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="notifier", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the worker; what is not sent stays in the outbox for the next start (and what
        only memory held is written there now, if the disk takes it)."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the notifier is still talking to the mail server; leaving it")
        self._settings.changed.disconnect(self._setting_changed)
        if self._disk is not None:
            self._save_unsaved(self._disk)
            if self._thread is None or not self._thread.is_alive():
                self._disk.close()

    def _outbox(self) -> Outbox:
        with self._opening:
            if self._disk is None:
                self._disk = Outbox(self._outbox_path)
            return self._disk

    def retry_now(self) -> None:
        """Try every queued notification at once (the admin fixed the settings or the password)."""
        self._retry_now.set()
        self._recheck.set()
        self._wake.set()

    def readiness_checks(self) -> list[Check]:
        """From memory: the settings snapshot and what the worker last found in the keyring."""
        config = self._config
        missing: list[str] = []
        if not config.recipients:
            missing.append(translate("Notifier", "No emergency contacts configured: set the "
                                          "Emergency Call Notification recipients"))
        problem = config.smtp.problem()  # (as written: a capital would make it a plain str,
        if problem:                        # no longer said again when the language changes)
            missing.append(problem)
        if self._password_problem:
            missing.append(self._password_problem[0].upper() + self._password_problem[1:])
        if self._outbox_problem:
            missing.append(self._outbox_problem)
        if missing:
            detail = joined(missing, "; ")
        else:
            detail = translate("Notifier", "%n recipient(s) via {server}", None, 1).plural(
                len(config.recipients)).format(
                server=f"{config.smtp.host}:{config.smtp.effective_port}")
        return [Check(
            key="notify.settings",
            title=translate("Notifier", "Emergency contacts' mailbox settings complete"),
            passed=not missing,
            detail=detail,
            fix="" if not missing else translate(
                "Notifier", "An admin completes Settings › Emergency › Contacts and template; emergency "
                     "calls go out regardless."),
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
        """From either thread: what the agent should see now."""
        with self._reporting:
            self._reported = status
        self._post(lambda: self._set_status(status))

    # --- the worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        outbox = self._outbox()
        checked: NotifyConfig | None = None
        first = True
        while not self._stopping.is_set():
            try:
                if first:
                    self._resume(outbox)
                    first = False
                if checked is not self._config or self._recheck.is_set():
                    self._recheck.clear()
                    checked = self._config
                    self._post(functools.partial(
                        self._set_problems, self._check_password(checked), outbox.problem))
                self._work(outbox)
                wait = self._seconds_to_next(outbox)
            except Exception:  # keep the worker alive: notifications must go out eventually
                log.exception("the notifier failed unexpectedly; it will try again")
                self._report(pending(translate("Notifier", "internal error, see the log")))
                wait = self._retry.first_delay
            self._wake.wait(wait)
            self._wake.clear()

    def _resume(self, outbox: Outbox) -> None:
        """What the last run left: erase what is past its give-up time, report the rest."""
        erased = outbox.erase_expired(self._clock() - self._retry.give_up_after)
        if erased:
            hours = self._retry.give_up_after / 3600
            self._report(NotifyStatus(NotifyState.FAILED, translate(
                "Notifier", "%n emergency notification(s) NOT delivered within {hours} h and erased; "
                     "tell your contacts yourself", None, 1).plural(erased).format(
                hours=f"{hours:.0f}")))
            return
        self._report_outbox(outbox)

    def _stores(self, outbox: Outbox) -> list[tuple[Outbox, Pending]]:
        """Every notification waiting: what only memory holds first (it is sent at once)."""
        return ([(self._memory, row) for row in self._memory.pending()]
                + [(outbox, row) for row in outbox.pending()])

    def _work(self, outbox: Outbox) -> None:
        self._save_unsaved(outbox)
        if self._retry_now.is_set():
            self._retry_now.clear()
            self._memory.due_now()
            outbox.due_now()
        for store, row in self._stores(outbox):
            if self._stopping.is_set():
                return
            if row.next_attempt_at <= self._clock():
                self._attempt(store, row)

    def _save_unsaved(self, outbox: Outbox) -> None:
        """Move what only memory holds to the outbox, now that the disk may take it."""
        rows = self._memory.pending() if outbox.on_disk else []
        for row in rows:
            try:
                outbox.add(row.message_id, row.created_at, row.recipients, row.rendered)
            except (sqlite3.Error, OSError):
                return
            self._memory.remove(row.id)
        if rows:
            self._report_outbox(outbox)  # no longer "lost if the softphone stops"

    def _seconds_to_next(self, outbox: Outbox) -> float | None:
        rows = [row for _, row in self._stores(outbox)]
        if not rows:
            return None
        return max(0.0, min(row.next_attempt_at for row in rows) - self._clock())

    def _attempt(self, outbox: Outbox, row: Pending) -> None:
        config = self._config
        now = self._clock()
        try:
            password = self._password(config)
            build, send = mail_libraries()
            message = build(row.rendered, config.smtp.sender, row.recipients, row.message_id,
                            row.created_at)
            delivery = (self._send or send)(
                config.smtp, password, message, row.recipients,
                before_data=lambda: outbox.mark_in_flight(row.id, self._clock()))
        except NotifierError as error:
            self._failed(outbox, row, now, str(error))
            return
        if delivery.refused:
            reason = joined([translate("Notifier", "{recipient} refused ({why})").format(
                recipient=who, why=why) for who, why in delivery.refused.items()], "; ")
            if self._expired(row, now):
                self._give_up(outbox, row, reason)
                return
            outbox.narrow(row.id, tuple(delivery.refused), reason,
                          now + self._retry.delay(row.attempts + 1))
            self._report(pending(reason))
            return
        outbox.remove(row.id)
        self._report_outbox(self._outbox())

    def _failed(self, outbox: Outbox, row: Pending, now: float, reason: str) -> None:
        if self._expired(row, now):
            self._give_up(outbox, row, reason)
            return
        outbox.failed(row.id, reason, now + self._retry.delay(row.attempts + 1))
        self._report(pending(reason))

    def _expired(self, row: Pending, now: float) -> bool:
        return now - row.created_at >= self._retry.give_up_after

    def _give_up(self, outbox: Outbox, row: Pending, reason: str) -> None:
        outbox.remove(row.id)
        hours = self._retry.give_up_after / 3600
        self._report(NotifyStatus(NotifyState.FAILED, translate(
            "Notifier", "Notification NOT delivered after {hours} h ({reason}); tell your contacts "
                 "yourself").format(hours=f"{hours:.0f}", reason=reason)))

    def _report_outbox(self, outbox: Outbox) -> None:
        rows = [row for _, row in self._stores(outbox)]
        if not rows:
            with self._reporting:
                was = self._reported.state
            if was in (NotifyState.SENDING, NotifyState.PENDING, NotifyState.UNSAVED):
                self._report(NOTIFIED)
            return
        if self._memory.pending():
            return  # the agent was told it is unsaved; that stays until it is sent or saved
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
                        problem = translate("Notifier", "no password is stored for the mail server "
                                                 "user {user}; enter it in the admin "
                                                 "settings").format(user=config.smtp.user)
                except secrets.SecretStoreError as error:
                    problem = str(error)
        return problem


def mail_libraries() -> tuple[Builder, Sender]:
    """The message builder and the SMTP sender, imported on first use (the worker's first
    message): ``NotifierError`` saying what to do when they cannot be loaded, so the message
    waits in the outbox and is tried again like after any failed try."""
    try:
        from softphone.notify.message import build
        from softphone.notify.smtp import send
    except Exception as error:  # a broken installation: never lose the message over it
        raise NotifierError(translate(
            "Notifier", "the mail library could not be loaded ({error}); reinstall the "
            "softphone").format(error=f"{type(error).__name__}: {error}")) from error
    return build, send


def _render(notice: EmergencyNotice, config: NotifyConfig) -> RenderedMessage:
    """The admin's template; the shipped one if it cannot render, so the email still goes."""
    language = config.template.language
    values = values_for(notice, language)
    try:
        return config.template.render(values)
    except TemplateError:
        return default_template(language).render(values)


def _why(error: BaseException) -> str:
    """A short reason for a write that failed: 'the disk is full' rather than SQLite's words."""
    text = str(error).lower()
    if "full" in text or getattr(error, "errno", None) == 28:
        return translate("Notifier", "the disk is full")
    return str(error) or type(error).__name__
