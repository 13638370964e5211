"""How durations and phone numbers read on screen, in the agent's conventions."""

from __future__ import annotations

import functools

import phonenumbers

from softphone.qt import QtCore


def duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def agent_country() -> str:
    """The country whose conventions the agent reads (the language's region, e.g. DK for
    da_DK): the territory of the locale ``Languages.apply`` made the default."""
    return QtCore.QLocale.territoryToCode(QtCore.QLocale().territory()) or "US"


def phone_number(text: str, country: str | None = None) -> str:
    """``text`` written as people in ``country`` (default: the agent's) write phone numbers:
    the national form for a number of that country, the international form otherwise. Short
    numbers (911, 112, 933), extensions and anything that is not a valid number stay as given,
    so that what the agent reads is never a guess. Remembered: the callback countdown shows
    the same number every second."""
    return _formatted(text, country or agent_country())


@functools.lru_cache(maxsize=64)
def _formatted(text: str, region: str) -> str:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(parsed):
        return text
    # One country code, one national form (the US, Canada and Puerto Rico share +1)
    same = parsed.country_code == phonenumbers.country_code_for_region(region)
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if same
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)
