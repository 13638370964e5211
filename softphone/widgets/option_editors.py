"""One editor per option, chosen by the option's value type, so a new option needs no widget code.

An editor shows a value (``show``), hands back what the admin entered in the raw form the
option's type parses (``raw``), and emits ``edited`` on every change. Fixed choices are offered
as a list (a choice, a fixed set of numbers, a country, the installed carrier adapters); a list
type (``TableType``) is a table with add, remove and reorder, each row checked on its own. A type
without a dedicated editor gets the TOML editor: the admin writes the value as in
``settings.toml``, which works for any type, present or future. ``retranslate`` says an editor's
words again in the agent's new language (the settings dialog calls it).
"""

from __future__ import annotations

import functools
import tomllib
from typing import Any

import tomli_w

from softphone.blocks.country_names import country_label
from softphone.blocks.text import localized, translate
from softphone.qt import QtCore, QtGui, QtWidgets, Signal
from softphone.settings.options import Option
from softphone.settings.types import (
    ADDRESS_SEPARATORS,
    Boolean,
    Choice,
    Column,
    Country,
    EmailList,
    EntryPointName,
    Integer,
    IntegerChoice,
    Number,
    TableType,
    TemplateText,
    split_email_addresses,
)
from softphone.widgets.wheel_guard import guard_wheel

BAD_ROW = QtGui.QColor("#fde0e0")


class RawValueError(ValueError):
    """What the admin typed cannot even be read (e.g. broken TOML); the message says why."""


class OptionEditor(QtCore.QObject):
    """Signals: ``edited()`` whenever the admin changes the value."""

    edited = Signal()

    def __init__(self, option: Option, widget: QtWidgets.QWidget) -> None:
        super().__init__(widget)
        self.option = option
        self.widget = widget
        widget.setObjectName(f"option:{option.key}")
        self.retranslate()

    def retranslate(self) -> None:
        """Say the editor's words again (the language changed)."""
        option, widget = self.option, self.widget
        widget.setToolTip(localized(option.description))
        widget.setAccessibleName(localized(option.label))
        widget.setAccessibleDescription(localized(option.description))

    def raw(self) -> object:
        """The value as the option's type parses it; ``RawValueError`` if it cannot be read."""
        raise NotImplementedError

    def show(self, value: Any) -> None:
        """Display ``value`` (a parsed value, as ``Settings.get`` returns it) without ``edited``."""
        raise NotImplementedError

    def note(self, value: Any) -> str:
        """Something worth saying about a valid value (shown under the editor), or ''."""
        return ""

    def _blocked_show(self, setter: Any, *arguments: Any) -> None:
        blocked = self.widget.blockSignals(True)
        try:
            setter(*arguments)
        finally:
            self.widget.blockSignals(blocked)


class LineEditor(OptionEditor):
    def __init__(self, option: Option) -> None:
        self.line = QtWidgets.QLineEdit()
        super().__init__(option, self.line)
        self.line.textEdited.connect(self.edited)

    def raw(self) -> object:
        return self.line.text()

    def show(self, value: Any) -> None:
        self._blocked_show(self.line.setText, str(value))


class TextAreaEditor(OptionEditor):
    def __init__(self, option: Option) -> None:
        self.area = QtWidgets.QPlainTextEdit()
        super().__init__(option, self.area)
        self.area.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        self.area.textChanged.connect(self.edited)

    def raw(self) -> object:
        return self.area.toPlainText()

    def show(self, value: Any) -> None:
        self._blocked_show(self.area.setPlainText, str(value))


class BooleanEditor(OptionEditor):
    def __init__(self, option: Option) -> None:
        self.box = QtWidgets.QCheckBox()
        super().__init__(option, self.box)
        self.box.toggled.connect(self.edited)

    def raw(self) -> object:
        return self.box.isChecked()

    def show(self, value: Any) -> None:
        self._blocked_show(self.box.setChecked, bool(value))


class IntegerEditor(OptionEditor):
    def __init__(self, option: Option, kind: Integer) -> None:
        self.spin = QtWidgets.QSpinBox()
        super().__init__(option, self.spin)
        self.spin.setRange(kind.minimum, kind.maximum)
        self.spin.valueChanged.connect(self.edited)

    def raw(self) -> object:
        return self.spin.value()

    def show(self, value: Any) -> None:
        self._blocked_show(self.spin.setValue, int(value))


class NumberEditor(OptionEditor):
    def __init__(self, option: Option, kind: Number) -> None:
        self.spin = QtWidgets.QDoubleSpinBox()
        super().__init__(option, self.spin)
        self.spin.setRange(kind.minimum, kind.maximum)
        self.spin.setDecimals(2)
        self.spin.valueChanged.connect(self.edited)

    def raw(self) -> object:
        return self.spin.value()

    def show(self, value: Any) -> None:
        self._blocked_show(self.spin.setValue, float(value))


class ComboEditor(OptionEditor):
    """A drop-down of fixed values; a stored value that is not offered (an adapter that was
    uninstalled) is shown as it is, marked, instead of being silently replaced."""

    def __init__(self, option: Option, items: list[tuple[str, object]]) -> None:
        self.combo = QtWidgets.QComboBox()
        self.labels = [label for label, _ in items]  # said ``localized``
        super().__init__(option, self.combo)
        for label, value in items:
            self.combo.addItem(localized(label), value)
        self.combo.currentIndexChanged.connect(self.edited)

    def retranslate(self) -> None:
        super().retranslate()
        for index, label in enumerate(self.labels):
            self.combo.setItemText(index, localized(label))

    def raw(self) -> object:
        return self.combo.currentData()

    def show(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0:
            self.labels.append(self.unknown_label(value))
            self.combo.addItem(localized(self.labels[-1]), value)
            index = self.combo.count() - 1
        self._blocked_show(self.combo.setCurrentIndex, index)

    def unknown_label(self, value: Any) -> str:
        return str(value)


class PluginEditor(ComboEditor):
    """The plug-ins installed for an entry-point group (the carrier adapters)."""

    def __init__(self, option: Option, kind: EntryPointName) -> None:
        super().__init__(option, [(name, name) for name in kind.installed()])

    def unknown_label(self, value: Any) -> str:
        return translate("OptionEditors", "{adapter} (not installed)").format(adapter=value)


def country_items(optional: bool) -> list[tuple[str, object]]:
    """Every country libphonenumber knows, by name in the agent's language (CLDR's, see
    ``blocks.country_names``), in the language's alphabetical order, with its code; "Not set"
    first if optional."""
    collator = QtCore.QCollator(QtCore.QLocale())
    collator.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
    by_name = functools.cmp_to_key(collator.compare)
    items: list[tuple[str, object]] = sorted(
        ((country_label(code), code) for code in Country.codes()),
        key=lambda item: by_name(item[0]))
    return [(translate("OptionEditors", "Not set"), ""), *items] if optional else items


def choice_items(kind: Choice | IntegerChoice, labels: dict[str, str] | None
                 ) -> list[tuple[str, object]]:
    if isinstance(kind, IntegerChoice):
        return [(f"{value} {kind.unit}".strip(), value) for value in kind.choices]
    named = {**kind.labels, **(labels or {})}
    return [(named.get(value, value), value) for value in kind.choices]


def _button(name: str) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton()
    button.setObjectName(name)
    return button


def _say(button: QtWidgets.QPushButton, text: str, tip: str) -> None:
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)


class TableEditor(OptionEditor):
    """A list as a table: one row per item, Add, Remove, Move up and Move down. Each row is
    checked as it is edited (``TableType.parse_item``); a row in error is tinted and its reason
    is its tooltip, while the dialog's message line names the row and the reason."""

    def __init__(self, option: Option, kind: TableType[Any]) -> None:
        self.kind = kind
        box = QtWidgets.QWidget()
        self.table = QtWidgets.QTableWidget(0, len(kind.columns))
        self.table.setObjectName(f"table:{option.key}")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(220)
        self.add_button = _button(f"add:{option.key}")
        self.remove_button = _button(f"remove:{option.key}")
        self.up_button = _button(f"up:{option.key}")
        self.down_button = _button(f"down:{option.key}")
        buttons = QtWidgets.QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.row_problems: dict[int, str] = {}
        super().__init__(option, box)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        option = self.option
        self.table.setAccessibleName(localized(option.label))
        self.table.setToolTip(localized(option.description))
        self.table.setHorizontalHeaderLabels([localized(column.label)
                                              for column in self.kind.columns])
        _say(self.add_button, translate("OptionEditors", "Add"),
             translate("OptionEditors", "Add a row at the end"))
        _say(self.remove_button, translate("OptionEditors", "Remove"),
             translate("OptionEditors", "Remove the selected row"))
        _say(self.up_button, translate("OptionEditors", "Move up"),
             translate("OptionEditors", "Move the selected row up"))
        _say(self.down_button, translate("OptionEditors", "Move down"),
             translate("OptionEditors", "Move the selected row down"))
        for row in range(self.table.rowCount()):
            for index, column in enumerate(self.kind.columns):
                widget = self.table.cellWidget(row, index)
                if isinstance(widget, QtWidgets.QComboBox) and isinstance(column.type, Choice):
                    widget.setAccessibleName(localized(column.label))
                    for item, choice in enumerate(column.type.choices):
                        widget.setItemText(item, localized(column.type.labels.get(choice,
                                                                                  choice)))
        self._check_rows()  # the reasons in the rows' tooltips

    # -- what is in the table ------------------------------------------------------------------

    def rows(self) -> list[dict[str, object]]:
        return [{column.key: self._cell(row, index, column)
                 for index, column in enumerate(self.kind.columns)}
                for row in range(self.table.rowCount())]

    def _cell(self, row: int, index: int, column: Column) -> object:
        widget = self.table.cellWidget(row, index)
        if isinstance(widget, QtWidgets.QComboBox):
            return widget.currentData()
        item = self.table.item(row, index)
        return item.text().strip() if item is not None else ""

    def raw(self) -> object:
        return [self.kind.raw_item(cells) for cells in self.rows()]

    def show(self, value: Any) -> None:
        self._fill([self.kind.cells(item) for item in value])

    def _fill(self, rows: list[dict[str, Any]]) -> None:
        blocked = self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for cells in rows:
                self._append(cells)
        finally:
            self.table.blockSignals(blocked)
        self._check_rows()
        self._enable_buttons()

    def _append(self, cells: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.kind.columns):
            value = cells.get(column.key, "")
            if isinstance(column.type, Choice):
                combo = QtWidgets.QComboBox()
                combo.setObjectName(f"cell:{self.option.key}:{column.key}")
                combo.setAccessibleName(localized(column.label))
                for choice in column.type.choices:
                    combo.addItem(localized(column.type.labels.get(choice, choice)), choice)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(lambda _index: self._changed())
                self.table.setCellWidget(row, index, combo)
            else:
                self.table.setItem(row, index, QtWidgets.QTableWidgetItem(str(value)))
        guard_wheel(self.table)
        return row

    # -- the admin's actions ------------------------------------------------------------------

    def add_row(self) -> None:
        """An empty row at the end, ready to type in (refused, with its reason, until filled)."""
        blocked = self.table.blockSignals(True)
        try:
            row = self._append({})
        finally:
            self.table.blockSignals(blocked)
        self.table.selectRow(row)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.setCurrentItem(first)
            self.table.editItem(first)
        self._changed()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._changed()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self._fill(rows)
        self.table.selectRow(target)
        self.edited.emit()

    # -- checking ---------------------------------------------------------------------------

    def _changed(self) -> None:
        self._check_rows()
        self._enable_buttons()
        self.edited.emit()

    def _check_rows(self) -> None:
        self.row_problems = {}
        for row, cells in enumerate(self.rows()):
            try:
                self.kind.parse_item(self.kind.raw_item(cells))
                problem = ""
            except ValueError as error:
                problem = str(error)
                self.row_problems[row] = problem
            for index in range(self.table.columnCount()):
                item = self.table.item(row, index)
                if item is not None:
                    blocked = self.table.blockSignals(True)
                    item.setBackground(BAD_ROW if problem else QtGui.QBrush())
                    item.setToolTip(problem)
                    self.table.blockSignals(blocked)

    def _enable_buttons(self) -> None:
        row = self.table.currentRow()
        selected = 0 <= row < self.table.rowCount() and bool(self.table.selectedItems()
                                                              or self.table.cellWidget(row, 0))
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < self.table.rowCount() - 1)


class RecipientsEditor(TableEditor):
    """The emergency contacts: a list pasted into one row ("a@x.com; b@y.com", as mail programs
    copy it) becomes one row per address; says who will be emailed, and which addresses repeat."""

    def __init__(self, option: Option, kind: TableType[Any]) -> None:
        super().__init__(option, kind)
        # After the cell's editor has closed (the view lets go of it): rows can be rebuilt.
        self.table.itemDelegate().closeEditor.connect(lambda *_: self._split_pasted())

    def _split_pasted(self) -> None:
        rows = self.rows()
        if not any(ADDRESS_SEPARATORS.search(str(cells.get("", ""))) for cells in rows):
            return
        self._fill([{"": part.strip()} for cells in rows
                    for part in ADDRESS_SEPARATORS.split(str(cells.get("", ""))) if part.strip()])
        self._changed()

    def note(self, value: Any) -> str:
        addresses, duplicates = split_email_addresses(self.raw())
        if not addresses:
            return translate("OptionEditors", "Nobody will be notified.")
        said = translate("OptionEditors", "%n recipient(s): {addresses}", None, 1).plural(
            len(addresses)).format(addresses=", ".join(addresses))
        if duplicates:
            return translate("OptionEditors", "{recipients}. Listed more than once (each gets one email): "
                                  "{duplicates}.").format(recipients=said,
                                                           duplicates=", ".join(duplicates))
        return translate("OptionEditors", "{recipients}.").format(recipients=said)


class TomlEditor(OptionEditor):
    """Any other type: the value written as in settings.toml (e.g. a list of tables)."""

    def __init__(self, option: Option) -> None:
        self.area = QtWidgets.QPlainTextEdit()
        super().__init__(option, self.area)
        self.area.setMaximumHeight(90)
        self.area.textChanged.connect(self.edited)

    def retranslate(self) -> None:
        super().retranslate()
        self.area.setToolTip(translate("OptionEditors", "{description}\nWritten as in "
                                                        "settings.toml: {form}").format(
            description=self.option.description, form=self.option.type.describe()))

    def raw(self) -> object:
        text = self.area.toPlainText().strip()
        try:
            return tomllib.loads(f"value = {text}")["value"]
        except tomllib.TOMLDecodeError as error:
            raise RawValueError(translate("OptionEditors", "this is not a value as settings.toml writes it "
                                               "({error}); expected {form}").format(
                error=str(error), form=self.option.type.describe())) from None

    def show(self, value: Any) -> None:
        dumped = tomli_w.dumps({"value": self.option.type.dump(value)})
        self._blocked_show(self.area.setPlainText, dumped.removeprefix("value = ").strip())


def editor_for(option: Option, choice_labels: dict[str, str] | None = None) -> OptionEditor:
    """The editor for ``option``'s type; ``choice_labels`` name a choice's values."""
    kind = option.type
    if isinstance(kind, Boolean):
        return BooleanEditor(option)
    if isinstance(kind, Integer):
        return IntegerEditor(option, kind)
    if isinstance(kind, Number):
        return NumberEditor(option, kind)
    if isinstance(kind, Choice | IntegerChoice):
        return ComboEditor(option, choice_items(kind, choice_labels))
    if isinstance(kind, Country):
        return ComboEditor(option, country_items(kind.optional))
    if isinstance(kind, EntryPointName):
        return PluginEditor(option, kind)
    if isinstance(kind, EmailList):
        return RecipientsEditor(option, kind)
    if isinstance(kind, TableType):
        return TableEditor(option, kind)
    if isinstance(kind, TemplateText):
        return TextAreaEditor(option) if kind.multiline else LineEditor(option)
    if isinstance(option.default, str):  # Text, PhoneNumber, EmailAddress, and the like
        return LineEditor(option)
    return TomlEditor(option)
