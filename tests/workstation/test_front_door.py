"""The ways a user first meets the softphone, run literally: the README's first command, the menu
entry and its links, a wheel installed into a fresh venv and run from another folder, and the
command line read through a pipe that closes early."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.blocks.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import start_in_background, wait_for_instance

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "softphone" / "resources" / "desktop" / "softphone.desktop"
BIN = Path(sys.executable).parent  # the venv the set-up script made: softphone is on its path


@pytest.fixture
def environment(profile: Profile, settings: Settings, tmp_path: Path) -> Iterator[dict[str, str]]:
    """What a user's session has: the softphone on the PATH, no display, the test's profile as
    the default one (SOFTPHONE_PROFILE), a home folder of its own. The instance is quit after."""
    settings.update({"carrier.simulated.answer_delay": 0.2,
                     "carrier.simulated.speak_greeting": False, "location.ip_fallback": False})
    settings.save()
    home = tmp_path / "home"
    home.mkdir()
    made = {key: value for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    made.update(PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}", HOME=str(home),
                SOFTPHONE_PROFILE=str(profile.root),
                SOFTPHONE_FLEET_SETTINGS=str(profile.fleet_file))
    yield made
    quit_ = subprocess.run([BIN / "softphone", "quit"], env=made, capture_output=True, text=True,
                           timeout=60)
    if quit_.returncode == 1:  # an emergency call is up: end it first
        subprocess.run([BIN / "softphone", "hangup"], env=made, capture_output=True, timeout=60)
        subprocess.run([BIN / "softphone", "quit"], env=made, capture_output=True, timeout=60)


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return process.returncode, err


def desktop_exec(link: str | None) -> list[str]:
    """The menu entry's Exec line as a desktop expands it (the spec drops %u without a link)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(DESKTOP, encoding="utf-8")
    words = parser["Desktop Entry"]["Exec"].split()
    return [link if word == "%u" else word for word in words if word != "%u" or link]


@pytest.mark.slow
def test_the_readme_first_command_starts_the_app(profile, environment):
    process = subprocess.Popen(["sh", "packaging/dev.sh", "run"], cwd=ROOT, env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        status = wait_for_instance(profile)
        assert status["running"] and status["presence"] == "Available"
    finally:
        subprocess.run([BIN / "softphone", "quit"], env=environment, timeout=60)
        code, err = finish(process)
    assert code == 0 and "Traceback" not in err, err
    assert "runs headless" in err  # no display: the script says how to drive it


@pytest.mark.slow
def test_the_menu_entry_without_a_link_starts_the_app(profile, environment, tmp_path):
    process = subprocess.Popen(desktop_exec(None), cwd=tmp_path, env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for_instance(profile)["running"]
    finally:
        subprocess.run([BIN / "softphone", "quit"], env=environment, timeout=60)
        code, err = finish(process)
    assert code == 0 and "Traceback" not in err, err


@pytest.mark.slow
def test_a_tel_link_from_the_menu_entry_with_nothing_running_places_the_call(
        profile, environment, tmp_path):
    dialled = subprocess.run(desktop_exec("tel:911"), cwd=tmp_path, env=environment,
                             capture_output=True, text=True, timeout=60)
    assert dialled.returncode == 0, dialled.stderr
    assert json.loads(dialled.stdout)["carrier_has_it"] is True
    status = wait_for_instance(profile, timeout=5)
    assert status["emergency"]["active"] and status["calls"][0]["remote"] == "911"


@pytest.mark.slow
def test_status_read_through_a_pipe_that_closes_early_ends_quietly(profile, environment):
    instance = start_in_background(profile, environment)
    try:
        wait_for_instance(profile)
        # The literal pipeline, and a reader that is gone before anything is written.
        piped = subprocess.run(["bash", "-o", "pipefail", "-c", "softphone status --json | head -1"],
                               env=environment, capture_output=True, text=True, timeout=60)
        assert piped.returncode == 0 and piped.stdout == "{\n", piped.stderr
        assert piped.stderr == ""
        for command in (["status", "--json"], ["status"], ["--help"]):
            read, write = os.pipe()
            os.close(read)
            done = subprocess.run([BIN / "softphone", *command], env=environment, stdout=write,
                                  stderr=subprocess.PIPE, text=True, timeout=60)
            os.close(write)
            assert done.returncode == 0 and done.stderr == "", (command, done.stderr)
    finally:
        subprocess.run([BIN / "softphone", "quit"], env=environment, timeout=60)
        instance.wait(timeout=60)


@pytest.fixture
def wheel_venv(tmp_path: Path) -> Path:
    """A wheel built from the checkout and installed with pip into a fresh venv.

    The venv sees the test venv's site-packages for the dependencies (through a .pth line, which
    does not run that folder's own .pth files, so the checkout's editable install stays out):
    PySide6 and the rest are not downloaded again, and `softphone` itself comes from the wheel.
    """
    source = tmp_path / "source"
    shutil.copytree(ROOT / "softphone", source / "softphone",
                    ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    # What the build reads besides the package: setup.py compiles the translations' sources
    # with packaging/translations.py.
    for name in ("pyproject.toml", "README.md", "setup.py", "packaging/translations.py"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "resources" / "translations", source / "resources" / "translations")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(dist), str(source)], check=True, timeout=300)
    [wheel] = dist.glob("softphone-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, timeout=300)
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                                "['purelib'])"], capture_output=True, text=True,
                               check=True).stdout.strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


@pytest.mark.slow
def test_a_wheel_in_a_fresh_venv_runs_from_another_folder_and_dials_a_link(
        profile, environment, wheel_venv, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    softphone = wheel_venv / "bin" / "softphone"
    environment = dict(environment, PATH=f"{wheel_venv / 'bin'}{os.pathsep}/usr/bin:/bin")
    where = subprocess.run([wheel_venv / "bin" / "python", "-c", "import softphone, sys; "
                            "print(softphone.__file__)"], cwd=elsewhere, env=environment,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(wheel_venv)), where  # the wheel, not the checkout

    started = subprocess.Popen([softphone, "run"], cwd=elsewhere, env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for_instance(profile)["running"]
    finally:
        assert subprocess.run([softphone, "quit"], cwd=elsewhere, env=environment,
                              timeout=60).returncode == 0
        code, err = finish(started)
    assert code == 0 and "Traceback" not in err, err

    # A CRM's click-to-dial with nothing running on this install: it starts the instance itself.
    dialled = subprocess.run([softphone, "tel:911"], cwd=elsewhere, env=environment,
                             capture_output=True, text=True, timeout=60)
    assert dialled.returncode == 0, dialled.stderr
    status = wait_for_instance(profile, timeout=5)
    assert status["emergency"]["active"] and status["calls"][0]["remote"] == "911"
    command = Path(f"/proc/{status['pid']}/cmdline").read_bytes().split(b"\0")
    assert command[0].decode() == str(wheel_venv / "bin" / "python")
