"""Driving the settings dialog as an admin does: pages, line fields, table rows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from softphone.qt import QtCore, QtGui, QtWidgets
from softphone.widgets.option_editors import TableEditor
from softphone.widgets.settings_dialog import SettingsDialog

Click = QtCore.Qt.MouseButton.LeftButton
Key = QtCore.Qt.Key
Editing = QtWidgets.QAbstractItemView.State.EditingState


def line(dialog: SettingsDialog, key: str) -> QtWidgets.QLineEdit:
    widget = dialog.rows[key].editor.widget
    assert isinstance(widget, QtWidgets.QLineEdit)
    return widget


def retype(qtbot: QtBot, field: QtWidgets.QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Key.Key_Delete)
    qtbot.keyClicks(field, text)


def table(dialog: SettingsDialog, key: str) -> TableEditor:
    editor = dialog.rows[key].editor
    assert isinstance(editor, TableEditor)
    return editor


def open_page_of(dialog: SettingsDialog, key: str) -> None:
    """Show the page that holds ``key``, as a click in the side list does."""
    page = dialog.page_of(key)
    dialog.page_list.setCurrentItem(dialog.page_list.items[page.page.name])
    assert dialog.stack.currentWidget() is page


def add_row(qtbot: QtBot, dialog: SettingsDialog, key: str, text: str) -> None:
    """Add: a new row opens for typing in its first cell; type ``text`` and press Enter."""
    open_page_of(dialog, key)
    editor = table(dialog, key)
    qtbot.mouseClick(editor.add_button, Click)
    field = editor.table.indexWidget(editor.table.currentIndex())  # the cell being edited
    assert isinstance(field, QtWidgets.QLineEdit), "Add opens the new row's first cell for typing"
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Key.Key_Return)  # Qt commits the cell from its event queue
    qtbot.waitUntil(lambda: editor.table.state() is not Editing)


def rows_of(dialog: SettingsDialog, key: str) -> list[dict[str, object]]:
    return table(dialog, key).rows()


def clear_rows(qtbot: QtBot, dialog: SettingsDialog, key: str) -> None:
    editor = table(dialog, key)
    open_page_of(dialog, key)
    while editor.table.rowCount():
        editor.table.selectRow(0)
        qtbot.mouseClick(editor.remove_button, Click)


def type_recipients(qtbot: QtBot, dialog: SettingsDialog, text: str) -> None:
    """Replace the recipients with what the admin pastes into one new row (split into rows)."""
    clear_rows(qtbot, dialog, "notify.recipients")
    add_row(qtbot, dialog, "notify.recipients", text)


def wheel(window: QtWidgets.QWidget, widget: QtWidgets.QWidget, notches: int) -> None:
    """A wheel turn with the pointer over ``widget``, delivered as QApplication delivers one
    from the window system: to the widget under the pointer, then to each parent in turn until
    one accepts it. (A test cannot make a spontaneous event, and Qt propagates only those.)"""
    point = widget.mapTo(window, widget.rect().center())
    target = window.childAt(point) or window
    while True:
        position = QtCore.QPointF(target.mapFrom(window, point))
        event = QtGui.QWheelEvent(position, QtCore.QPointF(window.mapToGlobal(point)),
                                  QtCore.QPoint(0, 0), QtCore.QPoint(0, 120 * notches),
                                  QtCore.Qt.MouseButton.NoButton,
                                  QtCore.Qt.KeyboardModifier.NoModifier,
                                  QtCore.Qt.ScrollPhase.NoScrollPhase, False)
        handled = QtWidgets.QApplication.sendEvent(target, event)
        parent = target.parentWidget()
        if (handled and event.isAccepted()) or target.isWindow() or parent is None:
            return
        target = parent
