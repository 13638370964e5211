"""The composition root: builds every object of one softphone instance once, and wires them.

Nothing else constructs subsystems or reaches for globals; tests build an ``Application`` on a
temporary profile and drive it like an agent would.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from softphone import autostart
from softphone.blocks.profile import Profile
from softphone.blocks.readiness import Check
from softphone.blocks.text import translate
from softphone.callbacks.setup import live_leases
from softphone.carriers.unavailable import UnavailableCarrier
from softphone.core.state import StateStore
from softphone.location.network import interface_subnets
from softphone.location.runtime import LocationRuntime
from softphone.notify.notifier import NotifyState, NotifyStatus
from softphone.parts import Parts
from softphone.qt import QtCore, QtWidgets
from softphone.qtbridge import GuiThread, QtScheduler
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


class Application:
    """One softphone instance on one profile: the plain-Python parts (``softphone.parts``:
    storage and settings, the subsystems, the core, the control socket), the agent's language,
    the location runtime and the window, built in that order. The launcher hands in the parts
    it built and started before Qt was loaded (and a call placed meanwhile): see
    ``softphone.early``."""

    def __init__(self, profile: Profile, configure_logging: bool = True,
                 verbose: bool = False, clock: Callable[[], float] = time.time,
                 parts: Parts | None = None) -> None:
        """``clock``: the wall clock of leases, locations and notifications (a test starts an
        instance a day later without waiting a day)."""
        self.profile = profile
        self.gui_thread = GuiThread()
        self.scheduler = QtScheduler(self.gui_thread)
        built = parts is not None
        if parts is None:
            parts = Parts(profile, self.gui_thread.post, self.scheduler, interface_subnets,
                          configure_logging, verbose, clock)
        self.parts = parts
        self.problems = parts.problems
        self.settings = parts.settings
        # The agent's language first: everything built from here on speaks it.
        qt_app = QtCore.QCoreApplication.instance()
        assert qt_app is not None, "the launcher makes the QApplication before the Application"
        self.languages = Languages(qt_app)
        self._note(self.languages.apply(self.settings["ui.language"]))
        self.settings.changed.connect(self._setting_changed)
        if not built:
            parts.build()
        parts.read_networks()
        self.database = parts.database
        self.locator, self.location = parts.locator, parts.location
        self.notifier, self.audio = parts.notifier, parts.audio
        self.sites, self.phone, self.carrier = parts.sites, parts.phone, parts.carrier
        self.drills, self.readiness = parts.drills, parts.readiness
        self.commands, self.control = parts.commands, parts.control
        self.location_runtime = LocationRuntime(self.location, self.settings, self.locator,
                                                self.gui_thread.post)
        self._build_window()
        parts.show_window = self.show_window
        # exit(), not quit(): Qt's quit() is cancelled when any window declines to close, and
        # whether to quit is Parts.quit's decision.
        parts.exit = lambda: QtWidgets.QApplication.exit(0)

    @property
    def _running(self) -> bool:
        return self.parts.running

    @property
    def started(self) -> bool:
        """The whole start-up is done (see ``steps``)."""
        return self.parts.started

    def _build_window(self) -> None:
        self.window = MainWindow(self.phone, self.readiness, self.drills,
                                 self._device_panel)
        self.window.settings_requested.connect(self.show_settings)
        self.window.devices_requested.connect(self.show_audio_devices)
        self.window.readiness_requested.connect(self.show_readiness)
        self.notifier.status_changed.connect(self._notification_status)
        self.window.emergency_view_opened.connect(
            lambda: self._notification_status(self.notifier.status))
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
        self.parts.note(problem)

    def _record_problem(self, message: str) -> None:
        self.parts.record_problem(message)

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

    def start(self, show: bool = True) -> None:
        """Listen for commands and start the carrier (from here on a dial goes out) and the
        notifier, each unless the launcher did already; then the rest of the start-up at once
        (``steps``)."""
        for step in self.steps(show):
            step()

    def steps(self, show: bool = True) -> list[Callable[[], object]]:
        """The start-up, in short steps: the parts (listening, the carrier, the notifier), the
        audio devices, the first run's assistant, the location sources, the problems found so
        far, the tray, the window; ``started`` turns true after the last. The launcher runs one
        per turn of the event loop, so that a request arriving meanwhile (a dial) waits for one
        step at most, not for them all."""
        found: list[Callable[[], object]] = [self.parts.start, self.audio.start,
                                             self._remember_carrier]
        if show:  # first, so that the assistant asks for the address instead of a prompt
            found.append(self.assistant.first_run)
        found += [self.location_runtime.start, self._show_problems, self.desktop.start]
        if show:
            found.append(self.window.show)
        found.append(self._started)
        return found

    def _remember_carrier(self) -> None:
        if self.parts.carrier_started and not isinstance(self.carrier, UnavailableCarrier):
            self._note(self.settings.remember_carrier())

    def _show_problems(self) -> None:
        for problem in self.problems:
            self.window.show_problem(problem)

    def _started(self) -> None:
        self.parts.started = True

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
        self.parts.quit()

    def shutdown(self) -> None:
        """Stop everything; the window and its dialogs (the emergency view too) are destroyed."""
        self.location_runtime.stop()
        self.parts.stop()
        self.desktop.stop()
        self.window.close()
        self.window.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        self.languages.close()
        self.database.close()
