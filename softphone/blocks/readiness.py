"""Is this workstation ready to place an emergency call? A list of checks, each with its fix.

Readiness never stops a call: a failed check warns the agent and tells the admin what to fix.
Each subsystem contributes a function that returns its checks; the readiness panel and
``softphone status --json`` show them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from softphone.blocks.events import Event


@dataclass(frozen=True)
class Check:
    """One readiness check as the agent sees it: what was checked, what was found, the fix."""

    key: str  # stable identifier, e.g. "location.country"
    title: str  # what is checked, e.g. "Location in a supported country"
    passed: bool
    detail: str  # what was found
    fix: str = ""  # what to do when it fails


CheckProvider = Callable[[], list[Check]]


class Readiness:
    """Collects checks from providers; ``refresh()`` re-evaluates them and emits ``changed``.

    Providers must answer from memory (they run on the GUI thread, often).
    """

    def __init__(self) -> None:
        self.changed: Event[[list[Check]]] = Event()
        self._providers: list[CheckProvider] = []
        self._checks: list[Check] = []

    def add(self, provider: CheckProvider) -> None:
        self._providers.append(provider)

    def refresh(self) -> list[Check]:
        checks = [check for provider in self._providers for check in provider()]
        if checks != self._checks:
            self._checks = checks
            self.changed.emit(checks)
        return checks

    @property
    def checks(self) -> list[Check]:
        return list(self._checks)
