"""Fixtures for the notifier: the SMTP server and started notifiers (the test keyring is shared:
``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from softphone.blocks.post import run_now
from softphone.blocks.profile import Profile
from softphone.notify.notifier import Notifier
from softphone.settings.store import Settings
from tests.notify.notify_helpers import FAST_RETRY


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
