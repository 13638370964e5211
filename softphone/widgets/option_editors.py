"""One editor per option, chosen by the option's value type, so a new option needs no widget code.

An editor shows a value (``show``), hands back what the admin typed in the raw form the
option's type parses (``raw``), and emits ``edited`` on every change. A type without a dedicated
editor gets the TOML editor: the admin writes the value as in ``settings.toml``, which works for
any type, present or future.
"""

from __future__ import annotations

import tomllib
from typing import Any

import tomli_w

from softphone.qt import QtCore, QtWidgets, Signal
from softphone.settings.options import Option
from softphone.settings.types import (
    Boolean,
    Choice,
    EmailList,
    Integer,
    Number,
    PhoneNumberList,
    TemplateText,
    TextList,
    split_email_addresses,
)


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
        widget.setToolTip(option.description)

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


class ListEditor(LineEditor):
    """A list as one line, entries separated by semicolons; empty entries are dropped."""

    def __init__(self, option: Option) -> None:
        super().__init__(option)
        self.line.setPlaceholderText("entries separated by semicolons")

    def raw(self) -> object:
        return [entry.strip() for entry in self.line.text().split(";") if entry.strip()]

    def show(self, value: Any) -> None:
        self._blocked_show(self.line.setText, "; ".join(value))


class EmailListEditor(LineEditor):
    """Addresses as typed: ``EmailList`` reads semicolons, commas and stray separators itself."""

    def __init__(self, option: Option) -> None:
        super().__init__(option)
        self.line.setPlaceholderText("supervisor@example.com; security@example.com")

    def show(self, value: Any) -> None:
        self._blocked_show(self.line.setText, "; ".join(value))

    def note(self, value: Any) -> str:
        addresses, duplicates = split_email_addresses(self.line.text())
        if not addresses:
            return "Nobody will be notified."
        said = f"{len(addresses)} recipient{'s' if len(addresses) != 1 else ''}: " + ", ".join(
            addresses)
        if duplicates:
            said += f". Listed more than once (each gets one email): {', '.join(duplicates)}"
        return said + "."


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


class ChoiceEditor(OptionEditor):
    def __init__(self, option: Option, kind: Choice, labels: dict[str, str] | None = None) -> None:
        self.combo = QtWidgets.QComboBox()
        super().__init__(option, self.combo)
        for choice in kind.choices:
            self.combo.addItem((labels or {}).get(choice, choice), choice)
        self.combo.currentIndexChanged.connect(self.edited)

    def raw(self) -> object:
        return self.combo.currentData()

    def show(self, value: Any) -> None:
        self._blocked_show(self.combo.setCurrentIndex, max(0, self.combo.findData(value)))


class TomlEditor(OptionEditor):
    """Any other type: the value written as in settings.toml (e.g. a list of tables)."""

    def __init__(self, option: Option) -> None:
        self.area = QtWidgets.QPlainTextEdit()
        super().__init__(option, self.area)
        self.area.setMaximumHeight(90)
        self.area.setToolTip(f"{option.description}\nWritten as in settings.toml: "
                             f"{option.type.describe()}")
        self.area.textChanged.connect(self.edited)

    def raw(self) -> object:
        text = self.area.toPlainText().strip()
        try:
            return tomllib.loads(f"value = {text}")["value"]
        except tomllib.TOMLDecodeError as error:
            raise RawValueError(f"this is not a value as settings.toml writes it ({error}); "
                                f"expected {self.option.type.describe()}") from None

    def show(self, value: Any) -> None:
        dumped = tomli_w.dumps({"value": self.option.type.dump(value)})
        self._blocked_show(self.area.setPlainText, dumped.removeprefix("value = ").strip())


def editor_for(option: Option, choice_labels: dict[str, str] | None = None) -> OptionEditor:
    """The generic editor for ``option``'s type; ``choice_labels`` name a choice's values."""
    kind = option.type
    if isinstance(kind, Boolean):
        return BooleanEditor(option)
    if isinstance(kind, Integer):
        return IntegerEditor(option, kind)
    if isinstance(kind, Number):
        return NumberEditor(option, kind)
    if isinstance(kind, Choice):
        return ChoiceEditor(option, kind, choice_labels)
    if isinstance(kind, EmailList):
        return EmailListEditor(option)
    if isinstance(kind, PhoneNumberList | TextList):
        return ListEditor(option)
    if isinstance(kind, TemplateText):
        return TextAreaEditor(option) if kind.multiline else LineEditor(option)
    if isinstance(option.default, str):  # Text, PhoneNumber, Country, EmailAddress, and the like
        return LineEditor(option)
    return TomlEditor(option)
