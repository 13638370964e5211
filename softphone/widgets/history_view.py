"""The call history (normal calls only; the store never holds an emergency call).

Times are written in the agent's own format (the locale's short date and time, the system's unless
the app sets another: a 12- or 24-hour clock, day or month first).
"""

from __future__ import annotations

from softphone.blocks.text import translate
from softphone.core.history import CallHistory, HistoryEntry
from softphone.core.storage import StorageError
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.formatting import duration
from softphone.widgets.language import Retranslating

NUMBER_COLUMN = 2


def headers() -> list[str]:
    return [translate("HistoryView", "When"), translate("HistoryView", "Direction"),
            translate("HistoryView", "Number"), translate("HistoryView", "Outcome"),
            translate("HistoryView", "Duration")]


def local_date_time(timestamp: float) -> str:
    """``timestamp`` as the agent's locale writes a short date and time."""
    moment = QtCore.QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QtCore.QLocale().toString(moment, QtCore.QLocale.FormatType.ShortFormat)


class HistoryView(Retranslating, QtWidgets.QTreeWidget):
    def __init__(self, history: CallHistory, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.retranslate()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(self.columnCount()):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NUMBER_COLUMN, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self._history = history
        try:
            entries = history.recent()
        except StorageError:
            entries = []
        for entry in reversed(entries):
            self._add(entry)
        history.added.connect(self._add)

    def retranslate(self) -> None:
        """The headers; the rows keep the words they were written in until the next start."""
        self.setAccessibleName(translate("HistoryView", "Call history"))
        self.setHeaderLabels(headers())

    def _add(self, entry: HistoryEntry) -> None:
        item = QtWidgets.QTreeWidgetItem([
            local_date_time(entry.started_at),
            translate("HistoryView", "Incoming") if entry.direction == "inbound"
            else translate("HistoryView", "Outgoing"),
            entry.remote,
            entry.outcome,
            duration(entry.duration_s) if entry.duration_s is not None else "",
        ])
        self.insertTopLevelItem(0, item)

    def numbers(self) -> list[str]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(NUMBER_COLUMN) for item in items if item is not None]
