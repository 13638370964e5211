"""Runs the app: one instance per profile, headless when there is no display."""

from __future__ import annotations

import logging
import os
import sys

from softphone.control.ipc import ControlUnavailable, send
from softphone.profile import Profile

log = logging.getLogger("control")


def run_app(profile: Profile, show: bool = True, verbose: bool = False) -> int:
    try:
        send(profile.server_name, {"command": "show", "args": {}})
        print("The softphone is already running for this profile; it was brought to the front.")
        return 0
    except ControlUnavailable:
        pass
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from softphone.app import Application
    from softphone.qt import QtWidgets

    qt_app = QtWidgets.QApplication(sys.argv[:1])
    qt_app.setApplicationName("Softphone")
    qt_app.setDesktopFileName("softphone")
    application = Application(profile, verbose=verbose)
    application.start(show=show)
    code = qt_app.exec()
    application.shutdown()
    return code
