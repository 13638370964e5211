"""Where a profile's running instance is reached: its control socket and its instance lock.

Both live in a folder that only this user can create or enter, so another account on a shared
workstation (a terminal server, a hot desk) can neither take the name first and receive the
agent's ``dial 911`` nor plant a lock that keeps the agent's softphone from starting:

* Linux and the BSDs: ``$XDG_RUNTIME_DIR`` (made by the login manager, mode 0700), else
  ``/run/user/<uid>``; without either, ``$XDG_CACHE_HOME/softphone/run-<host>`` (``~/.cache``).
* macOS: the per-user ``$TMPDIR`` (``/var/folders/…/T``, mode 0700), else
  ``~/Library/Caches/softphone/run-<host>``.
* Windows: ``%LOCALAPPDATA%\\softphone\\run``, which inherits the user profile's ACL (the user,
  SYSTEM and administrators only).

A folder is used only when it is a real folder (not a symbolic link), owned by this user, and
closed to the group and others; one the softphone made itself is repaired to 0700. The names
carry a hash of the profile folder, and the fallback folder the host name, so that profiles,
and hosts sharing a network home folder, never meet. Nothing here imports Qt: the command line
reads this on every ``softphone dial``, so it works on plain strings (no pathlib).
"""

from __future__ import annotations

import os
import stat
import sys

from softphone.blocks.text import translate

# sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included.
MAX_SOCKET_PATH = 100


class EndpointError(OSError):
    """No private folder for the control socket; the message names the folder and the fix."""


def _uid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else -1


def private_problem(folder: str) -> str | None:
    """Why ``folder`` is not private to this user, or None when it is (POSIX)."""
    try:
        found = os.lstat(folder)
    except OSError as error:
        return translate("Control", "{folder} cannot be read ({error})").format(
            folder=folder, error=error.strerror)
    if stat.S_ISLNK(found.st_mode):
        return translate("Control", "{folder} is a symbolic link").format(folder=folder)
    if not stat.S_ISDIR(found.st_mode):
        return translate("Control", "{folder} is not a folder").format(folder=folder)
    if found.st_uid != _uid():
        return translate("Control", "{folder} belongs to another user (uid {uid})").format(
            folder=folder, uid=found.st_uid)
    if found.st_mode & 0o077:
        return translate("Control", "{folder} is open to other users (mode {mode})").format(
            folder=folder, mode=f"{stat.S_IMODE(found.st_mode):04o}")
    return None


def make_private_folder(folder: str) -> str:
    """Create ``folder`` (and missing parents) as 0700, repair one of ours, and check it.

    Raises ``EndpointError`` when it exists but is not ours (another user made it first, or
    it is a link): nothing is ever put there.
    """
    for missing in _with_parents(folder):
        try:
            os.mkdir(missing, 0o700)
        except FileExistsError:
            continue
        except OSError as error:
            raise EndpointError(translate(
                "Control", "Cannot create {folder}: {error}. Make the folder writable, or set "
                "{variable} to a private folder.").format(
                folder=missing, error=error.strerror, variable="XDG_RUNTIME_DIR")) from error
    if sys.platform == "win32":
        return folder
    try:
        found = os.lstat(folder)
        if (stat.S_ISDIR(found.st_mode) and found.st_uid == _uid()
                and stat.S_IMODE(found.st_mode) & 0o077):
            os.chmod(folder, 0o700)
    except OSError:
        pass  # the check below says what is wrong
    problem = private_problem(folder)
    if problem:
        raise EndpointError(translate(
            "Control", "Cannot keep the softphone's control socket in {folder}: {problem}. Remove "
            "it (another account may have made it) or set {variable} to a folder only you can "
            "open.").format(folder=folder, problem=problem, variable="XDG_RUNTIME_DIR"))
    return folder


def _with_parents(folder: str) -> list[str]:
    """``folder`` and its ancestors, outermost first."""
    found = [folder]
    while os.path.dirname(found[-1]) != found[-1]:
        found.append(os.path.dirname(found[-1]))
    return found[::-1]


def _host_tag() -> str:
    import socket
    from hashlib import sha256

    return sha256(socket.gethostname().encode()).hexdigest()[:8]


def _home_fallback() -> str:
    if sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
    return os.path.join(base, "softphone", f"run-{_host_tag()}")


def session_folders() -> list[str]:
    """The login session's own private folders, best first (used only if they are private)."""
    if sys.platform == "darwin":
        return [os.environ.get("TMPDIR", "")]
    return [os.environ.get("XDG_RUNTIME_DIR", ""), f"/run/user/{_uid()}"]


def runtime_folder() -> str:
    """This user's private folder for sockets and locks (see the module docstring)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser(r"~\AppData\Local")
        return make_private_folder(os.path.join(base, "softphone", "run"))
    for candidate in session_folders():
        if candidate and os.path.isabs(candidate) and private_problem(candidate) is None:
            return candidate.rstrip(os.sep) or os.sep
    return make_private_folder(_home_fallback())


class Endpoint:
    """The control socket, the instance lock and (Windows) the key file of one profile."""

    def __init__(self, folder: str, name: str) -> None:
        self.folder = folder
        self.name = name
        self.socket_path = os.path.join(folder, f"{name}.sock")
        self.lock_path = os.path.join(folder, f"{name}.lock")
        self.key_path = os.path.join(folder, f"{name}.key")
        if sys.platform != "win32" and len(os.fsencode(self.socket_path)) > MAX_SOCKET_PATH:
            raise EndpointError(translate(
                "Control", "The control socket's path {path} is too long for the system; set "
                "{variable} to a shorter private folder.").format(
                path=self.socket_path, variable="XDG_RUNTIME_DIR"))

    @classmethod
    def for_instance(cls, name: str) -> Endpoint:
        """The endpoint of the instance called ``name`` (``Profile.server_name``); raises
        ``EndpointError`` when no private folder can be had (the message says why)."""
        return cls(runtime_folder(), name)

    def __repr__(self) -> str:
        return f"Endpoint({self.socket_path})"
