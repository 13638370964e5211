"""The floors are enforced: the contract lists every floor, a backward import breaks it, and the
test command runs the layer check, ruff and mypy and fails when any of them fails."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

FLOORS = [
    {"softphone.app", "softphone.cli", "softphone.launcher", "softphone.parts",
     "softphone.early", "softphone.carrier_plugins",
     "softphone.widgets", "softphone.qtbridge", "softphone.collector", "softphone.crash",
     "softphone.autostart", "softphone.__main__"},
    {"softphone.carriers", "softphone.location", "softphone.notify", "softphone.audio",
     "softphone.control", "softphone.callbacks"},
    {"softphone.core"},
    {"softphone.settings"},
    {"softphone.blocks"},
]
# Not on a floor: the package's own __init__ (the version), and the one door to Qt, which the
# features and the top use and the qt-free contract keeps away from the floors below them.
OFF_THE_FLOORS = {"softphone", "softphone.qt"}


def contract(path: Path = ROOT / ".importlinter") -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    assert parser.read(path), f"{path} is missing"
    return parser


def floors(parser: configparser.ConfigParser) -> list[set[str]]:
    lines = parser["importlinter:contract:floors"]["layers"].strip().splitlines()
    return [{name.strip() for name in line.replace("|", ":").split(":")} for line in lines]


def test_the_contract_lists_the_five_floors_top_to_bottom() -> None:
    assert floors(contract()) == FLOORS
    features = contract()["importlinter:contract:floors"]["layers"].strip().splitlines()[1]
    assert ":" not in features  # the features are independent of each other ("|")


def test_every_module_of_the_package_is_on_a_floor() -> None:
    on_floors = set().union(*floors(contract()))
    found = {f"softphone.{path.stem}" for path in (ROOT / "softphone").iterdir()
             if path.suffix == ".py" and path.stem != "__init__"
             or path.is_dir() and (path / "__init__.py").exists()} | {"softphone"}
    assert found - OFF_THE_FLOORS == on_floors


def test_the_core_settings_and_blocks_are_kept_from_qt() -> None:
    qt_free = contract()["importlinter:contract:qt-free"]
    assert set(qt_free["source_modules"].split()) == {"softphone.core", "softphone.settings",
                                                      "softphone.blocks"}
    assert {"PySide6", "softphone.qt", "softphone.qtbridge"} <= set(
        qt_free["forbidden_modules"].split())


def copy_of_the_repository(target: Path) -> Path:
    """The tracked files (with this checkout's edits), without caches or the venv."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def lint_imports(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=folder, text=True,
                          capture_output=True, env={**os.environ, "PYTHONPATH": str(folder)},
                          timeout=120)


def add_line(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as file:
        file.write(f"\n{line}\n")


@pytest.mark.parametrize(("module", "line", "contract_name", "reported"), [
    ("core/phone.py", "from softphone.carriers.simulated import SimulatedCarrier",
     "Each floor imports only the floors below it",
     "softphone.core.phone -> softphone.carriers.simulated"),
    ("settings/options.py", "from softphone.notify import template",
     "Each floor imports only the floors below it",
     "softphone.settings.options -> softphone.notify.template"),
    ("blocks/events.py", "from softphone.core import calls",
     "Each floor imports only the floors below it", "softphone.blocks.events -> softphone.core.calls"),
    ("location/service.py", "from softphone.notify import notifier",
     "Each floor imports only the floors below it",
     "softphone.location.service -> softphone.notify.notifier"),
    ("core/calls.py", "from softphone.qt import QtCore",
     "The core, settings and building blocks never import Qt", "softphone.core.calls -> softphone.qt"),
    ("widgets/dialpad.py", "from PySide6 import QtCore",
     "Qt is imported only through softphone.qt", "softphone.widgets.dialpad -> PySide6"),
    ("parts.py", "from softphone.location.runtime import LocationRuntime",
     "What a call placed before Qt needs imports no Qt",
     "softphone.parts -> softphone.location.runtime"),
])
def test_a_backward_import_breaks_the_contract(tmp_path: Path, module: str, line: str,
                                               contract_name: str, reported: str) -> None:
    copy = copy_of_the_repository(tmp_path)
    kept = lint_imports(copy)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    add_line(copy / "softphone" / module, line)
    broken = lint_imports(copy)
    assert broken.returncode != 0
    assert f"{contract_name} BROKEN" in broken.stdout
    assert reported in broken.stdout


def stand_in_venv(folder: Path) -> Path:
    """A venv folder whose tools run this test run's, stamped as installed for this pyproject,
    so that packaging/dev.sh neither installs anything nor touches the real venv."""
    venv = folder / "venv"
    (venv / "bin").mkdir(parents=True)
    for tool in ("python", "lint-imports", "ruff", "mypy"):
        wrapper = venv / "bin" / tool
        wrapper.write_text(f'#!/bin/sh\nexec "{BIN / tool}" "$@"\n')
        wrapper.chmod(0o755)
    stamp = subprocess.run("cat pyproject.toml | cksum", shell=True, cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout
    (venv / ".installed-test").write_text(stamp)
    return venv


@pytest.mark.slow
def test_the_test_command_fails_when_the_layers_lint_or_types_fail(tmp_path: Path) -> None:
    copy = copy_of_the_repository(tmp_path / "repo")
    venv = stand_in_venv(tmp_path)
    add_line(copy / "softphone" / "core" / "carrier.py",  # a backward import (for types only,
             "if TYPE_CHECKING:\n"                     # so that the tests can still import it)
             "    from softphone.app import Application  # noqa: F401")
    add_line(copy / "softphone" / "blocks" / "paths.py", "import os  # noqa: E402")  # unused: ruff
    add_line(copy / "softphone" / "blocks" / "events.py", 'WRONG: int = "not a number"')  # mypy
    site = Path(sysconfig.get_paths()["purelib"])
    installed = {path: path.stat().st_mtime_ns for path in site.glob("*softphone*")}
    result = subprocess.run(
        ["sh", "packaging/dev.sh", "test", "-q", "-p", "no:cacheprovider",
         "tests/test_settings_docs.py"],
        cwd=copy, text=True, capture_output=True, timeout=600,
        env={**os.environ, "SOFTPHONE_VENV": str(venv), "PYTHONPATH": str(copy),
             "SOFTPHONE_TEST_PACKAGING": "0"})
    output = result.stdout + result.stderr
    # Nothing was installed: the copy is not what this test run's venv imports from now on.
    assert {path: path.stat().st_mtime_ns for path in site.glob("*softphone*")} == installed, \
        output
    assert result.returncode != 0, output
    assert "softphone.core.carrier -> softphone.app" in output
    assert "F401" in output and "softphone/blocks/paths.py" in output
    assert 'Incompatible types in assignment (expression has type "str"' in output
    assert ("Checks that failed before the tests: lint-imports (a backward import: see "
            ".importlinter) ruff mypy") in output
    assert "1 passed" in output  # the tests still ran
