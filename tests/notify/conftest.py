"""Fixtures for the notifier: the SMTP server, the test keyring, started notifiers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import trustme

from softphone.notify.notifier import Notifier
from softphone.profile import Profile
from softphone.settings.store import Settings
from tests.notify.notify_helpers import FAST_RETRY, REPOSITORY, MailServer, free_port, run_here
from tests.notify.notify_test_keyring import FILE_ENV, FileKeyring


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def mail_server(ca: trustme.CA) -> Iterator[MailServer]:
    """A running server; ``mail_server.stop()``/``start()`` simulate an outage."""
    server = MailServer(ca, free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """The test keyring, in-process and for subprocesses (``PYTHON_KEYRING_BACKEND``)."""
    (tmp_path / "keyring").mkdir()
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring" / "passwords.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.notify.notify_test_keyring.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(REPOSITORY), *filter(None, [os.environ.get("PYTHONPATH")])]))
    previous = keyring.get_keyring()
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def make_notifier(settings: Settings, profile: Profile) -> Iterator[Callable[..., Notifier]]:
    """Builds started notifiers on the test profile's outbox; stops them after the test."""
    made: list[Notifier] = []

    def make(**overrides: Any) -> Notifier:
        options: dict[str, Any] = {"post": run_here, "retry": FAST_RETRY}
        options.update(overrides)
        notifier = Notifier(settings, profile.root / "outbox.db", **options)
        made.append(notifier)
        notifier.start()
        return notifier

    yield make
    for notifier in made:
        notifier.stop()
