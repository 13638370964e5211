"""The profile's SQLite files (the core's database and the notification outbox) share one opener:
a damaged file is erased (it may hold a lease or an emergency email) and a fresh one started, an
unusable one leaves the softphone on memory with a sentence naming the fix, and nothing about a
bad file stops the softphone."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from softphone.blocks import text
from softphone.blocks.languages import load_catalogue
from softphone.core.storage import Database
from softphone.notify.outbox import Outbox

DAMAGED = b"this is not a database, " * 200


def kept_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


@pytest.mark.parametrize("kind", ["database", "outbox"])
def test_a_damaged_file_is_erased_and_a_fresh_one_started(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.db"
    path.write_bytes(DAMAGED)
    (tmp_path / f"{kind}.db-journal").write_bytes(DAMAGED)  # and SQLite's files beside it
    opened = Database(path) if kind == "database" else Outbox(path)
    assert kept_copies(path) == []
    assert opened.problem is not None and "it was erased" in opened.problem
    assert "a new one was started" in opened.problem
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    for file in tmp_path.iterdir():
        assert b"this is not a database" not in file.read_bytes(), file.name


@pytest.mark.parametrize("kind", ["database", "outbox"])
def test_copies_an_older_version_kept_aside_are_erased_at_start(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.db"
    old = tmp_path / f"{kind}.db.damaged-20260101-120000"
    old.write_bytes(DAMAGED)
    Database(path).close() if kind == "database" else Outbox(path).close()
    assert not old.exists()


def test_the_database_in_a_folder_it_cannot_use_runs_in_memory_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "softphone.db"
    path.mkdir()  # not a file SQLite can open, whoever runs the test (root ignores permissions)
    database = Database(path)
    assert database.problem is not None
    assert database.problem.startswith(f"Cannot write to {path} (")
    assert "make the profile folder writable. Calls are not affected." in database.problem
    database.execute("INSERT INTO state (key, value) VALUES ('presence', 'Available')")
    assert database.execute("SELECT value FROM state").fetchone() == ("Available",)


def test_the_outbox_it_cannot_use_runs_in_memory_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    path.mkdir()
    outbox = Outbox(path)
    assert outbox.problem is not None
    assert outbox.problem.startswith(f"Cannot write the notification outbox {path} (")
    assert outbox.pending() == []


def test_a_damaged_file_that_cannot_be_erased_leaves_the_database_in_memory(
        tmp_path: Path) -> None:
    path = tmp_path / "softphone.db"
    path.write_bytes(DAMAGED)
    sidecar = tmp_path / "softphone.db-shm"
    (sidecar / "in-the-way").mkdir(parents=True)  # a folder where SQLite's file goes: not removable
    database = Database(path)
    assert database.problem is not None and database.problem.startswith(f"Cannot write to {path}")
    assert "could not be erased" in database.problem
    database.execute("INSERT INTO state (key, value) VALUES ('presence', 'Available')")


def test_the_outbox_file_is_readable_by_the_user_alone(tmp_path: Path) -> None:
    Outbox(tmp_path / "outbox.db").close()
    assert stat.S_IMODE((tmp_path / "outbox.db").stat().st_mode) == 0o600


def test_an_unusable_outbox_is_said_in_the_agents_language_and_logged_in_english(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "outbox.db"
    path.write_bytes(DAMAGED)
    (tmp_path / "outbox.db-shm" / "in-the-way").mkdir(parents=True)
    text.install(load_catalogue("da_DK"))
    try:
        with caplog.at_level(logging.WARNING, logger="notify"):
            outbox = Outbox(path)
    finally:
        text.install(None)
    assert outbox.problem is not None and "kunne ikke slettes" in outbox.problem
    [logged] = [record.getMessage() for record in caplog.records
                if record.getMessage().startswith("outbox unavailable")]
    assert "it is damaged and could not be erased: " in logged
