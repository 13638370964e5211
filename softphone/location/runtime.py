"""Feeds the location service in the background: Qt positioning, the network, the IP fallback.

Started once at start-up by the composition root. Nothing here runs on the dial path: positions
arrive as Qt signals on the GUI thread; the network fingerprint, the IP lookup and the first load
of the boundary data (when the first position needs a country, not before: see ``countries``)
run on worker threads and hand their results to the GUI thread through the ``post`` it was
given (the rule in ``blocks.post``), so the service and its observers only ever run there.
The refresh timer re-evaluates ages and asks for a new fix every ``location.refresh_minutes``;
a network change does the same at once.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable

from softphone.blocks.post import Post
from softphone.blocks.text import english, translate
from softphone.location import network as networks
from softphone.location.countries import CountryLocator
from softphone.location.errors import LocationError
from softphone.location.ip import IpEstimate, IpLocator
from softphone.location.service import LocationService
from softphone.qt import QtCore, QtPositioning
from softphone.settings.store import Settings

log = logging.getLogger("location")

SourceFactory = Callable[[QtCore.QObject], "QtPositioning.QGeoPositionInfoSource | None"]
NETWORK_POLL_MS = 15_000  # a cheap check; a change triggers a fix request and maybe a prompt
FIX_TIMEOUT_MS = 30_000

_SourceError = QtPositioning.QGeoPositionInfoSource.Error


def error_meaning(error: object) -> tuple[str, bool]:
    """What a positioning error means for the agent, in the agent's language now; true when
    location as such is still usable (a timeout)."""
    if error == _SourceError.AccessError:
        return translate("Location", "The system refused access to its location: location "
                         "services are off or the softphone is not allowed to use them."), False
    if error == _SourceError.ClosedError:
        return translate("Location", "The system's location service stopped (turned off?)."), False
    if error == _SourceError.UpdateTimeoutError:
        return translate("Location", "The system has no position yet (no satellite, Wi-Fi or "
                         "network position); still trying."), True
    return translate("Location", "The system's location service failed."), False


def default_source(parent: QtCore.QObject) -> QtPositioning.QGeoPositionInfoSource | None:
    """The platform's source: geoclue2 on Linux, Windows and macOS location services."""
    return QtPositioning.QGeoPositionInfoSource.createDefaultSource(
        {"desktopId": "softphone"}, parent)  # geoclue2 asks which application wants the position


def nmea_file_source(path: str) -> SourceFactory:
    """A source replaying a recorded NMEA file (tests, demos), through Qt's real NMEA plugin."""
    def create(parent: QtCore.QObject) -> QtPositioning.QGeoPositionInfoSource | None:
        return QtPositioning.QGeoPositionInfoSource.createSource(
            "nmea", {"nmea.source": QtCore.QUrl.fromLocalFile(path).toString()}, parent)
    return create


class LocationRuntime(QtCore.QObject):
    """Owns the background parts that feed ``service``; ``start()`` once, ``stop()`` at exit."""

    def __init__(self, service: LocationService, settings: Settings, locator: CountryLocator,
                 post: Post,
                 source_factory: SourceFactory = default_source,
                 fingerprint: Callable[[], str] = networks.current_fingerprint,
                 ip_locator: Callable[[Callable[[IpEstimate | None, str | None], None]],
                                      IpLocator] = IpLocator) -> None:
        super().__init__()
        self.service = service
        self._settings = settings
        self._locator = locator
        self._post = post
        self._source_factory = source_factory
        self._fingerprint = fingerprint
        self._network_busy = threading.Lock()
        self._needs_boundaries: list[Callable[[], None]] = []  # positions waiting for the data
        self.source: QtPositioning.QGeoPositionInfoSource | None = None
        # Worker threads must never hold the last reference to this QObject: if they dropped it,
        # Qt would destroy it (and its timers) on the wrong thread. They get weak references.
        me = weakref.ref(self)
        self._ip = ip_locator(lambda estimate, problem: LocationRuntime._call(
            me, post, lambda runtime: runtime._ip_done(estimate, problem)))
        service.ip_lookup = self._ip.start
        self._refresh = QtCore.QTimer(self)
        self._refresh.timeout.connect(self._refresh_now)
        self._network_timer = QtCore.QTimer(self)
        self._network_timer.setInterval(NETWORK_POLL_MS)
        self._network_timer.timeout.connect(self.check_network)

    def start(self) -> None:
        self._start_source()
        self._refresh.setInterval(self._refresh_ms())
        self._refresh.start()
        self._network_timer.start()
        self.check_network(first=True)

    def stop(self) -> None:
        self._refresh.stop()
        self._network_timer.stop()
        if self.source is not None:
            self.source.stopUpdates()

    def _refresh_ms(self) -> int:
        return int(self._settings["location.refresh_minutes"]) * 60_000

    # -- Qt positioning ------------------------------------------------------------------------

    def _start_source(self) -> None:
        if not self._settings["location.os_positioning"]:
            self.service.os_status(translate("Location", "Using the system's location is turned "
                                             "off in the settings."), available=False)
            return
        source = self._source_factory(self)
        if source is None:
            self.service.os_status(translate("Location", "This computer has no location service "
                                             "(on Linux install and start geoclue)."),
                                   available=False)
            return
        self.source = source
        source.positionUpdated.connect(self._position)
        source.errorOccurred.connect(self._error)
        source.startUpdates()

    def _position(self, update: QtPositioning.QGeoPositionInfo) -> None:
        coordinate = update.coordinate()
        if not update.isValid() or not coordinate.isValid():
            return
        accuracy_attribute = QtPositioning.QGeoPositionInfo.Attribute.HorizontalAccuracy
        accuracy = (update.attribute(accuracy_attribute)
                    if update.hasAttribute(accuracy_attribute) else None)
        latitude, longitude = coordinate.latitude(), coordinate.longitude()
        self._with_boundaries(lambda: self.service.os_fix(latitude, longitude, accuracy))

    def _error(self, error: QtPositioning.QGeoPositionInfoSource.Error) -> None:
        if error == _SourceError.NoError:
            return
        message, available = error_meaning(error)
        log.warning("location source error: %s", getattr(error, "name", error))
        self.service.os_status(message, available)

    def _refresh_now(self) -> None:
        self.service.refresh()
        self.request_fix()

    def request_fix(self, timeout_ms: int = FIX_TIMEOUT_MS) -> None:
        """Ask the system for a fresh position now; a timeout is reported as a passing problem."""
        if self.source is not None:
            self.source.requestUpdate(timeout_ms)

    # -- network -------------------------------------------------------------------------------

    def check_network(self, first: bool = False) -> None:
        """Fingerprint the network on a worker thread; a change reaches the service."""
        if not self._network_busy.acquire(blocking=False):
            return

        me, fingerprint, busy, post = weakref.ref(self), self._fingerprint, self._network_busy, \
            self._post

        def work() -> None:
            try:
                found = fingerprint()
            except OSError:
                found = networks.fingerprint_of([])
            finally:
                busy.release()
            post(lambda: LocationRuntime._call(me, None, lambda r: r._network_found(found, first)))

        threading.Thread(target=work, name="location-network", daemon=True).start()

    def _network_found(self, fingerprint: str, first: bool) -> None:
        before = self.service.network
        self.service.network_changed(fingerprint)
        if first:
            self.service.start()
        elif fingerprint != before:
            self.request_fix()

    # -- IP fallback and boundary data ---------------------------------------------------------

    @staticmethod
    def _call(me: weakref.ref[LocationRuntime], post: Post | None,
              action: Callable[[LocationRuntime], None]) -> None:
        """Run ``action`` on the runtime if it still exists (posted first when ``post`` given)."""
        def run() -> None:
            runtime = me()
            if runtime is not None:
                action(runtime)
        if post is None:
            run()
        else:
            post(run)

    def _ip_done(self, estimate: IpEstimate | None, _problem: str | None) -> None:
        if estimate is not None:  # a failure leaves the next fallback, the confirmed address
            self._with_boundaries(lambda: self.service.ip_estimate(
                estimate.latitude, estimate.longitude, estimate.country))

    def _with_boundaries(self, decide: Callable[[], None]) -> None:
        """Run ``decide`` (it hands the service a position, which decides the country) now if
        the boundary data is open, else once a worker thread has opened it: the first position
        never holds the GUI thread for the tenth of a second the data takes to load."""
        if self._locator.loaded:
            decide()
            return
        self._needs_boundaries.append(decide)
        if len(self._needs_boundaries) > 1:
            return  # already loading
        me, post, locator = weakref.ref(self), self._post, self._locator

        def load() -> None:
            try:
                locator.load()
            except LocationError as error:  # the service says so when it asks for the country
                log.warning("country boundaries unavailable: %s", english(str(error)))
            post(lambda: LocationRuntime._call(me, None, lambda r: r._boundaries_opened()))

        threading.Thread(target=load, name="location-data", daemon=True).start()

    def _boundaries_opened(self) -> None:
        waiting, self._needs_boundaries = self._needs_boundaries, []
        for decide in waiting:  # in the order they came: the latest position wins
            decide()
