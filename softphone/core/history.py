"""The call history of normal calls. Emergency calls never reach it: the store refuses them."""

from __future__ import annotations

from dataclasses import dataclass

from softphone.blocks.events import Event
from softphone.core.calls import Call, CallKind
from softphone.core.storage import Database


@dataclass(frozen=True)
class HistoryEntry:
    """One finished call as the history keeps it."""

    started_at: float
    direction: str
    remote: str
    outcome: str
    duration_s: float | None


class CallHistory:
    """Emits ``added(entry)`` after an entry is stored."""

    def __init__(self, database: Database) -> None:
        self.added: Event[[HistoryEntry]] = Event()
        self._database = database

    def record(self, call: Call, outcome: str, ended_at: float) -> None:
        if call.kind is not CallKind.NORMAL:
            raise ValueError("emergency and test calls are never written to the call history")
        duration = ended_at - call.connected_at if call.connected_at else None
        entry = HistoryEntry(call.started_at, call.direction.value, call.remote, outcome, duration)
        self._database.execute(
            "INSERT INTO call_history (started_at, direction, remote, outcome, duration_s) "
            "VALUES (?, ?, ?, ?, ?)",
            (entry.started_at, entry.direction, entry.remote, entry.outcome, entry.duration_s),
        )
        self.added.emit(entry)

    def recent(self, limit: int = 100) -> list[HistoryEntry]:
        rows = self._database.execute(
            "SELECT started_at, direction, remote, outcome, duration_s FROM call_history "
            "ORDER BY started_at DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [HistoryEntry(*row) for row in rows]
