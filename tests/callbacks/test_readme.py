"""What the README's contact-center section promises and the commands it gives, run as given."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.callbacks import schema
from softphone.settings.store import Settings
from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(title)
    return README[start:README.index("\n## ", start + 1)]


def test_the_contact_center_fleet_example_is_a_valid_fleet_file(profile: Profile) -> None:
    text = section("## A contact center")
    example = text[text.index("```toml\n") + 8:text.index("```\n", text.index("```toml"))]
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    profile.fleet_file.write_text(example)
    fleet = Settings(profile.settings_file, profile.fleet_file)
    assert fleet.problems == []
    [denver] = fleet["callback.sites"]
    assert denver.name == "Denver" and denver.networks == ("10.20.0.0/16",)
    assert fleet["callback.shared_store"].startswith("postgresql://softphone@db.example.com/")
    assert fleet.is_locked("callback.unassigned_route")


def test_the_schema_command_prints_every_statement_the_app_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "softphone.callbacks.schema"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    for version in schema.VERSIONS:
        assert version.strip() in done.stdout
    assert "CREATE FUNCTION callback_claim" in done.stdout


def test_the_kamailio_configuration_check_passes() -> None:
    command = "kamailio -c -f packaging/kamailio/callbacks.cfg"
    assert f"`{command}`" in README
    done = subprocess.run(command.split(), cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_leases_and_end_callback_on_the_embedded_default(profile: Profile,
                                                         ready_settings: Settings) -> None:
    """``softphone leases`` needs no shared store: on one workstation it lists its own lease."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    assert "softphone leases [--json]" in README and "softphone end-callback" in README
    try:
        assert run_cli(profile, "dial", "911", environment=environment).returncode == 0
        done = run_cli(profile, "leases", "--json", environment=environment)
        assert done.returncode == 0, done.stderr
        [lease] = json.loads(done.stdout)
        assert lease["number"] == ready_settings["callback.pool"][0] and lease["site"] == ""
        refused = run_cli(profile, "end-callback", environment=environment)
        assert refused.returncode == 1 and "emergency call is up" in refused.stderr
        assert run_cli(profile, "hangup", environment=environment).returncode == 0
        assert run_cli(profile, "end-callback", environment=environment).returncode == 0
        table = run_cli(profile, "leases", environment=environment)
        assert table.stdout.strip() == "No callback number is leased."
    finally:
        run_cli(profile, "quit", environment=environment)
