"""Value types for settings: each one parses a raw TOML value, says what is wrong, and dumps it back.

A type raises ``ValueError`` with a sentence that says what a valid value looks like; the store
adds the option's key, so the admin reads e.g. "callback.pool: '+1 555' is not a phone number in
E.164 form such as +15551234567".
"""

from __future__ import annotations

import fnmatch
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


class ValueType(ABC, Generic[T]):
    """How one option's value is checked, stored and documented."""

    @abstractmethod
    def parse(self, raw: object) -> T:
        """Return the value for ``raw`` or raise ``ValueError`` saying what a valid value is."""

    def dump(self, value: T) -> Any:
        return value

    @abstractmethod
    def describe(self) -> str:
        """One phrase for the README table, e.g. 'integer 1–10'."""


class Text(ValueType[str]):
    def __init__(self, pattern: str | None = None, hint: str = "") -> None:
        self._pattern = re.compile(pattern) if pattern else None
        self._hint = hint

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(f"expected text, got {type(raw).__name__}")
        value = raw.strip()
        if self._pattern and not self._pattern.fullmatch(value):
            raise ValueError(f"{value!r} is not valid: {self._hint}")
        return value

    def describe(self) -> str:
        return f"text ({self._hint})" if self._hint else "text"


class Boolean(ValueType[bool]):
    def parse(self, raw: object) -> bool:
        if not isinstance(raw, bool):
            raise ValueError(f"expected true or false, got {raw!r}")
        return raw

    def describe(self) -> str:
        return "true or false"


class Integer(ValueType[int]):
    def __init__(self, minimum: int, maximum: int) -> None:
        self.minimum, self.maximum = minimum, maximum

    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError(f"expected a whole number, got {raw!r}")
        if not self.minimum <= raw <= self.maximum:
            raise ValueError(f"{raw} is outside {self.minimum}–{self.maximum}")
        return raw

    def describe(self) -> str:
        return f"integer {self.minimum}–{self.maximum}"


class Number(ValueType[float]):
    def __init__(self, minimum: float, maximum: float) -> None:
        self.minimum, self.maximum = minimum, maximum

    def parse(self, raw: object) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ValueError(f"expected a number, got {raw!r}")
        if not self.minimum <= raw <= self.maximum:
            raise ValueError(f"{raw} is outside {self.minimum}–{self.maximum}")
        return float(raw)

    def describe(self) -> str:
        return f"number {self.minimum:g}–{self.maximum:g}"


class Choice(ValueType[str]):
    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def parse(self, raw: object) -> str:
        if raw not in self.choices:
            raise ValueError(f"{raw!r} is not one of {', '.join(self.choices)}")
        return str(raw)

    def describe(self) -> str:
        return "one of " + ", ".join(f"`{c}`" for c in self.choices)


class PhoneNumber(ValueType[str]):
    """A number in E.164 form (+ and digits), or empty for 'not set'."""

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(f"expected a phone number as text, got {raw!r}")
        value = raw.strip()
        if value and not E164.fullmatch(value):
            raise ValueError(f"{value!r} is not a phone number in E.164 form such as +15551234567")
        return value

    def describe(self) -> str:
        return "E.164 number such as `+15551234567`, or empty"


class PhoneNumberList(ValueType[tuple[str, ...]]):
    def parse(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list):
            raise ValueError(f"expected a list of numbers such as [\"+15551230001\"], got {raw!r}")
        numbers: list[str] = []
        for item in raw:
            number = PhoneNumber().parse(item)
            if not number:
                raise ValueError("the list has an empty entry; remove it")
            if number in numbers:
                raise ValueError(f"{number} is listed twice; list each number once")
            numbers.append(number)
        return tuple(numbers)

    def dump(self, value: tuple[str, ...]) -> Any:
        return list(value)

    def describe(self) -> str:
        return "list of E.164 numbers"


class TextList(ValueType[tuple[str, ...]]):
    def parse(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise ValueError(f"expected a list of texts such as [\"Lunch\"], got {raw!r}")
        items = tuple(item.strip() for item in raw)
        if any(not item for item in items):
            raise ValueError("the list has an empty entry; remove it")
        return items

    def dump(self, value: tuple[str, ...]) -> Any:
        return list(value)

    def describe(self) -> str:
        return "list of texts"


class Country(ValueType[str]):
    """An ISO 3166-1 alpha-2 code that libphonenumber knows (it drives the dial plan)."""

    def parse(self, raw: object) -> str:
        import phonenumbers  # deferred: only needed when a country is parsed

        if not isinstance(raw, str) or raw.strip().upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"{raw!r} is not an ISO 3166-1 alpha-2 country code such as US, GB or DK")
        return raw.strip().upper()

    def describe(self) -> str:
        return "ISO 3166-1 alpha-2 country code, e.g. `US`"


@dataclass(frozen=True)
class RoutingRule:
    """Inbound routing: callers whose number matches ``match`` (a glob like ``+1800*``) get ``action``."""

    match: str
    action: str  # "accept" or "refuse"

    def matches(self, caller: str) -> bool:
        return fnmatch.fnmatchcase(caller, self.match)


class RoutingRules(ValueType[tuple[RoutingRule, ...]]):
    ACTIONS = ("accept", "refuse")

    def parse(self, raw: object) -> tuple[RoutingRule, ...]:
        if not isinstance(raw, list):
            raise ValueError("expected a list of tables such as [{match = \"+1900*\", action = \"refuse\"}]")
        rules = []
        for index, item in enumerate(raw, start=1):
            if not isinstance(item, dict) or set(item) != {"match", "action"}:
                raise ValueError(f"rule {index} must have exactly the keys 'match' and 'action'")
            match, action = item["match"], item["action"]
            if not isinstance(match, str) or not match.strip():
                raise ValueError(f"rule {index}: 'match' must be a caller pattern such as \"+1900*\"")
            if action not in self.ACTIONS:
                raise ValueError(f"rule {index}: 'action' must be one of {', '.join(self.ACTIONS)}")
            rules.append(RoutingRule(match.strip(), action))
        return tuple(rules)

    def dump(self, value: tuple[RoutingRule, ...]) -> Any:
        return [{"match": rule.match, "action": rule.action} for rule in value]

    def describe(self) -> str:
        return "list of `{match = \"<glob>\", action = \"accept\"|\"refuse\"}`, first match wins"
