"""The presence picker; locked, with the reason shown, while an emergency call is up."""

from __future__ import annotations

from softphone.core.presence import Presence, PresenceError
from softphone.core.storage import StorageError
from softphone.qt import QtWidgets, Signal

LOCKED_TIP = "Do not disturb while an emergency call is up; your status comes back afterwards."


class PresenceBox(QtWidgets.QComboBox):
    """Emits ``refused(message)`` when a change could not be made."""

    refused = Signal(str)

    def __init__(self, presence: Presence, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presence")
        self._presence = presence
        self.reload()
        self.activated.connect(self._chosen)
        presence.changed.connect(lambda _status: self.reload())

    def reload(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItems(self._presence.statuses())
        self.setCurrentText(self._presence.status)
        self.blockSignals(False)
        locked = self._presence.locked
        self.setEnabled(not locked)
        self.setToolTip(LOCKED_TIP if locked else "Your presence")

    def _chosen(self, index: int) -> None:
        try:
            self._presence.set(self.itemText(index))
        except (PresenceError, StorageError) as error:
            self.refused.emit(str(error))
            self.reload()
