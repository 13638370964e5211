"""Screenshots of the set-up assistant, the settings dialog and the emergency view (in each
language), on a real window system, for reviewing how they look (run under Xvfb on a machine
without a display):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py shots/

The softphone runs on a fresh temporary profile with the simulated carrier (its answering point
does not speak), a callback number, and no audio device; each window is saved as a PNG in the
folder given (created if missing) and the files written are listed. Nothing else is kept.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SETTINGS = """\
[outbound]
caller_id = "+15551230000"
[callback]
pool = ["+15551230001", "+15551230002"]
[carrier.simulated]
answer_delay = 0.2
speak_greeting = false
[location]
ip_fallback = false
[notify]
recipients = ["security@example.com"]
"""


def settle(seconds: float, until: Callable[[], bool] = lambda: False) -> None:
    """Run the event loop for up to ``seconds`` (less once ``until`` holds)."""
    from softphone.qt import QtCore

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where the PNG files go")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("No display: run this under Xvfb, e.g. xvfb-run -a -s \"-screen 0 1280x800x24\" "
              ".venv/bin/python packaging/screenshots.py shots/", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    args.folder.mkdir(parents=True, exist_ok=True)

    from softphone.app import Application
    from softphone.blocks.profile import Profile
    from softphone.qt import QtWidgets

    qt_app = QtWidgets.QApplication(["softphone-screenshots"])
    written: list[Path] = []

    def save(widget: QtWidgets.QWidget, name: str) -> None:
        settle(0.3)
        path = args.folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"Could not write {path}")
        written.append(path)

    with tempfile.TemporaryDirectory() as folder:
        os.environ["SOFTPHONE_FLEET_SETTINGS"] = str(Path(folder) / "no-fleet.toml")
        profile = Profile.resolve(Path(folder) / "profile")
        profile.ensure()
        profile.settings_file.write_text(SETTINGS, encoding="utf-8")
        app = Application(profile, configure_logging=False)
        app.start(show=True)
        try:
            settle(5.0, lambda: app.assistant.assistant is not None)
            assistant = app.assistant.assistant
            assert assistant is not None, "a fresh profile opens the assistant"
            settle(1.0)
            for page in ("welcome", "address", "headset", "admin", "test_call"):
                assistant.show_page(page)
                save(assistant, f"assistant-{page}")
            assistant.close()

            dialog = app.show_settings()
            for page in ("agent", "calls", "emergency.callback", "emergency.contacts",
                         "carrier"):
                dialog.show_page(page)
                save(dialog, f"settings-{page.replace('.', '-')}")
            dialog.search.setText("callback")
            save(dialog, "settings-search")
            dialog.close()

            app.phone.hangup(app.window.dial("+15557654321").call_id)
            app.window.dial("911")
            settle(5.0, lambda: app.window.emergency_view is not None
                   and app.window.emergency_view.speech.isVisible())
            view = app.window.emergency_view
            assert view is not None, "911 opens the emergency view"
            save(view, "emergency-view")
            for code in ("da_DK", "fr_CA", "es_PR"):  # switched live, the call still up
                app.settings.set("ui.language", code)
                settle(1.0)
                save(view, f"emergency-view-{code}")
            app.settings.set("ui.language", "")
            app.phone.hangup()
            settle(2.0, lambda: app.window.emergency_view is None)
            save(app.window, "main-window-callback-mode")
        finally:
            app.shutdown()
    del qt_app
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
