"""The location service: fallbacks in order, the RAY BAUM prompts, per-network memory."""

from __future__ import annotations

import pytest

from softphone.core.location import CivicAddress
from softphone.core.storage import Database
from softphone.location.confirmed_addresses import ConfirmedAddresses
from softphone.location.errors import LocationError
from softphone.location.service import LocationService, distance_m

OFFICE = CivicAddress(street="Vesterbrogade", house_number="12", floor_room="3rd floor",
                      city="København V", region="Hovedstaden", postcode="1620", country="DK")
COPENHAGEN = (55.6761, 12.5683)
MALMO = (55.6050, 13.0038)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def checks_by_key(service: LocationService) -> dict[str, object]:
    return {check.key: check for check in service.checks()}


def test_os_fix_gives_the_country_and_whether_emergency_calling_is_supported(make_service):
    service = make_service()
    service.os_fix(*COPENHAGEN, 30.0)
    assert (service.latest().source, service.country, service.supported) == ("os", "DK", True)
    service.os_fix(*MALMO, 30.0)
    assert (service.country, service.supported) == ("SE", False)
    country = checks_by_key(service)["location.country"]
    assert not country.passed and "Sweden (SE)" in country.detail
    assert "still dialled" in country.detail


def test_fallback_order_is_os_fix_then_ip_estimate_then_confirmed_address(make_service, settings):
    clock = Clock()
    service = make_service(clock)
    service.network_changed("office-lan")
    service.confirm(OFFICE)
    assert service.latest().source == "civic" and service.latest().civic == OFFICE
    service.ip_estimate(55.68, 12.57, "DK")
    assert service.latest().source == "ip"
    service.os_fix(*COPENHAGEN, 20.0)
    assert service.latest().source == "os"
    assert service.latest().civic == OFFICE  # within the threshold: still dispatchable
    clock.now += settings["location.fix_max_age_minutes"] * 60 + 1
    service.refresh()
    assert service.latest().source == "ip"  # the fix grew too old


def test_moving_away_from_the_confirmed_address_asks_once_and_stops_sending_it(make_service):
    service = make_service()
    asked: list[str] = []
    service.confirm_needed.connect(asked.append)
    service.network_changed("office-lan")
    service.os_fix(*COPENHAGEN, 10.0)
    service.confirm(OFFICE)
    assert asked == ["Please confirm where you are: no address is confirmed for this network."]

    service.os_fix(55.6761, 12.5883, 10.0)  # about 1.25 km east
    service.os_fix(55.6762, 12.5884, 10.0)
    assert len(asked) == 2 and "m from the address you confirmed" in asked[1]
    assert service.latest().civic is None
    assert not checks_by_key(service)["location.address"].passed

    service.confirm(OFFICE)  # confirmed again where the agent now is
    assert service.latest().civic == OFFICE and service.confirmation_reason is None


def test_a_vague_fix_whose_radius_covers_the_address_does_not_count_as_moving(make_service):
    service = make_service()
    asked: list[str] = []
    service.network_changed("office-lan")
    service.os_fix(*COPENHAGEN, 10.0)
    service.confirm(OFFICE)
    service.confirm_needed.connect(asked.append)
    service.os_fix(55.6761, 12.5883, 2000.0)
    assert asked == [] and service.latest().civic == OFFICE


def test_a_returning_agent_is_not_asked_again_on_a_known_network(make_service, profile):
    first = make_service()
    first.network_changed("home-wifi")
    first.confirm(OFFICE)

    database = Database(profile.database)  # a restart: a new service on the same file
    try:
        from softphone.settings.store import Settings

        again = LocationService(Settings(profile.settings_file, profile.fleet_file),
                                first._locator, ConfirmedAddresses(database))
        asked: list[str] = []
        again.confirm_needed.connect(asked.append)
        again.network_changed("home-wifi")
        again.start()
        assert asked == []
        assert again.latest().civic == OFFICE
        again.network_changed("hotel-wifi")
        assert asked == ["Please confirm where you are: no address is confirmed for this network."]
        again.network_changed("home-wifi")
        assert again.confirmation_reason is None
    finally:
        database.close()


def test_an_incomplete_address_is_refused_with_every_field_to_fix(make_service):
    service = make_service()
    with pytest.raises(LocationError) as refused:
        service.confirm(CivicAddress(street="Main St", city="Springfield", country="US",
                                     postcode="123"))
    message = str(refused.value)
    assert "Number is required." in message
    assert "State / region is required" in message
    assert "Postcode '123' is not valid here: use five digits" in message
    assert service.latest() is None  # nothing half-stored


def test_the_registered_address_is_used_only_when_nothing_else_is_known(make_service, settings):
    settings.update({"location.address.street": "Main Street", "location.address.house_number":
                     "1", "location.address.city": "Detroit", "location.address.region": "MI",
                     "location.address.postcode": "48226", "location.address.country": "US"})
    service = make_service()
    assert service.latest().source == "civic" and service.latest().civic.city == "Detroit"
    assert service.proposed_address().street == "Main Street"
    service.os_fix(*COPENHAGEN, 10.0)
    assert service.latest().civic is None  # never sent unconfirmed beside a real position


def test_impossible_positions_from_the_system_are_dropped(make_service):
    service = make_service()
    service.os_fix(123.0, 12.0, 5.0)
    assert service.latest() is None
    assert "impossible position" in checks_by_key(service)["location.enabled"].detail


def test_distance_is_great_circle_metres():
    assert distance_m(*COPENHAGEN, *MALMO) == pytest.approx(28_490, rel=0.01)  # flat-earth estimate: 28.49 km


def test_positions_and_addresses_never_reach_a_log_line(make_service, caplog):
    caplog.set_level("DEBUG")
    service = make_service()
    service.network_changed("office-lan")
    service.os_fix(*COPENHAGEN, 10.0)
    service.confirm(OFFICE)
    service.os_fix(*MALMO, 10.0)
    service.os_fix(123.0, 1.0, None)
    text = caplog.text
    assert "55.6" not in text and "12.56" not in text and "Vesterbrogade" not in text
