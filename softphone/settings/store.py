"""Reads and writes the settings files, layered: built-in defaults < the user's file < the fleet file.

A value in the fleet (system-wide) file wins and is locked. Nothing the admin wrote is ever lost:
a file that is not valid TOML is left untouched (and copied aside before the first save), and a
value that fails validation, or a key this version does not know, is reported and kept in the file
as written, while the option falls back to its default.

Emits ``changed(key)`` whenever the effective value of an option changes.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from softphone.blocks.events import Event
from softphone.settings.options import BY_KEY, Option

log = logging.getLogger("settings")

SCHEMA_VERSION = 1

# Called with the raw user table of version N, returning it in the form of version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class SettingError(ValueError):
    """A value was refused; the message names the option and what a valid value looks like."""


class LockedSettingError(SettingError):
    """The option is set by the fleet file and cannot be changed here."""


class SettingsFileError(OSError):
    """A settings file could not be written; the message says which and what to check."""


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Turn nested TOML tables into ``{"section.name": value}``; option values stay whole."""
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and key not in BY_KEY:
            flat.update(flatten(value, key + "."))
        else:
            flat[key] = value
    return flat


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, value in sorted(flat.items()):
        *sections, name = key.split(".")
        node = table
        for section in sections:
            node = node.setdefault(section, {})
        node[name] = value
    return table


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Layer:
    """One file's contribution: valid values, plus what must be written back untouched."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.values: dict[str, Any] = {}
        self.kept_raw: dict[str, Any] = {}  # invalid or unknown entries, preserved verbatim
        self.unreadable = False
        self.problems: list[str] = []

    def load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            with self.path.open("rb") as handle:
                raw = tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            self.unreadable = True
            self.problems.append(
                f"{self.path} is not valid TOML ({error}). The softphone is using defaults for "
                "everything in it and has not changed the file: fix that line and restart."
            )
            return
        except OSError as error:
            self.unreadable = True
            self.problems.append(f"{self.path} cannot be read ({error.strerror}); check its permissions.")
            return
        version = raw.pop("version", SCHEMA_VERSION)
        if not isinstance(version, int) or version < 1:
            self.problems.append(f"{self.path}: 'version' must be a whole number; assuming {SCHEMA_VERSION}.")
            version = SCHEMA_VERSION
        while version < SCHEMA_VERSION:
            raw = MIGRATIONS[version](raw)
            version += 1
        for key, value in flatten(raw).items():
            option = BY_KEY.get(key)
            if option is None:
                self.kept_raw[key] = value
                self.problems.append(f"{self.path}: unknown setting '{key}' is ignored (kept in the file).")
                continue
            try:
                self.values[key] = option.type.parse(value)
            except ValueError as error:
                self.kept_raw[key] = value
                self.problems.append(
                    f"{self.path}: {key}: {error}. Using the default ({_show(option)}) until it is fixed."
                )


def _show(option: Option) -> str:
    return repr(option.type.dump(option.default))


class Settings:
    """The effective settings of one profile.

    ``user_file`` is the profile's ``settings.toml``; ``fleet_file`` the optional system-wide file
    IT deploys, whose valid values override the user's and cannot be changed here.
    """

    def __init__(self, user_file: Path, fleet_file: Path | None = None) -> None:
        self.changed: Event[[str]] = Event()
        self._user = _Layer(user_file)
        self._fleet = _Layer(fleet_file)
        self._fleet.load()
        self._user.load()
        for problem in self.problems:
            log.warning("%s", problem)

    @property
    def user_file(self) -> Path:
        assert self._user.path is not None
        return self._user.path

    @property
    def problems(self) -> list[str]:
        """Sentences about the files, for the agent or admin: what is wrong and what to fix."""
        return self._fleet.problems + self._user.problems

    def get(self, key: str) -> Any:
        option = BY_KEY[key]
        if key in self._fleet.values:
            return self._fleet.values[key]
        if key in self._fleet.kept_raw:  # the fleet file sets it, wrongly: the default, locked
            return option.default
        if key in self._user.values:
            return self._user.values[key]
        return option.default

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
            raise SettingError(f"'{key}' is not a setting of this softphone")
        try:
            return option.type.parse(raw)
        except ValueError as error:
            raise SettingError(f"{option.label} ({key}): {error}") from None

    def set(self, key: str, raw: object) -> None:
        self.update({key: raw})

    def update(self, raw_values: Mapping[str, object]) -> None:
        """Validate every value first and store none unless all are valid."""
        locked: list[str] = []
        invalid: list[str] = []
        parsed: dict[str, Any] = {}
        for key, raw in raw_values.items():
            if key in BY_KEY and self.is_locked(key):
                locked.append(f"{BY_KEY[key].label} ({key}) is set by the fleet settings file "
                              f"{self._fleet.path} and can only be changed there")
                continue
            try:
                parsed[key] = self.parse(key, raw)
            except SettingError as error:
                invalid.append(str(error))
        if invalid:
            raise SettingError("; ".join(invalid + locked))
        if locked:
            raise LockedSettingError("; ".join(locked))
        for key, value in parsed.items():
            before = self.get(key)
            self._user.values[key] = value
            self._user.kept_raw.pop(key, None)
            if value != before:
                self.changed.emit(key)

    def keys(self) -> Iterable[str]:
        return BY_KEY.keys()

    def save(self) -> None:
        """Write the user's file atomically; a file that could not be parsed is first copied aside."""
        path = self.user_file
        flat = {key: BY_KEY[key].type.dump(value) for key, value in self._user.values.items()}
        flat.update(self._user.kept_raw)
        content = {"version": SCHEMA_VERSION, **nest(flat)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if self._user.unreadable and path.exists():
                aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
                aside.write_bytes(path.read_bytes())
                self._user.problems.append(f"The unreadable settings file was kept as {aside}.")
                self._user.unreadable = False
            write_atomically(path, tomli_w.dumps(content).encode())
        except OSError as error:
            raise SettingsFileError(
                f"Cannot save settings to {path}: {error.strerror or error}. "
                "Check that the profile folder exists and is writable."
            ) from error
