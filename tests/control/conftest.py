"""The real command line against a real running instance, in separate processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import run_cli, wait_for_instance


@dataclass
class Cli:
    profile: Profile
    environment: dict[str, str]

    def run(self, *arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return run_cli(self.profile, *arguments, environment=self.environment, timeout=timeout)

    def status(self) -> dict:
        done = self.run("status", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def wait_for_instance(self, timeout: float = 30) -> dict:
        return wait_for_instance(self.profile, timeout)

    def kill_instance(self) -> None:
        pid = self.status()["pid"]
        os.kill(pid, signal.SIGKILL)
        stat = Path(f"/proc/{pid}/stat")
        while stat.exists():  # gone, or a zombie nobody has reaped yet
            try:
                if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
                    return
            except (FileNotFoundError, ProcessLookupError):
                return


@pytest.fixture
def cli(profile: Profile, settings: Settings, tmp_path: Path) -> Iterator[Cli]:
    settings.update({"outbound.caller_id": "+15551230000",
                     "callback.pool": ["+15551230001", "+15551230002"],
                     "carrier.simulated.answer_delay": 0.2,
                     "carrier.simulated.speak_greeting": False})
    settings.save()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    made = Cli(profile, environment)
    yield made
    stop = made.run("quit")
    if stop.returncode == 1:  # an emergency call is still up: end it, then quit
        made.run("hangup")
        made.run("quit")
