"""Reads and writes the settings files, layered: built-in defaults < the user's file < the fleet file.

A value in the fleet (system-wide) file wins and is locked. Nothing the admin wrote is ever lost:
a file that cannot be used is left untouched (and copied aside before the first save), and a
value that fails validation, or a key this version does not know, is reported and kept in the file
as written, while the option falls back to its default. Files are read defensively
(``files.read``): whatever is at a path, the softphone starts and says what to fix.

One exception to "falls back to its default": the carrier. A workstation that had a real carrier
must never be moved to the simulated one (or to none) by a broken file, because its 911 calls
would then reach a training answering point. When a problem in the files may have changed the
carrier settings, the carrier settings that last worked (``last_good``: the ``carrier.*``
options, the caller ID and the callback pool) stay in use, and a problem says so until the files
are fixed.

Problems and refusals are marked for translation (``Translated``): the window and the settings
dialog say them in the agent's language, and again after a switch; the log keeps them in English.

Emits ``changed(key)`` whenever the effective value of an option changes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from softphone.blocks.events import Event
from softphone.blocks.private import make_private_folder
from softphone.blocks.text import Translated, joined, translate
from softphone.settings import last_good
from softphone.settings.files import read, write_atomically
from softphone.settings.options import BY_KEY, Option
from softphone.settings.types import shown

log = logging.getLogger("settings")

SCHEMA_VERSION = 1
MAX_PROBLEMS_PER_FILE = 20  # then one line says how many more: a file of 100,000 typos stays readable

# Called with the raw user table of version N, returning it in the form of version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class SettingError(ValueError):
    """A value was refused; the message names the option and what a valid value looks like."""


class LockedSettingError(SettingError):
    """The option is set by the fleet file and cannot be changed here."""


class SettingsFileError(OSError):
    """A settings file could not be written; the message says which and what to check."""


def _english(text: str) -> str:
    """For the log: English, whoever reads it."""
    return text.english() if isinstance(text, Translated) else text


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Turn nested TOML tables into ``{"section.name": value}``; option values stay whole.
    (Recursive, which is safe: ``files.read`` refuses a file nested deeper than a few levels.)"""
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and key not in BY_KEY:
            flat.update(flatten(value, key + "."))
        else:
            flat[key] = value
    return flat


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """TOML tables from ``{"section.name": value}``."""
    return nest_keeping(flat, {})[0]


def nest_keeping(values: Mapping[str, Any],
                 kept: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """TOML tables from flat ``values`` (valid, written first) and ``kept`` raw entries; a kept
    entry that collides with a table (``agent = "x"`` beside ``agent.name``) cannot be written
    and is returned in the list of dropped keys."""
    table: dict[str, Any] = {}
    dropped: list[str] = []
    for flat, keep_going in ((values, False), (kept, True)):
        for key, value in sorted(flat.items()):
            *sections, name = key.split(".")
            node: dict[str, Any] | None = table
            for section in sections:
                assert node is not None
                child = node.setdefault(section, {})
                node = child if isinstance(child, dict) else None
                if node is None:
                    break
            if node is None or (name in node and keep_going):
                dropped.append(key)
                continue
            node[name] = value
    return table, dropped


class _Layer:
    """One file's contribution: valid values, plus what must be written back untouched.

    ``carrier_doubts`` are the problems that may have changed the carrier settings: the file
    could not be used at all, one of ``last_good.carrier_keys`` is invalid, a key looks like a
    misspelt carrier key, or the file's version is not this one's.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.values: dict[str, Any] = {}
        self.kept_raw: dict[str, Any] = {}  # invalid or unknown entries, preserved verbatim
        self.unreadable = False  # copy the file aside before overwriting it
        self.content: bytes | None = None  # as read, for that copy
        self.problems: list[str] = []
        self.carrier_doubts: list[str] = []
        self._hidden = 0  # problems beyond MAX_PROBLEMS_PER_FILE

    def load(self) -> None:
        if self.path is None:
            return
        found = read(self.path)
        self.content = found.content
        if found.table is None:
            if found.problem:
                self.unreadable = True
                self._problem(found.problem, carrier=True)
            return
        raw = dict(found.table)
        version = self._check_version(raw.pop("version", SCHEMA_VERSION))
        while version < SCHEMA_VERSION and version in MIGRATIONS:
            raw = MIGRATIONS[version](raw)
            version += 1
        for key, value in flatten(raw).items():
            option = BY_KEY.get(key)
            if option is None:
                self.kept_raw[key] = value
                self._problem(translate("Settings", "{path}: unknown setting '{key}' is ignored "
                                                    "(kept in the file); correct or remove it.")
                              .format(path=self.path, key=shown(key, 80)[1:-1]),
                              carrier=_looks_like_carrier_key(key))
                continue
            try:
                self.values[key] = option.type.parse(value)
            except ValueError as error:
                self.kept_raw[key] = value
                self._problem(translate("Settings", "{path}: {key}: {error}. Using the default "
                                                    "({default}) until it is fixed.").format(
                    path=self.path, key=key, error=_without_stop(str(error)),
                    default=_show(option)), carrier=key in last_good.carrier_keys())
        if self._hidden:
            self.problems.append(translate("Settings", "{path}: %n more problem(s) like these; "
                                                       "fix the ones above and restart to see "
                                                       "the rest.", None, 1).plural(self._hidden)
                                 .format(path=self.path))

    def _check_version(self, version: object) -> int:
        """The version to read the file as; a wrong or newer one is reported."""
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self._problem(translate("Settings", "{path}: 'version' must be a whole number such as "
                                                "{version}, not {value}; the file was read as "
                                                "version {version}: set version = {version}.")
                          .format(path=self.path, version=SCHEMA_VERSION, value=shown(version)),
                          carrier=True)
            return SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            # Read what this version knows; never write the file back as an older version.
            self.unreadable = True
            self._problem(translate("Settings", "{path} was written for a newer softphone "
                                                "(settings version {value}; this one reads "
                                                "version {version}): the settings it knows are "
                                                "used and the others ignored; update the "
                                                "softphone on this workstation.").format(
                path=self.path, value=shown(version, 20), version=SCHEMA_VERSION), carrier=True)
            return SCHEMA_VERSION
        return version

    def _problem(self, text: str, carrier: bool = False) -> None:
        if carrier:
            self.carrier_doubts.append(text)
        if len(self.problems) >= MAX_PROBLEMS_PER_FILE:
            self._hidden += 1
            return
        self.problems.append(text)


def _looks_like_carrier_key(key: str) -> bool:
    """A key that may have been meant as a carrier option: ``carrier.adaptor``, ``[carier]``."""
    import difflib  # only for a key that is not an option: not at every start

    return (key.startswith("carrier")
            or bool(difflib.get_close_matches(key, last_good.carrier_keys(), n=1, cutoff=0.8)))


def _show(option: Option) -> str:
    return repr(option.type.dump(option.default))


def _without_stop(text: str) -> str:
    """A refusal without its full stop, where the sentence goes on after it; a translated one
    is kept whole, so that it can be said again in another language."""
    return text if isinstance(text, Translated) else text.rstrip(".")


class Settings:
    """The effective settings of one profile.

    ``user_file`` is the profile's ``settings.toml``; ``fleet_file`` the optional system-wide file
    IT deploys, whose valid values override the user's and cannot be changed here;
    ``last_good_file`` the copy of the carrier settings that last worked (``last_good``).
    """

    def __init__(self, user_file: Path, fleet_file: Path | None = None,
                 last_good_file: Path | None = None) -> None:
        self.changed: Event[[str]] = Event()
        self._user = _Layer(user_file)
        self._fleet = _Layer(fleet_file)
        self._fleet.load()
        self._user.load()
        self._last_good_file = last_good_file
        self._carrier: dict[str, Any] | None = None  # the last-good values, when in use
        self._notices: list[str] = []
        doubts = self._fleet.carrier_doubts + self._user.carrier_doubts
        if doubts:
            self.use_last_good_carrier(translate("Settings", "the settings files have the "
                                                             "problems named above"))
        for problem in self.problems:
            log.warning("%s", _english(problem))

    @property
    def user_file(self) -> Path:
        assert self._user.path is not None
        return self._user.path

    @property
    def problems(self) -> list[str]:
        """Sentences about the files, for the agent or admin: what is wrong and what to fix."""
        return self._fleet.problems + self._user.problems + self._notices

    @property
    def carrier_problems(self) -> list[str]:
        """What may have changed the carrier settings in use: said again with every emergency
        call, so that the agent hears it when it matters and not only at start."""
        if self._carrier is not None:
            return list(self._notices)
        return self._fleet.carrier_doubts + self._user.carrier_doubts

    @property
    def using_last_good_carrier(self) -> bool:
        return self._carrier is not None

    def use_last_good_carrier(self, because: str) -> bool:
        """Use the carrier settings that last worked instead of the files', ``because`` the
        files or the adapter have a problem (a clause: "the carrier adapter 'x' cannot be
        used"); ``True`` if they differ and are now in use."""
        if self._last_good_file is None or self._carrier is not None:
            return False
        saved, problem = last_good.load(self._last_good_file)
        if saved is None:
            if problem:
                self._notices.append(problem)
            return False
        if all(self._from_files(key) == value for key, value in saved.values.items()):
            return False
        self._carrier = dict(saved.values)
        notice = translate("Settings", "Because {reason}, the carrier settings that last worked "
                                       "are in use instead of those in the files: {saved}. Fix "
                                       "the problems named and restart the softphone to use the "
                                       "files' carrier settings.").format(
            reason=because, saved=saved.describe())
        self._notices.append(notice)
        log.warning("%s", _english(notice))
        return True

    def remember_carrier(self, now: float | None = None) -> str | None:
        """The carrier started on these settings: keep them as the last that worked, if nothing
        in the files could have changed them. Returns a problem sentence if the copy cannot be
        written (the softphone works on; only the safeguard is missing)."""
        if (self._last_good_file is None or self._carrier is not None
                or self._fleet.carrier_doubts or self._user.carrier_doubts):
            return None
        values = {key: self.get(key) for key in last_good.carrier_keys()}
        saved, _problem = last_good.load(self._last_good_file)
        if saved is not None and saved.values == values:
            return None
        try:
            last_good.save(self._last_good_file, values, now)
        except OSError as error:
            return translate("Settings", "Cannot keep a copy of the working carrier settings in "
                                         "{path} ({error}): a broken settings file could then "
                                         "demote the carrier; make the profile folder writable.")\
                .format(path=self._last_good_file, error=error.strerror or error)
        return None

    def _from_files(self, key: str) -> Any:
        option = BY_KEY[key]
        if key in self._fleet.values:
            return self._fleet.values[key]
        if key in self._fleet.kept_raw:  # the fleet file sets it, wrongly: the default, locked
            return option.default
        if key in self._user.values:
            return self._user.values[key]
        return option.default

    def origin(self, key: str) -> str:
        """Where the value of ``key`` comes from, for a message: a file's path or "the default"."""
        if self._carrier is not None and key in self._carrier:
            return str(self._last_good_file)
        for layer in (self._fleet, self._user):
            if key in layer.values or key in layer.kept_raw:
                return str(layer.path)
        return translate("Settings", "the default")

    def get(self, key: str) -> Any:
        if self._carrier is not None and key in self._carrier:
            return self._carrier[key]
        return self._from_files(key)

    __getitem__ = get

    def is_locked(self, key: str) -> bool:
        """Set by the fleet file. A value IT set that fails validation stays locked (at the
        default, as its problem says): a typo in the fleet file must not hand the option to
        each agent's own file."""
        return key in self._fleet.values or (key in BY_KEY and key in self._fleet.kept_raw)

    def parse(self, key: str, raw: object) -> Any:
        """Check one value without storing it (the settings dialog validates as the admin types)."""
        option = BY_KEY.get(key)
        if option is None:
            raise SettingError(translate("Settings", "'{key}' is not a setting of this softphone")
                               .format(key=shown(key, 80)[1:-1]))
        try:
            return option.type.parse(raw)
        except ValueError as error:
            raise SettingError(translate("Settings", "{option} ({key}): {error}").format(
                option=option.label, key=key, error=str(error))) from None

    def set(self, key: str, raw: object) -> None:
        self.update({key: raw})

    def update(self, raw_values: Mapping[str, object]) -> None:
        """Validate every value first and store none unless all are valid."""
        locked: list[str] = []
        invalid: list[str] = []
        parsed: dict[str, Any] = {}
        for key, raw in raw_values.items():
            if key in BY_KEY and self.is_locked(key):
                locked.append(translate("Settings", "{option} ({key}) is set by the fleet settings "
                                                    "file {path} and can only be changed there")
                              .format(option=BY_KEY[key].label, key=key, path=self._fleet.path))
                continue
            try:
                parsed[key] = self.parse(key, raw)
            except SettingError as error:
                invalid.append(str(error))
        if invalid:
            raise SettingError(joined(invalid + locked, "; "))
        if locked:
            raise LockedSettingError(joined(locked, "; "))
        for key, value in parsed.items():
            before = self.get(key)
            self._user.values[key] = value
            self._user.kept_raw.pop(key, None)
            if self.get(key) != before:
                self.changed.emit(key)

    def keys(self) -> Iterable[str]:
        return BY_KEY.keys()

    def save(self) -> None:
        """Write the user's file atomically; a file that could not be used, or whose entries
        cannot all be written back, is first copied aside (nothing the admin wrote is lost)."""
        path = self.user_file
        flat = {key: BY_KEY[key].type.dump(value) for key, value in self._user.values.items()}
        table, dropped = nest_keeping(flat, self._user.kept_raw)
        content = {"version": SCHEMA_VERSION, **table}
        try:
            data = tomli_w.dumps(content).encode()
        except (TypeError, ValueError, RecursionError):  # a kept entry TOML cannot write
            dropped.extend(self._user.kept_raw)
            table = nest(flat)
            data = tomli_w.dumps({"version": SCHEMA_VERSION, **table}).encode()
        try:
            make_private_folder(path.parent)
            if (self._user.unreadable or dropped) and self._user.content is not None:
                aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
                write_atomically(aside, self._user.content)
                self._user.problems.append(translate("Settings", "The earlier settings file was "
                                                                 "kept as {path}.").format(path=aside))
            self._user.unreadable = False
            self._user.content = data
            for key in dropped:
                self._user.kept_raw.pop(key, None)
            write_atomically(path, data)
        except OSError as error:
            raise SettingsFileError(
                translate("Settings", "Cannot save settings to {path}: {error}. Check that the "
                                      "profile folder exists and is writable, and that {name} is "
                                      "a file (not a folder or a link).").format(
                    path=path, error=error.strerror or error, name=path.name)
            ) from error
