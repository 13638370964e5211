"""Checking a civic address before it is confirmed: an answering point must be able to drive to it.

RAY BAUM's Act asks for a *dispatchable* location: a street address plus what responders need to
find the agent inside (floor, room). What is required depends on the country's addressing: a
state or province in the US and Canada, a postcode everywhere the softphone is supported.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

from softphone.blocks.text import joined, translate
from softphone.core.location import CivicAddress
from softphone.location.errors import LocationError

FIELDS = ("street", "house_number", "floor_room", "city", "region", "postcode", "country")


def labels() -> dict[str, str]:
    """Each field's name as the agent reads it, in the agent's language."""
    return {
        "street": translate("Address", "Street"),
        "house_number": translate("Address", "Number"),
        "floor_room": translate("Address", "Floor / room"),
        "city": translate("Address", "City"),
        "region": translate("Address", "State / region"),
        "postcode": translate("Address", "Postcode"),
        "country": translate("Address", "Country"),
    }


ALWAYS_REQUIRED = ("street", "house_number", "city", "country")
REGION_REQUIRED = {"US", "CA", "PR"}
POSTCODE_REQUIRED = {"US", "CA", "PR", "GB", "DK"}
POSTCODE_FORMS = {
    "US": (re.compile(r"\d{5}(-\d{4})?"), "94103"),
    "PR": (re.compile(r"\d{5}(-\d{4})?"), "00901"),
    "CA": (re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d"), "K1A 0B1"),
    "DK": (re.compile(r"\d{4}"), "1620"),
    "GB": (re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"), "SW1A 1AA"),
}


def postcode_hint(country: str) -> str:
    """How a postcode of ``country`` is written, with an example."""
    example = POSTCODE_FORMS[country][1]
    return {
        "US": translate("Address", "five digits such as {example}"),
        "PR": translate("Address", "five digits such as {example}"),
        "CA": translate("Address", "letter-digit-letter digit-letter-digit such as {example}"),
        "DK": translate("Address", "four digits such as {example}"),
        "GB": translate("Address", "a UK postcode such as {example}"),
    }[country].format(example=example)


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
    names = labels()
    for name in ALWAYS_REQUIRED:
        if not getattr(address, name):
            found[name] = translate("Address", "{field} is required.").format(field=names[name])
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        found["country"] = translate("Address", "Country must be a two-letter code such as US, GB or "
                                          "DK.")
    if country in REGION_REQUIRED and not address.region:
        found["region"] = translate("Address", "State / region is required in this country.")
    if country in POSTCODE_REQUIRED and not address.postcode:
        found["postcode"] = translate("Address", "Postcode is required in this country.")
    elif address.postcode and country in POSTCODE_FORMS:
        pattern, _example = POSTCODE_FORMS[country]
        if not pattern.fullmatch(address.postcode):
            found["postcode"] = translate("Address", "Postcode '{postcode}' is not valid here: use "
                                              "{form}.").format(postcode=address.postcode,
                                                                 form=postcode_hint(country))
    return found


def validated(address: CivicAddress) -> CivicAddress:
    """The normalised address, or ``LocationError`` listing every field to fix."""
    found = problems(address)
    if found:
        raise LocationError(translate("Address", "The address cannot be confirmed: {problems}").format(
            problems=joined(list(found.values()))))
    return normalised(address)
