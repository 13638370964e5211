"""Which folder is a profile, and the name of its running instance: plain strings, no imports.

Every ``softphone dial`` from a CRM's click-to-dial is a new process that needs only this (and a
socket) before its request goes out, so this module avoids pathlib, dataclasses and
platformdirs; ``Profile`` (``profile.py``) builds on it. ``--profile DIR`` or
``SOFTPHONE_PROFILE`` picks the folder; the default is the platform's per-user data folder, the
same one platformdirs names (``~/.local/share/softphone``, ``%LOCALAPPDATA%\\softphone``,
``~/Library/Application Support/softphone``). The default profile's logs go to the platform's
per-user log folder, again as platformdirs names it (``default_log_folder``, which a test holds
to platformdirs): an instance's start need not import platformdirs (and ``tempfile``) for it.
"""

from __future__ import annotations

import os
import sys

PROFILE_ENV = "SOFTPHONE_PROFILE"
FLEET_ENV = "SOFTPHONE_FLEET_SETTINGS"
APP_NAME = "softphone"
SETTINGS_FILE = "settings.toml"  # the profile's own settings, in its folder


def default_profile_folder() -> str:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser(r"~\AppData\Local")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
    return os.path.join(base, APP_NAME)


def default_log_folder() -> str:
    """The default profile's log folder: platformdirs' ``user_log_dir("softphone",
    appauthor=False)`` (``~/.local/state/softphone/log`` or ``$XDG_STATE_HOME/softphone/log``
    when that is an absolute path, ``%LOCALAPPDATA%\\softphone\\Logs``, ``~/Library/Logs/softphone``)."""
    if sys.platform == "win32":
        return os.path.join(default_profile_folder(), "Logs")
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~/Library/Logs"), APP_NAME)
    state = os.environ.get("XDG_STATE_HOME", "")
    base = state if os.path.isabs(state) else os.path.expanduser("~/.local/state")
    return os.path.join(base, APP_NAME, "log")


def default_fleet_path() -> str:
    """The system-wide settings file IT deploys; its values override the user's and are locked."""
    if sys.platform == "win32":
        return os.path.join(os.environ.get("PROGRAMDATA", r"C:\ProgramData"), "Softphone",
                            "settings.toml")
    if sys.platform == "darwin":
        return "/Library/Application Support/Softphone/settings.toml"
    return "/etc/softphone/settings.toml"


def fleet_path() -> str:
    """The fleet settings file in use: ``SOFTPHONE_FLEET_SETTINGS``, else the platform's."""
    return os.environ.get(FLEET_ENV) or default_fleet_path()


def chosen_folder(explicit: str | os.PathLike[str] | None = None) -> tuple[str, bool]:
    """The profile folder, absolute with links resolved, and whether it is the default one."""
    chosen = explicit or os.environ.get(PROFILE_ENV)
    folder = os.fspath(chosen) if chosen else default_profile_folder()
    return os.path.realpath(os.path.expanduser(folder)), not chosen


def instance_name(root: str) -> str:
    """The name of the profile's running instance (its socket, lock and start-at-login entry):
    short enough for a Unix socket path, the same for the same folder."""
    try:  # the interpreter's built-in SHA-256: hashlib would load OpenSSL first (milliseconds)
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12+
        except ImportError:
            from hashlib import sha256
    return f"softphone-{sha256(root.encode()).hexdigest()[:16]}"
