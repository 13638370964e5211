"""The README's translation commands, run as given."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command(action: str) -> list[str]:
    line = f".venv/bin/python packaging/translations.py {action}"
    assert line in README
    return [sys.executable, *line.split()[1:]]


def test_the_check_command_passes_on_this_tree() -> None:
    done = subprocess.run(command("check"), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("complete") == 4


def test_update_leaves_current_translations_unchanged_and_build_writes_every_language(
        tmp_path) -> None:
    """In a copy of the tree, so that a test never rewrites the sources it checks."""
    for part in ("softphone", "resources/translations", "packaging"):
        shutil.copytree(ROOT / part, tmp_path / part,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    before = {path.name: path.read_bytes() for path in (tmp_path / "resources" / "translations")
              .glob("*.ts")}
    subprocess.run(command("update"), cwd=tmp_path, check=True, capture_output=True, timeout=300)
    after = {path.name: path.read_bytes() for path in (tmp_path / "resources" / "translations")
             .glob("*.ts")}
    assert after == before
    subprocess.run(command("build"), cwd=tmp_path, check=True, capture_output=True, timeout=300)
    assert sorted(path.name for path in (tmp_path / "softphone" / "translations").glob("*.qm")) == [
        "softphone_da_DK.qm", "softphone_en_US.qm", "softphone_es_PR.qm", "softphone_fr_CA.qm"]
