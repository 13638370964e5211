"""The background feeders with real parts: Qt's NMEA positioning plugin replaying recorded files,
the readiness indicator offscreen, and the IP fallback's hard deadline with no network."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from softphone.blocks.readiness import Readiness
from softphone.core.location import CivicAddress
from softphone.location import ip
from softphone.location.errors import LocationError
from softphone.location.ip import IpLocator
from softphone.location.runtime import LocationRuntime, nmea_file_source
from softphone.qtbridge import GuiThread
from softphone.widgets.readiness_indicator import ReadinessIndicator
from tests.location.conftest import DATA

OFFICE = CivicAddress(street="Vesterbrogade", house_number="12", city="København V",
                      postcode="1620", country="DK")


@pytest.fixture
def gui_thread():
    return GuiThread()


def build(service, settings, locator, gui_thread, source, ip_locator=None):
    readiness = Readiness()
    readiness.add(service.checks)
    service.changed.connect(readiness.refresh)
    runtime = LocationRuntime(service, settings, locator, gui_thread.post, source,
                              fingerprint=lambda: "office-lan",
                              **({"ip_locator": ip_locator} if ip_locator else {}))
    return readiness, runtime


def test_nmea_copenhagen_then_malmo_turns_the_indicator_from_supported_to_not(
        qtbot, make_service, settings, locator, gui_thread):
    settings.set("location.ip_fallback", False)
    service = make_service()
    readiness, runtime = build(service, settings, locator, gui_thread,
                               nmea_file_source(str(DATA / "copenhagen-then-malmo.nmea")))
    indicator = ReadinessIndicator(readiness)
    qtbot.addWidget(indicator)
    assert runtime.source is None
    runtime.start()
    assert runtime.source is not None and runtime.source.sourceName() == "nmea"
    try:
        qtbot.waitUntil(lambda: indicator.supported is True, timeout=5000)
        assert service.country == "DK" and service.latest().source == "os"
        qtbot.waitUntil(lambda: indicator.supported is False, timeout=15000)
        assert service.country == "SE"
        assert indicator.state == "unsupported"
        assert "NOT supported" in indicator.text()
    finally:
        runtime.stop()


def test_nmea_file_with_garbage_lines_still_yields_both_positions(
        qtbot, make_service, settings, locator, gui_thread):
    settings.set("location.ip_fallback", False)
    service = make_service()
    countries: list[str | None] = []
    service.changed.connect(lambda: countries.append(service.country))
    _readiness, runtime = build(service, settings, locator, gui_thread, nmea_file_source(
        str(DATA / "copenhagen-then-malmo-garbage.nmea")))
    runtime.start()
    try:
        qtbot.waitUntil(lambda: service.country == "SE", timeout=15000)
        assert "DK" in countries
    finally:
        runtime.stop()


# Qt says so itself when a file holds no usable sentence; the test checks we say it to the agent.
@pytest.mark.qt_log_ignore("QNmeaPositionInfoSource: cannot find NMEA sentence")
def test_nmea_file_of_only_garbage_reports_no_position_and_keeps_trying(
        qtbot, make_service, settings, locator, gui_thread):
    settings.set("location.ip_fallback", False)
    service = make_service()
    _readiness, runtime = build(service, settings, locator, gui_thread,
                                nmea_file_source(str(DATA / "only-garbage.nmea")))
    runtime.start()
    try:
        runtime.request_fix(300)
        enabled = lambda: next(c for c in service.checks() if c.key == "location.enabled")  # noqa: E731
        qtbot.waitUntil(lambda: "no position yet" in enabled().detail, timeout=5000)
        assert enabled().passed  # location is on; it has not found a position yet
        assert service.latest() is None
    finally:
        runtime.stop()


def test_no_location_service_is_a_failed_check_with_the_fix(
        qtbot, make_service, settings, locator, gui_thread):
    settings.set("location.ip_fallback", False)
    service = make_service()
    _readiness, runtime = build(service, settings, locator, gui_thread, lambda parent: None)
    runtime.start()
    enabled = next(c for c in service.checks() if c.key == "location.enabled")
    assert not enabled.passed and "no location service" in enabled.detail
    assert "geoclue" in enabled.detail or "location services" in enabled.fix
    runtime.stop()


@pytest.fixture
def blackhole():
    """A local proxy that accepts connections and never answers: a route that hangs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


def test_ip_fallback_gives_up_within_two_seconds_and_the_confirmed_address_is_used(
        qtbot, make_service, settings, locator, gui_thread, blackhole, monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, blackhole)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    service = make_service()
    service.network_changed("office-lan")
    service.confirm(OFFICE)
    outcomes: list[tuple[object, str | None, float]] = []
    started = time.monotonic()
    locator_ip = IpLocator(lambda estimate, problem: outcomes.append(
        (estimate, problem, time.monotonic() - started)))
    assert locator_ip.start()  # the real geocoder lookup, through the hanging proxy
    qtbot.waitUntil(lambda: bool(outcomes), timeout=3000)
    estimate, problem, elapsed = outcomes[0]
    assert estimate is None and elapsed <= 2.0 + 0.2
    assert problem.startswith("No IP-based location")
    assert service.latest().source == "civic" and service.latest().civic.street == "Vesterbrogade"


def test_ip_fallback_without_dns_fails_fast_through_the_real_runtime(
        qtbot, make_service, settings, locator, gui_thread):
    """This machine has no internet: the real lookup must fail, quickly, and change nothing."""
    service = make_service()
    service.network_changed("office-lan")
    service.confirm(OFFICE)
    done = threading.Event()
    real = IpLocator

    def watched(callback):
        return real(lambda estimate, problem: (callback(estimate, problem), done.set()))

    _readiness, runtime = build(service, settings, locator, gui_thread, lambda parent: None,
                                ip_locator=watched)
    started = time.monotonic()
    runtime.start()  # no OS source: the service asks for an IP estimate at once
    qtbot.waitUntil(done.is_set, timeout=3000)
    assert time.monotonic() - started <= 2.2
    assert service.latest().source == "civic"
    runtime.stop()


def test_the_deadline_holds_even_when_the_lookup_never_returns():
    never = threading.Event()
    started = time.monotonic()
    with pytest.raises(LocationError, match="no answer within 1 s"):
        ip.locate(lambda timeout: never.wait() or None, deadline_s=1.0)  # type: ignore[arg-type,return-value]
    assert time.monotonic() - started < 1.3
    never.set()
