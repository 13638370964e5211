"""Where one softphone instance keeps its settings and data: one folder per profile.

``--profile DIR`` or ``SOFTPHONE_PROFILE`` picks the folder, so that tests and several agents on
one machine never share state; the default is the platform's per-user data folder.

Logs of the default profile go where the platform keeps logs (``~/.local/state/softphone/log``,
``%LOCALAPPDATA%\\softphone\\Logs``, ``~/Library/Logs/softphone``), where IT's tools look for
them; an explicit profile keeps its logs inside, in ``logs/``, so that instances stay apart.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

PROFILE_ENV = "SOFTPHONE_PROFILE"
FLEET_ENV = "SOFTPHONE_FLEET_SETTINGS"
APP_NAME = "softphone"


def default_fleet_file() -> Path:
    """The system-wide settings file IT deploys; its values override the user's and are locked."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Softphone" / "settings.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Softphone/settings.toml")
    return Path("/etc/softphone/settings.toml")


@dataclass(frozen=True)
class Profile:
    root: Path
    fleet_file: Path
    default: bool = False  # neither --profile nor SOFTPHONE_PROFILE chose the folder

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> Profile:
        chosen = explicit or os.environ.get(PROFILE_ENV)
        root = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        fleet = os.environ.get(FLEET_ENV)
        return cls(root.expanduser().resolve(), Path(fleet) if fleet else default_fleet_file(),
                   default=not chosen)

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.toml"

    @property
    def last_good_carrier_file(self) -> Path:
        """The carrier settings that last worked (``settings.last_good``)."""
        return self.root / "carrier-last-good.toml"

    @property
    def database(self) -> Path:
        return self.root / "softphone.db"

    @property
    def logs_dir(self) -> Path:
        if self.default:
            return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
        return self.root / "logs"

    @property
    def server_name(self) -> str:
        """The local-socket name of this profile's running instance (short enough for AF_UNIX)."""
        digest = hashlib.sha256(str(self.root).encode()).hexdigest()[:16]
        return f"softphone-{digest}"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
