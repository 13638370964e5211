"""Which pool an agent draws from: the site they are at (confirmed address, else network), else
the default pool; read from memory with the settings and the location as they are now."""

from __future__ import annotations

from softphone.core.location import CivicAddress, Location
from softphone.core.sites import SitePools
from softphone.settings.store import Settings

DENVER = {"name": "Denver", "pool": ["+13035550101"], "networks": ["10.20.0.0/16"],
          "address": {"street": "Main Street", "house_number": "100", "city": "Denver",
                      "postcode": "80202", "country": "US"}}
BOULDER = {"name": "Boulder", "pool": ["+13035550201"], "unassigned_route": "+13035550200",
           "address": {"street": "Pearl Street", "city": "Boulder", "country": "US"}}


class Here:
    def __init__(self, civic: CivicAddress | None = None) -> None:
        self.location = Location("civic", 0.0, civic=civic) if civic else None

    def latest(self) -> Location | None:
        return self.location


def pools(settings: Settings, civic: CivicAddress | None = None,
          subnets: tuple[str, ...] = ()) -> SitePools:
    settings.update({"callback.sites": [DENVER, BOULDER],
                     "callback.pool": ["+15551230001", "+13035550101"],
                     "callback.unassigned_route": "sip:security@pbx.example.com"})
    return SitePools(settings, Here(civic), lambda: subnets)


def test_the_confirmed_address_chooses_the_site_whatever_its_case_and_punctuation(
        settings: Settings) -> None:
    here = CivicAddress(street="main street", house_number="100", floor_room="Floor 3",
                        city="DENVER", postcode="80202", country="US")
    pool = pools(settings, here, subnets=("192.168.1.0/24",)).current()
    assert (pool.site, pool.numbers, pool.unassigned_route) == (
        "Denver", ("+13035550101",), "sip:security@pbx.example.com")


def test_without_an_address_match_the_network_chooses_the_site(settings: Settings) -> None:
    elsewhere = CivicAddress(street="Elm Street", city="Denver", country="US")
    pool = pools(settings, elsewhere, subnets=("10.20.3.0/24",)).current()
    assert pool.site == "Denver"


def test_a_site_s_own_unassigned_route_wins(settings: Settings) -> None:
    pool = pools(settings, CivicAddress(street="Pearl Street", city="Boulder",
                                        country="US")).current()
    assert (pool.site, pool.unassigned_route) == ("Boulder", "+13035550200")


def test_anywhere_else_the_default_pool_without_the_sites_numbers(settings: Settings) -> None:
    sites = pools(settings, None, subnets=("172.16.0.0/24",))
    pool = sites.current()
    assert (pool.site, pool.numbers) == ("", ("+15551230001",))
    assert sites.problems() == ["callback.pool: +13035550101 is also in the pool of site "
                                "'Denver'; it is used for that site only. Remove it from "
                                "callback.pool."]
    assert {(n.number, n.site) for n in sites.directory()} == {
        ("+13035550101", "Denver"), ("+13035550201", "Boulder"), ("+15551230001", "")}
