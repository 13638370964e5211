"""The mouse wheel changes a field only when the agent or admin has focused it.

Qt lets a wheel turn change any combo box, spin box or slider that passes under the pointer, so
scrolling a long page of settings (or the headset panel in the emergency view) silently changes
values: the emergency Request-URI, the microphone in use. ``guard_wheel`` makes such a field take
the keyboard focus only from a click or Tab, and hands wheel turns over an unfocused field on to
the page, which scrolls as the pointer expects.
"""

from __future__ import annotations

from softphone.qt import QtCore, QtWidgets

GUARDED = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QAbstractSlider)


class WheelGuard(QtCore.QObject):
    """Event filter: a wheel event over an unfocused field is left to the field's parents."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if (event.type() is QtCore.QEvent.Type.Wheel and isinstance(watched, QtWidgets.QWidget)
                and not watched.hasFocus()):
            event.ignore()  # not accepted: Qt offers it to the parent (the scrolling page)
            return True
        return False


def guard_wheel(root: QtWidgets.QWidget) -> None:
    """Guard ``root`` and every field under it; call again after adding fields (it is
    idempotent). Scroll bars keep their wheel: scrolling them is what the wheel is for."""
    guard = root.findChild(WheelGuard, "wheelGuard", QtCore.Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheelGuard")
    fields = [root, *root.findChildren(QtWidgets.QWidget)]
    for widget in fields:
        if isinstance(widget, GUARDED) and not isinstance(widget, QtWidgets.QScrollBar):
            widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
            widget.removeEventFilter(guard)
            widget.installEventFilter(guard)
