"""``softphone leases [--json]``: the live callback leases, for admins.

Answered by the command's own process from the saved settings (and the keyring, for the shared
store's password), so it works with no softphone running, from any workstation of the fleet.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from softphone.blocks.profile import Profile
from softphone.blocks.text import translate
from softphone.callbacks.address import StoreUnavailable
from softphone.callbacks.setup import live_leases
from softphone.core.lease_registry import LiveLease
from softphone.settings.store import Settings

COLUMNS = ("number", "site", "agent", "workstation", "expires")


def as_dict(lease: LiveLease) -> dict[str, Any]:
    return {"number": lease.number, "site": lease.site, "agent": lease.agent,
            "workstation": lease.workstation, "expires_at": lease.expires_at,
            "paused": lease.expires_at is None}


def column_titles() -> list[str]:
    """The columns' titles (``COLUMNS``), in the agent's language."""
    return [translate("CallbackSettings", "Number"), translate("CallbackSettings", "Site"),
            translate("CallbackSettings", "Agent"), translate("CallbackSettings", "Workstation"),
            translate("CallbackSettings", "Expires")]


def expiry_text(lease: LiveLease) -> str:
    if lease.expires_at is None:
        return translate("CallbackSettings", "paused (emergency call up)")
    return time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(lease.expires_at))


def rows(leases: list[LiveLease]) -> list[tuple[str, ...]]:
    return [(lease.number, lease.site or translate("CallbackSettings", "(default pool)"),
             lease.agent, lease.workstation, expiry_text(lease)) for lease in leases]


def format_table(leases: list[LiveLease]) -> str:
    if not leases:
        return translate("CallbackSettings", "No callback number is leased.")
    table = [tuple(column_titles()), *rows(leases)]
    widths = [max(len(row[index]) for row in table) for index in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                     .rstrip() for row in table)


def leases_command(profile: Profile, as_json: bool) -> int:
    settings = Settings(profile.settings_file, profile.fleet_file)
    try:
        leases = live_leases(settings, profile.database)
    except StoreUnavailable as error:
        print(str(error), file=sys.stderr)
        return 1
    print(json.dumps([as_dict(lease) for lease in leases], indent=2) if as_json
          else format_table(leases))
    return 0
