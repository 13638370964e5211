"""A keyring back end for tests only: passwords in a JSON file outside the profile folder.

CI has no D-Bus session, so no Secret Service. Tests (notify, sip) select this back end
in-process with ``keyring.set_keyring`` and in subprocesses with ``PYTHON_KEYRING_BACKEND`` (the
``test_keyring`` fixture in tests/conftest.py); the file lives in the test's temporary folder,
never in the profile, which is what lets a test prove that the softphone itself writes the
password nowhere but the keyring. Each change replaces the file whole, as a real keyring changes
an entry at once: the settings dialog reads on one thread while it stores on another, and a
reader must never see a half-written file.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "SOFTPHONE_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        """Viable only where a test chose it: keyring's chainer finds every imported back end."""
        if FILE_ENV not in os.environ:
            raise RuntimeError(f"only for tests that set {FILE_ENV}")
        return 0.1

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def _save(self, entries: dict[str, str]) -> None:
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}")
        partial.write_text(json.dumps(entries))
        os.replace(partial, self.path)

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\0{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._save(entries)
