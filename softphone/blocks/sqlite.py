"""Opening one of the profile's SQLite files so that a bad file never stops the softphone.

A file that cannot be used (a read-only folder, a full disk, a lock) leaves the caller on an
in-memory database; a file that is not a database (damaged) is erased (overwritten, then removed,
with SQLite's files beside it) and a fresh one is started. It is not kept for inspection: it may
hold a callback lease or an emergency email, and a copy kept aside would outlive every promise
made about them. Copies that older versions kept aside (``*.damaged-*``) are erased too. What
happened comes back as data: only the caller knows what the file held, so only it can tell the
agent what that means.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from softphone.blocks.erase import erase, erase_matching
from softphone.blocks.private import create_private_file, make_private_folder
from softphone.blocks.text import translate

SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database


@dataclass(frozen=True)
class Opened:
    """An opened SQLite file, and what had to be done to open it (said to the agent)."""

    connection: sqlite3.Connection
    erased_damaged: bool = False  # the file was damaged and was erased; a fresh one was started
    unavailable: str | None = None  # why the file cannot be used; the connection is in memory


def open_sqlite(path: Path | None, schema: str, *, journal_mode: str, synchronous: str,
                shared: bool = False) -> Opened:
    """Open ``path`` (``None``: in memory) in autocommit mode, with ``secure_delete`` on (deleted
    rows are overwritten, not left in free pages) and ``schema`` applied. The file is created
    readable by the user alone before SQLite opens it (and so are its journals, which SQLite
    gives the database's mode), in a folder only the user can open (``private.py``). ``shared``
    lets more than one thread use the connection (the caller serialises them)."""
    if path is not None:
        erase_matching(path.parent, f"{path.name}.damaged-*")

    def connect(target: Path | None) -> sqlite3.Connection:
        if target is not None:
            make_private_folder(target.parent)
            create_private_file(target)
        connection = sqlite3.connect(str(target) if target else ":memory:", isolation_level=None,
                                     check_same_thread=not shared, timeout=2.0)
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
        try:
            for damaged in (path, *(path.with_name(path.name + end) for end in SIDECARS)):
                erase(damaged)
        except OSError as erase_error:
            return Opened(connect(None), unavailable=translate(
                "Storage", "it is damaged and could not be erased: {error}").format(
                error=erase_error.strerror or erase_error))
        try:
            return Opened(connect(path), erased_damaged=True)
        except (sqlite3.DatabaseError, OSError) as retry_error:
            return Opened(connect(None), erased_damaged=True, unavailable=str(retry_error))
    except OSError as error:
        return Opened(connect(None), unavailable=error.strerror or str(error))
