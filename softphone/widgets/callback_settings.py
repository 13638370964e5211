"""The callback numbers' extras in the admin settings: the shared store's password, and the live
leases as a read-only table.

The password lives in the keyring under ``postgresql:<user>@<host>`` (the name the shared
registry reads), never in the settings file. The table is read off the GUI thread (the shared
store is across the network) when the dialog opens and on Refresh; it can only be read, because
a lease belongs to the call that made it.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone.blocks.text import translate
from softphone.callbacks.address import StoreAddress, StoreUnavailable
from softphone.callbacks.report import COLUMNS, column_titles, rows
from softphone.core.lease_registry import LiveLease
from softphone.qt import QtWidgets
from softphone.qtbridge import GuiThread
from softphone.widgets.keyring_password import Keyring, KeyringPasswordField, in_background
from softphone.widgets.language import Saying

LiveLeases = Callable[[], list[LiveLease]]


def store_secret_name(uri: str) -> str | None:
    """The keyring entry of the shared store's password for ``uri``; ``None`` without one."""
    return StoreAddress.parse(uri).secret_name if uri else None


def store_password_field(keyring: Keyring, gui: GuiThread,
                         secret_name: Callable[[], str | None]) -> KeyringPasswordField:
    return KeyringPasswordField(
        translate("CallbackSettings", "Shared store password"), "store", keyring, gui,
        secret_name,
        stored=translate("CallbackSettings", "A password for {name} is stored in the system "
                                             "keyring."),
        missing=translate("CallbackSettings", "No password is stored yet for {name}; type the "
                                              "database password of the user in "
                                              "callback.shared_store."),
        unnamed=translate("CallbackSettings", "No shared store is set (callback.shared_store), "
                                              "so no password is used."))


class LeasesTable(Saying, QtWidgets.QWidget):
    """The live leases (number, site, agent, workstation, expiry), read-only; its words said
    again in a new language."""

    def __init__(self, leases: LiveLeases, gui: GuiThread) -> None:
        super().__init__()
        self.setObjectName("leasesTable")
        self._leases = leases
        self._gui = gui
        self.table = QtWidgets.QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("leases")
        self.say(self.table.setAccessibleName, translate("CallbackSettings",
                                                         "Live callback leases"))
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.state = QtWidgets.QLabel()
        self.state.setObjectName("leasesState")
        self.state.setWordWrap(True)
        self.refresh_button = QtWidgets.QPushButton()
        self.say(self.refresh_button.setText, translate("CallbackSettings", "Refresh"))
        self.refresh_button.setObjectName("refreshLeases")
        self.refresh_button.clicked.connect(self.refresh)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QtWidgets.QLabel()
        self.say(title.setText, translate("CallbackSettings", "Live callback leases (read-only):"))
        layout.addWidget(title)
        layout.addWidget(self.table)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.refresh_button)
        layout.addLayout(bottom)
        self.refresh()

    def say_again(self) -> None:
        self.table.setHorizontalHeaderLabels(column_titles())

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.say(self.state.setText, translate("CallbackSettings", "Reading the leases…"))
        leases = self._leases

        def read() -> list[LiveLease] | str:
            try:
                return leases()
            except StoreUnavailable as error:
                return str(error)

        in_background(self._gui, read, self._show)

    def _show(self, found: list[LiveLease] | str) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(found, str):
            self.say(self.state.setText, found)
            self.state.setStyleSheet("color: #b00020;")
            return
        self.state.setStyleSheet("")
        self.say(self.state.setText,
                 translate("CallbackSettings", "%n live lease(s).", None, 1).plural(len(found))
                 if found else translate("CallbackSettings", "No callback number is leased."))
        shown = rows(found)
        self.table.setRowCount(len(shown))
        for row, cells in enumerate(shown):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
