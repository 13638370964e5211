"""The presence picker; locked, with the reason shown, while an emergency call is up."""

from __future__ import annotations

from softphone.blocks.text import translate
from softphone.core.presence import AVAILABLE, AWAY, BUSY, DO_NOT_DISTURB, OFFLINE, Presence, PresenceError
from softphone.core.storage import StorageError
from softphone.qt import QtWidgets, Signal
from softphone.widgets.language import Retranslating


def status_label(status: str) -> str:
    """A presence status as the agent reads it: the built-in ones in the agent's language, the
    ones an admin named as they were named (the stored status is always the built-in name)."""
    return {
        AVAILABLE: translate("Presence", "Available"),
        BUSY: translate("Presence", "Busy"),
        AWAY: translate("Presence", "Away"),
        DO_NOT_DISTURB: translate("Presence", "Do not disturb"),
        OFFLINE: translate("Presence", "Offline"),
    }.get(status, status)


class PresenceBox(Retranslating, QtWidgets.QComboBox):
    """Emits ``refused(message)`` when a change could not be made."""

    refused = Signal(str)

    def __init__(self, presence: Presence, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presence")
        self._presence = presence
        self.reload()
        self.activated.connect(self._chosen)
        presence.changed.connect(lambda _status: self.reload())

    def retranslate(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.blockSignals(True)
        self.clear()
        for status in self._presence.statuses():
            self.addItem(status_label(status), status)
        self.setCurrentIndex(max(0, self.findData(self._presence.status)))
        self.blockSignals(False)
        locked = self._presence.locked
        self.setEnabled(not locked)
        self.setAccessibleName(translate("Presence", "Presence"))
        self.setToolTip(translate("Presence", "Do not disturb while an emergency call is up; "
                                              "your status comes back afterwards.")
                        if locked else translate("Presence", "Your presence"))

    def _chosen(self, index: int) -> None:
        try:
            self._presence.set(str(self.itemData(index)))
        except (PresenceError, StorageError) as error:
            self.refused.emit(str(error))
            self.reload()
