"""Runs the app: exactly one instance per profile, headless when there is no display."""

from __future__ import annotations

import logging
import os
import sys
import time

from softphone.blocks.profile import Profile
from softphone.control.ipc import ControlNoAnswer, ControlUnavailable, send
from softphone.qt import QtCore

HANDOVER_TIMEOUT_S = 30.0


def instance_lock(profile: Profile) -> QtCore.QLockFile:
    """A lock beside the control socket (not in the profile, which may be read-only).

    Qt removes a lock whose holder died (SIGKILL), so a crashed instance never blocks a new one.
    """
    path = os.path.join(QtCore.QDir.tempPath(), f"{profile.server_name}.lock")
    return QtCore.QLockFile(path)


def hand_over(profile: Profile) -> int:
    """Another instance holds the profile: bring it to the front once it answers."""
    deadline = time.monotonic() + HANDOVER_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            send(profile.server_name, {"command": "show", "args": {}})
            print("The softphone is already running for this profile; it was brought to the front.")
            return 0
        except ControlUnavailable:
            time.sleep(0.05)
        except ControlNoAnswer:
            break
    print("Another softphone holds this profile but does not answer; end it and start again.",
          file=sys.stderr)
    return 3


def run_app(profile: Profile, show: bool = True, verbose: bool = False) -> int:
    lock = instance_lock(profile)
    if not lock.tryLock(0):
        return hand_over(profile)
    try:
        if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from softphone.app import Application
        from softphone.crash import CrashReporter
        from softphone.qt import QtWidgets
        from softphone.qtbridge import GuiThread
        from softphone.widgets.crash_dialog import CrashDialogs

        qt_app = QtWidgets.QApplication(sys.argv[:1])
        qt_app.setApplicationName("Softphone")
        qt_app.setDesktopFileName("softphone")
        crashes = CrashReporter(CrashDialogs(profile.logs_dir).show, GuiThread().post)
        crashes.install()
        try:
            try:
                application = Application(profile, verbose=verbose)
            except Exception:
                logging.getLogger("crash").critical("The softphone could not start", exc_info=True)
                raise
            application.start(show=show)
            code = qt_app.exec()
            application.shutdown()
        finally:
            crashes.uninstall()
        return code
    finally:
        lock.unlock()
