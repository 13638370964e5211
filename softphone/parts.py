"""The part of a softphone instance that works without Qt: everything a call needs.

Storage and settings, the subsystems (location, notification, audio), the carrier and the core,
the control commands and the control socket. The launcher builds and starts them first, before
it imports Qt, so that every start is ready to dial before Qt loads (a click-to-dial that
started the instance is placed at once); the composition root (``app``) then builds the window
around them (``softphone.early``). So this module never imports Qt (a contract in
``.importlinter`` holds it to that): what it is given decides which thread its events reach,
``post`` and ``scheduler`` (the rule in ``blocks.post``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from softphone.audio.engine import Engine
from softphone.blocks import logs
from softphone.blocks.post import Post
from softphone.blocks.profile import Profile
from softphone.blocks.text import translate
from softphone.callbacks.setup import shared_registry
from softphone.carrier_plugins import load_carrier
from softphone.carriers.drills import Drills
from softphone.control.commands import Commands
from softphone.control.errors import ControlUnavailable
from softphone.control.server import ControlServer
from softphone.core.assembly import assemble
from softphone.core.calls import Call, CallError, CallState, Direction
from softphone.core.carrier import CarrierContext, Scheduler
from softphone.core.sites import SitePools
from softphone.core.storage import Database
from softphone.location import where
from softphone.location.confirmed_addresses import ConfirmedAddresses
from softphone.location.countries import CountryLocator
from softphone.location.service import LocationService
from softphone.notify.notifier import Notifier
from softphone.settings.store import Settings


class Parts:
    """Built in two steps: ``__init__`` (the profile, the log, the settings, the storage), then
    ``build`` (the subsystems, the core, the commands), so that the composition root can put
    the agent's language in place in between (everything ``build`` makes speaks it).

    ``networks`` reads the workstation's subnets (for the call-back sites recognised by their
    networks); it is called the first time a site needs them, not before: reading them takes
    Qt's network module, which a click-to-dial need not wait for unless a site asks. Where a
    site does (``sites_need_networks``), the launcher reads them before the instance is ready:
    read by a dial while another thread imports Qt, they would wait for that import (the same
    modules), or fail on the import lock.

    Hooks the launcher and the composition root set: ``show_window`` (``softphone show``),
    ``exit`` (leave the main loop: ``softphone quit``). ``started`` turns true once the whole
    start-up is done, the window and the rest included (``softphone status``)."""

    def __init__(self, profile: Profile, post: Post, scheduler: Scheduler,
                 networks: Callable[[], Sequence[str]], configure_logging: bool = True,
                 verbose: bool = False, clock: Callable[[], float] = time.time) -> None:
        self.profile = profile
        self.post = post
        self.scheduler = scheduler
        self._read_subnets = networks
        self._clock = clock
        self.problems: list[str] = []
        self._subnets: tuple[str, ...] = ()
        self._subnets_of: str | None = None
        self.running = True
        self.started = False
        self.carrier_started = False
        self._carrier_tried = self._notifier_started = self._listening = False
        self.show_window: Callable[[], None] = lambda: None
        self.exit: Callable[[], None] = lambda: None
        try:
            profile.ensure()
        except OSError as error:
            self.problems.append(translate("App", "Cannot create the profile folder {folder}: "
                                                  "{error}. Nothing will be saved.").format(
                folder=profile.root, error=error.strerror))
        if configure_logging:
            self.note(logs.configure(profile.logs_dir, verbose))
        self.settings = Settings(profile.settings_file, profile.fleet_file,
                                 profile.last_good_carrier_file)
        self.problems.extend(self.settings.problems)

    def build(self) -> None:
        self.database = Database(self.profile.database)
        self.note(self.database.problem)
        self._build_subsystems()
        self._build_core()
        self.commands = Commands(self.phone, self.readiness, self.drills,
                                 problems=lambda: list(self.problems),
                                 notification=lambda: self.notifier.status.text,
                                 quit_app=self.quit, show_window=lambda: self.show_window(),
                                 where=lambda: where.report(self.location.latest()),
                                 started=lambda: self.started)
        self.control = ControlServer(self.profile.server_name, self.handle, self.post)

    def _build_subsystems(self) -> None:
        """Location, notification and audio: each works on its own threads and reports back
        through ``post``; none of them is on the dial path."""
        settings, post = self.settings, self.post
        self.locator = CountryLocator()
        self.location = LocationService(settings, self.locator, ConfirmedAddresses(self.database),
                                        clock=self._clock)
        self.notifier = Notifier(settings, self.profile.outbox, post=post, clock=self._clock)
        self.audio = Engine(settings, post)

    def _build_core(self) -> None:
        carrier = load_carrier(CarrierContext(self.settings, self.scheduler, self.audio),
                               self.problems)
        self.sites = SitePools(self.settings, self.location, networks=self._local_networks)
        self.location.changed.connect(self._networks_may_have_changed)
        self.problems.extend(self.sites.problems())
        core = assemble(self.settings, self.database, carrier, self.scheduler, self.location,
                        self.notifier, post=self.post, clock=self._clock, sites=self.sites,
                        registry=shared_registry(self.settings, self.sites, self.post))
        self.phone = core.phone
        self.carrier = core.carrier
        self.drills = Drills(self.carrier, self.phone.leases)
        self.readiness = core.readiness
        for checks in (self.location.checks, self.notifier.readiness_checks, self.audio.checks):
            self.readiness.add(checks)
        self.location.changed.connect(self.readiness.refresh)
        self.notifier.checks_changed.connect(self.readiness.refresh)
        self.audio.state_changed.connect(lambda _state: self._refresh_readiness())
        self.phone.problem.connect(self.record_problem)
        self.phone.incoming.connect(self._ring_while_a_call_rings)
        self.phone.call_changed.connect(self._ring_while_a_call_rings)

    def sites_need_networks(self) -> bool:
        """Whether a call-back site is recognised by its networks: a dial may read them then."""
        return any(site.networks for site in self.settings["callback.sites"])

    def _local_networks(self) -> tuple[str, ...]:
        """The workstation's subnets as last read (memory: the dial path asks); read now only
        if they never were."""
        if self._subnets_of is None:
            self.read_networks()
        return self._subnets

    def read_networks(self) -> None:
        """Read the subnets again if the location service sees another network since. Never
        raises: an emergency dial asks (through the callback pool) before the carrier has the
        call; a failure leaves no subnets, and the agent is told."""
        if self._subnets_of != self.location.network:
            self._subnets_of = self.location.network
            try:
                self._subnets = tuple(self._read_subnets())
            except Exception as error:  # the dial path: nothing may stop the call
                self._subnets = ()
                self.record_problem(translate(
                    "App", "The workstation's networks could not be read ({error}); the "
                    "callback site is chosen without them.").format(error=type(error).__name__))

    def _networks_may_have_changed(self) -> None:
        if self._subnets_of is not None:
            self.read_networks()

    def note(self, problem: str | None) -> None:
        if problem:
            self.problems.append(problem)

    def record_problem(self, message: str) -> None:
        self.problems.append(message)
        del self.problems[:-20]

    def _refresh_readiness(self) -> None:
        if self.running:
            self.readiness.refresh()

    def _ring_while_a_call_rings(self, _call: Call) -> None:
        if any(call.direction is Direction.INBOUND and call.state is CallState.RINGING
               for call in self.phone.calls()):
            self.audio.start_ringing()
        else:
            self.audio.stop_ringing()

    def start(self) -> bool:
        """Listen for commands, start the carrier (from here on a call goes out) and the
        notifier, each only if not yet done; whether the carrier started."""
        self.listen()
        self.start_carrier()
        self.start_notifier()
        return self.carrier_started

    def start_carrier(self) -> bool:
        """Start the carrier (once): from here on a call goes out. ``False`` if it could not
        start (the core reported why)."""
        if not self._carrier_tried:
            self._carrier_tried = True
            self.carrier_started = self.phone.start()
        return self.carrier_started

    def start_notifier(self) -> None:
        if not self._notifier_started:
            self._notifier_started = True
            self.notifier.start()

    def listen(self) -> None:
        """Take requests on the control socket (once; carried out on the main thread)."""
        if self._listening:
            return
        self._listening = True
        try:
            self.control.listen()
        except ControlUnavailable as error:
            self.problems.append(translate("App", "{error}. Command-line control is "
                                           "unavailable.").format(error=str(error).rstrip(".")))

    def handle(self, request: object) -> dict[str, Any]:
        """A control request, on the main thread."""
        return self.commands.handle(request)

    def quit(self) -> None:
        """Quit, unless an emergency call is up: quitting must never end one by accident."""
        if self.phone.emergency.active:
            raise CallError(translate("App", "An emergency call is up: end it before quitting "
                                             "the softphone."))
        self.control.stop_listening()  # at once: a dial arriving now goes to the next instance
        self.exit()

    def stop(self) -> None:
        """Stop the plain parts (the window is the composition root's); safe after a partial
        start; once."""
        if not self.running:
            return
        self.running = False
        self.control.close()
        self.phone.stop()
        self.audio.close()
        self.notifier.stop()
