"""Confirmed addresses, remembered per network so a returning agent is not asked again.

Kept in the profile's database (its own table). Only a hash of the network is stored, never its
addresses. The address and where it was confirmed are stored because they must survive a restart;
they are never written to a log or to call history.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from softphone.core.location import CivicAddress
from softphone.core.storage import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS location_confirmed (
    network TEXT PRIMARY KEY,
    street TEXT NOT NULL,
    house_number TEXT NOT NULL,
    floor_room TEXT NOT NULL,
    city TEXT NOT NULL,
    region TEXT NOT NULL,
    postcode TEXT NOT NULL,
    country TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    confirmed_at REAL NOT NULL
)
"""

_COLUMNS = [f.name for f in fields(CivicAddress)]


@dataclass(frozen=True)
class Confirmed:
    """An address the agent confirmed on one network, and where the workstation was then."""

    network: str
    address: CivicAddress
    latitude: float | None
    longitude: float | None
    confirmed_at: float


class ConfirmedAddresses:
    """Reads and writes ``location_confirmed``; ``StorageError`` when the database refuses."""

    def __init__(self, database: Database) -> None:
        self._database = database
        database.execute(SCHEMA)

    def get(self, network: str) -> Confirmed | None:
        row = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)}, latitude, longitude, confirmed_at "
            "FROM location_confirmed WHERE network = ?", (network,)).fetchone()
        if row is None:
            return None
        address = CivicAddress(*row[:len(_COLUMNS)])
        latitude, longitude, confirmed_at = row[len(_COLUMNS):]
        return Confirmed(network, address, latitude, longitude, confirmed_at)

    def save(self, confirmed: Confirmed) -> None:
        values = [getattr(confirmed.address, name) for name in _COLUMNS]
        self._database.execute(
            f"INSERT OR REPLACE INTO location_confirmed (network, {', '.join(_COLUMNS)}, "
            "latitude, longitude, confirmed_at) VALUES (?, " + ", ".join("?" * len(_COLUMNS))
            + ", ?, ?, ?)",
            (confirmed.network, *values, confirmed.latitude, confirmed.longitude,
             confirmed.confirmed_at))
