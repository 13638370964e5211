"""Offline country decision: right on both sides of borders and along coasts; clear on bad input."""

from __future__ import annotations

import math

import pytest

from softphone.location.countries import CountryLocator
from softphone.location.errors import LocationError

# (place, latitude, longitude, ISO alpha-2 or None for international waters)
TABLE = [
    ("Malmö centre", 55.6050, 13.0038, "SE"),
    ("Malmö, Västra Hamnen waterfront", 55.6150, 12.9780, "SE"),
    ("Copenhagen, City Hall Square", 55.6761, 12.5683, "DK"),
    ("Copenhagen harbour, on the water", 55.6900, 12.6000, "DK"),
    ("Øresund, Swedish side of the strait", 55.5800, 12.9000, "SE"),
    ("Øresund, Danish side of the strait", 55.6200, 12.7200, "DK"),
    ("Helsingør", 56.0361, 12.6136, "DK"),
    ("Helsingborg, across the sound", 56.0465, 12.6945, "SE"),
    ("Windsor, Ontario", 42.3149, -83.0364, "CA"),
    ("Detroit", 42.3314, -83.0458, "US"),
    ("Detroit riverfront, 1 km from Windsor", 42.3290, -83.0400, "US"),
    ("Niagara Falls, New York", 43.0962, -79.0377, "US"),
    ("Niagara Falls, Ontario", 43.0896, -79.0849, "CA"),
    ("Sault Ste. Marie, Michigan", 46.4953, -84.3453, "US"),
    ("Sault Ste. Marie, Ontario", 46.5219, -84.3461, "CA"),
    ("Lake Erie, US waters", 41.9000, -81.5000, "US"),
    ("Lake Erie, Canadian waters", 42.4000, -81.5000, "CA"),
    ("San Juan", 18.4655, -66.1057, "PR"),
    ("Old San Juan", 18.4663, -66.1180, "PR"),
    ("Aguadilla", 18.4274, -67.1541, "PR"),
    ("Culebra", 18.3030, -65.3010, "PR"),
    ("Charlotte Amalie, St Thomas (US Virgin Islands, not PR)", 18.3419, -64.9307, "VI"),
    ("Christiansted, St Croix", 17.7466, -64.7032, "VI"),
    ("Gibraltar", 36.1408, -5.3536, "GI"),
    ("La Línea de la Concepción, Spain", 36.1681, -5.3478, "ES"),
    ("Derry / Londonderry", 54.9966, -7.3086, "GB"),
    ("Strabane", 54.8270, -7.4633, "GB"),
    ("Lifford, Donegal, across the river from Strabane", 54.8339, -7.4836, "IE"),
    ("Buncrana, Donegal", 55.1333, -7.4500, "IE"),
    ("Letterkenny, Donegal", 54.9500, -7.7300, "IE"),
    ("Tijuana", 32.5149, -117.0382, "MX"),
    ("San Ysidro, at the border", 32.5550, -117.0430, "US"),
    ("San Diego", 32.7157, -117.1611, "US"),
    ("Flensburg", 54.7937, 9.4470, "DE"),
    ("Padborg", 54.8260, 9.3600, "DK"),
    ("Rønne, Bornholm", 55.1009, 14.7066, "DK"),
    ("Baltic 15 km off Bornholm", 55.1000, 14.4500, "DK"),
    ("Lerwick, Shetland", 60.1530, -1.1490, "GB"),
    ("Campobello Island, New Brunswick", 44.9400, -66.9400, "CA"),
    ("Lubec, Maine, across the narrows", 44.8606, -66.9848, "US"),
    ("Point Roberts, Washington", 48.9850, -123.0640, "US"),
    ("Tsawwassen, British Columbia", 49.0200, -123.0830, "CA"),
    ("London", 51.5074, -0.1278, "GB"),
    ("Belfast", 54.5973, -5.9301, "GB"),
    ("Dublin", 53.3498, -6.2603, "IE"),
    ("Calais", 50.9513, 1.8587, "FR"),
    ("Honolulu", 21.3069, -157.8583, "US"),
    ("Little Diomede (US), 4 km from Big Diomede", 65.7500, -168.9500, "US"),
    ("Big Diomede (Russia)", 65.7800, -169.0500, "RU"),
    ("Tórshavn, Faroe Islands", 62.0079, -6.7900, "FO"),
    ("Nuuk, Greenland", 64.1814, -51.6941, "GL"),
    ("Mid-Atlantic, international waters", 40.0000, -40.0000, None),
]


@pytest.fixture(scope="module")
def locator() -> CountryLocator:
    found = CountryLocator()
    found.load()
    return found


@pytest.mark.parametrize(("place", "latitude", "longitude", "expected"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_country_is_decided_offline_on_the_right_side_of_borders_and_coasts(
        locator, place, latitude, longitude, expected):
    assert locator.country_at(latitude, longitude) == expected


@pytest.mark.parametrize(("latitude", "longitude", "message"), [
    (90.5, 0.0, "Latitude 90.5 is out of range"),
    (-91, 10.0, "Latitude -91 is out of range"),
    (10.0, 180.5, "Longitude 180.5 is out of range"),
    (math.nan, 1.0, "Latitude nan is out of range"),
    (1.0, -math.inf, "Longitude -inf is out of range"),
    ("55.6", 12.5, "is not a position"),
    (True, 12.5, "is not a position"),
])
def test_coordinates_out_of_range_get_a_message_saying_what_is_valid(locator, latitude, longitude,
                                                                    message):
    with pytest.raises(LocationError, match=message):
        locator.country_at(latitude, longitude)  # type: ignore[arg-type]


def test_the_data_loads_lazily_on_first_use():
    fresh = CountryLocator()
    assert fresh.country_at(55.6761, 12.5683) == "DK"
