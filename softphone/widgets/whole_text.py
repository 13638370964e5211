"""Wrapped text that is never squeezed: a label keeps the height its words need at its width.

A layout gives a word-wrapped label the height of its minimum size hint, which Qt works out for
one width; when the words are longer (Danish, French, Spanish) or the text larger (200 %), the
label is squeezed and its last lines cut off. A ``WholeLabel``'s minimum height is the height its
words need at the width it has, so the window makes room (the call history gives way) instead.
"""

from __future__ import annotations

from softphone.qt import QtCore, QtGui, QtWidgets


class WholeLabel(QtWidgets.QLabel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._needed = 0

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed != self._needed:  # narrower or wider: the words need another height
            self._needed = needed
            self.updateGeometry()


def wrapped(name: str, style: str = "") -> QtWidgets.QLabel:
    """A word-wrapped label the agent can select text from (a number, an address to read out)."""
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label
