"""Logging: one named logger per subsystem, rotating files, and no personal data in any line.

Code never passes an emergency number, callback number or location to a logger. As a second
line of defence, every line (tracebacks included) is scrubbed of anything that looks like a phone
number, an emergency short code, coordinates or an email address before it reaches a handler.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_PATTERNS = (
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "<email>"),
    (re.compile(r"(?<![\w.])-?\d{1,3}\.\d{3,}(?![\w.])"), "<coordinate>"),
    (re.compile(r"(?<![\w])(tel:|sip:)?\+?\d[\d ().-]{5,}\d(?![\w])"), "<number>"),
    (re.compile(r"(?<!\d)(911|999|112|933)(?!\d)"), "<number>"),
)


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(logs_dir: Path | None, verbose: bool = False) -> str | None:
    """Send logs to a rotating file in ``logs_dir`` and to stderr; returns a problem sentence if
    the folder cannot be written (the softphone then logs to stderr only)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = ScrubbingFormatter(FORMAT)
    stderr = logging.StreamHandler()
    stderr.setFormatter(formatter)
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root.addHandler(stderr)
    if logs_dir is None:
        return None
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            logs_dir / "softphone.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as error:
        return f"Cannot write logs to {logs_dir} ({error.strerror}); logging to the console only."
    file_handler.setFormatter(formatter)
    root.addHandler(file_handler)
    return None
