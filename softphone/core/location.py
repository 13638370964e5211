"""Where the agent is, as one immutable snapshot handed to carriers and notifications.

The location subsystem keeps the latest snapshot in memory so that the dial path reads it at
once; nothing here waits for a fix.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Protocol


@dataclass(frozen=True)
class CivicAddress:
    """A dispatchable street address (RFC 5139 fields the answering point needs)."""

    street: str = ""
    house_number: str = ""
    floor_room: str = ""
    city: str = ""
    region: str = ""  # state, province or region
    postcode: str = ""
    country: str = ""  # ISO 3166-1 alpha-2

    def one_line(self) -> str:
        street = " ".join(part for part in (self.house_number, self.street) if part)
        parts = (street, self.floor_room, self.city, self.region, self.postcode, self.country)
        return ", ".join(part for part in parts if part)

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class Location:
    """Where the agent is, as one source last saw it: coordinates and/or a civic address."""

    source: str  # "os", "ip" or "civic": where the snapshot came from
    obtained_at: float  # wall-clock seconds
    latitude: float | None = None
    longitude: float | None = None
    accuracy_m: float | None = None
    civic: CivicAddress | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 when known

    def describe(self) -> str:
        """For the emergency view and the 933 read-back; never for logs."""
        parts = []
        if self.civic and not self.civic.is_empty():
            parts.append(self.civic.one_line())
        if self.latitude is not None and self.longitude is not None:
            accuracy = f" ±{self.accuracy_m:.0f} m" if self.accuracy_m is not None else ""
            parts.append(f"{self.latitude:.5f}, {self.longitude:.5f}{accuracy}")
        return "; ".join(parts) or "unknown"


class LocationSource(Protocol):
    """What the core needs from the location subsystem; read on the dial path, so it answers
    from memory."""

    def latest(self) -> Location | None:
        """The newest location snapshot held in memory; never waits for a fix."""
