"""Starting the instance a click-to-dial hands its request to, without ``subprocess``.

``softphone dial`` with the softphone closed starts the instance, and everything the command
line does before that is time before the INVITE. ``subprocess`` (with the ``enum``,
``threading``, ``signal`` and ``selectors`` modules it loads) is some 10 ms of that on a busy
machine; ``os.posix_spawn`` does the same start with nothing imported: a new session (the
instance outlives the terminal or the CRM that ran the command), ``/dev/null`` for its standard
streams, and no descriptor inherited but the one handed over (``subprocess``' ``close_fds`` and
``pass_fds``). The instance moves to a neutral folder itself (``cli.run_here``): ``posix_spawn``
cannot set one before the start.
"""

from __future__ import annotations

import os
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

POLL_S = 0.01


def supported() -> bool:
    """Where ``posix_spawn`` can start a new session (Linux, macOS; not Windows)."""
    return hasattr(os, "posix_spawn") and hasattr(os, "POSIX_SPAWN_OPEN")


def inherited_descriptors() -> list[int]:
    """The descriptors above the standard three that a started process would inherit (those
    this process was itself given as inheritable: a CRM's pipes, say)."""
    folder = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        descriptor = int(name)
        if descriptor > 2:
            try:
                if os.get_inheritable(descriptor):
                    found.append(descriptor)
            except OSError:  # the listing's own descriptor, closed since
                pass
    return found


def spawn_detached(command: Sequence[str], environment: Mapping[str, str], keep: int) -> Spawned:
    """Start ``command`` (its first item an absolute path) as described in the module
    docstring, ``keep`` its one inherited descriptor beside the standard three. Raises
    ``OSError`` if it cannot be started, ``NotImplementedError`` where a new session cannot be
    asked for (the caller starts it with ``subprocess`` then)."""
    os.set_inheritable(keep, True)
    actions: list[tuple[object, ...]] = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    actions += [(os.POSIX_SPAWN_CLOSE, descriptor) for descriptor in inherited_descriptors()
                if descriptor != keep]
    pid = os.posix_spawn(command[0], list(command), dict(environment), file_actions=actions,
                         setsid=True)
    return Spawned(pid, list(command))


class Spawned:
    """A started process: ``poll`` and ``wait`` as ``subprocess.Popen``'s (``wait`` raises
    ``subprocess.TimeoutExpired``)."""

    def __init__(self, pid: int, args: list[str]) -> None:
        self.pid = pid
        self.args = args
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while (code := self.poll()) is None:
            if time.monotonic() > deadline:
                import subprocess

                raise subprocess.TimeoutExpired(self.args, timeout)
            time.sleep(POLL_S)
        return code
