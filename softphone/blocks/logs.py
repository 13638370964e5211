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

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_COORDINATE = re.compile(r"(?<![\w.])-?\d{1,3}\.\d{3,}(?![\w.])")
_PHONE_LIKE = re.compile(r"(?<![\w.:])(?:tel:|sips?:)?\+?\d[\d ()\-]{4,}\d(?![\w.:])")
_SHORT_CODE = re.compile(r"(?<![\d.])(911|999|112|933)(?![\d.])")


def _phone_number(match: re.Match[str]) -> str:
    digits = sum(character.isdigit() for character in match.group(0))
    return "<number>" if digits >= 7 or match.group(0).lstrip("telsip:").startswith("+") else match.group(0)


def scrub(text: str) -> str:
    """``text`` without email addresses, coordinates, phone numbers and emergency short codes."""
    text = _EMAIL.sub("<email>", text)
    text = _COORDINATE.sub("<coordinate>", text)
    text = _PHONE_LIKE.sub(_phone_number, text)
    return _SHORT_CODE.sub("<number>", text)


class ScrubbingFormatter(logging.Formatter):
    """Scrubs the message, tracebacks and stacks (never cached unscrubbed); keeps the timestamp."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = scrub(record.getMessage())
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            text += "\n" + scrub(self.formatException(record.exc_info))
        elif record.exc_text:
            text += "\n" + scrub(record.exc_text)
        if record.stack_info:
            text += "\n" + scrub(self.formatStack(record.stack_info))
        return text


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(logs_dir: Path | None, verbose: bool = False) -> str | None:
    """Send logs to a rotating file in ``logs_dir`` and to stderr; returns a problem sentence if
    the folder cannot be written (the softphone then logs to stderr only)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in [h for h in root.handlers if isinstance(h.formatter, ScrubbingFormatter)]:
        root.removeHandler(handler)  # configured before (tests build many instances)
        handler.close()
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
