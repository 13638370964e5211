"""The composition root: builds every object of one softphone instance once, and wires them.

Nothing else constructs subsystems or reaches for globals; tests build an ``Application`` on a
temporary profile and drive it like an agent would.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from softphone import autostart
from softphone.audio.engine import Engine
from softphone.blocks import logs
from softphone.blocks.profile import Profile
from softphone.blocks.readiness import Check
from softphone.blocks.text import translate
from softphone.callbacks.setup import live_leases, shared_registry
from softphone.carrier_plugins import load_carrier
from softphone.carriers.drills import Drills
from softphone.carriers.unavailable import UnavailableCarrier
from softphone.control.commands import Commands
from softphone.control.errors import ControlUnavailable
from softphone.control.server import ControlServer
from softphone.core.assembly import assemble
from softphone.core.calls import Call, CallError, CallState, Direction
from softphone.core.carrier import CarrierContext
from softphone.core.sites import SitePools
from softphone.core.state import StateStore
from softphone.core.storage import Database
from softphone.location import where
from softphone.location.confirmed_addresses import ConfirmedAddresses
from softphone.location.countries import CountryLocator
from softphone.location.network import interface_subnets
from softphone.location.runtime import LocationRuntime
from softphone.location.service import LocationService
from softphone.notify.notifier import Notifier, NotifyState, NotifyStatus
from softphone.qt import QtCore, QtWidgets
from softphone.qtbridge import GuiThread, QtScheduler
from softphone.settings.store import Settings
from softphone.widgets.address_dialog import AddressPrompter
from softphone.widgets.assistant import AssistantOpener, AssistantParts
from softphone.widgets.desktop_shell import DesktopShell
from softphone.widgets.language import Languages
from softphone.widgets.main_window import MainWindow
from softphone.widgets.reach_banner import reach_warning
from softphone.widgets.readiness_indicator import ReadinessIndicator

# The dialogs are imported when first opened: until then they are start-up time (the settings
# dialog alone, with the SIP registration test, is a quarter of the app's imports) and memory
# an agent who never opens them does not need.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from softphone.widgets.device_panel import DevicePanel
    from softphone.widgets.readiness_panel import ReadinessPanel
    from softphone.widgets.settings_dialog import SettingsDialog

log = logging.getLogger("core")

# See Application.start: long enough for the dial of a click-to-dial that started this
# instance to arrive first (it polls every 10 ms) on a busy machine; short to the eye.
REST_AFTER_MS = 250


class Application:
    """One softphone instance on one profile: storage and settings, the subsystems (location,
    notification, audio), the core, the window, and the control socket, built in that order."""

    def __init__(self, profile: Profile, configure_logging: bool = True,
                 verbose: bool = False, clock: Callable[[], float] = time.time) -> None:
        """``clock``: the wall clock of leases, locations and notifications (a test starts an
        instance a day later without waiting a day)."""
        self.profile = profile
        self._clock = clock
        self.problems: list[str] = []
        self._subnets: tuple[str, ...] = ()
        self._subnets_of: str | None = None
        try:
            profile.ensure()
        except OSError as error:
            self.problems.append(translate("App", "Cannot create the profile folder {folder}: "
                                                  "{error}. Nothing will be saved.").format(
                folder=profile.root, error=error.strerror))
        if configure_logging:
            self._note(logs.configure(profile.logs_dir, verbose))
        self.settings = Settings(profile.settings_file, profile.fleet_file,
                                 profile.last_good_carrier_file)
        self.problems.extend(self.settings.problems)
        # The agent's language first: everything built from here on speaks it.
        qt_app = QtCore.QCoreApplication.instance()
        assert qt_app is not None, "the launcher makes the QApplication before the Application"
        self.languages = Languages(qt_app)
        self._note(self.languages.apply(self.settings["ui.language"]))
        self.settings.changed.connect(self._setting_changed)
        self.database = Database(profile.database)
        self._note(self.database.problem)
        self.gui_thread = GuiThread()
        self.scheduler = QtScheduler(self.gui_thread)
        self._running = True
        self._build_subsystems()
        self._build_core()
        self._build_window()
        self.commands = Commands(self.phone, self.readiness, self.drills,
                                 problems=lambda: list(self.problems),
                                 notification=lambda: self.notifier.status.text,
                                 quit_app=self.quit, show_window=self.show_window,
                                 where=lambda: where.report(self.location.latest()))
        self._rest: Callable[[], None] | None = None
        self.started = False  # the whole start-up is done (see ``start``)
        self.control = ControlServer(profile.server_name, self._handle, self.gui_thread.post)

    def _build_subsystems(self) -> None:
        """Location, notification and audio: each works on its own threads and reports back
        through ``gui_thread.post``; none of them is on the dial path."""
        settings, post = self.settings, self.gui_thread.post
        self.locator = CountryLocator()
        self.location = LocationService(settings, self.locator, ConfirmedAddresses(self.database),
                                        clock=self._clock)
        self.location_runtime = LocationRuntime(self.location, settings, self.locator, post)
        self.notifier = Notifier(settings, self.profile.outbox, post=post, clock=self._clock)
        self.audio = Engine(settings, post)

    def _build_core(self) -> None:
        carrier = load_carrier(CarrierContext(self.settings, self.scheduler, self.audio),
                               self.problems)
        self.sites = SitePools(self.settings, self.location, networks=self._local_networks)
        self._read_networks()
        self.location.changed.connect(self._read_networks)
        self.problems.extend(self.sites.problems())
        core = assemble(self.settings, self.database, carrier, self.scheduler, self.location,
                        self.notifier, post=self.gui_thread.post, clock=self._clock,
                        sites=self.sites,
                        registry=shared_registry(self.settings, self.sites, self.gui_thread.post))
        self.phone = core.phone
        self.carrier = core.carrier
        self.drills = Drills(self.carrier, self.phone.leases)
        self.readiness = core.readiness
        for checks in (self.location.checks, self.notifier.readiness_checks, self.audio.checks):
            self.readiness.add(checks)
        self.location.changed.connect(self.readiness.refresh)
        self.notifier.checks_changed.connect(self.readiness.refresh)
        self.audio.state_changed.connect(lambda _state: self._refresh_readiness())
        self.phone.problem.connect(self._record_problem)
        self.phone.incoming.connect(self._ring_while_a_call_rings)
        self.phone.call_changed.connect(self._ring_while_a_call_rings)

    def _local_networks(self) -> tuple[str, ...]:
        """The workstation's subnets as last read (memory: the dial path asks)."""
        return self._subnets

    def _read_networks(self) -> None:
        """Read the subnets again, for recognising a site by its networks, whenever the
        location service sees another network."""
        if self._subnets_of != self.location.network:
            self._subnets_of = self.location.network
            self._subnets = tuple(interface_subnets())

    def _build_window(self) -> None:
        self.window = MainWindow(self.phone, self.readiness, self.drills,
                                 self._device_panel)
        self.window.settings_requested.connect(self.show_settings)
        self.window.devices_requested.connect(self.show_audio_devices)
        self.window.readiness_requested.connect(self.show_readiness)
        self.notifier.status_changed.connect(self._notification_status)
        self.phone.emergency.started.connect(  # after the window opened the view
            lambda _call: self._notification_status(self.notifier.status))
        self.audio.notice.connect(self._show_audio_notice)
        self.readiness_indicator = ReadinessIndicator(self.readiness)
        self.readiness_indicator.clicked.connect(self.show_readiness)
        self.window.statusBar().addPermanentWidget(self.readiness_indicator)
        self.readiness_panel: ReadinessPanel | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.assistant = AssistantOpener(
            AssistantParts(self.phone, self.readiness, self.location, self.settings,
                           self._device_panel, self.window.dial),
            StateStore(self.database), self.window, self._record_problem)
        self.address_prompter = AddressPrompter(  # held back while the assistant asks the same
            self.location, lambda: self.assistant.visible or any(
                call.active for call in self.phone.calls()), self.window)
        self.phone.call_changed.connect(self.address_prompter.lines_changed)
        self.assistant.closed.connect(self.address_prompter.lines_changed)
        self.desktop = DesktopShell(self.phone, self.window, self.settings,
                                    autostart.for_platform(self.profile), quit_app=self.quit,
                                    show_window=self.show_window,
                                    report_problem=self._record_problem)
        self.readiness.changed.connect(self._show_reach)
        self._show_reach(self.readiness.checks)

    def _show_reach(self, checks: list[Check]) -> None:
        """The tray says it too while emergency calls cannot reach an emergency service (the
        window has its own banner)."""
        if self._running:
            self.desktop.tray.set_reach_warning(reach_warning(checks))

    def _note(self, problem: str | None) -> None:
        if problem:
            self.problems.append(problem)

    def _record_problem(self, message: str) -> None:
        self.problems.append(message)
        del self.problems[:-20]

    def _notification_status(self, status: NotifyStatus) -> None:
        """The emergency view shows it; a message that could not be delivered is a problem."""
        if self.window.emergency_view is not None:
            self.window.emergency_view.set_notification_status(status.text)
        else:
            self.window.notices.set_state("notify", None if status.ok else status.text, True)
        if status.state in (NotifyState.FAILED, NotifyState.UNSAVED):
            self._record_problem(status.text)

    def _device_panel(self) -> DevicePanel:
        from softphone.widgets.device_panel import DevicePanel

        return DevicePanel(self.audio)

    def show_settings(self) -> SettingsDialog:
        from softphone.widgets.settings_dialog import open_settings

        if self.settings_dialog is None:
            self.settings_dialog = open_settings(
                self.settings, self.window, self._settings_saved,
                leases=lambda: live_leases(self.settings, self.profile.database))
            self.settings_dialog.destroyed.connect(self._settings_closed)
        self.settings_dialog.raise_()
        return self.settings_dialog

    def show_audio_devices(self) -> QtWidgets.QDialog:
        """The headset panel in its own window (the emergency view embeds one too)."""
        dialog = QtWidgets.QDialog(self.window)
        dialog.setObjectName("audioDevices")
        dialog.setWindowTitle(translate("App", "Audio devices"))
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        from softphone.widgets.wheel_guard import guard_wheel

        QtWidgets.QVBoxLayout(dialog).addWidget(self._device_panel())
        guard_wheel(dialog)  # scrolling past a picker must not switch the headset
        dialog.show()
        return dialog

    def _show_audio_notice(self, text: str) -> None:
        if self._running:
            self.window.show_notice(text)  # calmly: calls go out with or without a headset

    def _refresh_readiness(self) -> None:
        if self._running:
            self.readiness.refresh()

    def _ring_while_a_call_rings(self, _call: Call) -> None:
        if any(call.direction is Direction.INBOUND and call.state is CallState.RINGING
               for call in self.phone.calls()):
            self.audio.start_ringing()
        else:
            self.audio.stop_ringing()

    def _setting_changed(self, key: str) -> None:
        """A new language is used at once, a call in progress included (widgets retranslate on
        Qt's LanguageChange)."""
        if key == "ui.language" and self._running:
            problem = self.languages.apply(self.settings["ui.language"])
            if problem:
                self._record_problem(problem)
                self.window.show_problem(problem)

    def _settings_closed(self) -> None:
        self.settings_dialog = None

    def _settings_saved(self) -> None:
        self.notifier.retry_now()  # the password may be new: try what waits, and recheck it
        self.carrier.secrets_changed()  # the SIP password, without a restart
        self.readiness.refresh()

    def start(self, show: bool = True, dial_first: bool = False) -> None:
        """Listen for commands and start the carrier: from here on a dial goes out. Then the
        rest: the audio devices, the location sources (loading Qt's positioning plugin takes a
        fifth of a second here), the tray, the first run's assistant, the window.

        ``dial_first`` (the launcher's choice): the rest waits until the event loop has carried
        out a first request, or ``REST_AFTER_MS``. A click-to-dial that started this instance
        is then placed before any of it, instead of waiting behind it (issue 14: a tel: link
        with the softphone closed); nothing the dial does needs any of it. ``started`` turns
        true when the rest is done."""
        try:
            self.control.listen()
        except ControlUnavailable as error:
            self.problems.append(f"{error}. Command-line control is unavailable.")
        carrier_started = self.phone.start()
        self.notifier.start()
        if not dial_first:
            self._start_rest(show, carrier_started)
            return
        self._rest = lambda: self._start_rest(show, carrier_started)
        QtCore.QTimer.singleShot(REST_AFTER_MS, self._start_rest_once)

    def _handle(self, request: object) -> dict[str, Any]:
        """A control request, on the GUI thread; the first one lets the rest of the start-up
        go on (see ``start``)."""
        try:
            return self.commands.handle(request)
        finally:
            if self._rest is not None:
                QtCore.QTimer.singleShot(0, self._start_rest_once)

    def _start_rest_once(self) -> None:
        rest, self._rest = self._rest, None
        if rest is not None and self._running:
            rest()

    def _start_rest(self, show: bool, carrier_started: bool) -> None:
        self.audio.start()
        if carrier_started and not isinstance(self.carrier, UnavailableCarrier):
            self._note(self.settings.remember_carrier())
        if show:  # first, so that the assistant asks for the address instead of a prompt
            self.assistant.first_run()
        self.location_runtime.start()
        for problem in self.problems:
            self.window.show_problem(problem)
        self.desktop.start()
        if show:
            self.window.show()
        self.started = True

    def show_window(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def show_readiness(self) -> ReadinessPanel:
        """The readiness panel (non-modal), from the indicator or a menu."""
        from softphone.widgets.readiness_panel import ReadinessPanel

        if self.readiness_panel is None:
            self.readiness_panel = ReadinessPanel(self.readiness, self.window)
            self.readiness_panel.confirm_address_requested.connect(
                lambda: self.address_prompter.open())
            self.readiness_panel.assistant_requested.connect(self.assistant.open)
        self.readiness_panel.show()
        self.readiness_panel.raise_()
        return self.readiness_panel

    def quit(self) -> None:
        """Quit, unless an emergency call is up: quitting must never end one by accident."""
        if self.phone.emergency.active:
            raise CallError(translate("App", "An emergency call is up: end it before quitting "
                                             "the softphone."))
        self.control.stop_listening()  # at once: a dial arriving now goes to the next instance
        # exit(), not quit(): Qt's quit() is cancelled when any window declines to close, and
        # whether to quit is this method's decision.
        QtWidgets.QApplication.exit(0)

    def shutdown(self) -> None:
        """Stop everything; the window and its dialogs (the emergency view too) are destroyed."""
        self._running = False
        self.control.close()
        self.location_runtime.stop()
        self.phone.stop()
        self.audio.close()
        self.notifier.stop()
        self.desktop.stop()
        self.window.close()
        self.window.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        self.languages.close()
        self.database.close()
