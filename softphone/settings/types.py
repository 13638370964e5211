"""Value types for settings: each one parses a raw TOML value, says what is wrong, and dumps it back.

A type raises ``ValueError`` with a sentence that says what a valid value looks like; the store
adds the option's key, so the admin reads e.g. "callback.pool: '+1 555' is not a phone number in
E.164 form such as +15551234567".

Every value is bounded (lengths, counts, ranges): a settings file is typed by people and may be
written by anyone who can reach it, and each value ends up somewhere that must stay small (an
email header, a SIP message, a menu). A refused value is quoted shortened (``shown``), so a
five-megabyte name cannot make a five-megabyte message either.

The messages, hints and column headings are marked for translation (context "SettingTypes") and
raised as ``Translated``, so the dialog, the window and the command line say them in the agent's
language and can say them again after a switch; ``describe`` is for the README's table and stays
English (``english``).
"""

from __future__ import annotations

import fnmatch
import ipaddress
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from softphone.blocks.text import Translated, english, translate

T = TypeVar("T")

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")

# Characters no setting needs and that hide or disguise text: C0/C1 controls (a line break in a
# name would split an email header) and the bidirectional overrides that reorder what is shown
# ("Trojan Source").
_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(raw: object, limit: int = 60) -> str:
    """``repr(raw)`` cut to ``limit`` characters, for a message about a refused value."""
    if isinstance(raw, dict):
        return translate("SettingTypes", "a table of %n key(s)", None, 1).plural(len(raw))
    if isinstance(raw, list):
        return translate("SettingTypes", "a list of %n item(s)", None, 1).plural(len(raw))
    text = repr(raw)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def check_length(value: str, maximum: int) -> str:
    if len(value) > maximum:
        raise ValueError(translate("SettingTypes", "the value is {length} characters long; at "
                                                   "most {maximum} are allowed").format(
            length=len(value), maximum=maximum))
    return value


def check_visible(value: str) -> str:
    found = _HIDDEN.search(value)
    if found:
        raise ValueError(translate("SettingTypes", "contains the invisible control character "
                                                   "{character}; remove it").format(
            character=f"U+{ord(found.group()):04X}"))
    return value


def check_count(items: list[Any], maximum: int, what: str) -> None:
    """``what``: the items, counted (``translate(..., "%n rule(s)", None, 1)``)."""
    if len(items) > maximum:
        raise ValueError(translate("SettingTypes", "lists {items}; at most {maximum} are "
                                                   "allowed").format(
            items=(what.plural(len(items)) if isinstance(what, Translated) else what),
            maximum=maximum))


def got_kind(raw: object) -> str:
    """The Python type of a refused value, as its name (an identifier: ``int``, ``list``)."""
    return type(raw).__name__


class ValueType(ABC, Generic[T]):
    """How one option's value is checked, stored and documented."""

    @abstractmethod
    def parse(self, raw: object) -> T:
        """Return the value for ``raw`` or raise ``ValueError`` saying what a valid value is."""

    def dump(self, value: T) -> Any:
        return value

    @abstractmethod
    def describe(self) -> str:
        """One phrase for the README table, e.g. 'integer 1–10' (English)."""


class Text(ValueType[str]):
    """One line of text, at most ``max_length`` characters (a name, a host, a file path)."""

    def __init__(self, pattern: str | None = None, hint: str = "", max_length: int = 200) -> None:
        """``hint``: what a valid value looks like, marked for translation."""
        self._pattern = re.compile(pattern) if pattern else None
        self._hint = hint
        self.max_length = max_length

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(expected_text(raw))
        value = check_visible(check_length(raw.strip(), self.max_length))
        if self._pattern and not self._pattern.fullmatch(value):
            raise ValueError(translate("SettingTypes", "{value} is not valid: {hint}").format(
                value=shown(value), hint=self._hint))
        return value

    def describe(self) -> str:
        return f"text ({english(self._hint)})" if self._hint else "text"


def expected_text(raw: object) -> Translated:
    return translate("SettingTypes", "expected text, got {kind}").format(kind=got_kind(raw))


class HostPort(ValueType[str]):
    """A host name or IPv4 address with an optional port (1–65535), or empty for "not used".

    The port is checked here, where the admin sees it, rather than wrapping round (70000 would
    otherwise reach port 4464) or failing silently when a call is placed.
    """

    _FORM = re.compile(r"(?P<host>([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+)(:(?P<port>[0-9]+))?")
    HINT = translate("SettingTypes", "a host name or IP address with an optional port, such as "
                                     "sbc1.example.com:5060")

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(expected_text(raw))
        value = raw.strip()
        if not value:
            return ""
        found = self._FORM.fullmatch(value)
        if found is None or len(found.group("host")) > 253:
            raise ValueError(translate("SettingTypes", "{value} is not valid: {hint}").format(
                value=shown(value), hint=self.HINT))
        port = found.group("port")
        if port is not None and not 1 <= int(port[:6]) <= 65535:
            raise ValueError(translate("SettingTypes", "{value}: the port {port} is outside "
                                                       "1–65535").format(
                value=shown(value), port=shown(port, 12)))
        return value

    def describe(self) -> str:
        return f"text ({english(self.HINT)}; port 1–65535)"


class Boolean(ValueType[bool]):
    def parse(self, raw: object) -> bool:
        if not isinstance(raw, bool):
            raise ValueError(translate("SettingTypes", "expected true or false, got {value}").format(
                value=shown(raw)))
        return raw

    def describe(self) -> str:
        return "true or false"


class Integer(ValueType[int]):
    def __init__(self, minimum: int, maximum: int) -> None:
        self.minimum, self.maximum = minimum, maximum

    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError(translate("SettingTypes", "expected a whole number, got {value}")
                             .format(value=shown(raw)))
        if not self.minimum <= raw <= self.maximum:
            raise ValueError(outside(shown(raw), f"{self.minimum}–{self.maximum}"))
        return raw

    def describe(self) -> str:
        return f"integer {self.minimum}–{self.maximum}"


class Number(ValueType[float]):
    def __init__(self, minimum: float, maximum: float) -> None:
        self.minimum, self.maximum = minimum, maximum

    def parse(self, raw: object) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ValueError(translate("SettingTypes", "expected a number, got {value}").format(
                value=shown(raw)))
        if not self.minimum <= raw <= self.maximum:  # also refuses nan
            raise ValueError(outside(shown(raw), f"{self.minimum:g}–{self.maximum:g}"))
        return float(raw)

    def describe(self) -> str:
        return f"number {self.minimum:g}–{self.maximum:g}"


def outside(value: str, limits: str) -> Translated:
    return translate("SettingTypes", "{value} is outside {range}").format(value=value,
                                                                           range=limits)


def not_one_of(value: str, choices: str) -> Translated:
    return translate("SettingTypes", "{value} is not one of {choices}").format(value=value,
                                                                               choices=choices)


class Choice(ValueType[str]):
    """One of ``choices``, written as is in settings.toml; ``labels`` name those a person reads
    as words (marked for translation; the dialog shows them ``localized``), the others are shown
    as written (identifiers such as ``udp``)."""

    def __init__(self, choices: Sequence[str], labels: dict[str, str] | None = None) -> None:
        self.choices = tuple(choices)
        self.labels = dict(labels or {})

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise ValueError(not_one_of(shown(raw), ", ".join(self.choices)))
        return str(raw)

    def describe(self) -> str:
        return "one of " + ", ".join(f"`{c}`" for c in self.choices)


class IntegerChoice(ValueType[int]):
    """A whole number from a fixed list (a sample rate): the dialog offers the list, never a
    spin box that accepts any number in between."""

    def __init__(self, choices: Sequence[int], unit: str = "") -> None:
        self.choices = tuple(choices)
        self.unit = unit

    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or raw not in self.choices:
            raise ValueError(not_one_of(shown(raw), ", ".join(map(str, self.choices))))
        return int(raw)

    def describe(self) -> str:
        return "one of " + ", ".join(f"`{c}`" for c in self.choices)


class EntryPointName(Text):
    """The name of a plug-in from an entry-point group (a carrier adapter). Any well-formed name
    is accepted, so a settings file naming an adapter that is not installed yet still loads (the
    adapter's loader says what is missing); ``installed()`` lists what the dialog offers."""

    def __init__(self, group: str, hint: str) -> None:
        super().__init__(r"[a-z][a-z0-9_-]*", hint, max_length=64)
        self.group = group

    def installed(self) -> tuple[str, ...]:
        from importlib.metadata import entry_points  # deferred: only the dialog asks

        return tuple(sorted({entry.name for entry in entry_points(group=self.group)}))


class PhoneNumber(ValueType[str]):
    """A number in E.164 form (+ and digits), or empty for 'not set'."""

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(translate("SettingTypes", "expected a phone number as text, got "
                                                       "{value}").format(value=shown(raw)))
        value = raw.strip()
        if value and not E164.fullmatch(value):
            raise ValueError(translate("SettingTypes", "{value} is not a phone number in E.164 "
                                                       "form such as +15551234567").format(
                value=shown(value)))
        return value

    def describe(self) -> str:
        return "E.164 number such as `+15551234567`, or empty"


@dataclass(frozen=True)
class Column:
    """One column of a setting the dialog edits as a table: the field of the record it holds
    (empty for a list of plain values), its heading, and the type of one cell (a ``Choice``
    becomes a drop-down)."""

    key: str
    label: str  # marked for translation; the dialog shows it ``localized``
    type: ValueType[Any]


class TableType(ValueType[tuple[T, ...]]):
    """A list whose items are checked one by one (``parse_item``), so that the settings dialog
    can edit it as a table and say which row is wrong and why; ``check_list`` adds what only
    the whole list can tell (a number listed twice). Messages name the item by its position
    and ``item_word`` ("rule 2: ..."); ``items_word`` counts them ("501 rules")."""

    columns: tuple[Column, ...] = ()
    item_word = translate("SettingTypes", "item {index}")
    items_word = translate("SettingTypes", "%n item(s)", None, 1)
    example = ""  # a TOML list, for the message when the value is not a list at all
    max_items = 100

    @abstractmethod
    def parse_item(self, raw: object) -> T:
        """One item, or ``ValueError`` saying what is wrong with it (without its position)."""

    def dump_item(self, item: T) -> Any:
        return item

    def check_list(self, items: list[T]) -> None:
        """Raise ``ValueError`` for what is wrong with the items together."""

    def cells(self, item: T) -> dict[str, Any]:
        """The row for one item, by column key."""
        dumped = self.dump_item(item)
        return dict(dumped) if isinstance(dumped, dict) else {"": dumped}

    def raw_item(self, cells: Any) -> object:
        """What ``parse_item`` reads, from a row as the table holds it."""
        return dict(cells) if self.columns[0].key else cells.get("", "")

    def parse(self, raw: object) -> tuple[T, ...]:
        if not isinstance(raw, list | tuple):
            raise ValueError(translate("SettingTypes", "expected a list such as {example}, got "
                                                       "{value}").format(example=self.example,
                                                                         value=shown(raw)))
        check_count(list(raw), self.max_items, self.items_word)
        items: list[T] = []
        for index, item in enumerate(raw, start=1):
            try:
                items.append(self.parse_item(item))
            except ValueError as error:
                raise ValueError(translate("SettingTypes", "{item}: {error}").format(
                    item=self.item_word.format(index=index), error=str(error))) from None
        self.check_list(items)
        return tuple(items)

    def dump(self, value: tuple[T, ...]) -> Any:
        return [self.dump_item(item) for item in value]


class PhoneNumberList(TableType[str]):
    columns = (Column("", translate("SettingTypes", "Number"), PhoneNumber()),)
    item_word = translate("SettingTypes", "number {index}")
    items_word = translate("SettingTypes", "%n number(s)", None, 1)
    max_items = 1000
    example = '["+15551230001"]'

    def parse_item(self, raw: object) -> str:
        number = PhoneNumber().parse(raw)
        if not number:
            raise ValueError(translate("SettingTypes", "it is empty; enter a number such as "
                                                       "+15551230001 or remove the row"))
        return number

    def check_list(self, items: list[str]) -> None:
        for index, number in enumerate(items):
            if number in items[:index]:
                raise ValueError(translate("SettingTypes", "{number} is listed twice; list each "
                                                           "number once").format(number=number))

    def describe(self) -> str:
        return "list of E.164 numbers"


class TextList(TableType[str]):
    columns = (Column("", translate("SettingTypes", "Entry"), Text()),)
    example = '["Lunch"]'
    max_items = 50
    max_length = 100

    def parse_item(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(translate("SettingTypes", "expected text, got {value}").format(
                value=shown(raw)))
        if not raw.strip():
            raise ValueError(translate("SettingTypes", "it is empty; type something or remove "
                                                       "the row"))
        return check_visible(check_length(raw.strip(), self.max_length))

    def describe(self) -> str:
        return "list of texts"


class HostList(TextList):
    """IP addresses, networks in CIDR form (``192.0.2.0/24``) or host names."""

    _HOST = re.compile(r"([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+")

    columns = (Column("", translate("SettingTypes", "Address, network or host"), Text()),)
    item_word = translate("SettingTypes", "peer {index}")
    items_word = translate("SettingTypes", "%n peer(s)", None, 1)
    example = '["192.0.2.10", "198.51.100.0/24"]'

    def parse_item(self, raw: object) -> str:
        item = super().parse_item(raw)
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            if not self._HOST.fullmatch(item):
                raise ValueError(translate("SettingTypes", "{value} is not an IP address, a "
                                                           "network such as 192.0.2.0/24, or a "
                                                           "host name").format(
                    value=shown(item))) from None
        return item

    def describe(self) -> str:
        return "list of IP addresses, networks (CIDR) or host names"


class Country(ValueType[str]):
    """An ISO 3166-1 alpha-2 code that libphonenumber knows (it drives the dial plan); with
    ``optional``, empty means "not set"."""

    def __init__(self, optional: bool = False) -> None:
        self.optional = optional

    def parse(self, raw: object) -> str:
        if self.optional and isinstance(raw, str) and not raw.strip():
            return ""
        if not isinstance(raw, str) or raw.strip().upper() not in self.codes():
            raise ValueError(translate("SettingTypes", "{value} is not an ISO 3166-1 alpha-2 "
                                                       "country code such as US, GB or DK").format(
                value=shown(raw)))
        return raw.strip().upper()

    @staticmethod
    def codes() -> frozenset[str]:
        import phonenumbers  # deferred: only needed when a country is parsed

        return frozenset(phonenumbers.SUPPORTED_REGIONS)

    def describe(self) -> str:
        if self.optional:
            return "ISO 3166-1 alpha-2 country code, e.g. `US`, or empty"
        return "ISO 3166-1 alpha-2 country code, e.g. `US`"


@dataclass(frozen=True)
class RoutingRule:
    """Inbound routing: callers whose number matches ``match`` (a glob like ``+1800*``) get ``action``."""

    match: str
    action: str  # "accept" or "refuse"

    def matches(self, caller: str) -> bool:
        return fnmatch.fnmatchcase(caller, self.match)


def check_caller_pattern(text: str) -> str:
    """A caller-number glob such as ``+1900*`` (``*``, ``?`` and ``[...]`` as in file names)."""
    pattern = check_visible(check_length(text.strip(), 64))
    if not pattern:
        raise ValueError(translate("SettingTypes", "the caller pattern is empty; write one such "
                                                   "as +1900* or 555????"))
    if any(character.isspace() for character in pattern):
        raise ValueError(translate("SettingTypes", "'{pattern}' contains a space; caller numbers "
                                                   "have none (write {fixed})").format(
            pattern=pattern, fixed="".join(pattern.split())))
    if pattern.count("[") != pattern.count("]"):
        raise ValueError(translate("SettingTypes", "'{pattern}' has an unclosed [ ]; write a "
                                                   "range as [0-4]").format(pattern=pattern))
    return pattern


class RoutingRules(TableType[RoutingRule]):
    ACTIONS = ("accept", "refuse")
    max_items = 500
    columns = (Column("match", translate("SettingTypes", "Caller pattern"), Text()),
               Column("action", translate("SettingTypes", "Action"), Choice(
                   ACTIONS, {"accept": translate("SettingTypes", "accept"),
                             "refuse": translate("SettingTypes", "refuse")})))
    item_word = translate("SettingTypes", "rule {index}")
    items_word = translate("SettingTypes", "%n rule(s)", None, 1)
    example = '[{match = "+1900*", action = "refuse"}]'

    def parse_item(self, raw: object) -> RoutingRule:
        if not isinstance(raw, dict) or set(raw) != {"match", "action"}:
            raise ValueError(translate("SettingTypes", "a rule must have exactly the keys "
                                                       "'match' and 'action'"))
        match, action = raw["match"], raw["action"]
        if not isinstance(match, str):
            raise ValueError(translate("SettingTypes", "'match' must be a caller pattern such as "
                                                       "\"+1900*\""))
        if action not in self.ACTIONS:
            raise ValueError(translate("SettingTypes", "'action' must be one of {choices}").format(
                choices=", ".join(self.ACTIONS)))
        return RoutingRule(check_caller_pattern(match), action)

    def dump_item(self, item: RoutingRule) -> Any:
        return {"match": item.match, "action": item.action}

    def describe(self) -> str:
        return "list of `{match = \"<glob>\", action = \"accept\"|\"refuse\"}`, first match wins"


# RFC 5321/5322 "dot-atom" addresses without quoting or comments: what mail servers accept and
# admins type. Quoted local parts and display names are refused with a message, not guessed at.
_LOCAL_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"{_LOCAL_ATOM}(\.{_LOCAL_ATOM})*")
_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
ADDRESS_SEPARATORS = re.compile(r"[;,\n]")
MAX_RECIPIENTS = 50


def check_email_address(text: str) -> str:
    """Return ``text`` as a plain address (``name@example.com``) or raise ``ValueError`` saying
    exactly what is wrong with it, so the admin can fix that one entry."""
    address = text.strip()
    if not address:
        raise ValueError(translate("SettingTypes", "the address is empty"))
    if len(address) > 254:  # RFC 5321's limit on a path
        raise ValueError(translate("SettingTypes", "{value} is longer than an address can be "
                                                   "(254 characters)").format(
            value=shown(address)))
    if "<" in address or ">" in address or '"' in address:
        raise ValueError(translate("SettingTypes", "'{address}': write only the address, without "
                                                   "a name or <>, such as security@example.com")
                         .format(address=address))
    if any(character.isspace() for character in address):
        raise ValueError(translate("SettingTypes", "'{address}' contains a space; write only the "
                                                   "address, such as security@example.com")
                         .format(address=address))
    if "@" not in address:
        raise ValueError(translate("SettingTypes", "'{address}' has no @; an address looks like "
                                                   "security@example.com").format(address=address))
    if address.count("@") != 1:
        raise ValueError(translate("SettingTypes", "'{address}' has more than one @; an address "
                                                   "looks like security@example.com").format(
            address=address))
    local, domain = address.split("@")
    if not local or len(local) > 64 or not _LOCAL.fullmatch(local):
        raise ValueError(translate("SettingTypes", "'{address}': the part before @ is not valid "
                                                   "(letters, digits and . _ + - only, no dot at "
                                                   "the start or end, no two dots in a row)")
                         .format(address=address))
    labels = domain.split(".")
    if (len(domain) > 253 or len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels)
            or labels[-1].isdigit()):
        raise ValueError(translate("SettingTypes", "'{address}': '{domain}' is not a mail domain "
                                                   "such as example.com").format(address=address,
                                                                                 domain=domain))
    return f"{local}@{domain.lower()}"


def split_email_addresses(raw: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Parse a recipients value: text separated by semicolons (commas and new lines work too) or
    a TOML list. Returns the addresses in order with duplicates removed, and the duplicates.

    Empty entries from stray separators ("a@x.com;; b@y.com;") are ignored; the first invalid
    entry raises ``ValueError`` naming it.
    """
    if isinstance(raw, str):
        entries = ADDRESS_SEPARATORS.split(check_length(raw, MAX_RECIPIENTS * 100))
    elif isinstance(raw, list | tuple) and all(isinstance(item, str) for item in raw):
        entries = list(raw)
    else:
        raise ValueError(translate("SettingTypes", "expected addresses separated by semicolons, "
                                                   "such as \"a@example.com; b@example.com\", got "
                                                   "{value}").format(value=shown(raw)))
    check_count([entry for entry in entries if entry.strip()], MAX_RECIPIENTS,
                translate("SettingTypes", "%n recipient(s)", None, 1))
    addresses: list[str] = []
    duplicates: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        if not entry.strip():
            continue
        address = check_email_address(entry)
        if address.lower() in seen:
            duplicates.append(address)
            continue
        seen.add(address.lower())
        addresses.append(address)
    return tuple(addresses), tuple(duplicates)


def expected_address(raw: object) -> Translated:
    return translate("SettingTypes", "expected an email address as text, got {value}").format(
        value=shown(raw))


class EmailAddress(ValueType[str]):
    """One plain address such as ``softphone@example.com``, or empty for 'not set'."""

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(expected_address(raw))
        return check_email_address(raw) if raw.strip() else ""

    def describe(self) -> str:
        return "email address such as `softphone@example.com`, or empty"


class EmailList(TableType[str]):
    """Recipients: addresses separated by semicolons, or a list; a repeated address is kept once."""

    columns = (Column("", translate("SettingTypes", "Address"), EmailAddress()),)
    item_word = translate("SettingTypes", "address {index}")
    items_word = translate("SettingTypes", "%n recipient(s)", None, 1)

    def parse_item(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(expected_address(raw))
        return check_email_address(raw)

    def parse(self, raw: object) -> tuple[str, ...]:
        return split_email_addresses(raw)[0]

    def describe(self) -> str:
        return "email addresses separated by semicolons, or a list of them"


class TemplateText(ValueType[str]):
    """Text with placeholders, checked by ``check`` (which raises ``ValueError`` naming the line),
    or empty for the shipped template.

    The placeholder syntax belongs to whoever fills the template in; this type only makes sure
    a template that would not render is refused when it is set, not when it is needed.
    """

    MAX_LENGTH = 50_000  # an email body far longer than any notification needs

    def __init__(self, check: Callable[[str], None], multiline: bool = True) -> None:
        self._check = check
        self.multiline = multiline

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(expected_text(raw))
        check_length(raw, self.MAX_LENGTH if self.multiline else 500)
        value = raw.strip("\n") if self.multiline else raw.strip()
        if not self.multiline and ("\n" in value or "\r" in value):
            raise ValueError(translate("SettingTypes", "must be a single line"))
        if value.strip():
            self._check(value)
        return value if value.strip() else ""

    def describe(self) -> str:
        return "template text with `{{placeholders}}`, or empty for the shipped one"


# The civic address fields of a site, as ``[callback.sites.address]`` writes them (the RFC 5139
# fields the location settings use). A site's address is what its numbers are registered with at
# the carrier (an ELIN), so the fields that make it dispatchable are required.
SITE_ADDRESS_FIELDS = ("street", "house_number", "floor_room", "city", "region", "postcode",
                       "country")
SITE_ADDRESS_REQUIRED = ("street", "city", "country")


@dataclass(frozen=True)
class CallbackSite:
    """A place agents work at, with the callback numbers registered at the carrier with its
    address; agents there draw their callback number from ``pool``."""

    name: str
    address: tuple[tuple[str, str], ...]  # (field, value) in SITE_ADDRESS_FIELDS order
    pool: tuple[str, ...]
    networks: tuple[str, ...] = ()  # CIDR prefixes that identify the site, e.g. 10.20.0.0/16
    unassigned_route: str = ""  # overrides callback.unassigned_route for this site's numbers

    def field(self, name: str) -> str:
        return dict(self.address).get(name, "")


class CallbackSites(ValueType[tuple[CallbackSite, ...]]):
    """``[[callback.sites]]`` tables: a name, an address, a pool, optional networks and route."""

    KEYS = {"name", "address", "pool", "networks", "unassigned_route"}

    def parse(self, raw: object) -> tuple[CallbackSite, ...]:
        import ipaddress  # deferred: only needed when sites are defined

        if not isinstance(raw, list):
            raise ValueError(translate("SettingTypes", "expected a list of sites, written as "
                                                       "[[callback.sites]] tables with name, "
                                                       "address, pool and optional networks"))
        check_count(raw, 500, translate("SettingTypes", "%n site(s)", None, 1))
        sites: list[CallbackSite] = []
        owner: dict[str, str] = {}
        for index, item in enumerate(raw, start=1):
            if not isinstance(item, dict):
                raise ValueError(translate("SettingTypes", "site {index} must be a table with "
                                                           "name, address and pool").format(
                    index=index))
            name = item.get("name")
            if not isinstance(name, str) or not name.strip():
                raise ValueError(translate("SettingTypes", "site {index} has no name; give it one "
                                                           "such as \"Denver\"").format(index=index))
            name = check_visible(check_length(name.strip(), 100))
            unknown = set(item) - self.KEYS
            if unknown:
                raise ValueError(translate("SettingTypes", "site '{site}': unknown key(s) "
                                                           "{unknown}; a site has {keys}").format(
                    site=name, unknown=", ".join(sorted(unknown)), keys=", ".join(sorted(self.KEYS))))
            if any(site.name == name for site in sites):
                raise ValueError(translate("SettingTypes", "site '{site}' is defined twice; give "
                                                           "each site its own name").format(
                    site=name))
            address = item.get("address")
            if not isinstance(address, dict) or not address:
                raise ValueError(translate("SettingTypes", "site '{site}' has no address: its "
                                                           "numbers are registered at the carrier "
                                                           "with the site's civic address, so give "
                                                           "it an [address] table with street, "
                                                           "city and country").format(site=name))
            if set(address) - set(SITE_ADDRESS_FIELDS) or not all(
                    isinstance(value, str) for value in address.values()):
                raise ValueError(translate("SettingTypes", "site '{site}': the address takes text "
                                                           "fields {fields}").format(
                    site=name, fields=", ".join(SITE_ADDRESS_FIELDS)))
            for value in address.values():
                check_visible(check_length(value, 100))
            missing = [key for key in SITE_ADDRESS_REQUIRED if not str(address.get(key, "")).strip()]
            if missing:
                raise ValueError(translate("SettingTypes", "site '{site}': the address has no "
                                                           "{fields}; responders need a "
                                                           "dispatchable address").format(
                    site=name, fields=", ".join(missing)))
            try:
                pool = PhoneNumberList().parse(item.get("pool", []))
            except ValueError as error:
                raise ValueError(translate("SettingTypes", "site '{site}': pool: {error}").format(
                    site=name, error=str(error))) from None
            if not pool:
                raise ValueError(translate("SettingTypes", "site '{site}' has no numbers: add its "
                                                           "callback numbers to pool").format(
                    site=name))
            for number in pool:
                if number in owner:
                    raise ValueError(translate("SettingTypes", "{number} is in the pools of site "
                                                               "'{first}' and site '{site}'; a "
                                                               "number is registered with one "
                                                               "address, so list it in one site "
                                                               "only").format(
                        number=number, first=owner[number], site=name))
                owner[number] = name
            networks_raw = item.get("networks", [])
            if not isinstance(networks_raw, list) or not all(
                    isinstance(entry, str) for entry in networks_raw):
                raise ValueError(translate("SettingTypes", "site '{site}': networks must be a list "
                                                           "such as [\"10.20.0.0/16\"]").format(
                    site=name))
            check_count(networks_raw, 100, translate("SettingTypes", "%n network(s)", None, 1))
            networks = []
            for entry in networks_raw:
                try:
                    networks.append(str(ipaddress.ip_network(entry.strip(), strict=False)))
                except ValueError:
                    raise ValueError(translate("SettingTypes", "site '{site}': {value} is not a "
                                                               "network such as 10.20.0.0/16")
                                     .format(site=name, value=shown(entry))) from None
            route = CallRoute().parse(item.get("unassigned_route", ""))
            country = address.get("country", "").strip().upper()
            sites.append(CallbackSite(
                name, tuple((key, (country if key == "country" else address.get(key, "").strip()))
                            for key in SITE_ADDRESS_FIELDS),
                pool, tuple(networks), route))
        return tuple(sites)

    def dump(self, value: tuple[CallbackSite, ...]) -> Any:
        dumped = []
        for site in value:
            table: dict[str, Any] = {"name": site.name,
                                     "address": {key: text for key, text in site.address if text},
                                     "pool": list(site.pool)}
            if site.networks:
                table["networks"] = list(site.networks)
            if site.unassigned_route:
                table["unassigned_route"] = site.unassigned_route
            dumped.append(table)
        return dumped

    def describe(self) -> str:
        return ("list of `[[callback.sites]]`: `name`, `address` (street, house_number, "
                "floor_room, city, region, postcode, country), `pool`, optional `networks` "
                "and `unassigned_route`")


_SIP_URI = re.compile(r"sips?:[A-Za-z0-9_.!~*'()&=+$,;?/%-]+@[A-Za-z0-9.-]+(:[0-9]{1,5})?")


class CallRoute(ValueType[str]):
    """Where a call is sent: an E.164 number or a SIP URI (``sip:security@pbx.example.com``),
    or empty for 'not set'."""

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(translate("SettingTypes", "expected a number or a SIP URI as text, "
                                                       "got {value}").format(value=shown(raw)))
        value = check_length(raw.strip(), 254)
        if value and not (E164.fullmatch(value) or _SIP_URI.fullmatch(value)):
            raise ValueError(translate("SettingTypes", "{value} is neither an E.164 number such "
                                                       "as +15551234567 nor a SIP URI such as "
                                                       "sip:security@pbx.example.com").format(
                value=shown(value)))
        return value

    def describe(self) -> str:
        return "E.164 number or SIP URI such as `sip:security@pbx.example.com`, or empty"


class StoreUri(ValueType[str]):
    """A PostgreSQL connection URI without a password (that is kept in the keyring), or empty."""

    SCHEMES = ("postgresql://", "postgres://")

    def parse(self, raw: object) -> str:
        from urllib.parse import urlsplit  # deferred: only needed when a URI is set

        if not isinstance(raw, str):
            raise ValueError(translate("SettingTypes", "expected a connection URI as text, got "
                                                       "{value}").format(value=shown(raw)))
        value = check_visible(check_length(raw.strip(), 2048))
        if not value:
            return ""
        example = "postgresql://softphone@db.example.com/callbacks?sslmode=verify-full"
        if not value.lower().startswith(self.SCHEMES):
            raise ValueError(translate("SettingTypes", "'{value}' is not a PostgreSQL connection "
                                                       "URI such as {example}").format(
                value=value, example=example))
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018  (raises ValueError on a port that is not a number)
        except ValueError as error:
            raise ValueError(translate("SettingTypes", "'{value}' cannot be read ({error}); write "
                                                       "it like {example}").format(
                value=value, error=error, example=example)) from None
        if parts.password is not None or "password=" in parts.query.lower():
            raise ValueError(translate("SettingTypes", "the URI holds a password: remove it and "
                                                       "store the password in the keyring instead "
                                                       "(Settings › Emergency › Callback numbers, "
                                                       "'Shared store password')"))
        if not parts.hostname or not parts.username or parts.path.strip("/") == "":
            raise ValueError(translate("SettingTypes", "'{value}' needs a user, a host and a "
                                                       "database name, like {example}").format(
                value=value, example=example))
        return value

    def describe(self) -> str:
        return ("PostgreSQL URI such as "
                "`postgresql://softphone@db.example.com/callbacks?sslmode=verify-full`, or empty")
