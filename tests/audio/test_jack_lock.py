"""Removing JACK's metadata database only when no process uses it: real Berkeley DB locks held
by real processes, in a private ``/dev/shm`` (``stale_jack_lock.PrivateShm``)."""

from __future__ import annotations

import mmap
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from softphone.audio.jack_lock import Outcome, User, processes_using, remove_if_abandoned
from tests.audio.stale_jack_lock import PrivateShm

pytestmark = pytest.mark.slow


def test_a_lock_a_live_process_holds_is_left_alone_and_that_process_is_named(
        tmp_path: Path, virtual_audio: Any) -> None:
    shm = PrivateShm(tmp_path / "shm")
    holder = shm.hold_the_jack_lock()
    try:
        files = sorted(os.listdir(shm.jack_folder))
        cure = remove_if_abandoned(shm.jack_folder)
        name = Path(f"/proc/{holder.pid}/comm").read_text().strip()
        assert cure.outcome is Outcome.IN_USE
        assert cure.users == (User(holder.pid, name),)
        assert sorted(os.listdir(shm.jack_folder)) == files
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_a_killed_process_left_is_removed_and_portaudio_starts_again(
        tmp_path: Path, virtual_audio: Any) -> None:
    shm = PrivateShm(tmp_path / "shm")
    shm.leave_a_stale_jack_lock()
    assert not shm.starts_portaudio(timeout=3)
    assert remove_if_abandoned(shm.jack_folder).outcome is Outcome.REMOVED
    assert os.listdir(shm.folder) == []  # nothing left beside it either
    assert shm.starts_portaudio(timeout=30)


def test_a_process_that_maps_the_database_is_a_user_this_one_included(tmp_path: Path) -> None:
    folder = tmp_path / "jack_db-0"
    folder.mkdir()
    (folder / "__db.001").write_bytes(bytes(4096))
    assert processes_using(folder) == ()
    with open(folder / "__db.001", "r+b") as region, mmap.mmap(region.fileno(), 0):
        name = Path("/proc/self/comm").read_text().strip()
        assert processes_using(folder) == (User(os.getpid(), name),)
        assert remove_if_abandoned(folder).outcome is Outcome.IN_USE
    assert folder.is_dir()


def test_the_folder_is_renamed_away_before_anything_in_it_is_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A program starting JACK meanwhile finds no folder (and makes a fresh one) rather than a
    half-deleted one."""
    folder = tmp_path / "jack_db-0"
    folder.mkdir()
    (folder / "metadata.db").write_bytes(b"metadata")
    seen = []
    rmtree = shutil.rmtree

    def deleting(path: Any, *arguments: Any, **options: Any) -> None:
        seen.append((folder.exists(), sorted(os.listdir(path)), Path(path).parent))
        rmtree(path, *arguments, **options)

    monkeypatch.setattr(shutil, "rmtree", deleting)
    assert remove_if_abandoned(folder).outcome is Outcome.REMOVED
    assert seen == [(False, ["jack_db-0"], tmp_path)]  # the whole folder, under a new name
    assert os.listdir(tmp_path) == []


def test_nothing_there_is_said_so(tmp_path: Path) -> None:
    assert remove_if_abandoned(tmp_path / "jack_db-0").outcome is Outcome.NOTHING_THERE


def test_a_symlink_planted_in_its_place_is_left_alone_and_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious").write_text("keep")
    shm = tmp_path / "shm"
    shm.mkdir(mode=0o1777)
    (shm / "jack_db-0").symlink_to(elsewhere)
    cure = remove_if_abandoned(shm / "jack_db-0")
    assert cure.outcome is Outcome.SYMLINK
    assert (shm / "jack_db-0").is_symlink() and (elsewhere / "precious").read_text() == "keep"


def test_a_file_in_its_place_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "jack_db-0").write_text("not a database")
    assert remove_if_abandoned(tmp_path / "jack_db-0").outcome is Outcome.NOT_A_FOLDER
    assert (tmp_path / "jack_db-0").read_text() == "not a database"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can give a folder to another user")
def test_another_users_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "jack_db-0"
    folder.mkdir()
    (folder / "metadata.db").write_bytes(b"metadata")
    os.chown(folder, 4321, 4321)
    cure = remove_if_abandoned(folder)
    assert cure.outcome is Outcome.OTHER_USERS and cure.owner == 4321
    assert (folder / "metadata.db").exists()


def test_processes_that_end_while_they_are_read_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "jack_db-0"
    folder.mkdir()
    (folder / "__db.001").write_bytes(bytes(4096))
    region = (folder / "__db.001").stat()
    proc = tmp_path / "proc"
    (proc / "4242").mkdir(parents=True)  # listed, gone before its maps were read
    (proc / "4343").mkdir()  # gone after its maps were read, before its name was
    (proc / "4343" / "maps").write_text(
        f"7f84-7f85 rw-s 00000000 {os.major(region.st_dev):02x}:{os.minor(region.st_dev):02x} "
        f"{region.st_ino}    /dev/shm/jack_db-0/__db.001\n")
    (proc / "4444").mkdir()  # still there
    (proc / "4444" / "maps").write_text((proc / "4343" / "maps").read_text())
    (proc / "4444" / "comm").write_text("jackd\n")
    assert processes_using(folder, proc) == (User(4444, "jackd"),)
