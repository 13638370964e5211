"""Every readiness check, from every subsystem, with pass or fail, what was found and the fix.

Non-modal: it never stands between the agent and a call. The "Confirm my address…" button
appears when a provider offers an address action (the location subsystem does).
Signals: ``confirm_address_requested`` when the agent asks to confirm their address.
"""

from __future__ import annotations

from softphone.blocks.readiness import Check, Readiness
from softphone.qt import QtCore, QtWidgets, Signal


class ReadinessPanel(QtWidgets.QDialog):
    confirm_address_requested = Signal()

    def __init__(self, readiness: Readiness, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.setWindowTitle("Emergency calling readiness")
        self.setModal(False)
        self._readiness = readiness
        self.table = QtWidgets.QTreeWidget()
        self.table.setObjectName("readinessChecks")
        self.table.setColumnCount(3)
        self.table.setHeaderLabels(["Check", "Found", "How to fix"])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("readinessPanelSummary")
        self.summary.setWordWrap(True)
        self.confirm_button = QtWidgets.QPushButton("Confirm my address…")
        self.confirm_button.setObjectName("confirmAddress")
        self.confirm_button.clicked.connect(self.confirm_address_requested)
        refresh = QtWidgets.QPushButton("Check again")
        refresh.clicked.connect(readiness.refresh)
        close = QtWidgets.QPushButton("Close")
        close.clicked.connect(self.close)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        readiness.changed.connect(self.show_checks)
        self.show_checks(readiness.refresh())
        self.resize(760, 320)

    def show_checks(self, checks: list[Check]) -> None:
        self.table.clear()
        for check in checks:
            item = QtWidgets.QTreeWidgetItem([
                f"{'✔' if check.passed else '✖'} {check.title}", check.detail,
                "" if check.passed else check.fix])
            item.setData(0, QtCore.Qt.ItemDataRole.UserRole, check.key)
            item.setForeground(0, QtCore.Qt.GlobalColor.darkGreen if check.passed
                               else QtCore.Qt.GlobalColor.red)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        failed = sum(not check.passed for check in checks)
        self.summary.setText("Everything needed for emergency calls is in place." if not failed
                             else f"{failed} of {len(checks)} checks failed. Emergency numbers "
                             "are always dialled; fix these so help can reach you.")
        self.confirm_button.setVisible(any(check.key == "location.address" for check in checks))

    def row(self, key: str) -> QtWidgets.QTreeWidgetItem | None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item is not None and item.data(0, QtCore.Qt.ItemDataRole.UserRole) == key:
                return item
        return None
