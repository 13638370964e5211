"""The profile's SQLite database: presence, the emergency marker, the callback lease, call history.

If the file cannot be opened for writing (a read-only folder, a full disk, a damaged file), the
softphone keeps running on an in-memory database and says so: calls, emergency calls above all,
never depend on storage. A damaged file is erased, not kept (``blocks.sqlite``): it may hold a
callback lease.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from softphone.blocks.sqlite import open_sqlite
from softphone.blocks.text import translate

log = logging.getLogger("storage")

SCHEMA = """
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS call_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at REAL NOT NULL,
    direction TEXT NOT NULL,
    remote TEXT NOT NULL,
    outcome TEXT NOT NULL,
    duration_s REAL
);
"""


class StorageError(RuntimeError):
    """A write to the profile's database failed; the message says what to check."""


class Database:
    """One SQLite connection for the core's thread.

    ``problem`` is a sentence for the agent when the database is not the profile's file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        opened = open_sqlite(path, SCHEMA, journal_mode="WAL", synchronous="NORMAL")
        self.connection = opened.connection
        if opened.erased_damaged:
            log.warning("the database file was damaged and was erased")
            self.problem = translate("Storage", "The database file was damaged; it was erased "
                                                "and a new one was started (presence and "
                                                "history start empty).")
        if opened.unavailable is not None:
            self.problem = translate(
                "Storage", "Cannot write to {path} ({error}). Presence, the callback lease and "
                           "call history are kept in memory only until the softphone restarts: "
                           "make the profile folder writable. Calls are not affected.").format(
                path=path, error=opened.unavailable)
            log.warning("storage unavailable, using memory: %s", opened.unavailable)

    def execute(self, sql: str, parameters: tuple[object, ...] = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, parameters)
        except sqlite3.Error as error:
            raise StorageError(translate(
                "Storage", "Could not save to {path} ({error}); check that the profile folder "
                           "is writable and the disk is not full.").format(
                path=self.path, error=error)) from error

    def purge_old_copies(self) -> None:
        """Checkpoint and empty the write-ahead log, which still holds earlier page images
        (with whatever was deleted since) until it is reset."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.connection.close()
