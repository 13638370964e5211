"""``softphone where``: where the agent is, from what, how old, which country, and is it supported.

Plain functions over a snapshot, so the running app (current location) and the command line
(``--at LAT,LON``, evaluated locally without any network or running instance) share them.
The output contains the location: it is for the person who asked, never for a log.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from typing import Any

from softphone.blocks.country_names import country_label
from softphone.blocks.text import translate
from softphone.core.coverage import SUPPORTED_EMERGENCY_COUNTRIES
from softphone.core.location import Location
from softphone.location.countries import CountryLocator, check_coordinates
from softphone.location.errors import LocationError


def parse_position(text: str) -> tuple[float, float]:
    """``"55.6761,12.5683"`` -> (55.6761, 12.5683); ``LocationError`` says what was expected."""
    parts = [part.strip() for part in text.replace(";", ",").split(",")]
    try:
        if len(parts) != 2:
            raise ValueError(text)
        latitude, longitude = float(parts[0]), float(parts[1])
    except ValueError:
        raise LocationError(translate(
            "Location", "{text} is not a position: give {form} in decimal degrees, e.g. "
            "{example}.").format(text=repr(text), form="LAT,LON",
                                 example="--at 55.6761,12.5683")) from None
    return check_coordinates(latitude, longitude)


def report(location: Location | None, now: float | None = None) -> dict[str, Any]:
    """The current location as ``where --json`` prints it."""
    if location is None:
        return {"location": None, "source": None, "age_seconds": None, "country": None,
                "supported": None}
    now = time.time() if now is None else now
    country = location.country
    return {
        "location": {
            "latitude": location.latitude,
            "longitude": location.longitude,
            "accuracy_m": location.accuracy_m,
            "address": asdict(location.civic) if location.civic else None,
            "description": location.describe(),
        },
        "source": location.source,
        "age_seconds": round(max(0.0, now - location.obtained_at), 1),
        "country": country,
        "supported": country in SUPPORTED_EMERGENCY_COUNTRIES if country else None,
    }


def report_at(text: str, locator: CountryLocator) -> dict[str, Any]:
    """``where --at LAT,LON``: the country at a given position (admins checking a site)."""
    latitude, longitude = parse_position(text)
    country = locator.country_at(latitude, longitude)
    return {
        "location": {"latitude": latitude, "longitude": longitude, "accuracy_m": None,
                     "address": None, "description": f"{latitude:.5f}, {longitude:.5f}"},
        "source": "given",
        "age_seconds": 0.0,
        "country": country,
        "supported": country in SUPPORTED_EMERGENCY_COUNTRIES if country else None,
    }


def format_report(result: dict[str, Any]) -> str:
    """One human-readable paragraph for ``where`` without ``--json``."""
    if result["location"] is None:
        return translate("Location", "Location unknown: no system position, no IP estimate and "
                         "no confirmed address.")
    supported = {True: translate("Location", "emergency calling supported"),
                 False: translate("Location", "emergency calling NOT supported"),
                 None: translate("Location", "support unknown")}[result["supported"]]
    source = {"os": translate("Location", "the system's position"),
              "ip": translate("Location", "an estimate from the IP address"),
              "civic": translate("Location", "the confirmed address"),
              "given": translate("Location", "given on the command line")}.get(
        result["source"], result["source"])
    country = (country_label(result["country"]) if result["country"]
               else translate("Location", "unknown"))
    return translate("Location", "{place} (source: {source}, {seconds} s old); country: "
                     "{country}; {supported}.").format(
        place=result["location"]["description"], source=source,
        seconds=f"{result['age_seconds']:.0f}", country=country, supported=supported)


def print_at(text: str, as_json: bool) -> int:
    """``softphone where --at``: print the evaluation; exit status 0, or 2 for a bad position."""
    try:
        result = report_at(text, CountryLocator())
    except LocationError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2) if as_json else format_report(result))
    return 0
