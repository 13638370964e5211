"""Which callback pool an agent draws from: the pool of the site they are at, else the default.

A callback number (an ELIN) is registered at the carrier with one site's civic address, so an
agent at the Denver office must assert a Denver number. The site is recognised, in this order,
by the address the agent confirmed (or the registered one the location service offers), then by
the networks the workstation is on; with neither, the flat ``callback.pool`` is the default pool.
Everything here reads memory only: ``current()`` runs on the dial path.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from softphone.core.lease_registry import Pool
from softphone.core.location import CivicAddress, LocationSource
from softphone.settings.store import Settings
from softphone.settings.types import CallbackSite

_MATCHED_FIELDS = ("street", "house_number", "city", "postcode", "country")


@dataclass(frozen=True)
class PoolNumber:
    """One configured number, as the shared store and the SIP proxy need to know it."""

    number: str
    site: str
    unassigned_route: str


def _plain(text: str) -> str:
    return re.sub(r"[\s.,]+", " ", text).strip().casefold()


def address_matches(site: CallbackSite, civic: CivicAddress) -> bool:
    """Same street, city and country; house number and postcode too when both sides give one.
    The floor or room is not compared: a site is the building."""
    for name in _MATCHED_FIELDS:
        ours, theirs = _plain(site.field(name)), _plain(getattr(civic, name))
        required = name in ("street", "city", "country")
        if (required or (ours and theirs)) and ours != theirs:
            return False
    return True


def network_matches(site: CallbackSite, subnets: Sequence[str]) -> bool:
    for text in subnets:
        try:
            local = ipaddress.ip_network(text, strict=False)
        except ValueError:
            continue
        for entry in site.networks:
            network = ipaddress.ip_network(entry)
            if local.version == network.version and local.overlaps(network):
                return True
    return False


class SitePools:
    """The sites (``callback.sites``) and the default pool (``callback.pool``), read live from
    the settings; ``networks`` returns the workstation's subnets as last seen (memory)."""

    def __init__(self, settings: Settings, location: LocationSource,
                 networks: Callable[[], Sequence[str]] = tuple) -> None:
        self._settings = settings
        self._location = location
        self._networks = networks

    def current(self) -> Pool:
        sites: tuple[CallbackSite, ...] = self._settings["callback.sites"]
        site = self._site_here(sites)
        if site is not None:
            return Pool(site.name, site.pool, self._route(site))
        return Pool("", self._default_numbers(sites), self._settings["callback.unassigned_route"])

    def _site_here(self, sites: Sequence[CallbackSite]) -> CallbackSite | None:
        if not sites:
            return None
        try:
            latest = self._location.latest()
        except Exception:  # the location source must never stop an emergency call
            latest = None
        civic = latest.civic if latest is not None else None
        if civic is not None and not civic.is_empty():
            for site in sites:
                if address_matches(site, civic):
                    return site
        subnets = self._networks()
        for site in sites:
            if site.networks and network_matches(site, subnets):
                return site
        return None

    def _route(self, site: CallbackSite) -> str:
        return site.unassigned_route or self._settings["callback.unassigned_route"]

    def _default_numbers(self, sites: Sequence[CallbackSite]) -> tuple[str, ...]:
        in_sites = {number for site in sites for number in site.pool}
        return tuple(n for n in self._settings["callback.pool"] if n not in in_sites)

    def directory(self) -> list[PoolNumber]:
        """Every configured number with its site and unassigned route."""
        sites: tuple[CallbackSite, ...] = self._settings["callback.sites"]
        found = [PoolNumber(number, site.name, self._route(site))
                 for site in sites for number in site.pool]
        default_route = self._settings["callback.unassigned_route"]
        found += [PoolNumber(number, "", default_route)
                  for number in self._default_numbers(sites)]
        return found

    def problems(self) -> list[str]:
        """Configuration that the settings types cannot see on their own: a number in a site's
        pool and in the default pool at once (the site wins)."""
        sites: tuple[CallbackSite, ...] = self._settings["callback.sites"]
        default = set(self._settings["callback.pool"])
        return [f"callback.pool: {number} is also in the pool of site '{site.name}'; it is "
                "used for that site only. Remove it from callback.pool."
                for site in sites for number in site.pool if number in default]
