"""What the answering point is told: a PIDF-LO document (RFC 4119) built from a location snapshot.

The document is a PIDF presence (RFC 3863) with one tuple per form of location, in the order the
answering point should prefer them (RFC 5491 §3: earlier tuples first):

* the civic address (RFC 5139) when the snapshot has one: it is the dispatchable location that
  RAY BAUM's Act asks for, confirmed by the agent (method ``Manual``);
* the coordinates as an RFC 5491 shape: a ``gs:Circle`` whose radius is the uncertainty when the
  accuracy is known, a ``gml:Point`` otherwise; WGS 84 (EPSG::4326), latitude first.

Each tuple carries its ``method`` (an IANA method token for the snapshot's source) and a
``timestamp`` (when the location was obtained), so the answering point can judge how far to
trust it. Carrier adapters attach the result to the call (RFC 6442); it is never logged.
Built with the standard library only, so the dial path imports nothing heavy.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from softphone.blocks.text import translate
from softphone.core.location import CivicAddress, Location
from softphone.location.errors import LocationError

PIDF = "urn:ietf:params:xml:ns:pidf"
GP = "urn:ietf:params:xml:ns:pidf:geopriv10"
GBP = "urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy"
CA = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
GML = "http://www.opengis.net/gml"
GS = "http://www.opengis.net/pidflo/1.0"

CONTENT_TYPE = "application/pidf+xml"

WGS84_2D = "urn:ogc:def:crs:EPSG::4326"  # RFC 5491 §5: the only 2-D reference system
METRE = "urn:ogc:def:uom:EPSG::9001"  # RFC 5491 §5: distances in metres

# IANA "Method Tokens" for where the snapshot came from: the operating system's positioning mixes
# satellite, Wi-Fi and network hints on the device ("DBH", device-based hybrid); an IP address only
# gives a guess; the civic address is what the agent entered or confirmed.
METHODS = {"os": "DBH", "ip": "best-guess", "civic": "Manual"}
DERIVED = "Derived"  # coordinates that came with a civic snapshot were derived from the address

# Tags are written with these prefixes, declared once on the root element; ElementTree's own
# namespace handling would need a process-wide prefix registry and cannot default a namespace
# while PIDF's attributes stay unqualified.
_DECLARATIONS = {"xmlns": PIDF, "xmlns:gp": GP, "xmlns:gbp": GBP, "xmlns:ca": CA,
                 "xmlns:gml": GML, "xmlns:gs": GS}
_HOUSE_NUMBER = re.compile(r"\s*(\d+)\s*(.*?)\s*")  # "12B" -> HNO 12, HNS B (RFC 5139 §2.2.1)


def build_pidf_lo(location: Location, *, entity: str, retransmission_allowed: bool = True) -> str:
    """The PIDF-LO for ``location`` as a UTF-8 XML string, presented by ``entity`` (a URI such as
    ``pres:agent@example.com`` or the caller's SIP URI).

    ``retransmission_allowed`` defaults to true because the answering point must be free to pass
    the location on to the responders it dispatches. Raises ``LocationError`` when the snapshot
    holds nothing to send or coordinates out of range.
    """
    if ":" not in entity or any(character.isspace() for character in entity):
        raise LocationError(translate(
            "Location", "The presentity {entity} is not a URI such as {example}.").format(
            entity=repr(entity), example="pres:agent@example.com"))
    has_civic = location.civic is not None and not location.civic.is_empty()
    has_point = location.latitude is not None or location.longitude is not None
    if not has_civic and not has_point:
        raise LocationError(translate(
            "Location", "The location has neither an address nor coordinates; there is nothing "
            "to send. Confirm the address in the readiness panel."))

    presence = ET.Element("presence", {**_DECLARATIONS, "entity": entity})
    timestamp = _timestamp(location.obtained_at)
    if has_civic:
        assert location.civic is not None
        geopriv = _tuple(presence, "civic", timestamp)
        _civic(_sub(_sub(geopriv, "gp:location-info"), "ca:civicAddress"),
               location.civic)
        _finish(geopriv, METHODS["civic"], retransmission_allowed)
    if has_point:
        geopriv = _tuple(presence, "geodetic", timestamp)
        _shape(_sub(geopriv, "gp:location-info"), location)
        method = DERIVED if location.source == "civic" else METHODS.get(location.source, DERIVED)
        _finish(geopriv, method, retransmission_allowed)
    body = ET.tostring(presence, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def _tuple(presence: ET.Element, ident: str, timestamp: str) -> ET.Element:
    """A tuple whose status holds a geopriv element; returns the geopriv to fill."""
    tuple_ = _sub(presence, "tuple")
    tuple_.set("id", ident)
    geopriv = _sub(_sub(tuple_, "status"), "gp:geopriv")
    _sub(tuple_, "timestamp", timestamp)
    return geopriv


def _finish(geopriv: ET.Element, method: str, retransmission_allowed: bool) -> None:
    rules = _sub(geopriv, "gp:usage-rules")
    _sub(rules, "gbp:retransmission-allowed", "true" if retransmission_allowed else "false")
    _sub(geopriv, "gp:method", method)


def _civic(element: ET.Element, civic: CivicAddress) -> None:
    """RFC 5139 elements, in the schema's order."""
    country = civic.country.strip().upper()
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise LocationError(translate(
            "Location", "The address's country {country} is not a two-letter ISO 3166-1 code "
            "such as {examples}; correct it in the address.").format(
            country=repr(civic.country), examples="US, GB, DK"))
    house_number, house_suffix = _split_house_number(civic.house_number)
    for name, value in (("country", country), ("A1", civic.region), ("A3", civic.city),
                        ("RD", civic.street), ("HNO", house_number), ("HNS", house_suffix),
                        ("LOC", civic.floor_room), ("PC", civic.postcode)):
        value = " ".join(value.split())
        if value:
            _sub(element, f"ca:{name}", value)


def _split_house_number(text: str) -> tuple[str, str]:
    """RFC 5139 wants the numeric part in HNO and a suffix such as 'B' or '½' in HNS."""
    match = _HOUSE_NUMBER.fullmatch(text)
    if match:
        return match.group(1), match.group(2)
    return text.strip(), ""


def _shape(location_info: ET.Element, location: Location) -> None:
    latitude, longitude = location.latitude, location.longitude
    if (latitude is None or longitude is None or not math.isfinite(latitude)
            or not math.isfinite(longitude) or not -90 <= latitude <= 90
            or not -180 <= longitude <= 180):
        raise LocationError(translate(
            "Location", "The coordinates {latitude}, {longitude} are not a position: latitude "
            "must be within −90…90 and longitude within −180…180 degrees.").format(
            latitude=latitude, longitude=longitude))
    position = f"{latitude:.6f} {longitude:.6f}"
    accuracy = location.accuracy_m
    if accuracy is not None and math.isfinite(accuracy) and accuracy > 0:
        circle = _sub(location_info, "gs:Circle")
        circle.set("srsName", WGS84_2D)
        _sub(circle, "gml:pos", position)
        _sub(circle, "gs:radius", f"{accuracy:.1f}").set("uom", METRE)
    else:
        point = _sub(location_info, "gml:Point")
        point.set("srsName", WGS84_2D)
        _sub(point, "gml:pos", position)


def _timestamp(seconds: float) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
