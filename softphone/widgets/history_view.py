"""The call history (normal calls only; the store never holds an emergency call)."""

from __future__ import annotations

from softphone.core.history import CallHistory, HistoryEntry
from softphone.core.storage import StorageError
from softphone.qt import QtWidgets
from softphone.widgets.formatting import date_time, duration


class HistoryView(QtWidgets.QTreeWidget):
    def __init__(self, history: CallHistory, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.setHeaderLabels(["When", "", "Number", "Outcome", "Duration"])
        self.setRootIsDecorated(False)
        self._history = history
        try:
            entries = history.recent()
        except StorageError:
            entries = []
        for entry in reversed(entries):
            self._add(entry)
        history.added.connect(self._add)

    def _add(self, entry: HistoryEntry) -> None:
        item = QtWidgets.QTreeWidgetItem([
            date_time(entry.started_at),
            "in" if entry.direction == "inbound" else "out",
            entry.remote,
            entry.outcome,
            duration(entry.duration_s) if entry.duration_s is not None else "",
        ])
        self.insertTopLevelItem(0, item)

    def numbers(self) -> list[str]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]
