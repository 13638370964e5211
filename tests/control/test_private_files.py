"""The modes the softphone gives its files and folders, and what it closes at start."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from softphone.blocks.logs import configure
from softphone.blocks.private import close_files_to_others
from softphone.blocks.profile import Profile


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_log_files_are_private_after_every_rotation(tmp_path: Path) -> None:
    logs = tmp_path / "state" / "softphone" / "log"
    assert configure(logs) is None
    try:
        handler = next(h for h in logging.getLogger().handlers if hasattr(h, "doRollover"))
        logging.getLogger("core").warning("before the rotation")
        handler.doRollover()  # type: ignore[attr-defined]
        logging.getLogger("core").warning("after it")
    finally:
        configure(None)
    assert sorted(p.name for p in logs.iterdir()) == ["softphone.log", "softphone.log.1"]
    assert {mode(p) for p in logs.iterdir()} == {0o600}
    assert mode(logs) == mode(logs.parent) == mode(logs.parent.parent) == 0o700


def test_a_file_others_could_write_is_left_for_its_reader_to_report(tmp_path: Path) -> None:
    """Closing it would hide that someone else may have changed it; the folder is closed."""
    profile = Profile.resolve(tmp_path / "profile")
    profile.root.mkdir(mode=0o755)
    profile.root.chmod(0o755)
    for name, before in (("settings.toml", 0o666), ("softphone.db", 0o644)):
        (profile.root / name).write_text("")
        (profile.root / name).chmod(before)
    profile.ensure()
    assert mode(profile.root) == 0o700
    assert mode(profile.settings_file) == 0o666 and mode(profile.database) == 0o600


def test_only_the_softphones_own_files_are_touched(tmp_path: Path) -> None:
    """A profile pointed at a folder with other things in it leaves those alone."""
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "notes.txt").chmod(0o644)
    (tmp_path / "softphone.db-wal").write_text("")
    (tmp_path / "softphone.db-wal").chmod(0o644)
    close_files_to_others(tmp_path, ("softphone.db",))
    assert mode(tmp_path / "notes.txt") == 0o644 and mode(tmp_path / "softphone.db-wal") == 0o600
