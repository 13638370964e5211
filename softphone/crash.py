"""Unexpected errors are logged and shown, never a silent abort; Qt's own messages go to the log.

An exception nobody caught (in a Qt slot, at start-up, or in a worker thread) is written to the
``crash`` log with its traceback (the log formatter scrubs numbers and places from it) and
handed to the GUI thread, which tells the agent that the softphone keeps running. The process
is not ended: a broken panel must not take the phone, and a possible emergency call, with it.

Qt's warnings (``qWarning`` and the like) go to the ``qt`` logger, so that IT finds them in the
same log file as everything else instead of on a terminal nobody watches.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from softphone.blocks.logs import scrub
from softphone.blocks.post import Post
from softphone.qt import QtCore

log = logging.getLogger("crash")
qt_log = logging.getLogger("qt")

QT_LEVELS = {
    QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
    QtCore.QtMsgType.QtInfoMsg: logging.INFO,
    QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
    QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
    QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
}

def summary(error: BaseException) -> str:
    """One scrubbed line for the agent: the kind of error and its message."""
    text = f"{type(error).__name__}: {scrub(str(error))}".strip().rstrip(":")
    return text if len(text) <= 300 else text[:297] + "…"


def qt_message(mode: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    qt_log.log(QT_LEVELS.get(mode, logging.WARNING), "[%s] %s", category, message)


class CrashReporter:
    """Installs the hooks; ``show(summary)`` runs on the GUI thread through ``post`` (the rule in
    ``blocks.post``)."""

    def __init__(self, show: Callable[[str], object], post: Post) -> None:
        self._show = show
        self._post = post
        self._previous: tuple[Any, Any] | None = None
        self._previous_qt: Any = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._previous_qt = QtCore.qInstallMessageHandler(qt_message)

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook = self._previous
        QtCore.qInstallMessageHandler(self._previous_qt)
        self._previous = None

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal still stops it
            sys.__excepthook__(kind, error, traceback)
            return
        log.critical("Unexpected error; the softphone keeps running",
                     exc_info=(kind, error, traceback))
        self._report(error)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "unknown"
        log.critical("Unexpected error in the %s thread; the softphone keeps running", name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._report(args.exc_value)

    def _report(self, error: BaseException) -> None:
        """Show the error (already logged) to the agent, on the GUI thread."""
        line = summary(error)

        def show() -> None:
            self._show(line)

        self._post(show)
