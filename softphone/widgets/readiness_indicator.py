"""A small, always-visible sign of whether emergency calling is ready here; click for the panel.

It shows three states, from ``Readiness`` alone: ready; emergency calling not supported where the
agent is (the location check failed on the country: the one the agent must not miss); or some
other problem, counted. Signals: ``clicked`` (from QToolButton) opens the readiness panel.
"""

from __future__ import annotations

from softphone.blocks.readiness import Check, Readiness
from softphone.qt import QtWidgets

COUNTRY_CHECK = "location.country"
STYLES = {
    "ready": "color: #1b5e20;",
    "problems": "color: #8a5300; font-weight: bold;",
    "unsupported": "color: white; background: #b00020; font-weight: bold; padding: 1px 6px;",
}


class ReadinessIndicator(QtWidgets.QToolButton):
    """``state`` is "ready", "problems" or "unsupported"; ``supported`` mirrors the country
    check (``None`` while no country check is known)."""

    def __init__(self, readiness: Readiness, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessIndicator")
        self.setAutoRaise(True)
        self.state = ""
        self.supported: bool | None = None
        readiness.changed.connect(self.show_checks)
        self.show_checks(readiness.checks)

    def show_checks(self, checks: list[Check]) -> None:
        failed = [check for check in checks if not check.passed]
        country = next((check for check in checks if check.key == COUNTRY_CHECK), None)
        self.supported = None if country is None else country.passed
        if country is not None and not country.passed and "not supported" in country.detail:
            self.state, text = "unsupported", "● Emergency calling NOT supported here"
        elif failed:
            self.state = "problems"
            text = f"● Emergency calling: {len(failed)} problem{'s' if len(failed) > 1 else ''}"
        else:
            self.state, text = "ready", "● Emergency calling ready"
        self.setText(text)
        self.setStyleSheet(STYLES[self.state])
        self.setToolTip("\n".join(
            f"{'✔' if check.passed else '✖'} {check.title}: {check.detail}" for check in checks)
            + "\nClick for details and fixes.")
