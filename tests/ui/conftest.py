"""A whole softphone, as the composition root builds it, on a temporary profile, offscreen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from softphone.app import Application
from softphone.settings.store import Settings


@pytest.fixture
def softphone(ready_settings: Settings, start_app: Callable[..., Application]) -> Application:
    return start_app()
