"""A minimal observer for the core, which must not depend on Qt.

The core runs on one thread (the GUI thread in the app); observers are called synchronously in
the order they connected. An observer that raises does not stop the others: the error is logged
and the next one runs, because a broken display must never stop the emergency flow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")

log = logging.getLogger("core")


class Event(Generic[P]):
    """A typed event: ``connect`` observers, ``emit`` to call them all."""

    def __init__(self) -> None:
        self._observers: list[Callable[P, object]] = []

    def connect(self, observer: Callable[P, object]) -> None:
        self._observers.append(observer)

    def disconnect(self, observer: Callable[P, object]) -> None:
        self._observers.remove(observer)

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        for observer in list(self._observers):
            try:
                observer(*args, **kwargs)
            except Exception:
                log.exception("an observer of a core event failed; the others still run")
