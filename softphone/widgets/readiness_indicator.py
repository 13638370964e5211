"""A small, always-visible sign of whether emergency calling is ready here; click for the panel.

It shows three states, from ``Readiness`` alone: ready; emergency calling not supported where the
agent is (the location check failed on the country: the one the agent must not miss); or some
other problem, counted. Signals: ``clicked`` (from QToolButton) opens the readiness panel.
"""

from __future__ import annotations

from softphone.blocks.readiness import Check, Readiness
from softphone.blocks.text import english, localized, translate
from softphone.qt import QtWidgets
from softphone.widgets.language import Retranslating

COUNTRY_CHECK = "location.country"
STYLES = {
    "ready": "color: #1b5e20;",
    "problems": "color: #8a5300; font-weight: bold;",
    "unsupported": "color: white; background: #b00020; font-weight: bold; padding: 1px 6px;",
}


class ReadinessIndicator(Retranslating, QtWidgets.QToolButton):
    """``state`` is "ready", "problems" or "unsupported"; ``supported`` mirrors the country
    check (``None`` while no country check is known)."""

    def __init__(self, readiness: Readiness, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessIndicator")
        self.setAutoRaise(True)
        self.state = ""
        self.supported: bool | None = None
        self._checks = readiness.checks
        readiness.changed.connect(self.show_checks)
        self.show_checks(readiness.checks)

    def retranslate(self) -> None:
        self.show_checks(self._checks)

    def show_checks(self, checks: list[Check]) -> None:
        self._checks = checks
        failed = [check for check in checks if not check.passed]
        country = next((check for check in checks if check.key == COUNTRY_CHECK), None)
        self.supported = None if country is None else country.passed
        if country is not None and not country.passed and "not supported" in english(
                country.detail):
            self.state = "unsupported"
            text = translate("ReadinessIndicator", "● Emergency calling NOT supported here")
        elif failed:
            self.state = "problems"
            text = translate("ReadinessIndicator", "● Emergency calling: %n problem(s)", None,
                             1).plural(len(failed))
        else:
            self.state, text = "ready", translate("ReadinessIndicator",
                                                  "● Emergency calling ready")
        self.setText(text)
        self.setAccessibleName(text.lstrip("● "))
        self.setStyleSheet(STYLES[self.state])
        self.setToolTip("\n".join(
            f"{'✔' if check.passed else '✖'} {localized(check.title)}: {localized(check.detail)}"
            for check in checks)
            + "\n" + translate("ReadinessIndicator", "Click for details and fixes."))
