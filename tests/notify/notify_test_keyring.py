"""A keyring back end for tests only: passwords in a JSON file outside the profile folder.

CI has no D-Bus session, so no Secret Service. Tests select this back end in-process with
``keyring.set_keyring`` and in subprocesses with ``PYTHON_KEYRING_BACKEND`` (see conftest); the
file lives in the test's temporary folder, never in the profile, which is what lets a test
prove that the softphone itself writes the password nowhere but the keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "SOFTPHONE_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 0.1  # type: ignore[assignment]  # never chosen on its own: not an entry point

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\0{username}"] = password
        self.path.write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self.path.write_text(json.dumps(entries))
