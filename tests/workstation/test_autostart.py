"""Start at login: the XDG autostart entry, written and removed as the setting says."""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from softphone.autostart import (
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    desktop_exec_quote,
    entry_name,
    launch_command,
)
from softphone.blocks.profile import Profile
from tests.helpers import control, wait_for_instance


def entry_path(xdg_config: Path, profile: Profile) -> Path:
    return xdg_config / "autostart" / f"{entry_name(profile)}.desktop"


def exec_line(entry: Path) -> str:
    [line] = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    return line.removeprefix("Exec=")


def test_turning_start_at_login_on_writes_an_entry_that_starts_this_profile_in_the_tray(
        qtbot, make_app, xdg_config, profile):
    app = make_app(tray=False)
    entry = entry_path(xdg_config, profile)
    assert not entry.exists()
    app.settings.set("startup.at_login", True)
    assert entry.exists()
    validated = subprocess.run([shutil.which("desktop-file-validate") or "desktop-file-validate",
                                str(entry)], capture_output=True, text=True)
    assert validated.returncode == 0 and validated.stdout == "", validated.stdout
    assert shlex.split(exec_line(entry)) == launch_command(profile)
    assert launch_command(profile)[-4:] == ["--profile", str(profile.root), "run", "--hidden"]

    app.settings.set("startup.at_login", False)
    assert not entry.exists()


def test_the_entry_really_starts_the_softphone_of_its_profile(xdg_config, profile, ready_settings):
    entry = XdgAutostart(entry_name(profile), launch_command(profile))
    entry.apply(True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    process = subprocess.Popen(shlex.split(exec_line(entry.path)), env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        status = wait_for_instance(profile)
        assert status["pid"] == process.pid
        assert control(profile, "quit")["ok"]
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_a_fleet_file_that_turns_it_on_takes_effect_at_start_and_is_locked(
        qtbot, make_app, xdg_config, profile):
    profile.fleet_file.parent.mkdir(parents=True)
    profile.fleet_file.write_text("[startup]\nat_login = true\n")
    app = make_app(tray=False)
    assert entry_path(xdg_config, profile).exists()
    assert app.settings.is_locked("startup.at_login")


def test_an_entry_that_cannot_be_written_is_reported_and_the_softphone_runs(
        qtbot, make_app, xdg_config, profile, ready_settings):
    xdg_config.mkdir()
    (xdg_config / "autostart").write_text("a file where the folder should be")
    ready_settings.set("startup.at_login", True)
    ready_settings.save()
    app = make_app(tray=False)
    [problem] = [p for p in app.problems if "start-at-login" in p]
    assert str(xdg_config / "autostart") in problem and "startup.at_login" in problem
    assert app.window.dial("911") is not None and app.phone.emergency.active


@pytest.mark.parametrize(("argument", "quoted"), [
    ("/usr/bin/softphone", "/usr/bin/softphone"),
    ("/home/dana/My Profile", '"/home/dana/My Profile"'),
    ("/tmp/$HOME`x`", '"/tmp/\\$HOME\\`x\\`"'),
    ('say "hi"', '"say \\"hi\\""'),
    ("C:\\Users", '"C:\\\\Users"'),
])
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says(argument, quoted):
    assert desktop_exec_quote(argument) == quoted


def test_percent_and_backslash_get_the_string_escapes_too(tmp_path):
    entry = XdgAutostart("softphone", ["/opt/soft phone/softphone", "--profile", "/p/100%\\x"],
                         config_home=tmp_path)
    entry.apply(True)
    assert exec_line(entry.path) == '"/opt/soft phone/softphone" --profile "/p/100%%\\\\\\\\x"'
    validated = subprocess.run(["desktop-file-validate", str(entry.path)], capture_output=True,
                               text=True)
    assert validated.returncode == 0 and validated.stdout == "", validated.stdout


def test_the_default_profile_starts_without_a_profile_argument(monkeypatch, tmp_path):
    monkeypatch.delenv("SOFTPHONE_PROFILE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = Profile.resolve(None)
    assert default.default and entry_name(default) == "softphone"
    assert launch_command(default)[-2:] == ["run", "--hidden"]
    assert "--profile" not in launch_command(default)


def test_the_macos_launch_agent_runs_the_same_command_at_load(tmp_path, profile):
    agent = MacLaunchAgent(entry_name(profile), launch_command(profile), home=tmp_path)
    agent.apply(True)
    content = plistlib.loads(agent.path.read_bytes())
    assert agent.path.parent == tmp_path / "Library" / "LaunchAgents"
    assert content["ProgramArguments"] == launch_command(profile)
    assert content["RunAtLoad"] is True and content["Label"] == agent.label
    agent.apply(False)
    assert not agent.path.exists()


def test_the_windows_run_value_is_one_quoted_command_line():
    key = WindowsRunKey("softphone", [r"C:\Program Files\Softphone\softphonew.exe", "run",
                                      "--hidden"])
    assert key.command_line() == r'"C:\Program Files\Softphone\softphonew.exe" run --hidden'
    assert key.where().endswith(r"Software\Microsoft\Windows\CurrentVersion\Run\softphone")
