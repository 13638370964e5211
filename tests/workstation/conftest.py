"""Fixtures for the workstation tests: a whole app on a temporary profile, with or without a
system tray, and a private XDG config folder so start-at-login never touches the real one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from softphone.app import Application
from softphone.control.ipc import ControlUnavailable, send
from softphone.profile import Profile
from softphone.settings.store import Settings

POOL = ["+15551230001", "+15551230002"]
OWN = "+15551230000"

# The offscreen platform has no system tray; when a test stands in for a desktop that has one,
# Qt's fallback tray looks for a signal the offscreen platform does not provide.
NO_TRAY_ON_OFFSCREEN = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


@pytest.fixture(autouse=True)
def xdg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def ready_settings(settings: Settings) -> Settings:
    settings.update({"outbound.caller_id": OWN, "callback.pool": POOL,
                     "carrier.simulated.answer_delay": 0.1,
                     "carrier.simulated.speak_greeting": False,
                     "location.ip_fallback": False})
    settings.save()
    return settings


@pytest.fixture
def make_app(qtbot, profile: Profile, ready_settings: Settings) -> Iterator[Callable[..., Application]]:
    """``make_app(tray=True, show=True)``: an Application started as ``softphone run`` would."""
    created: list[Application] = []

    def make(tray: bool = True, show: bool = True) -> Application:
        application = Application(profile, configure_logging=False)
        application.desktop.tray_available = lambda: tray
        created.append(application)
        application.start(show=show)
        if show:
            qtbot.waitExposed(application.window)
        return application

    yield make
    for application in created:
        application.shutdown()


def accepts_commands(profile: Profile) -> bool:
    """Whether the profile's control socket takes connections (usable in the instance's own
    thread, where a full request would wait on itself)."""
    from softphone.qt import QtNetwork

    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(profile.server_name)
    connected = socket.waitForConnected(1000)
    socket.abort()
    return connected


def run_cli(profile: Profile, *arguments: str, environment: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "softphone", "--profile", str(profile.root),
                           *arguments], capture_output=True, text=True, timeout=timeout,
                          env=environment or dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def wait_for_instance(profile: Profile, timeout: float = 30) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return send(profile.server_name, {"command": "status", "args": {}})["result"]
        except ControlUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
