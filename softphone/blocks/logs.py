"""Logging: one named logger per subsystem, rotating files, and no personal data in any line.

Code never passes an emergency number, callback number or location to a logger, and logs no
emergency event at all (that and when an emergency call happened is itself private). As a
second line of defence, every line (tracebacks and crash reports included) is scrubbed of
anything that looks like a phone number, an emergency short code, coordinates (a pair of
decimals however short, a long decimal alone, degrees), a street address or a postcode, or an
email address before it reaches a handler. Scrubbing errs towards removing too much: a lost
"2.5, 3.0" in a log costs less than a leaked position.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from pathlib import Path

from softphone.blocks.private import FILE_MODE, close_files_to_others, make_private_folder
from softphone.blocks.text import translate

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_DECIMAL = r"[-+]?\d{1,3}\.\d+"
_COORDINATE_PAIR = re.compile(rf"(?<![\w.]){_DECIMAL}\s*[,;/ ]\s*{_DECIMAL}(?![\w.])")
_LABELLED_COORDINATE = re.compile(r"(?i)\b(lat(?:itude)?|lon(?:gitude)?|lng)\s*[=:]?\s*"
                                  r"[-+]?\d{1,3}(?:\.\d+)?")
_DEGREES = re.compile(r"[-+]?\d{1,3}(?:\.\d+)?\s*°(?:\s*\d{1,2}(?:\.\d+)?\s*['′])?"
                      r"(?:\s*\d{1,2}(?:\.\d+)?\s*[\"″])?\s*[NSEW]?")
_COORDINATE = re.compile(r"(?<![\w.])-?\d{1,3}\.\d{3,}(?![\w.])")
_STREET_TYPES = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|"
                 r"Place|Pl|Plaza|Square|Sq|Terrace|Ter|Highway|Hwy|Parkway|Pkwy|Circle|Cir|"
                 r"Trail|Route|Rte|Close|Crescent|Cres|Gardens|Grove|Row|Mews|Walk|Hill|Park")
# "350 Fifth Avenue", "221B Baker St", "233 W Jackson Blvd"
_STREET_NUMBER_FIRST = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?,?\s+(?:[A-Z][\w'.-]*\s+){{0,4}}(?:{_STREET_TYPES})\b\.?")
# "1234 rue Sherbrooke Ouest", "123 Calle Luna" (Quebec, Puerto Rico)
_STREET_TYPE_FIRST = re.compile(
    r"(?i)\b(?:\d{1,6}[a-z]?,?\s+)?(?:rue|avenue|boulevard|boul\.|chemin|allée|impasse|quai|"
    r"calle|avenida|carretera|camino|paseo)\s+[^\s,;:]+(?:\s+[^\s,;:\d]+){0,3}"
    r"(?:\s+\d{1,6}[a-z]?)?")
# "Vesterbrogade 3", "Nørre Allé 12B", "Hauptstraße 5"
_STREET_NUMBER_LAST = re.compile(
    r"\b[\w'.-]*(?i:gade|vej|stræde|allé|alle|plads|torv|vænge|straße|strasse|weg|gasse|platz)"
    r"\s+\d{1,5}[A-Za-z]?\b")
# UK "SW1A 2AA", Canada "K1A 0B1", US ZIP+4 "10001-1234"
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|"
                       r"\d{5}-\d{4})\b")
_PHONE_LIKE = re.compile(r"(?<![\w.:])(?:tel:|sips?:)?\+?\d[\d ()\-]{4,}\d(?![\w.:])")
_SHORT_CODE = re.compile(r"(?<![\d.])(911|999|112|933)(?![\d.])")


def _phone_number(match: re.Match[str]) -> str:
    digits = sum(character.isdigit() for character in match.group(0))
    return "<number>" if digits >= 7 or match.group(0).lstrip("telsip:").startswith("+") else match.group(0)


def scrub(text: str) -> str:
    """``text`` without email addresses, coordinates, street addresses, postcodes, phone numbers
    and emergency short codes."""
    text = _EMAIL.sub("<email>", text)
    text = _DEGREES.sub("<coordinate>", text) if "°" in text else text
    text = _LABELLED_COORDINATE.sub("<coordinate>", text)
    text = _COORDINATE_PAIR.sub("<coordinates>", text)
    text = _COORDINATE.sub("<coordinate>", text)
    for street in (_STREET_NUMBER_FIRST, _STREET_TYPE_FIRST, _STREET_NUMBER_LAST):
        text = street.sub("<address>", text)
    text = _POSTCODE.sub("<postcode>", text)
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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file, the first and every one after a rotation, is created readable by the user
    alone (``blocks/private.py``)."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


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
        make_private_folder(logs_dir)
        close_files_to_others(logs_dir, ("softphone.log",))
        file_handler = PrivateRotatingFileHandler(
            logs_dir / "softphone.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as error:
        return translate("Logs", "Cannot write logs to {folder} ({error}); logging to the console "
                         "only.").format(folder=logs_dir, error=error.strerror)
    file_handler.setFormatter(formatter)
    root.addHandler(file_handler)
    return None
