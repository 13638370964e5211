"""What the core needs from the location and notification subsystems, stated as small protocols.

Both are read on or right after the dial path, so both promise to return at once: the location
source answers from memory, the notifier only queues.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from softphone.core.location import Location


class LocationSource(Protocol):
    def latest(self) -> Location | None:
        """The newest location snapshot held in memory; never waits for a fix."""


@dataclass(frozen=True)
class EmergencyNotice:
    """Everything the emergency contacts' email needs, captured when the call is placed."""

    occurred_at: float
    agent_name: str
    user_id: str
    workstation: str
    number_dialled: str
    callback_number: str | None
    callback_expires_at: float | None
    location: Location | None
    country_supported: bool | None
    callback_warning: str = ""  # e.g. the pool was exhausted and an earlier lease was reused


class EmergencyNotifier(Protocol):
    def notify(self, notice: EmergencyNotice) -> None:
        """Queue the notification and return at once; delivery and retries happen elsewhere."""
