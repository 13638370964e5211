"""Checking a civic address before it is confirmed: an answering point must be able to drive to it.

RAY BAUM's Act asks for a *dispatchable* location: a street address plus what responders need to
find the agent inside (floor, room). What is required depends on the country's addressing: a
state or province in the US and Canada, a postcode everywhere the softphone is supported.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

from softphone.core.location import CivicAddress
from softphone.location.errors import LocationError

LABELS = {
    "street": "Street",
    "house_number": "Number",
    "floor_room": "Floor / room",
    "city": "City",
    "region": "State / region",
    "postcode": "Postcode",
    "country": "Country",
}

ALWAYS_REQUIRED = ("street", "house_number", "city", "country")
REGION_REQUIRED = {"US", "CA", "PR"}
POSTCODE_REQUIRED = {"US", "CA", "PR", "GB", "DK"}
POSTCODE_FORMS = {
    "US": (re.compile(r"\d{5}(-\d{4})?"), "five digits such as 94103"),
    "PR": (re.compile(r"\d{5}(-\d{4})?"), "five digits such as 00901"),
    "CA": (re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d"), "letter-digit-letter digit-letter-digit such "
           "as K1A 0B1"),
    "DK": (re.compile(r"\d{4}"), "four digits such as 1620"),
    "GB": (re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"), "a UK postcode such as SW1A 1AA"),
}


def normalised(address: CivicAddress) -> CivicAddress:
    """Whitespace collapsed; country and postcode upper-case (as they are compared and sent)."""
    cleaned = {f.name: " ".join(getattr(address, f.name).split()) for f in fields(address)}
    cleaned["country"] = cleaned["country"].upper()
    cleaned["postcode"] = cleaned["postcode"].upper()
    return replace(address, **cleaned)


def problems(address: CivicAddress) -> dict[str, str]:
    """Field name -> what to fix; empty when the address is dispatchable."""
    address = normalised(address)
    found: dict[str, str] = {}
    country = address.country
    for name in ALWAYS_REQUIRED:
        if not getattr(address, name):
            found[name] = f"{LABELS[name]} is required."
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        found["country"] = "Country must be a two-letter code such as US, GB or DK."
    if country in REGION_REQUIRED and not address.region:
        found["region"] = "State / region is required in this country."
    if country in POSTCODE_REQUIRED and not address.postcode:
        found["postcode"] = "Postcode is required in this country."
    elif address.postcode and country in POSTCODE_FORMS:
        pattern, hint = POSTCODE_FORMS[country]
        if not pattern.fullmatch(address.postcode):
            found["postcode"] = f"Postcode {address.postcode!r} is not valid here: use {hint}."
    return found


def validated(address: CivicAddress) -> CivicAddress:
    """The normalised address, or ``LocationError`` listing every field to fix."""
    found = problems(address)
    if found:
        raise LocationError("The address cannot be confirmed: " + " ".join(found.values()))
    return normalised(address)
