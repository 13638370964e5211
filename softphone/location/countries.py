"""The country at a position, decided offline from OpenStreetMap-derived boundaries.

Why point in polygon and not the nearest city: near a border the nearest city is often across it
(Windsor, Ontario is closer to downtown Detroit than to any Canadian city of its size). Why these
polygons: the time-zone boundaries of ``timezonefinder`` (built by timezone-boundary-builder from
OpenStreetMap, not simplified) follow national borders to the metre, because the tz database never
lets a zone cross a border, and they include each country's territorial sea, which is the coastal
tolerance: a harbour, a pier or a ferry in the Øresund still has a country. Each zone then names
its country in the tz database's ``zone.tab`` (from the ``tzdata`` package). Natural Earth's
1:10m countries were tried first: they put Campobello Island (Canada) in the United States and
could not tell the two banks of the Detroit river or Lifford from Strabane apart.

Beyond the territorial sea the answer is ``None``: international waters are no country.

Data and licences: ``timezonefinder`` (MIT) with ``timezonefinder-data`` (© OpenStreetMap
contributors, Open Database License 1.0, via timezone-boundary-builder); ``tzdata`` (Apache-2.0;
the tz database is public domain). See ``softphone/location/DATA.md``.

Loading costs about a tenth of a second and some 35 MiB (numpy comes with it), so it is done when
the first position needs a country, never at start: an agent whose workstation reports no
position (a confirmed address only) never pays for it. The runtime loads it on a worker thread
(``load()``) before handing that position on; a decision then takes microseconds
(``bench/location_country.py``).
"""

from __future__ import annotations

import logging
import math
import threading
from typing import Protocol

from softphone.blocks.text import translate
from softphone.location.errors import LocationError

log = logging.getLogger("location")


def check_coordinates(latitude: object, longitude: object) -> tuple[float, float]:
    """Return the position as floats, or raise ``LocationError`` saying what a valid one is."""
    if isinstance(latitude, bool) or isinstance(longitude, bool) or not (
            isinstance(latitude, int | float) and isinstance(longitude, int | float)):
        raise LocationError(translate(
            "Location", "{latitude}, {longitude} is not a position; give decimal degrees such "
            "as {example}.").format(latitude=repr(latitude), longitude=repr(longitude),
                                    example="55.6761, 12.5683"))
    if not (math.isfinite(latitude) and -90 <= latitude <= 90):
        raise LocationError(translate(
            "Location", "Latitude {latitude} is out of range: it must be between -90 (south) "
            "and 90 (north) degrees.").format(latitude=latitude))
    if not (math.isfinite(longitude) and -180 <= longitude <= 180):
        raise LocationError(translate(
            "Location", "Longitude {longitude} is out of range: it must be between -180 (west) "
            "and 180 (east) degrees.").format(longitude=longitude))
    return float(latitude), float(longitude)


def zone_countries() -> dict[str, str]:
    """tz zone name -> ISO 3166-1 alpha-2, from ``zone.tab`` (one country per zone); read
    with the boundary data, on a worker thread (``importlib.resources`` with it)."""
    import importlib.resources

    text = importlib.resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_comment = line.split("\t")
            table[zone] = code
    return table


class _Finder(Protocol):
    def timezone_at(self, *, lng: float, lat: float) -> str | None: ...


class CountryLocator:
    """ISO 3166-1 alpha-2 country of a position, offline. Thread-safe; loads on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._finder: _Finder | None = None
        self._countries: dict[str, str] = {}

    @property
    def loaded(self) -> bool:
        """The boundary data is open: a decision now takes microseconds."""
        return self._finder is not None

    def load(self) -> None:
        """Open the boundary data now (about 0.1 s); call it from a worker thread."""
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> _Finder:
        if self._finder is None:
            try:
                from timezonefinder import TimezoneFinder  # deferred: 0.1 s of imports

                self._countries = zone_countries()
                self._finder = TimezoneFinder(in_memory=False)
            except (ImportError, OSError, ValueError) as error:
                raise LocationError(translate(
                    "Location", "The country boundary data cannot be loaded ({error}); "
                    "reinstall the softphone.").format(error=error)) from error
        return self._finder

    def country_at(self, latitude: float, longitude: float) -> str | None:
        """The country at the position (its territorial sea included), ``None`` at sea.

        Raises ``LocationError`` for coordinates out of range or missing data.
        """
        latitude, longitude = check_coordinates(latitude, longitude)
        with self._lock:  # the finder reads its files through shared handles
            zone = self._load_locked().timezone_at(lng=longitude, lat=latitude)
        return self._countries.get(zone) if zone else None  # "Etc/GMT+3": the open sea
