"""Removes JACK's metadata database when a killed program left its lock taken and no program
uses the database any more.

Every PortAudio start on Linux opens JACK's metadata database, a Berkeley DB environment in
``/dev/shm/jack_db-<uid>`` (made by JACK on first use, folder 0750 and files 0640, our own). A
process killed while it holds that database's lock leaves it taken for ever, and every later
PortAudio start of this user waits for it (``softphone.audio.portaudio``). Removing the folder
cures that: the next start makes a fresh one. It is safe only when no process uses the
database, because a live one may hold the lock for a moment, or be JACK's own server (what
the database holds, properties of JACK clients and ports, means something only while one runs).

Who uses it: every process that opens the environment maps its region files (the locks live in
them), so ``/proc/<pid>/maps`` names them all, and the files are matched by device and inode
rather than by path (a process in another mount namespace sees another path). Open file
descriptors are not scanned: a process cannot take or wait for a lock without the mapping, and
looking at another process's files through ``/proc/<pid>/fd`` makes the kernel ask their file
system, which can block on a dead network mount. Processes that end while they are read, and
processes that we may not read, are skipped: those are other users', which cannot open our
environment read-write (the files are 0640 and the folder is ours). A softphone in a container
sees only the container's processes (and normally the container's own ``/dev/shm``).

Removing: the folder is first renamed, atomically, into a fresh private folder beside it, then
deleted; a program that starts JACK meanwhile makes a fresh folder instead of meeting a
half-deleted one (a program that opened the old one between the scan and the rename keeps
the old files, and would have waited on the stale lock anyway). ``/dev/shm`` is sticky and
world-writable, so another local user could have made ``jack_db-<uid>`` first (a symlink, or a
folder of theirs): anything but a real folder owned by us is left alone, and once it is ours,
no other user can swap it (the sticky bit).

Plain Python, no Qt; reading ``/proc`` can take a moment, so callers run it off the GUI thread.
"""

from __future__ import annotations

import enum
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

SHARED_MEMORY = Path("/dev/shm")
PROC = Path("/proc")


def jack_folder() -> Path | None:
    """This user's JACK metadata folder (``None`` where there are no user ids)."""
    return SHARED_MEMORY / f"jack_db-{os.getuid()}" if hasattr(os, "getuid") else None


@dataclass(frozen=True)
class User:
    """A process that maps the database: its id and its name (``/proc/<pid>/comm``)."""

    pid: int
    name: str


class Outcome(enum.Enum):
    NOTHING_THERE = enum.auto()
    REMOVED = enum.auto()
    IN_USE = enum.auto()  # by ``users``
    SYMLINK = enum.auto()  # left alone, like the two below
    NOT_A_FOLDER = enum.auto()
    OTHER_USERS = enum.auto()  # a folder of user ``owner``
    FAILED = enum.auto()  # reading it or renaming it was refused (``error``)


@dataclass(frozen=True)
class Cure:
    """What ``remove_if_abandoned`` found and did."""

    folder: Path
    outcome: Outcome
    users: tuple[User, ...] = ()
    owner: int = -1
    error: str = ""


def remove_if_abandoned(folder: Path | None = None, proc: Path = PROC) -> Cure:
    """Remove ``folder`` (by default ``jack_folder()``) when it is a real folder of ours that no
    process maps; otherwise say who uses it, or why it was left alone."""
    folder = folder if folder is not None else jack_folder()
    if folder is None:
        return Cure(Path(), Outcome.NOTHING_THERE)
    try:
        found = os.lstat(folder)
    except FileNotFoundError:
        return Cure(folder, Outcome.NOTHING_THERE)
    except OSError as error:
        return Cure(folder, Outcome.FAILED, error=str(error))
    if stat.S_ISLNK(found.st_mode):
        return Cure(folder, Outcome.SYMLINK, owner=found.st_uid)
    if not stat.S_ISDIR(found.st_mode):
        return Cure(folder, Outcome.NOT_A_FOLDER, owner=found.st_uid)
    if found.st_uid != os.getuid():
        return Cure(folder, Outcome.OTHER_USERS, owner=found.st_uid)
    try:
        users = processes_using(folder, proc)
        if users:
            return Cure(folder, Outcome.IN_USE, users)
        holder = Path(tempfile.mkdtemp(prefix=f".{folder.name}.abandoned-", dir=folder.parent))
    except OSError as error:
        return Cure(folder, Outcome.FAILED, error=str(error))
    try:
        os.rename(folder, holder / folder.name)
    except OSError as error:
        holder.rmdir()
        return Cure(folder, Outcome.FAILED, error=str(error))
    shutil.rmtree(holder, ignore_errors=True)  # what is left there is harmless: nobody uses it
    return Cure(folder, Outcome.REMOVED)


def processes_using(folder: Path, proc: Path = PROC) -> tuple[User, ...]:
    """The processes that map a file of ``folder`` (ours included), by pid."""
    files = set()
    for entry in os.scandir(folder):
        found = entry.stat(follow_symlinks=False)
        files.add((os.major(found.st_dev), os.minor(found.st_dev), found.st_ino))
    users = []
    for entry in os.scandir(proc):
        if entry.name.isdigit() and _maps_one_of(Path(entry.path), files):
            try:
                name = (Path(entry.path) / "comm").read_text().strip()
            except OSError:  # it ended meanwhile
                continue
            users.append(User(int(entry.name), name))
    return tuple(sorted(users, key=lambda user: user.pid))


def _maps_one_of(process: Path, files: set[tuple[int, int, int]]) -> bool:
    """Whether a line of ``/proc/<pid>/maps`` ("address perms offset major:minor inode path")
    names one of ``files``; ``False`` for a process that ended or that we may not read."""
    try:
        with open(process / "maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                fields = line.split(maxsplit=5)
                if len(fields) < 5 or fields[4] == "0":
                    continue
                major, _, minor = fields[3].partition(":")
                if (int(major, 16), int(minor, 16), int(fields[4])) in files:
                    return True
    except (OSError, ValueError):
        return False
    return False
