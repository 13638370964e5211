"""Erasing a file that may hold personal data: overwritten with zeros, flushed, then removed.

Used for what must not outlive its purpose: a damaged database that held an emergency call's
details, copies an older version kept aside. Overwriting in place is what a program can do; on
copy-on-write file systems and SSDs the old blocks may survive until the device reuses them
(the README says so), which is why full-disk encryption is the workstation's part.
"""

from __future__ import annotations

import os
from pathlib import Path

_CHUNK = 1 << 20


def erase(path: Path) -> None:
    """Overwrite ``path`` with zeros and remove it; a file that is already gone is fine.
    ``OSError`` if it could not be removed (it may then still hold its data)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return
    except OSError:
        path.unlink(missing_ok=True)  # a link or a file we cannot write: at least remove it
        return
    try:
        remaining = os.fstat(descriptor).st_size
        zeros = bytes(min(_CHUNK, remaining))
        while remaining > 0:
            remaining -= os.write(descriptor, zeros[:remaining])
        os.fsync(descriptor)
    except OSError:
        pass  # a full disk cannot refuse zeros over existing blocks, but a failing one can
    finally:
        os.close(descriptor)
    path.unlink(missing_ok=True)


def erase_matching(folder: Path, pattern: str) -> int:
    """Erase every file in ``folder`` matching the glob ``pattern``; how many were erased."""
    erased = 0
    try:
        found = sorted(folder.glob(pattern))
    except OSError:
        return 0
    for path in found:
        if path.is_file() and not path.is_symlink():
            try:
                erase(path)
                erased += 1
            except OSError:
                continue
    return erased
