"""The fleet settings file IT deploys: it wins, it locks, and its mistakes are reported."""

from __future__ import annotations

import json
import os
from pathlib import Path

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import OWN, POOL, run_cli, start_in_background, wait_for_instance

FLEET = """\
version = 1
[outbound]
caller_id = "+15559990000"
[callback]
pool = ["+1 555 bad"]
lease_minutes = 30
[unknown]
thing = 1
"""


def write_fleet(profile: Profile, text: str) -> None:
    profile.fleet_file.parent.mkdir(parents=True, exist_ok=True)
    profile.fleet_file.write_text(text, encoding="utf-8")


def check(app, key: str):
    [found] = [c for c in app.readiness.checks if c.key == key]
    return found


def test_a_bad_fleet_value_is_reported_locked_at_its_default_and_the_rest_applies(
        qtbot, make_app, profile):
    write_fleet(profile, FLEET)
    app = make_app(tray=False)
    settings = app.settings
    assert settings["outbound.caller_id"] == "+15559990000" and settings.is_locked("outbound.caller_id")
    assert settings["callback.lease_minutes"] == 30 and settings.is_locked("callback.lease_minutes")
    # The user's own file has a pool; IT's broken one must not hand the option back to it.
    assert settings["callback.pool"] == () and settings.is_locked("callback.pool")
    [pool_problem] = [p for p in app.problems if "callback.pool" in p]
    assert str(profile.fleet_file) in pool_problem and "'+1 555 bad'" in pool_problem
    assert "Using the default" in pool_problem
    assert any("unknown setting 'unknown.thing'" in p for p in app.problems)

    settings_check = check(app, "settings.files")
    assert not settings_check.passed and "callback.pool" in settings_check.detail
    assert "restart" in settings_check.fix

    call = app.window.dial("911")  # and the phone works on what is valid
    assert call is not None and app.phone.emergency.active
    lease = app.phone.leases.current()
    assert lease is not None and lease.number == "+15559990000"


def test_a_fleet_file_that_is_not_toml_is_reported_and_the_users_settings_apply(
        qtbot, make_app, profile):
    write_fleet(profile, "[callback\npool = [")
    app = make_app(tray=False)
    [problem] = [p for p in app.problems if str(profile.fleet_file) in p]
    assert "not valid TOML" in problem
    assert app.settings["outbound.caller_id"] == OWN and not app.settings.is_locked("outbound.caller_id")
    assert app.settings["callback.pool"] == tuple(POOL)
    assert not check(app, "settings.files").passed
    assert any(str(profile.fleet_file) in message for message in app.window.notices.messages())


def test_a_valid_fleet_file_passes_the_settings_check(qtbot, make_app, profile):
    write_fleet(profile, "[callback]\nlease_minutes = 45\n")
    app = make_app(tray=False)
    assert check(app, "settings.files").passed
    assert app.settings["callback.lease_minutes"] == 45


def test_the_running_softphone_reports_a_broken_fleet_file_to_the_command_line(profile, ready_settings):
    write_fleet(profile, FLEET)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    instance = start_in_background(profile, environment)
    try:
        wait_for_instance(profile)
        done = run_cli(profile, "status", "--json", environment=environment)
        assert done.returncode == 0, done.stderr
        status = json.loads(done.stdout)
        assert any("callback.pool" in problem for problem in status["problems"])
        [settings_check] = [c for c in status["readiness"] if c["key"] == "settings.files"]
        assert settings_check["passed"] is False
    finally:
        run_cli(profile, "quit", environment=environment)
        instance.wait(timeout=30)


def test_the_readme_fleet_example_is_a_valid_fleet_file(profile, settings):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Fleet settings"):]
    example = section[section.index("```toml\n") + 8:section.index("```\n", section.index("```toml"))]
    write_fleet(profile, example)
    fleet = Settings(profile.settings_file, profile.fleet_file)
    assert fleet.problems == []
    assert fleet.is_locked("notify.recipients") and fleet.is_locked("notify.template.subject")
    assert fleet["notify.recipients"] == ("security@example.com", "supervisor@example.com")
