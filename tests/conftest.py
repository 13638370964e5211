"""Shared test set-up: offscreen Qt, one application for the session, a fresh profile per test."""

from __future__ import annotations

import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("SOFTPHONE_PROFILE", None)

import pytest

from softphone.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import ManualClock, ManualScheduler


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Profile:
    """An empty profile folder; the fleet file points into the test folder and does not exist."""
    monkeypatch.setenv("SOFTPHONE_FLEET_SETTINGS", str(tmp_path / "fleet" / "settings.toml"))
    found = Profile.resolve(tmp_path / "profile")
    found.ensure()
    return found


@pytest.fixture
def settings(profile: Profile) -> Settings:
    return Settings(profile.settings_file, profile.fleet_file)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def scheduler(clock: ManualClock) -> ManualScheduler:
    return ManualScheduler(clock)
