"""A fleet settings file written from one workstation's admin settings, for IT to deploy.

An admin sets a workstation up in the settings dialog and exports it; the file has the form the
store reads as the fleet file (``store.Settings(..., fleet_file=...)``), so every value in it is
locked on every workstation that gets it. Only admin-level options are written, and of those only
the ones that hold for every desk: an agent's own number or a workstation's own IP address
(``Option.fleet_wide = False``) stay out. Passwords are never options, so never in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import tomli_w

from softphone.settings.options import OPTIONS, Option
from softphone.settings.store import SCHEMA_VERSION, nest

HEADER = """\
# Softphone fleet settings, exported from the settings dialog.
# Deploy as the fleet settings file (Linux: /etc/softphone/settings.toml; Windows:
# %PROGRAMDATA%\\Softphone\\settings.toml; macOS: /Library/Application Support/Softphone/
# settings.toml), readable by the agents and writable only by administrators. Every value here
# is locked on the workstations that read it. Passwords are not here: they stay in each
# workstation's keyring.
"""


def fleet_options(options: Iterable[Option] = OPTIONS) -> list[Option]:
    """The options an exported fleet file carries."""
    return [option for option in options if option.admin and option.fleet_wide]


def fleet_toml(value: Callable[[str], Any], options: Iterable[Option] = OPTIONS) -> str:
    """The fleet file's text for the values ``value(key)`` returns (parsed values)."""
    flat = {option.key: option.type.dump(value(option.key)) for option in fleet_options(options)}
    return HEADER + tomli_w.dumps({"version": SCHEMA_VERSION, **nest(flat)})
