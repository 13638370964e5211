"""The values of the notification template's placeholders, for one call or for a sample.

Which placeholders exist and what they mean is one table, ``settings.notification_template``;
``values_for`` gives a value for each of them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime

from softphone.blocks.languages import said_in
from softphone.blocks.text import ENGLISH, translate
from softphone.core.coverage import SUPPORTED_EMERGENCY_COUNTRIES
from softphone.core.location import CivicAddress, Location
from softphone.core.notification import EmergencyNotice


def _not_known() -> str:
    return translate("Notification", "not known")


def _sources() -> dict[str, str]:
    return {
        "os": translate("Notification", "the operating system's positioning"),
        "ip": translate("Notification", "the network address (approximate)"),
        "civic": translate("Notification", "the address configured for this workstation"),
    }


def format_time(seconds: float) -> str:
    """Local time with the zone's name and offset: '2025-03-04 14:05:09 EST (UTC-05:00)'."""
    moment = datetime.fromtimestamp(seconds).astimezone()
    offset, zone = moment.strftime("%z"), moment.tzname()
    if offset == "+0000" and zone in ("UTC", "GMT"):
        return f"{moment:%Y-%m-%d %H:%M:%S} {zone}"
    return f"{moment:%Y-%m-%d %H:%M:%S} {zone} (UTC{offset[:3]}:{offset[3:]})"


def values_for(notice: EmergencyNotice, language: str = ENGLISH) -> dict[str, str]:
    """Every placeholder's text for one emergency call (not escaped: the renderer does that),
    its words in ``language`` (the template's, which the contacts read)."""
    location = notice.location
    not_known = _not_known()
    values = {
        "call_status": (translate("Notification", "PLACED") if notice.placed
                        else translate("Notification", "FAILED")),
        "call_outcome": (
            translate("Notification", "The call was placed: the carrier is connecting it to the "
                                      "emergency services, who are handling it.")
            if notice.placed else
            translate("Notification", "The call FAILED: the carrier refused it at once "
                                      "({reason}). The agent was told to use another phone; "
                                      "make sure the emergency services are called.").format(
                reason=notice.failure)),
        "agent_name": notice.agent_name or not_known,
        "user_id": notice.user_id or not_known,
        "workstation": notice.workstation or not_known,
        "time": format_time(notice.occurred_at),
        "time_utc": datetime.fromtimestamp(notice.occurred_at, UTC)
        .strftime("%Y-%m-%d %H:%M:%S UTC"),
        "number_dialled": notice.number_dialled,
        "callback_number": notice.callback_number or translate("Notification", "none assigned"),
        "callback_expires": (format_time(notice.callback_expires_at)
                             if notice.callback_expires_at is not None else not_known),
        "callback_warning": notice.callback_warning or translate("Notification", "none"),
    }
    values.update(_location_values(location))
    if notice.country_supported is None:
        values["country_supported"] = translate("Notification", "unknown")
    else:
        values["country_supported"] = (
            translate("Notification", "yes") if notice.country_supported else
            translate("Notification", "NO: emergency calling is not supported there; the call "
                                      "may not reach an answering point"))
    return {name: said_in(value, language) for name, value in values.items()}


def _location_values(location: Location | None) -> dict[str, str]:
    not_known = _not_known()
    if location is None:
        return {"location": translate("Notification", "unknown"), "civic_address": not_known,
                "coordinates": not_known, "location_accuracy": not_known,
                "location_source": not_known, "location_time": not_known, "country": not_known}
    has_point = location.latitude is not None and location.longitude is not None
    civic = location.civic.one_line() if location.civic and not location.civic.is_empty() else ""
    return {
        "location": location.describe(),
        "civic_address": civic or not_known,
        "coordinates": (f"{location.latitude:.5f}, {location.longitude:.5f}" if has_point
                        else not_known),
        "location_accuracy": (f"±{location.accuracy_m:.0f} m" if location.accuracy_m is not None
                              else not_known),
        "location_source": _sources().get(location.source, location.source or not_known),
        "location_time": format_time(location.obtained_at),
        "country": location.country or not_known,
    }


def sample_notice(now: float | None = None) -> EmergencyNotice:
    """Made-up values for the template preview and the test email; clearly not a real call."""
    moment = time.time() if now is None else now
    return EmergencyNotice(
        occurred_at=moment,
        agent_name="Sam Sample",
        user_id="ssample",
        workstation="TEST-WORKSTATION",
        number_dialled="911",
        callback_number="+15555550123",
        callback_expires_at=moment + 3600,
        location=Location(
            source="os", obtained_at=moment - 30, latitude=40.74844, longitude=-73.98566,
            accuracy_m=25.0, country="US",
            civic=CivicAddress(street="Example Avenue", house_number="350", floor_room="Floor 2",
                               city="New York", region="NY", postcode="10001", country="US"),
        ),
        country_supported="US" in SUPPORTED_EMERGENCY_COUNTRIES,
    )


def sample_values(language: str = ENGLISH) -> Mapping[str, str]:
    return values_for(sample_notice(), language)
