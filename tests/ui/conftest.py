"""A whole softphone, as the composition root builds it, on a temporary profile, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from softphone.app import Application
from softphone.profile import Profile
from softphone.settings.store import Settings

POOL = ["+15551230001", "+15551230002"]
OWN = "+15551230000"


@pytest.fixture
def softphone(qtbot, profile: Profile, settings: Settings) -> Iterator[Application]:
    settings.update({
        "outbound.caller_id": OWN,
        "callback.pool": POOL,
        "carrier.simulated.answer_delay": 0.1,
        "carrier.simulated.speak_greeting": False,
    })
    settings.save()
    application = Application(profile, configure_logging=False)
    application.start(show=True)
    qtbot.waitExposed(application.window)
    yield application
    application.shutdown()
