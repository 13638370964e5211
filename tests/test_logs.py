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
