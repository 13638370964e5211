"""Small pieces of state that must survive a crash (presence, the emergency marker, the lease).

Stored as JSON values in the ``state`` table. Writes raise ``StorageError``; callers on the
emergency path catch it after the call has been handed off, show it, and carry on.
"""

from __future__ import annotations

import json
from typing import Any

from softphone.core.storage import Database


class StateStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, key: str) -> Any:
        row = self._database.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: Any) -> None:
        self._database.execute(
            "INSERT INTO state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    def delete(self, key: str) -> None:
        self._database.execute("DELETE FROM state WHERE key = ?", (key,))

    def forget(self, key: str) -> None:
        """Delete so that no copy stays in the file or its log (for the callback lease)."""
        self.delete(key)
        self._database.purge_old_copies()
