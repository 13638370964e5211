"""The softphone exits cleanly while the audio engine is still sending events: the device
panels listening to them come and go, and the interpreter shuts down with the engine's threads
busy. (An earlier design that held Qt signals for the engine's threads crashed here at exit.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from softphone.blocks.profile import Profile

pytestmark = pytest.mark.slow

BUSY_APP_THAT_QUITS = """
import sys, threading, time
from pathlib import Path
from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.qt import QtCore, QtWidgets

qt_app = QtWidgets.QApplication([])
application = Application(Profile.resolve(Path(sys.argv[1])), configure_logging=False)
application.start(show=False)
audio = application.audio

def churn():  # the engine publishes a new state every millisecond
    muted = False
    while True:
        muted = not muted
        audio.set_muted(muted)
        time.sleep(0.001)

threading.Thread(target=churn, daemon=True).start()

def open_and_close():  # a device panel that listens for a moment, then is destroyed
    dialog = application.show_audio_devices()
    QtCore.QTimer.singleShot(40, dialog.close)

for step in range(25):
    QtCore.QTimer.singleShot(60 * step, open_and_close)
QtCore.QTimer.singleShot(60 * 25 + 20, qt_app.quit)
code = qt_app.exec()
application.shutdown()
print("shut down", code, flush=True)
"""


@pytest.mark.parametrize("attempt", range(5))
def test_the_app_exits_cleanly_while_the_engine_is_sending_events_to_panels_that_come_and_go(
        attempt: int, virtual_audio: Any, profile: Profile, tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    run = subprocess.run([sys.executable, "-c", BUSY_APP_THAT_QUITS, str(profile.root)],
                         env=environment, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip() == "shut down 0"
    assert "Fatal Python error" not in run.stderr and "Traceback" not in run.stderr
