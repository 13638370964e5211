import logging
from pathlib import Path

import pytest

from softphone.blocks import logs


@pytest.mark.parametrize(
    ("text", "leaked"),
    [("dialled 911 now", "911"), ("callback +15551230001 leased", "+15551230001"),
     ("callback 1 (555) 123-0001", "123-0001"), ("at 55.67594, 12.56553", "55.67594"),
     ("mail to boss@example.com", "boss@example.com"), ("tel:+4533221100", "4533221100"),
     ("UK 999 and 112", "999")],
)
def test_personal_data_is_scrubbed_from_log_text(text: str, leaked: str) -> None:
    assert leaked not in logs.scrub(text)


@pytest.mark.parametrize("text", ["listening on 127.0.0.1:5060", "took 12 ms", "version 6.12.0",
                                  "retry 3 of 10"])
def test_ordinary_technical_text_is_kept(text: str) -> None:
    assert logs.scrub(text) == text


def test_log_file_keeps_timestamps_and_scrubs_tracebacks(tmp_path: Path) -> None:
    assert logs.configure(tmp_path) is None
    log = logging.getLogger("core")
    try:
        raise ValueError("cannot reach +15551230001")
    except ValueError:
        log.exception("failed for %s", "911")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "softphone.log").read_text()
    assert "+15551230001" not in text and " 911" not in text
    assert text[:4].isdigit() and "<number>" in text


@pytest.mark.parametrize(
    ("text", "leaked"),
    [("at 40.7, -74.0", "40.7"), ("fix 55.68;12.57 ok", "12.57"), ("lat=40.71 lon=-74.01", "40.71"),
     ("latitude: 51.5", "51.5"), ("40°42'46\"N 74°00'22\"W", "40°42"), ("(41.9, -87.6)", "-87.6"),
     ("at 350 Example Avenue, Floor 2", "Example Avenue"), ("221B Baker St", "Baker St"),
     ("233 W Jackson Blvd, Chicago", "Jackson Blvd"), ("10 Downing Street", "Downing"),
     ("Vesterbrogade 3, 1620 København", "Vesterbrogade 3"), ("Nørre Allé 12B", "Allé 12"),
     ("1234 rue Sherbrooke Ouest, Montréal", "Sherbrooke"), ("123 Calle Luna, San Juan", "Luna"),
     ("postcode SW1A 2AA", "SW1A 2AA"), ("code K1A 0B1", "K1A 0B1"), ("zip 10001-1234", "10001-1234")],
)
def test_addresses_and_short_coordinates_are_scrubbed_from_log_text(text: str, leaked: str) -> None:
    assert leaked not in logs.scrub(text)


@pytest.mark.parametrize("text", ["SIP route sbc1.example.com failed: 503 Service Unavailable",
                                  "bound 10.0.0.2:5060 and 192.168.1.20", "took 2.5 s",
                                  "Registered with the SIP registrar", "audio device 2 of 3"])
def test_technical_text_around_the_new_patterns_is_kept(text: str) -> None:
    assert logs.scrub(text) == text
