"""Fixtures for the notifier: the SMTP server and started notifiers (the test keyring is shared:
``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import trustme

from softphone.blocks.post import run_now
from softphone.blocks.profile import Profile
from softphone.notify.notifier import Notifier
from softphone.settings.store import Settings
from tests.notify.notify_helpers import FAST_RETRY, MailServer, free_port


@pytest.fixture
def mail_server(ca: trustme.CA) -> Iterator[MailServer]:
    """A running server; ``mail_server.stop()``/``start()`` simulate an outage."""
    server = MailServer(ca, free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def make_notifier(settings: Settings, profile: Profile) -> Iterator[Callable[..., Notifier]]:
    """Builds started notifiers on the test profile's outbox; stops them after the test."""
    made: list[Notifier] = []

    def make(**overrides: Any) -> Notifier:
        options: dict[str, Any] = {"post": run_now, "retry": FAST_RETRY}
        options.update(overrides)
        notifier = Notifier(settings, profile.root / "outbox.db", **options)
        made.append(notifier)
        notifier.start()
        return notifier

    yield make
    for notifier in made:
        notifier.stop()
