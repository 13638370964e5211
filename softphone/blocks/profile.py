"""Where one softphone instance keeps its settings and data: one folder per profile.

``--profile DIR`` or ``SOFTPHONE_PROFILE`` picks the folder, so that tests and several agents on
one machine never share state; the default is the platform's per-user data folder.

Logs of the default profile go where the platform keeps logs (``~/.local/state/softphone/log``,
``%LOCALAPPDATA%\\softphone\\Logs``, ``~/Library/Logs/softphone``), where IT's tools look for
them; an explicit profile keeps its logs inside, in ``logs/``, so that instances stay apart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from softphone.blocks.private import close_files_to_others, make_private_folder
from softphone.blocks.profile_folder import (
    FLEET_ENV,
    SETTINGS_FILE,
    chosen_folder,
    default_fleet_path,
    default_log_folder,
    instance_name,
)


def default_fleet_file() -> Path:
    """The system-wide settings file IT deploys; its values override the user's and are locked."""
    return Path(default_fleet_path())


@dataclass(frozen=True)
class Profile:
    """One profile: its folder and the fleet file that overrides it; the paths of what it keeps."""

    root: Path
    fleet_file: Path
    default: bool = False  # neither --profile nor SOFTPHONE_PROFILE chose the folder

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> Profile:
        root, default = chosen_folder(explicit)
        fleet = os.environ.get(FLEET_ENV)
        return cls(Path(root), Path(fleet) if fleet else default_fleet_file(), default=default)

    @property
    def settings_file(self) -> Path:
        return self.root / SETTINGS_FILE

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
            return Path(default_log_folder())
        return self.root / "logs"

    @property
    def server_name(self) -> str:
        """The local-socket name of this profile's running instance (short enough for AF_UNIX)."""
        return instance_name(str(self.root))

    @property
    def outbox(self) -> Path:
        return self.root / "outbox.db"

    def ensure(self) -> None:
        """Create the folder readable by this user alone, and close to others what an earlier
        version left open in it (``blocks/private.py``)."""
        make_private_folder(self.root)
        own = [path.name for path in (self.settings_file, self.last_good_carrier_file,
                                      self.database, self.outbox)]
        # With their journals, kept-aside copies and temporary files (".settings.toml-…").
        close_files_to_others(self.root, (*own, *(f".{name}" for name in own), "logs"))
