"""What the core needs from the notification subsystem: the emergency notice and a notifier.

The notifier is called right after the dial path's hand-off to the carrier, so it promises to
return at once: it only queues (the location source, the other thing read there, answers from
memory: ``core.location.LocationSource``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from softphone.core.location import Location


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
    failure: str = ""  # why the carrier refused the call on the spot; "" when it was placed

    @property
    def placed(self) -> bool:
        return not self.failure


class EmergencyNotifier(Protocol):
    def notify(self, notice: EmergencyNotice) -> None:
        """Queue the notification and return at once; delivery and retries happen elsewhere."""
