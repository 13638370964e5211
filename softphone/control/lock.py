"""One running instance per profile: an exclusive lock on a file in the user's private folder.

The operating system drops the lock the moment its holder exits or is killed (``flock`` on
POSIX, a locked byte on Windows), so a crashed instance never blocks the next one, and no other
account can plant the lock: it lives in the folder ``endpoint.py`` keeps private. The holder's
process id is written beside it, for messages.
"""

from __future__ import annotations

import os
import sys

PID_OFFSET = 16  # Windows locks byte 0; the pid stays readable after it


class InstanceLock:
    def __init__(self, path: str) -> None:
        self.path = path
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> bool:
        """Take the lock if it is free; never waits."""
        if self._descriptor is not None:
            return True
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(self.path, flags, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(descriptor, 0, os.SEEK_SET)
                msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(descriptor)
            return False
        os.lseek(descriptor, PID_OFFSET, os.SEEK_SET)
        os.write(descriptor, f"{os.getpid()}\n".encode())
        os.ftruncate(descriptor, PID_OFFSET + len(f"{os.getpid()}\n"))
        self._descriptor = descriptor
        return True

    def release(self) -> None:
        """Let the next instance start (closing the file drops the lock)."""
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None

    def holder(self) -> int | None:
        """The process id of the last holder, if the file says."""
        try:
            with open(self.path, "rb") as handle:
                handle.seek(PID_OFFSET)
                return int(handle.read(32).strip() or b"0") or None
        except (OSError, ValueError):
            return None

    def taken(self) -> bool:
        """Whether another process holds the lock now."""
        if self._descriptor is not None:
            return False
        if not self.acquire():
            return True
        self.release()
        return False
