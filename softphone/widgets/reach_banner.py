"""The banner that says emergency calls from here do not reach emergency services.

It follows one readiness check (``core.checks.REACH_CHECK``: the simulated carrier, a carrier
that could not be loaded, a carrier without an emergency route) and stays in the main window for
as long as that check fails: not a message that scrolls away, not only a line in the readiness
panel. The tray shows the same sentence (``reach_warning``), so an agent who never opens the
window is told too.
"""

from __future__ import annotations

from softphone.blocks.readiness import Check, Readiness
from softphone.blocks.text import localized, translate
from softphone.core.checks import REACH_CHECK
from softphone.qt import QtCore, QtWidgets
from softphone.widgets.accessibility import announce
from softphone.widgets.language import Retranslating
from softphone.widgets.whole_text import WholeLabel


def reach_warning(checks: list[Check]) -> str:
    """The warning and its reason while emergency calls cannot reach a real service, else ""."""
    return next((localized(check.detail) for check in checks
                 if check.key == REACH_CHECK and not check.passed), "")


class ReachBanner(Retranslating, WholeLabel):
    """White on red, bold, across the window; hidden while emergency calls reach a service.
    Announced to assistive technology when it appears."""

    def __init__(self, readiness: Readiness, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyReachBanner")
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setStyleSheet("background: #b00020; color: white; font-weight: bold; "
                           "padding: 8px; border: 2px solid #600010;")
        self._checks = readiness.checks
        readiness.changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ReachBanner", "Emergency calling warning"))
        self._show(self._checks)

    def _show(self, checks: list[Check]) -> None:
        self._checks = checks
        text = reach_warning(checks)
        appears = bool(text) and self.isHidden()
        self.setText(f"⚠ {text}" if text else "")
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
        if appears and self.isVisible():
            announce(self, text)
