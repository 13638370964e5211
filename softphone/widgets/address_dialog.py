"""The agent confirms or edits where they are (RAY BAUM's Act), without ever blocking a call.

``AddressDialog`` is non-modal: it is a form (``AddressForm``, also in the set-up assistant), not
a gate. Missing or malformed fields are marked next to the field with what to enter, and nothing
typed is lost. ``AddressPrompter`` opens it when the location service asks (``confirm_needed``),
but never while a call is up (nor while the set-up assistant, which asks the same, is open): the
request waits until then. Signals: ``AddressDialog.confirmed(object)`` with the stored
``CivicAddress``.
"""

from __future__ import annotations

from collections.abc import Callable

from softphone.blocks.text import localized, translate
from softphone.core.location import CivicAddress
from softphone.location.address import FIELDS, labels, problems
from softphone.location.errors import LocationError
from softphone.location.service import LocationService
from softphone.qt import QtCore, QtWidgets, Signal
from softphone.widgets.language import Retranslating

ERROR_STYLE = "color: #b00020;"


class AddressForm(Retranslating, QtWidgets.QWidget):
    """The address fields, their problems and Confirm: in the dialog, and in the set-up
    assistant's "Where you are" page. Signals: ``confirmed(object)`` with the stored address."""

    confirmed = Signal(object)

    def __init__(self, service: LocationService, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressForm")
        self._service = service
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.labels: dict[str, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        proposal = service.proposed_address()
        for name in FIELDS:
            edit = QtWidgets.QLineEdit(getattr(proposal, name))
            edit.setObjectName(f"address_{name}")
            label = QtWidgets.QLabel()
            label.setBuddy(edit)
            error = QtWidgets.QLabel()
            error.setObjectName(f"address_{name}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            column = QtWidgets.QVBoxLayout()
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.fields[name], self.errors[name], self.labels[name] = edit, error, label
        self.fields["country"].setMaxLength(2)
        self.fields["country"].setPlaceholderText("US, CA, PR, GB, DK …")
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("addressMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.confirm_button = QtWidgets.QPushButton()
        self.confirm_button.setObjectName("confirmAddressButton")
        self.confirm_button.clicked.connect(self.confirm)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self._said = ""
        self.retranslate()

    def retranslate(self) -> None:
        for name, text in labels().items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text)
        self.fields["floor_room"].setPlaceholderText(translate("AddressDialog",
                                                               "e.g. 3rd floor, room 301"))
        self.confirm_button.setText(translate("AddressDialog", "Confirm address"))
        self.message.setText(localized(self._said))

    def address(self) -> CivicAddress:
        return CivicAddress(**{name: edit.text() for name, edit in self.fields.items()})

    def confirm(self) -> bool:
        """Validate and store; on a problem mark the fields and keep everything typed."""
        address = self.address()
        found = problems(address)
        for name, label in self.errors.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        if found:
            self._say(translate("AddressDialog", "Please complete the marked fields."))
            return False
        try:
            stored = self._service.confirm(address)
        except LocationError as error:
            self._say(str(error))
            return False
        self._say("")
        self.confirmed.emit(stored)
        return True

    def _say(self, text: str) -> None:
        self._said = text
        self.message.setText(text)
        self.message.setVisible(bool(text))


class AddressDialog(Retranslating, QtWidgets.QDialog):
    confirmed = Signal(object)

    def __init__(self, service: LocationService, reason: str = "",
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self.setModal(False)
        self._reason = reason
        self.reason = QtWidgets.QLabel()
        self.reason.setObjectName("addressReason")
        self.reason.setWordWrap(True)
        self.form = AddressForm(service)
        self.fields, self.errors = self.form.fields, self.form.errors
        self.message, self.confirm_button = self.form.message, self.form.confirm_button
        self.confirm_button.setDefault(True)
        self.form.confirmed.connect(self._confirmed)
        self.later_button = later = QtWidgets.QPushButton()
        later.setObjectName("addressLater")
        later.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.confirm_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("AddressDialog", "Confirm where you are"))
        self.reason.setText(localized(self._reason) or translate(
            "AddressDialog", "Confirm the address where you are working now, so an answering "
                             "point can send help to you."))
        self.later_button.setText(translate("AddressDialog", "Later"))

    def confirm(self) -> bool:
        return self.form.confirm()

    def _confirmed(self, stored: object) -> None:
        self.confirmed.emit(stored)
        self.accept()


class AddressPrompter:
    """Shows the address dialog when the service asks, but only while no call is up."""

    def __init__(self, service: LocationService, calls_up: Callable[[], bool],
                 parent: QtWidgets.QWidget | None = None) -> None:
        self._service = service
        self._calls_up = calls_up
        self._parent = parent
        self.pending: str | None = None
        self.dialog: AddressDialog | None = None
        service.confirm_needed.connect(self.request)

    def request(self, reason: str) -> None:
        self.pending = reason
        self.lines_changed()

    def open(self, reason: str = "", activate: bool = True) -> AddressDialog:
        """Open the dialog; ``activate`` (the agent asked for it) also gives it the keyboard.
        Opened by a prompt it does not take the focus: an agent typing 911 keeps typing 911."""
        if self.dialog is None:
            self.dialog = AddressDialog(self._service, reason, self._parent)
            self.dialog.finished.connect(self._closed)
        self.dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_ShowWithoutActivating,
                                 not activate)
        self.dialog.show()
        if activate:
            self.dialog.raise_()
            self.dialog.activateWindow()
        return self.dialog

    def lines_changed(self, *_call: object) -> None:
        """Call when calls change (or the assistant closed): a waiting request is shown once
        nothing holds it back, unless the address was confirmed meanwhile."""
        if self.pending is not None and not self._calls_up():
            reason, self.pending = self.pending, None
            if self._service.confirmation_reason is not None:
                self.open(reason, activate=False)

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
