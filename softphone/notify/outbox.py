"""The persistent outbox: notifications waiting for the mail server, in the profile's ``outbox.db``.

It is the one place an emergency call's details are written down, so it holds only what the
email needs (recipients and the rendered subject and bodies), is readable by the user alone, and
a row is erased (``secure_delete``, rollback journal: no copy left in a WAL file) once the server
has accepted the message, or once its give-up time has passed (``erase_expired``, at every
start: a softphone left closed for days keeps nothing past it). A damaged file is erased, not
kept (``blocks.sqlite``).

Exactly-once delivery across crashes: a row is marked *in flight* right before the message body
is transmitted. A row still marked at start-up means the softphone died between that moment and
recording the server's answer; it is sent again with the same Message-ID (losing an emergency
notification is worse than a duplicate the mail client can recognise). That window lasts one
SMTP round trip; a crash at any other time neither loses nor duplicates a message.

Two threads use one ``Outbox``: the core's, which writes a notification the moment the call is
placed (before anything else can block it), and the notifier's worker, which sends. A lock
serialises them; each operation is one short statement, never a network wait.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from softphone.blocks.sqlite import open_sqlite
from softphone.blocks.text import english, translate
from softphone.notify.template import RenderedMessage

log = logging.getLogger("notify")

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    in_flight_since REAL
);
"""


@dataclass(frozen=True)
class Pending:
    """One notification waiting in the outbox, with its tries so far."""

    id: int
    message_id: str
    created_at: float
    recipients: tuple[str, ...]
    rendered: RenderedMessage
    attempts: int
    next_attempt_at: float
    last_error: str
    in_flight_since: float | None


class Outbox:
    """``problem`` is a sentence for the agent when the outbox is not the profile's file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.problem: str | None = None
        self._lock = threading.Lock()
        # A rollback journal, not a WAL file, so that a sent message leaves no copy behind.
        opened = open_sqlite(path, SCHEMA, journal_mode="DELETE", synchronous="FULL",
                             shared=True)
        self._db = opened.connection
        self.on_disk = path is not None and opened.unavailable is None
        if opened.erased_damaged:
            log.warning("the outbox file was damaged and was erased")
            self.problem = translate(
                "Notifier", "The notification outbox was damaged; it was erased (it may have held an "
                     "email's details) and a new one was started. Notifications queued before "
                     "may be lost: tell your contacts yourself if you placed an emergency call "
                     "recently.")
        if opened.unavailable is not None:
            self.problem = translate(
                "Notifier", "Cannot write the notification outbox {path} ({error}); notifications "
                     "are kept in memory and are lost if the softphone stops before they are "
                     "sent. Make the profile folder writable.").format(
                path=self.path, error=opened.unavailable)
            log.warning("outbox unavailable, using memory: %s", english(opened.unavailable))

    def add(self, message_id: str, created_at: float, recipients: Sequence[str],
            rendered: RenderedMessage) -> int:
        """Store one notification; ``sqlite3.Error`` (a full disk) if it cannot be."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO outbox (message_id, created_at, recipients, subject, html, text, "
                "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (message_id, created_at, json.dumps(list(recipients)), rendered.subject,
                 rendered.html, rendered.text, created_at),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def pending(self) -> list[Pending]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, message_id, created_at, recipients, subject, html, text, attempts, "
                "next_attempt_at, last_error, in_flight_since FROM outbox ORDER BY id"
            ).fetchall()
        return [Pending(row[0], row[1], row[2], tuple(json.loads(row[3])),
                        RenderedMessage(row[4], row[5], row[6]), row[7], row[8], row[9], row[10])
                for row in rows]

    def mark_in_flight(self, row_id: int, now: float) -> None:
        with self._lock:
            self._db.execute("UPDATE outbox SET in_flight_since = ? WHERE id = ?", (now, row_id))

    def failed(self, row_id: int, error: str, next_attempt_at: float) -> None:
        with self._lock:
            self._failed(row_id, error, next_attempt_at)

    def _failed(self, row_id: int, error: str, next_attempt_at: float) -> None:
        self._db.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
            "in_flight_since = NULL WHERE id = ?", (error, next_attempt_at, row_id))

    def narrow(self, row_id: int, recipients: Sequence[str], error: str,
               next_attempt_at: float) -> None:
        """The server took the message for some recipients: keep trying only the others."""
        with self._lock, self._db:
            self._db.execute("BEGIN")
            self._db.execute("UPDATE outbox SET recipients = ? WHERE id = ?",
                             (json.dumps(list(recipients)), row_id))
            self._failed(row_id, error, next_attempt_at)

    def due_now(self) -> None:
        """Make every row due at once (the admin changed the settings: try again now)."""
        with self._lock:
            self._db.execute("UPDATE outbox SET next_attempt_at = 0")

    def remove(self, row_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM outbox WHERE id = ?", (row_id,))

    def erase_expired(self, created_before: float) -> int:
        """Erase the notifications older than their give-up time; how many there were."""
        with self._lock:
            cursor = self._db.execute("DELETE FROM outbox WHERE created_at < ?", (created_before,))
        return max(cursor.rowcount, 0)

    def close(self) -> None:
        with self._lock:
            self._db.close()
