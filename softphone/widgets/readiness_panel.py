"""Every readiness check, from every subsystem, with pass or fail, what was found and the fix.

Non-modal: it never stands between the agent and a call. The "Confirm my address…" button
appears when a provider offers an address action (the location subsystem does). "Set-up
assistant…" opens the assistant's pages again; a double-click on a check opens the page where it
is fixed (the address, the headset, what the admin still has to set).
Signals: ``confirm_address_requested`` when the agent asks to confirm their address;
``assistant_requested(str)`` with the assistant's page to open ("" for where it was).
"""

from __future__ import annotations

from softphone.blocks.readiness import Check, Readiness
from softphone.blocks.text import localized, translate
from softphone.qt import QtCore, QtWidgets, Signal
from softphone.widgets.assistant import PAGE_FOR_CHECK
from softphone.widgets.language import Retranslating


class ReadinessPanel(Retranslating, QtWidgets.QDialog):
    confirm_address_requested = Signal()
    assistant_requested = Signal(str)

    def __init__(self, readiness: Readiness, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.setModal(False)
        self._readiness = readiness
        self.table = QtWidgets.QTreeWidget()
        self.table.setObjectName("readinessChecks")
        self.table.setColumnCount(3)
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.itemDoubleClicked.connect(lambda item, _column: self._open_page_for(item))
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("readinessPanelSummary")
        self.summary.setWordWrap(True)
        self.confirm_button = QtWidgets.QPushButton()
        self.confirm_button.setObjectName("confirmAddress")
        self.confirm_button.clicked.connect(self.confirm_address_requested)
        self.assistant_button = QtWidgets.QPushButton()
        self.assistant_button.setObjectName("openAssistant")
        self.assistant_button.clicked.connect(lambda: self.assistant_requested.emit(""))
        self.refresh_button = refresh = QtWidgets.QPushButton()
        refresh.clicked.connect(readiness.refresh)
        self.close_button = close = QtWidgets.QPushButton()
        close.clicked.connect(self.close)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.assistant_button)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        readiness.changed.connect(self.show_checks)
        self._checks = readiness.refresh()
        self.retranslate()
        self.resize(760, 320)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ReadinessPanel", "Emergency calling readiness"))
        self.table.setHeaderLabels([translate("ReadinessPanel", "Check"),
                                    translate("ReadinessPanel", "Found"),
                                    translate("ReadinessPanel", "How to fix")])
        self.table.setAccessibleName(translate("ReadinessPanel", "Readiness checks"))
        self.confirm_button.setText(translate("ReadinessPanel", "Confirm my &address…"))
        self.assistant_button.setText(translate("ReadinessPanel", "Set-up a&ssistant…"))
        self.assistant_button.setToolTip(translate(
            "ReadinessPanel", "Confirm your address, test your headset, see what your admin "
                              "still has to set and make a test call."))
        self.refresh_button.setText(translate("ReadinessPanel", "Check a&gain"))
        self.close_button.setText(translate("ReadinessPanel", "Close"))
        self.show_checks(self._checks)

    def show_checks(self, checks: list[Check]) -> None:
        self._checks = checks
        self.table.clear()
        for check in checks:
            item = QtWidgets.QTreeWidgetItem([
                f"{'✔' if check.passed else '✖'} {localized(check.title)}",
                localized(check.detail), "" if check.passed else localized(check.fix)])
            item.setData(0, QtCore.Qt.ItemDataRole.UserRole, check.key)
            item.setForeground(0, QtCore.Qt.GlobalColor.darkGreen if check.passed
                               else QtCore.Qt.GlobalColor.red)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        failed = sum(not check.passed for check in checks)
        self.summary.setText(
            translate("ReadinessPanel", "Everything needed for emergency calls is in place.")
            if not failed else
            translate("ReadinessPanel", "%n of {total} checks failed. Emergency numbers are "
                                        "always dialled; fix these so help can reach you.",
                      None, 1).plural(failed).format(total=len(checks)))
        self.confirm_button.setVisible(any(check.key == "location.address" for check in checks))

    def _open_page_for(self, item: QtWidgets.QTreeWidgetItem) -> None:
        key = str(item.data(0, QtCore.Qt.ItemDataRole.UserRole))
        self.assistant_requested.emit(PAGE_FOR_CHECK.get(key, "admin"))

    def row(self, key: str) -> QtWidgets.QTreeWidgetItem | None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item is not None and item.data(0, QtCore.Qt.ItemDataRole.UserRole) == key:
                return item
        return None
