"""A ``/dev/shm`` of the test run's own, so the machine's cannot hang the tests, nor they dirty it.

Every PortAudio start opens JACK's metadata database in ``/dev/shm/jack_db-<uid>``, and a
program killed anywhere on the machine while it held that database's lock leaves it taken: every
PortAudio start after it waits for ever, the audio tests' included (a CI run on a machine in that
state had every audio test time out). The softphone's answer to that is tested on its own, in a
private ``/dev/shm`` (``tests/audio/stale_jack_lock.py``); the other tests must not depend on
what the machine's holds.

So, as root, the test process moves into a mount namespace of its own with an empty tmpfs on
``/dev/shm`` before any test runs (before any thread exists: the kernel refuses a threaded
process), and every process a test starts (PulseAudio, PostgreSQL, the softphone) inherits it.
Without root (or in a container without the right to mount) the tests use the machine's, and
pytest's header says so.
"""

from __future__ import annotations

import ctypes
import os
import threading

CLONE_NEWNS = 0x00020000
MS_NOSUID, MS_NODEV, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x4000, 0x40000
SOURCE = "softphone-tests"  # the tmpfs's name in /proc/self/mountinfo


def give_this_process_its_own_dev_shm() -> str:
    """Mount an empty tmpfs on ``/dev/shm`` for this process and its children; says what the
    tests got, for pytest's header."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "the machine's (the tests get their own only when run as root)"
    if threading.active_count() != 1:
        return "the machine's (threads were already running)"
    libc = ctypes.CDLL(None, use_errno=True)
    steps = (
        ("unshare", lambda: libc.unshare(CLONE_NEWNS)),
        # mounts made from here on stay in this namespace, whatever the machine's propagation
        ("mount", lambda: libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None)),
        ("mount", lambda: libc.mount(SOURCE.encode(), b"/dev/shm", b"tmpfs",
                                     MS_NOSUID | MS_NODEV, b"mode=1777")),
    )
    for name, step in steps:
        if step() != 0:
            return f"the machine's ({name}: {os.strerror(ctypes.get_errno())})"
    return f"a tmpfs of this test run's own ({SOURCE})"
