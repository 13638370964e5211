"""Fixtures for the location subsystem's tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

DATA = Path(__file__).parent / "data"
SCHEMAS = DATA / "pidf-lo"


class _OfflineSchemas(etree.Resolver):
    """Serves the W3C xml.xsd from the shipped copy: the RFC schemas name its web address."""

    def resolve(self, system_url, public_id, context):  # type: ignore[no-untyped-def]
        if system_url == "http://www.w3.org/2001/xml.xsd":
            return self.resolve_filename(str(SCHEMAS / "xml.xsd"), context)
        return None


@pytest.fixture(scope="session")
def pidf_lo_schema() -> etree.XMLSchema:
    """The RFC 3863/4119/5139 schemas plus the GML and shape subsets, as one schema set."""
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_OfflineSchemas())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "pidf-lo.xsd"), parser))


@pytest.fixture(scope="session")
def locator():
    from softphone.location.countries import CountryLocator

    found = CountryLocator()
    found.load()
    return found


@pytest.fixture
def database(profile):
    from softphone.core.storage import Database

    opened = Database(profile.database)
    yield opened
    opened.close()


@pytest.fixture
def make_service(settings, locator, database):
    """Builds a LocationService on the test profile's real settings and SQLite file."""
    from softphone.location.confirmed_addresses import ConfirmedAddresses
    from softphone.location.service import LocationService

    def make(clock=None):
        kwargs = {"clock": clock} if clock else {}
        return LocationService(settings, locator, ConfirmedAddresses(database), **kwargs)

    return make
