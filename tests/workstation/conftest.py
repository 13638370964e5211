"""Fixtures for the workstation tests: a whole app on a temporary profile, with or without a
system tray, and a private XDG config folder so start-at-login never touches the real one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from softphone.app import Application
from softphone.blocks.profile import Profile
from softphone.control.client import accepts_connections
from softphone.control.endpoint import Endpoint
from softphone.settings.store import Settings

# The offscreen platform has no system tray; when a test stands in for a desktop that has one,
# Qt's fallback tray looks for a signal the offscreen platform does not provide.
NO_TRAY_ON_OFFSCREEN = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


@pytest.fixture(autouse=True)
def xdg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def make_app(ready_settings: Settings,
             start_app: Callable[..., Application]) -> Callable[..., Application]:
    """``make_app(tray=True, show=True)``: the softphone on a desktop with or without a tray."""

    def make(tray: bool = True, show: bool = True) -> Application:
        def desktop(application: Application) -> None:
            application.desktop.tray_available = lambda: tray

        return start_app(show=show, before_start=desktop)

    return make


def accepts_commands(profile: Profile) -> bool:
    """Whether the profile's control socket takes connections (usable in the instance's own
    thread, where a full request would wait on itself)."""
    return accepts_connections(Endpoint.for_instance(profile.server_name))
