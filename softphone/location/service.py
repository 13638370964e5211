"""Where the agent is now: the OS fix, else an IP estimate, else the confirmed address.

The service keeps one snapshot in memory and hands it out at once (``latest()``, the core's
``LocationSource``); everything that feeds it (Qt positioning, the network watcher, the IP
lookup) runs elsewhere and calls in on the GUI thread. It also decides when to ask the agent to
confirm where they are (RAY BAUM's Act): when the network changes to one with no confirmed
address, or when the position moves farther than ``location.move_threshold_m`` from where the
address was confirmed. Asking is an event; the widgets show it without ever blocking a call.

Events: ``changed()`` whenever the snapshot, the country or a check may have changed;
``confirm_needed(reason)`` when the agent should confirm their address.

Nothing here logs a position or an address.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from softphone.blocks.country_names import country_label
from softphone.blocks.events import Event
from softphone.blocks.readiness import Check
from softphone.blocks.text import joined, translate
from softphone.core.coverage import SUPPORTED_EMERGENCY_COUNTRIES
from softphone.core.location import CivicAddress, Location
from softphone.core.storage import StorageError
from softphone.location import address as addresses
from softphone.location.confirmed_addresses import Confirmed, ConfirmedAddresses
from softphone.location.countries import CountryLocator
from softphone.location.errors import LocationError
from softphone.settings.store import Settings

log = logging.getLogger("location")

UNKNOWN_NETWORK = "unknown"
ADDRESS_KEYS = {name: f"location.address.{name}" for name in addresses.FIELDS}


@dataclass(frozen=True)
class Fix:
    """One position, from the operating system or an IP lookup, and when it was taken."""

    latitude: float
    longitude: float
    accuracy_m: float | None
    at: float  # wall-clock seconds


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), good to a few metres at these ranges."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(a)))


def age_text(seconds: float) -> str:
    if seconds < 90:
        return translate("Location", "just now") if seconds < 10 else translate(
            "Location", "{count} s ago").format(count=f"{seconds:.0f}")
    if seconds < 5400:
        return translate("Location", "{count} min ago").format(count=f"{seconds / 60:.0f}")
    return translate("Location", "{count} h ago").format(count=f"{seconds / 3600:.1f}")


class LocationService:
    """The latest location, the country, and the location readiness checks; all from memory."""

    def __init__(self, settings: Settings, locator: CountryLocator,
                 confirmed: ConfirmedAddresses, clock: Callable[[], float] = time.time) -> None:
        self.changed: Event[[]] = Event()
        self.confirm_needed: Event[[str]] = Event()
        self._settings = settings
        self._locator = locator
        self._store = confirmed
        self._clock = clock
        self._started_at = clock()
        self._fix: Fix | None = None
        self._ip: Fix | None = None
        self._ip_country: str | None = None
        self._os_problem: str | None = translate("Location", "Waiting for the system's first position.")
        self._os_available = True
        self._network = UNKNOWN_NETWORK
        self._confirmed: Confirmed | None = None
        self._moved_m: float | None = None
        self._prompted: tuple[str, float | None] | None = None
        self._latest: Location | None = None
        self._country: str | None = None
        self._problem: str | None = None
        self.ip_lookup: Callable[[], object] | None = None  # set by the runtime: starts a lookup
        self._load_confirmed()
        self._recompute()

    # -- what the rest of the app reads (all at once, from memory) ---------------------------

    def latest(self) -> Location | None:
        """The current snapshot; never waits (``softphone.core.location.LocationSource``)."""
        return self._latest

    @property
    def country(self) -> str | None:
        """ISO 3166-1 alpha-2 of where the agent is now, ``None`` when unknown."""
        return self._country

    @property
    def supported(self) -> bool | None:
        """Whether emergency calling is supported where the agent is; ``None`` when unknown."""
        if self._country is None:
            return None
        return self._country in SUPPORTED_EMERGENCY_COUNTRIES

    @property
    def network(self) -> str:
        return self._network

    @property
    def confirmation_reason(self) -> str | None:
        """Why the agent should confirm their address now, or ``None``."""
        if self._confirmed is None:
            return translate("Location", "Please confirm where you are: no address is confirmed for "
                                  "this network.")
        if self._moved_m is not None:
            return translate("Location", "Please confirm where you are: you are about {distance} m from "
                                  "the address you confirmed.").format(
                distance=f"{self._moved_m:,.0f}")
        return None

    def proposed_address(self) -> CivicAddress:
        """What the address form starts with: this network's address, else the registered one."""
        if self._confirmed is not None:
            return self._confirmed.address
        return self.registered_address()

    def registered_address(self) -> CivicAddress:
        return CivicAddress(**{name: self._settings[key] for name, key in ADDRESS_KEYS.items()})

    # -- what the sources report (GUI thread) -------------------------------------------------

    def os_fix(self, latitude: float, longitude: float, accuracy_m: float | None,
               at: float | None = None) -> None:
        """A position from the operating system; bad values are dropped, never stored."""
        if not (math.isfinite(latitude) and math.isfinite(longitude)
                and -90 <= latitude <= 90 and -180 <= longitude <= 180):
            self.os_status(translate("Location", "The system reported an impossible position; it was "
                                          "ignored."))
            return
        if accuracy_m is not None and not (math.isfinite(accuracy_m) and accuracy_m >= 0):
            accuracy_m = None
        self._fix = Fix(latitude, longitude, accuracy_m, self._clock() if at is None else at)
        self._os_problem = None
        self._os_available = True
        self._anchor_confirmed()
        self._recompute()

    def os_status(self, problem: str | None, available: bool = True) -> None:
        """The OS source's trouble in a sentence (``None`` when fine); ``available`` is false
        when location is off, denied or missing, true for passing trouble such as a timeout."""
        self._os_problem = problem
        self._os_available = available
        self._recompute()
        if self._usable_fix() is None:
            self._want_ip()

    def ip_estimate(self, latitude: float, longitude: float, country: str | None,
                    at: float | None = None) -> None:
        try:
            self._ip_country = self._locator.country_at(latitude, longitude)
        except LocationError:
            self._ip_country = country
        self._ip = Fix(latitude, longitude, None, self._clock() if at is None else at)
        self._recompute()

    def network_changed(self, network: str) -> None:
        if network == self._network:
            return
        self._network = network
        self._moved_m = None
        self._load_confirmed()
        self._recompute()
        self._want_ip()
        self._maybe_prompt()

    def refresh(self) -> None:
        """Re-evaluate ages and thresholds (the runtime calls it every refresh interval)."""
        self._recompute()
        if self._usable_fix() is None:
            self._want_ip()

    def start(self) -> None:
        """Ask at start-up if nothing is confirmed here (after the first network check)."""
        self._want_ip()
        self._maybe_prompt()

    def confirm(self, address: CivicAddress) -> CivicAddress:
        """Store the agent's address for this network; ``LocationError`` says what to fix."""
        checked = addresses.validated(address)
        fix = self._usable_fix()
        record = Confirmed(self._network, checked, fix.latitude if fix else None,
                           fix.longitude if fix else None, self._clock())
        try:
            self._store.save(record)
        except StorageError as error:
            self._problem = translate("Location", "The confirmed address is kept until restart only: "
                                           "{error}").format(error=str(error))
        self._confirmed = record
        self._moved_m = None
        self._prompted = None
        self._recompute()
        return checked

    # -- readiness ------------------------------------------------------------------------------

    def checks(self) -> list[Check]:
        """The location subsystem's readiness checks (from memory)."""
        return [self._enabled_check(), self._country_check(), self._address_check()]

    def _enabled_check(self) -> Check:
        title = translate("Location", "Location enabled")
        if not self._settings["location.os_positioning"]:
            return Check("location.enabled", title, False,
                         translate("Location", "Using the system's location is turned off in the "
                                        "settings."),
                         translate("Location", "Turn on 'Use the system's location' "
                                        "(location.os_positioning)."))
        fix = self._fix
        if not self._os_available:
            return Check("location.enabled", title, False,
                         self._os_problem or translate("Location", "The system's location is not "
                                                            "available."),
                         translate("Location", "Turn on location services for this computer and allow "
                                        "the softphone to use them (Windows: Settings > Privacy "
                                        "> Location; macOS: System Settings > Privacy > Location "
                                        "Services; Linux: GNOME Settings > Privacy > Location, "
                                        "geoclue)."))
        if fix is None:
            return Check("location.enabled", title, True,
                         self._os_problem or translate("Location", "Waiting for the system's first "
                                                            "position."))
        age = age_text(self._clock() - fix.at)
        return Check("location.enabled", title, True,
                     translate("Location", "System position {age} (±{accuracy} m).").format(
                         age=age, accuracy=f"{fix.accuracy_m:.0f}")
                     if fix.accuracy_m is not None else
                     translate("Location", "System position {age}.").format(age=age))

    def _country_check(self) -> Check:
        title = translate("Location", "Location in a supported country")
        country = self._country
        if country is None:
            unknown = translate("Location", "The country you are in is unknown. Emergency numbers are "
                                     "still dialled, but support here cannot be confirmed.")
            return Check("location.country", title, False,
                         joined([unknown, self._problem]) if self._problem else unknown,
                         translate("Location", "Turn on location services, or confirm your address."))
        if country not in SUPPORTED_EMERGENCY_COUNTRIES:
            return Check("location.country", title, False,
                         translate("Location", "You appear to be in {country}, where emergency calling "
                                        "through this softphone is not supported. Emergency "
                                        "numbers are still dialled, but help may not be sent.")
                         .format(country=country_label(country)),
                         translate("Location", "Keep a local phone for emergencies while you work "
                                        "here."))
        return Check("location.country", title, True,
                     translate("Location", "{country}: emergency calling is supported.").format(
                         country=country_label(country)))

    def _address_check(self) -> Check:
        title = translate("Location", "Address confirmed for this network")
        reason = self.confirmation_reason
        if reason is None and self._confirmed is not None:
            confirmed = translate("Location", "Confirmed {age}: {address}.").format(
                age=age_text(self._clock() - self._confirmed.confirmed_at),
                address=self._confirmed.address.one_line())
            return Check("location.address", title, True,
                         joined([confirmed, self._problem]) if self._problem else confirmed)
        return Check("location.address", title, False, reason or "",
                     translate("Location", "Open the readiness panel and confirm your address (street, "
                                    "number, floor or room)."))

    # -- internals ------------------------------------------------------------------------------

    def _usable_fix(self) -> Fix | None:
        fix = self._fix
        max_age = self._settings["location.fix_max_age_minutes"] * 60
        if fix is None or self._clock() - fix.at > max_age:
            return None
        if not self._settings["location.os_positioning"]:
            return None
        return fix

    def _load_confirmed(self) -> None:
        try:
            self._confirmed = self._store.get(self._network)
        except StorageError as error:
            self._confirmed = None
            self._problem = str(error)

    def _anchor_confirmed(self) -> None:
        """Measure how far the fix is from where the address was confirmed; the first fix after
        a confirmation made without one becomes its reference point."""
        confirmed, fix = self._confirmed, self._fix
        if confirmed is None or fix is None:
            return
        if confirmed.latitude is None or confirmed.longitude is None:
            anchored = Confirmed(confirmed.network, confirmed.address, fix.latitude,
                                 fix.longitude, confirmed.confirmed_at)
            try:
                self._store.save(anchored)
            except StorageError as error:
                self._problem = str(error)
            self._confirmed = anchored
            return
        away = distance_m(confirmed.latitude, confirmed.longitude, fix.latitude, fix.longitude)
        threshold = self._settings["location.move_threshold_m"]
        # A fix too vague to tell does not count as moving (its radius covers the address).
        slack = fix.accuracy_m or 0.0
        self._moved_m = away if away - slack > threshold else None
        if self._moved_m is not None:
            self._maybe_prompt()

    def _maybe_prompt(self) -> None:
        reason = self.confirmation_reason
        if reason is None:
            return
        episode = (self._network, self._confirmed.confirmed_at if self._confirmed else None)
        if self._prompted == episode:
            return  # asked once for this network and confirmation; the check stays failed
        self._prompted = episode
        self.confirm_needed.emit(reason)

    def _want_ip(self) -> None:
        if (self.ip_lookup is not None and self._settings["location.ip_fallback"]
                and self._usable_fix() is None):
            self.ip_lookup()

    def _recompute(self) -> None:
        fix = self._usable_fix()
        confirmed = self._confirmed
        civic = confirmed.address if confirmed is not None and self._moved_m is None else None
        snapshot: Location | None
        country: str | None = None
        if fix is not None:
            country = self._country_at(fix.latitude, fix.longitude)
            snapshot = Location("os", fix.at, fix.latitude, fix.longitude, fix.accuracy_m,
                                civic, country)
        elif self._ip is not None and self._settings["location.ip_fallback"]:
            country = self._ip_country
            snapshot = Location("ip", self._ip.at, self._ip.latitude, self._ip.longitude, None,
                                civic, country)
        elif civic is not None and confirmed is not None:
            country = civic.country or None
            snapshot = Location("civic", confirmed.confirmed_at, civic=civic, country=country)
        else:
            registered = self.registered_address()
            if not addresses.problems(registered):
                # Unconfirmed but better than nothing: sent only when no position is known.
                registered = addresses.normalised(registered)
                country = registered.country
                snapshot = Location("civic", self._started_at, civic=registered, country=country)
            else:
                snapshot = None
        self._latest, self._country = snapshot, country
        self.changed.emit()  # checks depend on more than the snapshot; observers compare

    def _country_at(self, latitude: float, longitude: float) -> str | None:
        try:
            return self._locator.country_at(latitude, longitude)
        except LocationError as error:
            self._problem = str(error)
            return None
