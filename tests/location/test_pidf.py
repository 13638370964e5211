"""The PIDF-LO for the answering point validates against the RFC schemas and says what it must."""

from __future__ import annotations

import math

import pytest
from lxml import etree

from softphone.core.location import CivicAddress, Location
from softphone.location.errors import LocationError
from softphone.location.pidf import build_pidf_lo

NS = {
    "p": "urn:ietf:params:xml:ns:pidf",
    "gp": "urn:ietf:params:xml:ns:pidf:geopriv10",
    "gbp": "urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy",
    "ca": "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr",
    "gml": "http://www.opengis.net/gml",
    "gs": "http://www.opengis.net/pidflo/1.0",
}
ENTITY = "pres:agent7@contact.example.com"
OFFICE = CivicAddress(street="Vesterbrogade", house_number="12B", floor_room="3rd floor, room 301",
                      city="København V", region="Hovedstaden", postcode="1620", country="DK")
OBTAINED = 1_700_000_000.0  # 2023-11-14T22:13:20Z


def parse_valid(document: str, schema: etree.XMLSchema) -> etree._Element:
    root = etree.fromstring(document.encode())
    assert schema.validate(root), schema.error_log
    return root


def test_civic_only_location_validates_and_carries_every_address_field(pidf_lo_schema):
    root = parse_valid(build_pidf_lo(Location("civic", OBTAINED, civic=OFFICE), entity=ENTITY),
                       pidf_lo_schema)

    assert root.get("entity") == ENTITY
    (address,) = root.xpath("//ca:civicAddress", namespaces=NS)
    fields = {etree.QName(child).localname: child.text for child in address}
    assert fields == {"country": "DK", "A1": "Hovedstaden", "A3": "København V",
                      "RD": "Vesterbrogade", "HNO": "12", "HNS": "B",
                      "LOC": "3rd floor, room 301", "PC": "1620"}
    assert root.xpath("//gp:method/text()", namespaces=NS) == ["Manual"]
    assert root.xpath("//p:tuple/p:timestamp/text()", namespaces=NS) == ["2023-11-14T22:13:20Z"]
    assert not root.xpath("//gml:*|//gs:*", namespaces=NS)


def test_geodetic_fix_with_accuracy_becomes_a_circle_with_its_uncertainty_radius(pidf_lo_schema):
    fix = Location("os", OBTAINED, latitude=55.676098, longitude=12.568337, accuracy_m=35.0)
    root = parse_valid(build_pidf_lo(fix, entity=ENTITY), pidf_lo_schema)

    (circle,) = root.xpath("//gp:location-info/gs:Circle", namespaces=NS)
    assert circle.get("srsName") == "urn:ogc:def:crs:EPSG::4326"
    latitude, longitude = map(float, circle.xpath("gml:pos/text()", namespaces=NS)[0].split())
    assert (latitude, longitude) == (55.676098, 12.568337)  # latitude first (RFC 5491 §5)
    (radius,) = circle.xpath("gs:radius", namespaces=NS)
    assert (float(radius.text), radius.get("uom")) == (35.0, "urn:ogc:def:uom:EPSG::9001")
    assert root.xpath("//gp:method/text()", namespaces=NS) == ["DBH"]
    assert not root.xpath("//ca:civicAddress", namespaces=NS)


def test_geodetic_fix_without_accuracy_becomes_a_point(pidf_lo_schema):
    estimate = Location("ip", OBTAINED, latitude=-33.8688, longitude=151.2093)
    root = parse_valid(build_pidf_lo(estimate, entity=ENTITY), pidf_lo_schema)

    assert root.xpath("//gml:Point/gml:pos/text()", namespaces=NS) == ["-33.868800 151.209300"]
    assert root.xpath("//gp:method/text()", namespaces=NS) == ["best-guess"]


def test_civic_and_geodetic_go_in_separate_tuples_with_the_dispatchable_address_first(
        pidf_lo_schema):
    both = Location("os", OBTAINED, latitude=55.6761, longitude=12.5683, accuracy_m=20.0,
                    civic=OFFICE)
    root = parse_valid(build_pidf_lo(both, entity=ENTITY), pidf_lo_schema)

    tuples = root.xpath("p:tuple", namespaces=NS)
    assert [t.get("id") for t in tuples] == ["civic", "geodetic"]
    assert tuples[0].xpath(".//ca:civicAddress", namespaces=NS)
    assert tuples[1].xpath(".//gs:Circle", namespaces=NS)
    assert [t.xpath("string(.//gp:method)", namespaces=NS) for t in tuples] == ["Manual", "DBH"]
    assert root.xpath("//gbp:retransmission-allowed/text()", namespaces=NS) == ["true", "true"]


def test_address_text_is_escaped_not_interpreted(pidf_lo_schema):
    tricky = CivicAddress(street="Rue <Saint> & \"Fils\"", city="Montréal", country="CA")
    root = parse_valid(build_pidf_lo(Location("civic", OBTAINED, civic=tricky), entity=ENTITY),
                       pidf_lo_schema)
    assert root.xpath("//ca:RD/text()", namespaces=NS) == ['Rue <Saint> & "Fils"']


def test_schemas_reject_what_the_rfcs_forbid(pidf_lo_schema):
    """The validation above bites: the lax wildcards really are checked against the RFC schemas."""
    good = build_pidf_lo(Location("os", OBTAINED, latitude=1.0, longitude=2.0, accuracy_m=5.0,
                                  civic=OFFICE), entity=ENTITY)
    broken = {
        "usage-rules missing": good.replace(
            "<gp:usage-rules><gbp:retransmission-allowed>true</gbp:retransmission-allowed>"
            "</gp:usage-rules>", "", 1),
        "unknown civic element": good.replace("<ca:A3>", "<ca:Town>").replace("</ca:A3>",
                                                                              "</ca:Town>"),
        "country not alpha-2": good.replace("<ca:country>DK<", "<ca:country>DNK<"),
        "position not numbers": good.replace("<gml:pos>1.000000 2.000000",
                                             "<gml:pos>north east"),
        "radius without unit": good.replace(' uom="urn:ogc:def:uom:EPSG::9001"', ""),
    }
    for problem, document in broken.items():
        assert document != good, problem
        assert not pidf_lo_schema.validate(etree.fromstring(document.encode())), problem


@pytest.mark.parametrize(("latitude", "longitude"), [
    (91.0, 0.0), (-90.5, 10.0), (0.0, 180.01), (math.nan, 1.0), (1.0, math.inf), (1.0, None)])
def test_coordinates_out_of_range_are_refused_with_a_clear_message(latitude, longitude):
    with pytest.raises(LocationError, match="latitude must be within"):
        build_pidf_lo(Location("os", OBTAINED, latitude=latitude, longitude=longitude),
                      entity=ENTITY)


def test_empty_location_and_bad_presentity_are_refused():
    with pytest.raises(LocationError, match="nothing to send"):
        build_pidf_lo(Location("civic", OBTAINED, civic=CivicAddress()), entity=ENTITY)
    with pytest.raises(LocationError, match="not a URI"):
        build_pidf_lo(Location("civic", OBTAINED, civic=OFFICE), entity="agent 7")
    with pytest.raises(LocationError, match="two-letter"):
        build_pidf_lo(Location("civic", OBTAINED, civic=CivicAddress(city="Oslo", country="NOR")),
                      entity=ENTITY)
