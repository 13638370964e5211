"""The README's screenshot command, run as written: on a real window system (Xvfb), it saves the
set-up assistant, the settings dialog and the emergency view as PNG files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from softphone.qt import QtGui

REPOSITORY = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def documented_command() -> str:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Screenshots"):]
    return next(line.strip() for line in section.splitlines() if line.startswith("xvfb-run"))


def test_the_screenshot_command_saves_the_assistant_the_dialog_and_the_emergency_view(
        tmp_path: Path) -> None:
    command = documented_command().replace("shots/", str(tmp_path / "shots"))
    if not (REPOSITORY / ".venv" / "bin" / "python").exists():  # a venv elsewhere (CI's choice)
        command = command.replace(".venv/bin/python", sys.executable)
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(command, shell=True, cwd=REPOSITORY, env=environment,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    written = sorted(Path(line).name for line in done.stdout.split())
    assert {"assistant-welcome.png", "assistant-address.png", "assistant-headset.png",
            "assistant-admin.png", "assistant-test_call.png", "settings-agent.png",
            "settings-emergency-contacts.png", "settings-search.png",
            "emergency-view.png", "emergency-view-da_DK.png", "emergency-view-fr_CA.png",
            "emergency-view-es_PR.png"} <= set(written)
    for name in written:
        image = QtGui.QImage(str(tmp_path / "shots" / name))
        assert image.width() >= 500 and image.height() >= 400, name
