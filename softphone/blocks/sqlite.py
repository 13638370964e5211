"""Opening one of the profile's SQLite files so that a bad file never stops the softphone.

A file that cannot be used (a read-only folder, a full disk, a lock) leaves the caller on an
in-memory database; a file that is not a database (damaged) is moved aside for inspection, never
deleted, and a fresh one is started. What happened comes back as data: only the caller knows
what the file held, so only it can tell the agent what that means.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    moved_aside: Path | None = None  # the damaged file, kept here; a fresh one was started
    unavailable: str | None = None  # why the file cannot be used; the connection is in memory


def open_sqlite(path: Path | None, schema: str, *, journal_mode: str, synchronous: str,
                private: bool = False) -> Opened:
    """Open ``path`` (``None``: in memory) in autocommit mode, with ``secure_delete`` on (deleted
    rows are overwritten, not left in free pages) and ``schema`` applied. ``private`` creates
    the file readable by the user alone before SQLite opens it."""

    def connect(target: Path | None) -> sqlite3.Connection:
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            if private:
                os.close(os.open(target, os.O_RDWR | os.O_CREAT, 0o600))
        connection = sqlite3.connect(str(target) if target else ":memory:", isolation_level=None)
        try:
            connection.execute(f"PRAGMA journal_mode={journal_mode}")
            connection.execute(f"PRAGMA synchronous={synchronous}")
            connection.execute("PRAGMA secure_delete=ON")
            connection.executescript(schema)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    try:
        return Opened(connect(path))
    except sqlite3.DatabaseError as error:
        if path is None or isinstance(error, sqlite3.OperationalError):
            return Opened(connect(None), unavailable=str(error))
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(aside)
        except OSError as rename_error:
            return Opened(connect(None), unavailable=rename_error.strerror or str(rename_error))
        try:
            return Opened(connect(path), moved_aside=aside)
        except (sqlite3.DatabaseError, OSError) as retry_error:
            return Opened(connect(None), moved_aside=aside, unavailable=str(retry_error))
    except OSError as error:
        return Opened(connect(None), unavailable=error.strerror or str(error))
