"""Turns what the agent typed, pasted or clicked into a number and a kind of call, offline.

Emergency numbers come from libphonenumber's short-number metadata for the countries in play
(the agent's configured country and, when known, the country the agent is in), plus 911, which
the softphone treats as an emergency number everywhere. Both forms work behind the outside-line
prefix (``9911``, ``9 911``, ``9,911``), as US Kari's Law requires. ``933``, the US address test
line, is a test call. Digits typed in another script or width (fullwidth ``９１１``, Arabic-Indic
``٩١١``, from an input method or a pasted web page) are read as the digits they are, as
libphonenumber reads them: an emergency number must never be refused for its glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from phonenumbers import normalize_digits_only, shortnumberinfo

from softphone.blocks.text import translate
from softphone.core.calls import CallError, CallKind
from softphone.core.coverage import UNIVERSAL_EMERGENCY_NUMBER

TEST_LINE = "933"
TEST_LINE_COUNTRIES = frozenset({"US", "PR"})

_URI_SCHEME = re.compile(r"^(tel|sip|sips|callto):(//)?", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s().\-,/]")  # visual separators, and ',' the dial pause
_DIALABLE = re.compile(r"^\+?[0-9*#]{1,32}$")


class DialPlanError(CallError):
    """What was dialled is not a number; the message says what a number looks like."""


@dataclass(frozen=True)
class DialTarget:
    """What a dialled text is: the kind of call and the number the carrier dials."""

    kind: CallKind
    number: str  # what the carrier dials: the emergency code without prefix, or the cleaned number
    country: str  # the country whose plan made it an emergency or test call ("" for normal calls)


def ascii_digits(text: str) -> str:
    """``text`` with fullwidth forms folded (NFKC: ``＋９１１`` → ``+911``) and every decimal digit
    of any script turned into its ASCII digit (libphonenumber's ``normalize_digits_only``)."""
    return normalize_digits_only(unicodedata.normalize("NFKC", text), keep_non_digits=True)


def clean(text: str) -> str:
    """The dialable characters of ``text``: a tel:/sip:/callto: URI or a pasted, formatted number."""
    value = ascii_digits(unquote(text.strip()))
    scheme = _URI_SCHEME.match(value)
    if scheme:
        value = value[scheme.end():]
        value = value.split(";", 1)[0]  # tel: parameters such as ;phone-context=
        if scheme.group(1).lower().startswith("sip"):
            value = value.split("@", 1)[0]
    value = _SEPARATORS.sub("", value)
    if not value:
        raise DialPlanError(translate("DialPlan", "Nothing to dial: type a number such as 911 "
                                                  "or +15551234567."))
    if not _DIALABLE.match(value):
        shown = text.strip()[:40]
        raise DialPlanError(translate(
            "DialPlan", "'{text}' is not a phone number: use digits (and * or #), with + in "
                        "front for an international number, or a tel: or sip: link.")
            .format(text=shown))
    return value


class DialPlan:
    """Classifies numbers for the countries ``countries()`` returns (first one is the reference)."""

    def __init__(self, countries: Callable[[], Iterable[str]], outside_line_prefix: Callable[[], str]):
        self._countries = countries
        self._prefix = outside_line_prefix

    def classify(self, text: str) -> DialTarget:
        digits = clean(text)
        countries = list(dict.fromkeys(self._countries()))
        prefix = self._prefix()
        candidates = [digits]
        if prefix and digits.startswith(prefix) and len(digits) > len(prefix):
            candidates.append(digits[len(prefix):])
        for candidate in candidates:
            country = self.emergency_country(candidate, countries)
            if country is not None:
                return DialTarget(CallKind.EMERGENCY, candidate, country)
        for candidate in candidates:
            if candidate == TEST_LINE:
                test_country = next((c for c in countries if c in TEST_LINE_COUNTRIES), None)
                if test_country:
                    return DialTarget(CallKind.TEST, candidate, test_country)
        return DialTarget(CallKind.NORMAL, digits, "")

    @staticmethod
    def emergency_country(number: str, countries: list[str]) -> str | None:
        """The first country in which ``number`` is an emergency number, or ``None``."""
        if number.startswith("+") or not number.isdigit():
            return None
        for country in countries:
            if shortnumberinfo.is_emergency_number(number, country):
                return country
        if number == UNIVERSAL_EMERGENCY_NUMBER and countries:
            return countries[0]
        return None
