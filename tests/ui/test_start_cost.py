"""What a softphone that has started, window and all, has not loaded yet (issue 14): the mail
libraries (loaded with the first email), the set-up assistant's pages (with the first one
shown), and libphonenumber's formatting data (with the first number shown).
``bench/cold_start.py`` measures what that saves; this proves where it comes from, on the real
``softphone run`` in its own process, started hidden as at login."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import quit_instance, wait_until_started

pytestmark = pytest.mark.slow

DEFERRED = ("smtplib", "ssl", "email", "softphone.notify.smtp", "softphone.notify.message",
            "softphone.widgets.assistant_pages")
FORMATTING_DATA = "phonenumbers.data.region_"  # one module per country


def deferred(name: str) -> bool:
    return name.startswith(FORMATTING_DATA) or any(
        name == package or name.startswith(package + ".") for package in DEFERRED)


def imported(log: Path) -> set[str]:
    """The modules ``python -X importtime`` reported in ``log`` so far."""
    return {line.rsplit("|", 1)[1].strip() for line in log.read_text().splitlines()
            if line.startswith("import time:") and "|" in line}


def test_a_started_softphone_has_loaded_no_mail_library_assistant_page_or_number_format(
        profile: Profile, settings: Settings, tmp_path: Path) -> None:
    # No IP lookup: its HTTP library loads the mail parser (http.client) on the location
    # thread, as it should, whenever the lookup starts after the rest of the start-up.
    settings.update({"location.ip_fallback": False})
    settings.save()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    log = tmp_path / "importtime.log"
    with log.open("w") as stderr:
        instance = subprocess.Popen(
            [sys.executable, "-X", "importtime", "-m", "softphone", "--profile",
             str(profile.root), "run", "--hidden"], env=environment,
            stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    try:
        wait_until_started(profile)  # the window's modules imported, the rest started
        loaded = imported(log)
        assert {"softphone.notify.notifier", "softphone.widgets.assistant"} <= loaded
        assert sorted(filter(deferred, loaded)) == []
    finally:
        quit_instance(profile, instance, environment)
