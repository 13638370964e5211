"""Files and folders only their owner can open: the profile, its databases, settings and logs.

Contact-center desktops are shared (terminal servers, virtual desktops, hot desks): presence,
"emergency call active", the leased callback number, the outbox and the log must not be
readable by the next account. So everything the softphone writes is created 0600 in 0700
folders by the code that writes it (not left to a umask that another start-up path might not
set), and what an earlier version left open (0755 folders, 0644 files) is closed at start.
Only what belongs to this user is touched, never through a symbolic link.

Windows has no modes to speak of: there the default profile and log folders live under
``%LOCALAPPDATA%``, whose ACL admits the user, SYSTEM and administrators only, and every file
inherits it. A ``--profile`` folder elsewhere keeps the ACL of where it is made.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def close_to_others(path: str | os.PathLike[str]) -> None:
    """Take the group's and others' permissions off ``path`` if it is ours (not a link).

    A file others could write to is left as found: it may have been changed by someone else,
    and its reader says so (a settings file is refused until its owner has looked); its folder,
    closed here, keeps anyone else from reaching it meanwhile. Best effort: a read-only profile
    (reported by the storage) or a file that is gone is left as it is.
    """
    try:
        found = os.lstat(path)
        if stat.S_ISLNK(found.st_mode) or not hasattr(os, "geteuid"):
            return
        mode = stat.S_IMODE(found.st_mode)
        if stat.S_ISREG(found.st_mode) and mode & 0o022:
            return
        if found.st_uid == os.geteuid() and mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass


def make_private_folder(path: Path) -> None:
    """Create ``path`` and its missing parents as 0700; close ``path`` itself if it is open."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
    close_to_others(path)


def create_private_file(path: Path) -> None:
    """Make sure ``path`` exists as 0600 before a library opens it by name (SQLite gives its
    ``-wal`` and ``-shm`` files the database file's mode), and close an existing one."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE))
    close_to_others(path)


def write_private(path: Path, data: bytes) -> None:
    """Write a new file that only this user can read (fails if ``path`` exists)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def close_files_to_others(folder: Path, prefixes: tuple[str, ...]) -> None:
    """Close ``folder`` and the files in it whose names start with one of ``prefixes`` (the
    softphone's own, with their journals, rotations and kept-aside copies): nothing else in a
    folder the user may have pointed the profile at is touched."""
    close_to_others(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(prefixes):
            close_to_others(folder / name)
