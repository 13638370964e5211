"""The profile's SQLite database: presence, the emergency marker, the callback lease, call history.

If the file cannot be opened for writing (a read-only folder, a full disk, a damaged file), the
softphone keeps running on an in-memory database and says so: calls, emergency calls above all,
never depend on storage. A damaged file is erased (overwritten, then removed), not kept: it may
hold a callback lease, and a copy kept "for inspection" would outlive every promise about it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from softphone.blocks.erase import erase, erase_matching

log = logging.getLogger("storage")

SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's files beside the database

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
        erase_matching(path.parent, f"{path.name}.damaged-*")  # what older versions kept aside
        try:
            self.connection = self._open(path)
        except (sqlite3.DatabaseError, OSError) as error:
            if not isinstance(error, sqlite3.DatabaseError) or isinstance(
                error, sqlite3.OperationalError
            ):
                reason = str(error)
            else:  # not a database: erase it (it may hold a lease), start a fresh one
                try:
                    for damaged in (path, *(path.with_name(path.name + end) for end in SIDECARS)):
                        erase(damaged)
                    log.warning("the database file was damaged and was erased")
                    self.connection = self._open(path)
                    self.problem = ("The database file was damaged; it was erased and a new one "
                                    "was started (presence and history start empty).")
                    return
                except (sqlite3.DatabaseError, OSError) as retry_error:
                    reason = str(retry_error)
            self.problem = (
                f"Cannot write to {path} ({reason}). Presence, the callback lease and call history "
                "are kept in memory only until the softphone restarts: make the profile folder "
                "writable. Calls are not affected."
            )
            log.warning("storage unavailable, using memory: %s", reason)
            self.connection = self._open(None)

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(path) if path else ":memory:", isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            # Deleted rows (an ended callback lease) are overwritten, not left in free pages.
            connection.execute("PRAGMA secure_delete=ON")
            connection.executescript(SCHEMA)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def execute(self, sql: str, parameters: tuple[object, ...] = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, parameters)
        except sqlite3.Error as error:
            raise StorageError(
                f"Could not save to {self.path} ({error}); check that the profile folder is "
                "writable and the disk is not full."
            ) from error

    def purge_old_copies(self) -> None:
        """Checkpoint and empty the write-ahead log, which still holds earlier page images
        (with whatever was deleted since) until it is reset."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.connection.close()
