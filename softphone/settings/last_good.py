"""The carrier settings that last worked, kept so that a broken settings file cannot demote a real
carrier to the simulated one.

Where: ``carrier-last-good.toml`` in the profile folder, beside ``settings.toml``. The profile is
the one folder the softphone always writes (the fleet file's folder is IT's, read-only), it is
per instance like the carrier it describes, and it is not the settings file itself, so whatever
breaks that file (a typo, an editor's encoding, a folder or a link in its place) leaves this copy
alone. It holds what decides where an emergency call goes and how the answering point calls
back: the ``carrier.*`` options, the caller ID and the callback numbers (pool, sites). No
password (those live in the keyring), no number dialled, no location.

When: written only after the carrier started on settings that had no problem that could touch
the carrier (see ``Settings.remember_carrier``), so a copy is always a configuration that
loaded. It is read at start and used only when the files have such a problem, or the configured
adapter cannot be loaded, and it differs from what the files say.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from softphone.blocks.text import translate
from softphone.settings.files import read, write_atomically
from softphone.settings.options import BY_KEY

FILE_NAME = "carrier-last-good.toml"
PREFIX = "carrier."
# What the answering point sees and calls back on.
ALSO = ("outbound.caller_id", "callback.pool", "callback.sites")
VERSION = 1


@functools.cache
def carrier_keys() -> tuple[str, ...]:
    """The options kept: every ``carrier.*`` one, and ``ALSO``."""
    return tuple(key for key in BY_KEY if key.startswith(PREFIX) or key in ALSO)


@dataclass(frozen=True)
class LastGood:
    """The carrier settings that last started without a problem, and when they were saved."""

    path: Path
    values: dict[str, Any]  # every carrier option, parsed
    saved_at: float

    def describe(self) -> str:
        """"the 'simulated' carrier" or "the 'sip' carrier (proxy sbc1.example.com:5060)", and
        when (in the agent's language)."""
        adapter = self.values["carrier.adapter"]
        proxy = self.values.get("carrier.sip.proxy") if adapter == "sip" else ""
        when = datetime.fromtimestamp(self.saved_at).strftime("%Y-%m-%d %H:%M")
        if proxy:
            return translate("Settings", "the '{adapter}' carrier (proxy {proxy}), saved {when} "
                                         "in {path}").format(adapter=adapter, proxy=proxy,
                                                             when=when, path=self.path)
        return translate("Settings", "the '{adapter}' carrier, saved {when} in {path}").format(
            adapter=adapter, when=when, path=self.path)


def load(path: Path) -> tuple[LastGood | None, str | None]:
    """The saved copy, or ``None`` and why it cannot be used (``None`` too when there is none)."""
    found = read(path)
    if found.table is None:
        return None, found.problem
    damaged = translate("Settings", "The saved copy of the carrier settings that last worked, "
                                    "{path}, is damaged and cannot be used; it is rewritten the "
                                    "next time the carrier starts on valid settings.").format(
        path=path)
    table = found.table
    raw = table.get("values")
    saved_at = table.get("saved_at")
    if table.get("version") != VERSION or not isinstance(raw, dict) or not isinstance(
            saved_at, int | float) or isinstance(saved_at, bool):
        return None, damaged
    values: dict[str, Any] = {}
    try:
        for key in carrier_keys():
            option = BY_KEY[key]
            values[key] = option.type.parse(raw[key]) if key in raw else option.default
    except ValueError:
        return None, damaged
    return LastGood(path, values, float(saved_at)), None


def save(path: Path, values: Mapping[str, Any], now: float | None = None) -> None:
    """Write the copy atomically (readable by the user alone); ``OSError`` if it cannot be."""
    content = {
        "version": VERSION,
        "saved_at": time.time() if now is None else now,
        "values": {key: BY_KEY[key].type.dump(values[key]) for key in carrier_keys()},
    }
    text = ("# Written by the softphone: the carrier settings that last started without a "
            "problem.\n# Used only while settings.toml or the fleet file is broken. Do not edit.\n"
            + tomli_w.dumps(content))
    write_atomically(path, text.encode())
