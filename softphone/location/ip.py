"""A rough position from the public IP address (``geocoder``), with a hard deadline.

It needs a network. Without one it must give up fast: ``geocoder`` returns at once when DNS
fails, but a route that swallows packets (a captive portal, a dead proxy) would hold it for its
own timeout or longer, so the lookup runs on a daemon thread and whoever waits stops waiting at
``DEADLINE_S`` whatever the thread is doing. The result is reported through ``done`` on the
caller's chosen thread (the runtime posts it to the GUI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from softphone.blocks.text import translate
from softphone.location.errors import LocationError

log = logging.getLogger("location")

DEADLINE_S = 2.0


@dataclass(frozen=True)
class IpEstimate:
    latitude: float
    longitude: float
    country: str | None


def geocoder_lookup(timeout_s: float) -> IpEstimate:
    """One ``geocoder.ip('me')`` query; ``LocationError`` when it has no answer."""
    import geocoder  # deferred: pulls in requests; only ever imported on a worker thread

    # geocoder logs every failed lookup at ERROR with its provider's response; without a network
    # that is every start. The failure is reported once, in words, by ``IpLocator`` instead.
    logging.getLogger("geocoder").setLevel(logging.CRITICAL)
    found = geocoder.ip("me", timeout=timeout_s)
    if not found.ok or not found.latlng:
        raise LocationError(translate(
            "Location", "No IP-based location: the lookup service could not be reached "
            "({status}).").format(status=found.status or translate("Location", "no answer")))
    latitude, longitude = (float(value) for value in found.latlng)
    country = found.country if isinstance(found.country, str) and len(found.country) == 2 else None
    return IpEstimate(latitude, longitude, country)


def locate(lookup: Callable[[float], IpEstimate] = geocoder_lookup,
           deadline_s: float = DEADLINE_S) -> IpEstimate:
    """Run ``lookup`` but return or raise within ``deadline_s`` whatever it does."""
    outcome: list[IpEstimate | Exception] = []
    finished = threading.Event()

    def run() -> None:
        try:
            outcome.append(lookup(deadline_s * 0.75))
        except Exception as error:  # handed to the waiting thread, which raises it
            outcome.append(error)
        finished.set()

    threading.Thread(target=run, name="ip-location", daemon=True).start()
    if not finished.wait(deadline_s):
        raise LocationError(translate(
            "Location", "No IP-based location: no answer within {seconds} s (no network?).").format(
            seconds=f"{deadline_s:.0f}"))
    result = outcome[0]
    if isinstance(result, LocationError):
        raise result
    if isinstance(result, Exception):
        raise LocationError(translate(
            "Location", "No IP-based location: the lookup failed ({error}).").format(
            error=type(result).__name__)) from result
    return result


class IpLocator:
    """Starts at most one lookup at a time; ``done(estimate or None, problem or None)``."""

    def __init__(self, done: Callable[[IpEstimate | None, str | None], None],
                 lookup: Callable[[float], IpEstimate] = geocoder_lookup,
                 deadline_s: float = DEADLINE_S) -> None:
        self._done = done
        self._lookup = lookup
        self._deadline_s = deadline_s
        self._busy = threading.Lock()

    def start(self) -> bool:
        """Begin a lookup in the background; false when one is already running."""
        if not self._busy.acquire(blocking=False):
            return False
        threading.Thread(target=self._run, name="ip-location-wait", daemon=True).start()
        return True

    def _run(self) -> None:
        try:
            estimate = locate(self._lookup, self._deadline_s)
        except LocationError as error:
            log.info("IP-based location unavailable: %s", type(error.__cause__ or error).__name__)
            self._busy.release()
            self._done(None, str(error))
            return
        self._busy.release()
        self._done(estimate, None)
