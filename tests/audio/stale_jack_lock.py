"""A stale JACK lock, made for real, in a private ``/dev/shm``.

Starting PortAudio starts JACK's client library, which opens its metadata database (Berkeley DB)
in ``/dev/shm/jack_db-<uid>``. A process killed while it holds that database's lock leaves the
lock taken for ever, and every later PortAudio start on the machine waits for it. Run as a
script (``python stale_jack_lock.py FOLDER``), this module takes the lock the way JACK's own
writer does (an exclusive handle lock on ``metadata.db``) and kills itself with SIGKILL; with
``stop`` after the folder it stops itself instead (SIGSTOP): a live process holding the lock.

The tests never touch the machine's ``/dev/shm``: ``PrivateShm`` runs commands in a mount
namespace where a test folder is mounted over ``/dev/shm``, so the lock, the hang and the cure
(removing the folder) exist only for the processes the test starts there.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

DB_CREATE, DB_THREAD, DB_INIT_LOCK, DB_INIT_MPOOL = 0x1, 0x20, 0x100, 0x400
DB_LOCK_NOWAIT, DB_LOCK_WRITE, DB_HANDLE_LOCK = 0x4, 2, 1
FILE_ID = slice(52, 72)  # where a Berkeley DB file keeps its unique id (its meta page's uid)
START_PORTAUDIO = 'import ctypes; ctypes.CDLL("libportaudio.so.2").Pa_Initialize()'


class _HandleLock(ctypes.Structure):  # DB_LOCK_ILOCK
    _fields_ = [("pgno", ctypes.c_uint32), ("fileid", ctypes.c_uint8 * 20),
                ("type", ctypes.c_uint32)]


class _Dbt(ctypes.Structure):  # DBT
    _fields_ = [("data", ctypes.c_void_p), ("size", ctypes.c_uint32), ("ulen", ctypes.c_uint32),
                ("dlen", ctypes.c_uint32), ("doff", ctypes.c_uint32),
                ("app_data", ctypes.c_void_p), ("flags", ctypes.c_uint32)]


class _Lock(ctypes.Structure):  # DB_LOCK
    _fields_ = [("off", ctypes.c_size_t), ("ndx", ctypes.c_uint32), ("gen", ctypes.c_uint32),
                ("mode", ctypes.c_int)]


def take_the_lock_and(end: signal.Signals, folder: str) -> None:
    db = ctypes.CDLL("libdb-5.3.so")
    environment = ctypes.c_void_p()
    assert db.db_env_create(ctypes.byref(environment), 0) == 0
    flags = DB_CREATE | DB_INIT_LOCK | DB_INIT_MPOOL | DB_THREAD
    assert db.__env_open_pp(environment, folder.encode(), flags, 0) == 0
    locker = ctypes.c_uint32()
    assert db.__lock_id_pp(environment, ctypes.byref(locker)) == 0
    file_id = (Path(folder) / "metadata.db").read_bytes()[FILE_ID]
    what = _HandleLock(0, (ctypes.c_uint8 * 20)(*file_id), DB_HANDLE_LOCK)
    thing = _Dbt(ctypes.cast(ctypes.byref(what), ctypes.c_void_p), ctypes.sizeof(what))
    assert db.__lock_get_pp(environment, locker, DB_LOCK_NOWAIT, ctypes.byref(thing),
                            DB_LOCK_WRITE, ctypes.byref(_Lock())) == 0
    os.kill(os.getpid(), end)


class PrivateShm:
    """A folder that processes started through ``command`` see as ``/dev/shm``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(mode=0o1777, exist_ok=True)
        self.jack_folder = folder / "jack_db-0"  # the namespace's user is (mapped to) root

    def command(self, *arguments: str) -> list[str]:
        namespace = ["unshare", "--mount", "--propagation", "private"]
        if os.geteuid() != 0:
            namespace.append("--map-root-user")
        return [*namespace, "--", "sh", "-c", 'mount --bind "$0" /dev/shm && exec "$@"',
                str(self.folder), *arguments]

    def starts_portaudio(self, timeout: float) -> bool:
        """Whether PortAudio starts there within ``timeout`` seconds."""
        try:
            subprocess.run(self.command(sys.executable, "-c", START_PORTAUDIO), timeout=timeout,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        except subprocess.TimeoutExpired:
            return False
        return True

    def leave_a_stale_jack_lock(self) -> None:
        """JACK's database as any PortAudio start leaves it, then locked by a killed process."""
        assert self.starts_portaudio(timeout=30), "PortAudio does not start even without a lock"
        assert (self.jack_folder / "metadata.db").exists(), "this PortAudio does not use JACK"
        locker = subprocess.run(self.command(sys.executable, __file__, "/dev/shm/jack_db-0"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                timeout=30)
        assert locker.returncode == -signal.SIGKILL, locker.stderr

    def hold_the_jack_lock(self) -> subprocess.Popen[bytes]:
        """A live process holding the lock (stopped): the caller kills it."""
        assert self.starts_portaudio(timeout=30), "PortAudio does not start even without a lock"
        holder = subprocess.Popen(self.command(sys.executable, __file__, "/dev/shm/jack_db-0",
                                               "stop"), stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while state(holder.pid) != "T":
            assert holder.poll() is None and time.monotonic() < deadline, "no lock taken"
            time.sleep(0.05)
        return holder

    def remove_the_stale_lock(self) -> None:
        """What the fix tells an admin to do."""
        subprocess.run(["rm", "-rf", str(self.jack_folder)], check=True)


def state(pid: int) -> str:
    """A process's state letter (``T``: stopped), "" once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return ""


if __name__ == "__main__":
    take_the_lock_and(signal.SIGSTOP if sys.argv[2:] == ["stop"] else signal.SIGKILL, sys.argv[1])
